// The words of `career search` (model/words.hpp): how text is cut into words, the terms they are
// found by, and which terms a query word matches.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/words.hpp"

using namespace career;

namespace {

struct Position {
    std::string term;
    std::uint32_t position;
    friend bool operator==(const Position&, const Position&) = default;
};

std::vector<Position> positions_of(std::string_view text) {
    std::vector<Position> out;
    WordReader words(text);
    for (Word word; words.next(word);) out.push_back({term_of(word, word.dotted), word.position});
    return out;
}

}  // namespace

TEST_CASE("words: runs of letters and digits; C++, C# and .NET are words of their own") {
    CHECK(terms_of("C++, C# and .NET (ASP.NET) for USMLE/.html") ==
          std::vector<std::string>{"c++", "c#", "and", ".net", "asp", ".net", "for", "usmle", ".html"});
    CHECK(terms_of("4.5 years; 5+ years; a+b; C+++; F#9; Notepad++") ==
          std::vector<std::string>{"4", "5", "years", "5", "years", "a", "b", "c", "f", "9", "notepad++"});
    // Beyond ASCII: letters stay in the word, punctuation separates; only ASCII folds.
    CHECK(terms_of("Ünïcode pay\u2014and “quoted” don\u2019t caf\u00e9\u00b7bar") ==
          std::vector<std::string>{"Ünïcode", "pay", "and", "quoted", "don", "t", "café", "bar"});
    CHECK(terms_of("full-time e-mail") == std::vector<std::string>{"full", "time", "e", "mail"});
    CHECK(terms_of(" \n--- ").empty());
    // A byte that is no UTF-8 stays in its word: text is never cut inside what cannot be read.
    CHECK(terms_of("a\xff" "b c") == std::vector<std::string>{"a\xff" "b", "c"});
}

TEST_CASE("words: positions count on, one more at a line break, so a phrase keeps to one item") {
    CHECK(positions_of("Oversee radiation\nsafety rules") ==
          std::vector<Position>{{"oversee", 0}, {"radiation", 1}, {"safety", 3}, {"rules", 4}});
    CHECK(positions_of("\n\nfirst, second") == std::vector<Position>{{"first", 0}, {"second", 1}});
    WordReader words("x ASP.NET");
    Word word;
    REQUIRE(words.next(word));
    CHECK_FALSE(word.dotted);
    REQUIRE(words.next(word));
    REQUIRE(words.next(word));
    CHECK(word.text == "NET");
    CHECK(word.offset == 6);
    CHECK(word.dotted);
    CHECK(term_of(word, false) == "net");
}

TEST_CASE("words: a query word matches a term it is or begins, never one it is inside of") {
    CHECK(term_matches("radiolog", "radiologist"));
    CHECK(term_matches("ml", "ml"));
    CHECK_FALSE(term_matches("ml", "usmle"));
    CHECK_FALSE(term_matches("ml", ".html"));
    CHECK_FALSE(term_matches("", "anything"));
    CHECK(term_matches("c", "c++"));
    CHECK_FALSE(term_matches("c++", "c"));
}
