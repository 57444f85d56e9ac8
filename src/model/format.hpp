#pragma once
// The format of a career file (career(5)) as data: the key table. Every key the loader accepts,
// with its kind, whether it is required, the section of `career show` it belongs to, the limits of
// its value and a one-line description. The table is written in model/keys.toml, which the build
// turns into C++ (tools/key_table.cpp). Everything else about keys is derived from it: the reader's
// type and limit checks, unknown-key warnings, `career new`'s template, each section's JSON keys
// and search text, and the key reference of career(5) and the JSON Schema (render/format_docs.hpp).
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <string_view>

#include "model/sections.hpp"

namespace career {

// The kinds of value a key may hold; each has its own check on load.
enum class ValueKind {
    text,          // string
    text_list,     // array of strings
    integer,       // any integer within the key's limits
    money,         // whole units of a currency, within the key's limits
    percent,       // a whole number of per cent, within the key's limits
    boolean,
    year_range,    // integer N, or { min = N, max = M } with max optional; N, M within the limits
    time_of_day,   // "HH:MM", 24-hour
    level,         // low | moderate | high | very-high
    balance,       // poor | challenging | fair | good | excellent
    decimal,       // a number with or without a fraction, within the key's limits
    wage,          // a decimal, or { at_least = N } for a wage above the survey's top code
    career_kind,   // guide | occupation
    soc_code,      // "NN-NNNN"
    source_id,     // the id of one of the file's [[sources]] records
    table,
    table_array,   // [[name]]
};

// The plausible values of a number (for a year range, of each end); beyond them a figure is a typo,
// not a fact. Unbounded unless given.
struct Limits {
    std::int64_t min = std::numeric_limits<std::int64_t>::min();
    std::int64_t max = std::numeric_limits<std::int64_t>::max();

    constexpr bool bounded() const { return *this != Limits{}; }
    constexpr bool contains(std::int64_t n) const { return n >= min && n <= max; }
    friend constexpr bool operator==(const Limits&, const Limits&) = default;
};

// One key of the format. `path` names it as career(5) does: "salary.median", "tiers[].title".
struct KeySpec {
    std::string_view path;
    ValueKind kind;
    bool required;                 // in its table, when the table is there
    Section section;               // Section::none for a table whose keys go to several sections
    Limits limits;                 // numbers and year ranges only
    std::string_view description;  // one line, for career(5), `career new` and the JSON Schema
    bool is_name = false;          // a name of the career (title, aliases), searched before the text
    bool generated = false;        // only in the occupations tools/import-occupations writes
};

// Every key, in the order of career(5), which is the guide's.
std::span<const KeySpec> career_keys();

// The key at `path` ("salary.median", "tiers[].title"), or null when the format has none.
const KeySpec* find_key(std::string_view path);

// What took the place of a key the format once had ("references" -> "[[sources]] tables"), for the
// warning about it in an old file; null for any other path.
const char* replacement_of(std::string_view path);

// The path of the table `path` is in: "education.stages[].name" -> "education.stages",
// "salary.median" -> "salary", "title" -> "".
constexpr std::string_view parent_path(std::string_view path) {
    const std::size_t dot = path.rfind('.');
    if (dot == std::string_view::npos) return {};
    path = path.substr(0, dot);
    return path.ends_with("[]") ? path.substr(0, path.size() - 2) : path;
}

// The last part of `path`, as it is written in its table: "education.stages[].name" -> "name".
constexpr std::string_view leaf_name(std::string_view path) {
    const std::size_t dot = path.rfind('.');
    return dot == std::string_view::npos ? path : path.substr(dot + 1);
}

// What a file may hold beyond its kind, for the people who write one: "0 to 15",
// "low, moderate, high or very-high", "HH:MM, 24-hour"; empty when any value of the kind will do.
std::string allowed_values(const KeySpec& spec);

// What a value of `kind` must be, as in "expected a string": "a string", "an array of strings", ...
std::string_view kind_name(ValueKind kind);

// 10000000 -> "10,000,000": a number as career(5) and the diagnostics write it.
std::string grouped_digits(std::int64_t n);

}  // namespace career
