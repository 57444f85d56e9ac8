#include "render/compare_table.hpp"

#include <algorithm>
#include <functional>

#include <fmt/format.h>

#include "model/summary.hpp"
#include "render/formatting.hpp"
#include "render/text_wrap.hpp"
#include "render/text_writer.hpp"

namespace career {
namespace {

constexpr std::string_view kBestMark = " *";
constexpr std::size_t kNarrowestCompareColumn = 12;

enum class Better { higher, lower, none };

// A row's figure for one career: the text shown and the number that ranks it.
struct Figure {
    std::string text;
    double rank = 0;
};

using FigureOf = std::function<std::optional<Figure>(const Career&)>;

// What a cell says where a career lacks the figure: a guide's source did not give it; the survey
// does not publish it for an occupation.
std::string_view missing_figure(const Career& c) {
    return c.kind == CareerKind::occupation ? "not available" : "not given";
}

FigureOf money(std::optional<Money> SalaryBand::*field) {
    return [field](const Career& c) -> std::optional<Figure> {
        if (!c.salary || !((*c.salary).*field)) return std::nullopt;
        const Money amount = *((*c.salary).*field);
        return Figure{format_money(amount, c.salary->currency), static_cast<double>(amount)};
    };
}

FigureOf annual_wage(std::optional<Wage> WagePercentiles::*field) {
    return [field](const Career& c) -> std::optional<Figure> {
        if (!c.wages || !(c.wages->annual.*field)) return std::nullopt;
        const Wage& wage = *(c.wages->annual.*field);
        return Figure{format_wage(wage), wage.amount};
    };
}

FigureOf words(std::string (*text_of)(const Career&)) {
    return [text_of](const Career& c) -> std::optional<Figure> {
        std::string text = text_of(c);
        if (text.empty()) return std::nullopt;
        return Figure{std::move(text), 0};
    };
}

CompareRow make_row(std::string label, std::string key, const std::vector<Career>& careers,
                    const FigureOf& figure_of, Better better) {
    CompareRow row{std::move(label), std::move(key), {}, {}, better == Better::none};
    std::vector<std::optional<Figure>> figures;
    for (const auto& career : careers) figures.push_back(figure_of(career));
    std::optional<double> best;
    for (const auto& figure : figures) {
        if (!figure || better == Better::none) continue;
        if (!best || (better == Better::higher ? figure->rank > *best : figure->rank < *best))
            best = figure->rank;
    }
    // A best needs a rival: two figures or more, not all the same.
    const bool differ = best && std::any_of(figures.begin(), figures.end(),
                                            [&](const auto& f) { return f && f->rank != *best; });
    for (std::size_t i = 0; i < careers.size(); ++i) {
        const auto& figure = figures[i];
        row.cells.push_back(figure ? figure->text : std::string(missing_figure(careers[i])));
        row.best.push_back(figure && differ && figure->rank == *best);
    }
    return row;
}

bool any_figure(const CompareRow& row, const std::vector<Career>& careers) {
    for (std::size_t i = 0; i < careers.size(); ++i)
        if (row.cells[i] != missing_figure(careers[i])) return true;
    return false;
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

// A column's heading: the title, and what kind of career it is.
std::string compare_heading(const Career& c) {
    if (c.kind == CareerKind::occupation) return c.soc.empty() ? c.title : fmt::format("{} (SOC {})", c.title, c.soc);
    return c.title + " (guide)";
}

std::size_t longest_word(std::string_view text) {
    std::size_t longest = 0;
    for (const auto& word : wrap(text, 1)) longest = std::max(longest, display_width(word));
    return longest;
}

std::string entry_education_of(const Career& c) { return c.preparation ? c.preparation->entry_education : ""; }

}  // namespace

std::vector<CompareRow> compare_rows(const std::vector<Career>& careers) {
    std::vector<CompareRow> rows;
    rows.push_back(make_row(
        "Median pay", "median_salary", careers,
        [](const Career& c) -> std::optional<Figure> {
            const auto median = median_wage(c);
            if (!median) return std::nullopt;
            const std::string text = c.wages ? format_wage(*median)
                                             : format_money(static_cast<Money>(median->amount), c.salary->currency);
            return Figure{text, median->amount};
        },
        Better::higher));
    rows.push_back(make_row("10th percentile", "p10_salary", careers, annual_wage(&WagePercentiles::p10), Better::higher));
    rows.push_back(make_row("90th percentile", "p90_salary", careers, annual_wage(&WagePercentiles::p90), Better::higher));
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
    rows.push_back(make_row("Top 10% from", "top_10_percent_salary", careers, money(&SalaryBand::top_10_percent),
                            Better::higher));
    rows.push_back(make_row("Pay basis", "salary_basis", careers, words(salary_basis), Better::none));
    rows.push_back(make_row(
        "Growth", "growth_percent", careers,
        [](const Career& c) -> std::optional<Figure> {
            auto growth = growth_figure(c);
            if (!growth) return std::nullopt;
            return Figure{format_percent(*growth), *growth};
        },
        Better::higher));
    rows.push_back(make_row("Growth basis", "growth_basis", careers, words(growth_basis), Better::none));
    rows.push_back(make_row(
        "Openings a year, 2024–34", "openings", careers,
        [](const Career& c) -> std::optional<Figure> {
            if (!c.projections || !c.projections->openings) return std::nullopt;
            return Figure{format_count(*c.projections->openings), static_cast<double>(*c.projections->openings)};
        },
        Better::higher));
    rows.push_back(make_row("Entry education (BLS)", "entry_education", careers, words(entry_education_of), Better::none));
    rows.push_back(make_row(
        "Job zone (O*NET)", "job_zone", careers,
        [](const Career& c) -> std::optional<Figure> {
            if (!c.preparation || !c.preparation->job_zone) return std::nullopt;
            return Figure{fmt::format("{} of 5", *c.preparation->job_zone), 0};
        },
        Better::none));
    rows.back().words = false;  // a figure, not words: it does not wrap
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
    // A row no career has a figure for says nothing: a comparison of guides has no percentiles, one
    // of occupations no salary levels.
    std::vector<CompareRow> rows;
    for (auto& row : compare_rows(careers))
        if (any_figure(row, careers)) rows.push_back(std::move(row));
    std::vector<std::string> headings;
    for (const auto& career : careers) headings.push_back(compare_heading(career));

    // Each column as wide as its widest figure, and at least a dozen columns; headings and words
    // wrap inside their column, which holds their longest word, and widen it while there is room.
    const std::size_t gap = 2;
    std::size_t label_width = 0;
    std::vector<std::size_t> widths(careers.size(), kNarrowestCompareColumn), natural(careers.size(), 0);
    for (const auto& row : rows) {
        label_width = std::max(label_width, display_width(row.label));
        for (std::size_t i = 0; i < careers.size(); ++i) {
            const std::size_t whole = display_width(cell_text(row, i));
            widths[i] = std::max(widths[i], row.words ? longest_word(row.cells[i]) : whole);
            natural[i] = std::max(natural[i], whole);
        }
    }
    for (std::size_t i = 0; i < careers.size(); ++i) {
        widths[i] = std::max(widths[i], longest_word(headings[i]));
        natural[i] = std::max({natural[i], display_width(headings[i]), widths[i]});
    }
    std::size_t table_width = label_width;
    for (auto width : widths) table_width += gap + width;
    // The room left goes to the columns that would wrap, a column at a time, until none would.
    for (bool grew = true; grew && table_width < style.width;) {
        grew = false;
        for (std::size_t i = 0; i < careers.size() && table_width < style.width; ++i) {
            if (widths[i] < natural[i]) {
                ++widths[i];
                ++table_width;
                grew = true;
            }
        }
    }

    w.heading("Comparison");
    if (w.fits(table_width)) {
        // Header: each heading wrapped in its column, bottom-aligned.
        std::vector<std::vector<std::string>> titles;
        std::size_t header_lines = 0;
        for (std::size_t i = 0; i < careers.size(); ++i) {
            titles.push_back(wrap(headings[i], widths[i]));
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
            // A row of words may take several lines: each cell wrapped in its column, top-aligned.
            std::vector<std::vector<std::string>> cells;
            std::size_t lines = 1;
            for (std::size_t i = 0; i < careers.size(); ++i) {
                cells.push_back(row.words ? wrap(row.cells[i], widths[i]) : std::vector<std::string>{cell_text(row, i)});
                lines = std::max(lines, cells.back().size());
            }
            for (std::size_t line = 0; line < lines; ++line) {
                std::string text = pad(line == 0 ? row.label : "", label_width);
                for (std::size_t i = 0; i < careers.size(); ++i) {
                    const std::string cell = pad(line < cells[i].size() ? cells[i][line] : "", widths[i]);
                    text += std::string(gap, ' ') + (row.best[i] ? style.bold(cell) : cell);
                }
                w.line(trim_right(text));
            }
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
    w.prose("* best in the row: highest pay, growth, openings, demand and balance; shortest training; lowest "
            "stress. Basis: where the figures above it come from, and for what period. Openings: BLS Employment "
            "Projections. Not given: the guide's source does not say; not available: BLS does not publish it.");
}

Records compare_records(const std::vector<Career>& careers) {
    Records records{{"id", "title", "kind", "soc", "salary_basis", "median_salary", "median_salary_at_least",
                     "p10_salary", "p10_salary_at_least", "p90_salary", "p90_salary_at_least", "minimum_salary",
                     "maximum_salary", "entry_salary", "senior_salary", "top_10_percent_salary", "growth_percent",
                     "growth_basis", "openings", "entry_education", "job_zone", "market_demand",
                     "training_years_min", "training_years_max", "stress", "balance", "remote_friendly"},
                    {}};
    auto money = [](const Career& c, std::optional<Money> SalaryBand::*field) {
        return c.salary && (*c.salary).*field ? Cell(*((*c.salary).*field)) : Cell();
    };
    auto wage = [](const std::optional<Wage>& w) {
        return w ? Cell(static_cast<std::int64_t>(std::llround(w->amount))) : Cell();
    };
    auto at_least = [](const std::optional<Wage>& w) { return w ? Cell(w->at_least) : Cell(); };
    auto text = [](std::string s) { return s.empty() ? Cell() : Cell(std::move(s)); };
    for (const auto& c : careers) {
        const auto training = training_years(c.education);
        const auto growth = growth_figure(c);
        const auto median = median_wage(c);
        static const WagePercentiles kNone{};
        const WagePercentiles& annual = c.wages ? c.wages->annual : kNone;
        records.rows.push_back({
            c.id, c.title, std::string(c.kind == CareerKind::occupation ? "occupation" : "guide"), text(c.soc),
            text(salary_basis(c)), wage(median), at_least(median), wage(annual.p10), at_least(annual.p10),
            wage(annual.p90), at_least(annual.p90), money(c, &SalaryBand::minimum), money(c, &SalaryBand::maximum),
            money(c, &SalaryBand::entry), money(c, &SalaryBand::senior), money(c, &SalaryBand::top_10_percent),
            growth ? Cell(*growth) : Cell(), text(growth_basis(c)),
            c.projections && c.projections->openings ? Cell(*c.projections->openings) : Cell(),
            text(entry_education_of(c)),
            c.preparation && c.preparation->job_zone ? Cell(std::int64_t{*c.preparation->job_zone}) : Cell(),
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
