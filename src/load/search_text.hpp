#pragma once
// The text `career search` looks in, gathered from a career file's document by the key table: no
// list of a section's fields by hand, so a key added to the table is searched in its section.
#include <toml++/toml.h>

#include "load/career_parser.hpp"

namespace career {

// Sets result.names and result.texts (see ParseResult) from the parsed document `root`.
void gather_search_text(const toml::table& root, ParseResult& result);

}  // namespace career
