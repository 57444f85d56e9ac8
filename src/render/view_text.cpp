#include "render/view_text.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "render/formatting.hpp"
#include "render/section_table.hpp"
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

namespace {

// The views of one career: what each shows, the command that shows it (with the career's id after
// `command`, then `then`), and the sections whose data it shows, the first its own. Whether a view
// has something for a career is whether one of those sections has (the section table says).
struct ViewInfo {
    View view;
    std::string_view what, command, then;
    std::array<Section, 2> sections;
};
constexpr ViewInfo kViews[] = {
    {View::education, "its training", "education", "", {Section::education, Section::education}},
    {View::way_in, "the way in", "show", " --section way-in", {Section::way_in, Section::way_in}},
    {View::ladder, "its career ladder", "ladder", "", {Section::tiers, Section::tiers}},
    {View::salary, "its pay", "salary", "", {Section::salary, Section::salary}},
    {View::day, "a day in the life", "day", "", {Section::day, Section::day}},
    {View::skills, "its skills", "skills", "", {Section::skill_map, Section::skills}},
    {View::pros_cons, "its pros and cons", "pros-cons", "", {Section::pros_cons, Section::pros_cons}},
    {View::faq, "its questions and answers", "faq", "", {Section::faq, Section::faq}},
};

}  // namespace

std::optional<View> view_of(Section section) {
    for (const auto& info : kViews)
        if (info.sections[0] == section) return info.view;
    return std::nullopt;
}

void point_to_other_views(const Career& career, View here, GuideWriter& w) {
    Items items;
    for (const auto& info : kViews) {
        const bool has = std::any_of(info.sections.begin(), info.sections.end(),
                                     [&](Section s) { return section_info(s).has_data(career); });
        if (info.view != here && has)
            items.push_back(fmt::format("{}: career {} {}{}", info.what, info.command, career.id, info.then));
    }
    if (items.empty()) return;
    w.prose(career.kind == CareerKind::occupation ? "What the catalog gives for this occupation:"
                                                   : "What its guide does give:");
    w.list(items);
}

}  // namespace career
