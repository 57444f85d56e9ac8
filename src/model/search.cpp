#include "model/search.hpp"

#include <algorithm>

namespace career {
namespace {

char fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string folded(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), fold);
    return out;
}

}  // namespace

bool contains_all_words(std::string_view text, const std::vector<std::string>& words) {
    const std::string haystack = folded(text);
    return std::all_of(words.begin(), words.end(), [&](const std::string& word) {
        return haystack.find(folded(word)) != std::string::npos;
    });
}

std::vector<FaqEntry> faq_matching(const std::vector<FaqEntry>& faq, const std::vector<std::string>& words) {
    std::vector<FaqEntry> found;
    for (const auto& entry : faq)
        if (contains_all_words(entry.question + "\n" + entry.answer, words)) found.push_back(entry);
    return found;
}

}  // namespace career
