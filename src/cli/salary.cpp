// career salary CAREER...: the salary band as a bar; several careers on one scale.
#include <algorithm>
#include <memory>

#include "cli/commands.hpp"
#include "render/salary_chart.hpp"

namespace career {
namespace {

struct SalaryOptions {
    std::vector<std::string> names;
    std::string sort = "median";
};

// The figure a --sort key orders by; careers without it go last.
std::optional<Money> sort_figure(const Career& career, const std::string& key) {
    if (!career.salary) return std::nullopt;
    const SalaryBand& band = *career.salary;
    if (key == "entry") return band.entry;
    if (key == "senior") return band.senior;
    if (key == "top") return band.top_10_percent;
    if (key == "minimum") return band.minimum;
    if (key == "maximum") return band.maximum;
    return band.median;
}

void sort_careers(std::vector<Career>& careers, const std::string& key) {
    if (key == "given") return;
    if (key == "title" || key == "id") {
        std::stable_sort(careers.begin(), careers.end(), [&](const Career& a, const Career& b) {
            return key == "id" ? a.id < b.id : a.title < b.title;
        });
        return;
    }
    // Highest pay first, as a ranking reads.
    std::stable_sort(careers.begin(), careers.end(), [&](const Career& a, const Career& b) {
        auto x = sort_figure(a, key), y = sort_figure(b, key);
        if (x && y) return *x > *y;
        return x.has_value() && !y.has_value();
    });
}

int run_salary(const SalaryOptions& options, const GlobalOptions& globals) {
    require_format(globals, "salary", {"text", "json", "tsv", "csv"});
    Context context = Context::make(globals);
    std::vector<Career> careers;
    for (const auto& name : options.names) careers.push_back(find_career(context, name));
    if (careers.size() > 1) sort_careers(careers, options.sort);
    if (globals.format != "text")
        write_records(salary_records(careers), "careers", globals, context);
    else if (careers.size() == 1)
        render_salary(careers.front(), context.style, context.out);
    else
        render_salaries(careers, context.style, context.out);
    context.out.flush();
    return exit_ok;
}

}  // namespace

void setup_salary(CLI::App& app, const GlobalOptions& globals, int& status) {
    auto options = std::make_shared<SalaryOptions>();
    CLI::App* salary = app.add_subcommand(
        "salary", "Draw each career's salary band as a bar: range, entry, median, senior, top 10%");
    salary->add_option("careers", options->names, "One or more careers (id, title or alias)")
        ->type_name("CAREER")
        ->required();
    salary->add_option("--sort", options->sort,
                       "Order of several careers: median (the default), entry, senior, top, minimum, "
                       "maximum (highest first), title, id, or given (as typed)")
        ->type_name("KEY")
        ->check(one_of({"median", "entry", "senior", "top", "minimum", "maximum", "title", "id", "given"},
                       "sort key"));
    salary->callback([options, &globals, &status] { status = run_salary(*options, globals); });
}

}  // namespace career
