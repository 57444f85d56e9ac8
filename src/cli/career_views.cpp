// career education (alias timeline), path (alias tiers), day, skills and pros-cons: one CAREER
// each, drawn by its view (render/views.hpp), or as JSON (render/view_json.hpp).
#include "cli/commands.hpp"

namespace career {

Run setup_career_view(CLI::App& command, CareerView view, CareerViewJson json) {
    auto name = std::make_shared<std::string>();
    add_career_argument(command, *name);
    return [name, view, json](Context& context) {
        Found<Career> career = find_career(context, *name);
        if (!career) return career.status();
        if (context.format() == Format::json)
            write_document(json(*career), context);
        else
            view(*career, context.style, context.out);
        return static_cast<int>(exit_ok);
    };
}

Run setup_education(CLI::App& command) {
    return setup_career_view(command, render_education_view, education_json);
}
Run setup_path(CLI::App& command) { return setup_career_view(command, render_path_view, path_json); }
Run setup_day(CLI::App& command) { return setup_career_view(command, render_day_view, day_json); }
Run setup_skills(CLI::App& command) { return setup_career_view(command, render_skills_view, skills_json); }
Run setup_pros_cons(CLI::App& command) {
    return setup_career_view(command, render_pros_cons_view, pros_cons_json);
}

}  // namespace career
