// career search WORDS...: which careers mention these words, best matches first.
#include <memory>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/option_types.hpp"
#include "load/index.hpp"
#include "load/search_index.hpp"
#include "render/search.hpp"
#include "render/section_table.hpp"

namespace career {
namespace {

struct SearchOptions {
    std::vector<std::string> words;
    std::optional<std::string> section;
    std::size_t limit = 20;
};

int run_search(const SearchOptions& options, Context& context) {
    const CareerIndex& index = context.index();
    report(index.diagnostics);
    std::optional<Field> only;
    if (options.section) only = *options.section == "title" ? Field::names() : Field{section_from_name(*options.section)};
    const SearchQuery query = SearchQuery::parse(options.words);
    SearchIndex search = SearchIndex::load(index, context.cache_dir());
    std::vector<SearchResult> results;
    for (const SearchHit& hit : search.search(query, only, options.limit)) {
        // An occupation is named by its SOC code, as `list` names it: its id can be long.
        const IndexedCareer* career = index.by_id(hit.id);
        const bool occupation = career && career->kind == CareerKind::occupation;
        const std::string_view soc = career ? career->soc : std::string_view{};
        results.push_back({hit.id, occupation && !soc.empty() ? soc : hit.id, occupation ? "occupation" : "guide", soc,
                           hit.title, hit.field.section ? section_name(*hit.field.section) : "title", hit.text,
                           hit.match});
    }
    if (results.empty()) {
        // Like grep: nothing found is status 1, and says so only on stderr.
        std::string words;
        for (const auto& word : options.words) words += (words.empty() ? "" : " ") + word;
        print_error(fmt::format("no careers match: {}", words));
        return exit_failure;
    }
    if (context.format() == Format::text)
        render_search_text(results, query.all_terms(), context.style, context.out);
    else
        write_records(search_records(results), "results", context);
    return exit_ok;
}

}  // namespace

Run setup_search(CLI::App& command) {
    auto options = std::make_shared<SearchOptions>();
    static const std::vector<std::string_view> sections = [] {
        std::vector<std::string_view> names{"title"};
        for (const auto& named : section_names()) names.push_back(named.name);
        return names;
    }();
    command.add_option("words", options->words, "Words that must all occur; quote a phrase")
        ->type_name("WORD")
        ->required();
    with_values(command.add_option("--section", options->section, "Look only in this section (or title)"), sections)
        ->type_name("NAME")
        ->check(CLI::Validator(
            [](std::string& name) -> std::string {
                if (name == "title" || section_from_name(name)) return {};  // an old name too
                return not_one_of(name, sections, "section");
            },
            "", "section"));
    command.add_option("--limit", options->limit, "Show at most this many results (default 20)")
        ->type_name("N")
        ->check(whole_number("results", 1, 100000, "5"));
    return [options](Context& context) { return run_search(*options, context); };
}

}  // namespace career
