#include "render/sections.hpp"

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

}  // namespace career
