#pragma once
// Wrapping prose to a width in terminal columns without ever splitting a UTF-8 character.
#include <string>
#include <string_view>
#include <vector>

namespace career {

// Columns a string takes on a terminal: most characters 1, East Asian wide characters and emoji 2,
// combining marks 0. Bytes that are not valid UTF-8 count 1 each.
std::size_t display_width(std::string_view text);

// Breaks `text` into lines of at most `width` columns at spaces. Newlines in `text` count as spaces.
// A word is never broken (a URL must stay whole to be copied or clicked): one wider than the width
// stands alone on a line of its own, wider than the width. Only a word with wide characters in it
// (CJK, emoji: text written without spaces) is cut, between characters.
std::vector<std::string> wrap(std::string_view text, std::size_t width);

// Units that are not to be split ("T $600,000+") packed onto lines of at most `width` columns,
// `separator` between two units on the same line and nothing at a line's end. Only a unit wider than
// the whole width is broken, at its spaces, as wrap() breaks it.
std::vector<std::string> wrap_units(const std::vector<std::string>& units, std::string_view separator,
                                    std::size_t width);

// `text` as it is when it fits in `columns`; else cut to fit, ending in "…": between characters,
// never inside one, and a combining mark stays with its letter.
std::string ellipsize(std::string_view text, std::size_t columns);

// Wraps `text` behind a prefix: `first` on the first line, `rest` (usually spaces as wide as
// `first`) on the others. Returns the lines joined, each ending in '\n'.
std::string wrap_indented(std::string_view text, std::size_t width, std::string_view first,
                          std::string_view rest);

// Paragraphs of prose: the text split at blank lines, each paragraph's lines joined with spaces.
std::vector<std::string> paragraphs(std::string_view text);

}  // namespace career
