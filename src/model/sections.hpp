#pragma once
// The sections of a career guide, in the guide's order, and the names `--section` takes; what
// text each holds.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "model/career.hpp"

namespace career {

enum class Section {
    summary, demand, salary, core_functions, responsibilities, work_setting, tech_stack,
    education_level, tech_skills, soft_abilities, path, education, tiers, global_outlook,
    job_market, day, work_life, skill_map, pros_cons, mistakes, advice, case_studies, portfolio,
    outlook, faq, sources,
    // Not a section: in the key table, a table whose keys go to several sections ("role"). Last, so
    // that it also counts the sections.
    none,
};

inline constexpr std::size_t kSectionCount = static_cast<std::size_t>(Section::none);

struct SectionInfo {
    Section section;
    std::string_view name;         // as typed: "core-functions"
    std::string_view description;  // for --help and career(1)
};

std::span<const SectionInfo> all_sections();
std::optional<Section> section_from_name(std::string_view name);

// All the words of a section, one piece a line: what `career search` looks in. The summary
// section's text is the summary alone (the title and aliases are searched on their own).
std::string section_text(const Career& career, Section section);

}  // namespace career
