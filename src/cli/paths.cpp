// career paths: the data directories, in the order they are read.
#include <fmt/format.h>

#include "cli/commands.hpp"

namespace career {
namespace {

int run_paths(Context& context) {
    if (context.format() != Format::text) {
        Records records{{"path", "origin", "exists"}, {}};
        for (const auto& dir : context.catalog.dirs())
            records.rows.push_back({dir.path.string(), dir.origin, dir.exists});
        write_records(records, "data_dirs", context);
        return exit_ok;
    }
    std::size_t width = 0;
    for (const auto& dir : context.catalog.dirs()) width = std::max(width, dir.path.string().size());
    for (const auto& dir : context.catalog.dirs()) {
        context.out.write(fmt::format("{:<{}}  {}{}\n", dir.path.string(), width, dir.origin,
                                      dir.exists ? "" : " (missing)"));
    }
    return exit_ok;
}

}  // namespace

Run setup_paths(CLI::App&) { return run_paths; }

}  // namespace career
