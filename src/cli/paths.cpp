// career paths: the data directories, in the order they are read.
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "render/paths_view.hpp"

namespace career {
namespace {

int run_paths(Context& context) {
    if (context.format() != Format::text) {
        Records records{{"path", "origin", "exists"}, {}};
        for (const auto& dir : context.catalog().dirs())
            records.rows.push_back({dir.path.string(), dir.origin, dir.exists});
        write_records(records, "data_dirs", context);
        return exit_ok;
    }
    std::vector<DataDirLine> dirs;
    for (const auto& dir : context.catalog().dirs()) dirs.push_back({dir.path.string(), dir.origin, dir.exists});
    render_paths_text(dirs, context.style, context.out);
    return exit_ok;
}

}  // namespace

Run setup_paths(CLI::App&) { return run_paths; }

}  // namespace career
