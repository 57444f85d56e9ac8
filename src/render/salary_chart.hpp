#pragma once
// `career salary`: each salary band as a horizontal bar, with its levels marked along it.
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

// One career: the bar under its range, then each mark with its label and amount, the top earners'
// sentence and the source; "not given" for what the band lacks.
void render_salary(const Career& career, const Style& style, Sink& out);

// For scripts: id, title, country, currency, minimum, maximum, median, entry, mid, senior,
// top_10_percent, one record per career.
Records salary_records(const std::vector<Career>& careers);

// Several careers on one common scale, in the order given.
void render_salaries(const std::vector<Career>& careers, const Style& style, Sink& out);

}  // namespace career
