#include "render/paths_view.hpp"

#include <algorithm>

#include "render/text_wrap.hpp"

namespace career {

void render_paths_text(const std::vector<DataDirLine>& dirs, const Style& style, Sink& out) {
    auto origin_of = [](const DataDirLine& dir) { return dir.origin + (dir.exists ? "" : " (missing)"); };
    std::size_t path_width = 0, origin_width = 0;
    for (const auto& dir : dirs) {
        path_width = std::max(path_width, display_width(dir.path));
        origin_width = std::max(origin_width, display_width(origin_of(dir)));
    }
    const bool columns = path_width + 2 + origin_width <= style.width;
    for (const auto& dir : dirs) {
        if (columns) {
            out.write(dir.path + std::string(path_width - display_width(dir.path) + 2, ' ') + origin_of(dir) + "\n");
        } else {
            out.write(dir.path + "\n");
            out.write(wrap_indented(origin_of(dir), style.width, "  ", "  "));
        }
    }
}

}  // namespace career
