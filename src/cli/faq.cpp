// career faq CAREER [WORDS...]: the FAQ, or only the questions and answers that contain every word
// (in any case). Like grep, no match is exit status 1 with nothing on standard output.
#include <memory>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "model/search.hpp"
#include "render/view_json.hpp"
#include "render/views.hpp"

namespace career {
namespace {

struct FaqOptions {
    std::string name;
    std::vector<std::string> words;
};

int run_faq(const FaqOptions& options, const GlobalOptions& globals) {
    require_format(globals, "faq", {"text", "json"});
    Context context = Context::make(globals);
    const Career career = find_career(context, options.name);
    const std::vector<FaqEntry> entries = faq_matching(career.faq, options.words);
    if (entries.empty() && !career.faq.empty()) {
        std::string words;
        for (const auto& word : options.words) words += (words.empty() ? "" : " ") + word;
        print_error(fmt::format("no questions match: {}", words));
        return exit_failure;
    }
    if (globals.format == "json")
        write_document(faq_json(career, entries, options.words), context);
    else
        render_faq_view(career, entries, options.words, context.style, context.out);
    context.out.flush();
    return exit_ok;
}

}  // namespace

void setup_faq(CLI::App& app, const GlobalOptions& globals, int& status) {
    auto options = std::make_shared<FaqOptions>();
    CLI::App* faq = app.add_subcommand(
        "faq", "Print the frequently asked questions, or only those that contain every word");
    faq->add_option("career", options->name, "Career id, title or alias, such as IR")
        ->type_name("CAREER")
        ->required();
    faq->add_option("words", options->words, "Words that each question printed must contain, in any case")
        ->type_name("WORDS");
    faq->callback([options, &globals, &status] { status = run_faq(*options, globals); });
}

}  // namespace career
