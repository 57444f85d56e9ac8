// career show CAREER [--section NAME]...: the whole guide, or some of its sections.
#include <memory>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/option_types.hpp"
#include "load/links.hpp"
#include "model/sections.hpp"
#include "render/career_guide.hpp"
#include "render/career_json.hpp"
#include "render/section_table.hpp"

namespace career {
namespace {

struct ShowOptions {
    std::vector<std::string> words;
    std::vector<Section> sections;
};

int run_show(const ShowOptions& options, Context& context) {
    Found<std::vector<Career>> careers = find_named_careers(context, options.words);
    if (!careers) return careers.status();
    std::vector<toml::table> documents;
    for (std::size_t i = 0; i < careers->size(); ++i) {
        Career& career = (*careers)[i];
        // Its related roles, its occupation or its guides, from the index (issue 12), for the render.
        link_career(career, context.indexes);
        switch (context.format()) {
            case Format::json: documents.push_back(career_json(career, options.sections)); break;
            case Format::markdown:
                if (i > 0) context.out.write("\n---\n\n");
                render_career_markdown(career, options.sections, context.out);
                break;
            default:
                if (i > 0) context.out.write("\n");
                render_career_text(career, options.sections, context.style, context.out, careers->size() > 1);
        }
    }
    if (context.format() == Format::json) write_documents(documents, context);
    return exit_ok;
}

}  // namespace

Run setup_show(CLI::App& command) {
    auto options = std::make_shared<ShowOptions>();
    std::string section_help = "Print only this section (repeatable, or comma-separated):";
    for (const auto& info : all_sections()) section_help += fmt::format("\n  {:<17} {}", info.name, info.description);
    add_careers_argument(command, options->words);
    add_choice_option(command, "--section", options->sections, section_help, section_names(), "section",
                      old_section_names())
        ->type_name("NAME")
        ->expected(1)
        ->take_all()
        ->delimiter(',');
    return [options](Context& context) { return run_show(*options, context); };
}

}  // namespace career
