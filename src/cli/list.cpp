// career list: every career, one line each, by id; or those that pass the filters, in an order.
#include <memory>

#include "cli/commands.hpp"
#include "load/index.hpp"
#include "render/career_list.hpp"

namespace career {
namespace {

struct ListOptions {
    std::optional<Money> min_salary;
    std::optional<int> max_training_years;
    std::string demand;
    bool remote = false;
    std::string tag;
    std::string sort = "id";
    bool reverse = false;
};

ListOrder order_of(const std::string& key) {
    if (key == "title") return ListOrder::title;
    if (key == "salary") return ListOrder::salary;
    if (key == "growth") return ListOrder::growth;
    if (key == "training") return ListOrder::training;
    return ListOrder::id;
}

int run_list(const ListOptions& options, const GlobalOptions& globals) {
    require_format(globals, "list", {"text", "json", "tsv", "csv"});
    Context context = Context::make(globals);
    const LoadedIndex loaded = load_index(context.catalog, default_cache_dir(real_env), false);
    report(loaded.diagnostics);  // a bad file is reported and skipped; the good ones still list

    ListFilter filter;
    filter.min_salary = options.min_salary;
    filter.max_training_years = options.max_training_years;
    if (!options.demand.empty()) filter.min_demand = level_from_word(options.demand);
    filter.remote_only = options.remote;
    if (!options.tag.empty()) filter.tag = options.tag;
    std::vector<CareerSummary> careers;
    for (const auto& career : loaded.careers)
        if (matches(career.summary, filter)) careers.push_back(career.summary);
    sort_summaries(careers, order_of(options.sort), options.reverse);

    if (globals.format == "text")
        render_list_text(careers, context.style, context.out);
    else
        write_records(list_records(careers), "careers", globals, context);
    context.out.flush();
    return has_errors(loaded.diagnostics) ? exit_bad_data : exit_ok;
}

}  // namespace

void setup_list(CLI::App& app, const GlobalOptions& globals, int& status) {
    auto options = std::make_shared<ListOptions>();
    CLI::App* list =
        app.add_subcommand("list", "List every career: id, title, median salary and growth rate");
    list->add_option("--min-salary", options->min_salary, "Only careers whose median salary is at least this much")
        ->type_name("N")
        ->check(CLI::NonNegativeNumber);
    list->add_option("--max-training-years", options->max_training_years,
                     "Only careers whose training can take this many years or fewer")
        ->type_name("N")
        ->check(CLI::Range(0, 100));
    std::vector<std::string> levels(level_words().begin(), level_words().end());
    list->add_option("--demand", options->demand, "Only careers whose market demand is at least this level")
        ->type_name("LEVEL")
        ->check(one_of(levels, "demand level"));
    list->add_flag("--remote", options->remote, "Only remote-friendly careers");
    list->add_option("--tag", options->tag, "Only careers with this tag, such as healthcare")->type_name("TAG");
    list->add_option("--sort", options->sort, "Order by id (default), title, salary, growth or training")
        ->type_name("KEY")
        ->check(one_of({"id", "title", "salary", "growth", "training"}, "sort key"));
    list->add_flag("--reverse", options->reverse, "Reverse the order");
    list->callback([options, &globals, &status] { status = run_list(*options, globals); });
}

}  // namespace career
