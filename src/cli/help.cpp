// career help [COMMAND]: the same text as `career COMMAND --help`.
#include <memory>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "load/suggest.hpp"

namespace career {

void setup_help(CLI::App& app, int& status) {
    auto command = std::make_shared<std::string>();
    CLI::App* help = app.add_subcommand("help", "Print the help for a command, or the general help");
    help->add_option("command", *command, "The command to explain")->type_name("COMMAND");
    help->callback([&app, command, &status] {
        if (command->empty()) {
            std::fputs(app.help().c_str(), stdout);
            status = exit_ok;
            return;
        }
        std::vector<std::string> names;
        for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
            if (sub->check_name(*command)) {
                std::fputs(sub->help(app.get_name()).c_str(), stdout);
                status = exit_ok;
                return;
            }
            names.push_back(sub->get_name());
        }
        std::string message = fmt::format("'{}' is not a career command", *command);
        if (auto near = closest_match(*command, names)) message += fmt::format("; did you mean '{}'?", *near);
        throw UsageError(message);
    });
}

}  // namespace career
