// career paths: the data directories, in the order they are read.
#include <fmt/format.h>

#include "cli/commands.hpp"
#include "render/paths_view.hpp"

namespace career {
namespace {

int run_paths(const GlobalOptions& globals) {
    require_format(globals, "paths", {"text", "json", "tsv", "csv"});
    Context context = Context::make(globals);
    if (globals.format != "text") {
        Records records{{"path", "origin", "exists"}, {}};
        for (const auto& dir : context.catalog.dirs())
            records.rows.push_back({dir.path.string(), dir.origin, dir.exists});
        write_records(records, "data_dirs", globals, context);
        context.out.flush();
        return exit_ok;
    }
    std::vector<DataDirLine> dirs;
    for (const auto& dir : context.catalog.dirs()) dirs.push_back({dir.path.string(), dir.origin, dir.exists});
    render_paths_text(dirs, context.style, context.out);
    context.out.flush();
    return exit_ok;
}

}  // namespace

void setup_paths(CLI::App& app, const GlobalOptions& globals, int& status) {
    CLI::App* paths = app.add_subcommand(
        "paths", "Print the data directories in the order they are read (later ones override)");
    paths->callback([&globals, &status] { status = run_paths(globals); });
}

}  // namespace career
