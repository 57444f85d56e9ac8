// The views' helpers: bar scaling, the training and tier bars, two columns side by side, the FAQ
// search, and the views themselves at narrow and wide widths.
#include <doctest/doctest.h>

#include "test_support.hpp"

#include <string>
#include <string_view>
#include <vector>

#include "model/search.hpp"
#include "render/bars.hpp"
#include "render/sink.hpp"
#include "render/style.hpp"
#include "render/text_wrap.hpp"
#include "render/view_text.hpp"
#include "render/views.hpp"

using namespace career;

namespace {

// The training of the interventional radiologist: 4 + 4 + 4 + 1–2 years.
std::vector<EducationStage> ir_stages() {
    return {EducationStage{"Undergraduate degree", {4, 4}, ""},
            EducationStage{"Medical school (MD or DO)", {4, 4}, ""},
            EducationStage{"Diagnostic radiology residency", {4, 4}, ""},
            EducationStage{"Interventional radiology fellowship", {1, 2}, ""}};
}

std::vector<Tier> ir_tiers() {
    return {Tier{"Fellowship Trainee", YearRange{0, 2}, "", ""},
            Tier{"Attending Interventional Radiologist", YearRange{3, 8}, "", ""},
            Tier{"Senior Interventional Radiologist", YearRange{9, 15}, "", ""},
            Tier{"Interventional Radiology Director or Section Chief", YearRange{15, std::nullopt}, "", ""}};
}

Career full_career() {
    Career c;
    c.id = "test-career";
    c.title = "Test Career With A Title Long Enough To Wrap";
    c.summary = "A test.";
    c.education.stages = ir_stages();
    c.education.milestones = {Milestone{"Board certification", "Pass the boards."}};
    c.source_records = {SourceRecord{"test", "The test itself", "", "", "", "", ""}};
    for (auto& stage : c.education.stages) stage.source = "test";
    c.tiers = ir_tiers();
    c.day = {DayBlock{"Morning", TimeOfDay{7 * 60}, TimeOfDay{11 * 60}, "Planning", {"Plan the day"}},
             DayBlock{"Afternoon", TimeOfDay{15 * 60}, TimeOfDay{18 * 60}, "", {}}};
    c.skill_map.categories = {SkillCategory{"Foundations", "What everything rests on.", {"Anatomy"}}};
    c.qualifications.tech_skills = {"Fluoroscopy"};
    c.pros = {"Good pay, and the satisfaction of work that visibly helps people get better.", "Ünïcödé 漢字"};
    c.cons = {"Long hours"};
    c.faq = {FaqEntry{"Is it hard?", "Yes, quite."}};
    return c;
}

// What `view` (render_education_view, ...) writes of `c` at `width` columns.
std::string rendered(void (*view)(const Career&, const Style&, Sink&), const Career& c, std::size_t width = 80) {
    Style style;
    style.width = width;
    StringSink sink;
    view(c, style, sink);
    return sink.text();
}

}  // namespace

TEST_SUITE("views") {

TEST_CASE("Scale: values to cell boundaries, rounded and clamped") {
    const Scale scale{0, 14, 28};
    CHECK(scale.column(0) == 0);
    CHECK(scale.column(4) == 8);
    CHECK(scale.column(13) == 26);
    CHECK(scale.column(14) == 28);
    CHECK(scale.column(-3) == 0);
    CHECK(scale.column(99) == 28);
    CHECK(Scale{5, 5, 10}.column(5) == 0);  // an empty scale does not divide by zero
}

TEST_CASE("Scale::span: a span of some length fills at least one cell") {
    const Scale scale{0, 100, 10};
    CHECK(scale.span(0, 50) == std::pair<std::size_t, std::size_t>{0, 5});
    CHECK(scale.span(40, 41) == std::pair<std::size_t, std::size_t>{4, 5});
    CHECK(scale.span(99, 100) == std::pair<std::size_t, std::size_t>{9, 10});  // at the end: one back
    CHECK(scale.span(30, 30) == std::pair<std::size_t, std::size_t>{3, 3});    // no length, no cells
}

TEST_CASE("fitted_scale: every whole unit takes the same number of cells") {
    CHECK(fitted_scale(0, 14, 68).columns == 56);  // 4 a year
    CHECK(fitted_scale(0, 14, 28).columns == 28);
    CHECK(fitted_scale(0, 14, 10).columns == 10);  // fewer cells than years: as many as there are
    CHECK(fitted_scale(0, 7.5, 68).columns == 68);  // not whole units: as wide as allowed
    CHECK(fitted_scale(7 * 60, 18 * 60, 80, 60).columns == 77);  // 11 hours, 7 cells an hour
}

TEST_CASE("BarLine: cells filled, drawn past the end dropped, trailing spaces trimmed") {
    BarLine line(10);
    line.fill(2, 5, kSolid);
    line.fill(5, 7, kLight);
    line.put(42, kOpenEnd);
    CHECK(line.text() == "  ███░░");
    BarLine track(5, kTrack);
    track.fill(0, 2, kSolid);
    CHECK(track.text() == "██···");
    CHECK(display_width(track.text()) == 5u);
}

TEST_CASE("stage_bars: each stage starts where the one before ends; optional years follow") {
    const auto bars = stage_bars(ir_stages(), 28);  // 2 cells a year
    REQUIRE(bars.size() == 4u);
    CHECK(bars[0].start == 0);
    CHECK(bars[0].solid_end == 8);
    CHECK(bars[1].start == 8);
    CHECK(bars[1].solid_end == 16);
    CHECK(bars[2].start == 16);
    CHECK(bars[2].solid_end == 24);
    CHECK(bars[3].start == 24);
    CHECK(bars[3].solid_end == 26);  // the required year
    CHECK(bars[3].light_end == 28);  // the optional one
    CHECK(bars[0].light_end == bars[0].solid_end);
    CHECK_FALSE(bars[3].open_ended);
}

TEST_CASE("stage_bars: each bar starts and ends where the labels say, optional years carried on") {
    // The nurse practitioner's path: 4, then 1–2, then 2–3 years. Its labels, the years so far at
    // the end of each stage, are "year 4", "years 5–6" and "years 7–9"; 45 of 48 cells, 5 a year.
    const std::vector<EducationStage> np{EducationStage{"BSN", {4, 4}, ""},
                                         EducationStage{"Clinical experience as an RN", {1, 2}, ""},
                                         EducationStage{"MSN", {2, 3}, ""}};
    CHECK(stage_ends(np) == std::vector<YearRange>{{4, 4}, {5, 6}, {7, 9}});
    const auto bars = stage_bars(np, 48);
    REQUIRE(bars.size() == 3u);
    CHECK(bars[0].start == 0);
    CHECK(bars[0].solid_end == 20);
    CHECK(bars[0].light_end == 20);
    CHECK(bars[1].start == 20);      // year 4
    CHECK(bars[1].solid_end == 25);  // year 5
    CHECK(bars[1].light_end == 30);  // year 6
    CHECK(bars[2].start == 25);      // when the stage before ends at the earliest, year 5
    CHECK(bars[2].solid_end == 35);  // year 7
    CHECK(bars[2].light_end == 45);  // year 9: the last year is drawn
    for (const auto& bar : bars) CHECK_FALSE(bar.open_ended);

    // After an open-ended stage, every end is open too: each has its arrow where its solid part ends.
    const std::vector<EducationStage> open{EducationStage{"Apprenticeship", {2, 2}, ""},
                                           EducationStage{"Practice", {3, std::nullopt}, ""},
                                           EducationStage{"Exam", {1, 1}, ""}};
    CHECK(stage_ends(open) == std::vector<YearRange>{{2, 2}, {5, std::nullopt}, {6, std::nullopt}});
    const auto open_bars = stage_bars(open, 13);  // 6 years and an arrow: 2 cells a year
    CHECK(open_bars[1].start == 4);
    CHECK(open_bars[1].solid_end == 10);
    CHECK(open_bars[1].open_ended);
    CHECK(open_bars[2].start == 10);
    CHECK(open_bars[2].solid_end == 12);
    CHECK(open_bars[2].open_ended);
}

TEST_CASE("stage_bars: an open-ended stage keeps the last cell for its arrow; a tiny chart still "
          "shows the optional years") {
    const std::vector<EducationStage> open{EducationStage{"Apprenticeship", {2, 2}, ""},
                                           EducationStage{"Practice", {3, std::nullopt}, ""}};
    const auto bars = stage_bars(open, 11);
    CHECK(bars[1].open_ended);
    CHECK(bars[1].solid_end < 11u);
    const auto tiny = stage_bars(ir_stages(), 10);
    CHECK(tiny[3].light_end > tiny[3].solid_end);
    CHECK(tiny[3].light_end <= 10u);
}

TEST_CASE("tier_bars: one scale for all tiers; the open-ended top runs on to an arrow") {
    const auto bars = tier_bars(ir_tiers(), 54);  // 15 years + room to run on = 18, 3 cells a year
    REQUIRE(bars.size() == 4u);
    CHECK(bars[0].start == 0);
    CHECK(bars[0].end == 6);
    CHECK(bars[1].start == 9);
    CHECK(bars[1].end == 24);
    CHECK(bars[2].end == 45);
    CHECK(bars[3].open_ended);
    CHECK(bars[3].start == 45);
    CHECK(bars[3].end == 53);  // the arrow in the last cell
    const auto zero = tier_bars({Tier{"Helper", YearRange{0, 0}, "", ""}}, 20);
    CHECK(zero[0].end == zero[0].start + 1);  // no length still shows
}

TEST_CASE("year_from_start: the ladder's start plus the tier's least experience, or not given") {
    Career c;
    c.education.stages = ir_stages();
    c.tiers = ir_tiers();
    CHECK(year_from_start(c, c.tiers[0]) == YearRange{13, 14});
    CHECK(year_from_start(c, c.tiers[1]) == YearRange{16, 17});
    CHECK(year_from_start(c, c.tiers[3]) == YearRange{28, 29});
    // The first tier is the fellowship: the ladder starts with that stage, and its years count once.
    c.tiers[0].stage = "Interventional radiology fellowship";
    CHECK(ladder_start(c) == YearRange{12, 12});
    CHECK(year_from_start(c, c.tiers[0]) == YearRange{12, 12});
    CHECK(year_from_start(c, c.tiers[1]) == YearRange{15, 15});
    CHECK(year_from_start(c, c.tiers[3]) == YearRange{27, 27});
    // A tier without years, or a career without training, is not placed.
    c.tiers[2].experience.reset();
    CHECK_FALSE(year_from_start(c, c.tiers[2]).has_value());
    c.education = Education{};
    CHECK_FALSE(year_from_start(c, c.tiers[0]).has_value());
    CHECK(format_year_mark({13, 14}) == "years 13–14");
    CHECK(format_year_mark({4, 4}) == "year 4");
    CHECK(format_year_mark({12, std::nullopt}) == "year 12 or later");
}

TEST_CASE("side_by_side pads by display width, so UTF-8 and wide characters line up") {
    const auto lines = side_by_side({"+ Ünï", "漢字"}, {"− Con"}, 8, " │ ");
    REQUIRE(lines.size() == 2u);
    CHECK(lines[0] == "+ Ünï    │ − Con");
    CHECK(lines[1] == "漢字     │");
    CHECK(display_width(lines[0]) == display_width(std::string(8, ' ') + " │ − Con"));
    CHECK(pad_right("漢字", 6) == "漢字  ");
    CHECK(pad_right("too wide", 3) == "too wide");
}

TEST_CASE("format_duration") {
    CHECK(format_duration(240) == "4 hours");
    CHECK(format_duration(60) == "1 hour");
    CHECK(format_duration(90) == "1 hour 30 minutes");
    CHECK(format_duration(45) == "45 minutes");
}

TEST_CASE("FAQ search: every word, in any ASCII case, in the question or the answer") {
    const std::vector<FaqEntry> faq{FaqEntry{"What about Radiation?", "Shielding helps."},
                                    FaqEntry{"Is it hard?", "Radiation exposure is a risk."},
                                    FaqEntry{"Can they specialize?", "Yes."}};
    CHECK(faq_matching(faq, {"radiation"}).size() == 2u);
    CHECK(faq_matching(faq, {"RADIATION", "exposure"}).size() == 1u);
    CHECK(faq_matching(faq, {"radiation", "specialize"}).empty());
    CHECK(faq_matching(faq, {}).size() == 3u);
    CHECK(contains_all_words("Ünïcode", {"ÜNï"}));
    CHECK_FALSE(contains_all_words("Ünïcode", {"ünï"}));  // only ASCII letters fold
}

TEST_CASE("every view fits its width, from 20 to 160 columns, and has no escapes without colour") {
    const Career c = full_career();
    for (std::size_t width : {20u, 40u, 63u, 64u, 80u, 160u}) {
        Style style;
        style.width = width;
        StringSink sink;
        render_education_view(c, style, sink);
        render_ladder_view(c, style, sink);
        render_day_view(c, style, sink);
        render_skills_view(c, style, sink);
        render_pros_cons_view(c, style, sink);
        render_faq_view(c, c.faq, {}, style, sink);
        CHECK_FALSE(contains(sink.text(), "\x1b["));
        for (std::string_view line : lines_of(sink.text())) {
            CAPTURE(width);
            CAPTURE(line);
            CHECK(display_width(line) <= width);
        }
    }
}

TEST_CASE("pros and cons go side by side from two columns of 30, one after the other below") {
    const Career c = full_career();
    Style style;
    style.width = 63;
    StringSink wide;
    render_pros_cons_view(c, style, wide);
    CHECK(contains(wide.text(), "│ − Long hours"));
    style.width = 62;
    StringSink narrow;
    render_pros_cons_view(c, style, narrow);
    CHECK_FALSE(contains(narrow.text(), "│"));
    CHECK(narrow.text().find("Ünïcödé") < narrow.text().find("Long hours"));
}

TEST_CASE("a career without the data says not given, never a zero") {
    Career bare;
    bare.id = "bare";
    bare.title = "Bare";
    bare.summary = "Nothing else.";
    Style style;
    StringSink sink;
    render_education_view(bare, style, sink);
    CHECK(contains(sink.text(), "Training stages: not given for this career."));
    render_ladder_view(bare, style, sink);
    render_day_view(bare, style, sink);
    render_skills_view(bare, style, sink);
    render_pros_cons_view(bare, style, sink);
    render_faq_view(bare, {}, {}, style, sink);
    CHECK_FALSE(contains(sink.text(), "0 year"));
    CHECK_FALSE(contains(sink.text(), "$0"));
    CHECK_FALSE(contains(sink.text(), kSolid));
}

TEST_CASE("stage_ends: an optional stage counts from 0; a stage with routes spans them") {
    std::vector<EducationStage> stages{EducationStage{"Residency", {4, 4}, ""},
                                       EducationStage{"Fellowship", {1, 2}, ""}};
    stages[1].optional = true;
    CHECK(counted_years(stages[1]) == YearRange{0, 2});
    CHECK(stage_ends(stages) == std::vector<YearRange>{{4, 4}, {4, 6}});
    const auto bars = stage_bars(stages, 24);  // 4 cells a year
    CHECK(bars[1].start == 16);
    CHECK(bars[1].solid_end == 16);  // no required years
    CHECK(bars[1].light_end == 24);
}

TEST_CASE("career education: both routes of a stage, and the total that follows") {
    Career c;
    c.id = "nurse";
    c.title = "Nurse";
    EducationStage degree{"Nursing degree", {2, 4}, ""};
    degree.alternatives = {StageAlternative{"Associate degree", {2, 2}, "", "", "s"},
                           StageAlternative{"Bachelor's degree", {4, 4}, "", "", "s"},
                           StageAlternative{"Certificate", {1, 1}, "", "a prior degree", "s"}};
    degree.years = {1, 4};
    c.education.stages = {degree};
    c.education.milestones = {Milestone{"Master's", "Often preferred.", YearRange{2, 2}, "s"}};
    c.source_records = {SourceRecord{"s", "A page", "https://example.com", "", "", "", ""}};
    const std::string out = rendered(render_education_view, c, 100);
    CHECK(contains(out, "Nursing degree: 1–4 years, by route\n"));
    CHECK(contains(out, "  • Associate degree: 2 years\n"));
    CHECK(contains(out, "  • Bachelor's degree: 4 years\n"));
    CHECK(contains(out, "  • Certificate: 1 year, after a prior degree (not counted)\n"));
    CHECK(contains(out, "Total: 1–4 years of training; a route that follows"));
    CHECK(contains(out, "Master's: 2 years, not counted in the total — Often preferred."));
    CHECK(contains(out, "Source: A page, https://example.com"));
}

TEST_CASE("career ladder: a tier without years, and a first tier that is a stage of training") {
    Career c = full_career();
    c.tiers[0].stage = "Interventional radiology fellowship";
    c.tiers[2].experience.reset();
    const std::string out = rendered(render_ladder_view, c);
    CHECK(contains(out, "Training before the first tier: 12 years"));
    CHECK(contains(out, "no year is counted twice"));
    CHECK(contains(out, "From start of training: year 12\n"));
    CHECK(contains(out, "3. Senior Interventional Radiologist\n   Experience: years not given\n"));
    CHECK(contains(out, kSolid));
}

TEST_CASE("tiers without training years say so instead of guessing") {
    Career c = full_career();
    c.education = Education{};
    const std::string out = rendered(render_ladder_view, c);
    CHECK(contains(out, "Years from start of training: not given"));
    CHECK_FALSE(contains(out, "From start of training: year"));
}

}  // TEST_SUITE("views")
