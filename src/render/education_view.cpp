// career education: the training path on a year axis, its total, the milestones and the source.
#include <algorithm>

#include <fmt/format.h>

#include "render/bars.hpp"
#include "render/formatting.hpp"
#include "render/text_wrap.hpp"
#include "render/text_writer.hpp"
#include "render/view_text.hpp"
#include "render/views.hpp"

namespace career {
namespace {

constexpr std::size_t kNarrowestTimeline = 10;

bool any_open(const std::vector<EducationStage>& stages) {
    return std::any_of(stages.begin(), stages.end(), [](const EducationStage& s) { return s.years.open_ended(); });
}

}  // namespace

std::vector<StageBar> stage_bars(const std::vector<EducationStage>& stages, std::size_t columns) {
    // The chart ends where the last stage may end; an open-ended stage keeps a cell for its arrow.
    double end = 0, start = 0;
    for (const auto& stage : stages) {
        end = std::max(end, start + stage.years.max.value_or(stage.years.min));
        start += stage.years.min;
    }
    const bool arrow = any_open(stages);
    const Scale scale = fitted_scale(0, end, arrow && columns > 0 ? columns - 1 : columns);
    std::vector<StageBar> bars;
    start = 0;
    for (const auto& stage : stages) {
        StageBar bar;
        const double solid = start + stage.years.min;
        std::tie(bar.start, bar.solid_end) = scale.span(start, solid);
        bar.light_end = bar.solid_end;
        if (stage.years.max && *stage.years.max > stage.years.min) {
            // The optional years follow the required ones, and show however short they are.
            bar.light_end = std::max(scale.column(start + *stage.years.max), bar.solid_end + 1);
            if (bar.light_end > scale.columns) {
                // No cell left after the required years (a tiny chart): the last one goes to the
                // optional years, and the required ones, if any, move back to keep a cell.
                bar.light_end = scale.columns;
                if (bar.solid_end == bar.light_end && bar.solid_end > 0) {
                    const bool required = bar.solid_end > bar.start;
                    --bar.solid_end;
                    bar.start = std::min(bar.start, bar.solid_end);
                    if (required && bar.start == bar.solid_end && bar.start > 0) --bar.start;
                }
            }
        }
        bar.open_ended = stage.years.open_ended();
        bars.push_back(bar);
        start = solid;
    }
    return bars;
}

void render_education_view(const Career& career, const Style& style, Sink& out) {
    TextWriter w(style, out);
    w.title(career.title);
    w.heading("Education and Training");
    const Education& e = career.education;

    if (e.stages.empty()) {
        w.not_given("Training stages");
    } else {
        w.prose("Years from the start of training: each stage starts where the one before ends.");
        std::vector<std::string> marks;  // the years so far at the end of each stage
        YearRange so_far{0, 0};
        for (const auto& stage : e.stages) {
            so_far = so_far + stage.years;
            marks.push_back(format_year_mark(so_far));
        }
        std::size_t label_room = 0;
        for (const auto& mark : marks) label_room = std::max(label_room, 1 + display_width(mark));
        // The marks follow their bars when there is room for both, else go on a line of their own.
        const bool marks_inline = style.width >= label_room + kNarrowestTimeline;
        const std::size_t columns = marks_inline ? style.width - label_room : style.width;
        const std::vector<StageBar> bars = stage_bars(e.stages, columns);
        for (std::size_t i = 0; i < e.stages.size(); ++i) {
            const EducationStage& stage = e.stages[i];
            const StageBar& bar = bars[i];
            w.subheading(fmt::format("{}: {}", stage.name, format_years(stage.years)));
            BarLine line(columns);
            line.fill(bar.start, bar.solid_end, kSolid);
            line.fill(bar.solid_end, bar.light_end, kLight);
            if (bar.open_ended) line.put(bar.solid_end, kOpenEnd);
            if (marks_inline) {
                w.line(line.text() + " " + marks[i]);
            } else {
                w.line(line.text());
                w.line(marks[i]);
            }
        }
        w.blank();
        const bool variable = std::any_of(e.stages.begin(), e.stages.end(),
                                          [](const EducationStage& s) { return !s.years.fixed(); });
        if (variable) {
            Items legend{fmt::format("{} required years", kSolid)};
            if (std::any_of(e.stages.begin(), e.stages.end(),
                            [](const EducationStage& s) { return s.years.max && !s.years.fixed(); }))
                legend.push_back(fmt::format("{} optional years", kLight));
            if (any_open(e.stages)) legend.push_back(fmt::format("{} no upper limit", kOpenEnd));
            write_legend(w, legend);
        }
        write_wrapped(w, fmt::format("Total: {} of training", format_years(*training_years(e))), "", "  ");
        w.blank();
    }

    if (e.milestones.empty()) {
        w.not_given("Milestones");
    } else {
        w.subheading("Milestones");
        w.list(milestone_items(e));
    }

    w.source(e.source);
}

}  // namespace career
