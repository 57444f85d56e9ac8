#pragma once
// The focused views of one career, each a command of its own: `career education`, `path`, `day`,
// `skills`, `pros-cons` and `faq`. Each starts with the career's title, then its heading, and says
// "not given" for what the career lacks, never a zero. Bars are block characters (render/bars.hpp).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/career.hpp"
#include "render/sink.hpp"
#include "render/style.hpp"

namespace career {

// --- career education: the training stages on a year axis ---------------------------------------

// When each stage ends, in years from the start of training: the stages' years added up, each as
// counted_years counts it (an optional stage from 0). These are the labels of the bars ("years
// 7–9"), and the bars are drawn from them.
std::vector<YearRange> stage_ends(const std::vector<EducationStage>& stages);

// Where one stage's bar lies, in cells of a chart `columns` wide, on the same numbers as its label
// (stage_ends): it starts where the stage before ends at the earliest, is solid to where it ends at
// the earliest (`solid_end`) and light to where it ends at the latest (`light_end`; == solid_end when
// that is the same year), so the light part holds its own optional years and those of the stages
// before it. A stage that ends at no given year (an open-ended stage, and any after it) has an arrow
// at `solid_end`.
struct StageBar {
    std::size_t start = 0;
    std::size_t solid_end = 0;
    std::size_t light_end = 0;
    bool open_ended = false;
};

std::vector<StageBar> stage_bars(const std::vector<EducationStage>& stages, std::size_t columns);

void render_education_view(const Career& career, const Style& style, Sink& out);

// --- career ladder: the tiers -------------------------------------------------------------------

// Each tier's years of experience as cells of a chart `columns` wide, on one scale; every tier with
// years fills at least one cell, and one without has no bar (`given` false). An open-ended tier runs
// to the end of the chart, where `open_ended` asks for an arrow in the last cell.
struct TierBar {
    std::size_t start = 0;
    std::size_t end = 0;
    bool open_ended = false;
    bool given = true;
};

std::vector<TierBar> tier_bars(const std::vector<Tier>& tiers, std::size_t columns);

// When a tier is reached from the start of training: year_from_start (model/career.hpp).

void render_ladder_view(const Career& career, const Style& style, Sink& out);

// --- career day: the blocks of a working day -------------------------------------------------------

void render_day_view(const Career& career, const Style& style, Sink& out);

// --- career skills -------------------------------------------------------------------------------

void render_skills_view(const Career& career, const Style& style, Sink& out);

// --- career pros-cons ----------------------------------------------------------------------------

// Two columns of lines side by side: each left line padded to `left_width` columns, then `gutter`,
// then the right line; the shorter column is padded with blank lines. Trailing spaces are dropped.
std::vector<std::string> side_by_side(const std::vector<std::string>& left,
                                      const std::vector<std::string>& right, std::size_t left_width,
                                      std::string_view gutter);

// The narrowest column that pros and cons are put side by side in; narrower, they follow each other.
inline constexpr std::size_t kNarrowestProsConsColumn = 30;

void render_pros_cons_view(const Career& career, const Style& style, Sink& out);

// --- career faq ----------------------------------------------------------------------------------

// `entries` are the ones to print: the whole FAQ, or those that contain all of `words` (which the
// heading then names). A career without a FAQ says "not given".
void render_faq_view(const Career& career, const std::vector<FaqEntry>& entries,
                     const std::vector<std::string>& words, const Style& style, Sink& out);

}  // namespace career
