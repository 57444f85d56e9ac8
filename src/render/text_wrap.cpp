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

std::size_t char_width(char32_t c) {
    if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x200B && c <= 0x200F) || (c >= 0xFE00 && c <= 0xFE0F))
        return 0;  // combining marks, zero-width spaces and joiners, variation selectors
    const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
                      (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                      (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                      (c >= 0xFFE0 && c <= 0xFFE6) || c == 0x2705 || c == 0x274C ||
                      (c >= 0x1F300 && c <= 0x1F64F) || (c >= 0x1F900 && c <= 0x1F9FF) ||
                      (c >= 0x20000 && c <= 0x3FFFD);
    return wide ? 2 : 1;
}

std::vector<std::string_view> words_of(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
        std::size_t start = i;
        while (i < text.size() && text[i] != ' ' && text[i] != '\n' && text[i] != '\t') ++i;
        if (i > start) words.push_back(text.substr(start, i - start));
    }
    return words;
}

}  // namespace

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = sequence_length(text, i);
        width += n == 1 && static_cast<unsigned char>(text[i]) >= 0x80 ? 1 : char_width(decode(text, i, n));
        i += n;
    }
    return width;
}

std::vector<std::string> wrap(std::string_view text, std::size_t width) {
    width = std::max<std::size_t>(width, 1);
    std::vector<std::string> lines;
    std::string line;
    std::size_t line_width = 0;
    auto finish_line = [&] {
        lines.push_back(std::move(line));
        line.clear();
        line_width = 0;
    };
    for (std::string_view word : words_of(text)) {
        std::size_t word_width = display_width(word);
        if (line_width > 0 && line_width + 1 + word_width <= width) {
            line += ' ';
            line += word;
            line_width += 1 + word_width;
            continue;
        }
        if (line_width > 0) finish_line();
        // A word wider than a whole line is cut between characters.
        while (word_width > width) {
            std::size_t bytes = 0, columns = 0;
            while (bytes < word.size()) {
                const std::size_t n = sequence_length(word, bytes);
                const std::size_t w = display_width(word.substr(bytes, n));
                if (columns + w > width && columns > 0) break;
                bytes += n;
                columns += w;
            }
            lines.emplace_back(word.substr(0, bytes));
            word.remove_prefix(bytes);
            word_width -= columns;
        }
        line = std::string(word);
        line_width = word_width;
    }
    if (line_width > 0 || !line.empty()) finish_line();
    return lines;
}

std::string wrap_indented(std::string_view text, std::size_t width, std::string_view first,
                          std::string_view rest) {
    const std::size_t indent = std::max(display_width(first), display_width(rest));
    const std::size_t room = width > indent + 10 ? width - indent : 10;
    std::string out;
    bool is_first = true;
    for (const auto& line : wrap(text, room)) {
        out += is_first ? first : rest;
        out += line;
        out += '\n';
        is_first = false;
    }
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
