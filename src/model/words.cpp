#include "model/words.hpp"

#include "model/text.hpp"

namespace career {
namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

struct CharClass {
    bool word;
    std::size_t length;  // in bytes
};

// What the character at `at` is: part of a word or not, and how many bytes it takes. A byte that
// starts no well-formed UTF-8 sequence counts as a letter of one byte: text is never split inside
// a character it cannot read.
CharClass char_at(std::string_view text, std::size_t at) {
    const auto lead = static_cast<unsigned char>(text[at]);
    if (lead < 0x80) return {is_ascii_letter(text[at]) || is_ascii_digit(text[at]), 1};
    std::size_t length = 0;
    char32_t code = 0;
    if ((lead & 0xE0) == 0xC0) length = 2, code = lead & 0x1F;
    else if ((lead & 0xF0) == 0xE0) length = 3, code = lead & 0x0F;
    else if ((lead & 0xF8) == 0xF0) length = 4, code = lead & 0x07;
    else return {true, 1};
    if (at + length > text.size()) return {true, 1};
    for (std::size_t k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[at + k]);
        if ((next & 0xC0) != 0x80) return {true, 1};
        code = (code << 6) | (next & 0x3F);
    }
    const bool punctuation = (code >= 0x80 && code <= 0xBF) || code == 0xD7 || code == 0xF7 ||
                             (code >= 0x2000 && code <= 0x2BFF) || (code >= 0x3000 && code <= 0x303F);
    return {!punctuation, length};
}

bool word_at(std::string_view text, std::size_t at) { return at < text.size() && char_at(text, at).word; }

// How many bytes of "#" or "+" after a word ending at `end` belong to it ("C++", "C#"), if any.
std::size_t symbol_suffix(std::string_view text, std::size_t end) {
    if (end == 0 || end >= text.size() || !is_ascii_letter(text[end - 1])) return 0;
    std::size_t length = 0;
    if (text[end] == '#') {
        length = 1;
    } else {
        while (end + length < text.size() && text[end + length] == '+') ++length;
        if (length > 2) return 0;
    }
    const std::size_t after = end + length;
    if (after < text.size() && (text[after] == '#' || text[after] == '+' || word_at(text, after))) return 0;
    return length;
}

}  // namespace

bool WordReader::next(Word& word) {
    bool new_line = false;
    while (at_ < text_.size()) {
        const CharClass c = char_at(text_, at_);
        if (c.word) break;
        new_line = new_line || text_[at_] == '\n';
        at_ += c.length;
    }
    if (at_ >= text_.size()) return false;
    const std::size_t start = at_;
    while (at_ < text_.size()) {
        const CharClass c = char_at(text_, at_);
        if (!c.word) break;
        at_ += c.length;
    }
    at_ += symbol_suffix(text_, at_);
    if (started_) position_ += new_line ? 2 : 1;
    started_ = true;
    word.text = text_.substr(start, at_ - start);
    word.offset = start;
    word.position = position_;
    word.dotted = start > 0 && text_[start - 1] == '.' && !(start > 1 && is_ascii_digit(text_[start - 2]));
    return true;
}

void append_term(const Word& word, bool dotted, std::string& out) {
    if (dotted) out += '.';
    for (char c : word.text) out += fold(c);
}

std::string term_of(const Word& word, bool dotted) {
    std::string term;
    append_term(word, dotted, term);
    return term;
}

std::vector<std::string> terms_of(std::string_view text) {
    std::vector<std::string> terms;
    WordReader words(text);
    for (Word word; words.next(word);) terms.push_back(term_of(word, word.dotted));
    return terms;
}

}  // namespace career
