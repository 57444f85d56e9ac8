// career ladder: the career ladder, first tier first, each tier's years of experience as a bar on one
// scale, and the year from the start of training in which it is reached.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "render/bars.hpp"
#include "render/formatting.hpp"
#include "render/text_wrap.hpp"
#include "render/text_writer.hpp"
#include "render/view_text.hpp"
#include "render/views.hpp"

namespace career {
namespace {

constexpr std::string_view kTierIndent = "   ";  // under "1. "
constexpr std::size_t kNarrowestLadder = 10;

}  // namespace

std::vector<TierBar> tier_bars(const std::vector<Tier>& tiers, std::size_t columns) {
    double end = 0;
    bool any_open = false;
    for (const auto& tier : tiers) {
        if (!tier.experience) continue;
        end = std::max(end, static_cast<double>(tier.experience->max.value_or(tier.experience->min)));
        any_open = any_open || tier.experience->open_ended();
    }
    // An open-ended tier gets room to run on past the last year any tier names.
    if (any_open) end += std::max(1.0, std::ceil(end / 5));
    const Scale scale = fitted_scale(0, end, columns);
    std::vector<TierBar> bars;
    for (const auto& tier : tiers) {
        TierBar bar;
        if (!tier.experience) {
            bar.given = false;
        } else if (tier.experience->open_ended()) {
            bar.open_ended = true;
            bar.end = scale.columns > 0 ? scale.columns - 1 : 0;  // the arrow takes the last cell
            bar.start = std::min(scale.column(tier.experience->min), bar.end);
        } else {
            std::tie(bar.start, bar.end) = scale.span(tier.experience->min, *tier.experience->max);
            // A tier of no length ("0 years") still shows where it is.
            if (bar.end == bar.start && scale.columns > 0) {
                if (bar.end < scale.columns)
                    ++bar.end;
                else
                    --bar.start;
            }
        }
        bars.push_back(bar);
    }
    return bars;
}

void render_ladder_view(const Career& career, const Style& style, Sink& out) {
    TextWriter w(style, out);
    w.title(career.title);
    w.heading("Career Ladder");
    if (career.tiers.empty()) {
        w.not_given();
        point_to_other_views(career, View::ladder, w);
        return;
    }
    const std::string intro =
        "From the first tier to the top. Each bar is a tier's years of experience, all on one scale";
    const bool any_open = std::any_of(career.tiers.begin(), career.tiers.end(),
                                      [](const Tier& t) { return t.experience && t.experience->open_ended(); });
    w.prose(any_open ? fmt::format("{}; {} means no upper limit.", intro, kOpenEnd) : intro + ".");
    const std::string& stage = career.tiers.front().stage;
    if (auto start = ladder_start(career); start && !stage.empty())
        // The first tier is a stage of training: its years are the stage's, counted once.
        w.prose(fmt::format("Training before the first tier: {} (see career education). The first tier is "
                            "the training's {} stage, so its years count from the start of that stage, "
                            "and no year is counted twice.",
                            format_years(*start), stage));
    else if (start)
        w.prose(fmt::format("Training before the first tier: {} (see career education).", format_years(*start)));
    else
        w.not_given("Years of training");

    std::vector<std::string> labels;
    std::size_t label_room = 0;
    for (const auto& tier : career.tiers) {
        if (!tier.experience) {
            labels.emplace_back();
            continue;
        }
        labels.push_back(format_years(*tier.experience));
        label_room = std::max(label_room, 1 + display_width(labels.back()));
    }
    const std::size_t room = style.width > kTierIndent.size() ? style.width - kTierIndent.size() : 0;
    const bool labels_inline = room >= label_room + kNarrowestLadder;
    const std::size_t columns = labels_inline ? room - label_room : std::max<std::size_t>(room, 1);
    const std::vector<TierBar> bars = tier_bars(career.tiers, columns);

    for (std::size_t i = 0; i < career.tiers.size(); ++i) {
        const Tier& tier = career.tiers[i];
        const TierBar& bar = bars[i];
        const std::string number = fmt::format("{}. ", i + 1);
        write_wrapped(w, tier.title, number, std::string(number.size(), ' '), true);
        if (!bar.given) {
            write_wrapped(w, "Experience: years not given", kTierIndent, kTierIndent);
            w.blank();
            continue;
        }
        BarLine line(columns);
        line.fill(bar.start, bar.end, kSolid);
        if (bar.open_ended) line.put(bar.end, kOpenEnd);
        if (labels_inline) {
            w.line(std::string(kTierIndent) + line.text() + " " + labels[i]);
        } else {
            w.line(std::string(kTierIndent) + line.text());
            w.line(std::string(kTierIndent) + labels[i]);
        }
        if (auto year = year_from_start(career, tier))
            write_wrapped(w, "From start of training: " + format_year_mark(*year), kTierIndent, kTierIndent);
        else
            write_wrapped(w, "Years from start of training: not given", kTierIndent, kTierIndent);
        w.blank();
    }
}

}  // namespace career
