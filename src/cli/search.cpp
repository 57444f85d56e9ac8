// career search WORDS...: which careers mention these words, best matches first.
#include <memory>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "load/index.hpp"
#include "render/search.hpp"
#include "render/section_table.hpp"

namespace career {
namespace {

struct SearchOptions {
    std::vector<std::string> words;
    std::optional<std::string> section;
    std::size_t limit = 20;
};

int run_search(const SearchOptions& options, const GlobalOptions& globals) {
    require_format(globals, "search", {"text", "json", "tsv", "csv"});
    Context context = Context::make(globals);
    const LoadedIndex index = load_index(context.catalog, default_cache_dir(real_env), true);
    report(index.diagnostics);
    std::vector<SearchDocument> documents;
    for (const auto& career : index.careers)
        for (const auto& [section, text] : career.texts)
            documents.push_back({career.summary.id, career.summary.title, section ? section_name(*section) : "title", text});
    const std::vector<std::string> terms = search_terms(options.words);
    const std::vector<SearchResult> results = search(documents, terms, options.section, options.limit);
    if (results.empty()) {
        // Like grep: nothing found is status 1, and says so only on stderr.
        std::string words;
        for (const auto& word : options.words) words += (words.empty() ? "" : " ") + word;
        print_error(fmt::format("no careers match: {}", words));
        return exit_failure;
    }
    if (globals.format == "text") {
        render_search_text(results, terms, context.style, context.out);
    } else {
        write_records(search_records(results), "results", globals, context);
    }
    context.out.flush();
    return exit_ok;
}

}  // namespace

void setup_search(CLI::App& app, const GlobalOptions& globals, int& status) {
    auto options = std::make_shared<SearchOptions>();
    std::vector<std::string> sections{"title"};
    for (const auto& info : all_sections()) sections.emplace_back(info.name);
    CLI::App* search = app.add_subcommand("search", "Find careers by the words in them, best matches first");
    search->add_option("words", options->words, "Words that must all occur; quote a phrase")
        ->type_name("WORD")
        ->required();
    search->add_option("--section", options->section, "Look only in this section (or title)")
        ->type_name("NAME")
        ->check(one_of(sections, "section"));
    search->add_option("--limit", options->limit, "Show at most this many results (default 20)")
        ->type_name("N")
        ->check(CLI::Range(1, 100000));
    search->callback([options, &globals, &status] { status = run_search(*options, globals); });
}

}  // namespace career
