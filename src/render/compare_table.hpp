#pragma once
// `career compare`: careers side by side, one column each, the best value of each row marked. Guides
// and occupations compare on the figures both can have (median pay, growth) and each shows its own
// (a guide's band and levels, an occupation's percentiles, openings, entry education and job zone);
// every figure is followed by a row that says where it comes from, so a guide's figures and the
// official ones are never mixed without saying so.
#include <optional>
#include <string>
#include <vector>

#include "model/career.hpp"
#include "render/records.hpp"
#include "render/sink.hpp"
#include "render/style.hpp"

namespace career {

// One row of the comparison: a cell per career, and which cells hold the row's best value.
struct CompareRow {
    std::string label;
    std::string key;                 // its name for scripts: "median_salary"
    std::vector<std::string> cells;  // "not given" (a guide) or "not available" (an occupation)
    std::vector<bool> best;          // marked only where at least two careers have the figure
    bool words = false;              // a source or a description: wraps in its column, never best
};

std::vector<CompareRow> compare_rows(const std::vector<Career>& careers);

// As a table when the columns fit the width (words wrap in their column); otherwise row by row, each
// career on its own line. Best values carry a '*' (and bold with colour), so the marking survives
// without colour.
void render_compare(const std::vector<Career>& careers, const Style& style, Sink& out);

// For scripts: a record per career with every figure of the comparison, as numbers and words, under
// the keys `list` and `salary` use for the same figures.
Records compare_records(const std::vector<Career>& careers);

// {"careers": [the records], "best": {row key: [ids holding the row's best value]}}.
toml::table compare_json(const std::vector<Career>& careers);

}  // namespace career
