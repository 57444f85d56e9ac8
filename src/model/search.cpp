#include "model/search.hpp"

#include <algorithm>

#include "model/text.hpp"

namespace career {
bool contains_all_words(std::string_view text, const std::vector<std::string>& words) {
    return std::all_of(words.begin(), words.end(),
                       [&](const std::string& word) { return contains_folded(text, word); });
}

std::vector<FaqEntry> faq_matching(const std::vector<FaqEntry>& faq, const std::vector<std::string>& words) {
    std::vector<FaqEntry> found;
    for (const auto& entry : faq)
        if (contains_all_words(entry.question + "\n" + entry.answer, words)) found.push_back(entry);
    return found;
}

}  // namespace career
