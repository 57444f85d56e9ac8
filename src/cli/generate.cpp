// career __generate man5|schema (hidden): the documents the build makes of the key table, printed
// for the build to put into their templates in man/ (CMakeLists.txt): man5 the KEYS section of
// career(5) in roff, schema the JSON Schema of a career's document. Reads no data directory.
#include <memory>

#include "cli/commands.hpp"
#include "render/career_json.hpp"
#include "render/format_docs.hpp"

namespace career {

void setup_generate(CLI::App& app, int& status) {
    auto what = std::make_shared<std::string>();
    CLI::App* generate = app.add_subcommand("__generate", "Print a document generated from the key table");
    generate->group("");  // hidden: for the build, not for people
    generate->add_option("document", *what, "man5 or schema")->required()->check(one_of({"man5", "schema"}, "document"));
    generate->callback([what, &status] {
        FileSink out(stdout);
        if (*what == "man5")
            out.write(career5_keys());
        else
            write_json(career_document_schema(), out);
        out.flush();
        status = exit_ok;
    });
}

}  // namespace career
