// career compare A B [C...]: careers side by side.
#include <memory>

#include "cli/commands.hpp"
#include "cli/option_types.hpp"
#include "render/compare_table.hpp"

namespace career {
namespace {

// compare's sort keys: the figures it shows, by the names `list` and `salary` give them.
const std::vector<Named<SortKey>>& compare_sort_keys() {
    static const std::vector<Named<SortKey>> keys =
        sort_key_names({SortKey::given, SortKey::median, SortKey::p10, SortKey::p90, SortKey::entry, SortKey::senior,
                        SortKey::top, SortKey::minimum, SortKey::maximum, SortKey::growth, SortKey::openings,
                        SortKey::training, SortKey::title, SortKey::id, SortKey::soc});
    return keys;
}

struct CompareOptions {
    std::vector<std::string> names;
    SortKey order = SortKey::given;
};

int run_compare(const CompareOptions& options, Context& context) {
    Found<std::vector<Career>> careers = find_careers(context, options.names);
    if (!careers) return careers.status();
    sort_careers(*careers, options.order);
    switch (context.format()) {
        case Format::json: write_document(compare_json(*careers), context); break;
        case Format::text: render_compare(*careers, context.style, context.out); break;
        default: write_records(compare_records(*careers), "careers", context);
    }
    return exit_ok;
}

}  // namespace

Run setup_compare(CLI::App& command) {
    auto options = std::make_shared<CompareOptions>();
    with_values(command.add_option("careers", options->names, "Two or more careers (id, title, alias or SOC code)"),
                OptionValues::Kind::career)
        ->type_name("CAREER")
        ->required()
        ->expected(2, 1000);
    add_choice_option(command, "--sort", options->order,
                      "Order of the columns: given (the default: as typed), median, p10, p90, entry, senior, top, "
                      "minimum, maximum, growth, openings (highest first), training (shortest first), title, id "
                      "or soc",
                      std::span<const Named<SortKey>>(compare_sort_keys()), "sort key")
        ->type_name("KEY");
    return [options](Context& context) { return run_compare(*options, context); };
}

}  // namespace career
