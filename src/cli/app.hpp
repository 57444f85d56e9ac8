#pragma once
// The runner: builds the command line from the command table (cli/commands.hpp), parses it, runs
// the chosen command and turns whatever went wrong into an exit status (career(1), EXIT STATUS).
#include <string>

#include <CLI/CLI.hpp>

namespace career {

// The whole program, as main() runs it.
int run_career(int argc, char** argv);

// "career show CAREER [--section NAME]...": how `command` is called, from its CLI11 definition.
std::string usage_line(const CLI::App& command);

// The commands people use: not the hidden ones the completion scripts call.
std::vector<const CLI::App*> visible_commands(const CLI::App& app);

}  // namespace career
