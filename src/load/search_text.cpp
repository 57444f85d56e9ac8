#include "load/search_text.hpp"

#include <array>

namespace career {
namespace {

// The strings of a document, by section, each piece on a line of its own.
class TextGatherer {
public:
    // The keys of `table`, whose path in the key table is `path` ("" at the top, "tiers" for an
    // element of [[tiers]]), in the key table's order, which is the guide's.
    void table(const toml::table& table, std::string_view path) {
        for (const KeySpec& spec : career_keys())
            if (parent_path(spec.path) == path)
                if (const toml::node* node = table.get(leaf_name(spec.path))) value(*node, spec);
    }

    std::string names;
    std::array<std::string, kSectionCount> sections;

private:
    void value(const toml::node& node, const KeySpec& spec) {
        switch (spec.kind) {
            case ValueKind::text: add(spec, node); break;
            case ValueKind::text_list:
                if (const toml::array* items = node.as_array())
                    for (const toml::node& item : *items) add(spec, item);
                break;
            case ValueKind::table:
                if (const toml::table* inner = node.as_table()) table(*inner, spec.path);
                break;
            case ValueKind::table_array:
                if (const toml::array* elements = node.as_array())
                    for (const toml::node& element : *elements)
                        if (const toml::table* inner = element.as_table()) table(*inner, spec.path);
                break;
            default: break;  // numbers, and fixed words such as levels and times: not the career's words
        }
    }

    void add(const KeySpec& spec, const toml::node& node) {
        const auto piece = node.value_exact<std::string_view>();
        if (!piece || piece->empty()) return;
        std::string& text = spec.is_name ? names : sections[static_cast<std::size_t>(spec.section)];
        if (!text.empty()) text += '\n';
        text += *piece;
    }
};

}  // namespace

void gather_search_text(const toml::table& root, ParseResult& result) {
    TextGatherer gathered;
    gathered.table(root, "");
    result.names = std::move(gathered.names);
    result.texts.clear();
    for (std::size_t i = 0; i < kSectionCount; ++i)
        if (!gathered.sections[i].empty())
            result.texts.emplace_back(static_cast<Section>(i), std::move(gathered.sections[i]));
}

}  // namespace career
