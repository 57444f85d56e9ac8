// career education CAREER (alias timeline): the training stages as bars on a year axis, their
// total, the licensing milestones and the source.
#include "cli/commands.hpp"
#include "render/view_json.hpp"
#include "render/views.hpp"

namespace career {

void setup_education(CLI::App& app, const GlobalOptions& globals, int& status) {
    CLI::App* command = add_career_view(
        app, globals, status, "education",
        "Draw the training path on a year axis: stages, total years, milestones",
        render_education_view, education_json);
    command->alias("timeline");
}

}  // namespace career
