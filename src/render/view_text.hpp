#pragma once
// Small pieces of text the views share: padding to a display width, wrapped lines without the blank
// line of a paragraph, and how a point in years or a stretch of minutes reads.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "model/career.hpp"
#include "model/sections.hpp"
#include "render/text_writer.hpp"

namespace career {

// `text` followed by spaces up to `columns` terminal columns (display_width); unchanged if wider.
std::string pad_right(std::string_view text, std::size_t columns);

// `text` wrapped to the writer's width behind `first` (then `rest`), written line by line with no
// blank line after; in bold (when the style has colour) if `bold`.
void write_wrapped(TextWriter& w, std::string_view text, std::string_view first = "",
                   std::string_view rest = "", bool bold = false);

// The key to a chart's glyphs ("█ required years", "░ optional years"): on one line, three spaces
// apart, when it fits, else one a line; then a blank line.
void write_legend(TextWriter& w, const Items& entries);

// A point counted in years from some start: {4,4} -> "year 4", {13,14} -> "years 13–14",
// {12} (no end) -> "year 12 or later".
std::string format_year_mark(const YearRange& year);

// Each milestone as a list item: "Name: 2 years, not counted in the total — detail", or less where
// it has no years or detail.
Items milestone_items(const Education& education);

// The views of one career, for "this view has nothing; these have": what each shows and has data for.
enum class View { education, ladder, day, skills, pros_cons, faq, way_in, salary };

// After a view's "not given", the views that do have something for `career`, each with the command
// that shows it, so that a reader who asked the wrong one finds the right one.
void point_to_other_views(const Career& career, View here, GuideWriter& w);

// The view that shows what `section` does, for the sections that have one: a reader who asked for
// the way in, say, of a career that gives none is pointed to what the career does give.
std::optional<View> view_of(Section section);

// 240 -> "4 hours", 60 -> "1 hour", 90 -> "1 hour 30 minutes", 45 -> "45 minutes".
std::string format_duration(int minutes);

}  // namespace career
