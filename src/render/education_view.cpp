// career education: the training on a year axis, its total, the milestones and the source.
#include <algorithm>

#include <fmt/format.h>

#include "render/bars.hpp"
#include "render/formatting.hpp"
#include "render/guide_sections.hpp"
#include "render/text_wrap.hpp"
#include "render/text_writer.hpp"
#include "render/view_text.hpp"
#include "render/occupation_sections.hpp"
#include "render/views.hpp"

namespace career {
namespace {

constexpr std::size_t kNarrowestTimeline = 10;

bool any_open(const std::vector<EducationStage>& stages) {
    return std::any_of(stages.begin(), stages.end(), [](const EducationStage& s) { return s.years.open_ended(); });
}

}  // namespace

std::vector<StageBar> stage_bars(const std::vector<EducationStage>& stages, std::size_t columns) {
    // Each stage's bar from the same numbers as its label, the years of training so far when it
    // ends (stage_ends): it starts when the stage before may end at the earliest, is solid up to its
    // own earliest end and light up to its latest. The chart ends at the latest end of any stage; an
    // open-ended stage (and every one after it) keeps a cell for its arrow.
    const std::vector<YearRange> ends = stage_ends(stages);
    double end = 0;
    for (const auto& stage_end : ends) end = std::max<double>(end, stage_end.max.value_or(stage_end.min));
    const bool arrow = !ends.empty() && ends.back().open_ended();
    const Scale scale = fitted_scale(0, end, arrow && columns > 0 ? columns - 1 : columns);
    std::vector<StageBar> bars;
    int start = 0;
    for (const auto& stage_end : ends) {
        StageBar bar;
        std::tie(bar.start, bar.solid_end) = scale.span(start, stage_end.min);
        bar.light_end = bar.solid_end;
        if (stage_end.max && *stage_end.max > stage_end.min) {
            // The optional years follow the required ones, and show however short they are.
            bar.light_end = std::max(scale.column(*stage_end.max), bar.solid_end + 1);
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
        bar.open_ended = stage_end.open_ended();
        bars.push_back(bar);
        start = stage_end.min;
    }
    return bars;
}

std::vector<YearRange> stage_ends(const std::vector<EducationStage>& stages) {
    std::vector<YearRange> ends;
    YearRange so_far{0, 0};
    for (const auto& stage : stages) {
        so_far = so_far + counted_years(stage);
        ends.push_back(so_far);
    }
    return ends;
}

void render_education_view(const Career& career, const Style& style, Sink& out) {
    TextWriter w(style, out);
    w.title(career.title);
    if (career.preparation && career.education.stages.empty()) {  // an occupation's: what it takes to enter
        occupation::training(career, w);
        return;
    }
    w.heading("Education and Training");
    const Education& e = career.education;

    if (e.stages.empty()) {
        w.not_given("Training stages");
        if (e.milestones.empty()) point_to_other_views(career, View::education, w);
    } else {
        w.prose("Years from the start of training: each stage starts where the one before ends.");
        std::vector<std::string> marks;  // the years so far at the end of each stage
        std::size_t cells_needed = kNarrowestTimeline;  // a cell a year at least, and one for an arrow
        for (const auto& stage_end : stage_ends(e.stages)) {
            marks.push_back(format_year_mark(stage_end));
            const auto years = static_cast<std::size_t>(std::max(0, stage_end.max.value_or(stage_end.min)));
            cells_needed = std::max(cells_needed, years + (stage_end.open_ended() ? 1 : 0));
        }
        std::size_t label_room = 0;
        for (const auto& mark : marks) label_room = std::max(label_room, 1 + display_width(mark));
        // The marks follow their bars when there is room for both, else go on a line of their own.
        const bool marks_inline = style.width >= label_room + cells_needed;
        const std::size_t columns = marks_inline ? style.width - label_room : style.width;
        const std::vector<StageBar> bars = stage_bars(e.stages, columns);
        for (std::size_t i = 0; i < e.stages.size(); ++i) {
            const EducationStage& stage = e.stages[i];
            const StageBar& bar = bars[i];
            w.subheading(fmt::format("{}: {}", stage.name, guide::stage_length(stage)));
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
            // The routes through the stage, each with its own length: the stage's bar spans them.
            for (const auto& route : stage.alternatives) {
                std::string text = route.name + ": " + format_years(route.years);
                if (!route.prerequisite.empty()) text += ", after " + route.prerequisite + " (not counted)";
                write_wrapped(w, text, "  • ", "    ");
            }
        }
        w.blank();
        const bool variable = std::any_of(e.stages.begin(), e.stages.end(),
                                          [](const EducationStage& s) { return !counted_years(s).fixed(); });
        if (variable) {
            Items legend{fmt::format("{} required years", kSolid)};
            const auto varies = [](const EducationStage& s) {
                const YearRange years = counted_years(s);
                return years.max && !years.fixed();
            };
            const auto first_optional = std::find_if(e.stages.begin(), e.stages.end(), varies);
            if (first_optional != e.stages.end()) {
                // Light years are a stage's optional years, or those a longer route takes; after such
                // a stage, the light part of a bar holds those years too.
                const bool routes = std::any_of(e.stages.begin(), e.stages.end(), [&](const EducationStage& s) {
                    return varies(s) && !s.alternatives.empty();
                });
                const bool optional = std::any_of(e.stages.begin(), e.stages.end(), [&](const EducationStage& s) {
                    return varies(s) && s.alternatives.empty();
                });
                std::string light = optional && routes ? " optional years, or a longer route's"
                                    : routes           ? " the years of a longer route"
                                                       : " optional years";
                if (first_optional + 1 != e.stages.end()) light += ", in this stage or before";
                legend.push_back(std::string(kLight) + light);
            }
            if (any_open(e.stages)) legend.push_back(fmt::format("{} no upper limit", kOpenEnd));
            write_legend(w, legend);
        }
        const bool prerequisites = std::any_of(e.stages.begin(), e.stages.end(), [](const EducationStage& s) {
            return std::any_of(s.alternatives.begin(), s.alternatives.end(),
                               [](const StageAlternative& a) { return !a.prerequisite.empty(); });
        });
        write_wrapped(w,
                      fmt::format("Total: {} of training{}", format_years(*training_years(e)),
                                  prerequisites ? "; a route that follows another qualification counts its own "
                                                  "years only"
                                                : ""),
                      "", "  ");
        w.blank();
    }

    if (e.milestones.empty()) {
        w.not_given("Milestones");
    } else {
        w.subheading("Milestones");
        w.list(milestone_items(e));
    }

    guide::write_sources(career, guide::training_sources(career), w);
}

}  // namespace career
