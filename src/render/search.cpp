#include "render/search.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "model/words.hpp"
#include "render/text_wrap.hpp"

namespace career {
namespace {

// `text` with " · " for each line break, and where `match` lands in it.
std::pair<std::string, std::size_t> items_apart(std::string_view text, std::size_t match) {
    std::string flat;
    flat.reserve(text.size() + text.size() / 16);
    std::size_t flat_match = std::string::npos;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i == match) flat_match = flat.size();
        if (text[i] == '\n') flat += " \u00b7 ";
        else flat += text[i];
    }
    return {flat, std::min(flat_match, flat.size())};
}

// The part of `text` a snippet of `columns` around `match` can show, at character boundaries: a
// section may be long, and a snippet needs a line of it. Moves `match` into the part.
std::string_view around(std::string_view text, std::size_t& match, std::size_t columns) {
    const auto is_continuation = [&](std::size_t i) { return (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80; };
    match = std::min(match, text.size());
    // A snippet starts at most a third of its columns before the match, and a character is at most
    // 4 bytes: twice that is room enough, and the words after the match fit in 8 bytes a column.
    std::size_t begin = match - std::min(match, 4 * columns);
    std::size_t end = std::min(text.size(), match + 8 * columns + 8);
    while (begin > 0 && is_continuation(begin)) --begin;
    while (end < text.size() && is_continuation(end)) ++end;
    match -= begin;
    return text.substr(begin, end - begin);
}

constexpr std::string_view kItemMark = "\u00b7";  // "·", between list items

// The words of `line` that `terms` match, in bold colour; the text itself unchanged.
std::string highlighted(const std::string& line, const std::vector<std::string>& terms) {
    std::vector<bool> marked(line.size(), false);
    WordReader words(line);
    for (Word word; words.next(word);) {
        const std::string plain = term_of(word, false), dotted = word.dotted ? term_of(word, true) : "";
        for (const auto& term : terms)
            if (term_matches(term, plain) || (word.dotted && term_matches(term, dotted)))
                std::fill(marked.begin() + static_cast<long>(word.offset),
                          marked.begin() + static_cast<long>(word.offset + word.text.size()), true);
    }
    std::string shown;
    for (std::size_t i = 0; i < line.size();) {
        std::size_t j = i;
        while (j < line.size() && marked[j] == marked[i]) ++j;
        const std::string part = line.substr(i, j - i);
        shown += marked[i] ? "\x1b[1;33m" + part + "\x1b[0m" : part;
        i = j;
    }
    return shown;
}

}  // namespace

std::string snippet(std::string_view whole, std::size_t match, std::size_t columns) {
    const std::string_view text = around(whole, match, columns);
    const bool cut_before = text.data() > whole.data(), cut_after = text.data() + text.size() < whole.data() + whole.size();
    auto [flat, at_match] = items_apart(text, match);
    match = at_match;
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
        // Begin no earlier than the list item that holds the match.
        const std::string between = " " + std::string(kItemMark) + " ";
        const std::size_t item = std::string_view(flat).substr(0, match).rfind(between);
        if (item != std::string::npos && item + between.size() > start) start = item + between.size();
    }
    const std::string prefix = start > 0 || cut_before ? "…" : "";
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
    if (at < flat.size() || cut_after) {
        // Nor end with it.
        if (std::string_view(out).ends_with(" " + std::string(kItemMark)))
            out.resize(out.size() - kItemMark.size() - 1);
        out += "…";
    }
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
    const std::size_t fixed = display_width(result.name) + display_width(section_tag(result)) + 4;
    return fixed + std::min(display_width(result.title), kShortestSearchTitle) <= width;
}

// A result's header: "name  Title  [section]" on one line when every result's fits (the title cut
// with "…" if need be), else the name on a line of its own and the title and section under it. A
// name (an occupation's SOC code, a guide's id) and a section name are never cut: they are what
// the user types next.
void write_search_header(const SearchResult& result, bool one_line, const Style& style, Sink& out) {
    const std::string id(result.name), tag = section_tag(result);
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
        if (style.color) line = highlighted(line, terms);
        out.write("    " + line + "\n");
    }
}

Records search_records(const std::vector<SearchResult>& results) {
    Records records{{"rank", "id", "kind", "soc", "title", "section", "snippet"}, {}};
    std::int64_t rank = 1;
    for (const auto& result : results)
        records.rows.push_back({rank++, std::string(result.id), std::string(result.kind),
                                result.soc.empty() ? Cell() : Cell(std::string(result.soc)), std::string(result.title),
                                std::string(result.section), snippet(result.text, result.match, 160)});
    return records;
}

}  // namespace career
