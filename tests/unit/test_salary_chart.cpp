#include <doctest/doctest.h>

#include <string>

#include "render/salary_chart.hpp"
#include "render/sink.hpp"
#include "render/text_wrap.hpp"

using namespace career;

namespace {

SalaryBand ir_band() {
    SalaryBand band;
    band.country = "US";
    band.currency = "USD";
    band.minimum = 350000;
    band.maximum = 600000;
    band.median = band.mid = 475000;
    band.entry = 387500;
    band.senior = 562500;
    band.top_10_percent = 600000;
    return band;
}

}  // namespace

TEST_CASE("salary_marks: ascending, the mid folded into an equal median") {
    const auto marks = salary_marks(ir_band());
    REQUIRE(marks.size() == 4u);
    CHECK(std::string{marks[0].letter, marks[1].letter, marks[2].letter, marks[3].letter} == "EMST");
    CHECK(marks[1].label == "Median (Mid-Level)");

    SalaryBand band = ir_band();
    band.mid = 480000;
    const auto split = salary_marks(band);
    REQUIRE(split.size() == 5u);
    CHECK(split[2].letter == 'm');
    CHECK(split[2].amount == 480000);
}

TEST_CASE("salary_bar: the range as a line, the marks to scale") {
    const std::string bar = salary_bar(ir_band(), 350000, 600000, 11);  // $25,000 a column
    CHECK(bar == "├─E──M───ST");  // 387,500 at 1.5 and 562,500 at 8.5 round up
    CHECK(display_width(bar) == 11u);
}

TEST_CASE("salary_bar: marks on one column are nudged apart, in order") {
    SalaryBand band = ir_band();
    band.entry = 351000;  // same column as the minimum and as each other at this width
    band.median = band.mid = 352000;
    band.senior = 353000;
    const std::string bar = salary_bar(band, 350000, 600000, 11);
    CHECK(bar == "EMS───────T");
}

TEST_CASE("salary_bar: a band on a wider common scale starts where its minimum falls") {
    SalaryBand band;
    band.currency = "USD";
    band.minimum = 100;
    band.maximum = 200;
    band.median = 150;
    CHECK(salary_bar(band, 0, 200, 5) == "  ├M┤");
}

TEST_CASE("render_salary: a career without a salary says so and draws nothing") {
    Career c;
    c.title = "Bare";
    StringSink out;
    render_salary(c, Style{}, out);
    CHECK(out.text().find("Salary: not given for this career.") != std::string::npos);
    CHECK(out.text().find("├") == std::string::npos);
    CHECK(out.text().find("$0") == std::string::npos);
}

namespace {

Career occupation() {
    Career c;
    c.id = "software-developers";
    c.kind = CareerKind::occupation;
    c.soc = "15-1252";
    c.title = "Software Developers";
    Wages& w = c.wages.emplace();
    w.source = "oews-2024";
    w.annual.p10 = Wage{100, false};
    w.annual.p25 = Wage{125, false};
    w.annual.median = Wage{150, false};
    w.annual.p75 = Wage{175, false};
    w.annual.p90 = Wage{200, false};
    return c;
}

}  // namespace

TEST_CASE("wage_bar: the 10th to the 90th percentile, the middle half heavier, the median marked") {
    const Career c = occupation();
    CHECK(wage_bar(c.wages->annual, 0, 200, 9) == "    ├━M━┤");  // 25 a column
    CHECK(wage_bar(c.wages->annual, 100, 200, 5) == "├━M━┤");
}

TEST_CASE("wage_bar: a wage at the top code goes on beyond it, never drawn as zero") {
    Career c = occupation();
    c.wages->annual.p90 = Wage{200, true};
    // The last column is kept for the arrow: 100..200 on four columns, then '→'.
    CHECK(wage_bar(c.wages->annual, 100, 200, 5) == "├━M┤→");
}

TEST_CASE("render_salary: an occupation's percentiles with their source, a top code as \"or more\"") {
    Career c = occupation();
    c.wages->annual.p90 = Wage{239200, true};
    c.wages->history = {WageYear{2023, Wage{140, false}, "oews-2023"}, WageYear{2024, Wage{150, false}, "oews-2024"}};
    StringSink out;
    render_salary(c, Style{}, out);
    const std::string text = out.text();
    CHECK(text.find("Annual Wages (US, USD; BLS OEWS, May 2024)") != std::string::npos);
    CHECK(text.find("┤  90th percentile  $239,200 or more\n") != std::string::npos);
    CHECK(text.find("→  Beyond") != std::string::npos);
    CHECK(text.find("Median Annual Wage by Year") != std::string::npos);
    CHECK(text.find("Source: BLS OEWS, May 2023 to May 2024") != std::string::npos);
    CHECK(text.find("$0") == std::string::npos);
}
