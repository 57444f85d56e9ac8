// career skills: the skill map by category, then the tech skills and the soft abilities.
#include "render/text_writer.hpp"
#include "render/occupation_sections.hpp"
#include "render/views.hpp"

namespace career {

void render_skills_view(const Career& career, const Style& style, Sink& out) {
    TextWriter w(style, out);
    w.title(career.title);
    if (career.kind == CareerKind::occupation) {
        // O*NET's ratings, where the catalog has them.
        const bool skills = career.work && !career.work->skills.empty();
        const bool knowledge = career.work && !career.work->knowledge.empty();
        if (skills) occupation::skills(career, w);
        if (knowledge) occupation::knowledge(career, w);
        if (!skills && !knowledge) {
            w.heading("Skills");
            w.not_given();
            point_to_other_views(career, View::skills, w);
        }
        return;
    }

    w.heading("Skill Map");
    const SkillMap& map = career.skill_map;
    if (map.categories.empty()) {
        w.not_given();
    } else {
        w.prose(map.intro);
        for (const auto& category : map.categories) {
            w.subheading(category.name);
            w.prose(category.blurb, "  ");
            if (category.skills.empty())
                w.not_given("Skills");
            else
                w.list(category.skills, "  ");
        }
    }

    w.heading("Tech Skills");
    if (career.qualifications.tech_skills.empty())
        w.not_given();
    else
        w.list(career.qualifications.tech_skills);

    w.heading("Soft Abilities");
    if (career.qualifications.soft_abilities.empty())
        w.not_given();
    else
        w.list(career.qualifications.soft_abilities);
}

}  // namespace career
