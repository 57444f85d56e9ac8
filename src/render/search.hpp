#pragma once
// `career search`'s output: a result a line with a one-line snippet, or records for scripts. The
// search itself is load/search_index.hpp's.
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

// A career found, in the order found. Views into what the search returned.
struct SearchResult {
    std::string_view id;
    std::string_view name;     // what to type to show it: an occupation's SOC code, a guide's id
    std::string_view kind;     // "guide" or "occupation"
    std::string_view soc;
    std::string_view title;
    std::string_view section;  // a `career show --section` name, or "title" for the names
    std::string_view text;     // the section's text, list items one a line
    std::size_t match = 0;     // where in `text` the match starts
};

// The text around `match`, list items apart (" · " where `text` has a line break), cut at spaces to
// at most `columns` columns, with "…" where cut.
std::string snippet(std::string_view text, std::size_t match, std::size_t columns);

// A result a line: id, title, section; then the snippet, on a terminal with the words that `terms`
// (model/words.hpp) match in bold colour.
void render_search_text(const std::vector<SearchResult>& results, const std::vector<std::string>& terms,
                        const Style& style, Sink& out);

// For scripts: rank, id, kind, soc, title, section, snippet.
Records search_records(const std::vector<SearchResult>& results);

}  // namespace career
