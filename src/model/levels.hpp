#pragma once
// The fixed vocabularies of a career file (career(5)): market demand, stress and work-life balance.
#include <optional>
#include <span>
#include <string_view>

namespace career {

enum class Level { low, moderate, high, very_high };                    // demand and stress
enum class Balance { poor, challenging, fair, good, excellent };

// The words as written in a career file ("very-high"), in ascending order.
std::span<const std::string_view> level_words();
std::span<const std::string_view> balance_words();

std::optional<Level> level_from_word(std::string_view word);
std::optional<Balance> balance_from_word(std::string_view word);

std::string_view word_of(Level level);
std::string_view word_of(Balance balance);

// The words as a reader sees them ("Very High").
std::string_view label_of(Level level);
std::string_view label_of(Balance balance);

}  // namespace career
