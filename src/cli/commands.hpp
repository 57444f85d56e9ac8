#pragma once
// The command table: every command of career(1), once. The runner (cli/app.cpp) makes the CLI11
// tree, the help, the list printed by `career` alone and the completion scripts from it.
//
// Each command is a file of its own: `setup_X` binds X's options to a struct it owns and returns
// the Run that does the work with them, given the Context; Run returns the exit status.
#include <functional>
#include <span>
#include <string_view>

#include <CLI/CLI.hpp>

#include "cli/context.hpp"
#include "render/view_json.hpp"
#include "render/views.hpp"

namespace career {

using Run = std::function<int(Context&)>;

struct Command {
    std::string_view name;
    std::span<const std::string_view> aliases;
    std::string_view description;
    Formats formats;
    Run (*setup)(CLI::App& command);
    bool hidden = false;  // for the completion scripts, not for people
};

std::span<const Command> commands();

Run setup_show(CLI::App& command);
Run setup_list(CLI::App& command);
Run setup_groups(CLI::App& command);
Run setup_salary(CLI::App& command);
Run setup_education(CLI::App& command);
Run setup_ladder(CLI::App& command);
Run setup_day(CLI::App& command);
Run setup_skills(CLI::App& command);
Run setup_pros_cons(CLI::App& command);
Run setup_faq(CLI::App& command);
Run setup_compare(CLI::App& command);
Run setup_search(CLI::App& command);
Run setup_paths(CLI::App& command);
Run setup_validate(CLI::App& command);
Run setup_new(CLI::App& command);
Run setup_completion(CLI::App& command);
Run setup_complete_names(CLI::App& command);
Run setup_help(CLI::App& command);
Run setup_generate(CLI::App& command);

// What education, path, day, skills and pros-cons share: one CAREER, and `view` of it as text or
// `json` of it as JSON.
using CareerView = void (*)(const Career& career, const Style& style, Sink& out);
using CareerViewJson = toml::table (*)(const Career& career);
Run setup_career_view(CLI::App& command, CareerView view, CareerViewJson json);

// Adds the CAREER argument every command that shows careers takes.
CLI::Option* add_career_argument(CLI::App& command, std::string& name);
// CAREER...: the words find_named_careers reads as one title or as several careers.
CLI::Option* add_careers_argument(CLI::App& command, std::vector<std::string>& words);

}  // namespace career
