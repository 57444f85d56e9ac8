#pragma once
// A career, and the other commands' data, as JSON. The document is built as a toml++ table and
// written as toml++'s json_formatter writes it (its escapes, its layout), but for a number with a
// fraction, written in the fewest digits that read back as the same number (15.8). Keys are
// snake_case and follow career(5); absent data is an absent key (an empty text or list counts as
// absent).
#include <span>
#include <vector>

#include <toml++/toml.h>

#include "model/career.hpp"
#include "model/format.hpp"
#include "model/sections.hpp"
#include "render/sink.hpp"

namespace career {

// The whole career as the model holds it: the TOML's content, normalised (levels as their words,
// year ranges as {min, max}, times as "HH:MM"), with the computed keys below.
toml::table career_json(const Career& career);

// The keys career_json adds to those of the key table: the id, education.total_years, and what
// Career::links holds (a guide's occupation with its official figures, an occupation's guides).
// With the key table, they make the JSON Schema of the document (render/format_docs.hpp).
std::span<const KeySpec> computed_json_keys();

// The keys every document of a career has, whatever its sections: what it is about (id, title).
std::span<const std::string_view> identity_json_keys();

// Only the keys of the given sections (section_keys: all when `only` is empty), with the identity
// keys.
toml::table career_json(const Career& career, const std::vector<Section>& only);

// The part of a career's JSON, `full`, that one section is made of.
toml::table section_json(const toml::table& full, Section section);

// {min, max}, max absent when open-ended.
toml::table year_range_json(const YearRange& years);

// One document, then a newline.
void write_json(const toml::node& document, Sink& out);

}  // namespace career
