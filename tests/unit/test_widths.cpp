// Fitting the width: `list` shrinks its titles and then turns into blocks, `search` headers and
// `paths` fit without cutting an id or a path, and a salary mark stays beside its amount.
#include <doctest/doctest.h>

#include "test_support.hpp"

#include <string>
#include <vector>

#include "render/career_list.hpp"
#include "render/paths_view.hpp"
#include "render/salary_chart.hpp"
#include "render/search.hpp"
#include "render/sink.hpp"
#include "render/style.hpp"
#include "render/text_wrap.hpp"

using namespace career;

namespace {

std::vector<CareerSummary> widths_summaries() {
    CareerSummary ir;
    ir.id = "interventional-radiologist";
    ir.title = "Interventional Radiologist";
    ir.soc = "29-1224";
    ir.currency = "USD";
    ir.median_salary = 475000;
    ir.growth_percent = 8;
    CareerSummary rn;
    rn.id = "registered-nurses";
    rn.title = "Registered Nurses";
    rn.kind = CareerKind::occupation;
    rn.soc = "29-1141";
    rn.currency = "USD";
    return {ir, rn};
}

std::string widths_render(std::size_t width, auto render) {
    Style style;
    style.width = width;
    StringSink sink;
    render(style, sink);
    return sink.text();
}

std::size_t widest_line(std::string_view text) {
    std::size_t widest = 0;
    for (auto line : lines_of(text)) widest = std::max(widest, display_width(line));
    return widest;
}

}  // namespace

TEST_SUITE("widths") {

TEST_CASE("list: a table when it fits, titles cut with … when that makes it fit, else a block a career") {
    auto list_at = [](std::size_t width) {
        return widths_render(width, [](const Style& s, Sink& out) { render_list_text(widths_summaries(), s, out); });
    };
    const std::string wide = list_at(90);
    CHECK(wide.starts_with("SOC      TITLE                       KIND        MEDIAN PAY  GROWTH  PERIOD, SOURCE\n"));
    CHECK(contains(wide, "29-1224  Interventional Radiologist  guide         $475,000      8%  no period, guide\n"));
    CHECK(contains(wide, "29-1141  Registered Nurses           occupation           —       —\n"));

    const std::string cut = list_at(74);
    CHECK(widest_line(cut) <= 74u);
    CHECK(contains(cut, "29-1224  Interventional…  guide         $475,000      8%  no period, guide\n"));
    CHECK(contains(cut, "29-1141  Registered Nur…  occupation           —       —\n"));

    const std::string blocks = list_at(40);
    CHECK(widest_line(blocks) <= 40u);
    CHECK(blocks.starts_with("29-1224  Interventional Radiologist\n"
                             "  guide · Median pay $475,000\n"
                             "  Growth 8% (no period, guide)\n"
                             "\n"
                             "29-1141  Registered Nurses\n"
                             "  occupation · Median pay — · Growth —\n"
                             "\n"));
}

TEST_CASE("groups: titles wrap in their column, or each group is a block") {
    const std::vector<GroupCount> groups{{"27", "Arts, design, entertainment, sports, and media occupations", 41, 0},
                                         {"29", "Healthcare practitioners and technical occupations", 70, 5}};
    auto groups_at = [&](std::size_t width) {
        return widths_render(width, [&](const Style& s, Sink& out) { render_groups_text(groups, s, out); });
    };
    CHECK(groups_at(100).starts_with(
        "GROUP  TITLE                                                       OCCUPATIONS  GUIDES\n"
        "27     Arts, design, entertainment, sports, and media occupations           41       0\n"
        "29     Healthcare practitioners and technical occupations                   70       5\n"));
    const std::string narrow = groups_at(60);
    CHECK(widest_line(narrow) <= 60u);
    CHECK(contains(narrow, "27     Arts, design, entertainment,               41       0\n"
                           "       sports, and media occupations\n"));
    const std::string blocks = groups_at(24);
    CHECK(widest_line(blocks) <= 24u);
    CHECK(blocks.starts_with("27\n  Arts, design,\n  entertainment, sports,\n  and media occupations\n"
                             "  41 occupations\n  0 guides\n"));
}

TEST_CASE("search: headers fit, the title cut first, then the id on a line of its own") {
    const std::string text = "Works with radiation every day.";
    const std::vector<SearchResult> results{
        SearchResult{"interventional-radiologist", "interventional-radiologist", "guide", "", "Interventional Radiologist", "job-market", text, 11},
        SearchResult{"radiologist", "radiologist", "guide", "", "Radiologist", "faq", text, 11}};
    auto search_at = [&](std::size_t width) {
        return widths_render(width, [&](const Style& s, Sink& out) { render_search_text(results, {"radiation"}, s, out); });
    };
    CHECK(contains(search_at(80), "interventional-radiologist  Interventional Radiologist  [job-market]\n"));
    const std::string cut = search_at(58);
    CHECK(contains(cut, "interventional-radiologist  Interventional…  [job-market]\n"));
    CHECK(contains(cut, "radiologist  Radiologist  [faq]\n"));
    // Every header on two lines as soon as one of them needs it, so the results read alike.
    const std::string narrow = search_at(40);
    CHECK(contains(narrow, "interventional-radiologist\n  Interventional Radiolog…  [job-market]\n"));
    CHECK(contains(narrow, "radiologist\n  Radiologist  [faq]\n"));
    CHECK(widest_line(narrow) <= 40u);
    const std::string tiny = search_at(20);
    CHECK(contains(tiny, "interventional-radiologist\n  Interventional Ra…\n  [job-market]\n"));
}

TEST_CASE("paths: two columns when they fit, else a path a line and its origin under it") {
    const std::vector<DataDirLine> dirs{{"/usr/share/career/careers", "XDG_DATA_DIRS", false},
                                        {"/home/user/careers", "--data-dir", true}};
    auto paths_at = [&](std::size_t width) {
        return widths_render(width, [&](const Style& s, Sink& out) { render_paths_text(dirs, s, out); });
    };
    CHECK(paths_at(80) == "/usr/share/career/careers  XDG_DATA_DIRS (missing)\n"
                          "/home/user/careers         --data-dir\n");
    CHECK(paths_at(40) == "/usr/share/career/careers\n  XDG_DATA_DIRS (missing)\n"
                          "/home/user/careers\n  --data-dir\n");
    CHECK(contains(paths_at(20), "/usr/share/career/careers\n"));  // a path is never cut
}

TEST_CASE("salary: a mark never leaves its amount, in the legend of one career or of several") {
    Career ir;
    ir.id = "interventional-radiologist";
    ir.title = "Interventional Radiologist";
    ir.salary = SalaryBand{.country = "US", .currency = "USD", .minimum = 350000, .maximum = 600000,
                           .median = 475000, .entry = 387500, .mid = 475000, .senior = 562500,
                           .top_10_percent = 600000, .top_earners = "", .source = "The test."};
    Career other = ir;
    other.id = "other";
    other.title = "Other";
    other.salary->minimum = 70000;

    const std::string wide = widths_render(72, [&](const Style& s, Sink& out) { render_salary(ir, s, out); });
    CHECK(contains(wide, "  T  Top 10% from        $600,000+\n"));
    const std::string narrow = widths_render(40, [&](const Style& s, Sink& out) { render_salary(ir, s, out); });
    CHECK(contains(narrow, "  E  $387,500   Entry-Level\n"));
    CHECK(contains(narrow, "  T  $600,000+  Top 10% from\n"));
    CHECK(contains(narrow, "  Range: $350,000–$600,000\n"));
    const std::string tiny = widths_render(30, [&](const Style& s, Sink& out) { render_salary(ir, s, out); });
    CHECK(contains(tiny, "  T  $600,000+\n     Top 10% from\n"));

    const std::vector<Career> both{ir, other};
    const std::string several =
        widths_render(50, [&](const Style& s, Sink& out) { render_salaries(both, s, out); });
    CHECK(contains(several, "  E $387,500 · M $475,000 · S $562,500\n  T $600,000+\n"));
    CHECK(contains(several, "E Entry-Level · M Median · S Senior-Level\nT Top 10% from\n"));
    CHECK(widest_line(several) <= 50u);
}

}  // TEST_SUITE
