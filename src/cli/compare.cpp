// career compare A B [C...]: careers side by side.
#include <memory>

#include "cli/commands.hpp"
#include "cli/option_types.hpp"
#include "render/compare_table.hpp"

namespace career {
namespace {

int run_compare(const std::vector<std::string>& names, Context& context) {
    Found<std::vector<Career>> careers = find_careers(context, names);
    if (!careers) return careers.status();
    switch (context.format()) {
        case Format::json: write_document(compare_json(*careers), context); break;
        case Format::text: render_compare(*careers, context.style, context.out); break;
        default: write_records(compare_records(*careers), "careers", context);
    }
    return exit_ok;
}

}  // namespace

Run setup_compare(CLI::App& command) {
    auto names = std::make_shared<std::vector<std::string>>();
    with_values(command.add_option("careers", *names, "Two or more careers (id, title or alias)"),
                OptionValues::Kind::career)
        ->type_name("CAREER")
        ->required()
        ->expected(2, 1000);
    return [names](Context& context) { return run_compare(*names, context); };
}

}  // namespace career
