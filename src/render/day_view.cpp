// career day: the blocks of a working day on one time axis, from the first start to the last end,
// each with its times, its focus and its tasks.
#include <algorithm>

#include <fmt/format.h>

#include "render/bars.hpp"
#include "render/formatting.hpp"
#include "render/text_writer.hpp"
#include "render/view_text.hpp"
#include "render/views.hpp"

namespace career {

void render_day_view(const Career& career, const Style& style, Sink& out) {
    TextWriter w(style, out);
    w.title(career.title);
    w.heading("A Day in the Life");
    if (career.day.empty()) {
        w.not_given();
        point_to_other_views(career, View::day, w);
        return;
    }
    // The axis: from the earliest start to the latest end (a career file's blocks end after they start).
    int first = career.day.front().start.minutes, last = career.day.front().end.minutes;
    for (const auto& block : career.day) {
        first = std::min(first, block.start.minutes);
        last = std::max(last, block.end.minutes);
    }
    w.prose(fmt::format("From {} to {}, {}; each bar is a block on that span.", format_time(TimeOfDay{first}),
                        format_time(TimeOfDay{last}), format_duration(last - first)));
    const Scale scale = fitted_scale(first, last, style.width, 60);  // whole hours alike
    for (const auto& block : career.day) {
        w.subheading(fmt::format("{}: {} – {} ({})", block.name, format_time(block.start), format_time(block.end),
                                 format_duration(block.end.minutes - block.start.minutes)));
        BarLine line(scale.columns, kTrack);
        const auto [from, to] = scale.span(block.start.minutes, block.end.minutes);
        line.fill(from, to, kSolid);
        w.line(line.text());
        if (!block.focus.empty()) w.field("Focus", block.focus);
        if (!block.tasks.empty()) {
            w.list(block.tasks);
        } else {
            w.blank();
        }
    }
}

}  // namespace career
