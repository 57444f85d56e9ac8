#pragma once
// The section table: for each section of the guide, in show order, the name `--section` takes, a
// one-line description, its text renderer and whether a career has data for it. Checked at compile
// time against the Section enum (section_table.cpp). A section's JSON keys are derived from the
// key table (model/format.hpp), never listed by hand.
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "model/career.hpp"
#include "model/sections.hpp"
#include "render/guide_writer.hpp"

namespace career {

struct SectionInfo {
    Section section;
    std::string_view name;         // as typed: "core-functions"
    std::string_view description;  // for --help and career(1)
    void (*render)(const Career& career, GuideWriter& w);
    bool (*has_data)(const Career& career);
    std::string_view old_name = {};  // what it was called before, still taken: "path" for way-in
};

// Every section, in show order (= the enum's).
std::span<const SectionInfo> all_sections();
const SectionInfo& section_info(Section section);

std::optional<Section> section_from_name(std::string_view name);
std::string_view section_name(Section section);

// The keys (dotted paths of the file, and of the JSON) that a section is made of: those of the key
// table whose section it is and whose table's is not, such as "education" (with all its keys,
// computed ones too) and "qualifications.required_education".
std::vector<std::string_view> section_keys(Section section);

}  // namespace career
