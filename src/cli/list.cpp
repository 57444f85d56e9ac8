// career list: every career, one line each, by id; or those that pass the filters, in an order.
#include <algorithm>
#include <array>
#include <memory>
#include <set>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/option_types.hpp"
#include "load/index.hpp"
#include "render/career_list.hpp"

namespace career {
namespace {

// "salary" is the name this key had before `salary --sort median` and `list` agreed on "median".
constexpr std::array kListOrders{
    Named<ListOrder>{"id", ListOrder::id},         Named<ListOrder>{"title", ListOrder::title},
    Named<ListOrder>{"median", ListOrder::salary}, Named<ListOrder>{"salary", ListOrder::salary},
    Named<ListOrder>{"growth", ListOrder::growth}, Named<ListOrder>{"training", ListOrder::training},
};

std::span<const Named<Level>> demand_levels() {
    static const std::vector<Named<Level>> names = [] {
        std::vector<Named<Level>> out;
        for (auto word : level_words()) out.push_back({word, *level_from_word(word)});
        return out;
    }();
    return names;
}

struct ListOptions {
    ListFilter filter;
    std::optional<Level> demand;
    std::string tag;
    ListOrder order = ListOrder::id;
    bool reverse = false;
};

// The tags the careers have, for a --tag that matched none.
std::string known_tags(const CareerIndex& index) {
    std::set<std::string> tags;
    for (const auto& career : index.careers) {
        const CareerSummary summary = career.summary();
        tags.insert(summary.tags.begin(), summary.tags.end());
    }
    const std::vector<std::string_view> names(tags.begin(), tags.end());
    return names.empty() ? "no career has a tag" : "the tags are " + either_of(names);
}

int run_list(const ListOptions& options, Context& context) {
    const CareerIndex& loaded = context.index();
    report(loaded.diagnostics);  // a bad file is reported and skipped; the good ones still list

    ListFilter filter = options.filter;
    filter.min_demand = options.demand;
    if (!options.tag.empty()) filter.tag = options.tag;
    std::vector<CareerSummary> careers;
    for (const auto& career : loaded.careers)
        if (CareerSummary summary = career.summary(); matches(summary, filter)) careers.push_back(std::move(summary));
    if (careers.empty() && !loaded.careers.empty()) {
        // Like search: a filter that matches nothing is status 1, said on stderr.
        std::string message = "no career matches the filters";
        if (filter.tag) message += fmt::format("; {}", known_tags(loaded));
        print_error(message);
        return exit_failure;
    }
    sort_summaries(careers, options.order, options.reverse);

    if (context.format() == Format::text)
        render_list_text(careers, context.style, context.out);
    else
        write_records(list_records(careers), "careers", context);
    return has_errors(loaded.diagnostics) ? exit_bad_data : exit_ok;
}

}  // namespace

Run setup_list(CLI::App& command) {
    auto options = std::make_shared<ListOptions>();
    command.add_option("--min-salary", options->filter.min_salary, "Only careers whose median salary is at least this much")
        ->type_name("N")
        ->check(whole_number("dollars", 0, 10'000'000, "200000"));
    command.add_option("--max-training-years", options->filter.max_training_years,
                       "Only careers whose training can take this many years or fewer")
        ->type_name("N")
        ->check(whole_number("years", 0, 100, "8"));
    add_choice_option(command, "--demand", options->demand,
                      "Only careers whose market demand is at least this level: " +
                          either_of(names_of(demand_levels())),
                      demand_levels(), "demand level")
        ->type_name("LEVEL");
    command.add_flag("--remote", options->filter.remote_only, "Only remote-friendly careers");
    command.add_option("--tag", options->tag, "Only careers with this tag, such as healthcare")->type_name("TAG");
    add_choice_option(command, "--sort", options->order,
                      "Order by id (default), title, median (salary), growth or training",
                      std::span<const Named<ListOrder>>(kListOrders), "sort key")
        ->type_name("KEY");
    command.add_flag("--reverse", options->reverse, "Reverse the order");
    return [options](Context& context) { return run_list(*options, context); };
}

}  // namespace career
