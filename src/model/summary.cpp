#include "model/summary.hpp"

#include <algorithm>

#include "model/text.hpp"

namespace career {
namespace {

// The figure a sort key orders by, as a number; nullopt sorts last.
std::optional<double> sort_value(const CareerSummary& c, ListOrder order) {
    switch (order) {
        case ListOrder::salary:
            return c.median_salary ? std::optional<double>(static_cast<double>(*c.median_salary)) : std::nullopt;
        case ListOrder::growth:
            return c.growth_percent ? std::optional<double>(*c.growth_percent) : std::nullopt;
        case ListOrder::training:
            if (!c.training_years) return std::nullopt;
            // Shortest first by its least years; an open-ended path after a bounded one of that length.
            return c.training_years->min + (c.training_years->max ? *c.training_years->max : 1000) / 10000.0;
        default: return std::nullopt;
    }
}

}  // namespace

CareerSummary summarize(const Career& c) {
    CareerSummary s;
    s.id = c.id;
    s.title = c.title;
    s.aliases = c.aliases;
    s.tags = c.tags;
    s.kind = c.kind;
    s.soc = c.soc;
    if (c.salary) {
        s.currency = c.salary->currency;
        s.median_salary = c.salary->median;
    }
    if (c.job_outlook.growth_percent) {
        s.growth_percent = *c.job_outlook.growth_percent;
        s.growth_basis = "as stated in the guide";
    }
    if (c.wages && c.wages->annual.median) {
        s.currency = "USD";
        s.median_salary = static_cast<Money>(c.wages->annual.median->amount);
        s.median_at_least = c.wages->annual.median->at_least;
    }
    if (c.projections) {
        s.growth_percent = c.projections->change_percent;
        s.growth_basis = "2024–34, BLS";
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

bool matches(const CareerSummary& c, const ListFilter& f) {
    if (f.min_salary && !(c.median_salary && *c.median_salary >= *f.min_salary)) return false;
    if (f.max_training_years && !(c.training_years && c.training_years->min <= *f.max_training_years))
        return false;
    if (f.min_demand && !(c.demand && *c.demand >= *f.min_demand)) return false;
    if (f.remote_only && !(c.remote_friendly && *c.remote_friendly)) return false;
    if (f.tag && std::none_of(c.tags.begin(), c.tags.end(), [&](const std::string& t) { return equal_folded(t, *f.tag); }))
        return false;
    return true;
}

void sort_summaries(std::vector<CareerSummary>& careers, ListOrder order, bool reverse) {
    std::stable_sort(careers.begin(), careers.end(), [&](const CareerSummary& a, const CareerSummary& b) {
        if (order == ListOrder::id) return reverse ? b.id < a.id : a.id < b.id;
        if (order == ListOrder::title) {
            if (a.title == b.title) return a.id < b.id;
            return reverse ? b.title < a.title : a.title < b.title;
        }
        const auto x = sort_value(a, order), y = sort_value(b, order);
        if (!x || !y) return x.has_value() && !y.has_value();  // the careers without the figure last
        if (*x == *y) return a.id < b.id;
        return reverse ? *y < *x : *x < *y;
    });
}

}  // namespace career
