#pragma once
// The command line as the completion scripts see it, read from the program's own CLI11 tree (as
// ripgrep makes its completions from its flag definitions): the commands people use, their aliases,
// options and arguments, the options every command takes, and what each value completes to
// (OptionValues, recorded where the option is defined). One writer a shell turns it into a script.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/option_types.hpp"

namespace career {

struct CompletedOption {
    std::vector<std::string> names;  // "--help", "-h": long names first
    std::string description;         // the first line of its help
    bool takes_value = false;        // else a flag
    std::string value_name;          // "WHEN"
    OptionValues values;
    bool list = false;        // several values in one word, separated by commas
    bool repeatable = false;  // may be given more than once
    bool alone = false;       // --help, --version: the rest of the line does not matter
};

// A positional argument: the words `first` to `end` (exclusive; none: to the end of the line),
// counted from 0 after the command's name.
struct CompletedArgument {
    std::string name;  // "CAREER"
    std::string description;
    std::size_t first = 0;
    std::optional<std::size_t> end;
    OptionValues values;
};

struct CompletedCommand {
    std::vector<std::string> names;  // the name, then its aliases
    std::string description;
    std::vector<CompletedOption> options;  // its own: not the global ones
    std::vector<CompletedArgument> arguments;
};

// The scripts are for a program named career: its tree is read, not its name.
struct CompletionSpec {
    std::vector<CompletedOption> options;    // global: before the command or after it
    std::vector<CompletedCommand> commands;  // not the hidden ones

    // Every name of an option that takes a value, global or a command's: the word after it is its
    // value, not an argument.
    std::vector<std::string> value_options() const;
    // Every command's name and aliases, in the order of the help.
    std::vector<std::string> command_words() const;
};

CompletionSpec completion_spec(const CLI::App& app);

std::string bash_completion(const CompletionSpec& spec);
std::string zsh_completion(const CompletionSpec& spec);
std::string fish_completion(const CompletionSpec& spec);

// "a b c"
std::string join_words(const std::vector<std::string>& words, std::string_view separator = " ");

// `text` in single quotes, as bash and zsh read it: 'it'\''s'
std::string single_quoted(std::string_view text);

}  // namespace career
