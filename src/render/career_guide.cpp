#include "render/career_guide.hpp"

#include <algorithm>

#include "render/markdown_writer.hpp"
#include "render/occupation_sections.hpp"
#include "render/section_table.hpp"
#include "render/text_writer.hpp"
#include "render/view_text.hpp"

namespace career {
namespace {

// The guide in any form: the sections of the section table in order, each through `writer`.
void render_guide(const Career& career, const std::vector<Section>& only, GuideWriter& writer) {
    bool qualifications_heading_done = false, sources_shown = false;
    for (const auto& info : all_sections()) {
        const bool asked = std::find(only.begin(), only.end(), info.section) != only.end();
        if (!only.empty() && !asked) continue;
        if (info.has_data(career)) {
            // The guide groups these three under one heading of its own.
            const bool qualification = info.section == Section::education_level ||
                                       info.section == Section::tech_skills ||
                                       info.section == Section::soft_abilities;
            if (qualification && !qualifications_heading_done) {
                writer.heading("Skills and Qualifications");
                qualifications_heading_done = true;
            }
            info.render(career, writer);
            sources_shown = sources_shown || info.section == Section::sources;
        } else if (asked) {
            std::string heading(info.description);
            heading[0] = static_cast<char>(heading[0] - 'a' + 'A');
            writer.heading(heading);
            writer.not_given();
            if (const auto view = view_of(info.section)) point_to_other_views(career, *view, writer);
        }
    }
    // A source whose licence asks for credit (O*NET's) gets it wherever its content is shown.
    if (!sources_shown)
        for (const auto& credit : occupation::credits(career)) writer.prose(credit);
}

// Whether `only` leaves out the summary, and with it the title.
bool without_summary(const std::vector<Section>& only) {
    return !only.empty() && std::find(only.begin(), only.end(), Section::summary) == only.end();
}

}  // namespace

void render_career_text(const Career& career, const std::vector<Section>& only, const Style& style,
                        Sink& out, bool titled) {
    TextWriter writer(style, out);
    if (titled && without_summary(only)) writer.title(career.title);
    render_guide(career, only, writer);
}

void render_career_markdown(const Career& career, const std::vector<Section>& only, Sink& out) {
    const std::unique_ptr<GuideWriter> writer = markdown_writer(out);
    // One title whatever the sections, so the document always says what it is about.
    if (without_summary(only)) writer->title(career.title);
    render_guide(career, only, *writer);
}

}  // namespace career
