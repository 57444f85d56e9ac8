#include "load/checks.hpp"

#include <algorithm>
#include <charconv>
#include <string_view>

#include <fmt/format.h>

#include "load/catalog.hpp"
#include "load/suggest.hpp"

namespace career {
namespace {

bool blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

std::string clock(TimeOfDay time) { return fmt::format("{:02}:{:02}", time.hour(), time.minute()); }

std::string years_text(const YearRange& range) {
    if (!range.max) return fmt::format("{}+ years", range.min);
    if (*range.max == range.min) return fmt::format("{} years", range.min);
    return fmt::format("{} to {} years", range.min, *range.max);
}

class Checker {
public:
    Checker(const Positions& where, const std::string& file, std::vector<Diagnostic>& out)
        : where_(where), file_(file), out_(out) {}

    bool has(std::string_view field) const { return where_.find(field) != where_.end(); }

    // Reported at `at`'s position (a value or a table), naming `field`.
    void report(Severity severity, std::string_view at, std::string field, std::string message) {
        Position position{1, 1};
        if (auto found = where_.find(at); found != where_.end() && found->second.line > 0)
            position = found->second;
        out_.push_back({file_, position.line, position.column, severity, std::move(field),
                        std::move(message)});
    }
    void report(Severity severity, const std::string& field, std::string message) {
        report(severity, field, field, std::move(message));
    }

    // The fields of the tables in the array `name` ("tiers[0]", "tiers[2]", ...) in order: one for
    // each element the model holds, since an element that is not a table is not in the model.
    std::vector<std::string> elements(std::string_view name) const {
        std::vector<std::pair<std::size_t, std::string>> found;
        const std::string prefix = std::string(name) + "[";
        for (auto it = where_.lower_bound(prefix); it != where_.end() && it->first.starts_with(prefix); ++it) {
            const std::string_view rest = std::string_view(it->first).substr(prefix.size());
            std::size_t index = 0;
            auto [end, error] = std::from_chars(rest.data(), rest.data() + rest.size(), index);
            if (error == std::errc() && std::string_view(end, rest.data() + rest.size()) == "]")
                found.emplace_back(index, it->first);
        }
        std::sort(found.begin(), found.end());
        std::vector<std::string> fields;
        for (auto& [index, field] : found) fields.push_back(std::move(field));
        return fields;
    }

private:
    const Positions& where_;
    const std::string& file_;
    std::vector<Diagnostic>& out_;
};

struct Figure {
    std::string_view key;
    const std::optional<Money>& value;
};

std::string salary_field(std::string_view key) { return "salary." + std::string(key); }

// minimum <= every other figure <= maximum.
void check_range(const SalaryBand& band, Checker& check) {
    if (band.minimum && band.maximum && *band.minimum > *band.maximum) {
        // Which of the two is wrong is unknown, so the other figures are not weighed against them.
        check.report(Severity::error, salary_field("maximum"),
                     fmt::format("maximum ({}) is below minimum ({})", *band.maximum, *band.minimum));
        return;
    }
    const Figure within[] = {{"median", band.median},
                             {"entry", band.entry},
                             {"mid", band.mid},
                             {"senior", band.senior},
                             {"top_10_percent", band.top_10_percent}};
    for (const auto& [key, value] : within) {
        if (!value) continue;
        if (band.minimum && *value < *band.minimum)
            check.report(Severity::error, salary_field(key),
                         fmt::format("{} ({}) is below minimum ({})", key, *value, *band.minimum));
        if (band.maximum && *value > *band.maximum)
            check.report(Severity::error, salary_field(key),
                         fmt::format("{} ({}) is above maximum ({})", key, *value, *band.maximum));
    }
}

// entry <= mid <= senior, reported at the higher level that is lower.
void check_levels(const SalaryBand& band, Checker& check) {
    const Figure levels[] = {{"entry", band.entry}, {"mid", band.mid}, {"senior", band.senior}};
    const Figure* lower = nullptr;
    for (const auto& level : levels) {
        if (!level.value) continue;
        if (lower && *level.value < *lower->value)
            check.report(Severity::error, salary_field(level.key),
                         fmt::format("{} ({}) is below {} ({}); levels go up: entry <= mid <= senior",
                                     level.key, *level.value, lower->key, *lower->value));
        lower = &level;
    }
}

// Lowest first; each starts no earlier than the one before, and not before it ends (starting the
// year it ends, 9-15 then 15+, is touching, not overlapping). Only the last may be open-ended.
void check_tiers(const std::vector<Tier>& tiers, Checker& check) {
    const std::vector<std::string> fields = check.elements("tiers");
    const Tier* previous = nullptr;
    std::string previous_field;
    for (std::size_t i = 0; i < tiers.size() && i < fields.size(); ++i) {
        const std::string field = fields[i] + ".experience";
        if (!check.has(field)) continue;  // missing or already reported
        const YearRange& now = *tiers[i].experience;
        if (previous) {
            const YearRange& before = *previous->experience;
            if (now.min < before.min)
                check.report(Severity::error, field,
                             fmt::format("out of order: starts at {} years, before {} ({}); list the "
                                         "tiers lowest first",
                                         now.min, previous_field, years_text(before)));
            else if (!before.max)
                check.report(Severity::error, field,
                             fmt::format("overlaps {}, which has no upper limit ({}); only the last tier "
                                         "may be open-ended",
                                         previous_field, years_text(before)));
            else if (now.min < *before.max)
                check.report(Severity::error, field,
                             fmt::format("overlaps {} ({}): starts at {} years, before it ends; a tier "
                                         "may start where the one before ends, not earlier",
                                         previous_field, years_text(before), now.min));
        }
        previous = &tiers[i];
        previous_field = fields[i];
    }
}

// Blocks in time order, apart: one starting before the previous ends is most likely a typo.
void check_day(const std::vector<DayBlock>& day, Checker& check) {
    const std::vector<std::string> fields = check.elements("day");
    const DayBlock* previous = nullptr;
    std::string previous_field;
    for (std::size_t i = 0; i < day.size() && i < fields.size(); ++i) {
        const DayBlock& block = day[i];
        if (!check.has(fields[i] + ".start") || !check.has(fields[i] + ".end") || block.end <= block.start)
            continue;  // reported already
        if (previous && block.start < previous->end)
            check.report(Severity::warning, fields[i] + ".start",
                         fmt::format("starts at {}, before the block before it ({}, {} to {}) ends",
                                     clock(block.start), previous_field, clock(previous->start),
                                     clock(previous->end)));
        previous = &block;
        previous_field = fields[i];
    }
}

// Every figure names the source record it comes from, and says what it is (career(5), Sources):
// salary figures salary.source and salary.basis, the growth rate job_outlook.source and
// job_outlook.basis, each stage's years its source (or, for a stage with alternatives, each
// route's, or the stage's), a milestone's and a tier's years their source, and remote_friendly the
// source whose tag it is.
void check_figure_sources(const Career& career, Checker& check) {
    if (const auto& band = career.salary) {
        std::vector<std::string_view> given;
        const Figure figures[] = {{"minimum", band->minimum}, {"maximum", band->maximum},
                                  {"median", band->median},   {"entry", band->entry},
                                  {"mid", band->mid},         {"senior", band->senior},
                                  {"top_10_percent", band->top_10_percent}};
        for (const auto& figure : figures)
            if (figure.value) given.push_back(figure.key);
        if (!given.empty() && blank(band->source))
            check.report(Severity::warning, "salary", "salary.source",
                         fmt::format("figures without a source ({}); name the [[sources]] record they come from",
                                     fmt::join(given, ", ")));
        if (!given.empty() && blank(band->basis))
            check.report(Severity::warning, "salary", "salary.basis",
                         "figures without a basis; say what they are, such as \"the Jobicy guide's salary band\"");
    }
    if (career.job_outlook.growth_percent) {
        if (blank(career.job_outlook.source))
            check.report(Severity::warning, "job_outlook", "job_outlook.source",
                         "job_outlook.growth_percent without a source; name the [[sources]] record it comes from");
        if (blank(career.job_outlook.basis))
            check.report(Severity::warning, "job_outlook", "job_outlook.basis",
                         "job_outlook.growth_percent without a basis; say what it is, such as \"as stated in "
                         "the Jobicy guide\"");
    }
    if (career.remote_friendly && blank(career.remote_friendly_source))
        check.report(Severity::warning, "remote_friendly", "remote_friendly_source",
                     "remote_friendly without a source; name the [[sources]] record whose tag it is");

    const std::vector<std::string> stages = check.elements("education.stages");
    for (std::size_t i = 0; i < career.education.stages.size() && i < stages.size(); ++i) {
        const EducationStage& stage = career.education.stages[i];
        if (stage.alternatives.empty()) {
            if (check.has(stages[i] + ".years") && blank(stage.source))
                check.report(Severity::warning, stages[i], stages[i] + ".source",
                             "the stage's years without a source; name the [[sources]] record they come from");
            continue;
        }
        const std::vector<std::string> routes = check.elements(stages[i] + ".alternatives");
        for (std::size_t j = 0; j < stage.alternatives.size() && j < routes.size(); ++j)
            if (check.has(routes[j] + ".years") && blank(stage.alternatives[j].source) && blank(stage.source))
                check.report(Severity::warning, routes[j], routes[j] + ".source",
                             "the route's years without a source; name the [[sources]] record they come from, "
                             "here or for the whole stage");
    }
    const std::vector<std::string> milestones = check.elements("education.milestones");
    for (std::size_t i = 0; i < career.education.milestones.size() && i < milestones.size(); ++i)
        if (check.has(milestones[i] + ".years") && blank(career.education.milestones[i].source))
            check.report(Severity::warning, milestones[i], milestones[i] + ".source",
                         "the milestone's years without a source; name the [[sources]] record they come from");
    const std::vector<std::string> tiers = check.elements("tiers");
    for (std::size_t i = 0; i < career.tiers.size() && i < tiers.size(); ++i)
        if (check.has(tiers[i] + ".experience") && blank(career.tiers[i].source))
            check.report(Severity::warning, tiers[i], tiers[i] + ".source",
                         "years of experience without a source; name the [[sources]] record they come from");
}

// Each source key names a record of the file, and no two records share an id.
void check_source_records(const Career& career, const std::vector<SourceReference>& references, Checker& check) {
    std::vector<std::string> ids;
    const std::vector<std::string> records = check.elements("sources");
    for (std::size_t i = 0; i < career.source_records.size() && i < records.size(); ++i) {
        const std::string& id = career.source_records[i].id;
        if (blank(id)) continue;  // reported as empty already
        if (std::find(ids.begin(), ids.end(), id) != ids.end())
            check.report(Severity::warning, records[i] + ".id",
                         fmt::format("a second source with the id \"{}\"; an id names one source", id));
        ids.push_back(id);
    }
    for (const auto& [field, id] : references) {
        if (blank(id) || std::find(ids.begin(), ids.end(), id) != ids.end()) continue;
        std::string message = fmt::format("\"{}\" names no source of this file; add a [[sources]] table with "
                                          "id = \"{}\", title and url",
                                          id, id);
        if (auto near = closest_match(id, ids)) message = fmt::format("\"{}\" names no source of this file; did you mean \"{}\"?", id, *near);
        check.report(Severity::warning, field, message);
    }
}

// A tier that is a stage of training (tiers[].stage) names one of the stages, and is the first tier:
// the ladder starts there.
void check_tier_stages(const Career& career, Checker& check) {
    const std::vector<std::string> tiers = check.elements("tiers");
    for (std::size_t i = 0; i < career.tiers.size() && i < tiers.size(); ++i) {
        const std::string& stage = career.tiers[i].stage;
        if (stage.empty()) continue;
        const std::string field = tiers[i] + ".stage";
        if (i > 0) {
            check.report(Severity::error, field,
                         "only the first tier may be a stage of training: the ladder starts there");
            continue;
        }
        const auto& stages = career.education.stages;
        if (std::none_of(stages.begin(), stages.end(), [&](const EducationStage& s) { return s.name == stage; }))
            check.report(Severity::error, field,
                         fmt::format("\"{}\" is not the name of a stage of education.stages", stage));
    }
}

}  // namespace

void check_career(const Career& career, const Positions& where, const std::vector<SourceReference>& sources,
                  const std::string& file, std::vector<Diagnostic>& out) {
    Checker check(where, file, out);
    if (career.salary) {
        check_range(*career.salary, check);
        check_levels(*career.salary, check);
    }
    check_tiers(career.tiers, check);
    check_day(career.day, check);
    check_tier_stages(career, check);
    check_figure_sources(career, check);
    check_source_records(career, sources, check);
}

std::optional<Diagnostic> check_file_name(const std::filesystem::path& file) {
    const std::string stem = file.stem().string();
    std::string message;
    if (file.extension() != ".toml")
        message = "a career file's name ends in .toml; this one is never read as a career";
    else if (!is_valid_id(stem))
        message = fmt::format("'{}' is not a career id: the file name is the id, and an id is lower-case "
                              "letters, digits and hyphens, not starting with a hyphen "
                              "([a-z0-9][a-z0-9-]*); career skips the file",
                              stem);
    else
        return std::nullopt;
    return Diagnostic{file.string(), 0, 0, Severity::error, "id", std::move(message)};
}

}  // namespace career
