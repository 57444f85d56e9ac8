#include "load/career_parser.hpp"

#include <algorithm>
#include <cmath>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>
#include <stdexcept>
#include <tuple>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "load/catalog.hpp"
#include "load/checks.hpp"
#include "load/input_limits.hpp"
#include "load/search_text.hpp"
#include "load/suggest.hpp"
#include "load/syntax_errors.hpp"
#include "model/career_fields.hpp"

namespace career {
namespace {

using K = ValueKind;

const KeySpec& spec_for(std::string_view path) {
    if (const KeySpec* spec = find_key(path)) return *spec;
    // Reading a key the table lacks is a bug in this file, not in the data.
    throw std::logic_error(fmt::format("career_parser: '{}' is not in the key table", path));
}

// What is wrong with a number outside its key's limits, in the words of its kind of number.
std::string out_of_limits(const KeySpec& spec, std::int64_t n) {
    const Limits& limits = spec.limits;
    switch (spec.kind) {
        case K::money:
            if (n < limits.min)
                return limits.min == 0 ? fmt::format("must not be negative, found {}", n)
                                       : fmt::format("{} is not a plausible salary (at least {})", n,
                                                     grouped_digits(limits.min));
            return fmt::format("{} is not a plausible salary (at most {})", n, grouped_digits(limits.max));
        case K::percent: return fmt::format("{} is not a plausible percentage", n);
        case K::year_range:
            return fmt::format("{} is not a plausible number of years ({})", n, allowed_values(spec));
        default: return fmt::format("{} is not a plausible value ({})", n, allowed_values(spec));
    }
}

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
    Reader(std::string file, std::string id, std::vector<Diagnostic>& out, Positions& where,
           std::vector<SourceReference>& sources)
        : file_(std::move(file)), id_(std::move(id)), out_(out), where_(where), sources_(sources) {}

    // Where job_outlook.related_roles names careers, as read.
    std::vector<CareerReference> related_roles;

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
    // `reading` is the kind the caller reads it as, which must be the key's.
    const toml::node* node(const Scope& scope, std::string_view key, ValueKind reading) {
        const KeySpec& spec = spec_for(scope.schema_of(key));
        if (spec.kind != reading)  // a bug in this file or in model/career_fields.hpp, not in the data
            throw std::logic_error(fmt::format("career_parser: '{}' read as another kind", spec.path));
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
        const toml::node* found = node(scope, key, K::text);
        if (!found) return {};
        std::string value(*found->value<std::string_view>());
        if (spec_for(scope.schema_of(key)).required && blank(value)) {
            report(Severity::error, found->source(), scope.field(key), "required key is empty");
            return value;
        }
        remember(scope.field(key), found->source());
        return value;
    }

    // The id of a source record, noted with its field so that the checks can see that the file
    // has the record (load/checks.hpp).
    std::string source_id(const Scope& scope, std::string_view key) {
        const toml::node* found = node(scope, key, K::source_id);
        if (!found) return {};
        std::string value(*found->value<std::string_view>());
        remember(scope.field(key), found->source());
        sources_.push_back({scope.field(key), value});
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
        const toml::node* found = node(scope, key, K::text_list);
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

    std::optional<Money> money(const Scope& scope, std::string_view key) {
        return number(scope, key, K::money);
    }

    std::optional<int> percent(const Scope& scope, std::string_view key) {
        const auto value = number(scope, key, K::percent);
        return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;  // limits fit an int
    }

    std::optional<std::int64_t> integer(const Scope& scope, std::string_view key) {
        return number(scope, key, K::integer);
    }

    // A number with or without a fraction, within its key's limits.
    std::optional<double> decimal(const Scope& scope, std::string_view key) {
        const toml::node* found = node(scope, key, K::decimal);
        if (!found) return std::nullopt;
        return plausible_decimal(*found, spec_for(scope.schema_of(key)), scope.field(key));
    }

    // A wage: a number, or { at_least = N } for one above the survey's top code.
    std::optional<Wage> wage(const Scope& scope, std::string_view key) {
        const toml::node* found = node(scope, key, K::wage);
        if (!found) return std::nullopt;
        const KeySpec& spec = spec_for(scope.schema_of(key));
        const std::string field = scope.field(key);
        if (!found->is_table()) {
            auto amount = plausible_decimal(*found, spec, field);
            return amount ? std::optional<Wage>(Wage{*amount, false}) : std::nullopt;
        }
        const toml::table& table = *found->as_table();
        const toml::node* at_least = table.get("at_least");
        if (table.size() != 1 || !at_least || !(at_least->is_integer() || at_least->is_floating_point())) {
            report(Severity::error, found->source(), field,
                   "expected a number, or a table { at_least = N } with that one key");
            return std::nullopt;
        }
        auto amount = plausible_decimal(*at_least, spec, field + ".at_least");
        return amount ? std::optional<Wage>(Wage{*amount, true}) : std::nullopt;
    }

    std::optional<CareerKind> career_kind(const Scope& scope, std::string_view key) {
        static constexpr std::string_view kWords[] = {"guide", "occupation"};
        return word(scope, key, K::career_kind,
                    +[](std::string_view w) -> std::optional<CareerKind> {
                        if (w == "guide") return CareerKind::guide;
                        if (w == "occupation") return CareerKind::occupation;
                        return std::nullopt;
                    },
                    kWords);
    }

    // "NN-NNNN", the form BLS writes SOC codes in.
    std::string soc_code(const Scope& scope, std::string_view key) {
        const toml::node* found = node(scope, key, K::soc_code);
        if (!found) return {};
        const std::string_view text = *found->value<std::string_view>();
        const bool digits = text.size() == 7 && text[2] == '-' &&
                            std::all_of(text.begin(), text.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); }) &&
                            std::count(text.begin(), text.end(), '-') == 1;
        if (!digits) {
            report(Severity::error, found->source(), scope.field(key),
                   fmt::format("\"{}\" is not a SOC code: write NN-NNNN, such as \"29-1224\"", text));
            return {};
        }
        remember(scope.field(key), found->source());
        return std::string(text);
    }

    std::optional<bool> boolean(const Scope& scope, std::string_view key) {
        const toml::node* found = node(scope, key, K::boolean);
        if (!found) return std::nullopt;
        remember(scope.field(key), found->source());
        return found->value<bool>();
    }

    std::optional<YearRange> years(const Scope& scope, std::string_view key) {
        const toml::node* found = node(scope, key, K::year_range);
        if (!found) return std::nullopt;
        const std::string field = scope.field(key);
        const KeySpec& spec = spec_for(scope.schema_of(key));
        if (auto n = found->value<std::int64_t>()) {
            if (!within_limits(*n, spec, found->source(), field)) return std::nullopt;
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
            } else if (!within_limits(*n, spec, value.source(), field + "." + std::string(name.str()))) {
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
        const toml::node* found = node(scope, key, K::time_of_day);
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

    std::optional<Level> level(const Scope& scope, std::string_view key) {
        return word(scope, key, K::level, &level_from_word, level_words());
    }

    std::optional<Balance> balance(const Scope& scope, std::string_view key) {
        return word(scope, key, K::balance, &balance_from_word, balance_words());
    }

    std::optional<Scope> table(const Scope& scope, std::string_view key) {
        const toml::node* found = node(scope, key, K::table);
        if (!found) return std::nullopt;
        Scope inner{found->as_table(), scope.field(key), scope.schema_of(key), found->source()};
        remember(inner.path, found->source());
        warn_unknown_keys(inner);
        return inner;
    }

    std::vector<Scope> tables(const Scope& scope, std::string_view key) {
        std::vector<Scope> scopes;
        const toml::node* found = node(scope, key, K::table_array);
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
        std::vector<std::string> siblings;  // the keys the table may have: made only for a key it may not
        for (auto&& [name, value] : *scope.table) {
            if (find_key(scope.schema_of(name.str()))) continue;
            if (siblings.empty()) siblings = keys_of_table(scope.schema);
            if (scope.path.empty() && name.str() == "id") {
                report_id_key(name, value);
                continue;
            }
            std::string message = "unknown key";
            if (const char* now = replacement_of(scope.schema_of(name.str())))
                message += fmt::format("; replaced by {}", now);
            else if (auto near = closest_match(name.str(), siblings))
                message += fmt::format("; did you mean '{}'?", *near);
            report(Severity::warning, name.source(), scope.field(name.str()), message);
        }
    }

private:
    // The names of the keys the table at `schema` ("" for the top, "tiers[]") may have.
    static std::vector<std::string> keys_of_table(const std::string& schema) {
        std::vector<std::string> keys;
        const std::string prefix = schema.empty() ? "" : schema + ".";
        for (const auto& spec : career_keys()) {
            std::string_view path = spec.path;
            if (!path.starts_with(prefix)) continue;
            path.remove_prefix(prefix.size());
            if (path.find_first_of(".[") == std::string_view::npos) keys.emplace_back(path);
        }
        return keys;
    }

    static bool has_kind(const toml::node& node, ValueKind kind) {
        switch (kind) {
            case K::text:
            case K::time_of_day:
            case K::level:
            case K::balance:
            case K::career_kind:
            case K::soc_code:
            case K::source_id: return node.is_string();
            case K::decimal: return node.is_integer() || node.is_floating_point();
            case K::wage: return node.is_integer() || node.is_floating_point() || node.is_table();
            case K::text_list: return node.is_array();
            case K::integer:
            case K::money:
            case K::percent: return node.is_integer();
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

    bool within_limits(std::int64_t n, const KeySpec& spec, const toml::source_region& where,
                       const std::string& field) {
        if (spec.limits.contains(n)) return true;
        report(Severity::error, where, field, out_of_limits(spec, n));
        return false;
    }

    // A number with or without a fraction within `spec`'s limits; NaN and infinity are no numbers.
    std::optional<double> plausible_decimal(const toml::node& found, const KeySpec& spec, const std::string& field) {
        const double value = found.is_integer() ? static_cast<double>(*found.value<std::int64_t>()) : *found.value<double>();
        if (!std::isfinite(value) || value < static_cast<double>(spec.limits.min) ||
            value > static_cast<double>(spec.limits.max)) {
            report(Severity::error, found.source(), field,
                   fmt::format("{} is not a plausible value ({})", value, allowed_values(spec)));
            return std::nullopt;
        }
        remember(field, found.source());
        return value;
    }

    // A whole number of `kind` within its key's limits.
    std::optional<std::int64_t> number(const Scope& scope, std::string_view key, ValueKind kind) {
        const toml::node* found = node(scope, key, kind);
        if (!found) return std::nullopt;
        const std::int64_t value = *found->value<std::int64_t>();
        if (!within_limits(value, spec_for(scope.schema_of(key)), found->source(), scope.field(key)))
            return std::nullopt;
        remember(scope.field(key), found->source());
        return value;
    }

    // One of a fixed list of words, such as a level.
    template <typename Word>
    std::optional<Word> word(const Scope& scope, std::string_view key, ValueKind kind,
                             std::optional<Word> (*from_word)(std::string_view),
                             std::span<const std::string_view> words) {
        const toml::node* found = node(scope, key, kind);
        if (!found) return std::nullopt;
        const std::string_view text = *found->value<std::string_view>();
        if (auto value = from_word(text)) return value;
        std::string allowed;
        for (auto w : words) allowed += (allowed.empty() ? "" : ", ") + std::string(w);
        report(Severity::error, found->source(), scope.field(key),
               fmt::format("\"{}\" is not one of: {}", text, allowed));
        return std::nullopt;
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
    std::vector<SourceReference>& sources_;
};

// The scores of a table of fixed keys (work.interests, work.work_values), in the key table's order.
std::vector<Score> read_scores(Reader& r, const Scope& table) {
    std::vector<Score> scores;
    const std::string prefix = table.schema + ".";
    for (const KeySpec& spec : career_keys()) {
        if (!spec.path.starts_with(prefix) || spec.path.find('.', prefix.size()) != std::string_view::npos) continue;
        const std::string_view name = leaf_name(spec.path);
        if (auto value = r.decimal(table, name)) scores.push_back({std::string(name), *value});
    }
    return scores;
}

class FieldReader;

// Types the model describes member by member (model/career_fields.hpp).
template <typename T>
concept HasFields = requires(FieldReader& walk, T& value) { fields(walk, value); };

// Each member of `value` from the key of its name in `scope`, read as the key table says (its kind
// of value, limits, whether it is required): the one walk that reads a whole career file.
template <HasFields T>
void read_table(Reader& r, const Scope& scope, T& value);
void read_table(Reader& r, const Scope& scope, EducationStage& stage);
void read_table(Reader& r, const Scope& scope, DayBlock& block);
void read_table(Reader& r, const Scope& scope, JobOutlook& outlook);

// One value, by the kind its key has in the key table where a type may be of several kinds.
void read(Reader& r, const Scope& s, std::string_view key, std::string& value) {
    switch (spec_for(s.schema_of(key)).kind) {
        case K::source_id: value = r.source_id(s, key); break;
        case K::soc_code: value = r.soc_code(s, key); break;
        default: value = r.text(s, key);
    }
}
void read(Reader& r, const Scope& s, std::string_view key, Items& value) { value = r.text_list(s, key); }
void read(Reader& r, const Scope& s, std::string_view key, std::optional<std::int64_t>& value) {
    value = spec_for(s.schema_of(key)).kind == K::money ? r.money(s, key) : r.integer(s, key);
}
void read(Reader& r, const Scope& s, std::string_view key, std::optional<int>& value) {
    if (spec_for(s.schema_of(key)).kind == K::percent) {
        value = r.percent(s, key);
        return;
    }
    const auto n = r.integer(s, key);  // within limits that fit an int
    value = n ? std::optional<int>(static_cast<int>(*n)) : std::nullopt;
}
void read(Reader& r, const Scope& s, std::string_view key, int& value) {
    std::optional<int> n;
    read(r, s, key, n);
    value = n.value_or(0);
}
void read(Reader& r, const Scope& s, std::string_view key, std::optional<double>& value) { value = r.decimal(s, key); }
void read(Reader& r, const Scope& s, std::string_view key, double& value) { value = r.decimal(s, key).value_or(0); }
void read(Reader& r, const Scope& s, std::string_view key, std::optional<Wage>& value) { value = r.wage(s, key); }
void read(Reader& r, const Scope& s, std::string_view key, std::optional<bool>& value) { value = r.boolean(s, key); }
void read(Reader& r, const Scope& s, std::string_view key, bool& value) { value = r.boolean(s, key).value_or(false); }
void read(Reader& r, const Scope& s, std::string_view key, std::optional<YearRange>& value) { value = r.years(s, key); }
void read(Reader& r, const Scope& s, std::string_view key, YearRange& value) {
    value = r.years(s, key).value_or(YearRange{});
}
void read(Reader& r, const Scope& s, std::string_view key, Level& value) {
    if (auto level = r.level(s, key)) value = *level;  // else the default
}
void read(Reader& r, const Scope& s, std::string_view key, std::optional<Level>& value) { value = r.level(s, key); }
void read(Reader& r, const Scope& s, std::string_view key, std::optional<Balance>& value) { value = r.balance(s, key); }
void read(Reader& r, const Scope& s, std::string_view key, CareerKind& value) {
    value = r.career_kind(s, key).value_or(CareerKind::guide);
}
void read(Reader& r, const Scope& s, std::string_view key, std::vector<Score>& value) {
    if (auto table = r.table(s, key)) value = read_scores(r, *table);
}
template <HasFields T>
void read(Reader& r, const Scope& s, std::string_view key, T& value) {
    if (auto table = r.table(s, key)) read_table(r, *table, value);
}
template <HasFields T>
void read(Reader& r, const Scope& s, std::string_view key, std::optional<T>& value) {
    if (auto table = r.table(s, key)) read_table(r, *table, value.emplace());
}
template <HasFields T>
void read(Reader& r, const Scope& s, std::string_view key, std::vector<T>& value) {
    for (const Scope& table : r.tables(s, key)) read_table(r, table, value.emplace_back());
}

class FieldReader {
public:
    FieldReader(Reader& r, const Scope& scope) : r_(r), scope_(scope) {}

    template <typename T>
    FieldReader& operator()(std::string_view name, T& value) {
        const auto dot = name.find('.');
        if (dot != std::string_view::npos) {  // a key of a table of its own, opened once
            const std::string_view table = name.substr(0, dot);
            auto opened = tables_.find(table);
            if (opened == tables_.end()) opened = tables_.emplace(table, r_.table(scope_, table)).first;
            if (opened->second) FieldReader(r_, *opened->second)(name.substr(dot + 1), value);
            return *this;
        }
        // A member with no key here (the career's id, which is its file's name; a work style's
        // level) is not read.
        if (find_key(scope_.schema_of(name))) read(r_, scope_, name, value);
        return *this;
    }

private:
    Reader& r_;
    const Scope& scope_;
    std::map<std::string_view, std::optional<Scope>> tables_;
};

template <HasFields T>
void read_table(Reader& r, const Scope& scope, T& value) {
    FieldReader walk(r, scope);
    fields(walk, value);
}

// A stage of training: its own years, or its alternatives', from the shortest to the longest.
void read_table(Reader& r, const Scope& scope, EducationStage& stage) {
    FieldReader walk(r, scope);
    fields(walk, stage);
    // Years, or alternatives to take them from: one or the other.
    const toml::node* given = scope.table->get("years");
    if (given && !stage.alternatives.empty())
        r.report(Severity::error, given->source(), scope.field("years"),
                 "a stage with alternatives takes its years from them; remove years, or the alternatives");
    else if (!given && stage.alternatives.empty())
        r.report(Severity::error, scope.where, scope.field("years"),
                 "required key is missing: give the stage's years, or its alternatives");
    if (given || stage.alternatives.empty()) return;
    stage.years = stage.alternatives.front().years;
    for (const auto& route : stage.alternatives) {
        stage.years.min = std::min(stage.years.min, route.years.min);
        if (stage.years.max && route.years.max)
            stage.years.max = std::max(*stage.years.max, *route.years.max);
        else
            stage.years.max = std::nullopt;
    }
}

// A block of the day, which must end after it starts.
void read_table(Reader& r, const Scope& scope, DayBlock& block) {
    block.name = r.text(scope, "name");
    auto start = r.time(scope, "start");
    auto end = r.time(scope, "end");
    if (start && end && *end <= *start)
        r.report(Severity::error, scope.table->get("end")->source(), scope.field("end"), "the block ends before it starts");
    block.start = start.value_or(TimeOfDay{});
    block.end = end.value_or(TimeOfDay{});
    block.focus = r.text(scope, "focus");
    block.tasks = r.text_list(scope, "tasks");
}

// The outlook, and where each related role names a career, for the catalog's checks.
void read_table(Reader& r, const Scope& scope, JobOutlook& outlook) {
    FieldReader walk(r, scope);
    fields(walk, outlook);
    r.related_roles = r.references(scope, "related_roles");
}

Career read_career(Reader& r, const toml::table& root, const std::string& id,
                   std::vector<CareerReference>& references) {
    Career c;
    c.id = id;
    const Scope top{&root, "", "", root.source()};
    r.warn_unknown_keys(top);
    read_table(r, top, c);
    references = std::move(r.related_roles);
    return c;
}

}  // namespace

ParseResult parse_career(std::string_view toml_text, const std::string& file, const std::string& id,
                         SearchText text) {
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
        const int line = static_cast<int>(where.line), column = static_cast<int>(where.column);
        result.diagnostics.push_back({file, line, column, Severity::error, "",
                                      plain_syntax_error(error.description(), toml_text, line, column)});
        return result;
    }
    Positions where;
    std::vector<SourceReference> sources;
    Reader reader(file, id, result.diagnostics, where, sources);
    Career career = read_career(reader, root, id, result.references);
    check_career(career, where, sources, file, result.diagnostics);
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                     });
    if (has_errors(result.diagnostics)) return result;
    result.career = std::move(career);
    if (text == SearchText::gather) gather_search_text(root, result);
    return result;
}

ParseResult load_career_file(const std::string& path, const std::string& id, SearchText search_text) {
    std::string text;
    if (auto problem = read_career_text(path, text)) {
        ParseResult result;
        result.diagnostics.push_back(std::move(*problem));
        return result;
    }
    return parse_career(text, path, id, search_text);
}

}  // namespace career
