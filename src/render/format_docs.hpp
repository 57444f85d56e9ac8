#pragma once
// The documents made of the key table (model/format.hpp) at build time by `career __generate`: the
// KEYS section of career(5), and the JSON Schema of a career's document (`career show --format
// json`). The build puts each into its template in man/, so neither is ever kept by hand.
#include <span>
#include <string>

#include <toml++/toml.h>

#include "model/format.hpp"

namespace career {

// career(5)'s KEYS section in roff, from ".SH KEYS": a subsection per table of `keys` (the top
// level as "Header"), an item per key with its kind, whether it is required, the values it allows,
// its description and the section of `career show` it is shown in.
std::string career5_keys(std::span<const KeySpec> keys);
std::string career5_keys();  // of career_keys()

// The JSON Schema of the document career_json writes for a career made of `keys`: kinds as schema
// types, limits as minimum and maximum, required keys as required (at the top, only the keys every
// document has: identity_json_keys()), descriptions as descriptions.
toml::table career_document_schema(std::span<const KeySpec> keys);
toml::table career_document_schema();  // of career_keys() and computed_json_keys()

}  // namespace career
