// career: explore careers from the command line. This file only wires the subcommands together.
#include <csignal>
#include <memory>

#include <CLI/CLI.hpp>

#include "cli/app.hpp"
#include "cli/commands.hpp"

int main(int argc, char** argv) {
    // A closed pipe becomes a write error (EPIPE) that we end quietly on, not a signal.
    std::signal(SIGPIPE, SIG_IGN);

    CLI::App app{"career: explore careers: what the work is, what it pays, how long the training "
                 "takes, how the ladder goes",
                 "career"};
    app.require_subcommand(0, 1);  // none: run_app prints the list of commands
    app.formatter(std::make_shared<career::HelpFormatter>());
    app.fallthrough();  // global options may follow the subcommand too

    career::GlobalOptions globals;
    int status = career::exit_ok;
    career::setup_global_options(app, globals);
    career::setup_show(app, globals, status);
    career::setup_list(app, globals, status);
    career::setup_salary(app, globals, status);
    career::setup_education(app, globals, status);
    career::setup_path(app, globals, status);
    career::setup_day(app, globals, status);
    career::setup_skills(app, globals, status);
    career::setup_pros_cons(app, globals, status);
    career::setup_faq(app, globals, status);
    career::setup_compare(app, globals, status);
    career::setup_search(app, globals, status);
    career::setup_paths(app, globals, status);
    career::setup_validate(app, globals, status);
    career::setup_new(app, globals, status);
    career::setup_completion(app, globals, status);
    career::setup_help(app, status);
    career::setup_generate(app, status);
    app.allow_extras();  // after the subcommands, which keep rejecting extras: lets us suggest a command

    return career::run_app(app, status, argc, argv);
}
