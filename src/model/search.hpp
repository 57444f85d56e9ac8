#pragma once
// Finding text by words, as `career faq WORDS...` does: every word must occur, in any case.
#include <string>
#include <string_view>
#include <vector>

#include "model/career.hpp"

namespace career {

// Whether `text` contains each of `words` as a substring, ignoring ASCII case (other bytes must
// match exactly). No words: true.
bool contains_all_words(std::string_view text, const std::vector<std::string>& words);

// The FAQ entries whose question or answer contains all of `words`, in their order.
std::vector<FaqEntry> faq_matching(const std::vector<FaqEntry>& faq, const std::vector<std::string>& words);

}  // namespace career
