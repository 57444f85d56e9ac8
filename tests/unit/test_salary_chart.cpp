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
