// render_career_text and render_list_*: what `career show` and `career list` print.
#include <doctest/doctest.h>

#include "test_support.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "render/career_json.hpp"
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
    CHECK_FALSE(contains(out, "Career Ladder"));
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
    CHECK(contains(out, "The career ladder: its tiers with their years of experience\n"));
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
          "id\ttitle\tkind\tsoc\tgroup\tmedian_salary\tmedian_salary_at_least\tsalary_basis\tgrowth_percent\t"
          "growth_basis\topenings\temployment\tentry_education\tjob_zone\thas_guide\n"
          "bare\tBare\tguide\t\t\t\t\t\t\t\t\t\t\t\t\n"
          "test-career\tTest Career\tguide\t\t\t475000\tfalse\ta survey's band, year not given\t8\t"
          "as the survey states it, no period given\t\t\t\t\t\n");
}

TEST_CASE("list as TSV: tab, newline and backslash are escaped") {
    Career odd;
    odd.id = "odd";
    odd.title = "Tab\there\nnewline\\backslash";
    StringSink sink;
    write_tsv(list_records({summarize(odd)}), sink);
    CHECK(lines_of(sink.text())[1] == "odd\tTab\\there\\nnewline\\\\backslash\tguide" + std::string(12, '\t'));
    // Every row still has exactly fifteen fields.
    for (std::string_view line : lines_of(sink.text())) {
        CAPTURE(line);
        CHECK(std::count(line.begin(), line.end(), '\t') == 14);
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

TEST_CASE("render_list_text: aligned columns, a dash for an absent figure, the basis beside the growth") {
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
    Career occupation;
    occupation.id = "software-developers";
    occupation.kind = CareerKind::occupation;
    occupation.soc = "15-1252";
    occupation.title = "Software Developers";
    occupation.wages.emplace().source = "oews-2024";
    occupation.wages->annual.median = Wage{239200, true};
    occupation.projections.emplace().source = "ep-2024-34";
    occupation.projections->change_percent = 15.8;
    std::vector<CareerSummary> careers{summarize(occupation), summarize(a), summarize(bb)};
    careers[0].has_guide = true;
    StringSink sink;
    render_list_text(careers, Style{}, sink);
    CHECK(sink.text() ==
          "SOC      TITLE                KIND         MEDIAN PAY  GROWTH  PERIOD, SOURCE\n"
          "15-1252  Software Developers  occupation+   ≥$239,200   15.8%  2024–34, BLS\n"
          "—        Alpha                guide          $475,000      8%  no period, guide\n"
          "—        B                    guide                 —       —\n"
          "\n"
          "Median pay a year: BLS OEWS, May 2024 for an occupation, the guide's own source\n"
          "for a guide. ≥: the survey's top code, or more.\n"
          "occupation+: an occupation a guide is about; the guide is listed under the same\n"
          "SOC code.\n"
          "Show one with career show SOC-CODE (an occupation) or career show \"TITLE\" (any\n"
          "career).\n");
}

TEST_CASE("list filters: the figures of the Occupational Outlook Handbook's") {
    CareerSummary nurse;
    nurse.kind = CareerKind::occupation;
    nurse.soc = "29-1141";
    nurse.median_salary = 93600;
    nurse.growth_percent = 4.9;
    nurse.openings = 189100;
    nurse.entry_education = "Bachelor's degree";
    nurse.job_zone = 3;
    CareerSummary surgeon = nurse;
    surgeon.soc = "29-1249";
    surgeon.median_salary = 239200;
    surgeon.median_at_least = true;
    surgeon.entry_education = "Doctoral or professional degree";
    CareerSummary guide;
    guide.median_salary = 105000;

    // The filter with one field set, as `--FIELD VALUE` sets it.
#define PASSES(career, field, value) [&] { ListFilter f; f.field = value; return matches(career, f); }()
    CHECK(PASSES(nurse, group, "29"));
    CHECK_FALSE(PASSES(nurse, group, "2"));
    CHECK_FALSE(PASSES(nurse, group, "15"));
    CHECK_FALSE(PASSES(guide, group, "29"));  // no code, no group
    CHECK(PASSES(nurse, education, "BACHELOR"));
    CHECK(PASSES(surgeon, education, "doc prof"));  // words, or their starts, in any order
    CHECK_FALSE(PASSES(surgeon, education, "master"));
    CHECK_FALSE(PASSES(guide, education, "bachelor"));
    CHECK([&] { ListFilter f; f.min_median = 93600; f.max_median = 93600; return matches(nurse, f); }());
    CHECK_FALSE(PASSES(nurse, min_median, 93601));
    CHECK(PASSES(surgeon, min_median, 239200));
    CHECK_FALSE(PASSES(surgeon, max_median, 1000000));  // "$239,200 or more" is within no maximum
    CHECK(PASSES(nurse, min_growth, 4.9));
    CHECK_FALSE(PASSES(nurse, min_growth, 5));
    CHECK(PASSES(nurse, min_openings, 189100));
    CHECK_FALSE(PASSES(guide, min_openings, 0));
    CHECK(PASSES(nurse, job_zone, 3));
    CHECK_FALSE(PASSES(nurse, job_zone, 4));
    CHECK(PASSES(guide, kind, CareerKind::guide));
    CHECK_FALSE(PASSES(nurse, kind, CareerKind::guide));
#undef PASSES
}

TEST_CASE("has_words: whole words or their starts, in any case") {
    CHECK(has_words("Master's degree", "master"));
    CHECK(has_words("High school diploma or equivalent", "high school"));
    CHECK(has_words("Doctoral or professional degree", "DOC"));
    CHECK_FALSE(has_words("Master's degree", "aster"));
    CHECK_FALSE(has_words("Bachelor's degree", "bachelor master"));
    CHECK(has_words("anything", ""));
}

TEST_CASE("sort_summaries: SOC order puts a guide after its occupation; titles in dictionary order") {
    auto summary = [](std::string id, std::string title, std::string soc, CareerKind kind) {
        CareerSummary s;
        s.id = std::move(id);
        s.title = std::move(title);
        s.soc = std::move(soc);
        s.kind = kind;
        return s;
    };
    std::vector<CareerSummary> careers{summary("a-guide", "zebra keeper", "15-1252", CareerKind::guide),
                                       summary("b", "Aardvark", "", CareerKind::guide),
                                       summary("c", "Mid", "15-1252", CareerKind::occupation),
                                       summary("d", "Beta", "11-1011", CareerKind::occupation)};
    auto ids = [&] {
        std::string out;
        for (const auto& c : careers) out += c.id;
        return out;
    };
    sort_summaries(careers, SortKey::soc, false);
    CHECK(ids() == "dca-guideb");
    sort_summaries(careers, SortKey::soc, true);
    CHECK(ids() == "ca-guidedb");  // reversed, and a career without a code still last
    sort_summaries(careers, SortKey::title, false);
    CHECK(ids() == "bdca-guide");  // Aardvark, Beta, Mid, zebra keeper: case does not count
    sort_summaries(careers, SortKey::id, true);
    CHECK(ids() == "dcba-guide");
}

TEST_CASE("link_guides: an occupation a guide names has a guide; the guide takes its group's title") {
    CareerSummary occupation;
    occupation.kind = CareerKind::occupation;
    occupation.soc = "29-1141";
    occupation.group = "Healthcare practitioners and technical occupations";
    CareerSummary other = occupation;
    other.soc = "29-1151";
    CareerSummary guide;
    guide.soc = "29-1141";
    std::vector<CareerSummary> careers{occupation, other, guide};
    link_guides(careers);
    CHECK(careers[0].has_guide);
    CHECK_FALSE(careers[1].has_guide);
    CHECK(careers[2].group == "Healthcare practitioners and technical occupations");
    const auto groups = count_groups(careers);
    REQUIRE(groups.size() == 1u);
    CHECK(groups[0].code == "29");
    CHECK(groups[0].occupations == 2);
    CHECK(groups[0].guides == 1);
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

TEST_CASE("write_json: toml++'s layout and escapes, a fraction in its fewest digits") {
    StringSink sink;
    write_json(toml::table{{"growth_percent", 15.8},
                           {"mean", 144570.0},
                           {"title", "Tab\there \"quoted\" \x01"},
                           {"list", toml::array{1, 2}},
                           {"none", toml::array{}},
                           {"flag", true}},
               sink);
    CHECK(sink.text() ==
          "{\n"
          "    \"flag\" : true,\n"
          "    \"growth_percent\" : 15.8,\n"
          "    \"list\" : [\n"
          "        1,\n"
          "        2\n"
          "    ],\n"
          "    \"mean\" : 144570.0,\n"
          "    \"none\" : [],\n"
          "    \"title\" : \"Tab\\there \\\"quoted\\\" \\u0001\"\n"
          "}\n");
}
