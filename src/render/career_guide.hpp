#pragma once
// `career show`: the whole guide, or chosen sections, in the guide's order, as terminal text or as
// Markdown. Both are written by one walk over the sections (career_guide.cpp).
#include <vector>

#include "model/career.hpp"
#include "model/sections.hpp"
#include "render/sink.hpp"
#include "render/style.hpp"

namespace career {

// `only` empty means every section. A section without data is left out of the whole guide, and
// says "Not given for this career." when asked for by name. `titled`: the career's title comes first
// even when `only` leaves out the summary, which holds it, as it must when several careers are shown
// one after another.
void render_career_text(const Career& career, const std::vector<Section>& only, const Style& style,
                        Sink& out, bool titled = false);

// The same as a Markdown document: one title, a heading per section, lists as lists, the salary as a
// table.
void render_career_markdown(const Career& career, const std::vector<Section>& only, Sink& out);

}  // namespace career
