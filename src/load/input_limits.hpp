#pragma once
// The limits that keep any input, however large, deep or odd, from hurting the program: a career file
// is read only if it is a plain file of at most 1 MiB, and is parsed only if it nests at most 512
// levels deep. Both are in career(5), LIMITS.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "load/diagnostic.hpp"

namespace career {

// Career files are a few tens of kilobytes; a file larger than this is refused before it is read.
inline constexpr std::size_t kMaxCareerFileBytes = 1024 * 1024;

// Tables, arrays, inline tables and dotted keys within each other. toml++ stops arrays and inline
// tables at 256 (TOML_MAX_NESTED_VALUES) itself, but it follows dotted keys and table headers
// (a.a.a.… = 1, [a.a.a.…]) as deep as they go, recursively, and a few tens of thousands of levels
// overflow the stack. A real career file nests 4 deep.
inline constexpr int kMaxCareerNesting = 512;

// Reads a whole career file into `text`. Refuses, with a diagnostic naming the file, what cannot be
// read (missing, unreadable, a symbolic link loop), what is not a plain file (a directory, a FIFO —
// opened without waiting for a writer) and what is larger than kMaxCareerFileBytes, which is checked
// before reading and again while reading (a file that grows).
std::optional<Diagnostic> read_career_text(const std::string& path, std::string& text);

// The checks on the text that come before toml++ sees it: its size, and its nesting, measured by a
// scan of brackets, braces and the dots of keys outside strings and comments. When the nesting is too
// deep but the text has a TOML error before that point, toml++'s diagnostic for it is returned
// instead, so the first problem in the file is the one reported.
std::optional<Diagnostic> check_career_text(std::string_view text, const std::string& file);

// Where the nesting of `text` first exceeds `limit` levels, as a 1-based line and column (in
// characters), or nullopt when it never does. Exposed for tests.
struct TextPosition {
    int line = 1;
    int column = 1;
    std::size_t offset = 0;  // in bytes
};
std::optional<TextPosition> find_excess_nesting(std::string_view text, int limit);

}  // namespace career
