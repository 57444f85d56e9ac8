#pragma once
// `career search`: full-text search over every career and every section, ranked, each result with a
// one-line snippet. Search runs over SearchDocuments — a career's text cut by section — so the
// documents can come from freshly parsed careers or from the index cache alike.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/career.hpp"
#include "render/records.hpp"
#include "render/sink.hpp"
#include "render/style.hpp"

namespace career {

// One section of one career's text. `section` is a `career show --section` name, or "title" for
// the title and aliases. Views: the text stays where it was loaded (load/index.hpp).
struct SearchDocument {
    std::string_view id;
    std::string_view title;
    std::string_view section;
    std::string_view text;
};

// What to look for: each term must occur (case-insensitive); a term with a space is a phrase.
// Command-line words are terms; a quoted argument ("radiation safety") stays one phrase.
std::vector<std::string> search_terms(const std::vector<std::string>& arguments);

struct SearchResult {
    std::string_view id;
    std::string_view title;
    std::string_view section;
    std::string_view text;    // the section's text
    std::size_t match = 0;    // where in `text` the first term was found
    long score = 0;           // higher first
};

// The best section of each career that holds every term, ranked: a match in the title or an alias
// first, then the summary, then any other section; more occurrences of the terms rank higher.
// `section`, when given, limits the search to that section. At most `limit` results.
std::vector<SearchResult> search(const std::vector<SearchDocument>& documents,
                                 const std::vector<std::string>& terms,
                                 const std::optional<std::string>& section, std::size_t limit);

// The text around `match`, cut at spaces to at most `columns` columns, with "…" where cut.
std::string snippet(std::string_view text, std::size_t match, std::size_t columns);

// A result a line: id, title, section; then the snippet, its terms in bold colour on a terminal.
void render_search_text(const std::vector<SearchResult>& results, const std::vector<std::string>& terms,
                        const Style& style, Sink& out);

// For scripts: rank, id, title, section, snippet.
Records search_records(const std::vector<SearchResult>& results);

}  // namespace career
