// career groups: the SOC major groups of the catalog, with their titles and how many occupations
// and guides each has.
#include "cli/commands.hpp"
#include "load/index.hpp"
#include "render/career_list.hpp"

namespace career {
namespace {

int run_groups(Context& context) {
    const CareerIndex& loaded = context.index();
    report(loaded.diagnostics);  // a bad file is reported and skipped; the good ones still count
    const std::vector<GroupCount> groups = count_groups(loaded.summaries());
    if (context.format() == Format::text)
        render_groups_text(groups, context.style, context.out);
    else
        write_records(group_records(groups), "groups", context);
    return has_errors(loaded.diagnostics) ? exit_bad_data : exit_ok;
}

}  // namespace

Run setup_groups(CLI::App&) {
    return [](Context& context) { return run_groups(context); };
}

}  // namespace career
