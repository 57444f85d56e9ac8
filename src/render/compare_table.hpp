#pragma once
// `career compare`: careers side by side, one column each, the best value of each row marked.
#include <optional>
#include <string>
#include <vector>

#include "model/career.hpp"
#include "render/sink.hpp"
#include "render/style.hpp"

namespace career {

// One row of the comparison: a cell per career, and which cells hold the row's best value.
struct CompareRow {
    std::string label;
    std::vector<std::string> cells;  // "not given" where a career lacks the figure
    std::vector<bool> best;          // marked only where at least two careers have the figure
};

std::vector<CompareRow> compare_rows(const std::vector<Career>& careers);

// As a table when the columns fit the width; otherwise row by row, each career on its own line.
// Best values carry a '*' (and bold with colour), so the marking survives without colour.
void render_compare(const std::vector<Career>& careers, const Style& style, Sink& out);

}  // namespace career
