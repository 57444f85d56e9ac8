#pragma once
// Case folding: the one helper every comparison that ignores case goes through (names, tags, search
// words, suggestions). ASCII letters fold to lower case; every other byte stands for itself, so
// UTF-8 text is never split or changed.
#include <string>
#include <string_view>

namespace career {

constexpr char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string folded(std::string_view text);

bool equal_folded(std::string_view a, std::string_view b);
bool starts_with_folded(std::string_view text, std::string_view prefix);
// Whether `needle` (any case) occurs in `haystack`.
bool contains_folded(std::string_view haystack, std::string_view needle);

}  // namespace career
