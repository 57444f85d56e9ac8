// career __generate man5|schema (hidden): the documents the build makes of the key table, printed
// for the build to put into their templates in man/ (CMakeLists.txt): man5 the KEYS section of
// career(5) in roff, schema the JSON Schema of a career's document. Reads no data directory.
#include <array>
#include <memory>

#include "cli/commands.hpp"
#include "cli/option_types.hpp"
#include "render/career_json.hpp"
#include "render/format_docs.hpp"

namespace career {
namespace {

enum class Document { man5, schema };

constexpr std::array kDocuments{Named<Document>{"man5", Document::man5}, Named<Document>{"schema", Document::schema}};

}  // namespace

Run setup_generate(CLI::App& command) {
    auto document = std::make_shared<Document>();
    command.add_option("document", *document, "man5 or schema")
        ->required()
        ->transform(choice(std::span<const Named<Document>>(kDocuments), "document"));
    return [document](Context& context) {
        if (*document == Document::man5)
            context.out.write(career5_keys());
        else
            write_json(career_document_schema(), context.out);
        return static_cast<int>(exit_ok);
    };
}

}  // namespace career
