// career salary CAREER...: the salary band as a bar; several careers on one scale.
#include <algorithm>
#include <array>
#include <memory>

#include "cli/commands.hpp"
#include "cli/option_types.hpp"
#include "render/salary_chart.hpp"

namespace career {
namespace {

enum class SalaryOrder { median, entry, senior, top, minimum, maximum, title, id, given };

constexpr std::array kSalaryOrders{
    Named<SalaryOrder>{"median", SalaryOrder::median},   Named<SalaryOrder>{"entry", SalaryOrder::entry},
    Named<SalaryOrder>{"senior", SalaryOrder::senior},   Named<SalaryOrder>{"top", SalaryOrder::top},
    Named<SalaryOrder>{"minimum", SalaryOrder::minimum}, Named<SalaryOrder>{"maximum", SalaryOrder::maximum},
    Named<SalaryOrder>{"title", SalaryOrder::title},     Named<SalaryOrder>{"id", SalaryOrder::id},
    Named<SalaryOrder>{"given", SalaryOrder::given},
};

struct SalaryOptions {
    std::vector<std::string> names;
    SalaryOrder order = SalaryOrder::median;
};

// The figure an order ranks by; careers without it go last.
std::optional<Money> ranked_figure(const Career& career, SalaryOrder order) {
    if (!career.salary) return std::nullopt;
    const SalaryBand& band = *career.salary;
    switch (order) {
        case SalaryOrder::entry: return band.entry;
        case SalaryOrder::senior: return band.senior;
        case SalaryOrder::top: return band.top_10_percent;
        case SalaryOrder::minimum: return band.minimum;
        case SalaryOrder::maximum: return band.maximum;
        default: return band.median;
    }
}

void sort_careers(std::vector<Career>& careers, SalaryOrder order) {
    switch (order) {
        case SalaryOrder::given: return;
        case SalaryOrder::id:
            std::stable_sort(careers.begin(), careers.end(), [](const Career& a, const Career& b) { return a.id < b.id; });
            return;
        case SalaryOrder::title:
            std::stable_sort(careers.begin(), careers.end(),
                             [](const Career& a, const Career& b) { return a.title < b.title; });
            return;
        default:
            // Highest pay first, as a ranking reads.
            std::stable_sort(careers.begin(), careers.end(), [order](const Career& a, const Career& b) {
                auto x = ranked_figure(a, order), y = ranked_figure(b, order);
                if (x && y) return *x > *y;
                return x.has_value() && !y.has_value();
            });
    }
}

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
    with_values(command.add_option("careers", options->names, "One or more careers (id, title or alias)"),
                OptionValues::Kind::career)
        ->type_name("CAREER")
        ->required();
    add_choice_option(command, "--sort", options->order,
                      "Order of several careers: median (the default), entry, senior, top, minimum, "
                      "maximum (highest first), title, id, or given (as typed)",
                      std::span<const Named<SalaryOrder>>(kSalaryOrders), "sort key")
        ->type_name("KEY");
    return [options](Context& context) { return run_salary(*options, context); };
}

}  // namespace career
