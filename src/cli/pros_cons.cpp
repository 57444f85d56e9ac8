// career pros-cons CAREER: pros and cons, side by side when the width allows.
#include "cli/commands.hpp"
#include "render/view_json.hpp"
#include "render/views.hpp"

namespace career {

void setup_pros_cons(CLI::App& app, const GlobalOptions& globals, int& status) {
    add_career_view(app, globals, status, "pros-cons",
                    "Print the pros and cons, side by side when the width allows",
                    render_pros_cons_view, pros_cons_json);
}

}  // namespace career
