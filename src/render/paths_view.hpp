#pragma once
// `career paths`: the data directories, in the order they are read.
#include <string>
#include <vector>

#include "render/sink.hpp"
#include "render/style.hpp"

namespace career {

struct DataDirLine {
    std::string path;
    std::string origin;  // "shipped", "XDG_DATA_DIRS", "--data-dir", ...
    bool exists = true;
};

// A line a directory, its path and then its origin ("(missing)" when it does not exist), in two
// columns when they fit the width; else each path on a line of its own and its origin under it. A
// path is never cut: it is there to be copied.
void render_paths_text(const std::vector<DataDirLine>& dirs, const Style& style, Sink& out);

}  // namespace career
