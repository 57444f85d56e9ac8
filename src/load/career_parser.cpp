#include "load/career_parser.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <tuple>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "load/catalog.hpp"
#include "load/checks.hpp"
#include "load/input_limits.hpp"
#include "load/suggest.hpp"

namespace career {
namespace {

using K = ValueKind;

// In the order of career(5), which is the order of the guide.
constexpr std::array kKeys{
    KeySpec{"title", K::text, true,
            "The career's name, printed at the top of the guide."},
    KeySpec{"aliases", K::text_list, false,
            "Other names career show accepts, such as abbreviations: [\"IR\"]."},
    KeySpec{"tags", K::text_list, false,
            "What kind of career it is, for career list --tag: [\"healthcare\"]."},
    KeySpec{"summary", K::text, true,
            "The opening description, printed under the title; paragraphs separated by a blank line."},
    KeySpec{"remote_friendly", K::boolean, false,
            "Whether the work can be done remotely; leave out when not stated."},

    KeySpec{"market_demand", K::table, false,
            "How much demand there is for the career."},
    KeySpec{"market_demand.level", K::level, true,
            "low, moderate, high or very-high."},
    KeySpec{"market_demand.text", K::text, false,
            "A paragraph about the demand."},

    KeySpec{"salary", K::table, false,
            "Annual pay, in whole units of the currency; every figure needs salary.source."},
    KeySpec{"salary.country", K::text, true,
            "The country the figures apply to, such as US."},
    KeySpec{"salary.currency", K::text, true,
            "An ISO 4217 currency code, such as USD."},
    KeySpec{"salary.minimum", K::money, false,
            "The bottom of the range of pay."},
    KeySpec{"salary.maximum", K::money, false,
            "The top of the range of pay."},
    KeySpec{"salary.median", K::money, false,
            "The median pay, between minimum and maximum."},
    KeySpec{"salary.entry", K::money, false,
            "Pay at Entry-Level; entry <= mid <= senior."},
    KeySpec{"salary.mid", K::money, false,
            "Pay at Mid-Level."},
    KeySpec{"salary.senior", K::money, false,
            "Pay at Senior-Level."},
    KeySpec{"salary.top_10_percent", K::money, false,
            "The pay above which the top 10% of earners fall."},
    KeySpec{"salary.top_earners", K::text, false,
            "A sentence about the top earners."},
    KeySpec{"salary.source", K::text, false,
            "Where the figures come from; tiers without their own source come from here too."},

    KeySpec{"role", K::table, false,
            "What the work is."},
    KeySpec{"role.core_functions", K::text, false,
            "Prose: the core functions of the role."},
    KeySpec{"role.responsibilities", K::text_list, false,
            "The key responsibilities, one per string."},
    KeySpec{"role.work_setting", K::text, false,
            "Prose: where and how the work is done."},
    KeySpec{"role.tech_stack", K::text_list, false,
            "Tools and technology used, one per string."},

    KeySpec{"qualifications", K::table, false,
            "Skills and qualifications."},
    KeySpec{"qualifications.education_level", K::text, false,
            "Prose: the education the career needs."},
    KeySpec{"qualifications.tech_skills", K::text_list, false,
            "Technical skills, one per string."},
    KeySpec{"qualifications.soft_abilities", K::text_list, false,
            "Soft abilities, one per string."},
    KeySpec{"qualifications.path", K::text, false,
            "Prose: the path into the career."},
    KeySpec{"qualifications.required_education", K::text, false,
            "Prose: the education required."},

    KeySpec{"education", K::table, false,
            "The training path as data."},
    KeySpec{"education.source", K::text, false,
            "Where the stage lengths come from."},
    KeySpec{"education.stages", K::table_array, false,
            "The stages of training, in order; repeat the table for each."},
    KeySpec{"education.stages[].name", K::text, true,
            "The stage, such as \"Medical school\"."},
    KeySpec{"education.stages[].years", K::year_range, true,
            "How long it takes: 4, or { min = 1, max = 2 }; at most 15."},
    KeySpec{"education.stages[].detail", K::text, false,
            "A sentence about the stage."},
    KeySpec{"education.milestones", K::table_array, false,
            "Licensing exams, certifications and other milestones, in order."},
    KeySpec{"education.milestones[].name", K::text, true,
            "The milestone, such as \"Board certification\"."},
    KeySpec{"education.milestones[].detail", K::text, false,
            "A sentence about it."},

    KeySpec{"tiers", K::table_array, false,
            "The steps of the career ladder, lowest first; repeat the table for each."},
    KeySpec{"tiers[].title", K::text, true,
            "The tier's title."},
    KeySpec{"tiers[].experience", K::year_range, true,
            "Years of experience: { min = 0, max = 2 }; { min = 15 } for the top."},
    KeySpec{"tiers[].description", K::text, false,
            "Prose: what the tier involves."},
    KeySpec{"tiers[].source", K::text, false,
            "Where the years come from, when not from the guide named in salary.source."},

    KeySpec{"market", K::table, false,
            "The job market."},
    KeySpec{"market.global_outlook", K::text, false,
            "Prose: the outlook around the world."},
    KeySpec{"market.challenges", K::text, false,
            "Prose: the role's challenges today."},
    KeySpec{"market.growth_paths", K::text, false,
            "Prose: where the career can lead."},
    KeySpec{"market.industry_trends", K::text, false,
            "Prose: trends in the industry."},

    KeySpec{"day", K::table_array, false,
            "The blocks of a typical working day, in time order; repeat for each."},
    KeySpec{"day[].name", K::text, true,
            "The block, such as \"Morning\"."},
    KeySpec{"day[].start", K::time_of_day, true,
            "Start time, \"HH:MM\" on the 24-hour clock."},
    KeySpec{"day[].end", K::time_of_day, true,
            "End time, \"HH:MM\", later than start."},
    KeySpec{"day[].focus", K::text, false,
            "What the block is mainly about."},
    KeySpec{"day[].tasks", K::text_list, false,
            "The tasks of the block, one per string."},

    KeySpec{"work_life", K::table, false,
            "Work-life balance and stress."},
    KeySpec{"work_life.stress", K::level, false,
            "low, moderate, high or very-high."},
    KeySpec{"work_life.balance", K::balance, false,
            "poor, challenging, fair, good or excellent."},
    KeySpec{"work_life.text", K::text, false,
            "A paragraph about balance and stress."},

    KeySpec{"skill_map", K::table, false,
            "The skill map."},
    KeySpec{"skill_map.intro", K::text, false,
            "A line introducing the skill map."},
    KeySpec{"skill_map.categories", K::table_array, false,
            "A category of skills; repeat for each."},
    KeySpec{"skill_map.categories[].name", K::text, true,
            "The category's name."},
    KeySpec{"skill_map.categories[].blurb", K::text, false,
            "A line describing the category."},
    KeySpec{"skill_map.categories[].skills", K::text_list, true,
            "The skills in it, one per string."},

    KeySpec{"pros_cons", K::table, false,
            "Pros and cons."},
    KeySpec{"pros_cons.pros", K::text_list, false,
            "The pros, one per string."},
    KeySpec{"pros_cons.cons", K::text_list, false,
            "The cons, one per string."},

    KeySpec{"advice", K::table, false,
            "Advice."},
    KeySpec{"advice.beginner_mistakes", K::text_list, false,
            "Common mistakes of beginners, one per string."},
    KeySpec{"advice.contextual", K::text_list, false,
            "Contextual advice, one per string."},

    KeySpec{"case_studies", K::table_array, false,
            "Examples and case studies; repeat for each."},
    KeySpec{"case_studies[].title", K::text, true,
            "The case study's title."},
    KeySpec{"case_studies[].story", K::text, true,
            "Prose: what happened."},
    KeySpec{"case_studies[].takeaway", K::text, false,
            "The key takeaway."},

    KeySpec{"portfolio", K::table, false,
            "Portfolio tips."},
    KeySpec{"portfolio.tips", K::text, false,
            "Prose: what to show."},

    KeySpec{"job_outlook", K::table, false,
            "Job outlook and related roles."},
    KeySpec{"job_outlook.growth_percent", K::integer, false,
            "Projected growth in employment, in per cent; may be negative."},
    KeySpec{"job_outlook.status", K::text, false,
            "Such as \"Growing faster than average\"."},
    KeySpec{"job_outlook.source", K::text, false,
            "Where the growth figure comes from."},
    KeySpec{"job_outlook.related_roles", K::text_list, false,
            "Ids of related careers, such as [\"radiologist\"]."},

    KeySpec{"faq", K::table_array, false,
            "A frequently asked question; repeat for each."},
    KeySpec{"faq[].question", K::text, true,
            "The question."},
    KeySpec{"faq[].answer", K::text, true,
            "Prose: the answer."},

    KeySpec{"references", K::table, false,
            "Sources and references."},
    KeySpec{"references.sources", K::text_list, false,
            "Titles or addresses of sources, one per string."},
};

const KeySpec& spec_for(std::string_view path) {
    if (const KeySpec* spec = find_key(path)) return *spec;
    // Reading a key the table lacks is a bug in this file, not in the data.
    throw std::logic_error(fmt::format("career_parser: '{}' is not in the key table", path));
}

}  // namespace

const KeySpec* find_key(std::string_view path) {
    for (const auto& spec : kKeys)
        if (spec.path == path) return &spec;
    return nullptr;
}

std::string_view kind_name(ValueKind kind) {
    switch (kind) {
        case K::text: return "a string";
        case K::text_list: return "an array of strings";
        case K::integer: return "an integer";
        case K::money: return "a whole number of at least 0";
        case K::boolean: return "true or false";
        case K::year_range: return "a number of years or a table { min = N, max = M }";
        case K::time_of_day: return "a time \"HH:MM\"";
        case K::level:
        case K::balance: return "one of the words listed in career(5)";
        case K::table: return "a table";
        case K::table_array: return "an array of tables";
    }
    return "a value";
}

namespace {

std::string_view node_type_name(const toml::node& node) {
    switch (node.type()) {
        case toml::node_type::string: return "a string";
        case toml::node_type::integer: return "an integer";
        case toml::node_type::floating_point: return "a decimal number";
        case toml::node_type::boolean: return "a boolean";
        case toml::node_type::date: return "a date";
        case toml::node_type::time: return "a time";
        case toml::node_type::date_time: return "a date-time";
        case toml::node_type::array: return "an array";
        case toml::node_type::table: return "a table";
        default: return "nothing";
    }
}

// A table being read: its real field path ("tiers[2]") and its path in the key table ("tiers[]").
struct Scope {
    const toml::table* table;
    std::string path;
    std::string schema;
    toml::source_region where;  // for "missing key" errors: the table's own position

    std::string field(std::string_view key) const {
        return path.empty() ? std::string(key) : path + "." + std::string(key);
    }
    std::string schema_of(std::string_view key) const {
        return schema.empty() ? std::string(key) : schema + "." + std::string(key);
    }
};

// Reads values out of a parsed document by their key-table path, collecting every problem rather
// than stopping at the first, so one pass shows the author everything to fix.
class Reader {
public:
    Reader(std::string file, std::string id, std::vector<Diagnostic>& out, Positions& where)
        : file_(std::move(file)), id_(std::move(id)), out_(out), where_(where) {}

    // Notes where a value that was read without error stands, for the checks across values.
    void remember(const std::string& field, const toml::source_region& where) {
        where_[field] = Position{static_cast<int>(where.begin.line), static_cast<int>(where.begin.column)};
    }

    void report(Severity severity, const toml::source_region& where, std::string field,
                std::string message) {
        int line = static_cast<int>(where.begin.line), column = static_cast<int>(where.begin.column);
        if (line == 0) line = column = 1;  // the root table has no position: point at the start
        out_.push_back({file_, line, column, severity, std::move(field), std::move(message)});
    }

    // The node at `key`, or null; reports a missing required key and a value of the wrong kind.
    const toml::node* node(const Scope& scope, std::string_view key) {
        const KeySpec& spec = spec_for(scope.schema_of(key));
        const toml::node* found = scope.table->get(key);
        if (!found) {
            if (spec.required)
                report(Severity::error, scope.where, scope.field(key), "required key is missing");
            return nullptr;
        }
        if (!has_kind(*found, spec.kind)) {
            report(Severity::error, found->source(), scope.field(key),
                   fmt::format("expected {}, found {}", kind_name(spec.kind), node_type_name(*found)));
            return nullptr;
        }
        return found;
    }

    std::string text(const Scope& scope, std::string_view key) {
        const toml::node* found = node(scope, key);
        if (!found) return {};
        std::string value(*found->value<std::string_view>());
        if (spec_for(scope.schema_of(key)).required && blank(value)) {
            report(Severity::error, found->source(), scope.field(key), "required key is empty");
            return value;
        }
        remember(scope.field(key), found->source());
        return value;
    }

    // The references to other careers in a list of ids, with their positions.
    std::vector<CareerReference> references(const Scope& scope, std::string_view key) {
        std::vector<CareerReference> refs;
        const toml::node* found = scope.table->get(key);
        if (!found || !found->is_array()) return refs;
        const toml::array& array = *found->as_array();
        for (std::size_t i = 0; i < array.size(); ++i) {
            auto id = array[i].value<std::string_view>();
            if (!id) continue;
            const auto& where = array[i].source().begin;
            refs.push_back({std::string(*id),
                            {file_, static_cast<int>(where.line), static_cast<int>(where.column),
                             Severity::warning, fmt::format("{}[{}]", scope.field(key), i), ""}});
        }
        return refs;
    }

    Items text_list(const Scope& scope, std::string_view key) {
        Items items;
        const toml::node* found = node(scope, key);
        if (!found) return items;
        const toml::array& array = *found->as_array();
        if (array.empty() && spec_for(scope.schema_of(key)).required)
            report(Severity::error, found->source(), scope.field(key), "required list is empty");
        std::vector<std::optional<std::string_view>> seen;  // by index; nullopt for a non-string
        for (std::size_t i = 0; i < array.size(); ++i) {
            const std::string field = fmt::format("{}[{}]", scope.field(key), i);
            auto item = array[i].value_exact<std::string_view>();
            seen.push_back(item);
            if (!item) {
                report(Severity::error, array[i].source(), field,
                       fmt::format("expected a string, found {}", node_type_name(array[i])));
                continue;
            }
            items.emplace_back(*item);
            // The same entry twice is a slip of copy and paste: the second is the one to remove.
            const auto first = std::find(seen.begin(), seen.end() - 1, *item);
            if (first != seen.end() - 1)
                report(Severity::warning, array[i].source(), field,
                       fmt::format("duplicate entry: the same as {}[{}]", scope.field(key),
                                   first - seen.begin()));
        }
        return items;
    }

    std::optional<std::int64_t> integer(const Scope& scope, std::string_view key) {
        const toml::node* found = node(scope, key);
        if (!found) return std::nullopt;
        const std::int64_t value = *found->value<std::int64_t>();
        if (spec_for(scope.schema_of(key)).kind == K::money) {
            if (value < 0) {
                report(Severity::error, found->source(), scope.field(key),
                       fmt::format("must not be negative, found {}", value));
                return std::nullopt;
            }
            if (value > kMaxMoney) {
                report(Severity::error, found->source(), scope.field(key),
                       fmt::format("{} is not a plausible salary (at most 10,000,000)", value));
                return std::nullopt;
            }
        }
        remember(scope.field(key), found->source());
        return value;
    }

    std::optional<int> percent(const Scope& scope, std::string_view key) {
        auto value = integer(scope, key);
        if (value && (*value < -100 || *value > 10000)) {
            report(Severity::error, scope.table->get(key)->source(), scope.field(key),
                   fmt::format("{} is not a plausible percentage", *value));
            where_.erase(scope.field(key));
            return std::nullopt;
        }
        return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
    }

    std::optional<bool> boolean(const Scope& scope, std::string_view key) {
        const toml::node* found = node(scope, key);
        return found ? found->value<bool>() : std::nullopt;
    }

    std::optional<YearRange> years(const Scope& scope, std::string_view key) {
        const toml::node* found = node(scope, key);
        if (!found) return std::nullopt;
        const std::string field = scope.field(key);
        const int most = max_years(scope.schema_of(key));
        if (auto n = found->value<std::int64_t>()) {
            if (!plausible_years(*n, most, found->source(), field)) return std::nullopt;
            remember(field, found->source());
            return YearRange{static_cast<int>(*n), static_cast<int>(*n)};
        }
        const toml::table& range = *found->as_table();
        YearRange result;
        bool ok = true;
        for (auto&& [name, value] : range) {
            if (name.str() != "min" && name.str() != "max") {
                report(Severity::warning, name.source(), field + "." + std::string(name.str()),
                       "unknown key in a year range (expected min and max)");
                continue;
            }
            auto n = value.value_exact<std::int64_t>();
            if (!n) {
                report(Severity::error, value.source(), field + "." + std::string(name.str()),
                       fmt::format("expected an integer, found {}", node_type_name(value)));
                ok = false;
            } else if (!plausible_years(*n, most, value.source(), field + "." + std::string(name.str()))) {
                ok = false;
            } else if (name.str() == "min") {
                result.min = static_cast<int>(*n);
            } else {
                result.max = static_cast<int>(*n);
            }
        }
        if (!range.contains("min")) {
            report(Severity::error, found->source(), field + ".min", "required key is missing");
            return std::nullopt;
        }
        if (ok && result.max && *result.max < result.min) {
            report(Severity::error, found->source(), field,
                   fmt::format("max ({}) is less than min ({})", *result.max, result.min));
            return std::nullopt;
        }
        if (!ok) return std::nullopt;
        remember(field, found->source());
        return result;
    }

    std::optional<TimeOfDay> time(const Scope& scope, std::string_view key) {
        const toml::node* found = node(scope, key);
        if (!found) return std::nullopt;
        const std::string_view text = *found->value<std::string_view>();
        auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
        if (text.size() == 5 && digit(0) && digit(1) && text[2] == ':' && digit(3) && digit(4)) {
            const int hour = (text[0] - '0') * 10 + (text[1] - '0');
            const int minute = (text[3] - '0') * 10 + (text[4] - '0');
            if (hour < 24 && minute < 60) {
                remember(scope.field(key), found->source());
                return TimeOfDay{hour * 60 + minute};
            }
        }
        report(Severity::error, found->source(), scope.field(key),
               fmt::format("\"{}\" is not a time of day; write HH:MM, 24-hour, e.g. \"07:00\" or "
                           "\"15:30\"",
                           text));
        return std::nullopt;
    }

    template <typename Word>
    std::optional<Word> word(const Scope& scope, std::string_view key,
                             std::optional<Word> (*from_word)(std::string_view),
                             std::span<const std::string_view> words) {
        const toml::node* found = node(scope, key);
        if (!found) return std::nullopt;
        const std::string_view text = *found->value<std::string_view>();
        if (auto value = from_word(text)) return value;
        std::string allowed;
        for (auto w : words) allowed += (allowed.empty() ? "" : ", ") + std::string(w);
        report(Severity::error, found->source(), scope.field(key),
               fmt::format("\"{}\" is not one of: {}", text, allowed));
        return std::nullopt;
    }

    std::optional<Scope> table(const Scope& scope, std::string_view key) {
        const toml::node* found = node(scope, key);
        if (!found) return std::nullopt;
        Scope inner{found->as_table(), scope.field(key), scope.schema_of(key), found->source()};
        remember(inner.path, found->source());
        warn_unknown_keys(inner);
        return inner;
    }

    std::vector<Scope> tables(const Scope& scope, std::string_view key) {
        std::vector<Scope> scopes;
        const toml::node* found = node(scope, key);
        if (!found) return scopes;
        const toml::array& array = *found->as_array();
        for (std::size_t i = 0; i < array.size(); ++i) {
            const std::string field = fmt::format("{}[{}]", scope.field(key), i);
            if (!array[i].is_table()) {
                report(Severity::error, array[i].source(), field,
                       fmt::format("expected a table, found {}", node_type_name(array[i])));
                continue;
            }
            Scope inner{array[i].as_table(), field, scope.schema_of(key) + "[]", array[i].source()};
            remember(field, array[i].source());
            warn_unknown_keys(inner);
            scopes.push_back(inner);
        }
        return scopes;
    }

    // An unknown key is most often a typo, so it is a warning with the nearest known key.
    void warn_unknown_keys(const Scope& scope) {
        std::vector<std::string> siblings;
        const std::string prefix = scope.schema.empty() ? "" : scope.schema + ".";
        for (const auto& spec : kKeys) {
            std::string_view path = spec.path;
            if (!path.starts_with(prefix)) continue;
            path.remove_prefix(prefix.size());
            if (path.find_first_of(".[") == std::string_view::npos) siblings.emplace_back(path);
        }
        for (auto&& [name, value] : *scope.table) {
            if (std::find(siblings.begin(), siblings.end(), name.str()) != siblings.end()) continue;
            if (scope.path.empty() && name.str() == "id") {
                report_id_key(name, value);
                continue;
            }
            std::string message = "unknown key";
            if (auto near = closest_match(name.str(), siblings))
                message += fmt::format("; did you mean '{}'?", *near);
            report(Severity::warning, name.source(), scope.field(name.str()), message);
        }
    }

private:
    static bool has_kind(const toml::node& node, ValueKind kind) {
        switch (kind) {
            case K::text:
            case K::time_of_day:
            case K::level:
            case K::balance: return node.is_string();
            case K::text_list: return node.is_array();
            case K::integer:
            case K::money: return node.is_integer();
            case K::boolean: return node.is_boolean();
            case K::year_range: return node.is_integer() || node.is_table();
            case K::table: return node.is_table();
            case K::table_array: return node.is_array();
        }
        return false;
    }

    static bool blank(std::string_view text) {
        return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
    }

    // A stage of training is a few years; a span of experience may be a working life.
    static int max_years(std::string_view schema) {
        return schema == "education.stages[].years" ? kMaxStageYears : kMaxExperienceYears;
    }

    bool plausible_years(std::int64_t n, int most, const toml::source_region& where,
                         const std::string& field) {
        if (n >= 0 && n <= most) return true;
        report(Severity::error, where, field,
               fmt::format("{} is not a plausible number of years (0 to {})", n, most));
        return false;
    }

    // The file has no id key: its name is its id. One that says the same is a warning (it is
    // ignored); one that says otherwise is an error, as the file would not be found by that id.
    void report_id_key(const toml::key& name, const toml::node& value) {
        const auto id = value.value_exact<std::string_view>();
        if (id && *id == id_)
            report(Severity::warning, name.source(), "id",
                   "a career file has no id key: its file name is its id; remove this line");
        else
            report(Severity::error, value.source(), "id",
                   fmt::format("differs from the file name, which is the career's id ('{}'); "
                               "remove this line or rename the file",
                               id_));
    }

    std::string file_;
    std::string id_;
    std::vector<Diagnostic>& out_;
    Positions& where_;
};

Career read_career(Reader& r, const toml::table& root, const std::string& id,
                   std::vector<CareerReference>& references) {
    Career c;
    c.id = id;
    const Scope top{&root, "", "", root.source()};
    r.warn_unknown_keys(top);

    c.title = r.text(top, "title");
    c.aliases = r.text_list(top, "aliases");
    c.tags = r.text_list(top, "tags");
    c.summary = r.text(top, "summary");
    c.remote_friendly = r.boolean(top, "remote_friendly");

    if (auto s = r.table(top, "market_demand")) {
        auto level = r.word(*s, "level", &level_from_word, level_words());
        c.market_demand = MarketDemand{level.value_or(Level::moderate), r.text(*s, "text")};
    }
    if (auto s = r.table(top, "salary")) {
        SalaryBand& band = c.salary.emplace();
        band.country = r.text(*s, "country");
        band.currency = r.text(*s, "currency");
        band.minimum = r.integer(*s, "minimum");
        band.maximum = r.integer(*s, "maximum");
        band.median = r.integer(*s, "median");
        band.entry = r.integer(*s, "entry");
        band.mid = r.integer(*s, "mid");
        band.senior = r.integer(*s, "senior");
        band.top_10_percent = r.integer(*s, "top_10_percent");
        band.top_earners = r.text(*s, "top_earners");
        band.source = r.text(*s, "source");
    }
    if (auto s = r.table(top, "role")) {
        c.role.core_functions = r.text(*s, "core_functions");
        c.role.responsibilities = r.text_list(*s, "responsibilities");
        c.role.work_setting = r.text(*s, "work_setting");
        c.role.tech_stack = r.text_list(*s, "tech_stack");
    }
    if (auto s = r.table(top, "qualifications")) {
        c.qualifications.education_level = r.text(*s, "education_level");
        c.qualifications.tech_skills = r.text_list(*s, "tech_skills");
        c.qualifications.soft_abilities = r.text_list(*s, "soft_abilities");
        c.qualifications.path = r.text(*s, "path");
        c.qualifications.required_education = r.text(*s, "required_education");
    }
    if (auto s = r.table(top, "education")) {
        c.education.source = r.text(*s, "source");
        for (const Scope& stage : r.tables(*s, "stages")) {
            auto years = r.years(stage, "years");
            c.education.stages.push_back(
                {r.text(stage, "name"), years.value_or(YearRange{}), r.text(stage, "detail")});
        }
        for (const Scope& milestone : r.tables(*s, "milestones"))
            c.education.milestones.push_back({r.text(milestone, "name"), r.text(milestone, "detail")});
    }
    for (const Scope& tier : r.tables(top, "tiers")) {
        auto experience = r.years(tier, "experience");
        c.tiers.push_back({r.text(tier, "title"), experience.value_or(YearRange{}),
                           r.text(tier, "description"), r.text(tier, "source")});
    }
    if (auto s = r.table(top, "market")) {
        c.market.global_outlook = r.text(*s, "global_outlook");
        c.market.challenges = r.text(*s, "challenges");
        c.market.growth_paths = r.text(*s, "growth_paths");
        c.market.industry_trends = r.text(*s, "industry_trends");
    }
    for (const Scope& block : r.tables(top, "day")) {
        DayBlock b;
        b.name = r.text(block, "name");
        auto start = r.time(block, "start");
        auto end = r.time(block, "end");
        if (start && end && *end <= *start)
            r.report(Severity::error, block.table->get("end")->source(), block.field("end"),
                     "the block ends before it starts");
        b.start = start.value_or(TimeOfDay{});
        b.end = end.value_or(TimeOfDay{});
        b.focus = r.text(block, "focus");
        b.tasks = r.text_list(block, "tasks");
        c.day.push_back(std::move(b));
    }
    if (auto s = r.table(top, "work_life")) {
        c.work_life.stress = r.word(*s, "stress", &level_from_word, level_words());
        c.work_life.balance = r.word(*s, "balance", &balance_from_word, balance_words());
        c.work_life.text = r.text(*s, "text");
    }
    if (auto s = r.table(top, "skill_map")) {
        c.skill_map.intro = r.text(*s, "intro");
        for (const Scope& category : r.tables(*s, "categories"))
            c.skill_map.categories.push_back({r.text(category, "name"), r.text(category, "blurb"),
                                              r.text_list(category, "skills")});
    }
    if (auto s = r.table(top, "pros_cons")) {
        c.pros = r.text_list(*s, "pros");
        c.cons = r.text_list(*s, "cons");
    }
    if (auto s = r.table(top, "advice")) {
        c.beginner_mistakes = r.text_list(*s, "beginner_mistakes");
        c.contextual_advice = r.text_list(*s, "contextual");
    }
    for (const Scope& study : r.tables(top, "case_studies"))
        c.case_studies.push_back(
            {r.text(study, "title"), r.text(study, "story"), r.text(study, "takeaway")});
    if (auto s = r.table(top, "portfolio")) c.portfolio_tips = r.text(*s, "tips");
    if (auto s = r.table(top, "job_outlook")) {
        c.job_outlook.growth_percent = r.percent(*s, "growth_percent");
        c.job_outlook.status = r.text(*s, "status");
        c.job_outlook.source = r.text(*s, "source");
        c.job_outlook.related_roles = r.text_list(*s, "related_roles");
        references = r.references(*s, "related_roles");
    }
    for (const Scope& entry : r.tables(top, "faq"))
        c.faq.push_back({r.text(entry, "question"), r.text(entry, "answer")});
    if (auto s = r.table(top, "references")) c.sources = r.text_list(*s, "sources");
    return c;
}

}  // namespace

std::span<const KeySpec> career_keys() { return kKeys; }

ParseResult parse_career(std::string_view toml_text, const std::string& file, const std::string& id) {
    ParseResult result;
    toml::table root;
    if (auto refused = check_career_text(toml_text, file)) {  // too large or too deep: input_limits.hpp
        result.diagnostics.push_back(std::move(*refused));
        return result;
    }
    try {
        root = toml::parse(toml_text, file);
    } catch (const toml::parse_error& error) {
        const auto& where = error.source().begin;
        result.diagnostics.push_back({file, static_cast<int>(where.line),
                                      static_cast<int>(where.column), Severity::error, "",
                                      std::string(error.description())});
        return result;
    }
    Positions where;
    Reader reader(file, id, result.diagnostics, where);
    Career career = read_career(reader, root, id, result.references);
    check_career(career, where, file, result.diagnostics);
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                     });
    if (!has_errors(result.diagnostics)) result.career = std::move(career);
    return result;
}

ParseResult load_career_file(const std::string& path, const std::string& id) {
    std::string text;
    if (auto problem = read_career_text(path, text)) {
        ParseResult result;
        result.diagnostics.push_back(std::move(*problem));
        return result;
    }
    return parse_career(text, path, id);
}

}  // namespace career
