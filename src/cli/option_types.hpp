#pragma once
// Options whose value is one of a fixed set become enums through a CLI11 transformer made from the
// set's table of names; numbers get a message that says what is expected. Every mistake is a usage
// error that says what would have been right.
//
// Where an option is defined, it also says what its values are (OptionValues): the completion
// scripts, generated from the CLI11 tree (cli/completion_spec.hpp), read it back from the option.
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/context.hpp"
#include "load/suggest.hpp"
#include "model/sections.hpp"
#include "model/summary.hpp"
#include "render/section_table.hpp"

namespace career {

// "a, b or c"
std::string either_of(std::span<const std::string_view> names);

// The message for a value that is none of `names`: "'x' is not a WHAT; did you mean 'y'? (WHATs:
// a, b or c)".
std::string not_one_of(std::string_view value, std::span<const std::string_view> names, std::string_view what);

// Turns the value typed into its enum, as CLI11 then reads it (the enum's number); any other value
// is refused with not_one_of(). Names are matched in any case.
template <typename Value>
CLI::Validator choice(std::span<const Named<Value>> table, std::string what,
                      std::span<const Named<Value>> old_names = {}) {
    std::vector<std::pair<std::string, int>> names, old;
    for (const auto& [name, value] : table) names.emplace_back(name, static_cast<int>(value));
    for (const auto& [name, value] : old_names) old.emplace_back(name, static_cast<int>(value));
    return CLI::Validator(
        [names, old, what](std::string& typed) -> std::string {
            // The old names of renamed values are still taken, but neither listed nor suggested.
            for (const auto* list : {&names, &old}) {
                for (const auto& [name, number] : *list) {
                    if (CLI::detail::to_lower(typed) == name) {
                        typed = std::to_string(number);
                        return {};
                    }
                }
            }
            std::vector<std::string_view> known;
            for (const auto& [name, number] : names) known.push_back(name);
            return not_one_of(typed, known, what);
        },
        "", what);
}

template <typename Value>
std::vector<std::string_view> names_of(std::span<const Named<Value>> table) {
    std::vector<std::string_view> names;
    for (const auto& named : table) names.push_back(named.name);
    return names;
}

// What an option's value, or an argument's word, completes to.
struct OptionValues {
    enum class Kind {
        anything,   // nothing to offer: a number, a tag, an id of one's choice, words
        one_of,     // one of `names`
        directory,  // a directory
        file,       // a file or a directory
        career,     // a career's id or alias (`career __complete-names`)
        command,    // a command's name or alias
    };
    Kind kind = Kind::anything;
    std::vector<std::string> names;  // one_of: the values, in the order they are offered
};

// Records what `option` takes: `kind`, or one of `names`. Returns `option`, to go on defining it.
CLI::Option* with_values(CLI::Option* option, OptionValues::Kind kind);
CLI::Option* with_values(CLI::Option* option, std::span<const std::string_view> names);

// What `option` takes, as recorded when it was defined (anything, when nothing was).
OptionValues values_of(const CLI::Option& option);

// An option whose value is one of table's names, read as its enum (choice()); its names are what
// it completes to.
template <typename Variable, typename Value>
CLI::Option* add_choice_option(CLI::App& command, std::string name, Variable& variable, std::string description,
                               std::span<const Named<Value>> table, std::string what,
                               std::span<const Named<Value>> old_names = {}) {
    CLI::Option* option = command.add_option(std::move(name), variable, std::move(description));
    option->transform(choice(table, std::move(what), old_names));
    return with_values(option, names_of(table));
}

// The sort keys of `list`, `salary` and `compare` come from one table of names, so that a figure has
// the same name in every command (model/summary.hpp, SortKey): id, title, soc, median, growth,
// openings, employment, training, p10, p25, p75, p90, entry, senior, top, minimum, maximum, given.
// `keys` picks a command's, in the order its help and completion list them.
std::vector<Named<SortKey>> sort_key_names(std::initializer_list<SortKey> keys);

// The names `--section` takes, in the guide's order; and the names some had before, still taken.
std::span<const Named<Section>> section_names();
std::span<const Named<Section>> old_section_names();

// A whole number from `min` to `max`, else "expected a whole number of WHAT, e.g. EXAMPLE".
CLI::Validator whole_number(std::string what, long long min, long long max, std::string example);

}  // namespace career
