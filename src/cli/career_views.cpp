// career education (alias timeline), ladder (aliases path, tiers), day, skills and pros-cons: CAREER...
// each, drawn by its view (render/views.hpp), or as JSON (render/view_json.hpp).
#include "cli/commands.hpp"

namespace career {

Run setup_career_view(CLI::App& command, CareerView view, CareerViewJson json) {
    auto words = std::make_shared<std::vector<std::string>>();
    add_careers_argument(command, *words);
    return [words, view, json](Context& context) {
        Found<std::vector<Career>> careers = find_named_careers(context, *words);
        if (!careers) return careers.status();
        if (context.format() == Format::json) {
            std::vector<toml::table> documents;
            for (const Career& career : *careers) documents.push_back(json(career));
            write_documents(documents, context);
        } else {
            for (std::size_t i = 0; i < careers->size(); ++i) {
                if (i > 0) context.out.write("\n");
                view((*careers)[i], context.style, context.out);
            }
        }
        return static_cast<int>(exit_ok);
    };
}

Run setup_education(CLI::App& command) {
    return setup_career_view(command, render_education_view, education_json);
}
Run setup_ladder(CLI::App& command) { return setup_career_view(command, render_ladder_view, ladder_json); }
Run setup_day(CLI::App& command) { return setup_career_view(command, render_day_view, day_json); }
Run setup_skills(CLI::App& command) { return setup_career_view(command, render_skills_view, skills_json); }
Run setup_pros_cons(CLI::App& command) {
    return setup_career_view(command, render_pros_cons_view, pros_cons_json);
}

}  // namespace career
