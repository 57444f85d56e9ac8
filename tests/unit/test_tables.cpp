// The tables that drive the program: the key table (model/format.hpp), whose kinds and limits the
// reader enforces for every key, and the section table (render/section_table.hpp), whose JSON keys
// and search texts are derived from the key table.
#include <doctest/doctest.h>

#include "test_support.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "load/career_parser.hpp"
#include "model/format.hpp"
#include "render/career_json.hpp"
#include "render/section_table.hpp"

using namespace career;

namespace {

const std::string kIrFile = CAREER_SOURCE_DIR "/data/careers/interventional-radiologist.toml";

// A value of `kind` that passes its checks.
std::string good_value(ValueKind kind) {
    switch (kind) {
        case ValueKind::text:
        case ValueKind::source_id: return "\"x\"";
        case ValueKind::text_list: return "[\"x\"]";
        case ValueKind::integer:
        case ValueKind::money:
        case ValueKind::percent:
        case ValueKind::year_range: return "1";
        case ValueKind::boolean: return "true";
        case ValueKind::time_of_day: return "\"08:00\"";
        case ValueKind::level: return "\"low\"";
        case ValueKind::balance: return "\"fair\"";
        case ValueKind::decimal:
        case ValueKind::wage: return "1.5";
        case ValueKind::career_kind: return "\"guide\"";
        case ValueKind::soc_code: return "\"29-1224\"";
        case ValueKind::table:
        case ValueKind::table_array: break;
    }
    return "{}";
}

// The required keys of `table` ("" for the top level) but `except`, with good values.
std::string required_keys(std::string_view table, const KeySpec& except) {
    std::string out;
    for (const KeySpec& spec : career_keys())
        if (spec.required && parent_path(spec.path) == table && spec.path != except.path &&
            spec.kind != ValueKind::table && spec.kind != ValueKind::table_array)
            out += std::string(leaf_name(spec.path)) + " = " + good_value(spec.kind) + "\n";
    return out;
}

// The smallest file holding `spec`'s key set to `value`: the required keys of the top level and
// of each table from the top down to the key's ("[[education.stages]]", then
// "[[education.stages.alternatives]]").
std::string file_with(const KeySpec& spec, const std::string& value) {
    std::string out = required_keys("", spec);
    std::vector<std::string> tables;
    for (std::string table(parent_path(spec.path)); !table.empty(); table = std::string(parent_path(table)))
        tables.insert(tables.begin(), table);
    for (const std::string& table : tables) {
        const KeySpec* parent = find_key(table);
        REQUIRE(parent != nullptr);
        std::string header = table;
        for (std::size_t at; (at = header.find("[]")) != std::string::npos;) header.erase(at, 2);
        out += parent->kind == ValueKind::table_array ? "[[" + header + "]]\n" : "[" + header + "]\n";
        out += required_keys(table, spec);
    }
    return out + std::string(leaf_name(spec.path)) + " = " + value + "\n";
}

// The field path of the key in file_with's file: "education.stages[0].alternatives[0].years".
std::string field_of(const KeySpec& spec) {
    std::string field(spec.path);
    for (std::size_t at; (at = field.find("[]")) != std::string::npos;) field.replace(at, 2, "[0]");
    return field;
}

bool has_error_at(const ParseResult& result, const std::string& field) {
    return std::any_of(result.diagnostics.begin(), result.diagnostics.end(),
                       [&](const Diagnostic& d) { return d.severity == Severity::error && d.field == field; });
}

std::string diagnostics_of(const ParseResult& result) {
    std::string out;
    for (const auto& d : result.diagnostics) out += to_string(d) + "\n";
    return out;
}

std::string_view text_of(const ParseResult& result, Section section) {
    for (const auto& [s, text] : result.texts)
        if (s == section) return text;
    return {};
}

}  // namespace

TEST_SUITE("tables") {

TEST_CASE("the key table: every number is read within its limits, and no further") {
    int bounded = 0;
    for (const KeySpec& spec : career_keys()) {
        if (!spec.limits.bounded()) continue;
        ++bounded;
        CAPTURE(spec.path);
        const std::string field = field_of(spec);
        for (const std::int64_t inside : {spec.limits.min, spec.limits.max}) {
            const ParseResult r = parse_career(file_with(spec, std::to_string(inside)), "f.toml", "f");
            INFO(diagnostics_of(r));
            CHECK_FALSE(has_error_at(r, field));
        }
        for (const std::int64_t outside : {spec.limits.min - 1, spec.limits.max + 1}) {
            const ParseResult r = parse_career(file_with(spec, std::to_string(outside)), "f.toml", "f");
            INFO(diagnostics_of(r));
            CHECK(has_error_at(r, field));
            CHECK_FALSE(r.career.has_value());
        }
    }
    CHECK(bounded >= 10);  // the salary figures, the years, the growth rate
}

TEST_CASE("the key table: the limits career(5) states") {
    CHECK(allowed_values(*find_key("salary.median")) == "0 to 10,000,000");
    CHECK(allowed_values(*find_key("education.stages[].years")) == "0 to 15");
    CHECK(allowed_values(*find_key("tiers[].experience")) == "0 to 80");
    CHECK(allowed_values(*find_key("job_outlook.growth_percent")) == "-100 to 10,000");
    CHECK(allowed_values(*find_key("work_life.stress")) == "low, moderate, high or very-high");
    CHECK(allowed_values(*find_key("summary")).empty());
}

TEST_CASE("the key table: every value of the wrong kind is an error naming the kind") {
    for (const KeySpec& spec : career_keys()) {
        if (spec.kind == ValueKind::table || spec.kind == ValueKind::table_array) continue;
        CAPTURE(spec.path);
        const ParseResult r = parse_career(file_with(spec, "1979-05-27"), "f.toml", "f");  // a date
        INFO(diagnostics_of(r));
        REQUIRE(has_error_at(r, field_of(spec)));
        const auto error = std::find_if(r.diagnostics.begin(), r.diagnostics.end(),
                                        [&](const Diagnostic& d) {
                                            return d.severity == Severity::error && d.field == field_of(spec);
                                        });
        CHECK(error->message == "expected " + std::string(kind_name(spec.kind)) + ", found a date");
    }
}

TEST_CASE("the key table: paths") {
    CHECK(parent_path("education.stages[].name") == "education.stages");
    CHECK(parent_path("salary.median") == "salary");
    CHECK(parent_path("title").empty());
    CHECK(leaf_name("education.stages[].name") == "name");
    CHECK(leaf_name("title") == "title");
    CHECK(find_key("tiers[].title") != nullptr);
    CHECK(find_key("tiers.title") == nullptr);
    CHECK(grouped_digits(-1234567) == "-1,234,567");
    CHECK(grouped_digits(100) == "100");
}

TEST_CASE("the section table: a section's JSON keys come from the key table") {
    CHECK(section_keys(Section::summary) ==
          std::vector<std::string_view>{"kind", "soc", "title", "bls_title", "group", "aliases", "tags", "summary",
                                        "remote_friendly", "remote_friendly_source", "occupation.id",
                                        "occupation.soc", "occupation.title", "guides"});
    CHECK(section_keys(Section::education) ==
          std::vector<std::string_view>{"qualifications.required_education", "education", "training",
                                        "occupation.training"});
    CHECK(section_keys(Section::job_market) ==
          std::vector<std::string_view>{"market.challenges", "market.growth_paths", "market.industry_trends"});
    CHECK(section_keys(Section::salary) == std::vector<std::string_view>{"salary", "wages", "occupation.wages"});
}

TEST_CASE("the section table: all the sections' keys make the whole JSON document, each once") {
    const ParseResult r = load_career_file(kIrFile, "interventional-radiologist");
    REQUIRE(r.career.has_value());
    std::vector<Section> every;
    for (const auto& info : all_sections()) every.push_back(info.section);
    CHECK(career_json(*r.career, every) == career_json(*r.career));

    // Each key in one section, but for the source of a table that several sections share, which
    // comes with each of its parts.
    std::vector<std::string_view> seen;
    for (const auto& info : all_sections())
        for (auto key : section_keys(info.section)) {
            CAPTURE(key);
            if (key == "work.source") continue;
            CHECK(std::find(seen.begin(), seen.end(), key) == seen.end());
            seen.push_back(key);
        }
    for (Section shared : {Section::responsibilities, Section::tech_stack, Section::skills, Section::related}) {
        const auto keys = section_keys(shared);
        CHECK(std::find(keys.begin(), keys.end(), "work.source") != keys.end());
    }
}

TEST_CASE("the section table: names, in enum order") {
    CHECK(section_name(Section::core_functions) == "core-functions");
    CHECK(section_from_name("job-market") == std::optional<Section>(Section::job_market));
    CHECK(&section_info(Section::faq) == &all_sections()[static_cast<std::size_t>(Section::faq)]);
}

TEST_CASE("search text: the names apart, each section's words, in section order") {
    const ParseResult r = load_career_file(kIrFile, "interventional-radiologist", SearchText::gather);
    REQUIRE(r.career.has_value());
    std::string names = r.career->title;
    for (const auto& alias : r.career->aliases) names += "\n" + alias;
    CHECK(r.names == names);
    CHECK_FALSE(contains(text_of(r, Section::summary), r.career->title + "\n"));

    for (std::size_t i = 1; i < r.texts.size(); ++i) CHECK(r.texts[i - 1].first < r.texts[i].first);
    CHECK(text_of(r, Section::summary).starts_with(r.career->tags.at(0)));
    // A table split across sections: each key in its own.
    CHECK(text_of(r, Section::core_functions) == r.career->role.core_functions);
    CHECK(contains(text_of(r, Section::education), r.career->qualifications.required_education));
    // Every string inside a section's table, in the key table's order.
    const std::string_view education = text_of(r, Section::education);
    REQUIRE_FALSE(r.career->education.stages.empty());
    for (const auto& stage : r.career->education.stages) CHECK(contains(education, stage.name));
    CHECK(contains(text_of(r, Section::tiers), r.career->tiers.front().title + "\n" +
                                                   r.career->tiers.front().description));
    // Fixed words and times are not the career's words.
    CHECK_FALSE(contains(text_of(r, Section::day), "07:00"));
    CHECK(text_of(r, Section::demand) == r.career->market_demand->text);
}

TEST_CASE("search text: none for a file with errors") {
    const ParseResult r = parse_career("title = \"T\"\nsummary = 5\n", "f.toml", "f");
    CHECK_FALSE(r.career.has_value());
    CHECK(r.names.empty());
    CHECK(r.texts.empty());
}

}  // TEST_SUITE
