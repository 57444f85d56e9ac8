#pragma once
// Words, as `career search` sees them: the one tokenizer that both the search index (load/
// search_index.hpp) and a query go through, so that a word is cut the same way on both sides.
//
// A word is a run of letters and digits: ASCII letters and digits, and any character beyond ASCII
// but the punctuation and symbols (U+0080–U+00BF, × and ÷, U+2000–U+2BFF: dashes, quotes, "…", "·",
// arrows; U+3000–U+303F), so "Ünïcode" is one word and "pay—and" two. Everything else separates
// words: spaces, punctuation, "-", "/", "'", ".". Three exceptions make the names of languages and
// platforms searchable:
//   - one "#", or one or two "+", right after a word that ends in a letter belong to it when no
//     letter or digit follows: "C++", "C#", "F#", "Notepad++", "A+" are words of their own ("C" is
//     not "C++"); "5+ years" is "5" and "years", "a+b" is "a" and "b";
//   - a word right after a "." that does not follow a digit is `dotted`: ".NET", ".html", the "NET"
//     of "ASP.NET". The index holds it both as "net" and as ".net", so "net" finds ".NET" and
//     ".NET" finds only the dotted ones; "4.5" is "4" and "5".
// Terms are words folded (model/text.hpp: ASCII letters to lower case, all else as it is). A query
// word matches a term it equals or begins ("radiolog" finds "radiologist"), never one it is only
// inside of ("ml" finds neither "USMLE" nor ".html").
//
// Each word has a position: 0, 1, 2, … in its text, where a line break (the end of a list item)
// counts as one more, so a phrase never runs from one item into the next.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace career {

struct Word {
    std::string_view text;       // as written, a view into the text
    std::size_t offset = 0;      // where in the text it starts
    std::uint32_t position = 0;  // see above
    bool dotted = false;         // right after a "." (".NET"): also the term "." + term
};

// The words of a text, one at a time: `while (words.next(word))`.
class WordReader {
public:
    explicit WordReader(std::string_view text) : text_(text) {}
    bool next(Word& word);

private:
    std::string_view text_;
    std::size_t at_ = 0;
    std::uint32_t position_ = 0;
    bool started_ = false;
};

// The term of a word: folded, with a leading "." when `dotted` (".net").
void append_term(const Word& word, bool dotted, std::string& out);
std::string term_of(const Word& word, bool dotted);

// The terms of `text`, in order, each word's dotted form when it is dotted: what a query argument
// asks for (".NET developer" → ".net", "developer").
std::vector<std::string> terms_of(std::string_view text);

// Whether `query_term` matches `term`: equal, or a beginning of it.
constexpr bool term_matches(std::string_view query_term, std::string_view term) {
    return term.starts_with(query_term) && !query_term.empty();
}

}  // namespace career
