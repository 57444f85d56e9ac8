#pragma once
// What `career list` needs of a career, and what its filters and sort keys look at: small enough to
// keep for a thousand careers in the index cache (load/index.hpp) instead of parsing them all.
//
// And the words that say where a figure comes from (its basis), the same in every command: a guide's
// figures are its source's, an occupation's are BLS's (OEWS May 2024 pay, Employment Projections
// 2024–34 growth), and the two are never shown side by side without saying so.
#include <optional>
#include <span>
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
    std::string group;                   // the title of its SOC major group (an occupation's own)
    std::string currency;
    std::optional<Money> median_salary;  // a guide's band's median, or an occupation's OEWS median
    bool median_at_least = false;        // the median is the survey's top code: at least that
    std::string salary_basis;            // where the median comes from: salary_basis()
    std::optional<double> growth_percent;
    std::string growth_basis;            // its period and source: growth_basis()
    std::optional<std::int64_t> openings;    // a year, on average, 2024–34
    std::optional<std::int64_t> employment;  // 2024
    std::string entry_education;
    std::optional<int> job_zone;
    std::optional<YearRange> training_years;
    std::optional<Level> demand;
    std::optional<bool> remote_friendly;

    // Not from the career's own file, so not in the index cache: what `list` finds in the catalog.
    bool has_guide = false;  // an occupation a guide names with its `soc`
};

CareerSummary summarize(const Career& career);

// Fills in what no file says of itself, from the catalog as a whole: which occupations a guide is
// about (has_guide: a guide's `soc` names them), and a guide's group title (its occupations').
void link_guides(std::vector<CareerSummary>& careers);

// --- where figures come from ------------------------------------------------------------------------

// A short name of a source for a figure's label: "BLS OEWS, May 2024" (oews-2024), "BLS Employment
// Projections, 2024–34" (ep-2024-34), "O*NET 29.3" (onet-29.3) for the records the importer writes;
// else the title of the source record `source` names; else `source` itself as free text, without its
// URLs. Empty for an empty source.
std::string source_label(const Career& career, std::string_view source);

// Where the annual pay figures come from: "BLS OEWS, May 2024" for an occupation's wages, the
// guide's salary.source for a guide's band ("source not given" when it names none); empty when the
// career has no pay figures.
std::string salary_basis(const Career& career);

// The period and source of the growth rate: "2024–34, BLS" for an occupation's projection; for a
// guide's figure "as stated in SOURCE, no period given" (guides' sources give no period); empty
// without a growth rate.
std::string growth_basis(const Career& career);

// The growth rate as a number, from the one place it is kept: an occupation's projected change, a
// guide's job_outlook.growth_percent.
std::optional<double> growth_figure(const Career& career);

// The annual median: an occupation's OEWS median (perhaps top-coded), a guide's band's median.
std::optional<Wage> median_wage(const Career& career);

// --- list's filters ---------------------------------------------------------------------------------

// `career list`'s filters; each one given must hold. A career without the figure a filter looks at
// does not pass it.
struct ListFilter {
    std::optional<Money> min_median;           // median at least this
    std::optional<Money> max_median;           // median at most this (a top-coded one: never)
    std::optional<double> min_growth;          // growth rate at least this many per cent
    std::optional<std::int64_t> min_openings;  // openings a year at least this
    std::optional<int> job_zone;               // O*NET job zone exactly this
    std::optional<std::string> group;          // SOC major group "29": the code starts with it
    std::optional<std::string> education;      // every word (or its start) is in the entry education
    std::optional<int> max_training_years;     // training can be done within this many years
    std::optional<Level> min_demand;           // market demand at least this
    bool remote_only = false;                  // remote-friendly
    std::optional<std::string> tag;            // has this tag (any case)
    std::optional<CareerKind> kind;            // guides or occupations only
};

bool matches(const CareerSummary& career, const ListFilter& filter);

// Whether every word of `wanted` starts a word of `text`, in any case: "master" is in "Master's
// degree", "high school" in "High school diploma or equivalent", "doc" in "Doctoral or professional
// degree"; no words: true.
bool has_words(std::string_view text, std::string_view wanted);

// --- sort keys --------------------------------------------------------------------------------------

// The figures careers can be ordered by. `list`, `salary` and `compare` each take some of them, by
// the same names (cli/option_types.hpp, sort_key_names): one figure, one name.
enum class SortKey {
    id, title, soc,
    median, growth, openings, employment, training,
    p10, p25, p75, p90,                          // an occupation's percentiles
    entry, senior, top, minimum, maximum,        // a guide's band
    given,                                       // as typed on the command line
};

// Ascending by `key` (then by id); careers without the figure last; `reverse` flips the order of
// those that have it. SOC order puts an occupation before the guides about it.
void sort_summaries(std::vector<CareerSummary>& careers, SortKey key, bool reverse);

// The figure `key` orders full careers by, as a number; nullopt when the career lacks it (or for
// id, title, soc and given, which are not figures).
std::optional<double> sort_figure(const Career& career, SortKey key);

// Highest figure first, as a ranking reads (careers without the figure last; ties in the order
// given); by id, title or SOC code A to Z; `given` leaves the order as it is.
void sort_careers(std::vector<Career>& careers, SortKey key);

}  // namespace career
