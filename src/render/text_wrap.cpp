#include "render/text_wrap.hpp"

#include <algorithm>

namespace career {
namespace {

// Length in bytes of the UTF-8 sequence starting at text[i]; 1 for a byte that starts none, so
// invalid input still moves forward one byte at a time.
std::size_t sequence_length(std::string_view text, std::size_t i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t n = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3
                                         : (lead >> 3) == 0x1E ? 4 : 1;
    if (i + n > text.size()) return 1;
    for (std::size_t k = 1; k < n; ++k)
        if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 1;
    return n;
}

char32_t decode(std::string_view text, std::size_t i, std::size_t n) {
    const auto byte = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(text[i + k])); };
    switch (n) {
        case 2: return ((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F);
        case 3: return ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
        case 4:
            return ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) |
                   (byte(3) & 0x3F);
        default: return byte(0);
    }
}

// East Asian Wide and Fullwidth ranges (Unicode's EastAsianWidth.txt, W and F), emoji among them.
constexpr std::pair<char32_t, char32_t> kWideRanges[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},
    {0x23F0, 0x23F0},   {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},
    {0x2648, 0x2653},   {0x267F, 0x267F},   {0x2693, 0x2693},   {0x26A1, 0x26A1},
    {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},   {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},
    {0x2728, 0x2728},   {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},
    {0x2757, 0x2757},   {0x2795, 0x2797},   {0x27B0, 0x27B0},   {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x303E},
    {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
    {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},
    {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x18CFF},
    {0x1B000, 0x1B2FF}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E},
    {0x1F191, 0x1F19A}, {0x1F200, 0x1F2FF}, {0x1F300, 0x1F320}, {0x1F32D, 0x1F335},
    {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3},
    {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440},
    {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567},
    {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F},
    {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6DF},
    {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB}, {0x1F7F0, 0x1F7F0},
    {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAFF},
    {0x20000, 0x3FFFD},
};

std::size_t char_width(char32_t c) {
    if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x200B && c <= 0x200F) || (c >= 0xFE00 && c <= 0xFE0F))
        return 0;  // combining marks, zero-width spaces and joiners, variation selectors
    const auto* range = std::lower_bound(std::begin(kWideRanges), std::end(kWideRanges), c,
                                         [](const auto& r, char32_t value) { return r.second < value; });
    return range != std::end(kWideRanges) && range->first <= c ? 2 : 1;
}

bool is_blank(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// The next word of `text` from `at` on (words are separated by spaces, tabs and newlines), moving
// `at` past it, with whether it is all ASCII (a byte a column, so its width is its length); an
// empty word at the end.
struct Word {
    std::string_view text;
    bool ascii;
};

Word next_word(std::string_view text, std::size_t& at) {
    while (at < text.size() && is_blank(text[at])) ++at;
    const std::size_t start = at;
    unsigned char bits = 0;
    while (at < text.size() && !is_blank(text[at])) bits |= static_cast<unsigned char>(text[at++]);
    return {text.substr(start, at - start), bits < 0x80};
}

// Whether a word may be broken between any two of its characters: when it holds a wide character
// (CJK ideographs and emoji are written without spaces, and lines break between them).
bool breaks_anywhere(std::string_view word) {
    for (std::size_t i = 0; i < word.size();) {
        const std::size_t n = sequence_length(word, i);
        if (n > 1 && char_width(decode(word, i, n)) == 2) return true;
        i += n;
    }
    return false;
}

}  // namespace

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        // Most text is ASCII, one column a byte: counted without decoding.
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++width;
            ++i;
            continue;
        }
        const std::size_t n = sequence_length(text, i);
        width += n == 1 && static_cast<unsigned char>(text[i]) >= 0x80 ? 1 : char_width(decode(text, i, n));
        i += n;
    }
    return width;
}

namespace {

// Breaks `text` into lines of at most `width` columns and hands each to `emit` as a view, valid
// during the call: wrap() keeps them, wrap_indented() writes them out without a string a line.
template <typename Emit>
void wrap_lines(std::string_view text, std::size_t width, Emit emit) {
    width = std::max<std::size_t>(width, 1);
    std::string line;
    line.reserve(std::min<std::size_t>(width, 512) + 1);  // mostly ASCII, a byte a column
    std::size_t line_width = 0;
    bool line_has_words = false;  // a word may be zero columns wide, so width alone cannot tell
    for (std::size_t at = 0;;) {
        const Word next = next_word(text, at);
        std::string_view word = next.text;
        if (word.empty()) break;
        std::size_t word_width = next.ascii ? word.size() : display_width(word);
        if (line_has_words && line_width + 1 + word_width <= width) {
            line += ' ';
            line += word;
            line_width += 1 + word_width;
            continue;
        }
        if (line_has_words) emit(std::string_view(line));
        // A word wider than a whole line: a run of wide characters (ideographs, emoji) breaks between
        // them, as East Asian text does; any other word (a URL, a path) cannot be broken, so it
        // stands whole on a line of its own, however wide.
        while (word_width > width && breaks_anywhere(word)) {
            std::size_t bytes = 0, columns = 0;
            while (bytes < word.size()) {
                const std::size_t n = sequence_length(word, bytes);
                const std::size_t w = display_width(word.substr(bytes, n));
                if (columns + w > width && columns > 0) break;
                bytes += n;
                columns += w;
            }
            emit(word.substr(0, bytes));
            word.remove_prefix(bytes);
            word_width -= columns;
        }
        line.assign(word);
        line_width = word_width;
        line_has_words = true;
    }
    if (line_has_words) emit(std::string_view(line));
}

}  // namespace

std::vector<std::string> wrap(std::string_view text, std::size_t width) {
    std::vector<std::string> lines;
    wrap_lines(text, width, [&](std::string_view line) { lines.emplace_back(line); });
    return lines;
}

std::vector<std::string> wrap_units(const std::vector<std::string>& units, std::string_view separator,
                                    std::size_t width) {
    const std::size_t separator_width = display_width(separator);
    std::vector<std::string> lines;
    std::size_t line_width = 0;
    for (const auto& unit : units) {
        const std::size_t unit_width = display_width(unit);
        if (!lines.empty() && line_width + separator_width + unit_width <= width) {
            lines.back() += std::string(separator) + unit;
            line_width += separator_width + unit_width;
        } else if (unit_width <= width) {
            lines.push_back(unit);
            line_width = unit_width;
        } else {
            for (auto& line : wrap(unit, width)) lines.push_back(std::move(line));
            line_width = lines.empty() ? 0 : display_width(lines.back());
        }
    }
    return lines;
}

std::string ellipsize(std::string_view text, std::size_t columns) {
    if (display_width(text) <= columns) return std::string(text);
    if (columns == 0) return "";
    std::string out;
    std::size_t used = 0;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = sequence_length(text, i);
        const std::size_t w = display_width(text.substr(i, n));  // 0 keeps a mark with its letter
        if (used + w > columns - 1) break;
        out += text.substr(i, n);
        used += w;
        i += n;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + "…";
}

std::string wrap_indented(std::string_view text, std::size_t width, std::string_view first,
                          std::string_view rest) {
    const std::size_t indent = std::max(display_width(first), display_width(rest));
    const std::size_t room = width > indent + 10 ? width - indent : 10;
    std::string out;
    out.reserve(text.size() + text.size() / 8 + first.size() + 1);
    bool is_first = true;
    wrap_lines(text, room, [&](std::string_view line) {
        out += is_first ? first : rest;
        out += line;
        out += '\n';
        is_first = false;
    });
    if (is_first) {  // empty text still shows its prefix, so a list item is never lost
        out += first;
        out += '\n';
    }
    return out;
}

std::vector<std::string> paragraphs(std::string_view text) {
    std::vector<std::string> result;
    std::string current;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        const bool blank = line.find_first_not_of(" \t\r") == std::string_view::npos;
        if (blank) {
            if (!current.empty()) result.push_back(std::move(current));
            current.clear();
        } else {
            if (!current.empty()) current += ' ';
            current += line;
        }
        start = end + 1;
    }
    if (!current.empty()) result.push_back(std::move(current));
    return result;
}

}  // namespace career
