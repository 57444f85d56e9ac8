#include "render/salary_chart.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include <fmt/format.h>

#include "render/formatting.hpp"
#include "render/text_wrap.hpp"
#include "render/text_writer.hpp"
#include "render/view_text.hpp"

namespace career {
namespace {

constexpr std::string_view kChartIndent = "  ";

std::size_t column_of(Money amount, Money low, Money high, std::size_t columns) {
    if (high <= low || columns < 2) return 0;
    const double share = static_cast<double>(amount - low) / static_cast<double>(high - low);
    const double column = std::round(std::clamp(share, 0.0, 1.0) * static_cast<double>(columns - 1));
    return static_cast<std::size_t>(column);
}

// The lowest and highest amount a band shows: its range, else its marks.
std::optional<std::pair<Money, Money>> extent(const SalaryBand& band) {
    std::vector<Money> amounts;
    if (band.minimum) amounts.push_back(*band.minimum);
    if (band.maximum) amounts.push_back(*band.maximum);
    for (const auto& mark : salary_marks(band)) amounts.push_back(mark.amount);
    if (amounts.empty()) return std::nullopt;
    auto [low, high] = std::minmax_element(amounts.begin(), amounts.end());
    return std::pair{*low, *high};
}

// A bar says something only with two different amounts to place.
bool drawable(const SalaryBand& band) {
    auto span = extent(band);
    return span && span->first < span->second;
}

std::string mark_amount(const SalaryMark& mark, std::string_view currency) {
    return format_money(mark.amount, currency) + (mark.letter == 'T' ? "+" : "");
}

// "$350,000" at the left end and "$600,000" at the right, over a bar `columns` wide.
std::string axis_labels(Money low, Money high, std::string_view currency, std::size_t columns) {
    const std::string left = format_money(low, currency), right = format_money(high, currency);
    const std::size_t used = display_width(left) + display_width(right);
    const std::size_t gap = columns > used ? columns - used : 1;
    return std::string(kChartIndent) + left + std::string(gap, ' ') + right;
}

std::string styled_bar(const std::string& bar, const Style& style) {
    if (!style.color) return bar;
    std::string out;  // marks stand out in bold; the line stays as it is
    for (char c : bar) out += std::isupper(static_cast<unsigned char>(c)) || c == 'm'
                                  ? style.bold(std::string(1, c))
                                  : std::string(1, c);
    return out;
}

std::size_t bar_columns(const Style& style) {
    return std::max<std::size_t>(style.width - kChartIndent.size(), 10);
}

void write_levels_not_given(const SalaryBand& band, TextWriter& w) {
    if (!band.minimum || !band.maximum) w.not_given("Range");
    if (!band.entry && !band.mid && !band.senior) w.not_given("Entry-, Mid- and Senior-Level pay");
}

}  // namespace

std::vector<SalaryMark> salary_marks(const SalaryBand& band) {
    std::vector<SalaryMark> marks;
    if (band.entry) marks.push_back({'E', "Entry-Level", *band.entry});
    if (band.median)
        marks.push_back({'M', band.mid == band.median ? "Median (Mid-Level)" : "Median", *band.median});
    if (band.mid && band.mid != band.median)
        marks.push_back({band.median ? 'm' : 'M', "Mid-Level", *band.mid});
    if (band.senior) marks.push_back({'S', "Senior-Level", *band.senior});
    if (band.top_10_percent) marks.push_back({'T', "Top 10% from", *band.top_10_percent});
    std::stable_sort(marks.begin(), marks.end(),
                     [](const SalaryMark& a, const SalaryMark& b) { return a.amount < b.amount; });
    return marks;
}

std::string salary_bar(const SalaryBand& band, Money low, Money high, std::size_t columns) {
    columns = std::max<std::size_t>(columns, 2);
    std::vector<std::string> cells(columns, " ");
    if (band.minimum && band.maximum) {
        const std::size_t from = column_of(*band.minimum, low, high, columns);
        const std::size_t to = column_of(*band.maximum, low, high, columns);
        for (std::size_t c = from; c <= to; ++c) cells[c] = "─";
        cells[from] = "├";
        cells[to] = "┤";
    }
    const std::vector<SalaryMark> marks = salary_marks(band);
    std::vector<std::size_t> at;
    for (const auto& mark : marks) at.push_back(column_of(mark.amount, low, high, columns));
    // Keep every mark visible and in order: nudge right past a neighbour, then back from the end.
    for (std::size_t i = 1; i < at.size(); ++i) at[i] = std::max(at[i], at[i - 1] + 1);
    for (std::size_t i = at.size(); i-- > 0;) {
        const std::size_t last_free = columns - (at.size() - i);
        at[i] = std::min(at[i], last_free);
        if (i + 1 < at.size()) at[i] = std::min(at[i], at[i + 1] - 1);
    }
    for (std::size_t i = 0; i < marks.size(); ++i) cells[at[i]] = std::string(1, marks[i].letter);

    std::string bar;
    for (const auto& cell : cells) bar += cell;
    while (!bar.empty() && bar.back() == ' ') bar.pop_back();
    return bar;
}

void render_salary(const Career& career, const Style& style, Sink& out) {
    TextWriter w(style, out);
    w.title(career.title);
    if (!career.salary) {
        w.heading("Annual Salary");
        w.not_given("Salary");
        return;
    }
    const SalaryBand& band = *career.salary;
    w.heading(fmt::format("Annual Salary ({}, {})", band.country, band.currency));
    const std::vector<SalaryMark> marks = salary_marks(band);
    if (drawable(band)) {
        const auto [low, high] = *extent(band);
        const std::size_t columns = bar_columns(style);
        w.line(axis_labels(low, high, band.currency, columns));
        w.line(std::string(kChartIndent) + styled_bar(salary_bar(band, low, high, columns), style));
        w.blank();
    }
    // The legend: a line per mark, aligned in columns when they fit, else each label with its value.
    struct LegendRow {
        std::string key, label, value;
    };
    std::vector<LegendRow> legend;
    for (const auto& mark : marks)
        legend.push_back({std::string(1, mark.letter), mark.label, mark_amount(mark, band.currency)});
    if (band.minimum && band.maximum)
        legend.push_back({" ", "Range", format_money_range(*band.minimum, *band.maximum, band.currency)});
    std::size_t label_width = 0, value_width = 0;
    for (const auto& row : legend) {
        label_width = std::max(label_width, display_width(row.label));
        value_width = std::max(value_width, display_width(row.value));
    }
    const bool aligned = w.fits(kChartIndent.size() + 3 + label_width + 2 + value_width);
    // Narrower: each mark with its amount ("T  $600,000+", never apart), the label after them or, when
    // it does not fit there, under them.
    std::size_t amount_width = 0, mark_label_width = 0;
    for (const auto& row : legend) {
        if (row.key == " ") continue;
        amount_width = std::max(amount_width, display_width(row.value));
        mark_label_width = std::max(mark_label_width, display_width(row.label));
    }
    const bool labels_beside = w.fits(kChartIndent.size() + 3 + amount_width + 2 + mark_label_width);
    for (const auto& row : legend) {
        if (aligned) {
            w.line(fmt::format("{}{}  {:<{}}  {}", kChartIndent, row.key, row.label, label_width, row.value));
        } else if (row.key == " ") {
            w.field(std::string(kChartIndent) + row.label, row.value);
        } else {
            const std::string mark = fmt::format("{}{}  {}", kChartIndent, row.key, row.value);
            const std::string padded = mark + std::string(amount_width - display_width(row.value), ' ');
            if (labels_beside)
                w.line(padded + "  " + row.label);
            else {
                w.line(mark);
                const std::string indent(kChartIndent.size() + 3, ' ');
                write_wrapped(w, row.label, indent, indent);
            }
        }
    }
    if (!marks.empty() || (band.minimum && band.maximum)) w.blank();
    if (marks.empty() && !(band.minimum && band.maximum)) w.not_given("Salary figures");
    else write_levels_not_given(band, w);
    w.prose(band.top_earners);
    w.source(source_line(career, band.source));  // the record the band names (issue 13)
}

void render_salaries(const std::vector<Career>& careers, const Style& style, Sink& out) {
    // One scale for all, when they share a currency; each its own chart otherwise.
    std::optional<std::string> currency;
    std::optional<std::pair<Money, Money>> span;
    bool one_currency = true;
    for (const auto& career : careers) {
        if (!career.salary) continue;
        if (currency && *currency != career.salary->currency) one_currency = false;
        currency = career.salary->currency;
        if (auto e = extent(*career.salary))
            span = span ? std::pair{std::min(span->first, e->first), std::max(span->second, e->second)} : *e;
    }
    if (!one_currency || !span || span->first == span->second) {
        for (const auto& career : careers) render_salary(career, style, out);
        return;
    }

    TextWriter w(style, out);
    w.heading(fmt::format("Annual Salary ({})", *currency));
    const std::size_t columns = bar_columns(style);
    w.line(axis_labels(span->first, span->second, *currency, columns));
    w.blank();
    for (const auto& career : careers) {
        w.subheading(career.title);
        if (!career.salary || salary_marks(*career.salary).empty()) {
            w.not_given("Salary");
            continue;
        }
        const SalaryBand& band = *career.salary;
        w.line(std::string(kChartIndent) + styled_bar(salary_bar(band, span->first, span->second, columns), style));
        // Each mark beside its amount: a line breaks between two marks, never inside one.
        std::vector<std::string> legend;
        for (const auto& mark : salary_marks(band))
            legend.push_back(fmt::format("{} {}", mark.letter, mark_amount(mark, band.currency)));
        for (const auto& line : wrap_units(legend, " · ", style.width - kChartIndent.size()))
            w.line(std::string(kChartIndent) + line);
        w.blank();
    }
    for (const auto& line : wrap_units({"E Entry-Level", "M Median", "S Senior-Level", "T Top 10% from"}, " · ",
                                       style.width))
        w.line(line);
    w.blank();
}

Records salary_records(const std::vector<Career>& careers) {
    Records records{{"id", "title", "country", "currency", "minimum", "maximum", "median", "entry", "mid",
                     "senior", "top_10_percent"},
                    {}};
    auto money = [](const std::optional<Money>& amount) { return amount ? Cell(*amount) : Cell(); };
    for (const auto& c : careers) {
        if (!c.salary) {
            records.rows.push_back({c.id, c.title, {}, {}, {}, {}, {}, {}, {}, {}, {}});
            continue;
        }
        const SalaryBand& s = *c.salary;
        records.rows.push_back({c.id, c.title, s.country, s.currency, money(s.minimum), money(s.maximum),
                                money(s.median), money(s.entry), money(s.mid), money(s.senior),
                                money(s.top_10_percent)});
    }
    return records;
}

}  // namespace career
