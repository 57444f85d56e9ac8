#include "model/summary.hpp"

#include <algorithm>

#include "model/text.hpp"
#include "model/words.hpp"

namespace career {
namespace {

// The figure a sort key orders summaries by, as a number; nullopt sorts last.
std::optional<double> summary_figure(const CareerSummary& c, SortKey key) {
    switch (key) {
        case SortKey::median:
            return c.median_salary ? std::optional<double>(static_cast<double>(*c.median_salary)) : std::nullopt;
        case SortKey::growth: return c.growth_percent;
        case SortKey::openings:
            return c.openings ? std::optional<double>(static_cast<double>(*c.openings)) : std::nullopt;
        case SortKey::employment:
            return c.employment ? std::optional<double>(static_cast<double>(*c.employment)) : std::nullopt;
        case SortKey::training:
            if (!c.training_years) return std::nullopt;
            // Shortest first by its least years; an open-ended path after a bounded one of that length.
            return c.training_years->min + (c.training_years->max ? *c.training_years->max : 1000) / 10000.0;
        default: return std::nullopt;
    }
}

// Titles in dictionary order: case folded, then as written.
bool title_before(std::string_view a, std::string_view b) {
    const std::string x = folded(a), y = folded(b);
    return x != y ? x < y : a < b;
}

// SOC order: by code (reversed when asked), careers without one last either way; under one code,
// the occupation before the guides about it, then by id.
bool soc_before(const CareerSummary& a, const CareerSummary& b, bool reverse) {
    if (a.soc != b.soc) {
        if (a.soc.empty() || b.soc.empty()) return b.soc.empty();
        return reverse ? b.soc < a.soc : a.soc < b.soc;
    }
    if (a.kind != b.kind) return a.kind == CareerKind::occupation;
    return a.id < b.id;
}

std::optional<double> wage_amount(const std::optional<Wage>& wage) {
    return wage ? std::optional<double>(wage->amount) : std::nullopt;
}

std::optional<double> money_amount(const std::optional<Money>& money) {
    return money ? std::optional<double>(static_cast<double>(*money)) : std::nullopt;
}

std::optional<double> count_amount(const std::optional<std::int64_t>& count) {
    return count ? std::optional<double>(static_cast<double>(*count)) : std::nullopt;
}

// "ep-2024-34" -> "2024–34": the period of an Employment Projections release, from its id.
std::string projection_period(std::string_view id) {
    if (id.starts_with("ep-") && id.size() == 10 && id[7] == '-') return std::string(id.substr(3, 4)) + "–" + std::string(id.substr(8, 2));
    return {};
}

// Free text without the addresses in it: "Jobicy guide: X, https://…" -> "Jobicy guide: X".
std::string without_urls(std::string_view text) {
    std::string out;
    std::size_t at = 0;
    while (at < text.size()) {
        std::size_t end = text.find(' ', at);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view word = text.substr(at, end - at);
        if (!word.empty() && !word.starts_with("http://") && !word.starts_with("https://")) {
            if (!out.empty()) out += ' ';
            out += word;
        }
        at = end + 1;
    }
    while (!out.empty() && (out.back() == ',' || out.back() == ' ' || out.back() == ';')) out.pop_back();
    return out;
}

}  // namespace

std::string source_label(const Career& c, std::string_view source) {
    if (source.starts_with("oews-")) return "BLS OEWS, May " + std::string(source.substr(5));
    if (const std::string period = projection_period(source); !period.empty())
        return "BLS Employment Projections, " + period;
    if (source.starts_with("onet-")) return "O*NET " + std::string(source.substr(5));
    if (const SourceRecord* record = find_source(c, source)) return record->title;
    return without_urls(source);
}

std::string salary_basis(const Career& c) {
    if (c.wages && (c.wages->annual.median || c.wages->annual.p10 || c.wages->annual.p90))
        return source_label(c, c.wages->source);
    if (c.salary) return pay_basis(*c.salary);
    return {};
}

std::string growth_basis(const Career& c) {
    if (c.projections && c.projections->change_percent) {
        const std::string period = projection_period(c.projections->source);
        if (!period.empty()) return period + ", BLS";
        return source_label(c, c.projections->source);
    }
    if (c.job_outlook.growth_percent) return growth_note(c.job_outlook);
    return {};
}

std::optional<double> growth_figure(const Career& c) {
    if (c.projections && c.projections->change_percent) return c.projections->change_percent;
    if (c.job_outlook.growth_percent) return static_cast<double>(*c.job_outlook.growth_percent);
    return std::nullopt;
}

std::optional<Wage> median_wage(const Career& c) {
    if (c.wages && c.wages->annual.median) return c.wages->annual.median;
    if (c.salary && c.salary->median) return Wage{static_cast<double>(*c.salary->median), false};
    return std::nullopt;
}

CareerSummary summarize(const Career& c) {
    CareerSummary s;
    s.id = c.id;
    s.title = c.title;
    s.aliases = c.aliases;
    s.tags = c.tags;
    s.kind = c.kind;
    s.soc = c.soc;
    s.group = c.group;
    if (c.salary) s.currency = c.salary->currency;
    if (c.wages) s.currency = "USD";
    if (auto median = median_wage(c)) {
        s.median_salary = static_cast<Money>(median->amount);
        s.median_at_least = median->at_least;
    }
    s.salary_basis = salary_basis(c);
    s.growth_percent = growth_figure(c);
    s.growth_basis = growth_basis(c);
    if (c.projections) {
        s.openings = c.projections->openings;
        s.employment = c.projections->employment_2024;
    }
    if (c.preparation) {
        s.entry_education = c.preparation->entry_education;
        s.job_zone = c.preparation->job_zone;
    }
    s.training_years = training_years(c.education);
    if (c.market_demand) s.demand = c.market_demand->level;
    s.remote_friendly = c.remote_friendly;
    return s;
}

void link_guides(std::vector<CareerSummary>& careers) {
    // Views into the occupations' own strings, which stay as they are.
    std::vector<std::string_view> guided;
    std::vector<std::pair<std::string_view, std::string_view>> group_titles;  // code, title
    for (const auto& c : careers) {
        if (c.kind == CareerKind::guide && !c.soc.empty()) guided.push_back(c.soc);
        if (c.kind == CareerKind::occupation && !c.group.empty()) group_titles.emplace_back(soc_group(c.soc), c.group);
    }
    std::sort(guided.begin(), guided.end());
    std::sort(group_titles.begin(), group_titles.end());
    for (auto& c : careers) {
        if (c.kind == CareerKind::occupation) {
            c.has_guide = std::binary_search(guided.begin(), guided.end(), std::string_view(c.soc));
        } else if (c.group.empty() && !c.soc.empty()) {
            const std::string_view code = soc_group(c.soc);
            const auto at = std::lower_bound(group_titles.begin(), group_titles.end(),
                                             std::pair<std::string_view, std::string_view>(code, ""));
            if (at != group_titles.end() && at->first == code) c.group = at->second;
        }
    }
}

bool has_words(std::string_view text, std::string_view wanted) {
    // Cut into words as `search` cuts them (model/words.hpp), so the two agree on what a word is.
    const std::vector<std::string> terms = terms_of(text);
    for (const auto& part : terms_of(wanted)) {
        if (std::none_of(terms.begin(), terms.end(), [&](const std::string& term) { return term_matches(part, term); }))
            return false;
    }
    return true;
}

bool matches(const CareerSummary& c, const ListFilter& f) {
    if (f.kind && c.kind != *f.kind) return false;
    if (f.min_median && !(c.median_salary && *c.median_salary >= *f.min_median)) return false;
    // "$239,200 or more" may be more than any maximum: it is never within one.
    if (f.max_median && !(c.median_salary && !c.median_at_least && *c.median_salary <= *f.max_median))
        return false;
    if (f.min_growth && !(c.growth_percent && *c.growth_percent >= *f.min_growth)) return false;
    if (f.min_openings && !(c.openings && *c.openings >= *f.min_openings)) return false;
    if (f.job_zone && c.job_zone != f.job_zone) return false;
    if (f.group && !(c.soc.size() > 2 && c.soc.starts_with(*f.group) && c.soc[f.group->size()] == '-'))
        return false;
    if (f.education && !(!c.entry_education.empty() && has_words(c.entry_education, *f.education))) return false;
    if (f.max_training_years && !(c.training_years && c.training_years->min <= *f.max_training_years))
        return false;
    if (f.min_demand && !(c.demand && *c.demand >= *f.min_demand)) return false;
    if (f.remote_only && !(c.remote_friendly && *c.remote_friendly)) return false;
    if (f.tag && std::none_of(c.tags.begin(), c.tags.end(), [&](const std::string& t) { return equal_folded(t, *f.tag); }))
        return false;
    return true;
}

void sort_summaries(std::vector<CareerSummary>& careers, SortKey key, bool reverse) {
    std::stable_sort(careers.begin(), careers.end(), [&](const CareerSummary& a, const CareerSummary& b) {
        switch (key) {
            case SortKey::id: return reverse ? b.id < a.id : a.id < b.id;
            case SortKey::title:
                if (a.title == b.title) return a.id < b.id;
                return reverse ? title_before(b.title, a.title) : title_before(a.title, b.title);
            case SortKey::soc: return soc_before(a, b, reverse);
            default: break;
        }
        const auto x = summary_figure(a, key), y = summary_figure(b, key);
        if (!x || !y) return x.has_value() && !y.has_value();  // the careers without the figure last
        if (*x == *y) return a.id < b.id;
        return reverse ? *y < *x : *x < *y;
    });
}

std::optional<double> sort_figure(const Career& c, SortKey key) {
    const auto annual = [&](std::optional<Wage> WagePercentiles::*field) -> std::optional<double> {
        return c.wages ? wage_amount(c.wages->annual.*field) : std::nullopt;
    };
    const auto band = [&](std::optional<Money> SalaryBand::*field) -> std::optional<double> {
        return c.salary ? money_amount((*c.salary).*field) : std::nullopt;
    };
    switch (key) {
        case SortKey::median: return wage_amount(median_wage(c));
        case SortKey::growth: return growth_figure(c);
        case SortKey::openings: return c.projections ? count_amount(c.projections->openings) : std::nullopt;
        case SortKey::employment: return c.projections ? count_amount(c.projections->employment_2024) : std::nullopt;
        case SortKey::training: {
            const auto years = training_years(c.education);
            if (!years) return std::nullopt;
            return years->min + (years->max ? *years->max : 1000) / 10000.0;
        }
        case SortKey::p10: return annual(&WagePercentiles::p10);
        case SortKey::p25: return annual(&WagePercentiles::p25);
        case SortKey::p75: return annual(&WagePercentiles::p75);
        case SortKey::p90: return annual(&WagePercentiles::p90);
        case SortKey::entry: return band(&SalaryBand::entry);
        case SortKey::senior: return band(&SalaryBand::senior);
        case SortKey::top: return band(&SalaryBand::top_10_percent);
        case SortKey::minimum: return band(&SalaryBand::minimum);
        case SortKey::maximum: return band(&SalaryBand::maximum);
        default: return std::nullopt;
    }
}

void sort_careers(std::vector<Career>& careers, SortKey key) {
    switch (key) {
        case SortKey::given: return;
        case SortKey::id:
            std::stable_sort(careers.begin(), careers.end(), [](const Career& a, const Career& b) { return a.id < b.id; });
            return;
        case SortKey::title:
            std::stable_sort(careers.begin(), careers.end(),
                             [](const Career& a, const Career& b) { return title_before(a.title, b.title); });
            return;
        case SortKey::soc:
            std::stable_sort(careers.begin(), careers.end(), [](const Career& a, const Career& b) {
                if (a.soc != b.soc) return b.soc.empty() || (!a.soc.empty() && a.soc < b.soc);
                return a.kind == CareerKind::occupation && b.kind != CareerKind::occupation;
            });
            return;
        default:
            // Highest first, as a ranking reads; the shortest training first.
            std::stable_sort(careers.begin(), careers.end(), [key](const Career& a, const Career& b) {
                const auto x = sort_figure(a, key), y = sort_figure(b, key);
                if (x && y) return key == SortKey::training ? *x < *y : *x > *y;
                return x.has_value() && !y.has_value();
            });
    }
}

}  // namespace career
