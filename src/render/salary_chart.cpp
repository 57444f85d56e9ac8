#include "render/salary_chart.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include <fmt/format.h>

#include "model/summary.hpp"
#include "render/formatting.hpp"
#include "render/occupation_sections.hpp"
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

// An occupation's annual percentiles, lowest first, each with its symbol on the bar.
struct Percentile {
    std::string_view symbol, label;
    const std::optional<Wage> WagePercentiles::*field;
};
constexpr Percentile kPercentiles[] = {
    {"├", "10th percentile", &WagePercentiles::p10}, {"", "25th percentile", &WagePercentiles::p25},
    {"M", "Median", &WagePercentiles::median},       {"", "75th percentile", &WagePercentiles::p75},
    {"┤", "90th percentile", &WagePercentiles::p90},
};

std::vector<Wage> wages_given(const WagePercentiles& p) {
    std::vector<Wage> given;
    for (const auto& percentile : kPercentiles)
        if (p.*percentile.field) given.push_back(*(p.*percentile.field));
    return given;
}

bool any_at_least(const WagePercentiles& p) {
    const auto given = wages_given(p);
    return std::any_of(given.begin(), given.end(), [](const Wage& w) { return w.at_least; });
}

// What a career's pay chart draws: an occupation's annual OEWS percentiles, else a guide's band.
const WagePercentiles* annual_wages(const Career& c) {
    if (!c.wages) return nullptr;
    return wages_given(c.wages->annual).empty() ? nullptr : &c.wages->annual;
}

std::optional<std::pair<Money, Money>> pay_extent(const Career& c) {
    if (const WagePercentiles* annual = annual_wages(c)) {
        const auto given = wages_given(*annual);
        return std::pair{static_cast<Money>(given.front().amount), static_cast<Money>(given.back().amount)};
    }
    if (c.salary) return extent(*c.salary);
    return std::nullopt;
}

std::string pay_currency(const Career& c) {
    if (annual_wages(c)) return "USD";
    return c.salary ? c.salary->currency : std::string();
}

// A bar says something only with two different amounts to place.
bool drawable(const Career& c) {
    auto span = pay_extent(c);
    return span && span->first < span->second;
}

std::string pay_bar(const Career& c, Money low, Money high, std::size_t columns) {
    if (const WagePercentiles* annual = annual_wages(c)) return wage_bar(*annual, low, high, columns);
    return c.salary ? salary_bar(*c.salary, low, high, columns) : std::string();
}

std::string mark_amount(const SalaryMark& mark, std::string_view currency) {
    return format_money(mark.amount, currency) + (mark.letter == 'T' ? "+" : "");
}

// The left end's label at the left and the right end's at the right, over a bar `columns` wide.
std::string axis_labels(const std::string& left, const std::string& right, std::size_t columns) {
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

// A line of a chart's legend: the mark, what it is, its amount. A row without a mark (" ") is a
// figure that is not on the bar.
struct LegendRow {
    std::string key, label, value;
};

// The legend: a line per mark, aligned in columns when they fit; narrower, each mark with its amount
// ("T  $600,000+", never apart), the label after them or, when it does not fit there, under them.
void write_chart_legend(const std::vector<LegendRow>& legend, TextWriter& w) {
    std::size_t label_width = 0, value_width = 0;
    for (const auto& row : legend) {
        label_width = std::max(label_width, display_width(row.label));
        value_width = std::max(value_width, display_width(row.value));
    }
    const bool aligned = w.fits(kChartIndent.size() + 3 + label_width + 2 + value_width);
    std::size_t amount_width = 0, mark_label_width = 0;
    for (const auto& row : legend) {
        if (row.key == " ") continue;
        amount_width = std::max(amount_width, display_width(row.value));
        mark_label_width = std::max(mark_label_width, display_width(row.label));
    }
    const bool labels_beside = w.fits(kChartIndent.size() + 3 + amount_width + 2 + mark_label_width);
    for (const auto& row : legend) {
        if (aligned) {
            w.line(fmt::format("{}{}  {}  {}", kChartIndent, row.key, pad_right(row.label, label_width), row.value));
        } else if (row.key == " ") {
            w.field(std::string(kChartIndent) + row.label, row.value);
        } else {
            const std::string mark = fmt::format("{}{}  {}", kChartIndent, row.key, row.value);
            const std::string padded = mark + std::string(amount_width - display_width(row.value), ' ');
            if (labels_beside) {
                w.line(padded + "  " + row.label);
            } else {
                // The mark and its amount on one line, as far as the width allows ("$186,680–$239,200
                // or more" goes on under itself).
                const std::string indent(kChartIndent.size() + 3, ' ');
                const std::string close = fmt::format("{}{} {}", kChartIndent, row.key, row.value);
                if (w.fits(display_width(mark)))
                    w.line(mark);
                else if (w.fits(display_width(close)))
                    w.line(close);
                else
                    write_wrapped(w, row.value, fmt::format("{}{}  ", kChartIndent, row.key), indent);
                write_wrapped(w, row.label, indent, indent);
            }
        }
    }
}

// "$103,050 – $169,000", "$186,680 – $239,200 or more": spaced, so a narrow line may break there.
std::string wage_range(const Wage& low, const Wage& high) {
    return format_wage(Wage{low.amount, false}) + " – " + format_wage(high);
}

// The source of the history, "BLS OEWS, May 2021 to May 2024", from the years' source records.
std::string history_source(const Career& c, const std::vector<WageYear>& history) {
    const bool oews = std::all_of(history.begin(), history.end(), [](const WageYear& y) { return y.source.starts_with("oews-"); });
    if (oews && history.size() > 1)
        return fmt::format("BLS OEWS, May {} to May {}", history.front().year, history.back().year);
    std::string out;
    for (const auto& year : history) {
        const std::string label = source_label(c, year.source);
        if (!label.empty() && out.find(label) == std::string::npos) out += (out.empty() ? "" : "; ") + label;
    }
    return out;
}

// The median of each year as a bar from zero, so that the bars' lengths compare as the wages do.
void render_wage_history(const Career& c, TextWriter& w) {
    const std::vector<WageYear>& history = c.wages->history;
    if (std::none_of(history.begin(), history.end(), [](const WageYear& y) { return y.median.has_value(); })) return;
    w.heading("Median Annual Wage by Year");
    double most = 0;
    std::size_t amount_width = 0;
    for (const auto& year : history) {
        if (year.median) most = std::max(most, year.median->amount);
        amount_width = std::max(amount_width, display_width(format_wage(year.median)));
    }
    const std::size_t used = kChartIndent.size() + 4 + 2 + 2;  // indent, year, gaps
    const std::size_t room = w.style().width > used + amount_width + 6 ? w.style().width - used - amount_width : 6;
    for (const auto& year : history) {
        std::string bar;
        if (year.median && most > 0) {
            const auto cells = std::max<std::size_t>(
                1, static_cast<std::size_t>(std::lround(year.median->amount / most * static_cast<double>(room - 1))));
            for (std::size_t i = 0; i < cells; ++i) bar += "█";
            if (year.median->at_least) bar += "→";
        }
        const std::size_t bar_width = display_width(bar);
        std::string line = fmt::format("{}{}  {}", kChartIndent, year.year, bar);
        line += std::string(room - std::min(room, bar_width), ' ') + "  " + format_wage(year.median);
        if (w.fits(display_width(line))) {
            w.line(line);
        } else {  // too narrow for the bar and the amount side by side: the amount under it
            w.line(fmt::format("{}{}  {}", kChartIndent, year.year, bar));
            const std::string indent(kChartIndent.size() + 2, ' ');
            write_wrapped(w, format_wage(year.median), indent, indent);
        }
    }
    w.blank();
    w.note("The median of May of each year, in the dollars of that year (not adjusted for inflation).");
    w.source(history_source(c, history));
}

void render_occupation_salary(const Career& c, TextWriter& w) {
    const Wages& wages = *c.wages;
    const std::string basis = source_label(c, wages.source);
    w.heading(fmt::format("Annual Wages (US, USD; {})", basis));
    const WagePercentiles& p = wages.annual;
    const WagePercentiles* annual = annual_wages(c);
    if (annual && drawable(c)) {
        const auto [low, high] = *pay_extent(c);
        const std::size_t columns = bar_columns(w.style());
        const std::vector<Wage> given = wages_given(p);
        // The ends of the scale; a top code's "or more" is the arrow on the bar and the legend's.
        w.line(axis_labels(format_wage(Wage{given.front().amount, false}), format_wage(Wage{given.back().amount, false}),
                           columns));
        w.line(std::string(kChartIndent) + styled_bar(wage_bar(p, low, high, columns), w.style()));
        w.blank();
    }
    std::vector<LegendRow> legend;
    if (annual) {
        legend.push_back({"├", "10th percentile", format_wage(p.p10)});
        legend.push_back({"━", "25th to 75th", p.p25 && p.p75 ? wage_range(*p.p25, *p.p75)
                                                               : format_wage(p.p25) + " – " + format_wage(p.p75)});
        legend.push_back({"M", "Median", format_wage(p.median)});
        legend.push_back({"┤", "90th percentile", format_wage(p.p90)});
        if (any_at_least(p)) legend.push_back({"→", "Beyond", "the survey's top code"});
        legend.push_back({" ", "Mean", format_wage(p.mean)});
    } else {
        legend.push_back({" ", "Annual wages", "not available"});
    }
    if (wages.hourly.median) legend.push_back({" ", "Hourly median", format_wage(wages.hourly.median, WagePeriod::hourly)});
    if (wages.employment) legend.push_back({" ", "Employment", format_count(*wages.employment)});
    write_chart_legend(legend, w);
    w.blank();
    if (annual)
        w.note("A tenth of workers earn less than the 10th percentile, a quarter less than the 25th, half less "
               "than the median.");
    else
        w.note("BLS OEWS publishes only hourly wages for this occupation.");
    w.source(source_line(c, wages.source));
    render_wage_history(c, w);
}

void render_guide_salary(const Career& career, TextWriter& w) {
    const SalaryBand& band = *career.salary;
    w.heading(fmt::format("Annual Salary ({}, {})", band.country, band.currency));
    const std::vector<SalaryMark> marks = salary_marks(band);
    if (drawable(career)) {
        const auto [low, high] = *extent(band);
        const std::size_t columns = bar_columns(w.style());
        w.line(axis_labels(format_money(low, band.currency), format_money(high, band.currency), columns));
        w.line(std::string(kChartIndent) + styled_bar(salary_bar(band, low, high, columns), w.style()));
        w.blank();
    }
    std::vector<LegendRow> legend;
    for (const auto& mark : marks)
        legend.push_back({std::string(1, mark.letter), mark.label, mark_amount(mark, band.currency)});
    if (band.minimum && band.maximum)
        legend.push_back({" ", "Range", format_money_range(*band.minimum, *band.maximum, band.currency)});
    write_chart_legend(legend, w);
    if (!marks.empty() || (band.minimum && band.maximum)) w.blank();
    if (marks.empty() && !(band.minimum && band.maximum)) w.not_given("Salary figures");
    else write_levels_not_given(band, w);
    w.prose(band.top_earners);
    w.source(source_line(career, band.source));  // the record the band names (issue 13)
}

// Each mark of a career's bar beside its amount, for the legend under the bar of several careers.
std::vector<std::string> legend_units(const Career& c) {
    std::vector<std::string> units;
    if (const WagePercentiles* p = annual_wages(c)) {
        if (p->p10) units.push_back("├ " + format_wage(p->p10));
        if (p->p25 && p->p75) units.push_back("━ " + wage_range(*p->p25, *p->p75));
        if (p->median) units.push_back("M " + format_wage(p->median));
        if (p->p90) units.push_back("┤ " + format_wage(p->p90));
        return units;
    }
    for (const auto& mark : salary_marks(*c.salary))
        units.push_back(fmt::format("{} {}", mark.letter, mark_amount(mark, c.salary->currency)));
    return units;
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

std::string wage_bar(const WagePercentiles& p, Money low, Money high, std::size_t columns) {
    columns = std::max<std::size_t>(columns, 3);
    const std::vector<Wage> given = wages_given(p);
    if (given.empty()) return {};
    // A wage at the top code goes on beyond its place: the last column is kept for the '→'.
    const bool beyond = any_at_least(p);
    const std::size_t scale = beyond ? columns - 1 : columns;
    const auto at = [&](const Wage& wage) { return column_of(static_cast<Money>(wage.amount), low, high, scale); };
    std::vector<std::string> cells(columns, " ");
    for (std::size_t c = at(given.front()); c <= at(given.back()); ++c) cells[c] = "─";
    if (p.p25 && p.p75)
        for (std::size_t c = at(*p.p25); c <= at(*p.p75); ++c) cells[c] = "━";
    if (p.p10) cells[at(*p.p10)] = "├";
    if (p.p90) cells[at(*p.p90)] = "┤";
    if (p.median) cells[at(*p.median)] = "M";
    if (beyond) {
        std::size_t last = 0;
        for (const auto& wage : given)
            if (wage.at_least) last = std::max(last, at(wage));
        cells[last + 1] = "→";
    }
    std::string bar;
    for (const auto& cell : cells) bar += cell;
    while (!bar.empty() && bar.back() == ' ') bar.pop_back();
    return bar;
}

void render_salary(const Career& career, const Style& style, Sink& out) {
    TextWriter w(style, out);
    w.title(career.title);
    if (career.wages) {
        render_occupation_salary(career, w);
    } else if (career.kind == CareerKind::occupation) {
        w.heading("Annual Wages");
        w.note("Annual wages: not available (BLS OEWS does not estimate this occupation).");
    } else if (career.salary) {
        render_guide_salary(career, w);
    } else {
        w.heading("Annual Salary");
        w.not_given("Salary");
    }
}

void render_salaries(const std::vector<Career>& careers, const Style& style, Sink& out) {
    // One scale for all, when they share a currency; each its own chart otherwise.
    std::optional<std::string> currency;
    std::optional<std::pair<Money, Money>> span;
    bool one_currency = true, guides = false, occupations = false, beyond = false;
    for (const auto& career : careers) {
        const auto extent_of = pay_extent(career);
        if (!extent_of) continue;
        if (currency && *currency != pay_currency(career)) one_currency = false;
        currency = pay_currency(career);
        span = span ? std::pair{std::min(span->first, extent_of->first), std::max(span->second, extent_of->second)}
                    : *extent_of;
        const WagePercentiles* annual = annual_wages(career);
        (annual ? occupations : guides) = true;
        beyond = beyond || (annual && any_at_least(*annual));
    }
    if (!one_currency || !span || span->first == span->second) {
        for (const auto& career : careers) render_salary(career, style, out);
        return;
    }

    TextWriter w(style, out);
    w.heading(fmt::format("Annual Salary ({})", *currency));
    const std::size_t columns = bar_columns(style);
    w.line(axis_labels(format_money(span->first, *currency), format_money(span->second, *currency), columns));
    w.blank();
    for (const auto& career : careers) {
        w.subheading(career.kind == CareerKind::occupation && !career.soc.empty()
                         ? fmt::format("{} (SOC {})", career.title, career.soc)
                         : career.title);
        if (!pay_extent(career)) {
            if (career.kind == CareerKind::occupation)
                w.note("Annual wages: not available.");
            else
                w.not_given("Salary");
            continue;
        }
        w.line(std::string(kChartIndent) + styled_bar(pay_bar(career, span->first, span->second, columns), style));
        // Each mark beside its amount: a line breaks between two marks, never inside one.
        for (const auto& line : wrap_units(legend_units(career), " · ", style.width - kChartIndent.size()))
            w.line(std::string(kChartIndent) + line);
        // What the figures are and where they come from, next to them: a guide's band and its
        // source, or the survey.
        if (!career.wages && career.salary) {
            w.field(std::string(kChartIndent) + "Basis", pay_basis(*career.salary));
            w.field(std::string(kChartIndent) + "Source",
                    career.salary->source.empty() ? "not given" : source_label(career, career.salary->source));
        } else {
            w.field(std::string(kChartIndent) + "Source", salary_basis(career));
        }
        w.blank();
    }
    if (guides)
        for (const auto& line : wrap_units({"E Entry-Level", "M Median", "S Senior-Level", "T Top 10% from"}, " · ",
                                           style.width))
            w.line(line);
    if (occupations) {
        std::vector<std::string> units{"├ 10th percentile", "━ 25th to 75th", "M Median", "┤ 90th percentile"};
        if (beyond) units.emplace_back("→ beyond the survey's top code");
        for (const auto& line : wrap_units(units, " · ", style.width)) w.line(line);
    }
    w.blank();
}

Records salary_records(const std::vector<Career>& careers) {
    Records records{{"id", "title", "kind", "soc", "country", "currency", "salary_basis", "median_salary",
                     "median_salary_at_least", "p10_salary", "p10_salary_at_least", "p25_salary",
                     "p25_salary_at_least", "p75_salary", "p75_salary_at_least", "p90_salary", "p90_salary_at_least",
                     "hourly_median", "minimum_salary", "maximum_salary", "entry_salary", "mid_salary",
                     "senior_salary", "top_10_percent_salary"},
                    {}};
    auto money = [](const std::optional<Money>& amount) { return amount ? Cell(*amount) : Cell(); };
    auto wage = [](const std::optional<Wage>& w) {
        return w ? Cell(static_cast<std::int64_t>(std::llround(w->amount))) : Cell();
    };
    auto at_least = [](const std::optional<Wage>& w) { return w ? Cell(w->at_least) : Cell(); };
    for (const auto& c : careers) {
        std::vector<Cell> row{c.id, c.title, std::string(c.kind == CareerKind::occupation ? "occupation" : "guide"),
                              c.soc.empty() ? Cell() : Cell(c.soc)};
        const std::string basis = salary_basis(c);
        if (c.wages) {
            const WagePercentiles& a = c.wages->annual;
            row.insert(row.end(), {std::string("US"), std::string("USD"), basis.empty() ? Cell() : Cell(basis),
                                   wage(a.median), at_least(a.median), wage(a.p10), at_least(a.p10), wage(a.p25),
                                   at_least(a.p25), wage(a.p75), at_least(a.p75), wage(a.p90), at_least(a.p90),
                                   c.wages->hourly.median ? Cell(c.wages->hourly.median->amount) : Cell()});
            row.resize(records.columns.size());
        } else if (c.salary) {
            const SalaryBand& s = *c.salary;
            row.insert(row.end(), {s.country, s.currency, basis, money(s.median),
                                   s.median ? Cell(false) : Cell(), {}, {}, {}, {}, {}, {}, {}, {}, {},
                                   money(s.minimum), money(s.maximum), money(s.entry), money(s.mid),
                                   money(s.senior), money(s.top_10_percent)});
        }
        row.resize(records.columns.size());
        records.rows.push_back(std::move(row));
    }
    return records;
}

}  // namespace career
