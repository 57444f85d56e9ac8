#pragma once
// "Did you mean": the closest candidate by edit distance, when it is close enough to be a typo.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace career {

// Optimal-string-alignment distance (a swap of two neighbours counts as one edit), ASCII case folded.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word`, if within a third of the word's length (at least 2 edits); else
// the one candidate that `word` (of 3 characters or more) is the start of.
std::optional<std::string> closest_match(std::string_view word,
                                         std::span<const std::string> candidates);

}  // namespace career
