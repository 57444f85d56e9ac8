#pragma once
// Turns the text of a career file into a Career, checking it against career(5) on the way: each
// value against its key in the key table (model/format.hpp), then the values against one another
// (load/checks.hpp).
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "load/diagnostic.hpp"
#include "model/career.hpp"
#include "model/format.hpp"
#include "model/sections.hpp"

namespace career {

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
    // What `career search` looks in, gathered from a file without errors by the key table: the
    // career's names (keys marked is_name: the title, then the aliases), and each section's strings
    // (text and lists; not the fixed words of levels or times), pieces one a line, in the key
    // table's order. Sections without text are left out; the rest are in section order.
    std::string names;
    std::vector<std::pair<Section, std::string>> texts;
};

// Whether to gather the text by section (ParseResult::names and texts): only the search index needs
// it, and a career of the catalog has tens of kilobytes of it.
enum class SearchText { leave, gather };

// `file` names the source in diagnostics; `id` becomes Career::id.
ParseResult parse_career(std::string_view toml_text, const std::string& file, const std::string& id,
                         SearchText text = SearchText::leave);

// Reads and parses a file; an unreadable file is a diagnostic, not an exception.
ParseResult load_career_file(const std::string& path, const std::string& id, SearchText text = SearchText::leave);

}  // namespace career
