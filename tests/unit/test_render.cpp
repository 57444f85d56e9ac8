// render_career_text and render_list_*: what `career show` and `career list` print.
#include <doctest/doctest.h>

#include "test_support.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "render/career_list.hpp"
#include "render/records.hpp"
#include "render/career_guide.hpp"
#include "render/section_table.hpp"
#include "render/sink.hpp"
#include "render/style.hpp"
#include "render/text_wrap.hpp"

using namespace career;

namespace {

Career small_career() {
    Career c;
    c.id = "test-career";
    c.title = "Test Career";
    c.aliases = {"TC"};
    c.summary =
        "A test career exists so that the renderer has something to print. It has a summary long "
        "enough to wrap at forty columns.\n\nAnd a second paragraph.";
    c.remote_friendly = true;
    c.remote_friendly_source = "survey";
    SalaryBand band;
    band.country = "US";
    band.currency = "USD";
    band.minimum = 350000;
    band.maximum = 600000;
    band.median = 475000;
    band.top_10_percent = 600000;
    band.source = "survey";
    band.basis = "a survey's band";
    c.salary = band;
    c.market_demand = MarketDemand{Level::very_high, "Demand is high."};
    c.day = {DayBlock{"Morning", TimeOfDay{7 * 60}, TimeOfDay{11 * 60}, "Planning", {"Plan the day"}}};
    c.pros = {"Good pay"};
    c.cons = {"Long hours"};
    c.job_outlook.growth_percent = 8;
    c.job_outlook.basis = "as the survey states it";
    c.job_outlook.source = "survey";
    c.faq = {FaqEntry{"Is it hard?", "Yes, quite."}};
    c.source_records = {SourceRecord{"survey", "A survey of test careers", "", "2025", "", "", ""}};
    return c;
}

// Whitespace collapsed, so that a test can look for a sentence however it was wrapped.
std::string one_line(std::string_view text) {
    std::string out;
    bool space = false;
    for (char ch : text) {
        if (ch == ' ' || ch == '\n') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += ch;
    }
    return out;
}

std::string render(const Career& c, const std::vector<Section>& only = {}, Style style = {}) {
    StringSink sink;
    render_career_text(c, only, style, sink);
    return sink.text();
}

}  // namespace

TEST_SUITE("render") {

TEST_CASE("sections come in the guide's order, and those without data are left out") {
    const std::string out = render(small_career());
    const std::vector<std::string_view> in_order{
        "Test Career\n===========\n",
        "Also known as: TC",
        "Market Demand\n-------------\n",
        "Annual Salary (US, USD)",
        "A Day in the Life",
        "Pros & Cons for Test Career",
        "Job Outlook & Related Roles",
        "Frequently Asked Questions",
        "Sources & References",
    };
    std::size_t previous = 0;
    for (std::string_view heading : in_order) {
        CAPTURE(heading);
        const std::size_t at = out.find(heading);
        REQUIRE(at != std::string::npos);
        CHECK(at >= previous);
        previous = at;
    }
    CHECK(out.starts_with("Test Career\n"));
    CHECK_FALSE(contains(out, "Career Path Tiers"));
    CHECK_FALSE(contains(out, "Work-Life Balance"));
    CHECK_FALSE(contains(out, "Not given for this career."));
}

TEST_CASE("the figures read as prose") {
    const std::string out = render(small_career());
    CHECK(contains(one_line(out), "8% growth rate (as the survey states it, no period given) · $475,000 median "
                                  "salary (a survey's band, year not given) · remote-friendly (tagged so by A "
                                  "survey of test careers)"));
    // Values aligned one column after the longest label.
    CHECK(contains(out, "Range:        $350,000–$600,000\n"));
    CHECK(contains(out, "Median:       $475,000\n"));
    CHECK(contains(out, "Top 10%:      $600,000+\n"));
    CHECK(contains(out, "Demand: Very High"));
    CHECK(contains(out, "Morning (7:00 AM – 11:00 AM)"));
    CHECK(contains(out, "  • Good pay\n"));
    CHECK(contains(out, "Growth Rate: 8%, as the survey states it, no period given\n"));
    // What the source does not give says so where a user looks.
    CHECK(contains(out, "Entry-Level:  not given\n"));
    CHECK(contains(out, "Basis: a survey's band, year not given\n"));
    CHECK(contains(out, "Source: A survey of test careers, 2025\n"));
}

TEST_CASE("prose, lists and labelled values wrap to the style's width") {
    Career c;
    c.id = "wordy";
    c.title = "Wordy Career";
    c.summary = small_career().summary;
    c.pros = {"An item long enough that it has to wrap onto a second line at forty columns."};
    c.role.core_functions = "Core functions written out at some length so that they must wrap.";
    c.job_outlook.status = "A status long enough to wrap under its own label at forty columns.";
    c.faq = {FaqEntry{"Short?", "An answer that goes on and on, well past forty columns."}};
    Style style;
    style.width = 40;
    const std::string out = render(c, {}, style);
    const auto lines = lines_of(out);
    CHECK(lines.size() > 20u);
    for (std::string_view line : lines) {
        CAPTURE(line);
        CHECK(display_width(line) <= 40u);
    }
    CHECK(contains(out, "\n\nAnd a second paragraph.\n"));  // paragraphs stay apart
    CHECK(contains(out, "  • An item long enough that it has to\n    wrap"));  // hanging indent
}

TEST_CASE("every line of the guide fits the style's width, down to 20 columns") {
    // Headline figures, headings, subheadings and the training table as well as prose.
    Career c = small_career();
    c.title = "Interventional Radiology Director or Section Chief";
    c.education.stages = {EducationStage{"Interventional radiology fellowship", {1, 2}, "Detail."},
                          EducationStage{"Undergraduate degree", {4, 4}, ""}};
    c.tiers = {Tier{"Interventional Radiology Director or Section Chief", YearRange{15, std::nullopt},
                    "Leads the service.", ""}};
    c.faq.push_back(FaqEntry{
        "What is the difference between diagnostic radiology and interventional radiology?",
        "One diagnoses, the other treats."});
    c.case_studies = {CaseStudy{"Pioneering Uterine Fibroid Embolization in a Community Hospital",
                                "A story.", "A takeaway that is long enough to wrap."}};
    c.job_outlook.related_roles = {"diagnostic-radiologist"};
    for (std::size_t width : {20u, 40u, 80u}) {
        CAPTURE(width);
        Style style;
        style.width = width;
        const std::string out = render(c, {}, style);
        for (std::string_view line : lines_of(out)) {
            CAPTURE(line);
            // Only a word that cannot be broken (here a career's id) may stand wider, alone behind
            // its indent or bullet.
            if (display_width(line) > width) {
                std::string_view word = line.substr(line.find_first_not_of(' '));
                if (word.starts_with("• ")) word.remove_prefix(std::string_view("• ").size());
                CHECK(word.find(' ') == std::string_view::npos);
                CHECK(contains(word, "diagnostic-radiologist"));
            }
        }
    }
}

TEST_CASE("--section: only the sections asked for, in the guide's order") {
    SUBCASE("salary alone") {
        const std::string out = render(small_career(), {Section::salary});
        CHECK(contains(out, "Annual Salary"));
        CHECK(contains(out, "$475,000"));
        CHECK_FALSE(contains(out, "Frequently Asked Questions"));
        CHECK_FALSE(contains(out, "Test Career\n==="));
        CHECK_FALSE(contains(out, "Sources & References"));
        CHECK(out.starts_with("Annual Salary (US, USD)\n"));
    }
    SUBCASE("two sections asked out of order come in the guide's order") {
        const std::string out = render(small_career(), {Section::faq, Section::salary});
        const std::size_t salary = out.find("Annual Salary"), faq = out.find("Frequently Asked");
        REQUIRE(salary != std::string::npos);
        REQUIRE(faq != std::string::npos);
        CHECK(salary < faq);
        CHECK_FALSE(contains(out, "Pros & Cons"));
    }
    SUBCASE("summary") {
        const std::string out = render(small_career(), {Section::summary});
        CHECK(out.starts_with("Test Career\n===========\n"));
        CHECK_FALSE(contains(out, "Annual Salary"));
    }
}

TEST_CASE("a section asked for by name without data says so") {
    const std::string out = render(small_career(), {Section::tiers});
    CHECK(contains(out, "Not given for this career."));
    CHECK(contains(out, "Career path tiers with their years of experience\n"));
    CHECK_FALSE(contains(out, "Annual Salary"));

    Career no_salary = small_career();
    no_salary.salary.reset();
    const std::string salary = render(no_salary, {Section::salary});
    CHECK(contains(salary, "Not given for this career."));
    CHECK(render(no_salary).find("Annual Salary") == std::string::npos);
}

TEST_CASE("colour: none without it, ANSI escapes with it") {
    Style plain;
    plain.color = false;
    const std::string without = render(small_career(), {}, plain);
    CHECK_FALSE(without.empty());
    CHECK(without.find('\x1b') == std::string::npos);

    Style colored;
    colored.color = true;
    const std::string with = render(small_career(), {}, colored);
    CHECK(contains(with, "\x1b["));
    CHECK(contains(with, "\x1b[1;36mTest Career\x1b[0m"));     // the title
    CHECK(contains(with, "\x1b[1;34mMarket Demand\x1b[0m"));   // a heading
    CHECK(contains(with, "\x1b[1mDemand:\x1b[0m Very High"));  // a bold label
}

TEST_CASE("list as TSV: a header, a row per career, empty fields for absent figures") {
    Career with_figures = small_career();
    Career bare;
    bare.id = "bare";
    bare.title = "Bare";
    StringSink sink;
    write_tsv(list_records({summarize(bare), summarize(with_figures)}), sink);
    CHECK(sink.text() ==
          "id\ttitle\tmedian_salary\tgrowth_percent\n"
          "bare\tBare\t\t\n"
          "test-career\tTest Career\t475000\t8\n");
}

TEST_CASE("list as TSV: tab, newline and backslash are escaped") {
    Career odd;
    odd.id = "odd";
    odd.title = "Tab\there\nnewline\\backslash";
    StringSink sink;
    write_tsv(list_records({summarize(odd)}), sink);
    CHECK(sink.text() ==
          "id\ttitle\tmedian_salary\tgrowth_percent\n"
          "odd\tTab\\there\\nnewline\\\\backslash\t\t\n");
    // Every row still has exactly four fields.
    for (std::string_view line : lines_of(sink.text())) {
        CAPTURE(line);
        CHECK(std::count(line.begin(), line.end(), '\t') == 3);
    }
}

TEST_CASE("tsv_escape") {
    CHECK(tsv_escape("") == "");
    CHECK(tsv_escape("plain text") == "plain text");
    CHECK(tsv_escape("a\tb") == "a\\tb");
    CHECK(tsv_escape("a\nb") == "a\\nb");
    CHECK(tsv_escape("a\\b") == "a\\\\b");
    CHECK(tsv_escape("a\rb") == "a\\rb");
    CHECK(tsv_escape("\\t") == "\\\\t");  // a literal backslash-t stays distinguishable
    CHECK(tsv_escape("café — 日本") == "café — 日本");
}

TEST_CASE("csv_escape: RFC 4180 quoting") {
    CHECK(csv_escape("plain") == "plain");
    CHECK(csv_escape("a,b") == "\"a,b\"");
    CHECK(csv_escape("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_escape("two\nlines") == "\"two\nlines\"");
}

TEST_CASE("records as CSV and as JSON keep absent cells absent") {
    Records records{{"id", "median"}, {{std::string("a"), std::int64_t{5}}, {std::string("b"), Cell()}}};
    StringSink csv;
    write_csv(records, csv);
    CHECK(csv.text() == "id,median\r\na,5\r\nb,\r\n");
    const toml::array array = records_array(records);
    REQUIRE(array.size() == 2u);
    CHECK(array[0].as_table()->get("median")->value<std::int64_t>() == 5);
    CHECK_FALSE(array[1].as_table()->contains("median"));
}

TEST_CASE("render_list_text: aligned columns, a dash for an absent figure") {
    Career a;
    a.id = "a";
    a.title = "Alpha";
    a.salary = SalaryBand{};
    a.salary->currency = "USD";
    a.salary->median = 475000;
    a.job_outlook.growth_percent = 8;
    Career bb;
    bb.id = "bb";
    bb.title = "B";
    StringSink sink;
    render_list_text({summarize(a), summarize(bb)}, Style{}, sink);
    CHECK(sink.text() ==
          "ID  TITLE  MEDIAN SALARY  GROWTH\n"
          "a   Alpha       $475,000      8%\n"
          "bb  B                  —       —\n");
}

TEST_CASE("sections: names as --section takes them") {
    CHECK(section_from_name("salary") == std::optional<Section>(Section::salary));
    CHECK(section_from_name("core-functions") == std::optional<Section>(Section::core_functions));
    CHECK_FALSE(section_from_name("Salary").has_value());
    CHECK_FALSE(section_from_name("nope").has_value());
    // One entry per Section, in enum (= guide) order.
    const auto all = all_sections();
    REQUIRE(all.size() == kSectionCount);
    for (std::size_t i = 0; i < all.size(); ++i) {
        CAPTURE(all[i].name);
        CHECK(static_cast<std::size_t>(all[i].section) == i);
        CHECK(section_from_name(all[i].name) == std::optional<Section>(all[i].section));
    }
}

}  // TEST_SUITE
