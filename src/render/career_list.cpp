#include "render/career_list.hpp"

#include <algorithm>
#include <array>

#include "render/formatting.hpp"
#include "render/text_wrap.hpp"

namespace career {
namespace {

constexpr std::string_view kNoFigure = "—";

struct ListRow {
    std::array<std::string, 4> cells;
};

ListRow row_of(const CareerSummary& c) {
    return {{c.id, c.title,
             c.median_salary ? format_money(*c.median_salary, c.currency) : std::string(kNoFigure),
             c.growth_percent ? format_percent(*c.growth_percent) : std::string(kNoFigure)}};
}

constexpr std::string_view kListGap = "  ";
constexpr std::size_t kNarrowestListTitle = 12;

// A career a block, for a screen too narrow for the table: its id, then its title and its figures,
// indented, each wrapped to the width; a blank line between careers.
void render_list_blocks(const std::vector<ListRow>& rows, const Style& style, Sink& out) {
    bool first = true;
    for (const auto& row : rows) {
        if (!first) out.write("\n");
        first = false;
        out.write(style.bold(row.cells[0]) + "\n");
        out.write(wrap_indented(row.cells[1], style.width, "  ", "  "));
        for (const auto& line : wrap_units({"Median salary " + row.cells[2], "Growth " + row.cells[3]}, " · ",
                                           style.width - 2))
            out.write("  " + line + "\n");
    }
}

}  // namespace

void render_list_text(const std::vector<CareerSummary>& careers, const Style& style, Sink& out) {
    const ListRow header{{"ID", "TITLE", "MEDIAN SALARY", "GROWTH"}};
    std::vector<ListRow> rows;
    for (const auto& career : careers) rows.push_back(row_of(career));

    std::array<std::size_t, 4> widths{};
    for (std::size_t i = 0; i < 4; ++i) widths[i] = display_width(header.cells[i]);
    for (const auto& row : rows)
        for (std::size_t i = 0; i < 4; ++i) widths[i] = std::max(widths[i], display_width(row.cells[i]));

    // Too wide for the screen: the titles shrink, cut with "…", down to a dozen columns (ids and
    // figures are never cut); narrower still, the table turns into a block a career.
    std::size_t table_width = 3 * kListGap.size();
    for (const auto width : widths) table_width += width;
    if (table_width > style.width) {
        const std::size_t others = table_width - widths[1];
        const std::size_t title_room = style.width > others ? style.width - others : 0;
        if (title_room < std::min(widths[1], kNarrowestListTitle)) {
            render_list_blocks(rows, style, out);
            return;
        }
        widths[1] = title_room;
        for (auto& row : rows) row.cells[1] = ellipsize(row.cells[1], title_room);
    }

    // Figures are right-aligned so their digits line up.
    auto line = [&](const ListRow& row) {
        std::string text;
        for (std::size_t i = 0; i < 4; ++i) {
            const std::string pad(widths[i] - display_width(row.cells[i]), ' ');
            text += i < 2 ? row.cells[i] + pad : pad + row.cells[i];
            if (i < 3) text += kListGap;
        }
        while (!text.empty() && text.back() == ' ') text.pop_back();
        return text;
    };
    out.write(style.bold(line(header)) + "\n");
    for (const auto& row : rows) out.write(line(row) + "\n");
}

Records list_records(const std::vector<CareerSummary>& careers) {
    Records records{{"id", "title", "median_salary", "growth_percent"}, {}};
    for (const auto& c : careers)
        records.rows.push_back({c.id, c.title, c.median_salary ? Cell(*c.median_salary) : Cell(),
                                c.growth_percent ? Cell(*c.growth_percent) : Cell()});
    return records;
}

}  // namespace career
