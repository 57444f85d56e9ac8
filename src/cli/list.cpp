// career list: every career, one line each, by id.
#include "cli/commands.hpp"
#include "render/career_list.hpp"

namespace career {
namespace {

int run_list(const GlobalOptions& globals) {
    require_format(globals, "list", {"text", "json", "tsv", "csv"});
    Context context = Context::make(globals);
    LoadedCareers loaded = context.catalog.load_all();
    report(loaded.diagnostics);  // a bad file is reported and skipped; the good ones still list
    if (globals.format == "text")
        render_list_text(loaded.careers, context.style, context.out);
    else
        write_records(list_records(loaded.careers), "careers", globals, context);
    context.out.flush();
    return has_errors(loaded.diagnostics) ? exit_bad_data : exit_ok;
}

}  // namespace

void setup_list(CLI::App& app, const GlobalOptions& globals, int& status) {
    CLI::App* list = app.add_subcommand("list", "List every career: id, title, median salary, growth");
    list->callback([&globals, &status] { status = run_list(globals); });
}

}  // namespace career
