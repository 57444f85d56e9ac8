// career path CAREER (alias tiers): the career ladder, each tier's years of experience as a bar.
#include "cli/commands.hpp"
#include "render/view_json.hpp"
#include "render/views.hpp"

namespace career {

void setup_path(CLI::App& app, const GlobalOptions& globals, int& status) {
    CLI::App* command = add_career_view(
        app, globals, status, "path",
        "Draw the career ladder: each tier's years of experience and when it is reached",
        render_path_view, path_json);
    command->alias("tiers");
}

}  // namespace career
