#pragma once
// The sections of a career guide, in the guide's order, and the names `--section` takes.
#include <optional>
#include <span>
#include <string_view>

namespace career {

enum class Section {
    summary, demand, salary, core_functions, responsibilities, work_setting, tech_stack,
    education_level, tech_skills, soft_abilities, path, education, tiers, global_outlook,
    job_market, day, work_life, skill_map, pros_cons, mistakes, advice, case_studies, portfolio,
    outlook, faq, sources,
};

struct SectionInfo {
    Section section;
    std::string_view name;         // as typed: "core-functions"
    std::string_view description;  // for --help and career(1)
};

std::span<const SectionInfo> all_sections();
std::optional<Section> section_from_name(std::string_view name);

}  // namespace career
