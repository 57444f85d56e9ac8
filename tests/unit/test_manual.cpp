// career(5) is the contract for people who write career files: every key the loader accepts must be
// documented there, under its own table. The list of keys is the loader's own table, so a key added
// to the loader without a line in the manual fails here.
#include <doctest/doctest.h>

#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "load/career_parser.hpp"

using namespace career;

namespace {

std::string read_manual() {
    std::ifstream in(CAREER_SOURCE_DIR "/man/career.5");
    REQUIRE(in);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The text of the ".SS" subsection whose title is exactly `title`, up to the next heading.
std::string subsection(const std::string& manual, const std::string& title) {
    const std::string start = "\n.SS " + title + "\n";
    const auto begin = manual.find(start);
    if (begin == std::string::npos) return {};
    const auto end = manual.find("\n.S", begin + start.size());
    return manual.substr(begin + start.size(), end - begin - start.size());
}

bool names_key(const std::string& text, const std::string& key) {
    // As a bold word: ".B key", ".BR key ..." or ".BR a \", \" key".
    const std::regex pattern("(^|\\n)\\.BR? ([^\\n]* )?\"?" + key + "\"?( |\\n|$)");
    return std::regex_search(text, pattern);
}

}  // namespace

TEST_CASE("career(5) documents every key the loader accepts, under its table") {
    const std::string manual = read_manual();
    for (const KeySpec& spec : career_keys()) {
        std::string path(spec.path);
        CAPTURE(path);
        const auto dot = path.find('.');
        const auto first = path.substr(0, std::min(dot, path.find('[')));
        std::string section;
        if (dot == std::string::npos && spec.kind != ValueKind::table && spec.kind != ValueKind::table_array) {
            section = subsection(manual, "Header");
        } else {
            section = subsection(manual, "[" + first + "]");
            if (section.empty()) section = subsection(manual, "[[" + first + "]]");
        }
        REQUIRE_FALSE(section.empty());
        if (dot == std::string::npos) continue;  // the table itself: its heading is enough

        // "education.stages" is documented as [[education.stages]]; "education.stages[].name" as
        // `name` inside that block.
        std::string leaf = path.substr(path.rfind('.') + 1);
        if (spec.kind == ValueKind::table_array) leaf = "\\[\\[" + path + "\\]\\]";
        CHECK(names_key(section, leaf));
    }
}

TEST_CASE("the drift check itself notices an undocumented key") {
    const std::string manual = read_manual();
    CHECK(names_key(subsection(manual, "[salary]"), "median"));
    CHECK_FALSE(names_key(subsection(manual, "[salary]"), "bonus"));
    CHECK_FALSE(names_key(subsection(manual, "[salary]"), "medi"));
}
