#include "render/format_docs.hpp"

#include <vector>

#include <fmt/format.h>

#include "model/levels.hpp"
#include "render/career_json.hpp"
#include "render/section_table.hpp"

namespace career {
namespace {

// --- career(5) --------------------------------------------------------------------------------------

// Text as roff prints it: a backslash as \e, a hyphen as \- (so that keys and words such as
// very-high are copied as typed), and \& before a full stop or quote that would start a request.
std::string roff(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '\\')
            out += "\\e";
        else if (c == '-')
            out += "\\-";
        else
            out += c;
    }
    if (out.starts_with('.') || out.starts_with('\'')) out.insert(0, "\\&");
    return out;
}

std::string_view kind_label(ValueKind kind) {
    switch (kind) {
        case ValueKind::text: return "String";
        case ValueKind::text_list: return "List";
        case ValueKind::integer:
        case ValueKind::money:
        case ValueKind::percent: return "Integer";
        case ValueKind::boolean: return "Boolean";
        case ValueKind::year_range: return "Year range";
        case ValueKind::time_of_day: return "Time";
        case ValueKind::level: return "Level";
        case ValueKind::balance: return "Balance";
        case ValueKind::decimal: return "Number";
        case ValueKind::wage: return "Wage";
        case ValueKind::career_kind: return "Kind";
        case ValueKind::soc_code: return "SOC code";
        case ValueKind::source_id: return "Source id";
        case ValueKind::table: return "Table";
        case ValueKind::table_array: return "Array of tables";
    }
    return "Value";
}

bool holds_keys(const KeySpec& spec) {
    return spec.kind == ValueKind::table || spec.kind == ValueKind::table_array;
}

// "[salary]", "[[education.stages]]", "[[education.stages.alternatives]]", as a file writes them.
std::string header_of(const KeySpec& table) {
    std::string path(table.path);
    for (std::size_t at; (at = path.find("[]")) != std::string::npos;) path.erase(at, 2);
    return table.kind == ValueKind::table_array ? fmt::format("[[{}]]", path) : fmt::format("[{}]", path);
}

class ManWriter {
public:
    explicit ManWriter(std::span<const KeySpec> keys) : keys_(keys) {}

    std::string page() {
        out_ = ".SH KEYS\n.SS Header\nTop\\-level keys.\nAs TOML requires, they come before the first table.\n";
        for (const KeySpec& spec : keys_)
            if (parent_path(spec.path).empty() && !holds_keys(spec)) item(spec, nullptr);
        for (const KeySpec& spec : keys_)
            if (parent_path(spec.path).empty() && holds_keys(spec)) table(spec);
        return std::move(out_);
    }

private:
    // A top-level table: a subsection of its own, with its keys.
    void table(const KeySpec& table) {
        out_ += fmt::format(".SS {}\n", header_of(table));
        about(table, nullptr);
        keys_of(table);
    }

    void keys_of(const KeySpec& table) {
        for (const KeySpec& spec : keys_) {
            if (parent_path(spec.path) != table.path) continue;
            if (!holds_keys(spec)) {
                item(spec, &table);
                continue;
            }
            // A table within the table: an item, with its keys indented below it.
            out_ += fmt::format(".TP\n.B {}\n", header_of(spec));
            about(spec, &table);
            out_ += "Each has:\n.RS\n";
            keys_of(spec);
            out_ += ".RE\n";
        }
    }

    void item(const KeySpec& spec, const KeySpec* table) {
        out_ += fmt::format(".TP\n.B \\%{}\n", roff(leaf_name(spec.path)));
        about(spec, table);
    }

    // Kind, required or optional, the values allowed; the description; the section it is shown in
    // when its table's is another; and for a name, what a name is for.
    void about(const KeySpec& spec, const KeySpec* table) {
        const std::string allowed = allowed_values(spec);
        out_ += fmt::format("{}, {}{}.\n", kind_label(spec.kind), spec.required ? "required" : "optional",
                            allowed.empty() ? "" : ": " + roff(allowed));
        out_ += roff(spec.description) + "\n";
        if (spec.section != Section::none && (!table || table->section != spec.section))
            out_ += fmt::format("Shown in section\n.BR \\%{} .\n", roff(section_name(spec.section)));
        if (spec.is_name)
            out_ += "A name of the career: the commands find the career by it, and a search ranks a "
                    "match in it first.\n";
    }

    std::span<const KeySpec> keys_;
    std::string out_;
};

// --- the JSON Schema ------------------------------------------------------------------------------

toml::array json_strings(auto&& words) {
    toml::array array;
    for (const auto& word : words) array.push_back(std::string(word));
    return array;
}

toml::table integer_schema(const Limits& limits) {
    toml::table t{{"type", "integer"}};
    if (limits.min != Limits{}.min) t.insert("minimum", limits.min);
    if (limits.max != Limits{}.max) t.insert("maximum", limits.max);
    return t;
}

toml::table number_schema(const Limits& limits) {
    toml::table t{{"type", "number"}};
    if (limits.min != Limits{}.min) t.insert("minimum", limits.min);
    if (limits.max != Limits{}.max) t.insert("maximum", limits.max);
    return t;
}

class SchemaWriter {
public:
    explicit SchemaWriter(std::span<const KeySpec> keys) : keys_(keys) {}

    // The object whose keys are those of `path` ("" for the top level); `required`: its keys that
    // are always there.
    toml::table object(std::string_view path, std::vector<std::string_view> required) {
        toml::table properties;
        for (const KeySpec& spec : keys_) {
            if (parent_path(spec.path) != path) continue;
            properties.insert(leaf_name(spec.path), value(spec));
            if (spec.required && !path.empty()) required.push_back(leaf_name(spec.path));
        }
        toml::table t{{"type", "object"}, {"properties", std::move(properties)}};
        if (!required.empty()) t.insert("required", json_strings(required));
        t.insert("additionalProperties", false);
        return t;
    }

private:
    toml::table value(const KeySpec& spec) {
        toml::table t = bare_value(spec);
        t.insert("description", spec.description);
        return t;
    }

    // Absent data is an absent key (render/career_json.hpp), so a string present is never empty.
    toml::table bare_value(const KeySpec& spec) {
        const toml::table text{{"type", "string"}, {"minLength", 1}};
        switch (spec.kind) {
            case ValueKind::text:
            case ValueKind::source_id: return text;
            case ValueKind::text_list: return toml::table{{"type", "array"}, {"items", text}};
            case ValueKind::integer:
            case ValueKind::money:
            case ValueKind::percent: return integer_schema(spec.limits);
            case ValueKind::boolean: return toml::table{{"type", "boolean"}};
            case ValueKind::year_range:
                return toml::table{{"type", "object"},
                                   {"properties", toml::table{{"min", integer_schema(spec.limits)},
                                                              {"max", integer_schema(spec.limits)}}},
                                   {"required", toml::array{"min"}},
                                   {"additionalProperties", false}};
            case ValueKind::time_of_day:
                return toml::table{{"type", "string"}, {"pattern", "^([01][0-9]|2[0-3]):[0-5][0-9]$"}};
            case ValueKind::decimal: return number_schema(spec.limits);
            case ValueKind::wage:
                return toml::table{{"oneOf", toml::array{number_schema(spec.limits),
                                                         toml::table{{"type", "object"},
                                                                     {"properties", toml::table{{"at_least", number_schema(spec.limits)}}},
                                                                     {"required", toml::array{"at_least"}},
                                                                     {"additionalProperties", false}}}}};
            case ValueKind::career_kind: return toml::table{{"enum", toml::array{"guide", "occupation"}}};
            case ValueKind::soc_code: return toml::table{{"type", "string"}, {"pattern", "^[0-9]{2}-[0-9]{4}$"}};
            case ValueKind::level: return toml::table{{"enum", json_strings(level_words())}};
            case ValueKind::balance: return toml::table{{"enum", json_strings(balance_words())}};
            case ValueKind::table: return object(spec.path, {});
            case ValueKind::table_array: return toml::table{{"type", "array"}, {"items", object(spec.path, {})}};
        }
        return {};
    }

    std::span<const KeySpec> keys_;
};

}  // namespace

std::string career5_keys(std::span<const KeySpec> keys) { return ManWriter(keys).page(); }

std::string career5_keys() { return career5_keys(career_keys()); }

toml::table career_document_schema(std::span<const KeySpec> keys) {
    const auto identity = identity_json_keys();
    toml::table schema = SchemaWriter(keys).object("", {identity.begin(), identity.end()});
    schema.insert("description",
                  "career show CAREER: the whole career as the model holds it (career(5)), with its id; "
                  "with --section, only those sections' keys besides id and title.");
    return schema;
}

toml::table career_document_schema() {
    std::vector<KeySpec> keys(career_keys().begin(), career_keys().end());
    keys.insert(keys.end(), computed_json_keys().begin(), computed_json_keys().end());
    return career_document_schema(keys);
}

}  // namespace career
