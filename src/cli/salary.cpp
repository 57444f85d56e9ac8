// career salary CAREER...: the pay of each career as a bar; several careers on one scale.
#include <memory>

#include "cli/commands.hpp"
#include "cli/option_types.hpp"
#include "render/salary_chart.hpp"

namespace career {
namespace {

// salary's sort keys, in the order its help lists them; the names are list's and compare's for the
// same figures (sort_key_names).
const std::vector<Named<SortKey>>& salary_sort_keys() {
    static const std::vector<Named<SortKey>> keys =
        sort_key_names({SortKey::median, SortKey::p10, SortKey::p25, SortKey::p75, SortKey::p90, SortKey::entry,
                        SortKey::senior, SortKey::top, SortKey::minimum, SortKey::maximum, SortKey::title,
                        SortKey::id, SortKey::soc, SortKey::given});
    return keys;
}

struct SalaryOptions {
    std::vector<std::string> names;
    SortKey order = SortKey::median;
};

int run_salary(const SalaryOptions& options, Context& context) {
    Found<std::vector<Career>> careers = find_careers(context, options.names);
    if (!careers) return careers.status();
    if (careers->size() > 1) sort_careers(*careers, options.order);
    if (context.format() != Format::text)
        write_records(salary_records(*careers), "careers", context);
    else if (careers->size() == 1)
        render_salary(careers->front(), context.style, context.out);
    else
        render_salaries(*careers, context.style, context.out);
    return exit_ok;
}

}  // namespace

Run setup_salary(CLI::App& command) {
    auto options = std::make_shared<SalaryOptions>();
    with_values(command.add_option("careers", options->names, "One or more careers (id, title, alias or SOC code)"),
                OptionValues::Kind::career)
        ->type_name("CAREER")
        ->required();
    // The last option, so that its help ends the command's: the completion tests read the keys there.
    add_choice_option(command, "--sort", options->order,
                      "Order of several careers: median (the default), p10, p25, p75, p90 (an occupation's "
                      "percentiles), entry, senior, top, minimum, maximum (a guide's band; highest pay first), "
                      "title, id, soc, or given (as typed)",
                      std::span<const Named<SortKey>>(salary_sort_keys()), "sort key")
        ->type_name("KEY");
    return [options](Context& context) { return run_salary(*options, context); };
}

}  // namespace career
