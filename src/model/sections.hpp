#pragma once
// The sections of a career guide, in the guide's order. What each is called, says and shows is the
// section table (render/section_table.hpp); which keys of a file belong to each, the key table
// (model/format.hpp).
#include <cstddef>

namespace career {

enum class Section {
    summary, titles, demand, salary, core_functions, responsibilities, work_setting, tech_stack,
    education_level, tech_skills, soft_abilities, way_in, education, tiers, global_outlook,
    job_market, day, work_life, skill_map, skills, knowledge, interests, work_values, work_styles,
    pros_cons, mistakes, advice, case_studies, portfolio, outlook, related, faq, sources,
    // Not a section: in the key table, a table whose keys go to several sections ("role"). Last, so
    // that it also counts the sections.
    none,
};

inline constexpr std::size_t kSectionCount = static_cast<std::size_t>(Section::none);

}  // namespace career
