#include "render/bars.hpp"

#include <algorithm>
#include <cmath>

namespace career {

std::size_t Scale::column(double value) const {
    if (!(high > low) || columns == 0) return 0;
    const double at = std::round((value - low) / (high - low) * static_cast<double>(columns));
    if (at <= 0) return 0;
    return std::min(static_cast<std::size_t>(at), columns);
}

std::pair<std::size_t, std::size_t> Scale::span(double from, double to) const {
    std::size_t first = column(from), last = column(to);
    if (to > from && last == first && columns > 0) {
        if (last < columns)
            ++last;
        else
            --first;
    }
    return {first, last};
}

Scale fitted_scale(double low, double high, std::size_t available, double unit) {
    Scale scale{low, high, available};
    if (!(high > low) || !(unit > 0)) return scale;
    const double units = (high - low) / unit;
    if (units != std::floor(units) || units > static_cast<double>(available)) return scale;
    const auto whole = static_cast<std::size_t>(units);
    scale.columns = available / whole * whole;
    return scale;
}

BarLine::BarLine(std::size_t columns, std::string_view background)
    : cells_(columns, std::string(background)) {}

void BarLine::fill(std::size_t from, std::size_t to, std::string_view glyph) {
    for (std::size_t i = from; i < std::min(to, cells_.size()); ++i) cells_[i] = glyph;
}

std::string BarLine::text() const {
    std::string out;
    for (const auto& cell : cells_) out += cell;
    const std::size_t end = out.find_last_not_of(' ');
    out.resize(end == std::string::npos ? 0 : end + 1);
    return out;
}

}  // namespace career
