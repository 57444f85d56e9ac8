#include "cli/commands.hpp"

#include <array>

#include "cli/option_types.hpp"

namespace career {
namespace {

using F = Format;
constexpr std::string_view kNone[] = {""};
constexpr std::span<const std::string_view> no_aliases(kNone, 0);
constexpr std::string_view kEducationAliases[] = {"timeline"};
// "path" was this command's name, and meant the way in to some and the training to others.
constexpr std::string_view kLadderAliases[] = {"path", "tiers"};

// In the order `career --help` lists them: looking at one career, at several, finding them, then
// the tools for careers' files and for shells.
const std::array kCommands{
    Command{"show", no_aliases, "Print the whole guide to a career, or some sections",
            {F::text, F::json, F::markdown}, setup_show},
    Command{"list", no_aliases,
            "List every career: SOC code, title, kind, median pay, growth; filter and sort",
            {F::text, F::json, F::tsv, F::csv}, setup_list},
    Command{"groups", no_aliases, "List the SOC major groups with their titles and how many careers each has",
            {F::text, F::json, F::tsv, F::csv}, setup_groups},
    Command{"salary", no_aliases,
            "Draw each career's pay as a bar: a guide's band or an occupation's percentiles",
            {F::text, F::json, F::tsv, F::csv}, setup_salary},
    Command{"education", kEducationAliases,
            "Draw the training on a year axis: stages, total years, milestones", {F::text, F::json},
            setup_education},
    Command{"ladder", kLadderAliases,
            "Draw the career ladder: each tier's years of experience and when it is reached",
            {F::text, F::json}, setup_ladder},
    Command{"day", no_aliases, "Draw a day in the life: each block's times as a bar, its focus and tasks",
            {F::text, F::json}, setup_day},
    Command{"skills", no_aliases, "Print the skill map, the tech skills and the soft abilities",
            {F::text, F::json}, setup_skills},
    Command{"pros-cons", no_aliases, "Print the pros and cons, side by side when the width allows",
            {F::text, F::json}, setup_pros_cons},
    Command{"faq", no_aliases, "Print the frequently asked questions, or only those that contain every word",
            {F::text, F::json}, setup_faq},
    Command{"compare", no_aliases,
            "Compare guides and occupations side by side, each figure with its source",
            {F::text, F::json, F::tsv, F::csv}, setup_compare},
    Command{"search", no_aliases, "Find careers by the words in them, best matches first",
            {F::text, F::json, F::tsv, F::csv}, setup_search},
    Command{"paths", no_aliases,
            "Print the data directories in the order they are read (later ones override)",
            {F::text, F::json, F::tsv, F::csv}, setup_paths},
    Command{"validate", no_aliases, "Check career files against career(5) and print every problem found",
            {F::text, F::json}, setup_validate},
    Command{"new", no_aliases, "Write a new career file to fill in, with every key of the format",
            {F::text}, setup_new},
    Command{"completion", no_aliases, "Print a shell completion script: bash, zsh or fish", {F::text},
            setup_completion},
    Command{"help", no_aliases, "Print the help for a command, or the general help", {F::text}, setup_help},
    Command{"__complete-names", no_aliases, "Print the career ids and aliases that start with PREFIX, one a line", {F::text},
            setup_complete_names, true},
    Command{"__generate", no_aliases, "Print a document generated from the key table: man5 or schema",
            {F::text}, setup_generate, true},
};

}  // namespace

std::span<const Command> commands() { return kCommands; }

CLI::Option* add_career_argument(CLI::App& command, std::string& name) {
    return with_values(command.add_option("career", name, "Career id, title, alias or SOC code, such as IR"),
                       OptionValues::Kind::career)
        ->type_name("CAREER")
        ->required();
}

CLI::Option* add_careers_argument(CLI::App& command, std::vector<std::string>& words) {
    return with_values(command.add_option("careers", words,
                                          "Career id, title, alias or SOC code, such as IR; a title may be "
                                          "typed without quotes; several careers are shown one after another"),
                       OptionValues::Kind::career)
        ->type_name("CAREER")
        ->required();
}

}  // namespace career
