#pragma once
// `career list`: one line per career, as aligned text or as TSV for scripts.
#include <vector>

#include "model/career.hpp"
#include "render/sink.hpp"
#include "render/style.hpp"

namespace career {

void render_list_text(const std::vector<Career>& careers, const Style& style, Sink& out);

// Header `id  title  median_salary  growth_percent` (tab-separated); an absent figure is an empty
// field; tab, newline and backslash inside a field are written \t, \n and \\.
void render_list_tsv(const std::vector<Career>& careers, Sink& out);

std::string tsv_escape(std::string_view field);

}  // namespace career
