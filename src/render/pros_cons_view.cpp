// career pros-cons: pros and cons in two columns side by side when both fit, else one after the other.
#include <algorithm>

#include "render/text_wrap.hpp"
#include "render/text_writer.hpp"
#include "render/view_text.hpp"
#include "render/views.hpp"

namespace career {
namespace {

constexpr std::string_view kPro = "+ ";
constexpr std::string_view kCon = "− ";  // a minus sign, as wide as the plus
constexpr std::string_view kGutter = " │ ";

// An item wrapped to `width` columns behind its marker, one string a line.
std::vector<std::string> item_lines(std::string_view item, std::string_view marker, std::size_t width) {
    std::vector<std::string> lines;
    const std::string text = wrap_indented(item, width, marker, std::string(display_width(marker), ' '));
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = text.find('\n', start);
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

void one_after_the_other(const Career& career, TextWriter& w) {
    struct Part {
        std::string_view heading, marker;
        const Items& items;
    };
    for (const Part& part : {Part{"Pros", kPro, career.pros}, Part{"Cons", kCon, career.cons}}) {
        w.subheading(part.heading);
        if (part.items.empty()) {
            w.not_given();
            continue;
        }
        for (const auto& item : part.items) write_wrapped(w, item, "  " + std::string(part.marker), "    ");
        w.blank();
    }
}

}  // namespace

std::vector<std::string> side_by_side(const std::vector<std::string>& left,
                                      const std::vector<std::string>& right, std::size_t left_width,
                                      std::string_view gutter) {
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < std::max(left.size(), right.size()); ++i) {
        std::string line = pad_right(i < left.size() ? left[i] : "", left_width);
        line += gutter;
        if (i < right.size()) line += right[i];
        const std::size_t end = line.find_last_not_of(' ');
        line.resize(end == std::string::npos ? 0 : end + 1);
        lines.push_back(std::move(line));
    }
    return lines;
}

void render_pros_cons_view(const Career& career, const Style& style, Sink& out) {
    TextWriter w(style, out);
    w.title(career.title);
    w.heading("Pros and Cons");
    if (career.pros.empty() && career.cons.empty()) {
        w.not_given();
        point_to_other_views(career, View::pros_cons, w);
        return;
    }
    const std::size_t gutter = display_width(kGutter);
    const std::size_t left_width = style.width > gutter ? (style.width - gutter) / 2 : 0;
    const std::size_t right_width = style.width > gutter ? style.width - gutter - left_width : 0;
    // Side by side when both columns are wide enough, and every line fits its column (a URL is never
    // broken, so one wider than a column puts the items one after the other).
    auto fits = [](const Items& items, std::string_view marker, std::size_t width) {
        for (const auto& item : items)
            for (const auto& line : item_lines(item, marker, width))
                if (display_width(line) > width) return false;
        return true;
    };
    const bool columns = !career.pros.empty() && !career.cons.empty() &&
                         std::min(left_width, right_width) >= kNarrowestProsConsColumn &&
                         fits(career.pros, kPro, left_width) && fits(career.cons, kCon, right_width);
    if (!columns) {
        one_after_the_other(career, w);
        return;
    }
    // The headings over their columns, a rule under them, then the items: the nth pro beside the
    // nth con, each wrapped inside its column.
    w.line(style.bold("Pros") + std::string(left_width - 4, ' ') + std::string(kGutter) + style.bold("Cons"));
    std::string rule;
    for (std::size_t i = 0; i < left_width; ++i) rule += "─";
    rule += "─┼─";
    for (std::size_t i = 0; i < right_width; ++i) rule += "─";
    w.line(rule);
    const std::vector<std::string> none;
    for (std::size_t i = 0; i < std::max(career.pros.size(), career.cons.size()); ++i) {
        if (i > 0) w.line(side_by_side({""}, none, left_width, kGutter).front());  // between rows
        const auto left = i < career.pros.size() ? item_lines(career.pros[i], kPro, left_width) : none;
        const auto right = i < career.cons.size() ? item_lines(career.cons[i], kCon, right_width) : none;
        for (const auto& row : side_by_side(left, right, left_width, kGutter)) w.line(row);
    }
    w.blank();
}

}  // namespace career
