#pragma once
// `career list`: one line per career, as aligned text, or as records for scripts.
#include <vector>

#include "model/career.hpp"
#include "model/summary.hpp"
#include "render/records.hpp"
#include "render/sink.hpp"
#include "render/style.hpp"

namespace career {

void render_list_text(const std::vector<CareerSummary>& careers, const Style& style, Sink& out);

// For scripts: id, title, median_salary, growth_percent, one record per career.
Records list_records(const std::vector<CareerSummary>& careers);

}  // namespace career
