// career compare A B [C...]: careers side by side.
#include <memory>

#include "cli/commands.hpp"
#include "render/compare_table.hpp"

namespace career {
namespace {

int run_compare(const std::vector<std::string>& names, const GlobalOptions& globals) {
    require_format(globals, "compare", {"text", "json", "tsv", "csv"});
    Context context = Context::make(globals);
    std::vector<Career> careers;
    for (const auto& name : names) careers.push_back(find_career(context, name));
    if (globals.format == "json")
        write_document(compare_json(careers), context);
    else if (globals.format != "text")
        write_records(compare_records(careers), "careers", globals, context);
    else
        render_compare(careers, context.style, context.out);
    context.out.flush();
    return exit_ok;
}

}  // namespace

void setup_compare(CLI::App& app, const GlobalOptions& globals, int& status) {
    auto names = std::make_shared<std::vector<std::string>>();
    CLI::App* compare = app.add_subcommand(
        "compare", "Compare careers side by side: pay, growth, demand, training, stress, balance");
    compare->add_option("careers", *names, "Two or more careers (id, title or alias)")
        ->type_name("CAREER")
        ->required()
        ->expected(2, 1000);
    compare->callback([names, &globals, &status] { status = run_compare(*names, globals); });
}

}  // namespace career
