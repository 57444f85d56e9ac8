// career help [COMMAND]: the same text as `career COMMAND --help`, or as `career --help`.
#include <memory>

#include <fmt/format.h>

#include "cli/app.hpp"
#include "cli/commands.hpp"
#include "cli/option_types.hpp"

namespace career {

Run setup_help(CLI::App& command) {
    auto name = std::make_shared<std::string>();
    with_values(command.add_option("command", *name, "The command to explain"), OptionValues::Kind::command)
        ->type_name("COMMAND");
    const CLI::App* app = command.get_parent();
    return [app, name](Context& context) {
        if (name->empty()) {
            context.out.write(app->help());
            return static_cast<int>(exit_ok);
        }
        std::vector<std::string_view> names;
        for (const CLI::App* sub : visible_commands(*app)) {
            if (sub->check_name(*name)) {
                context.out.write(sub->help(app->get_name()));
                return static_cast<int>(exit_ok);
            }
            names.push_back(sub->get_name());
        }
        print_error(not_one_of(*name, names, "career command"));
        return static_cast<int>(exit_usage);
    };
}

}  // namespace career
