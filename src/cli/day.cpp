// career day CAREER: a working day, block by block, on one time axis.
#include "cli/commands.hpp"
#include "render/view_json.hpp"
#include "render/views.hpp"

namespace career {

void setup_day(CLI::App& app, const GlobalOptions& globals, int& status) {
    add_career_view(app, globals, status, "day",
                    "Draw a day in the life: each block's times as a bar, its focus and tasks",
                    render_day_view, day_json);
}

}  // namespace career
