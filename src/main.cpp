// career: explore careers from the command line. The commands are in cli/commands.cpp; this file
// only starts them.
#include <csignal>

#include "cli/app.hpp"

int main(int argc, char** argv) {
    // A closed pipe becomes a write error (EPIPE) that we end quietly on, not a signal.
    std::signal(SIGPIPE, SIG_IGN);
    return career::run_career(argc, argv);
}
