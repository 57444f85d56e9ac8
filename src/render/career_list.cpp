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

}  // namespace

void render_list_text(const std::vector<CareerSummary>& careers, const Style& style, Sink& out) {
    const ListRow header{{"ID", "TITLE", "MEDIAN SALARY", "GROWTH"}};
    std::vector<ListRow> rows;
    for (const auto& career : careers) rows.push_back(row_of(career));

    std::array<std::size_t, 4> widths{};
    for (std::size_t i = 0; i < 4; ++i) widths[i] = display_width(header.cells[i]);
    for (const auto& row : rows)
        for (std::size_t i = 0; i < 4; ++i) widths[i] = std::max(widths[i], display_width(row.cells[i]));

    // Figures are right-aligned so their digits line up.
    auto line = [&](const ListRow& row) {
        std::string text;
        for (std::size_t i = 0; i < 4; ++i) {
            const std::string pad(widths[i] - display_width(row.cells[i]), ' ');
            text += i < 2 ? row.cells[i] + pad : pad + row.cells[i];
            if (i < 3) text += "  ";
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
                                c.growth_percent ? Cell(std::int64_t{*c.growth_percent}) : Cell()});
    return records;
}

}  // namespace career
