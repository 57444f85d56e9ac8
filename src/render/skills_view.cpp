// career skills: the skill map by category, then the tech skills and the soft abilities.
#include "render/text_writer.hpp"
#include "render/views.hpp"

namespace career {

void render_skills_view(const Career& career, const Style& style, Sink& out) {
    TextWriter w(style, out);
    w.title(career.title);

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
