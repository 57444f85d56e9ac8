#include "load/checks.hpp"

#include <algorithm>
#include <charconv>
#include <string_view>

#include <fmt/format.h>

#include "load/catalog.hpp"

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
        const YearRange& now = tiers[i].experience;
        if (previous) {
            const YearRange& before = previous->experience;
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

// Every figure names its source (career(5), CHECKS ON LOAD): salary figures salary.source, the
// growth rate job_outlook.source, training stages education.source, and a tier's years its own
// source or, when they come from the guide the file is based on, that guide in salary.source.
void check_sources(const Career& career, Checker& check) {
    const bool salary_sourced = career.salary && !blank(career.salary->source);
    if (const auto& band = career.salary; band && !salary_sourced) {
        std::vector<std::string_view> given;
        const Figure figures[] = {{"minimum", band->minimum}, {"maximum", band->maximum},
                                  {"median", band->median},   {"entry", band->entry},
                                  {"mid", band->mid},         {"senior", band->senior},
                                  {"top_10_percent", band->top_10_percent}};
        for (const auto& figure : figures)
            if (figure.value) given.push_back(figure.key);
        if (!given.empty())
            check.report(Severity::warning, "salary", "salary.source",
                         fmt::format("figures without a source ({}); say where they come from",
                                     fmt::join(given, ", ")));
    }
    if (career.job_outlook.growth_percent && blank(career.job_outlook.source))
        check.report(Severity::warning, "job_outlook", "job_outlook.source",
                     "job_outlook.growth_percent without a source; say where it comes from");
    if (!career.education.stages.empty() && blank(career.education.source)) {
        // An [education] made only by [[education.stages]] stands where the first stage does.
        check.report(Severity::warning, "education", "education.source",
                     "training stages without a source; say where their years come from");
    }
    const std::vector<std::string> tiers = check.elements("tiers");
    for (std::size_t i = 0; i < career.tiers.size() && i < tiers.size(); ++i) {
        if (!check.has(tiers[i] + ".experience") || !blank(career.tiers[i].source) || salary_sourced)
            continue;
        check.report(Severity::warning, tiers[i], tiers[i] + ".source",
                     "years of experience without a source; add source to the tier, or name the guide "
                     "the file is based on in salary.source");
    }
}

}  // namespace

void check_career(const Career& career, const Positions& where, const std::string& file,
                  std::vector<Diagnostic>& out) {
    Checker check(where, file, out);
    if (career.salary) {
        check_range(*career.salary, check);
        check_levels(*career.salary, check);
    }
    check_tiers(career.tiers, check);
    check_day(career.day, check);
    check_sources(career, check);
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
