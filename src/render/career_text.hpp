#pragma once
// `career show` as text: the whole guide, or chosen sections, in the guide's order.
#include <vector>

#include "model/career.hpp"
#include "render/sections.hpp"
#include "render/sink.hpp"
#include "render/style.hpp"

namespace career {

// `only` empty means every section. A section without data is left out of the whole guide, and
// says "Not given for this career." when asked for by name.
void render_career_text(const Career& career, const std::vector<Section>& only, const Style& style,
                        Sink& out);

}  // namespace career
