// The checks of career(5), CHECKS ON LOAD, that career_parser and load/checks add to the type checks:
// plausible figures, empty required keys, duplicate entries, salary figures within their range and
// levels in order, tiers in order, day blocks apart, figures with a source, the id; each at its exact
// line, column and field. Also the file `career new` writes, and the catalog's overridden files.
#include <doctest/doctest.h>

#include "test_support.hpp"

#include <algorithm>
#include <filesystem>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "load/career_parser.hpp"
#include "load/career_template.hpp"
#include "load/catalog.hpp"
#include "load/checks.hpp"
#include "load/diagnostic.hpp"

using namespace career;
namespace fs = std::filesystem;

namespace {

// The two required keys, on lines 1 and 2, so a test's own lines start at line 3.
const std::string kBase = "title = \"T\"\nsummary = \"S\"\n";
// A [salary] table from line 3 to 7 (with its source and basis); a test's figures start at line 8.
const std::string kSalary =
    kBase + "[salary]\ncountry = \"US\"\ncurrency = \"USD\"\nsource = \"s\"\nbasis = \"a survey's median\"\n";
// The source record "s" that the tests' figures name, after everything else in the file.
const std::string kSources = "\n[[sources]]\nid = \"s\"\ntitle = \"A survey\"\n";

// `text`, with the source record "s" at its end.
ParseResult parse(const std::string& text) { return parse_career(text + kSources, "f.toml", "f"); }
// `text` alone.
ParseResult parse_alone(const std::string& text) { return parse_career(text, "f.toml", "f"); }

std::string all_diagnostics(const ParseResult& result) {
    std::string out;
    for (const auto& d : result.diagnostics) out += to_string(d) + "\n";
    return out;
}

// The file has exactly these diagnostics, in this order: {severity, line, column, field, phrase}.
struct Expected {
    Severity severity;
    int line;
    int column;
    std::string field;
    std::string phrase;
};

void expect(const ParseResult& result, const std::vector<Expected>& expected) {
    INFO(all_diagnostics(result));
    REQUIRE(result.diagnostics.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CAPTURE(i);
        const Diagnostic& d = result.diagnostics[i];
        CHECK(d.file == "f.toml");
        CHECK(d.severity == expected[i].severity);
        CHECK(d.line == expected[i].line);
        CHECK(d.column == expected[i].column);
        CHECK(d.field == expected[i].field);
        CHECK(contains(d.message, expected[i].phrase));
    }
    const bool errors = std::any_of(expected.begin(), expected.end(),
                                    [](const Expected& e) { return e.severity == Severity::error; });
    CHECK(result.career.has_value() == !errors);
}

constexpr Severity E = Severity::error;
constexpr Severity W = Severity::warning;

// A [[tiers]] entry with its own source, so that only the years are in question.
std::string tier(std::string_view experience) {
    return "[[tiers]]\ntitle = \"x\"\nexperience = " + std::string(experience) + "\nsource = \"s\"\n";
}

std::string block(std::string_view start, std::string_view end) {
    return "[[day]]\nname = \"b\"\nstart = \"" + std::string(start) + "\"\nend = \"" + std::string(end) +
           "\"\n";
}

}  // namespace

TEST_SUITE("checks") {

TEST_CASE("a salary figure over 10,000,000 is an error") {
    expect(parse(kSalary + "median = 10000000\n"), {});
    expect(parse(kSalary + "median = 10000001\n"),
           {{E, 8, 10, "salary.median", "10000001 is not a plausible salary (at most 10,000,000)"}});
}

TEST_CASE("a stage of training over 15 years is an error; experience may reach 80") {
    const std::string stages = kBase + "[[education.stages]]\nname = \"n\"\nsource = \"s\"\ndetail = \"d\"\n";
    expect(parse(stages + "years = 15\n"), {});
    expect(parse(stages + "years = 16\n"),
           {{E, 7, 9, "education.stages[0].years", "16 is not a plausible number of years (0 to 15)"}});
    expect(parse(stages + "years = { min = 4, max = 20 }\n"),
           {{E, 7, 26, "education.stages[0].years.max", "20 is not a plausible number of years (0 to 15)"}});
    expect(parse(stages + "years = -1\n"), {{E, 7, 9, "education.stages[0].years", "-1 is not a plausible"}});
    expect(parse(kBase + tier("40")), {});
    expect(parse(kBase + tier("81")), {{E, 5, 14, "tiers[0].experience", "(0 to 80)"}});
}

TEST_CASE("a required key that is empty is an error") {
    expect(parse("title = \"\"\nsummary = \"S\"\n"), {{E, 1, 9, "title", "required key is empty"}});
    expect(parse("title = \"T\"\nsummary = \"\"\"\n  \n\"\"\"\n"), {{E, 2, 11, "summary", "required key is empty"}});
    expect(parse(kBase + "[salary]\ncountry = \"US\"\ncurrency = \" \"\n"),
           {{E, 5, 12, "salary.currency", "required key is empty"}});
    expect(parse(kBase + "[[skill_map.categories]]\nname = \"n\"\nskills = []\n"),
           {{E, 5, 10, "skill_map.categories[0].skills", "required list is empty"}});
    // An optional key may be empty.
    expect(parse(kBase + "[salary]\ncountry = \"US\"\ncurrency = \"USD\"\ntop_earners = \"\"\n"), {});
}

TEST_CASE("the same entry twice in a list is a warning at the second, naming the first") {
    expect(parse(kBase + "aliases = [\"A\", \"B\", \"A\", \"A\"]\n"),
           {{W, 3, 22, "aliases[2]", "duplicate entry: the same as aliases[0]"},
            {W, 3, 27, "aliases[3]", "duplicate entry: the same as aliases[0]"}});
    expect(parse(kBase + "[pros_cons]\npros = [\"Pay\"]\ncons = [\"Pay\"]\n"), {});  // two lists
    expect(parse(kBase + "aliases = [\"a\", \"A\", \"a \"]\n"), {});                  // exact strings
    // A wrong item is an error of its own, and not a duplicate of anything.
    expect(parse(kBase + "aliases = [3, \"A\", 3]\n"),
           {{E, 3, 12, "aliases[0]", "expected a string"}, {E, 3, 20, "aliases[2]", "expected a string"}});
}

TEST_CASE("salary figures lie between minimum and maximum") {
    SUBCASE("median below minimum") {
        expect(parse(kSalary + "minimum = 50\nmedian = 40\nmaximum = 90\n"),
               {{E, 9, 10, "salary.median", "median (40) is below minimum (50)"}});
    }
    SUBCASE("median above maximum") {
        expect(parse(kSalary + "minimum = 50\nmedian = 95\nmaximum = 90\n"),
               {{E, 9, 10, "salary.median", "median (95) is above maximum (90)"}});
    }
    SUBCASE("any figure: the levels and the top 10%") {
        expect(parse(kSalary + "minimum = 50\nmaximum = 90\nentry = 40\nsenior = 95\ntop_10_percent = 91\n"),
               {{E, 10, 9, "salary.entry", "entry (40) is below minimum (50)"},
                {E, 11, 10, "salary.senior", "senior (95) is above maximum (90)"},
                {E, 12, 18, "salary.top_10_percent", "top_10_percent (91) is above maximum (90)"}});
    }
    SUBCASE("minimum above maximum is one error, and the others are not weighed against them") {
        expect(parse(kSalary + "minimum = 90\nmaximum = 50\nmedian = 70\n"),
               {{E, 9, 11, "salary.maximum", "maximum (50) is below minimum (90)"}});
    }
    SUBCASE("equal figures and a figure alone are fine") {
        expect(parse(kSalary + "minimum = 50\nmedian = 50\nmaximum = 50\n"), {});
        expect(parse(kSalary + "median = 50\n"), {});
        expect(parse(kSalary + "maximum = 50\ntop_10_percent = 50\n"), {});
    }
    SUBCASE("a figure with an error of its own is not weighed again") {
        expect(parse(kSalary + "minimum = 50\nmedian = -1\n"),
               {{E, 9, 10, "salary.median", "must not be negative"}});
    }
}

TEST_CASE("salary levels go up: entry <= mid <= senior") {
    expect(parse(kSalary + "entry = 70\nmid = 60\nsenior = 80\n"),
           {{E, 9, 7, "salary.mid", "mid (60) is below entry (70); levels go up"}});
    expect(parse(kSalary + "entry = 60\nmid = 70\nsenior = 65\n"),
           {{E, 10, 10, "salary.senior", "senior (65) is below mid (70)"}});
    expect(parse(kSalary + "entry = 80\nsenior = 70\n"),  // no mid: entry against senior
           {{E, 9, 10, "salary.senior", "senior (70) is below entry (80)"}});
    expect(parse(kSalary + "entry = 60\nmid = 60\nsenior = 60\n"), {});
}

TEST_CASE("tiers go up without overlapping; touching is not overlapping") {
    SUBCASE("the shipped ladder: 0-2, 3-8, 9-15, 15+") {
        expect(parse(kBase + tier("{ min = 0, max = 2 }") + tier("{ min = 3, max = 8 }") +
                     tier("{ min = 9, max = 15 }") + tier("{ min = 15 }")),
               {});
    }
    SUBCASE("out of order") {
        expect(parse(kBase + tier("{ min = 5, max = 10 }") + tier("{ min = 0, max = 2 }")),
               {{E, 9, 14, "tiers[1].experience", "out of order: starts at 0 years, before tiers[0] (5 to 10 years)"}});
    }
    SUBCASE("overlapping") {
        expect(parse(kBase + tier("{ min = 0, max = 5 }") + tier("{ min = 3, max = 10 }")),
               {{E, 9, 14, "tiers[1].experience", "overlaps tiers[0] (0 to 5 years): starts at 3 years"}});
    }
    SUBCASE("after an open-ended tier") {
        expect(parse(kBase + tier("{ min = 5 }") + tier("{ min = 10 }")),
               {{E, 9, 14, "tiers[1].experience", "overlaps tiers[0], which has no upper limit (5+ years)"}});
    }
    SUBCASE("exact years") {
        expect(parse(kBase + tier("3") + tier("3") + tier("{ min = 3, max = 5 }")), {});
        expect(parse(kBase + tier("4") + tier("3")), {{E, 9, 14, "tiers[1].experience", "out of order"}});
    }
    SUBCASE("a tier with an error is skipped: the next is weighed against the one before it") {
        expect(parse(kBase + tier("{ min = 0, max = 5 }") + tier("{ min = 9, max = 2 }") + tier("{ min = 4 }")),
               {{E, 9, 14, "tiers[1].experience", "max (2) is less than min (9)"},
                {E, 13, 14, "tiers[2].experience", "overlaps tiers[0] (0 to 5 years)"}});
    }
    SUBCASE("indices are the file's, even past an element that is not a table") {
        expect(parse(kBase + "tiers = [\n\"x\",\n{ title = \"a\", experience = 5, source = \"s\" },\n"
                             "{ title = \"b\", experience = 4, source = \"s\" },\n]\n"),
               {{E, 4, 1, "tiers[0]", "expected a table"},
                {E, 6, 29, "tiers[2].experience", "before tiers[1] (5 years)"}});
    }
}

TEST_CASE("a day block starting before the one before it ends is a warning") {
    expect(parse(kBase + block("07:00", "11:00") + block("10:30", "15:00")),
           {{W, 9, 9, "day[1].start", "starts at 10:30, before the block before it (day[0], 07:00 to 11:00) ends"}});
    expect(parse(kBase + block("07:00", "11:00") + block("11:00", "15:00")), {});  // back to back
    expect(parse(kBase + block("12:00", "13:00") + block("08:00", "09:00")),
           {{W, 9, 9, "day[1].start", "starts at 08:00"}});
    // A block that ends before it starts is an error, and not weighed against the others.
    expect(parse(kBase + block("07:00", "11:00") + block("12:00", "10:00") + block("11:30", "12:00")),
           {{E, 10, 7, "day[1].end", "ends before it starts"}});
}

TEST_CASE("every figure names its source record, and says what it is") {
    SUBCASE("salary figures: a source and a basis, at the [salary] table") {
        expect(parse(kBase + "[salary]\ncountry = \"US\"\ncurrency = \"USD\"\nmedian = 5\nentry = 4\n"),
               {{W, 3, 1, "salary.source", "figures without a source (median, entry)"},
                {W, 3, 1, "salary.basis", "figures without a basis"}});
        expect(parse(kBase + "[salary]\ncountry = \"US\"\ncurrency = \"USD\"\nsource = \" \"\nbasis = \"b\"\nmedian = 5\n"),
               {{W, 3, 1, "salary.source", "without a source"}});
        expect(parse(kSalary + "median = 5\n"), {});
        expect(parse(kBase + "[salary]\ncountry = \"US\"\ncurrency = \"USD\"\n"), {});  // no figures
    }
    SUBCASE("the growth rate: a source and a basis") {
        expect(parse(kBase + "\n[job_outlook]\ngrowth_percent = 5\n"),
               {{W, 4, 1, "job_outlook.source", "growth_percent without a source"},
                {W, 4, 1, "job_outlook.basis", "growth_percent without a basis"}});
        expect(parse(kBase + "[job_outlook]\ngrowth_percent = 5\nsource = \"s\"\nbasis = \"as stated\"\n"), {});
        expect(parse(kBase + "[job_outlook]\nstatus = \"Growing\"\n"), {});
    }
    SUBCASE("training stages: each stage's years, at the stage") {
        expect(parse(kBase + "[education]\n[[education.stages]]\nname = \"n\"\nyears = 4\n"),
               {{W, 4, 1, "education.stages[0].source", "the stage's years without a source"}});
        expect(parse(kBase + "[[education.stages]]\nname = \"n\"\nyears = 4\nsource = \"s\"\n"
                             "[[education.stages]]\nname = \"m\"\nyears = 1\n"),
               {{W, 7, 1, "education.stages[1].source", "the stage's years without a source"}});
        expect(parse(kBase + "[[education.milestones]]\nname = \"n\"\n"), {});  // no figures
    }
    SUBCASE("routes: each its own source, or the stage's") {
        const std::string stage = kBase + "[[education.stages]]\nname = \"Degree\"\n";
        const std::string route = "[[education.stages.alternatives]]\nname = \"r\"\nyears = 2\n";
        expect(parse(stage + route + "source = \"s\"\n" + route),
               {{W, 9, 1, "education.stages[0].alternatives[1].source", "the route's years without a source"}});
        expect(parse(stage + "source = \"s\"\n" + route + route), {});
    }
    SUBCASE("a milestone's years") {
        expect(parse(kBase + "[[education.milestones]]\nname = \"Master's\"\nyears = 2\n"),
               {{W, 3, 1, "education.milestones[0].source", "the milestone's years without a source"}});
        expect(parse(kBase + "[[education.milestones]]\nname = \"Master's\"\nyears = 2\nsource = \"s\"\n"), {});
    }
    SUBCASE("tier years: the tier's own source; a tier without years needs none") {
        const std::string unsourced = "[[tiers]]\ntitle = \"x\"\nexperience = { min = 0, max = 2 }\n";
        expect(parse(kBase + unsourced + "[[tiers]]\ntitle = \"y\"\nexperience = { min = 2 }\n"),
               {{W, 3, 1, "tiers[0].source", "years of experience without a source"},
                {W, 6, 1, "tiers[1].source", "years of experience without a source"}});
        // The salary's source is not the tiers' (it was, before sources were records).
        expect(parse(kSalary + "median = 5\n" + unsourced),
               {{W, 9, 1, "tiers[0].source", "years of experience without a source"}});
        expect(parse(kBase + tier("{ min = 0, max = 2 }")), {});
        expect(parse(kBase + "[[tiers]]\ntitle = \"Senior\"\n"), {});
        // A tier whose years are wrong has that error only.
        expect(parse(kBase + "[[tiers]]\ntitle = \"x\"\nexperience = -1\n"),
               {{E, 5, 14, "tiers[0].experience", "not a plausible number of years"}});
    }
    SUBCASE("remote_friendly: the source whose tag it is") {
        expect(parse(kBase + "remote_friendly = true\n"),
               {{W, 3, 19, "remote_friendly_source", "remote_friendly without a source"}});
        expect(parse(kBase + "remote_friendly = true\nremote_friendly_source = \"s\"\n"), {});
    }
}

TEST_CASE("a source key names a record of the file; records have unique ids") {
    SUBCASE("an id that names no record, with the nearest one") {
        expect(parse(kBase + "[[tiers]]\ntitle = \"x\"\nexperience = 2\nsource = \"survey-2020\"\n"),
               {{W, 6, 10, "tiers[0].source", "\"survey-2020\" names no source of this file; add a [[sources]] table"}});
        expect(parse_alone(kBase + "[job_outlook]\ngrowth_percent = 5\nbasis = \"b\"\nsource = \"jobicy\"\n"
                                   "[[sources]]\nid = \"jobicy-guide\"\ntitle = \"J\"\n"),
               {{W, 6, 10, "job_outlook.source", "did you mean \"jobicy-guide\"?"}});
    }
    SUBCASE("a file without any record") {
        expect(parse_alone(kSalary + "median = 5\n"), {{W, 6, 10, "salary.source", "\"s\" names no source"}});
    }
    SUBCASE("the same id twice") {
        expect(parse(kBase + "[[sources]]\nid = \"s\"\ntitle = \"A\"\n"),
               {{W, 8, 6, "sources[1].id", "a second source with the id \"s\""}});
    }
    SUBCASE("an occupation's source keys are checked the same way") {
        expect(parse(kBase + "[wages]\nsource = \"oews-2024\"\n"),
               {{W, 4, 10, "wages.source", "\"oews-2024\" names no source"}});
    }
}

TEST_CASE("a stage has years, or alternatives to take them from") {
    const std::string stage = kBase + "[[education.stages]]\nname = \"Degree\"\nsource = \"s\"\n";
    const std::string route = "[[education.stages.alternatives]]\nname = \"r\"\n";
    SUBCASE("neither") {
        expect(parse(stage), {{E, 3, 1, "education.stages[0].years", "give the stage's years, or its alternatives"}});
    }
    SUBCASE("both") {
        expect(parse(stage + "years = 3\n" + route + "years = 2\n"),
               {{E, 6, 9, "education.stages[0].years", "takes its years from them"}});
    }
    SUBCASE("alternatives: the stage spans the shortest to the longest") {
        const ParseResult r = parse(stage + route + "years = 2\n" + route + "years = { min = 3, max = 4 }\n");
        expect(r, {});
        REQUIRE(r.career.has_value());
        const EducationStage& s = r.career->education.stages.at(0);
        CHECK(s.years == YearRange{2, 4});
        REQUIRE(s.alternatives.size() == 2u);
        CHECK(s.alternatives[1].years == YearRange{3, 4});
        CHECK(training_years(r.career->education) == std::optional<YearRange>(YearRange{2, 4}));
    }
    SUBCASE("a route needs its own years") {
        expect(parse(stage + route), {{E, 6, 1, "education.stages[0].alternatives[0].years", "required key is missing"}});
    }
}

TEST_CASE("a tier that is a stage of training: the first tier, naming a stage") {
    const std::string stages = kBase + "[[education.stages]]\nname = \"Fellowship\"\nyears = 2\nsource = \"s\"\n";
    expect(parse(stages + tier("{ min = 0, max = 2 }") + "stage = \"Fellowship\"\n"), {});
    expect(parse(stages + tier("{ min = 0, max = 2 }") + "stage = \"Residency\"\n"),
           {{E, 11, 9, "tiers[0].stage", "\"Residency\" is not the name of a stage"}});
    expect(parse(stages + tier("{ min = 0, max = 2 }") + tier("{ min = 3 }") + "stage = \"Fellowship\"\n"),
           {{E, 15, 9, "tiers[1].stage", "only the first tier may be a stage of training"}});
}

TEST_CASE("an id key: the file name is the id") {
    expect(parse("id = \"f\"\n" + kBase), {{W, 1, 1, "id", "a career file has no id key"}});
    expect(parse("id = \"other\"\n" + kBase), {{E, 1, 6, "id", "differs from the file name"}});
    expect(parse("id = 3\n" + kBase), {{E, 1, 6, "id", "('f')"}});
    // Inside a table, "id" is an ordinary unknown key.
    expect(parse(kBase + "[salary]\ncountry = \"US\"\ncurrency = \"USD\"\nid = \"f\"\n"),
           {{W, 6, 1, "salary.id", "unknown key"}});
}

TEST_CASE("check_file_name: ID.toml, ID being [a-z0-9][a-z0-9-]*") {
    CHECK_FALSE(check_file_name("dir/good-name-2.toml").has_value());
    for (const char* bad : {"dir/Bad_Name.toml", "dir/-x.toml", "dir/a.b.toml", "dir/.hidden.toml"}) {
        CAPTURE(bad);
        const auto d = check_file_name(bad);
        REQUIRE(d.has_value());
        CHECK(d->file == bad);
        CHECK(d->line == 0);
        CHECK(d->severity == Severity::error);
        CHECK(d->field == "id");
        CHECK(contains(d->message, "is not a career id"));
        CHECK(to_string(*d).starts_with(std::string(bad) + ": error: id: '"));
    }
    const auto txt = check_file_name("dir/notes.txt");
    REQUIRE(txt.has_value());
    CHECK(contains(txt->message, "ends in .toml"));
}

TEST_CASE("the shipped careers have no errors and no warnings") {
    int files = 0;
    for (const auto& entry : fs::directory_iterator(CAREER_SOURCE_DIR "/data/careers")) {
        if (entry.path().extension() != ".toml") continue;
        ++files;
        const ParseResult r = load_career_file(entry.path().string(), entry.path().stem().string());
        INFO(all_diagnostics(r));
        CHECK(r.diagnostics.empty());
        CHECK(r.career.has_value());
        CHECK_FALSE(check_file_name(entry.path()).has_value());
    }
    CHECK(files >= 7);
}

TEST_CASE("every figure of every shipped guide points at a source record of its file") {
    int guides = 0;
    for (const auto& entry : fs::directory_iterator(CAREER_SOURCE_DIR "/data/careers")) {
        if (entry.path().extension() != ".toml") continue;
        const ParseResult r = load_career_file(entry.path().string(), entry.path().stem().string());
        REQUIRE(r.career.has_value());
        const Career& c = *r.career;
        CAPTURE(c.id);
        ++guides;
        const auto sourced = [&](std::string_view what, const std::string& id) {
            CAPTURE(what);
            CAPTURE(id);
            const SourceRecord* record = find_source(c, id);
            REQUIRE(record != nullptr);
            CHECK_FALSE(record->title.empty());
            CHECK(record->url.starts_with("https://"));
        };
        if (c.salary) {
            sourced("salary", c.salary->source);
            CHECK_FALSE(c.salary->basis.empty());
        }
        if (c.job_outlook.growth_percent) {
            sourced("growth", c.job_outlook.source);
            CHECK_FALSE(c.job_outlook.basis.empty());
        }
        if (c.remote_friendly) sourced("remote_friendly", c.remote_friendly_source);
        for (const auto& stage : c.education.stages) {
            if (stage.alternatives.empty()) sourced(stage.name, stage.source);
            for (const auto& route : stage.alternatives)
                sourced(route.name, route.source.empty() ? stage.source : route.source);
        }
        for (const auto& milestone : c.education.milestones)
            if (milestone.years) sourced(milestone.name, milestone.source);
        for (const auto& tier : c.tiers)
            if (tier.experience) sourced(tier.title, tier.source);
        CHECK(c.soc.size() == 7u);  // each guide names its occupation (issue 12)
    }
    CHECK(guides >= 7);
}

TEST_CASE("every key has a one-line description") {
    for (const KeySpec& spec : career_keys()) {
        CAPTURE(spec.path);
        CHECK_FALSE(spec.description.empty());
        CHECK(spec.description.find('\n') == std::string_view::npos);
    }
}

TEST_CASE("career_template: every key, commented but for title and summary, which must be filled in") {
    const std::string text = career_template("my-job");
    CHECK(text.starts_with("# my-job.toml: "));

    SUBCASE("as written it fails: title and summary are empty") {
        const ParseResult r = parse_career(text, "my-job.toml", "my-job");
        INFO(all_diagnostics(r));
        REQUIRE(r.diagnostics.size() == 2u);
        CHECK(r.diagnostics[0].field == "title");
        CHECK(r.diagnostics[1].field == "summary");
        for (const auto& d : r.diagnostics) {
            CHECK(d.severity == Severity::error);
            CHECK(d.message == "required key is empty");
        }
    }
    SUBCASE("filled in, it passes without a warning") {
        std::string filled = std::regex_replace(text, std::regex("\ntitle = \"\""), "\ntitle = \"My Job\"");
        filled = std::regex_replace(filled, std::regex("\nsummary = \"\""), "\nsummary = \"What it is.\"");
        const ParseResult r = parse_career(filled, "my-job.toml", "my-job");
        INFO(all_diagnostics(r));
        CHECK(r.diagnostics.empty());
        REQUIRE(r.career.has_value());
        CHECK(r.career->title == "My Job");
    }
    SUBCASE("uncommented, every key of the key table is there and known") {
        // "# key = value" and "# [table]" lines are the file's content; "# words" are comments.
        const std::string all = std::regex_replace(text, std::regex("\n# (\\[|[a-z_0-9]+ = )"), "\n$1");
        const ParseResult r = parse_career(all, "my-job.toml", "my-job");
        for (const auto& d : r.diagnostics) {
            CAPTURE(to_string(d));
            CHECK_FALSE(contains(d.message, "unknown key"));
            CHECK(d.line > 0);  // no syntax error: TOML errors have no field
            CHECK_FALSE(d.field.empty());
        }
        for (const KeySpec& spec : career_keys()) {
            CAPTURE(spec.path);
            if (spec.generated) {  // an occupation's key: the importer writes those, never a person
                CHECK_FALSE(contains(text, "# " + std::string(spec.description)));
                continue;
            }
            const std::string_view path = spec.path;
            std::string_view name = path.substr(path.rfind('.') == std::string_view::npos ? 0 : path.rfind('.') + 1);
            // As a file names the table: "education.stages[].alternatives" is [[education.stages.alternatives]].
            const std::string dotted = std::regex_replace(std::string(path), std::regex("\\[\\]"), "");
            if (spec.kind == ValueKind::table)
                CHECK(contains(all, "\n[" + dotted + "]\n"));
            else if (spec.kind == ValueKind::table_array)
                CHECK(contains(all, "\n[[" + dotted + "]]\n"));
            else
                CHECK(contains(all, "\n" + std::string(name) + " = "));
            CHECK(contains(text, "# " + std::string(spec.description)));
        }
    }
}

TEST_CASE("every_file and overridden_files: the same id in two directories") {
    TempDir tmp("checks-overridden");
    const fs::path first = tmp.path / "first", second = tmp.path / "second";
    TempDir::write_file(first / "twice.toml", kBase);
    TempDir::write_file(first / "once.toml", kBase);
    TempDir::write_file(first / "Bad_Name.toml", kBase);
    TempDir::write_file(second / "twice.toml", kBase);
    const Catalog catalog({DataDir{first, "test", true}, DataDir{second, "test", true}});

    const std::vector<CareerFile> files = catalog.every_file();
    REQUIRE(files.size() == 3u);
    CHECK(files[0].path == first / "once.toml");
    CHECK(files[1].path == first / "twice.toml");
    CHECK(files[2].path == second / "twice.toml");

    const std::vector<Diagnostic> overridden = overridden_files(files);
    REQUIRE(overridden.size() == 1u);
    CHECK(overridden[0].file == (first / "twice.toml").string());
    CHECK(overridden[0].severity == Severity::warning);
    CHECK(overridden[0].field == "id");
    CHECK(overridden[0].line == 0);
    CHECK(contains(overridden[0].message, (second / "twice.toml").string() + ", which is read later and wins"));

    // scan() reports the bad name with the same words as validate.
    const Scan scan = catalog.scan();
    REQUIRE(scan.diagnostics.size() == 1u);
    CHECK(scan.diagnostics[0].field == "id");
    CHECK(contains(scan.diagnostics[0].message, "'Bad_Name' is not a career id"));
}

}  // TEST_SUITE
