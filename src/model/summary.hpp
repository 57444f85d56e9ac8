#pragma once
// What `career list` needs of a career, and what its filters and sort keys look at: small enough to
// keep for a thousand careers in the index cache (load/index_cache.hpp) instead of parsing them all.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/career.hpp"
#include "model/levels.hpp"

namespace career {

struct CareerSummary {
    std::string id;
    std::string title;
    Items aliases;
    Items tags;
    CareerKind kind = CareerKind::guide;
    std::string soc;
    std::string currency;
    std::optional<Money> median_salary;  // a guide's band's median, or an occupation's OEWS median
    bool median_at_least = false;        // the median is the survey's top code: at least that
    std::optional<double> growth_percent;
    std::string growth_basis;            // the period and source of the growth: "2024–34, BLS"
    std::optional<std::int64_t> openings;    // a year, 2024–34
    std::optional<std::int64_t> employment;  // 2024
    std::string entry_education;
    std::optional<int> job_zone;
    std::optional<YearRange> training_years;
    std::optional<Level> demand;
    std::optional<bool> remote_friendly;
};

CareerSummary summarize(const Career& career);

// `career list`'s filters; each one given must hold.
struct ListFilter {
    std::optional<Money> min_salary;           // median at least this
    std::optional<int> max_training_years;     // training can be done within this many years
    std::optional<Level> min_demand;           // market demand at least this
    bool remote_only = false;                  // remote-friendly
    std::optional<std::string> tag;            // has this tag (any case)
};

bool matches(const CareerSummary& career, const ListFilter& filter);

enum class ListOrder { id, title, salary, growth, training };

// Ascending by `order` (then by id); careers without the figure last; `reverse` flips the order of
// those that have it.
void sort_summaries(std::vector<CareerSummary>& careers, ListOrder order, bool reverse);

}  // namespace career
