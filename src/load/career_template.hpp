#pragma once
// The file `career new` writes: every key of the format, in career(5)'s order, each with its
// one-line description and the values it allows, written from the key table (model/format.hpp).
#include <string>
#include <string_view>

namespace career {

// The top-level required keys (title, summary) are present with empty values, which validation
// rejects until they are filled in; every other key and table is commented out ("# key = ...").
std::string career_template(std::string_view id);

}  // namespace career
