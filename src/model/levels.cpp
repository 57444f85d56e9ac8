#include "model/levels.hpp"

#include <array>

namespace career {
namespace {

constexpr std::array<std::string_view, 4> kLevelWords{"low", "moderate", "high", "very-high"};
constexpr std::array<std::string_view, 4> kLevelLabels{"Low", "Moderate", "High", "Very High"};
constexpr std::array<std::string_view, 5> kBalanceWords{"poor", "challenging", "fair", "good",
                                                        "excellent"};
constexpr std::array<std::string_view, 5> kBalanceLabels{"Poor", "Challenging", "Fair", "Good",
                                                         "Excellent"};

template <typename Enum, std::size_t N>
std::optional<Enum> find_word(const std::array<std::string_view, N>& words, std::string_view word) {
    for (std::size_t i = 0; i < N; ++i)
        if (words[i] == word) return static_cast<Enum>(i);
    return std::nullopt;
}

}  // namespace

std::span<const std::string_view> level_words() { return kLevelWords; }
std::span<const std::string_view> balance_words() { return kBalanceWords; }

std::optional<Level> level_from_word(std::string_view word) {
    return find_word<Level>(kLevelWords, word);
}
std::optional<Balance> balance_from_word(std::string_view word) {
    return find_word<Balance>(kBalanceWords, word);
}

std::string_view word_of(Level level) { return kLevelWords[static_cast<std::size_t>(level)]; }
std::string_view word_of(Balance balance) { return kBalanceWords[static_cast<std::size_t>(balance)]; }
std::string_view label_of(Level level) { return kLevelLabels[static_cast<std::size_t>(level)]; }
std::string_view label_of(Balance balance) {
    return kBalanceLabels[static_cast<std::size_t>(balance)];
}

}  // namespace career
