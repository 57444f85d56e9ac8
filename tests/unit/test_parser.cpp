// career_parser: a good file loads; each kind of bad file is reported at the right line, column
// and field path; the shipped guide loads without a single diagnostic.
#include <doctest/doctest.h>

#include "test_support.hpp"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "load/career_parser.hpp"
#include "load/diagnostic.hpp"

using namespace career;
namespace fs = std::filesystem;

namespace {

// The two required keys, on lines 1 and 2, so a test's own lines start at line 3.
const std::string kBase = "title = \"T\"\nsummary = \"S\"\n";

ParseResult parse(const std::string& text) { return parse_career(text, "f.toml", "f"); }

// The one diagnostic for `field`; fails the test when there is none or more than one.
Diagnostic only_for(const ParseResult& result, const std::string& field) {
    std::vector<Diagnostic> found;
    for (const auto& d : result.diagnostics)
        if (d.field == field) found.push_back(d);
    INFO("field: ", field);
    REQUIRE(found.size() == 1u);
    return found.front();
}

std::string all_diagnostics(const ParseResult& result) {
    std::string out;
    for (const auto& d : result.diagnostics) out += to_string(d) + "\n";
    return out;
}


// The file is rejected with exactly one error, at this field and position, saying `phrase`.
void expect_only_error(const ParseResult& result, const std::string& field, int line, int column,
                       std::string_view phrase) {
    INFO(all_diagnostics(result));
    CHECK_FALSE(result.career.has_value());
    REQUIRE(result.diagnostics.size() == 1u);
    const Diagnostic& d = result.diagnostics[0];
    CHECK(d.field == field);
    CHECK(d.line == line);
    CHECK(d.column == column);
    CHECK(d.severity == Severity::error);
    CHECK(contains(d.message, phrase));
}

const std::string kGoodCareer = R"(# A small but complete career.
title = "Good Career"
aliases = ["GC", "Good"]
summary = """
First paragraph.

Second paragraph."""
remote_friendly = false
remote_friendly_source = "guide"

[market_demand]
level = "very-high"
text = "Demand is very high."

[salary]
country = "US"
currency = "USD"
minimum = 100
maximum = 300
median = 200
entry = 120
mid = 200
senior = 280
top_10_percent = 300
top_earners = "The top tenth earn 300."
source = "survey"
basis = "a survey's band"
year = "May 2024"

[role]
core_functions = "Does things."
responsibilities = ["One", "Two"]
work_setting = "An office."
tech_stack = ["Pen"]

[qualifications]
education_level = "A degree."
tech_skills = ["Typing"]
soft_abilities = ["Patience"]
path = "Study."
required_education = "A degree."

[[education.stages]]
name = "College"
years = 4
source = "guide"

[[education.stages]]
name = "Fellowship"
years = { min = 1, max = 2 }
source = "guide"
detail = "One or two years."

[[education.stages]]
name = "Degree"
source = "guide"

[[education.stages.alternatives]]
name = "Associate"
years = 2

[[education.stages.alternatives]]
name = "Certificate"
years = 1
prerequisite = "another degree"
source = "survey"
detail = "A year."

[[education.stages]]
name = "Research year"
optional = true
years = 1
source = "guide"

[[education.milestones]]
name = "License"

[[education.milestones]]
name = "Master's"
years = 2
source = "guide"

[[tiers]]
title = "Junior"
experience = { min = 0, max = 2 }
stage = "Fellowship"
source = "guide"

[[tiers]]
title = "Lead"
experience = { min = 10 }
description = "Leads."
source = "guide"

[[tiers]]
title = "Chief"

[market]
global_outlook = "Global."
challenges = "Hard."
growth_paths = "Up."
industry_trends = "AI."

[[day]]
name = "Morning"
start = "07:00"
end = "11:30"
focus = "Planning"
tasks = ["Plan"]

[work_life]
stress = "low"
balance = "excellent"
text = "Calm."

[skill_map]
intro = "Skills."

[[skill_map.categories]]
name = "Core"
skills = ["A", "B"]

[pros_cons]
pros = ["Pay"]
cons = ["Hours", "Stress"]

[advice]
beginner_mistakes = ["Rushing"]
contextual = ["Be calm"]

[[case_studies]]
title = "A case"
story = "It happened."
takeaway = "Learn."

[portfolio]
tips = "Keep a log."

[job_outlook]
growth_percent = -3
basis = "as stated in the guide"
period = "2024–34"
status = "Declining"
source = "guide"
related_roles = ["other-career"]
related_roles_ours = true

[[faq]]
question = "Why?"
answer = "Because."

[[sources]]
id = "guide"
title = "The guide"
url = "https://example.com/guide"
retrieved = "2026-11-28"

[[sources]]
id = "survey"
title = "A survey"
published = "2025"
)";

void check_good_career(const ParseResult& result) {
    INFO(all_diagnostics(result));
    CHECK(result.diagnostics.empty());
    REQUIRE(result.career.has_value());
    const Career& c = *result.career;
    CHECK(c.id == "good");
    CHECK(c.title == "Good Career");
    CHECK(c.aliases == Items{"GC", "Good"});
    CHECK(c.summary == "First paragraph.\n\nSecond paragraph.");
    CHECK(c.remote_friendly == std::optional<bool>(false));
    CHECK(c.remote_friendly_source == "guide");
    REQUIRE(c.market_demand.has_value());
    CHECK(c.market_demand->level == Level::very_high);
    CHECK(c.market_demand->text == "Demand is very high.");
    REQUIRE(c.salary.has_value());
    CHECK(c.salary->country == "US");
    CHECK(c.salary->currency == "USD");
    CHECK(c.salary->minimum == std::optional<Money>(100));
    CHECK(c.salary->maximum == std::optional<Money>(300));
    CHECK(c.salary->median == std::optional<Money>(200));
    CHECK(c.salary->entry == std::optional<Money>(120));
    CHECK(c.salary->mid == std::optional<Money>(200));
    CHECK(c.salary->senior == std::optional<Money>(280));
    CHECK(c.salary->top_10_percent == std::optional<Money>(300));
    CHECK(c.salary->top_earners == "The top tenth earn 300.");
    CHECK(c.salary->source == "survey");
    CHECK(c.salary->basis == "a survey's band");
    CHECK(c.salary->year == "May 2024");
    CHECK(pay_basis(*c.salary) == "a survey's band, May 2024");
    CHECK(c.role.responsibilities == Items{"One", "Two"});
    CHECK(c.role.tech_stack == Items{"Pen"});
    CHECK(c.qualifications.soft_abilities == Items{"Patience"});
    REQUIRE(c.education.stages.size() == 4u);
    CHECK(c.education.stages[0].name == "College");
    CHECK(c.education.stages[0].years == YearRange{4, 4});
    CHECK(c.education.stages[0].source == "guide");
    CHECK(c.education.stages[1].years == YearRange{1, 2});
    CHECK(c.education.stages[1].detail == "One or two years.");
    // A stage with alternatives spans its routes; an optional stage counts from 0.
    const EducationStage& degree = c.education.stages[2];
    CHECK(degree.years == YearRange{1, 2});
    REQUIRE(degree.alternatives.size() == 2u);
    CHECK(degree.alternatives[0].name == "Associate");
    CHECK(degree.alternatives[0].years == YearRange{2, 2});
    CHECK(degree.alternatives[0].source.empty());
    CHECK(degree.alternatives[1].prerequisite == "another degree");
    CHECK(degree.alternatives[1].source == "survey");
    CHECK(degree.alternatives[1].detail == "A year.");
    CHECK(c.education.stages[3].optional);
    CHECK(counted_years(c.education.stages[3]) == YearRange{0, 1});
    CHECK(training_years(c.education) == std::optional<YearRange>(YearRange{6, 9}));
    REQUIRE(c.education.milestones.size() == 2u);
    CHECK(c.education.milestones[0].name == "License");
    CHECK(c.education.milestones[0].detail.empty());
    CHECK_FALSE(c.education.milestones[0].years.has_value());
    CHECK(c.education.milestones[1].years == std::optional<YearRange>(YearRange{2, 2}));
    CHECK(c.education.milestones[1].source == "guide");
    REQUIRE(c.tiers.size() == 3u);
    CHECK(c.tiers[0].experience == YearRange{0, 2});
    CHECK(c.tiers[0].stage == "Fellowship");
    CHECK(c.tiers[1].experience == YearRange{10, std::nullopt});
    CHECK(c.tiers[1].description == "Leads.");
    CHECK(c.tiers[1].source == "guide");
    CHECK_FALSE(c.tiers[2].experience.has_value());  // a tier whose source gives no years
    // The ladder starts with the fellowship, after 4 years of college: no year is counted twice.
    CHECK(ladder_start(c) == std::optional<YearRange>(YearRange{4, 4}));
    CHECK(year_from_start(c, c.tiers[1]) == std::optional<YearRange>(YearRange{14, 14}));
    CHECK_FALSE(year_from_start(c, c.tiers[2]).has_value());
    CHECK(c.market.industry_trends == "AI.");
    REQUIRE(c.day.size() == 1u);
    CHECK(c.day[0].start.minutes == 7 * 60);
    CHECK(c.day[0].end.minutes == 11 * 60 + 30);
    CHECK(c.day[0].focus == "Planning");
    CHECK(c.work_life.stress == std::optional<Level>(Level::low));
    CHECK(c.work_life.balance == std::optional<Balance>(Balance::excellent));
    REQUIRE(c.skill_map.categories.size() == 1u);
    CHECK(c.skill_map.categories[0].skills == Items{"A", "B"});
    CHECK(c.pros == Items{"Pay"});
    CHECK(c.cons == Items{"Hours", "Stress"});
    CHECK(c.beginner_mistakes == Items{"Rushing"});
    CHECK(c.contextual_advice == Items{"Be calm"});
    REQUIRE(c.case_studies.size() == 1u);
    CHECK(c.case_studies[0].takeaway == "Learn.");
    CHECK(c.portfolio_tips == "Keep a log.");
    CHECK(c.job_outlook.growth_percent == std::optional<int>(-3));  // a growth rate may be negative
    CHECK(c.job_outlook.related_roles == Items{"other-career"});
    CHECK(c.job_outlook.related_roles_ours);
    CHECK(c.job_outlook.source == "guide");
    CHECK(growth_note(c.job_outlook) == "as stated in the guide, 2024–34");
    REQUIRE(c.faq.size() == 1u);
    CHECK(c.faq[0].answer == "Because.");
    REQUIRE(c.source_records.size() == 2u);
    CHECK(c.source_records[0].id == "guide");
    CHECK(c.source_records[0].retrieved == "2026-11-28");
    CHECK(c.source_records[1].published == "2025");
    CHECK(source_line(c, "survey") == "A survey, 2025");
    CHECK(source_line(c, "guide") == "The guide, https://example.com/guide");
}

}  // namespace

TEST_SUITE("career_parser") {

TEST_CASE("a good career parses into every field") {
    check_good_career(parse_career(kGoodCareer, "good.toml", "good"));
}

TEST_CASE("a good career file loads from disk") {
    TempDir dir("parser-good-file");
    const fs::path path = dir.write("good.toml", kGoodCareer);
    check_good_career(load_career_file(path.string(), "good"));
}

TEST_CASE("the smallest valid career: title and summary") {
    const ParseResult r = parse(kBase);
    CHECK(r.diagnostics.empty());
    REQUIRE(r.career.has_value());
    CHECK(r.career->id == "f");
    CHECK_FALSE(r.career->salary.has_value());
    CHECK_FALSE(r.career->market_demand.has_value());
    CHECK(r.career->tiers.empty());
}

TEST_CASE("a TOML syntax error is reported at toml++'s position") {
    SUBCASE("a value missing") {
        const ParseResult r = parse("title = = \"x\"\n");
        CHECK_FALSE(r.career.has_value());
        REQUIRE(r.diagnostics.size() == 1u);
        const Diagnostic& d = r.diagnostics[0];
        CHECK(d.file == "f.toml");
        CHECK(d.line == 1);
        CHECK(d.column == 9);
        CHECK(d.severity == Severity::error);
        CHECK(d.field.empty());
        CHECK(contains(d.message, "value"));
    }
    SUBCASE("an unterminated string") {
        const ParseResult r = parse("title = \"T\"\nsummary = \"S\n");
        CHECK_FALSE(r.career.has_value());
        REQUIRE(r.diagnostics.size() == 1u);
        CHECK(r.diagnostics[0].line == 2);
        CHECK(r.diagnostics[0].column == 13);
        CHECK(r.diagnostics[0].severity == Severity::error);
        CHECK(contains(r.diagnostics[0].message, "string"));
    }
}

TEST_CASE("a missing required key is an error at the start of its table") {
    SUBCASE("title") {
        const ParseResult r = parse("summary = \"S\"\n");
        expect_only_error(r, "title", 1, 1, "required key is missing");
    }
    SUBCASE("summary") {
        const ParseResult r = parse("title = \"T\"\n");
        CHECK_FALSE(r.career.has_value());
        REQUIRE(r.diagnostics.size() == 1u);
        CHECK(r.diagnostics[0].field == "summary");
        CHECK(r.diagnostics[0].line == 1);
        CHECK(r.diagnostics[0].column == 1);
        CHECK(contains(r.diagnostics[0].message, "required key is missing"));
    }
    SUBCASE("a key required inside a table") {
        const ParseResult r = parse(kBase + "[salary]\ncountry = \"US\"\n");
        CHECK_FALSE(r.career.has_value());
        const Diagnostic d = only_for(r, "salary.currency");
        CHECK(d.line == 3);
        CHECK(d.column == 1);
        CHECK(d.severity == Severity::error);
    }
}

TEST_CASE("a value of the wrong type names the field and points at the value") {
    SUBCASE("a string where money is expected") {
        const ParseResult r =
            parse(kBase + "[salary]\ncountry = \"US\"\ncurrency = \"USD\"\nmedian = \"lots\"\n");
        expect_only_error(r, "salary.median", 6, 10, "expected a whole number");
        CHECK(contains(r.diagnostics.at(0).message, "found a string"));
    }
    SUBCASE("a float where an integer is expected") {
        const ParseResult r =
            parse(kBase + "[salary]\ncountry = \"US\"\ncurrency = \"USD\"\nmedian = 4.5e5\n");
        expect_only_error(r, "salary.median", 6, 10, "found a decimal number");
    }
    SUBCASE("a string where true or false is expected") {
        const ParseResult r = parse(kBase + "remote_friendly = \"yes\"\n");
        CHECK_FALSE(r.career.has_value());
        const Diagnostic d = only_for(r, "remote_friendly");
        CHECK(d.line == 3);
        CHECK(d.column == 19);
        CHECK(contains(d.message, "true or false"));
    }
    SUBCASE("a string where a table is expected") {
        const ParseResult r = parse(kBase + "salary = \"a lot\"\n");
        CHECK_FALSE(r.career.has_value());
        const Diagnostic d = only_for(r, "salary");
        CHECK(d.line == 3);
        CHECK(d.column == 10);
        CHECK(contains(d.message, "expected a table"));
    }
}

TEST_CASE("negative money is an error") {
    const ParseResult r =
        parse(kBase + "[salary]\ncountry = \"US\"\ncurrency = \"USD\"\nminimum = -5\n");
    expect_only_error(r, "salary.minimum", 6, 11, "must not be negative");
}

TEST_CASE("an implausible growth percentage is an error") {
    const ParseResult r = parse(kBase + "[job_outlook]\ngrowth_percent = 20000\n");
    CHECK_FALSE(r.career.has_value());
    const Diagnostic d = only_for(r, "job_outlook.growth_percent");
    CHECK(d.line == 4);
    CHECK(d.column == 18);
    CHECK(contains(d.message, "not a plausible percentage"));
}

TEST_CASE("a word outside its vocabulary lists the allowed words") {
    SUBCASE("market_demand.level") {
        const ParseResult r = parse(kBase + "[market_demand]\nlevel = \"huge\"\n");
        expect_only_error(r, "market_demand.level", 4, 9, "\"huge\"");
        CHECK(contains(r.diagnostics.at(0).message, "low, moderate, high, very-high"));
    }
    SUBCASE("work_life.balance") {
        const ParseResult r = parse(kBase + "[work_life]\nbalance = \"meh\"\n");
        expect_only_error(r, "work_life.balance", 4, 11, "\"meh\"");
        CHECK(contains(r.diagnostics.at(0).message, "poor, challenging, fair, good, excellent"));
    }
    SUBCASE("work_life.stress uses the level words") {
        const ParseResult r = parse(kBase + "[work_life]\nstress = \"very high\"\n");
        CHECK_FALSE(r.career.has_value());
        const Diagnostic d = only_for(r, "work_life.stress");
        CHECK(d.line == 4);
        CHECK(d.column == 10);
        CHECK(contains(d.message, "very-high"));
    }
}

TEST_CASE("day blocks: times must be HH:MM and end after start") {
    auto day = [](std::string_view start, std::string_view end) {
        return parse(kBase + "[[day]]\nname = \"Morning\"\nstart = \"" + std::string(start) +
                     "\"\nend = \"" + std::string(end) + "\"\n");
    };
    SUBCASE("7am") {
        const ParseResult r = day("7am", "11:00");
        expect_only_error(r, "day[0].start", 5, 9, "\"7am\" is not a time of day");
        CHECK(contains(r.diagnostics.at(0).message, "HH:MM"));
    }
    SUBCASE("25:00") {
        const ParseResult r = day("25:00", "11:00");
        CHECK_FALSE(r.career.has_value());
        REQUIRE(r.diagnostics.size() == 1u);
        const Diagnostic& d = r.diagnostics[0];
        CHECK(d.field == "day[0].start");
        CHECK(d.line == 5);
        CHECK(d.column == 9);
        CHECK(contains(d.message, "\"25:00\" is not a time of day"));
    }
    SUBCASE("minutes out of range") {
        const ParseResult r = day("07:00", "11:60");
        CHECK_FALSE(r.career.has_value());
        const Diagnostic d = only_for(r, "day[0].end");
        CHECK(d.line == 6);
        CHECK(d.column == 7);
        CHECK(contains(d.message, "not a time of day"));
    }
    SUBCASE("end before start") {
        const ParseResult r = day("11:00", "07:00");
        expect_only_error(r, "day[0].end", 6, 7, "ends before it starts");
    }
    SUBCASE("end equal to start") {
        const ParseResult r = day("07:00", "07:00");
        CHECK_FALSE(r.career.has_value());
        CHECK(only_for(r, "day[0].end").line == 6);
    }
    SUBCASE("a good block") {
        const ParseResult r = day("00:00", "23:59");
        CHECK(r.diagnostics.empty());
        REQUIRE(r.career.has_value());
        CHECK(r.career->day.at(0).end.minutes == 23 * 60 + 59);
    }
    SUBCASE("the index names the second block") {
        const ParseResult r = parse(kBase +
                                    "[[day]]\nname = \"A\"\nstart = \"07:00\"\nend = \"08:00\"\n"
                                    "[[day]]\nname = \"B\"\nstart = \"9:00\"\nend = \"10:00\"\n");
        CHECK_FALSE(r.career.has_value());
        const Diagnostic d = only_for(r, "day[1].start");
        CHECK(d.line == 9);
        CHECK(d.column == 9);
    }
}

TEST_CASE("tier experience: a year range with max >= min, or left out when the source gives none") {
    SUBCASE("max below min") {
        const ParseResult r =
            parse(kBase + "[[tiers]]\ntitle = \"x\"\nexperience = { min = 5, max = 2 }\n");
        expect_only_error(r, "tiers[0].experience", 5, 14, "max (2) is less than min (5)");
    }
    SUBCASE("experience left out: years not given") {
        const ParseResult r = parse(kBase + "[[tiers]]\ntitle = \"x\"\n");
        CHECK(r.diagnostics.empty());
        REQUIRE(r.career.has_value());
        CHECK_FALSE(r.career->tiers.at(0).experience.has_value());
    }
    SUBCASE("min is not an integer") {
        const ParseResult r = parse(kBase + "[[tiers]]\ntitle = \"x\"\nexperience = { min = \"x\" }\n");
        expect_only_error(r, "tiers[0].experience.min", 5, 22, "expected an integer, found a string");
    }
    SUBCASE("min missing from the range") {
        const ParseResult r = parse(kBase + "[[tiers]]\ntitle = \"x\"\nexperience = { max = 3 }\n");
        CHECK_FALSE(r.career.has_value());
        const Diagnostic d = only_for(r, "tiers[0].experience.min");
        CHECK(d.line == 5);
        CHECK(d.column == 14);
        CHECK(contains(d.message, "required key is missing"));
    }
    SUBCASE("an implausible number of years") {
        const ParseResult r = parse(kBase + "[[tiers]]\ntitle = \"x\"\nexperience = 99\n");
        CHECK_FALSE(r.career.has_value());
        const Diagnostic d = only_for(r, "tiers[0].experience");
        CHECK(d.line == 5);
        CHECK(d.column == 14);
        CHECK(contains(d.message, "not a plausible number of years"));
    }
    SUBCASE("an unknown key in a range is a warning") {
        const ParseResult r =
            parse(kBase + "[[tiers]]\ntitle = \"x\"\nexperience = { min = 1, mx = 3 }\n");
        REQUIRE(r.career.has_value());
        const Diagnostic d = only_for(r, "tiers[0].experience.mx");
        CHECK(d.severity == Severity::warning);
        CHECK(d.line == 5);
        CHECK(d.column == 25);
    }
    SUBCASE("a whole number is an exact range") {
        const ParseResult r = parse(kBase + "[[tiers]]\ntitle = \"x\"\nexperience = 3\n");
        REQUIRE(r.career.has_value());
        CHECK(r.career->tiers.at(0).experience == YearRange{3, 3});
    }
}

TEST_CASE("a list item of the wrong type names its index") {
    const ParseResult r = parse(kBase + "aliases = [\"IR\", 3]\n");
    expect_only_error(r, "aliases[1]", 3, 18, "expected a string, found an integer");
}

TEST_CASE("an array of tables holding a non-table is an error") {
    const ParseResult r = parse(kBase + "faq = [\"what?\"]\n");
    CHECK_FALSE(r.career.has_value());
    const Diagnostic d = only_for(r, "faq[0]");
    CHECK(d.line == 3);
    CHECK(d.column == 8);
    CHECK(contains(d.message, "expected a table"));
}

TEST_CASE("an unknown key is a warning with the nearest known key") {
    SUBCASE("at the top level") {
        const ParseResult r = parse(kBase + "salery = 5\n");
        REQUIRE(r.career.has_value());  // a warning does not stop the career loading
        CHECK(r.career->title == "T");
        REQUIRE(r.diagnostics.size() == 1u);
        const Diagnostic& d = r.diagnostics[0];
        CHECK(d.field == "salery");
        CHECK(d.line == 3);
        CHECK(d.column == 1);
        CHECK(d.severity == Severity::warning);
        CHECK(contains(d.message, "unknown key"));
        CHECK(contains(d.message, "did you mean 'salary'?"));
        CHECK_FALSE(has_errors(r.diagnostics));
    }
    SUBCASE("inside a table") {
        const ParseResult r =
            parse(kBase + "[salary]\ncountry = \"US\"\ncurrency = \"USD\"\nmedain = 5\n");
        REQUIRE(r.career.has_value());
        REQUIRE(r.diagnostics.size() == 1u);
        const Diagnostic& d = r.diagnostics[0];
        CHECK(d.field == "salary.medain");
        CHECK(d.line == 6);
        CHECK(d.column == 1);
        CHECK(d.severity == Severity::warning);
        CHECK(contains(d.message, "did you mean 'median'?"));
        CHECK_FALSE(r.career->salary->median.has_value());
    }
    SUBCASE("inside an array of tables") {
        const ParseResult r = parse(kBase + "[[faq]]\nquestion = \"Q\"\nanswer = \"A\"\nanswr = \"B\"\n");
        REQUIRE(r.career.has_value());
        const Diagnostic d = only_for(r, "faq[0].answr");
        CHECK(d.severity == Severity::warning);
        CHECK(d.line == 6);
        CHECK(contains(d.message, "did you mean 'answer'?"));
    }
    SUBCASE("with nothing near it") {
        const ParseResult r = parse(kBase + "zzzzzzzzzz = 1\n");
        REQUIRE(r.career.has_value());
        const Diagnostic d = only_for(r, "zzzzzzzzzz");
        CHECK(d.severity == Severity::warning);
        CHECK(d.message == "unknown key");
    }
}

TEST_CASE("every problem in a file is reported, sorted by position") {
    // Read in key-table order (title, aliases, salary, work_life), written in another.
    const std::string text =
        "summary = \"S\"\n"         // 1: title missing -> 1:1
        "aliases = [\"IR\", 3]\n"   // 2: 2:18
        "[work_life]\n"             // 3
        "balance = \"meh\"\n"       // 4: 4:11
        "[salary]\n"                // 5
        "country = \"US\"\n"        // 6
        "currency = \"USD\"\n"      // 7
        "median = \"lots\"\n"       // 8: 8:10
        "medain = 5\n";             // 9: warning 9:1
    const ParseResult r = parse(text);
    CHECK_FALSE(r.career.has_value());
    INFO(all_diagnostics(r));
    REQUIRE(r.diagnostics.size() == 5u);
    const std::vector<std::string> fields{"title", "aliases[1]", "work_life.balance", "salary.median",
                                          "salary.medain"};
    const std::vector<std::pair<int, int>> positions{{1, 1}, {2, 18}, {4, 11}, {8, 10}, {9, 1}};
    for (std::size_t i = 0; i < fields.size(); ++i) {
        CAPTURE(i);
        CHECK(r.diagnostics[i].field == fields[i]);
        CHECK(r.diagnostics[i].line == positions[i].first);
        CHECK(r.diagnostics[i].column == positions[i].second);
    }
    CHECK(r.diagnostics[4].severity == Severity::warning);
    CHECK(has_errors(r.diagnostics));
}

TEST_CASE("a file whose only problems are warnings still yields a career") {
    const ParseResult r = parse(kBase + "salery = 5\n[salary]\ncountry = \"US\"\ncurrency = \"USD\"\n"
                                        "source = \"survey\"\nbasis = \"b\"\nmedian = 10\nmedain = 5\n"
                                        "[[sources]]\nid = \"survey\"\ntitle = \"A survey\"\n");
    REQUIRE(r.diagnostics.size() == 2u);
    CHECK(r.diagnostics[0].severity == Severity::warning);
    CHECK(r.diagnostics[1].severity == Severity::warning);
    CHECK_FALSE(has_errors(r.diagnostics));
    REQUIRE(r.career.has_value());
    CHECK(r.career->salary->median == std::optional<Money>(10));
}

TEST_CASE("to_string: FILE:LINE:COLUMN: severity: FIELD: message") {
    SUBCASE("from a parse") {
        const ParseResult r =
            parse("[salary]\ncountry = \"US\"\nmedian = \"lots\"\ncurrency = \"USD\"\n");
        const Diagnostic d = only_for(r, "salary.median");
        CHECK(to_string(d).starts_with("f.toml:3:10: error: salary.median: "));
        CHECK(to_string(d) == "f.toml:3:10: error: salary.median: " + d.message);
    }
    SUBCASE("a warning") {
        const Diagnostic d{"a.toml", 2, 5, Severity::warning, "salery", "unknown key"};
        CHECK(to_string(d) == "a.toml:2:5: warning: salery: unknown key");
    }
    SUBCASE("no position and no field") {
        const Diagnostic d{"a.toml", 0, 0, Severity::error, "", "cannot read the file"};
        CHECK(to_string(d) == "a.toml: error: cannot read the file");
    }
}

TEST_CASE("has_errors") {
    CHECK_FALSE(has_errors({}));
    CHECK_FALSE(has_errors({Diagnostic{"f", 1, 1, Severity::warning, "", "w"}}));
    CHECK(has_errors({Diagnostic{"f", 1, 1, Severity::warning, "", "w"},
                      Diagnostic{"f", 1, 1, Severity::error, "", "e"}}));
}

TEST_CASE("load_career_file: an unreadable path is a diagnostic, not a crash") {
    TempDir dir("parser-unreadable");
    SUBCASE("a missing file") {
        const std::string path = (dir.path / "missing.toml").string();
        const ParseResult r = load_career_file(path, "missing");
        CHECK_FALSE(r.career.has_value());
        REQUIRE(r.diagnostics.size() == 1u);
        const Diagnostic& d = r.diagnostics[0];
        CHECK(d.file == path);
        CHECK(d.line == 0);
        CHECK(d.column == 0);
        CHECK(d.severity == Severity::error);
        CHECK(contains(d.message, "cannot read the file"));
        CHECK(contains(d.message, "No such file"));
    }
    SUBCASE("a directory") {
        fs::create_directory(dir.path / "dir.toml");
        const std::string path = (dir.path / "dir.toml").string();
        const ParseResult r = load_career_file(path, "dir");
        CHECK_FALSE(r.career.has_value());
        REQUIRE(r.diagnostics.size() == 1u);
        CHECK(r.diagnostics[0].file == path);
        CHECK(r.diagnostics[0].severity == Severity::error);
        CHECK(contains(r.diagnostics[0].message, "cannot read the file"));
    }
    SUBCASE("a file with a syntax error names the file") {
        const fs::path path = dir.write("broken.toml", "title = \n");
        const ParseResult r = load_career_file(path.string(), "broken");
        CHECK_FALSE(r.career.has_value());
        REQUIRE(r.diagnostics.size() == 1u);
        CHECK(r.diagnostics[0].file == path.string());
        CHECK(r.diagnostics[0].line == 1);
    }
}

TEST_CASE("the shipped interventional-radiologist guide loads cleanly") {
    const ParseResult r =
        load_career_file(CAREER_SOURCE_DIR "/data/careers/interventional-radiologist.toml",
                         "interventional-radiologist");
    INFO(all_diagnostics(r));
    CHECK(r.diagnostics.empty());
    REQUIRE(r.career.has_value());
    const Career& c = *r.career;
    CHECK(c.id == "interventional-radiologist");
    CHECK(c.title == "Interventional Radiologist");
    CHECK(std::find(c.aliases.begin(), c.aliases.end(), "IR") != c.aliases.end());
    CHECK(c.remote_friendly == std::optional<bool>(true));

    REQUIRE(c.salary.has_value());
    CHECK(c.salary->currency == "USD");
    CHECK(c.salary->median == std::optional<Money>(475000));
    CHECK(c.salary->minimum == std::optional<Money>(350000));
    CHECK(c.salary->maximum == std::optional<Money>(600000));
    CHECK(c.salary->entry == std::optional<Money>(387500));
    CHECK(c.salary->mid == std::optional<Money>(475000));
    CHECK(c.salary->senior == std::optional<Money>(562500));
    CHECK(c.salary->top_10_percent == std::optional<Money>(600000));

    REQUIRE(c.tiers.size() == 4u);
    CHECK(c.tiers[0].experience == YearRange{0, 2});
    CHECK(c.tiers[1].experience == YearRange{3, 8});
    CHECK(c.tiers[2].experience == YearRange{9, 15});
    CHECK(c.tiers[3].experience == YearRange{15, std::nullopt});
    CHECK(c.tiers[3].experience->open_ended());
    CHECK(c.tiers[0].stage == "Interventional radiology fellowship");  // counted once
    CHECK(year_from_start(c, c.tiers[1]) == std::optional<YearRange>(YearRange{15, 15}));

    REQUIRE(c.day.size() == 3u);
    CHECK(c.day[0].start.minutes == 7 * 60);
    CHECK(c.day[1].start.minutes == 11 * 60);
    CHECK(c.day[2].start.minutes == 15 * 60);

    CHECK(c.faq.size() == 9u);
    CHECK(c.case_studies.size() == 3u);
    CHECK(c.pros.size() == 6u);
    CHECK(c.cons.size() == 6u);
    CHECK(training_years(c.education) == std::optional<YearRange>(YearRange{13, 14}));
    CHECK(c.job_outlook.growth_percent == std::optional<int>(8));
    CHECK(c.job_outlook.source == "jobicy");
    CHECK(growth_note(c.job_outlook) ==
          "as stated in the Jobicy guide, which names the U.S. Bureau of Labor Statistics as its source, no period given");
    REQUIRE(c.source_records.size() == 1u);
    CHECK(c.source_records[0].url == "https://jobicy.com/careers/interventional-radiologist");
    CHECK(c.soc == "29-1224");
}

}  // TEST_SUITE
