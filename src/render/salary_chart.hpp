#pragma once
// `career salary`: each career's pay as a horizontal bar with its figures marked along it. A guide's
// salary band is drawn from its minimum to its maximum with its levels (entry, median, senior, top
// 10%); an occupation's OEWS percentiles from the 10th to the 90th, the 25th–75th band heavier and
// the median marked. Several careers share one scale, so a guide and the official figures of its
// occupation read at a glance; each says where its figures come from.
#include <optional>
#include <string>
#include <vector>

#include "model/career.hpp"
#include "render/records.hpp"
#include "render/sink.hpp"
#include "render/style.hpp"

namespace career {

// A point marked on a salary bar: 'E' entry, 'M' median, 'S' senior, 'T' top 10%.
struct SalaryMark {
    char letter;
    std::string label;
    Money amount;
};

// The marks of a band in ascending order of amount (mid is folded into the median when equal).
std::vector<SalaryMark> salary_marks(const SalaryBand& band);

// One text line `columns` wide: the band's range drawn from `low` to `high` ('├───┤'), its marks as
// letters at their places. Marks that would land on the same column are nudged apart, keeping their
// order, so none hides another.
std::string salary_bar(const SalaryBand& band, Money low, Money high, std::size_t columns);

// One text line `columns` wide: an occupation's annual percentiles, the 10th ('├') to the 90th ('┤')
// as a line, the 25th to the 75th heavier ('━'), the median 'M'. A wage at the survey's top code
// ("$239,200 or more") is placed at the top code with '→' after it: the bar goes on beyond.
std::string wage_bar(const WagePercentiles& annual, Money low, Money high, std::size_t columns);

// One career: the bar under its range, then each mark with its label and amount, where the figures
// come from; "not given" for what a guide's band lacks, "not available" for what the survey does not
// publish. An occupation's wage history follows as a small chart, a bar a year.
void render_salary(const Career& career, const Style& style, Sink& out);

// For scripts, one record per career: id, title, kind, soc, country, currency, salary_basis, then
// the annual figures: median_salary, an occupation's percentiles p10_salary, p25_salary, p75_salary,
// p90_salary (each with an _at_least flag: true at the survey's top code), its hourly_median, and a
// guide's minimum_salary, maximum_salary, entry_salary, mid_salary, senior_salary,
// top_10_percent_salary. The same figure has the same key in `list` and `compare`.
Records salary_records(const std::vector<Career>& careers);

// Several careers on one common scale, in the order given.
void render_salaries(const std::vector<Career>& careers, const Style& style, Sink& out);

}  // namespace career
