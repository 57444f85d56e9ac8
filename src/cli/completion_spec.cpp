#include "cli/completion_spec.hpp"

#include <algorithm>

#include "cli/app.hpp"

namespace career {
namespace {

// The first line of a help text, without the colon that introduces a list on the lines below.
std::string help_first_line(const std::string& text) {
    std::string line = text.substr(0, text.find('\n'));
    if (line.size() < text.size() && line.ends_with(':')) line.pop_back();
    return line;
}

CompletedOption completed_option(const CLI::App& app, const CLI::Option& option) {
    CompletedOption out;
    for (const auto& name : option.get_lnames()) out.names.push_back("--" + name);
    for (const auto& name : option.get_snames()) out.names.push_back("-" + name);
    out.description = help_first_line(option.get_description());
    out.takes_value = option.get_items_expected_max() > 0;
    out.value_name = option.get_type_name();
    out.values = values_of(option);
    out.list = out.takes_value && option.get_delimiter() != '\0';
    out.repeatable = option.get_multi_option_policy() == CLI::MultiOptionPolicy::TakeAll ||
                     option.get_expected_max() > 1;
    out.alone = &option == app.get_help_ptr() || &option == app.get_help_all_ptr() ||
                &option == app.get_version_ptr();
    return out;
}

bool is_shown_option(const CLI::Option* option) { return !option->get_group().empty(); }

// The command's own options: the global ones are left to the caller, though CLI11 gives each
// command a --help of its own.
CompletedCommand completed_command(const CLI::App& command, const std::vector<CompletedOption>& global) {
    CompletedCommand out;
    out.names.push_back(command.get_name());
    for (const auto& alias : command.get_aliases()) out.names.push_back(alias);
    out.description = help_first_line(command.get_description());
    std::size_t next = 0;
    for (const CLI::Option* option : command.get_options(is_shown_option)) {
        if (option->get_positional()) {
            const auto most = static_cast<std::size_t>(std::max(option->get_items_expected_max(), 1));
            CompletedArgument argument{option->get_type_name(), help_first_line(option->get_description()), next,
                                       std::nullopt, values_of(*option)};
            if (most < CLI::detail::expected_max_vector_size) argument.end = next + most;
            next = argument.end.value_or(next);
            out.arguments.push_back(std::move(argument));
            continue;
        }
        CompletedOption completed = completed_option(command, *option);
        const bool is_global = std::any_of(global.begin(), global.end(), [&](const CompletedOption& other) {
            return other.names == completed.names;
        });
        if (!is_global) out.options.push_back(std::move(completed));
    }
    return out;
}

}  // namespace

std::string join_words(const std::vector<std::string>& words, std::string_view separator) {
    std::string out;
    for (const auto& word : words) out += (out.empty() ? "" : std::string(separator)) + word;
    return out;
}

std::string single_quoted(std::string_view text) {
    std::string out = "'";
    for (char c : text) out += c == '\'' ? std::string(R"('\'')") : std::string(1, c);
    return out + "'";
}

CompletionSpec completion_spec(const CLI::App& app) {
    CompletionSpec spec;
    for (const CLI::Option* option : app.get_options(is_shown_option))
        if (!option->get_positional()) spec.options.push_back(completed_option(app, *option));
    for (const CLI::App* command : visible_commands(app))
        spec.commands.push_back(completed_command(*command, spec.options));
    return spec;
}

std::vector<std::string> CompletionSpec::value_options() const {
    std::vector<std::string> names;
    auto add = [&](const std::vector<CompletedOption>& options) {
        for (const auto& option : options)
            for (const auto& name : option.names)
                if (option.takes_value && std::find(names.begin(), names.end(), name) == names.end())
                    names.push_back(name);
    };
    add(options);
    for (const auto& command : commands) add(command.options);
    return names;
}

std::vector<std::string> CompletionSpec::command_words() const {
    std::vector<std::string> words;
    for (const auto& command : commands) words.insert(words.end(), command.names.begin(), command.names.end());
    return words;
}

}  // namespace career
