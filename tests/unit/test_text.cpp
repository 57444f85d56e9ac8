// text_wrap and formatting: terminal widths, wrapping that never splits a character, and how
// figures read.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "render/formatting.hpp"
#include "render/text_wrap.hpp"
#include "test_support.hpp"

using namespace career;

namespace {

// Strict UTF-8: no stray continuation bytes, no truncated sequences, no overlong forms, no
// surrogates, nothing above U+10FFFF.
bool valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        std::size_t n;
        char32_t cp, min;
        if (b0 < 0x80) {
            ++i;
            continue;
        } else if ((b0 & 0xE0) == 0xC0) {
            n = 2, cp = b0 & 0x1F, min = 0x80;
        } else if ((b0 & 0xF0) == 0xE0) {
            n = 3, cp = b0 & 0x0F, min = 0x800;
        } else if ((b0 & 0xF8) == 0xF0) {
            n = 4, cp = b0 & 0x07, min = 0x10000;
        } else {
            return false;
        }
        if (i + n > s.size()) return false;
        for (std::size_t k = 1; k < n; ++k) {
            const auto b = static_cast<unsigned char>(s[i + k]);
            if ((b & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (b & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += n;
    }
    return true;
}

std::string without_spaces(std::string_view s) {
    std::string out;
    for (char c : s)
        if (c != ' ' && c != '\n' && c != '\t') out += c;
    return out;
}

std::string concat(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += l;
    return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_SUITE("text_wrap") {

TEST_CASE("the UTF-8 checker itself") {
    CHECK(valid_utf8(""));
    CHECK(valid_utf8("plain"));
    CHECK(valid_utf8("caf\xc3\xa9 \xe2\x80\x94 \xe6\x97\xa5 \xf0\x9f\x98\x80"));
    CHECK_FALSE(valid_utf8("\xc3"));              // truncated
    CHECK_FALSE(valid_utf8("\xe2\x80"));          // truncated
    CHECK_FALSE(valid_utf8("\x80"));              // stray continuation
    CHECK_FALSE(valid_utf8("\xc0\xaf"));          // overlong
    CHECK_FALSE(valid_utf8("\xed\xa0\x80"));      // surrogate
    CHECK_FALSE(valid_utf8("\xf4\x90\x80\x80"));  // above U+10FFFF
    CHECK_FALSE(valid_utf8("\xff"));
}

TEST_CASE("display_width") {
    CHECK(display_width("") == 0u);
    CHECK(display_width("hello world") == 11u);
    CHECK(display_width("—") == 1u);             // U+2014 em dash
    CHECK(display_width("–") == 1u);             // U+2013 en dash
    CHECK(display_width("é") == 1u);             // precomposed U+00E9
    CHECK(display_width("e\u0301") == 1u);       // e + combining acute
    CHECK(display_width("café") == 4u);
    CHECK(display_width("日本語") == 6u);         // CJK ideographs are wide
    CHECK(display_width("한국어") == 6u);         // Hangul syllables are wide
    CHECK(display_width("Ａ") == 2u);            // fullwidth A
    CHECK(display_width("😀") == 2u);            // U+1F600
    CHECK(display_width("🧠") == 2u);            // U+1F9E0
    CHECK(display_width("✅") == 2u);
    CHECK(display_width("a😀b") == 4u);
    CHECK(display_width("a\u200Bb") == 2u);      // zero-width space
    CHECK(display_width("\xff\xfe") == 2u);      // invalid bytes count one each
    CHECK(display_width("\xe6\x97") == 2u);      // a truncated sequence: two bytes, one each
    CHECK(display_width("x\xe6\x97") == 3u);
}

TEST_CASE("display_width: emoji outside U+1F300-1F64F and U+1F900-1F9FF are wide too") {
    // East_Asian_Width=W (Unicode 15) and wcwidth() == 2 on every modern terminal.
    CHECK(display_width("🚀") == 2u);  // U+1F680 ROCKET (Transport and Map Symbols)
    CHECK(display_width("🫠") == 2u);  // U+1FAE0 MELTING FACE (Symbols and Pictographs Ext-A)
    CHECK(display_width("☕") == 2u);  // U+2615 HOT BEVERAGE
    CHECK(display_width("⌚") == 2u);  // U+231A WATCH
}

TEST_CASE("wrap at 20 and 80 columns") {
    const std::string text = "The quick brown fox jumps over the lazy dog";
    CHECK(wrap(text, 20) == Lines{"The quick brown fox", "jumps over the lazy", "dog"});
    CHECK(wrap(text, 80) == Lines{text});
    CHECK(wrap(text, 19) == Lines{"The quick brown fox", "jumps over the lazy", "dog"});
    CHECK(wrap(text, 18) == Lines{"The quick brown", "fox jumps over the", "lazy dog"});
}

TEST_CASE("wrap: spacing") {
    CHECK(wrap("", 20).empty());
    CHECK(wrap("   \n  ", 20).empty());
    CHECK(wrap("a\nb", 20) == Lines{"a b"});           // newlines count as spaces
    CHECK(wrap("  a   b\t\tc  ", 20) == Lines{"a b c"});  // runs of blanks collapse
    CHECK(wrap("exactly twenty chars", 20) == Lines{"exactly twenty chars"});
}

TEST_CASE("wrap: wide characters are counted by columns") {
    // Ten ideographs are 20 columns: they fill a line of 20 exactly.
    const std::string ten = "日本語日本語日本語日";
    CHECK(wrap(ten + " " + ten, 20) == Lines{ten, ten});
    CHECK(wrap("— é — é — é — é — é — é", 20) == Lines{"— é — é — é — é — é", "— é"});
}

TEST_CASE("wrap: a word longer than the width stands whole on a line of its own") {
    CHECK(wrap("abcdefghijklmnopqrstuvwxyz", 10) == Lines{"abcdefghijklmnopqrstuvwxyz"});
    CHECK(wrap("ab abcdefghijklmnopqrstuvwxyz cd", 10) == Lines{"ab", "abcdefghijklmnopqrstuvwxyz", "cd"});
    // A URL is never split, not at its slashes or hyphens either, whether it fits or not.
    const std::string url = "https://www.interviewgrid.com/career/radiologist_career_path_and_overview";
    CHECK(wrap("Source: InterviewGrid, " + url + " (May 2021 pay)", 40) ==
          Lines{"Source: InterviewGrid,", url, "(May 2021 pay)"});
    CHECK(wrap("See https://jobicy.com/careers/nurse-practitioner, a guide.", 45) ==
          Lines{"See", "https://jobicy.com/careers/nurse-practitioner,", "a guide."});
    CHECK(wrap("See https://jobicy.com/careers/nurse-practitioner, a guide.", 50) ==
          Lines{"See https://jobicy.com/careers/nurse-practitioner,", "a guide."});
    // Combining marks and accents are letters like any other: the word stays whole.
    std::string accents;
    for (int i = 0; i < 25; ++i) accents += "é";
    CHECK(wrap(accents, 20) == Lines{accents});
}

TEST_CASE("wrap: text without spaces in wide characters breaks between them") {
    // CJK and emoji are written without spaces; a line breaks between any two of them.
    CHECK(wrap("日本語", 5) == Lines{"日本", "語"});
    CHECK(wrap("😀😀😀", 3) == Lines{"😀", "😀", "😀"});
    CHECK(wrap("日本語日本語", 8) == Lines{"日本語日", "本語"});
}

TEST_CASE("wrap_units: units packed with a separator, never split") {
    const std::vector<std::string> units{"E $387,500", "M $475,000", "S $562,500", "T $600,000+"};
    CHECK(wrap_units(units, " · ", 80) == Lines{"E $387,500 · M $475,000 · S $562,500 · T $600,000+"});
    CHECK(wrap_units(units, " · ", 50) == Lines{"E $387,500 · M $475,000 · S $562,500 · T $600,000+"});
    CHECK(wrap_units(units, " · ", 49) == Lines{"E $387,500 · M $475,000 · S $562,500", "T $600,000+"});
    CHECK(wrap_units(units, " · ", 24) == Lines{"E $387,500 · M $475,000", "S $562,500 · T $600,000+"});
    CHECK(wrap_units(units, " · ", 23) == Lines{"E $387,500 · M $475,000", "S $562,500", "T $600,000+"});
    CHECK(wrap_units(units, " · ", 12) == Lines{"E $387,500", "M $475,000", "S $562,500", "T $600,000+"});
    // Only a unit wider than the whole line is broken, at its spaces.
    CHECK(wrap_units({"Median salary $475,000", "Growth 8%"}, " · ", 20) ==
          Lines{"Median salary", "$475,000 · Growth 8%"});
    CHECK(wrap_units({}, " · ", 10).empty());
}

TEST_CASE("ellipsize: cut to fit with an ellipsis, never inside a character") {
    CHECK(ellipsize("Interventional Radiologist", 80) == "Interventional Radiologist");
    CHECK(ellipsize("Interventional Radiologist", 26) == "Interventional Radiologist");
    CHECK(ellipsize("Interventional Radiologist", 25) == "Interventional Radiologi…");
    CHECK(ellipsize("Interventional Radiologist", 16) == "Interventional…");  // no space before "…"
    CHECK(ellipsize("Interventional Radiologist", 1) == "…");
    CHECK(ellipsize("Interventional Radiologist", 0) == "");
    CHECK(ellipsize("café résumé", 6) == "café…");
    CHECK(ellipsize("日本語日本語", 6) == "日本…");    // 2 + 2 + 1: a third ideograph would not fit
    CHECK(ellipsize("日本語日本語", 7) == "日本語…");
    CHECK(ellipsize("e\u0301e\u0301e\u0301e\u0301", 3) == "e\u0301e\u0301…");  // marks stay with their letter
    for (std::size_t width = 0; width < 30; ++width) {
        CAPTURE(width);
        const std::string cut = ellipsize("Ünïcödé 漢字 😀 Title — with ünïcödé", width);
        CHECK(valid_utf8(cut));
        CHECK(display_width(cut) <= width);
    }
}

TEST_CASE("wrap: multi-byte UTF-8 is never split and no line exceeds the width but for a lone word") {
    const std::vector<std::string> texts{
        "Interventional radiologists — physicians who treat with images — earn a median of "
        "$475,000; café résumé naïve façade.",
        "日本語のテキストは空白なしで長く続くことがあるのでこの行はかなり長くなります",
        "Emoji 😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀 and 🧠🧠🧠 mixed with text ✅✅",
        "e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301"
        "e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301 combining",
        "—————————————————————————————————————————— dashes",
        "한국어텍스트도마찬가지로길게이어질수있습니다 그리고 Ａ Ｂ Ｃ fullwidth",
    };
    for (const auto& text : texts) {
        CAPTURE(text);
        for (std::size_t width : {2u, 3u, 5u, 7u, 10u, 13u, 20u, 33u, 80u}) {
            CAPTURE(width);
            const Lines lines = wrap(text, width);
            CHECK_FALSE(lines.empty());
            for (const auto& line : lines) {
                CAPTURE(line);
                CHECK(valid_utf8(line));
                // Wider only when it is a whole word of the text, which is never broken.
                if (display_width(line) > width) CHECK(contains(" " + text + " ", " " + line + " "));
                CHECK_FALSE(line.empty());
                CHECK(line.front() != ' ');
                CHECK(line.back() != ' ');
            }
            // Nothing is lost or invented: only spaces change.
            CHECK(without_spaces(concat(lines)) == without_spaces(text));
        }
    }
}

TEST_CASE("wrap: a zero-width word at the start of a line is kept") {
    // wrap() starts a new line only when line_width > 0, so a first word of width 0 (here a
    // zero-width space) is overwritten by the next word: render/text_wrap.cpp, wrap().
    CHECK(wrap("\u200B abc", 20) == Lines{"\u200B abc"});
}

TEST_CASE("wrap_indented: prefixes on the first and other lines") {
    CHECK(wrap_indented("alpha beta gamma delta", 16, "- ", "  ") == "- alpha beta\n  gamma delta\n");
    CHECK(wrap_indented("short", 80, "• ", "  ") == "• short\n");
    CHECK(wrap_indented("", 80, "• ", "  ") == "• \n");  // an empty item keeps its bullet
    const std::string out = wrap_indented(
        "one two three four five six seven eight nine ten eleven twelve", 20, "  • ", "    ");
    std::size_t start = 0;
    while (start < out.size()) {
        const std::size_t end = out.find('\n', start);
        REQUIRE(end != std::string::npos);
        CHECK(display_width(std::string_view(out).substr(start, end - start)) <= 20u);
        start = end + 1;
    }
    CHECK(out.starts_with("  • one"));
}

TEST_CASE("paragraphs: split at blank lines, lines joined with spaces") {
    CHECK(paragraphs("").empty());
    CHECK(paragraphs("\n\n  \n").empty());
    CHECK(paragraphs("one") == Lines{"one"});
    CHECK(paragraphs("one\ntwo") == Lines{"one two"});
    CHECK(paragraphs("one\n\ntwo") == Lines{"one", "two"});
    CHECK(paragraphs("\n\none\nline\n\n\n\ntwo\n\n") == Lines{"one line", "two"});
    CHECK(paragraphs("one\n \t \ntwo") == Lines{"one", "two"});  // a line of blanks is blank
    CHECK(paragraphs("First paragraph.\n\nSecond paragraph.") ==
          Lines{"First paragraph.", "Second paragraph."});
}

}  // TEST_SUITE

TEST_SUITE("formatting") {

TEST_CASE("format_money") {
    CHECK(format_money(475000, "USD") == "$475,000");
    CHECK(format_money(0, "USD") == "$0");
    CHECK(format_money(1000, "USD") == "$1,000");
    CHECK(format_money(999, "USD") == "$999");
    CHECK(format_money(1234567, "USD") == "$1,234,567");
    CHECK(format_money(100000, "USD") == "$100,000");
    CHECK(format_money(475000, "CHF") == "475,000 CHF");
    CHECK(format_money(475000, "EUR") == "€475,000");
    CHECK(format_money(475000, "GBP") == "£475,000");
}

TEST_CASE("format_money_range") {
    CHECK(format_money_range(350000, 600000, "USD") == "$350,000–$600,000");
    CHECK(format_money_range(1, 2, "CHF") == "1 CHF–2 CHF");
}

TEST_CASE("format_years") {
    CHECK(format_years({0, 2}) == "0–2 years");
    CHECK(format_years({15, std::nullopt}) == "15+ years");
    CHECK(format_years({4, 4}) == "4 years");
    CHECK(format_years({1, 1}) == "1 year");
    CHECK(format_years({13, 14}) == "13–14 years");
    CHECK(format_years({1, std::nullopt}) == "1+ years");
}

TEST_CASE("format_time") {
    CHECK(format_time(TimeOfDay{7 * 60}) == "7:00 AM");
    CHECK(format_time(TimeOfDay{15 * 60}) == "3:00 PM");
    CHECK(format_time(TimeOfDay{30}) == "12:30 AM");
    CHECK(format_time(TimeOfDay{12 * 60}) == "12:00 PM");
    CHECK(format_time(TimeOfDay{11 * 60 + 5}) == "11:05 AM");
    CHECK(format_time(TimeOfDay{23 * 60 + 59}) == "11:59 PM");
}

TEST_CASE("format_percent") {
    CHECK(format_percent(8) == "8%");
    CHECK(format_percent(0) == "0%");
    CHECK(format_percent(-1) == "\u2212" "1%");
    CHECK(format_percent(-1) == "−1%");
    CHECK(format_percent(-1).find('-') == std::string::npos);  // not a hyphen
}

}  // TEST_SUITE
