#include "render/section_table.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "model/format.hpp"
#include "render/career_json.hpp"
#include "render/guide_sections.hpp"
#include "render/occupation_sections.hpp"

namespace career {
namespace {

using C = const Career&;
constexpr bool always(C) { return true; }
bool occupation(C c) { return c.kind == CareerKind::occupation; }

// The sections guides and occupations share: each kind's own part.
void summary(C c, GuideWriter& w) { occupation(c) ? occupation::summary(c, w) : guide::summary(c, w); }
void salary(C c, GuideWriter& w) { c.wages ? occupation::pay(c, w) : guide::salary(c, w); }
void responsibilities(C c, GuideWriter& w) {
    c.role.responsibilities.empty() ? occupation::tasks(c, w) : guide::responsibilities(c, w);
}
void tech_stack(C c, GuideWriter& w) { c.role.tech_stack.empty() ? occupation::technology(c, w) : guide::tech_stack(c, w); }
void education(C c, GuideWriter& w) { c.preparation ? occupation::training(c, w) : guide::education(c, w); }
void outlook(C c, GuideWriter& w) { c.projections ? occupation::outlook(c, w) : guide::outlook(c, w); }
void sources(C c, GuideWriter& w) { occupation(c) ? occupation::sources(c, w) : guide::sources(c, w); }

constexpr std::array kSections{
    SectionInfo{Section::summary, "summary", "title, summary and headline figures", summary, always},
    SectionInfo{Section::titles, "titles", "other titles: those workers report, and alternate titles", occupation::titles,
                [](C c) { return !c.reported_titles.empty() || !c.alternate_titles.empty(); }},
    SectionInfo{Section::demand, "demand", "market demand", guide::demand,
                [](C c) { return c.market_demand.has_value(); }},
    SectionInfo{Section::salary, "salary", "pay: the salary band, or the wage percentiles and their history", salary,
                [](C c) { return (c.salary && guide::has_salary_figures(*c.salary)) || c.wages.has_value(); }},
    SectionInfo{Section::core_functions, "core-functions", "core functions of the role", guide::core_functions,
                [](C c) { return !c.role.core_functions.empty(); }},
    SectionInfo{Section::responsibilities, "responsibilities", "key responsibilities, or tasks", responsibilities,
                [](C c) {
                    return !c.role.responsibilities.empty() ||
                           (c.work && (!c.work->core_tasks.empty() || !c.work->supplemental_tasks.empty()));
                }},
    SectionInfo{Section::work_setting, "work-setting", "work setting", guide::work_setting,
                [](C c) { return !c.role.work_setting.empty(); }},
    SectionInfo{Section::tech_stack, "tech-stack", "tech stack, or technology used", tech_stack,
                [](C c) { return !c.role.tech_stack.empty() || (c.work && !c.work->technology.empty()); }},
    SectionInfo{Section::education_level, "education-level", "education level", guide::education_level,
                [](C c) { return !c.qualifications.education_level.empty(); }},
    SectionInfo{Section::tech_skills, "tech-skills", "tech skills", guide::tech_skills,
                [](C c) { return !c.qualifications.tech_skills.empty(); }},
    SectionInfo{Section::soft_abilities, "soft-abilities", "soft abilities", guide::soft_abilities,
                [](C c) { return !c.qualifications.soft_abilities.empty(); }},
    SectionInfo{Section::way_in, "way-in", "the way into the career: the steps to take", guide::way_in,
                [](C c) { return !c.qualifications.path.empty(); }, "path"},
    SectionInfo{Section::education, "education",
                "required education, training stages with their years, milestones; or entry requirements",
                education,
                [](C c) {
                    return !c.qualifications.required_education.empty() || !c.education.stages.empty() ||
                           !c.education.milestones.empty() || c.preparation.has_value();
                }},
    SectionInfo{Section::tiers, "tiers", "the career ladder: its tiers with their years of experience", guide::tiers,
                [](C c) { return !c.tiers.empty(); }},
    SectionInfo{Section::global_outlook, "global-outlook", "global outlook", guide::global_outlook,
                [](C c) { return !c.market.global_outlook.empty(); }},
    SectionInfo{Section::job_market, "job-market", "job market today: role challenges, growth paths, industry trends",
                guide::job_market,
                [](C c) {
                    return !c.market.challenges.empty() || !c.market.growth_paths.empty() ||
                           !c.market.industry_trends.empty();
                }},
    SectionInfo{Section::day, "day", "a day in the life", guide::day, [](C c) { return !c.day.empty(); }},
    SectionInfo{Section::work_life, "work-life", "work-life balance and stress", guide::work_life,
                [](C c) { return c.work_life.stress || c.work_life.balance || !c.work_life.text.empty(); }},
    SectionInfo{Section::skill_map, "skill-map", "skill map", guide::skill_map,
                [](C c) { return !c.skill_map.categories.empty(); }},
    SectionInfo{Section::skills, "skills", "the most important skills, with their importance and level",
                occupation::skills, [](C c) { return c.work && !c.work->skills.empty(); }},
    SectionInfo{Section::knowledge, "knowledge", "the most important knowledge, with its importance and level",
                occupation::knowledge, [](C c) { return c.work && !c.work->knowledge.empty(); }},
    SectionInfo{Section::interests, "interests", "interests (RIASEC) the work suits", occupation::interests,
                [](C c) { return c.work && !c.work->interests.empty(); }},
    SectionInfo{Section::work_values, "work-values", "work values the work offers", occupation::work_values,
                [](C c) { return c.work && !c.work->work_values.empty(); }},
    SectionInfo{Section::work_styles, "work-styles", "work styles, by importance", occupation::work_styles,
                [](C c) { return c.work && !c.work->work_styles.empty(); }},
    SectionInfo{Section::pros_cons, "pros-cons", "pros and cons", guide::pros_cons,
                [](C c) { return !c.pros.empty() || !c.cons.empty(); }},
    SectionInfo{Section::mistakes, "mistakes", "common mistakes of beginners", guide::mistakes,
                [](C c) { return !c.beginner_mistakes.empty(); }},
    SectionInfo{Section::advice, "advice", "contextual advice", guide::advice,
                [](C c) { return !c.contextual_advice.empty(); }},
    SectionInfo{Section::case_studies, "case-studies", "examples and case studies", guide::case_studies,
                [](C c) { return !c.case_studies.empty(); }},
    SectionInfo{Section::portfolio, "portfolio", "portfolio tips", guide::portfolio,
                [](C c) { return !c.portfolio_tips.empty(); }},
    // A guide's is shown even without data, as the guide lists related roles even when there are none.
    SectionInfo{Section::outlook, "outlook", "job outlook and related roles; or employment projections", outlook,
                [](C c) { return !occupation(c) || c.projections.has_value(); }},
    SectionInfo{Section::related, "related", "related occupations", occupation::related,
                [](C c) { return c.work && !c.work->related.empty(); }},
    SectionInfo{Section::faq, "faq", "frequently asked questions", guide::faq, [](C c) { return !c.faq.empty(); }},
    SectionInfo{Section::sources, "sources", "sources and references", sources, always},
};

constexpr bool in_enum_order() {
    for (std::size_t i = 0; i < kSections.size(); ++i)
        if (kSections[i].section != static_cast<Section>(i)) return false;
    return true;
}

constexpr bool names_are_unique() {
    for (std::size_t i = 0; i < kSections.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (kSections[i].name == kSections[j].name) return false;
    return true;
}

static_assert(kSections.size() == kSectionCount, "one entry per Section");
static_assert(in_enum_order(), "entry i is Section(i)");
static_assert(names_are_unique());

}  // namespace

std::span<const SectionInfo> all_sections() { return kSections; }

const SectionInfo& section_info(Section section) { return kSections.at(static_cast<std::size_t>(section)); }

std::optional<Section> section_from_name(std::string_view name) {
    for (const auto& info : kSections)
        if (info.name == name || (!info.old_name.empty() && info.old_name == name)) return info.section;
    return std::nullopt;
}

std::string_view section_name(Section section) { return section_info(section).name; }

std::vector<std::string_view> section_keys(Section section) {
    std::vector<std::string_view> keys;
    const auto computed = computed_json_keys();
    const auto spec_of = [&](std::string_view path) -> const KeySpec* {
        if (const KeySpec* spec = find_key(path)) return spec;
        const auto found = std::find_if(computed.begin(), computed.end(), [&](const KeySpec& s) { return s.path == path; });
        return found == computed.end() ? nullptr : &*found;
    };
    const auto push = [&](std::string_view path) {
        if (std::find(keys.begin(), keys.end(), path) == keys.end()) keys.push_back(path);
    };
    const auto add = [&](const KeySpec& spec) {
        if (spec.section != section) return;
        const KeySpec* table = spec_of(parent_path(spec.path));
        if (table && table->section == section) return;
        // A part of a table that several sections share ([work]) comes with the table's source,
        // which says where every part of it is from.
        if (table)
            if (const KeySpec* source = find_key(std::string(table->path) + ".source"); source && source != &spec)
                push(source->path);
        push(spec.path);
    };
    for (const KeySpec& spec : career_keys()) add(spec);
    // The keys career_json computes (the official figures of a guide's occupation, ...), but the id,
    // which every document has anyway.
    for (const KeySpec& spec : computed)
        if (spec.path != "id") add(spec);
    return keys;
}

}  // namespace career
