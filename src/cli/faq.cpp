// career faq CAREER [WORDS...]: the FAQ, or only the questions and answers that contain every word
// (in any case). Like grep, no match is exit status 1 with nothing on standard output.
#include <memory>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "model/search.hpp"

namespace career {
namespace {

struct FaqOptions {
    std::string name;
    std::vector<std::string> words;
};

int run_faq(const FaqOptions& options, Context& context) {
    Found<Career> career = find_career(context, options.name);
    if (!career) return career.status();
    const std::vector<FaqEntry> entries = faq_matching(career->faq, options.words);
    if (entries.empty() && !career->faq.empty()) {
        std::string words;
        for (const auto& word : options.words) words += (words.empty() ? "" : " ") + word;
        print_error(fmt::format("no questions match: {}", words));
        return exit_failure;
    }
    if (context.format() == Format::json)
        write_document(faq_json(*career, entries, options.words), context);
    else
        render_faq_view(*career, entries, options.words, context.style, context.out);
    return exit_ok;
}

}  // namespace

Run setup_faq(CLI::App& command) {
    auto options = std::make_shared<FaqOptions>();
    add_career_argument(command, options->name);
    command.add_option("words", options->words, "Words that each question printed must contain, in any case")
        ->type_name("WORDS");
    return [options](Context& context) { return run_faq(*options, context); };
}

}  // namespace career
