#include "render/compare_table.hpp"

#include <algorithm>
#include <functional>

#include <fmt/format.h>

#include "render/formatting.hpp"
#include "render/text_wrap.hpp"
#include "render/text_writer.hpp"

namespace career {
namespace {

constexpr std::string_view kNotGiven = "not given";
constexpr std::string_view kBestMark = " *";

enum class Better { higher, lower };

// A row's figure for one career: the text shown and the number that ranks it.
struct Figure {
    std::string text;
    double rank = 0;
};

using FigureOf = std::function<std::optional<Figure>(const Career&)>;

FigureOf money(std::optional<Money> SalaryBand::*field) {
    return [field](const Career& c) -> std::optional<Figure> {
        if (!c.salary || !((*c.salary).*field)) return std::nullopt;
        const Money amount = *((*c.salary).*field);
        return Figure{format_money(amount, c.salary->currency), static_cast<double>(amount)};
    };
}

CompareRow make_row(std::string label, std::string key, const std::vector<Career>& careers,
                    const FigureOf& figure_of, Better better) {
    CompareRow row{std::move(label), std::move(key), {}, {}};
    std::vector<std::optional<Figure>> figures;
    for (const auto& career : careers) figures.push_back(figure_of(career));
    std::optional<double> best;
    for (const auto& figure : figures) {
        if (!figure) continue;
        if (!best || (better == Better::higher ? figure->rank > *best : figure->rank < *best))
            best = figure->rank;
    }
    // A best needs a rival: two figures or more, not all the same.
    const bool differ = std::any_of(figures.begin(), figures.end(),
                                    [&](const auto& f) { return f && f->rank != *best; });
    for (const auto& figure : figures) {
        row.cells.push_back(figure ? figure->text : std::string(kNotGiven));
        row.best.push_back(figure && differ && figure->rank == *best);
    }
    return row;
}

std::string cell_text(const CompareRow& row, std::size_t i) {
    return row.cells[i] + (row.best[i] ? std::string(kBestMark) : "");
}

std::string trim_right(std::string text) {
    while (!text.empty() && text.back() == ' ') text.pop_back();
    return text;
}

std::string pad(std::string text, std::size_t width) {
    const std::size_t w = display_width(text);
    if (w < width) text.append(width - w, ' ');
    return text;
}

}  // namespace

std::vector<CompareRow> compare_rows(const std::vector<Career>& careers) {
    std::vector<CompareRow> rows;
    rows.push_back(make_row("Median salary", "median_salary", careers, money(&SalaryBand::median), Better::higher));
    rows.push_back(make_row(
        "Salary range", "salary_range", careers,
        [](const Career& c) -> std::optional<Figure> {
            if (!c.salary || !c.salary->minimum || !c.salary->maximum) return std::nullopt;
            return Figure{format_money_range(*c.salary->minimum, *c.salary->maximum, c.salary->currency),
                          static_cast<double>(*c.salary->maximum)};
        },
        Better::higher));
    rows.push_back(make_row("Entry-Level", "entry_salary", careers, money(&SalaryBand::entry), Better::higher));
    rows.push_back(make_row("Senior-Level", "senior_salary", careers, money(&SalaryBand::senior), Better::higher));
    rows.push_back(make_row("Top 10% from", "top_10_percent", careers, money(&SalaryBand::top_10_percent), Better::higher));
    rows.push_back(make_row(
        "Growth", "growth_percent", careers,
        [](const Career& c) -> std::optional<Figure> {
            auto growth = growth_percent(c);
            if (!growth) return std::nullopt;
            return Figure{format_percent(*growth), static_cast<double>(*growth)};
        },
        Better::higher));
    rows.push_back(make_row(
        "Market demand", "market_demand", careers,
        [](const Career& c) -> std::optional<Figure> {
            if (!c.market_demand) return std::nullopt;
            return Figure{std::string(label_of(c.market_demand->level)),
                          static_cast<double>(c.market_demand->level)};
        },
        Better::higher));
    rows.push_back(make_row(
        "Years of training", "training_years", careers,
        [](const Career& c) -> std::optional<Figure> {
            auto years = training_years(c.education);
            if (!years) return std::nullopt;
            // Shortest first by its least years; an open-ended path ranks after a bounded one.
            return Figure{format_years(*years), years->min + (years->max ? *years->max : 1000) / 10000.0};
        },
        Better::lower));
    rows.push_back(make_row(
        "Stress", "stress", careers,
        [](const Career& c) -> std::optional<Figure> {
            if (!c.work_life.stress) return std::nullopt;
            return Figure{std::string(label_of(*c.work_life.stress)), static_cast<double>(*c.work_life.stress)};
        },
        Better::lower));
    rows.push_back(make_row(
        "Work-life balance", "balance", careers,
        [](const Career& c) -> std::optional<Figure> {
            if (!c.work_life.balance) return std::nullopt;
            return Figure{std::string(label_of(*c.work_life.balance)),
                          static_cast<double>(*c.work_life.balance)};
        },
        Better::higher));
    rows.push_back(make_row(
        "Remote-friendly", "remote_friendly", careers,
        [](const Career& c) -> std::optional<Figure> {
            if (!c.remote_friendly) return std::nullopt;
            return Figure{*c.remote_friendly ? "yes" : "no", *c.remote_friendly ? 1.0 : 0.0};
        },
        Better::higher));
    return rows;
}

void render_compare(const std::vector<Career>& careers, const Style& style, Sink& out) {
    TextWriter w(style, out);
    const std::vector<CompareRow> rows = compare_rows(careers);

    // Each column as wide as its widest value, and at least a dozen columns so a title does not
    // wrap a word a line; titles wrap inside their column.
    const std::size_t gap = 2;
    std::size_t label_width = 0;
    std::vector<std::size_t> widths(careers.size(), 12);
    for (const auto& row : rows) {
        label_width = std::max(label_width, display_width(row.label));
        for (std::size_t i = 0; i < careers.size(); ++i)
            widths[i] = std::max(widths[i], display_width(cell_text(row, i)));
    }
    // A title's words are never broken, so its column holds its longest word.
    for (std::size_t i = 0; i < careers.size(); ++i)
        for (const auto& word : wrap(careers[i].title, 1)) widths[i] = std::max(widths[i], display_width(word));
    std::size_t table_width = label_width;
    for (auto width : widths) table_width += gap + width;

    w.heading("Comparison");
    if (w.fits(table_width)) {
        // Header: each title wrapped in its column, bottom-aligned.
        std::vector<std::vector<std::string>> titles;
        std::size_t header_lines = 0;
        for (std::size_t i = 0; i < careers.size(); ++i) {
            titles.push_back(wrap(careers[i].title, widths[i]));
            header_lines = std::max(header_lines, titles.back().size());
        }
        for (std::size_t line = 0; line < header_lines; ++line) {
            std::string text(label_width, ' ');
            for (std::size_t i = 0; i < careers.size(); ++i) {
                const std::size_t skip = header_lines - titles[i].size();
                const std::string title = line >= skip ? titles[i][line - skip] : "";
                text += std::string(gap, ' ') + style.bold(pad(title, widths[i]));
            }
            w.line(trim_right(text));
        }
        w.line(std::string(table_width, '-'));
        for (const auto& row : rows) {
            std::string text = pad(row.label, label_width);
            for (std::size_t i = 0; i < careers.size(); ++i) {
                const std::string cell = pad(cell_text(row, i), widths[i]);
                text += std::string(gap, ' ') + (row.best[i] ? style.bold(cell) : cell);
            }
            w.line(trim_right(text));
        }
        w.blank();
    } else {
        // Too narrow for columns: one block per row, a line per career.
        for (const auto& row : rows) {
            w.subheading(row.label);
            Items items;
            // A no-break space keeps the best mark on its value's line.
            for (std::size_t i = 0; i < careers.size(); ++i) {
                const std::string value = row.cells[i] + (row.best[i] ? "\u00a0*" : "");
                items.push_back(careers[i].title + ": " + (row.best[i] ? style.bold(value) : value));
            }
            w.list(items);
        }
    }
    w.prose("* best in the row: highest pay, growth, demand and balance; shortest training; lowest "
            "stress.");
}

Records compare_records(const std::vector<Career>& careers) {
    Records records{{"id", "title", "median_salary", "salary_minimum", "salary_maximum", "entry_salary",
                     "senior_salary", "top_10_percent", "growth_percent", "market_demand",
                     "training_years_min", "training_years_max", "stress", "balance", "remote_friendly"},
                    {}};
    auto money = [](const Career& c, std::optional<Money> SalaryBand::*field) {
        return c.salary && (*c.salary).*field ? Cell(*((*c.salary).*field)) : Cell();
    };
    for (const auto& c : careers) {
        const auto training = training_years(c.education);
        const auto growth = growth_percent(c);
        records.rows.push_back({
            c.id, c.title, money(c, &SalaryBand::median), money(c, &SalaryBand::minimum),
            money(c, &SalaryBand::maximum), money(c, &SalaryBand::entry), money(c, &SalaryBand::senior),
            money(c, &SalaryBand::top_10_percent), growth ? Cell(std::int64_t{*growth}) : Cell(),
            c.market_demand ? Cell(std::string(word_of(c.market_demand->level))) : Cell(),
            training ? Cell(std::int64_t{training->min}) : Cell(),
            training && training->max ? Cell(std::int64_t{*training->max}) : Cell(),
            c.work_life.stress ? Cell(std::string(word_of(*c.work_life.stress))) : Cell(),
            c.work_life.balance ? Cell(std::string(word_of(*c.work_life.balance))) : Cell(),
            c.remote_friendly ? Cell(*c.remote_friendly) : Cell(),
        });
    }
    return records;
}

toml::table compare_json(const std::vector<Career>& careers) {
    toml::table best;
    for (const auto& row : compare_rows(careers)) {
        toml::array ids;
        for (std::size_t i = 0; i < careers.size(); ++i)
            if (row.best[i]) ids.push_back(careers[i].id);
        if (!ids.empty()) best.insert(row.key, std::move(ids));
    }
    return toml::table{{"careers", records_array(compare_records(careers))}, {"best", std::move(best)}};
}

}  // namespace career
