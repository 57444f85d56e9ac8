// career list: every career, one line each, in SOC order; or those that pass the filters, in an order.
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

std::span<const Named<Level>> demand_levels() {
    static const std::vector<Named<Level>> names = [] {
        std::vector<Named<Level>> out;
        for (auto word : level_words()) out.push_back({word, *level_from_word(word)});
        return out;
    }();
    return names;
}

constexpr std::array kKinds{Named<CareerKind>{"guide", CareerKind::guide},
                            Named<CareerKind>{"occupation", CareerKind::occupation}};

// list's sort keys; "salary" is the name `median` had before `list` and `salary` agreed on it.
const std::vector<Named<SortKey>>& list_sort_keys() {
    static const std::vector<Named<SortKey>> keys = [] {
        auto names = sort_key_names({SortKey::id, SortKey::title, SortKey::median, SortKey::growth, SortKey::openings,
                                     SortKey::employment, SortKey::training, SortKey::soc});
        names.push_back({"salary", SortKey::median});
        return names;
    }();
    return keys;
}

struct ListOptions {
    ListFilter filter;
    std::optional<Level> demand;
    std::optional<CareerKind> kind;
    std::string tag, education, group;
    SortKey order = SortKey::soc;
    bool reverse = false;
};

// "29" or "29-0000": a SOC major group, as `--group` takes it; the two digits stay.
CLI::Validator major_group() {
    return CLI::Validator(
        [](std::string& typed) -> std::string {
            const bool digits = typed.size() >= 2 && std::isdigit(static_cast<unsigned char>(typed[0])) &&
                                std::isdigit(static_cast<unsigned char>(typed[1]));
            if (digits && (typed.size() == 2 || typed.substr(2) == "-0000")) {
                typed.resize(2);
                return {};
            }
            return fmt::format("'{}': expected a SOC major group, two digits such as 29 (career groups lists them)",
                               typed);
        },
        "", "SOC major group");
}

// A number of per cent, with or without a fraction: "5", "2.5", "-1".
CLI::Validator percent_number() {
    return CLI::Validator(
        [](std::string& typed) -> std::string {
            std::size_t used = 0;
            double value = 0;
            try {
                value = std::stod(typed, &used);
            } catch (const std::exception&) {
                used = 0;
            }
            if (used == typed.size() && used > 0 && value >= -100 && value <= 10000) return {};
            return fmt::format("'{}': expected a number of per cent from -100 to 10000, e.g. 5 or 2.5", typed);
        },
        "", "per cent");
}

// Why nothing matched: the values that exist of the filters given, so the next try can hit.
std::string nothing_matches(const ListFilter& filter, const std::vector<CareerSummary>& all) {
    std::string message = "no career matches the filters";
    if (filter.tag) {
        std::set<std::string> tags;
        for (const auto& c : all) tags.insert(c.tags.begin(), c.tags.end());
        const std::vector<std::string_view> names(tags.begin(), tags.end());
        message += names.empty() ? "; no career has a tag" : "; the tags are " + either_of(names);
    }
    if (filter.education) {
        std::set<std::string> levels;
        for (const auto& c : all)
            if (!c.entry_education.empty()) levels.insert(c.entry_education);
        const std::vector<std::string_view> names(levels.begin(), levels.end());
        if (!names.empty()) message += "; the entry education levels are " + either_of(names);
    }
    if (filter.group &&
        std::none_of(all.begin(), all.end(), [&](const CareerSummary& c) { return soc_group(c.soc) == *filter.group; }))
        message += fmt::format("; no career is in group {} (career groups lists the groups)", *filter.group);
    return message;
}

int run_list(const ListOptions& options, Context& context) {
    const CareerIndex& loaded = context.index();
    report(loaded.diagnostics);  // a bad file is reported and skipped; the good ones still list

    ListFilter filter = options.filter;
    filter.min_demand = options.demand;
    filter.kind = options.kind;
    if (!options.tag.empty()) filter.tag = options.tag;
    if (!options.education.empty()) filter.education = options.education;
    if (!options.group.empty()) filter.group = options.group;

    const std::vector<CareerSummary> all = loaded.summaries();
    std::vector<CareerSummary> careers;
    for (const auto& summary : all)
        if (matches(summary, filter)) careers.push_back(summary);
    if (careers.empty() && !all.empty()) {
        // Like search: a filter that matches nothing is status 1, said on stderr.
        print_error(nothing_matches(filter, all));
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
    ListFilter& f = options->filter;
    command.add_option("--group", options->group, "Only careers of this SOC major group, such as 29 (career groups lists them)")
        ->type_name("CODE")
        ->transform(major_group());
    command.add_option("--education", options->education,
                       "Only occupations whose typical entry education has these words, such as master")
        ->type_name("LEVEL");
    command.add_option("--min-median,--min-salary", f.min_median, "Only careers whose median pay is at least this much")
        ->type_name("N")
        ->check(whole_number("dollars", 0, 10'000'000, "200000"));
    command.add_option("--max-median", f.max_median, "Only careers whose median pay is at most this much")
        ->type_name("N")
        ->check(whole_number("dollars", 0, 10'000'000, "60000"));
    command.add_option("--min-growth", f.min_growth, "Only careers whose growth rate is at least this many per cent")
        ->type_name("PCT")
        ->check(percent_number());
    command.add_option("--min-openings", f.min_openings, "Only occupations with at least this many openings a year")
        ->type_name("N")
        ->check(whole_number("openings", 0, 100'000'000, "10000"));
    command.add_option("--job-zone", f.job_zone, "Only occupations of this O*NET job zone, 1 (little preparation) to 5")
        ->type_name("N")
        ->check(whole_number("job zone", 1, 5, "4"));
    add_choice_option(command, "--kind", options->kind, "Only guides, or only occupations",
                      std::span<const Named<CareerKind>>(kKinds), "kind of career")
        ->type_name("KIND");
    command.add_option("--max-training-years", f.max_training_years,
                       "Only careers whose training can take this many years or fewer")
        ->type_name("N")
        ->check(whole_number("years", 0, 100, "8"));
    add_choice_option(command, "--demand", options->demand,
                      "Only careers whose market demand is at least this level: " +
                          either_of(names_of(demand_levels())),
                      demand_levels(), "demand level")
        ->type_name("LEVEL");
    command.add_flag("--remote", f.remote_only, "Only remote-friendly careers");
    command.add_option("--tag", options->tag, "Only careers with this tag, such as healthcare")->type_name("TAG");
    add_choice_option(command, "--sort", options->order,
                      "Order by id, title, median (pay), growth, openings, employment, training or soc (the default)",
                      std::span<const Named<SortKey>>(list_sort_keys()), "sort key")
        ->type_name("KEY");
    command.add_flag("--reverse", options->reverse, "Reverse the order");
    return [options](Context& context) { return run_list(*options, context); };
}

}  // namespace career
