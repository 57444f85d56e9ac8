#pragma once
// Horizontal bars of block characters on a common scale. A bar is text, not colour, so it reads the
// same in a pipe, with NO_COLOR and on a terminal.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace career {

inline constexpr std::string_view kSolid = "█";    // what is certain: required years, a block's hours
inline constexpr std::string_view kLight = "░";    // what is optional: the extra years of a range
inline constexpr std::string_view kTrack = "·";    // the rest of the axis, where that helps to place a bar
inline constexpr std::string_view kOpenEnd = "→";  // goes on, no end given ("15+ years")

// Maps values in [low, high] to the boundaries between cells, 0 to `columns`: a bar from a to b fills
// the cells [column(a), column(b)).
struct Scale {
    double low = 0;
    double high = 1;
    std::size_t columns = 1;

    // The boundary nearest to `value`, clamped to [0, columns]; 0 when the scale is empty.
    std::size_t column(double value) const;

    // The cells [first, second) a span from `from` to `to` fills. A span of some length fills at least
    // one cell, however short, so it never vanishes from the chart.
    std::pair<std::size_t, std::size_t> span(double from, double to) const;
};

// A scale over [low, high] at most `available` columns wide, narrowed when that lets each `unit`
// (a year, an hour) take the same whole number of cells: 14 years in 68 columns take 56, 4 a year.
Scale fitted_scale(double low, double high, std::size_t available, double unit = 1);

// One line of single-column cells to draw bars on, then read as text.
class BarLine {
public:
    explicit BarLine(std::size_t columns, std::string_view background = " ");

    std::size_t columns() const { return cells_.size(); }

    // Fills the cells [from, to) with `glyph`; what lies beyond the line is dropped.
    void fill(std::size_t from, std::size_t to, std::string_view glyph);
    void put(std::size_t at, std::string_view glyph) { fill(at, at + 1, glyph); }

    // The cells as text, without trailing spaces.
    std::string text() const;

private:
    std::vector<std::string> cells_;
};

}  // namespace career
