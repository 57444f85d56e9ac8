// The documents generated from the key table (render/format_docs.hpp): career(5)'s KEYS and the
// JSON Schema of a career's document. They are written by the build, never by hand, so what is
// tested is the generator: that it documents whatever the table holds, a key added to it too.
#include <doctest/doctest.h>

#include "test_support.hpp"

#include <regex>
#include <string>
#include <vector>

#include "model/format.hpp"
#include "render/format_docs.hpp"

using namespace career;

namespace {

// The text of the ".SS" subsection whose title is exactly `title`, up to the next heading.
std::string subsection(const std::string& page, const std::string& title) {
    const std::string start = "\n.SS " + title + "\n";
    const auto begin = page.find(start);
    if (begin == std::string::npos) return {};
    const auto end = page.find("\n.S", begin + start.size());
    return page.substr(begin + start.size(), end - begin - start.size());
}

// Whether `text` has an item tagged with `key` in bold, and its line of kind and values.
bool documents(const std::string& text, const std::string& key, const std::string& kind_line) {
    return contains(text, ".TP\n.B \\%" + key + "\n" + kind_line + "\n") ||
           contains(text, ".TP\n.B " + key + "\n" + kind_line + "\n");
}

// The key table with one key more, such as a format change would add.
std::vector<KeySpec> keys_and(const KeySpec& extra) {
    std::vector<KeySpec> keys(career_keys().begin(), career_keys().end());
    keys.push_back(extra);
    return keys;
}

constexpr KeySpec kBonus{"salary.bonus", ValueKind::money, false, Section::salary, {0, 5000}, "A yearly bonus."};

}  // namespace

TEST_SUITE("format_docs") {

TEST_CASE("career(5): every key of the table, under its table, with its kind") {
    const std::string page = career5_keys();
    CHECK(page.starts_with(".SH KEYS\n.SS Header\n"));
    for (const KeySpec& spec : career_keys()) {
        const std::string path(spec.path);
        CAPTURE(path);
        const std::string top = path.substr(0, path.find_first_of(".["));
        const KeySpec& table = *find_key(top);
        const bool header = top == path && table.kind != ValueKind::table && table.kind != ValueKind::table_array;
        const std::string text = subsection(page, header ? "Header"
                                                         : table.kind == ValueKind::table_array ? "[[" + top + "]]"
                                                                                                : "[" + top + "]");
        REQUIRE_FALSE(text.empty());
        CHECK(contains(text, std::regex_replace(std::string(spec.description), std::regex("-"), "\\-")));
    }
    CHECK(documents(subsection(page, "[salary]"), "median", "Integer, optional: 0 to 10,000,000."));
    CHECK(documents(subsection(page, "[education]"), "[[education.stages]]", "Array of tables, optional."));
    CHECK(documents(subsection(page, "[[tiers]]"), "experience", "Year range, optional: 0 to 80."));
    CHECK(documents(subsection(page, "[salary]"), "source", "Source id, optional: the id of one of the file's [[sources]]."));
    CHECK(documents(subsection(page, "[work_life]"), "stress",
                    "Level, optional: low, moderate, high or very\\-high."));
    CHECK(contains(subsection(page, "[role]"), "Shown in section\n.BR \\%core\\-functions .\n"));
}

TEST_CASE("career(5): a key added to the table is documented, with its limits") {
    const std::string salary = subsection(career5_keys(keys_and(kBonus)), "[salary]");
    CHECK(documents(salary, "bonus", "Integer, optional: 0 to 5,000."));
    CHECK(contains(salary, "\nA yearly bonus."));
    CHECK_FALSE(contains(subsection(career5_keys(), "[salary]"), "bonus"));
}

TEST_CASE("career(5): text is escaped for roff") {
    const KeySpec odd{"odd", ValueKind::text, false, Section::summary, {}, ".starts like a request, a \\ and a -"};
    const std::string page = career5_keys(keys_and(odd));
    CHECK(contains(page, "\n\\&.starts like a request, a \\e and a \\-\n"));
}

TEST_CASE("the JSON Schema: every key as a property of its table, a key added to the table too") {
    const toml::table schema = career_document_schema(keys_and(kBonus));
    const auto salary = schema["properties"]["salary"];
    CHECK(salary["type"].value<std::string>() == "object");
    CHECK(salary["required"][0].value<std::string>() == "country");
    CHECK(salary["properties"]["bonus"]["maximum"].value<std::int64_t>() == 5000);
    CHECK(salary["properties"]["median"]["maximum"].value<std::int64_t>() == 10'000'000);
    CHECK(salary["properties"]["bonus"]["description"].value<std::string>() == "A yearly bonus.");
    CHECK(schema["properties"]["education"]["properties"]["stages"]["items"]["properties"]["years"]["properties"]
                ["max"]["maximum"]
                    .value<std::int64_t>() == 15);
    CHECK(schema["properties"]["work_life"]["properties"]["stress"]["enum"][3].value<std::string>() == "very-high");
}

TEST_CASE("the JSON Schema: the computed keys, and only id and title always there") {
    const toml::table schema = career_document_schema();
    CHECK(schema["properties"]["id"]["type"].value<std::string>() == "string");
    CHECK(schema["properties"]["education"]["properties"]["total_years"]["type"].value<std::string>() == "object");
    const toml::array& required = *schema["required"].as_array();
    REQUIRE(required.size() == 2u);
    CHECK(required[0].value<std::string>() == "id");
    CHECK(required[1].value<std::string>() == "title");
    CHECK(schema["additionalProperties"].value<bool>() == false);
}

}  // TEST_SUITE
