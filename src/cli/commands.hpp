#pragma once
// One setup_X per subcommand, each in its own file: it binds X's options and sets the callback that
// runs X. `status` receives the exit status of the command that ran.
#include <CLI/CLI.hpp>

#include "cli/app.hpp"

namespace career {

void setup_show(CLI::App& app, const GlobalOptions& globals, int& status);
void setup_list(CLI::App& app, const GlobalOptions& globals, int& status);
void setup_paths(CLI::App& app, const GlobalOptions& globals, int& status);
void setup_salary(CLI::App& app, const GlobalOptions& globals, int& status);
void setup_education(CLI::App& app, const GlobalOptions& globals, int& status);
void setup_path(CLI::App& app, const GlobalOptions& globals, int& status);
void setup_day(CLI::App& app, const GlobalOptions& globals, int& status);
void setup_skills(CLI::App& app, const GlobalOptions& globals, int& status);
void setup_pros_cons(CLI::App& app, const GlobalOptions& globals, int& status);
void setup_faq(CLI::App& app, const GlobalOptions& globals, int& status);
void setup_compare(CLI::App& app, const GlobalOptions& globals, int& status);
// career validate [PATH...]: every problem of every career file; career new ID: a file to fill in.
void setup_validate(CLI::App& app, const GlobalOptions& globals, int& status);
void setup_new(CLI::App& app, const GlobalOptions& globals, int& status);
void setup_search(CLI::App& app, const GlobalOptions& globals, int& status);
void setup_help(CLI::App& app, int& status);
// career completion SHELL, and the hidden career __complete-names the scripts call.
void setup_completion(CLI::App& app, const GlobalOptions& globals, int& status);
// career __generate man5|schema (hidden): documents made of the key table, for the build.
void setup_generate(CLI::App& app, int& status);

}  // namespace career
