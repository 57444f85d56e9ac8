// The model: year ranges, training years, headline figures and the fixed vocabularies.
#include <doctest/doctest.h>

#include <optional>
#include <string_view>

#include "model/career.hpp"
#include "model/levels.hpp"

using namespace career;

namespace {

EducationStage stage(std::string name, YearRange years) { return {std::move(name), years, ""}; }

}  // namespace

TEST_SUITE("model") {

TEST_CASE("YearRange: fixed, open-ended, sums") {
    CHECK(YearRange{4, 4}.fixed());
    CHECK_FALSE(YearRange{4, 4}.open_ended());
    CHECK_FALSE(YearRange{1, 2}.fixed());
    CHECK(YearRange{15, std::nullopt}.open_ended());
    CHECK_FALSE(YearRange{15, std::nullopt}.fixed());
    CHECK(YearRange{4, 4} + YearRange{1, 2} == YearRange{5, 6});
    CHECK(YearRange{4, 4} + YearRange{1, std::nullopt} == YearRange{5, std::nullopt});
    CHECK(YearRange{1, std::nullopt} + YearRange{4, 4} == YearRange{5, std::nullopt});
    CHECK_FALSE(YearRange{1, 2} == YearRange{1, std::nullopt});
}

TEST_CASE("training_years sums the stages") {
    Education e;
    e.stages = {stage("College", {4, 4}), stage("Medical school", {4, 4}),
                stage("Residency", {4, 4}), stage("Fellowship", {1, 2})};
    CHECK(training_years(e) == std::optional<YearRange>(YearRange{13, 14}));
}

TEST_CASE("training_years: an open-ended stage makes the total open-ended") {
    Education e;
    e.stages = {stage("College", {4, 4}), stage("Practice", {2, std::nullopt}),
                stage("Fellowship", {1, 2})};
    const auto total = training_years(e);
    REQUIRE(total.has_value());
    CHECK(total->min == 7);
    CHECK(total->open_ended());
}

TEST_CASE("training_years: one stage, and no stages") {
    Education one;
    one.stages = {stage("Bootcamp", {0, 1})};
    CHECK(training_years(one) == std::optional<YearRange>(YearRange{0, 1}));
    CHECK_FALSE(training_years(Education{}).has_value());
}

TEST_CASE("headline figures") {
    Career c;
    CHECK_FALSE(median_salary(c).has_value());
    CHECK_FALSE(growth_percent(c).has_value());
    c.salary = SalaryBand{};
    CHECK_FALSE(median_salary(c).has_value());
    c.salary->median = 475000;
    c.job_outlook.growth_percent = -2;
    CHECK(median_salary(c) == std::optional<Money>(475000));
    CHECK(growth_percent(c) == std::optional<int>(-2));
}

TEST_CASE("TimeOfDay") {
    const TimeOfDay t{15 * 60 + 30};
    CHECK(t.hour() == 15);
    CHECK(t.minute() == 30);
    CHECK(TimeOfDay{7 * 60} < TimeOfDay{11 * 60});
}

TEST_CASE("levels: words, labels and their order") {
    CHECK(level_from_word("very-high") == std::optional<Level>(Level::very_high));
    CHECK(level_from_word("low") == std::optional<Level>(Level::low));
    CHECK(level_from_word("moderate") == std::optional<Level>(Level::moderate));
    CHECK(level_from_word("high") == std::optional<Level>(Level::high));
    CHECK_FALSE(level_from_word("huge").has_value());
    CHECK_FALSE(level_from_word("very high").has_value());
    CHECK_FALSE(level_from_word("High").has_value());  // the words are exact
    CHECK_FALSE(level_from_word("").has_value());

    CHECK(label_of(Level::very_high) == "Very High");
    CHECK(label_of(Level::low) == "Low");
    CHECK(word_of(Level::very_high) == "very-high");

    REQUIRE(level_words().size() == 4u);
    CHECK(level_words()[0] == "low");
    CHECK(level_words()[3] == "very-high");
    for (std::string_view word : level_words()) {
        CAPTURE(word);
        const auto level = level_from_word(word);
        REQUIRE(level.has_value());
        CHECK(word_of(*level) == word);
    }
}

TEST_CASE("balance: words, labels and their order") {
    CHECK(balance_from_word("challenging") == std::optional<Balance>(Balance::challenging));
    CHECK(balance_from_word("excellent") == std::optional<Balance>(Balance::excellent));
    CHECK_FALSE(balance_from_word("meh").has_value());
    CHECK(label_of(Balance::challenging) == "Challenging");
    CHECK(label_of(Balance::poor) == "Poor");
    CHECK(word_of(Balance::good) == "good");
    REQUIRE(balance_words().size() == 5u);
    CHECK(balance_words()[0] == "poor");
    CHECK(balance_words()[4] == "excellent");
    for (std::string_view word : balance_words()) {
        CAPTURE(word);
        const auto balance = balance_from_word(word);
        REQUIRE(balance.has_value());
        CHECK(word_of(*balance) == word);
    }
}

}  // TEST_SUITE
