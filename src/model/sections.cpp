#include "model/sections.hpp"

#include <array>

namespace career {
namespace {

constexpr std::array kSections{
    SectionInfo{Section::summary, "summary", "title, summary and headline figures"},
    SectionInfo{Section::demand, "demand", "market demand"},
    SectionInfo{Section::salary, "salary", "annual salary: range, median, levels, top 10%"},
    SectionInfo{Section::core_functions, "core-functions", "core functions of the role"},
    SectionInfo{Section::responsibilities, "responsibilities", "key responsibilities"},
    SectionInfo{Section::work_setting, "work-setting", "work setting"},
    SectionInfo{Section::tech_stack, "tech-stack", "tech stack"},
    SectionInfo{Section::education_level, "education-level", "education level"},
    SectionInfo{Section::tech_skills, "tech-skills", "tech skills"},
    SectionInfo{Section::soft_abilities, "soft-abilities", "soft abilities"},
    SectionInfo{Section::path, "path", "the path into the career"},
    SectionInfo{Section::education, "education",
                "required education, training stages with their years, milestones"},
    SectionInfo{Section::tiers, "tiers", "career path tiers with their years of experience"},
    SectionInfo{Section::global_outlook, "global-outlook", "global outlook"},
    SectionInfo{Section::job_market, "job-market",
                "job market today: role challenges, growth paths, industry trends"},
    SectionInfo{Section::day, "day", "a day in the life"},
    SectionInfo{Section::work_life, "work-life", "work-life balance and stress"},
    SectionInfo{Section::skill_map, "skill-map", "skill map"},
    SectionInfo{Section::pros_cons, "pros-cons", "pros and cons"},
    SectionInfo{Section::mistakes, "mistakes", "common mistakes of beginners"},
    SectionInfo{Section::advice, "advice", "contextual advice"},
    SectionInfo{Section::case_studies, "case-studies", "examples and case studies"},
    SectionInfo{Section::portfolio, "portfolio", "portfolio tips"},
    SectionInfo{Section::outlook, "outlook", "job outlook and related roles"},
    SectionInfo{Section::faq, "faq", "frequently asked questions"},
    SectionInfo{Section::sources, "sources", "sources and references"},
};

}  // namespace

std::span<const SectionInfo> all_sections() { return kSections; }

std::optional<Section> section_from_name(std::string_view name) {
    for (const auto& info : kSections)
        if (info.name == name) return info.section;
    return std::nullopt;
}

namespace {

// Appends each piece on a line of its own; empty pieces add nothing.
class TextCollector {
public:
    TextCollector& add(std::string_view piece) {
        if (piece.empty()) return *this;
        if (!text_.empty()) text_ += '\n';
        text_ += piece;
        return *this;
    }
    TextCollector& add(const Items& items) {
        for (const auto& item : items) add(item);
        return *this;
    }
    std::string take() { return std::move(text_); }

private:
    std::string text_;
};

}  // namespace

std::string section_text(const Career& c, Section section) {
    TextCollector t;
    switch (section) {
        case Section::summary: t.add(c.summary); break;
        case Section::demand:
            if (c.market_demand) t.add(c.market_demand->text);
            break;
        case Section::salary:
            if (c.salary) t.add(c.salary->top_earners).add(c.salary->source);
            break;
        case Section::core_functions: t.add(c.role.core_functions); break;
        case Section::responsibilities: t.add(c.role.responsibilities); break;
        case Section::work_setting: t.add(c.role.work_setting); break;
        case Section::tech_stack: t.add(c.role.tech_stack); break;
        case Section::education_level: t.add(c.qualifications.education_level); break;
        case Section::tech_skills: t.add(c.qualifications.tech_skills); break;
        case Section::soft_abilities: t.add(c.qualifications.soft_abilities); break;
        case Section::path: t.add(c.qualifications.path); break;
        case Section::education:
            t.add(c.qualifications.required_education);
            for (const auto& stage : c.education.stages) t.add(stage.name).add(stage.detail);
            for (const auto& milestone : c.education.milestones) t.add(milestone.name).add(milestone.detail);
            t.add(c.education.source);
            break;
        case Section::tiers:
            for (const auto& tier : c.tiers) t.add(tier.title).add(tier.description).add(tier.source);
            break;
        case Section::global_outlook: t.add(c.market.global_outlook); break;
        case Section::job_market:
            t.add(c.market.challenges).add(c.market.growth_paths).add(c.market.industry_trends);
            break;
        case Section::day:
            for (const auto& block : c.day) t.add(block.name).add(block.focus).add(block.tasks);
            break;
        case Section::work_life: t.add(c.work_life.text); break;
        case Section::skill_map:
            t.add(c.skill_map.intro);
            for (const auto& category : c.skill_map.categories) t.add(category.name).add(category.blurb).add(category.skills);
            break;
        case Section::pros_cons: t.add(c.pros).add(c.cons); break;
        case Section::mistakes: t.add(c.beginner_mistakes); break;
        case Section::advice: t.add(c.contextual_advice); break;
        case Section::case_studies:
            for (const auto& study : c.case_studies) t.add(study.title).add(study.story).add(study.takeaway);
            break;
        case Section::portfolio: t.add(c.portfolio_tips); break;
        case Section::outlook: t.add(c.job_outlook.status).add(c.job_outlook.source).add(c.job_outlook.related_roles); break;
        case Section::faq:
            for (const auto& entry : c.faq) t.add(entry.question).add(entry.answer);
            break;
        case Section::sources: t.add(c.sources); break;
        case Section::none: break;
    }
    return t.take();
}

}  // namespace career
