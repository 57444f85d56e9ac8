#include "render/view_text.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "render/formatting.hpp"
#include "render/text_wrap.hpp"

namespace career {

std::string pad_right(std::string_view text, std::size_t columns) {
    std::string out(text);
    const std::size_t width = display_width(text);
    if (width < columns) out.append(columns - width, ' ');
    return out;
}

void write_wrapped(TextWriter& w, std::string_view text, std::string_view first, std::string_view rest,
                   bool bold) {
    const std::size_t indent = std::max(display_width(first), display_width(rest));
    const std::size_t width = w.style().width;
    const std::size_t room = width > indent + 10 ? width - indent : 10;
    bool is_first = true;
    for (const auto& line : wrap(text, room)) {
        w.line(std::string(is_first ? first : rest) + (bold ? w.style().bold(line) : line));
        is_first = false;
    }
    if (is_first) w.line(first);
}

void write_legend(TextWriter& w, const Items& entries) {
    std::string line;
    for (const auto& entry : entries) line += (line.empty() ? "" : "   ") + entry;
    if (display_width(line) <= w.style().width) {
        w.line(line);
    } else {
        for (const auto& entry : entries) write_wrapped(w, entry, "", "  ");
    }
    w.blank();
}

std::string format_year_mark(const YearRange& year) {
    if (year.open_ended()) return fmt::format("year {} or later", year.min);
    if (year.fixed()) return fmt::format("year {}", year.min);
    return fmt::format("years {}–{}", year.min, *year.max);
}

std::string format_duration(int minutes) {
    const int hours = minutes / 60, rest = minutes % 60;
    auto unit = [](int n, std::string_view word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); };
    if (hours == 0) return unit(rest, "minute");
    if (rest == 0) return unit(hours, "hour");
    return unit(hours, "hour") + " " + unit(rest, "minute");
}

Items milestone_items(const Education& education) {
    Items items;
    for (const auto& m : education.milestones) {
        std::string item = m.name;
        if (m.years) item += ": " + format_years(*m.years) + ", not counted in the total";
        if (!m.detail.empty()) item += " — " + m.detail;
        items.push_back(std::move(item));
    }
    return items;
}

void point_to_other_views(const Career& career, View here, GuideWriter& w) {
    struct Other {
        View view;
        std::string_view what;
        std::string command;  // with the career's id
        bool has;
    };
    const Career& c = career;
    const std::string id = c.id;
    const Other others[] = {
        {View::education, "its training", "career education " + id,
         !c.education.stages.empty() || c.preparation.has_value()},
        {View::way_in, "the way in", "career show " + id + " --section way-in", !c.qualifications.path.empty()},
        {View::ladder, "its career ladder", "career ladder " + id, !c.tiers.empty()},
        {View::salary, "its pay", "career salary " + id, c.salary.has_value() || c.wages.has_value()},
        {View::day, "a day in the life", "career day " + id, !c.day.empty()},
        {View::skills, "its skills", "career skills " + id,
         !c.skill_map.categories.empty() || (c.work && !c.work->skills.empty())},
        {View::pros_cons, "its pros and cons", "career pros-cons " + id, !c.pros.empty() || !c.cons.empty()},
        {View::faq, "its questions and answers", "career faq " + id, !c.faq.empty()},
    };
    Items items;
    for (const auto& other : others)
        if (other.view != here && other.has) items.push_back(fmt::format("{}: {}", other.what, other.command));
    if (items.empty()) return;
    w.prose(c.kind == CareerKind::occupation ? "What the catalog gives for this occupation:"
                                              : "What its guide does give:");
    w.list(items);
}

}  // namespace career
