// career show CAREER [--section NAME]...: the whole guide, or some of its sections.
#include <memory>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "render/career_guide.hpp"
#include "render/career_json.hpp"
#include "render/section_table.hpp"

namespace career {
namespace {

struct ShowOptions {
    std::string name;
    std::vector<std::string> sections;
};

int run_show(const ShowOptions& options, const GlobalOptions& globals) {
    require_format(globals, "show", {"text", "json", "markdown"});
    Context context = Context::make(globals);
    const Career career = find_career(context, options.name);
    std::vector<Section> only;
    for (const auto& name : options.sections) only.push_back(*section_from_name(name));
    if (globals.format == "json")
        write_document(career_json(career, only), context);
    else if (globals.format == "markdown")
        render_career_markdown(career, only, context.out);
    else
        render_career_text(career, only, context.style, context.out);
    context.out.flush();
    return exit_ok;
}

}  // namespace

void setup_show(CLI::App& app, const GlobalOptions& globals, int& status) {
    auto options = std::make_shared<ShowOptions>();
    std::vector<std::string> names;
    std::string section_help = "Print only this section (repeatable, or comma-separated):";
    for (const auto& info : all_sections()) {
        names.emplace_back(info.name);
        section_help += fmt::format("\n  {:<17} {}", info.name, info.description);
    }
    CLI::App* show = app.add_subcommand("show", "Print the whole guide to a career, or some sections");
    show->add_option("career", options->name, "Career id, title or alias, such as IR")
        ->type_name("CAREER")
        ->required();
    show->add_option("--section", options->sections, section_help)
        ->type_name("NAME")
        ->expected(1)
        ->take_all()
        ->delimiter(',')
        ->check(one_of(names, "section"));
    show->callback([options, &globals, &status] { status = run_show(*options, globals); });
}

}  // namespace career
