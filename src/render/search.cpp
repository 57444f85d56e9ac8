#include "render/search.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "render/text_wrap.hpp"

namespace career {
namespace {

char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string folded(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), fold);
    return out;
}

// A match in the title outranks any number of matches in the summary, and those any elsewhere.
long weight_of(std::string_view section) {
    if (section == "title") return 3;
    if (section == "summary") return 2;
    return 1;
}


bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t'; }

}  // namespace

std::vector<std::string> search_terms(const std::vector<std::string>& arguments) {
    std::vector<std::string> terms;
    for (const auto& argument : arguments) {
        // Collapse runs of white space, so a phrase matches however it was typed.
        std::string term;
        for (char c : argument) {
            if (is_space(c)) {
                if (!term.empty() && term.back() != ' ') term += ' ';
            } else {
                term += fold(c);
            }
        }
        while (!term.empty() && term.back() == ' ') term.pop_back();
        if (!term.empty()) terms.push_back(std::move(term));
    }
    return terms;
}

namespace {

// Text as search sees it: ASCII case folded, a line break the same as a space (so a phrase matches
// across lines). Compared byte by byte in place, so a thousand careers' text is never copied.
unsigned char search_fold(char c) {
    if (c >= 'A' && c <= 'Z') return static_cast<unsigned char>(c - 'A' + 'a');
    if (c == '\n') return ' ';
    return static_cast<unsigned char>(c);
}

// The first place at or after `from` where `term` (already folded) occurs in `text`, or npos.
std::size_t find_folded(std::string_view text, std::string_view term, std::size_t from) {
    if (term.empty() || term.size() > text.size()) return std::string_view::npos;
    const unsigned char first = static_cast<unsigned char>(term[0]);
    const std::size_t last_start = text.size() - term.size();
    for (std::size_t i = from; i <= last_start; ++i) {
        if (search_fold(text[i]) != first) continue;
        std::size_t k = 1;
        while (k < term.size() && search_fold(text[i + k]) == static_cast<unsigned char>(term[k])) ++k;
        if (k == term.size()) return i;
    }
    return std::string_view::npos;
}

}  // namespace

std::vector<SearchResult> search(const std::vector<SearchDocument>& documents,
                                 const std::vector<std::string>& terms,
                                 const std::optional<std::string>& section, std::size_t limit) {
    std::map<std::string_view, SearchResult> best;  // by career id
    for (const auto& document : documents) {
        if (terms.empty()) break;
        if (section && document.section != *section) continue;
        const std::string_view text = document.text;
        long occurrences = 0;
        std::size_t first = std::string::npos;
        bool all = true;
        for (const auto& term : terms) {
            std::size_t found_here = 0;
            for (std::size_t at = find_folded(text, term, 0); at != std::string_view::npos;
                 at = find_folded(text, term, at + term.size())) {
                if (found_here++ == 0) first = std::min(first, at);
            }
            occurrences += static_cast<long>(found_here);
            if (found_here == 0) {
                all = false;
                break;
            }
        }
        if (!all) continue;
        const long score = weight_of(document.section) * 1'000'000 + occurrences;
        auto found = best.find(document.id);
        if (found == best.end() || score > found->second.score)
            best[document.id] = {document.id, document.title, document.section, document.text, first, score};
    }
    std::vector<SearchResult> results;
    for (auto& [id, result] : best) results.push_back(std::move(result));
    std::stable_sort(results.begin(), results.end(),
                     [](const SearchResult& a, const SearchResult& b) { return a.score > b.score; });
    if (results.size() > limit) results.resize(limit);
    return results;
}

std::string snippet(std::string_view text, std::size_t match, std::size_t columns) {
    std::string flat(text);
    std::replace(flat.begin(), flat.end(), '\n', ' ');
    match = std::min(match, flat.size());
    // Start a little before the match, at a word, and take whole words while they fit.
    std::size_t start = match;
    std::size_t lead = 0;
    while (start > 0 && lead < columns / 3) {
        --start;
        if ((static_cast<unsigned char>(flat[start]) & 0xC0) != 0x80) ++lead;
    }
    if (start > 0) {
        const std::size_t space = flat.find(' ', start);
        start = space != std::string::npos && space < match ? space + 1 : start;
        while (start < flat.size() && (static_cast<unsigned char>(flat[start]) & 0xC0) == 0x80) ++start;
    }
    const std::string prefix = start > 0 ? "…" : "";
    std::string out = prefix;
    std::size_t used = display_width(prefix);
    std::size_t at = start;
    while (at < flat.size()) {
        std::size_t end = flat.find(' ', at + 1);
        if (end == std::string::npos) end = flat.size();
        const std::string_view word(flat.data() + at, end - at);
        if (used + display_width(word) + 1 > columns) break;  // room for the closing "…"
        out += word;
        used += display_width(word);
        at = end;
    }
    if (at < flat.size()) out += "…";
    if (out == prefix + "…" || out == prefix) {  // a single word wider than the line: cut it
        const std::size_t room = columns > display_width(prefix) ? columns - display_width(prefix) : 1;
        const std::string_view word = std::string_view(flat).substr(start, flat.find(' ', start) - start);
        out = prefix + ellipsize(std::string(word) + "…", room);
    }
    return out;
}

namespace {

constexpr std::size_t kShortestSearchTitle = 12;  // a title cut shorter than this says too little

std::string section_tag(const SearchResult& result) { return fmt::format("[{}]", result.section); }

// Whether "id  Title  [section]" fits on one line, the title cut with "…" if need be.
bool header_fits(const SearchResult& result, std::size_t width) {
    const std::size_t fixed = display_width(result.id) + display_width(section_tag(result)) + 4;
    return fixed + std::min(display_width(result.title), kShortestSearchTitle) <= width;
}

// A result's header: "id  Title  [section]" on one line when every result's fits (the title cut
// with "…" if need be), else the id on a line of its own and the title and section under it. An id
// and a section name are never cut: they are what the user types next.
void write_search_header(const SearchResult& result, bool one_line, const Style& style, Sink& out) {
    const std::string id(result.id), tag = section_tag(result);
    const std::size_t title_width = display_width(result.title);
    if (one_line) {
        const std::size_t room = style.width - display_width(id) - display_width(tag) - 4;
        out.write(fmt::format("{}  {}  {}\n", style.bold(id), ellipsize(result.title, room), tag));
        return;
    }
    out.write(style.bold(id) + "\n");
    const std::size_t room = style.width > display_width(tag) + 4 ? style.width - display_width(tag) - 4 : 0;
    if (std::min(title_width, kShortestSearchTitle) <= room) {
        out.write(fmt::format("  {}  {}\n", ellipsize(result.title, room), tag));
    } else {
        out.write("  " + ellipsize(result.title, style.width - 2) + "\n");
        out.write("  " + tag + "\n");
    }
}

}  // namespace

void render_search_text(const std::vector<SearchResult>& results, const std::vector<std::string>& terms,
                        const Style& style, Sink& out) {
    const std::size_t columns = style.width > 4 ? style.width - 4 : style.width;
    const bool one_line = std::all_of(results.begin(), results.end(),
                                      [&](const SearchResult& r) { return header_fits(r, style.width); });
    for (const auto& result : results) {
        write_search_header(result, one_line, style, out);
        std::string line = snippet(result.text, result.match, columns);
        if (style.color) {
            // Each occurrence of a term in bold colour; the text itself is unchanged.
            const std::string lower = folded(line);
            std::vector<bool> marked(line.size(), false);
            for (const auto& term : terms)
                for (std::size_t at = lower.find(term); at != std::string::npos; at = lower.find(term, at + 1))
                    std::fill(marked.begin() + static_cast<long>(at),
                              marked.begin() + static_cast<long>(at + term.size()), true);
            std::string shown;
            for (std::size_t i = 0; i < line.size();) {
                std::size_t j = i;
                while (j < line.size() && marked[j] == marked[i]) ++j;
                const std::string part = line.substr(i, j - i);
                shown += marked[i] ? "\x1b[1;33m" + part + "\x1b[0m" : part;
                i = j;
            }
            line = shown;
        }
        out.write("    " + line + "\n");
    }
}

Records search_records(const std::vector<SearchResult>& results) {
    Records records{{"rank", "id", "title", "section", "snippet"}, {}};
    std::int64_t rank = 1;
    for (const auto& result : results)
        records.rows.push_back({rank++, std::string(result.id), std::string(result.title), std::string(result.section),
                                snippet(result.text, result.match, 160)});
    return records;
}

}  // namespace career
