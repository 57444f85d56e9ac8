#include "load/career_template.hpp"

#include <fmt/format.h>

#include "model/format.hpp"

namespace career {
namespace {

// A value of the right kind to start from; empty where a word is wanted, so that it must be chosen.
std::string_view placeholder(ValueKind kind) {
    switch (kind) {
        case ValueKind::text:
        case ValueKind::source_id:
        case ValueKind::level:
        case ValueKind::balance:
        case ValueKind::time_of_day: return "\"\"";
        case ValueKind::text_list: return "[]";
        case ValueKind::integer:
        case ValueKind::money:
        case ValueKind::percent: return "0";
        case ValueKind::boolean: return "false";
        case ValueKind::decimal:
        case ValueKind::wage: return "0";
        case ValueKind::career_kind: return "\"guide\"";
        case ValueKind::soc_code: return "\"00-0000\"";
        case ValueKind::year_range: return "{ min = 0, max = 0 }";
        case ValueKind::table:
        case ValueKind::table_array: break;
    }
    return "\"\"";
}

// "education.stages[].years" -> parent "education.stages[]", name "years".
std::pair<std::string_view, std::string_view> split(std::string_view path) {
    const std::size_t dot = path.rfind('.');
    if (dot == std::string_view::npos) return {{}, path};
    return {path.substr(0, dot), path.substr(dot + 1)};
}

// The header that opens `path`'s table: "[salary]", "[[education.stages]]",
// "[[education.stages.alternatives]]" (TOML names a table in the last element of an array so).
std::string header(std::string_view path, ValueKind kind) {
    const bool array = kind == ValueKind::table_array || path.ends_with("[]");
    if (path.ends_with("[]")) path.remove_suffix(2);
    std::string dotted(path);
    for (std::size_t at; (at = dotted.find("[]")) != std::string::npos;) dotted.erase(at, 2);
    return array ? fmt::format("[[{}]]", dotted) : fmt::format("[{}]", dotted);
}

}  // namespace

std::string career_template(std::string_view id) {
    std::string out = fmt::format(
        "# {0}.toml: a career for career(1); career(5) describes every key.\n"
        "# The file name is the career's id. Fill in title and summary, uncomment\n"
        "# (remove the \"# \" of) the tables and keys you know and fill them in, and\n"
        "# delete the rest. Every figure needs its source. Then check the file:\n"
        "#   career validate {0}.toml\n\n",
        id);
    std::string open;  // the table whose keys are being written ("" is the top level)
    for (const KeySpec& spec : career_keys()) {
        if (spec.generated) continue;  // an occupation's, which tools/import-occupations writes
        if (spec.kind == ValueKind::table || spec.kind == ValueKind::table_array) {
            // An array of tables is written as its first element, "[[tiers]]": its keys follow.
            const std::string path = std::string(spec.path) + (spec.kind == ValueKind::table_array ? "[]" : "");
            out += fmt::format("\n# {}\n# {}\n", spec.description, header(path, spec.kind));
            open = path;
            continue;
        }
        const auto [parent, name] = split(spec.path);
        if (parent != open) {  // a key after a nested table of its parent: reopen the parent
            const KeySpec* table = find_key(parent.ends_with("[]") ? parent.substr(0, parent.size() - 2) : parent);
            out += fmt::format("\n# {}\n", header(parent, table ? table->kind : ValueKind::table));
            open = std::string(parent);
        }
        const bool written = spec.required && parent.empty();
        const std::string allowed = allowed_values(spec);
        out += fmt::format("# {}{}{}\n{}{} = {}\n", spec.description, allowed.empty() ? "" : " " + allowed + ".",
                           spec.required ? (parent.empty() ? " Required." : " Required in this table.") : "",
                           written ? "" : "# ", name, placeholder(spec.kind));
    }
    return out;
}

}  // namespace career
