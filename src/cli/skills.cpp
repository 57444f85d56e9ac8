// career skills CAREER: the skill map by category, the tech skills and the soft abilities.
#include "cli/commands.hpp"
#include "render/view_json.hpp"
#include "render/views.hpp"

namespace career {

void setup_skills(CLI::App& app, const GlobalOptions& globals, int& status) {
    add_career_view(app, globals, status, "skills",
                    "Print the skill map, the tech skills and the soft abilities",
                    render_skills_view, skills_json);
}

}  // namespace career
