// "Did you mean": optimal-string-alignment distance and the nearest candidate.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "load/suggest.hpp"

using namespace career;

TEST_SUITE("suggest") {

TEST_CASE("edit_distance") {
    CHECK(edit_distance("", "") == 0u);
    CHECK(edit_distance("show", "show") == 0u);
    CHECK(edit_distance("", "abc") == 3u);
    CHECK(edit_distance("abc", "") == 3u);
    CHECK(edit_distance("kitten", "sitting") == 3u);
    CHECK(edit_distance("salery", "salary") == 1u);  // substitution
    CHECK(edit_distance("medain", "median") == 1u);  // transposition
    CHECK(edit_distance("shwo", "show") == 1u);      // a swap of neighbours is one edit
    CHECK(edit_distance("ab", "ba") == 1u);
    CHECK(edit_distance("sow", "show") == 1u);       // insertion
    CHECK(edit_distance("shows", "show") == 1u);     // deletion
    CHECK(edit_distance("ca", "abc") == 3u);         // OSA, not full Damerau: no edit of a swap
    CHECK(edit_distance("abcdef", "badcfe") == 3u);  // three separate swaps
}

TEST_CASE("edit_distance folds ASCII case") {
    CHECK(edit_distance("SHOW", "show") == 0u);
    CHECK(edit_distance("Salary", "sALARY") == 0u);
    CHECK(edit_distance("SHWO", "show") == 1u);
    CHECK(edit_distance("IR", "ir") == 0u);
}

TEST_CASE("edit_distance is symmetric") {
    const std::vector<std::string> words{"show", "shwo", "salary", "salery", "", "kitten",
                                         "sitting", "ca", "abc"};
    for (const auto& a : words)
        for (const auto& b : words) {
            CAPTURE(a);
            CAPTURE(b);
            CHECK(edit_distance(a, b) == edit_distance(b, a));
        }
}

TEST_CASE("closest_match: the nearest candidate, keeping its spelling") {
    const std::vector<std::string> keys{"title", "summary", "salary", "aliases"};
    CHECK(closest_match("salery", keys) == std::optional<std::string>("salary"));
    CHECK(closest_match("SALERY", keys) == std::optional<std::string>("salary"));
    CHECK(closest_match("titel", keys) == std::optional<std::string>("title"));
    CHECK(closest_match("summary", keys) == std::optional<std::string>("summary"));

    const std::vector<std::string> names{"interventional-radiologist", "Interventional Radiologist",
                                         "IR"};
    CHECK(closest_match("Interventional Radiolgist", names) ==
          std::optional<std::string>("Interventional Radiologist"));
    CHECK(closest_match("ri", names) == std::optional<std::string>("IR"));
}

TEST_CASE("closest_match: the first of equally near candidates") {
    const std::vector<std::string> candidates{"bat", "hat"};
    CHECK(closest_match("cat", candidates) == std::optional<std::string>("bat"));
}

TEST_CASE("closest_match: nullopt when nothing is close") {
    const std::vector<std::string> keys{"title", "summary", "salary"};
    CHECK_FALSE(closest_match("zzzzzzzz", keys).has_value());
    CHECK_FALSE(closest_match("underwater basket weaver", keys).has_value());
    CHECK_FALSE(closest_match("salary", std::vector<std::string>{}).has_value());
    // Within a third of the word's length, at least 2: "sxlxry" is 2 edits from "salary" ...
    CHECK(closest_match("sxlxry", keys) == std::optional<std::string>("salary"));
    // ... "sxxxry" is 3, more than max(2, 6 / 3).
    CHECK_FALSE(closest_match("sxxxry", keys).has_value());
    // A 12-letter word may be 4 edits away, not 5.
    const std::vector<std::string> long_word{"abcdefghijkl"};
    CHECK(closest_match("xxxxefghijkl", long_word).has_value());
    CHECK_FALSE(closest_match("xxxxxfghijkl", long_word).has_value());
}

}  // TEST_SUITE
