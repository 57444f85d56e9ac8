#pragma once
// Turns the text of a career file into a Career, checking it against career(5) on the way.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "load/diagnostic.hpp"
#include "model/career.hpp"

namespace career {

// The kinds of value a key may hold; each has its own check on load.
enum class ValueKind {
    text,          // string
    text_list,     // array of strings
    integer,       // any integer (a growth rate may be negative)
    money,         // integer >= 0
    boolean,
    year_range,    // integer N, or { min = N, max = M } with max optional
    time_of_day,   // "HH:MM", 24-hour
    level,         // low | moderate | high | very-high
    balance,       // poor | challenging | fair | good | excellent
    table,
    table_array,   // [[name]]
};

// One key of the format. `path` names it as career(5) does: "salary.median", "tiers[].title".
// `description` is one line for the people who fill the file in: `career new` writes it as the
// key's comment.
struct KeySpec {
    std::string_view path;
    ValueKind kind;
    bool required;
    std::string_view description;
};

// Every key the loader accepts: the single source for unknown-key warnings, required-key errors,
// the file `career new` writes and the tests that keep career(5) in step with the loader.
std::span<const KeySpec> career_keys();
// The key at `path` ("salary.median", "tiers[].title"), or null when the format has none.
const KeySpec* find_key(std::string_view path);

// What a value of `kind` must be, as in "expected a string": "a string", "an array of strings", ...
std::string_view kind_name(ValueKind kind);

// A career id named inside a file (job_outlook.related_roles), with where it stands, so that the
// catalog, which knows every id, can warn about one that names no career.
struct CareerReference {
    std::string id;
    Diagnostic where;  // file, position and field; severity and message filled in when reported
};

struct ParseResult {
    std::optional<Career> career;  // present when there are no errors
    std::vector<Diagnostic> diagnostics;
    std::vector<CareerReference> references;
};

// `file` names the source in diagnostics; `id` becomes Career::id.
ParseResult parse_career(std::string_view toml_text, const std::string& file, const std::string& id);

// Reads and parses a file; an unreadable file is a diagnostic, not an exception.
ParseResult load_career_file(const std::string& path, const std::string& id);

}  // namespace career
