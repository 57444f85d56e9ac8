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
    std::string name;
    std::vector<Section> sections;
};

int run_show(const ShowOptions& options, Context& context) {
    Found<Career> career = find_career(context, options.name);
    if (!career) return career.status();
    // Its related roles, its occupation or its guides, from the index (issue 12), for the render.
    link_career(*career, context.index());
    switch (context.format()) {
        case Format::json: write_document(career_json(*career, options.sections), context); break;
        case Format::markdown: render_career_markdown(*career, options.sections, context.out); break;
        default: render_career_text(*career, options.sections, context.style, context.out);
    }
    return exit_ok;
}

}  // namespace

Run setup_show(CLI::App& command) {
    auto options = std::make_shared<ShowOptions>();
    std::string section_help = "Print only this section (repeatable, or comma-separated):";
    for (const auto& info : all_sections()) section_help += fmt::format("\n  {:<17} {}", info.name, info.description);
    add_career_argument(command, options->name);
    add_choice_option(command, "--section", options->sections, section_help, section_names(), "section")
        ->type_name("NAME")
        ->expected(1)
        ->take_all()
        ->delimiter(',');
    return [options](Context& context) { return run_show(*options, context); };
}

}  // namespace career
