#include "model/format.hpp"

#include <unordered_map>

#include <utility>

#include "model/levels.hpp"

namespace career {
namespace {

using K = ValueKind;
using S = Section;
// The rows are data, src/model/keys.toml, which the build turns into C++ (tools/key_table.cpp).
constexpr KeySpec kKeys[] = {
#include "model/key_table.inc"
};

// --- checks of the table itself, at compile time ---------------------------------------------------

constexpr const KeySpec* find_in_table(std::string_view path) {
    for (const auto& spec : kKeys)
        if (spec.path == path) return &spec;
    return nullptr;
}

constexpr bool is_table(ValueKind kind) { return kind == K::table || kind == K::table_array; }
constexpr bool is_number(ValueKind kind) {
    return kind == K::integer || kind == K::money || kind == K::percent || kind == K::year_range ||
           kind == K::decimal || kind == K::wage;
}

constexpr bool paths_are_unique() {
    for (const auto& spec : kKeys)
        if (find_in_table(spec.path) != &spec) return false;
    return true;
}

// "a.b" is in the table "a"; "a[].b" in the array of tables "a".
constexpr bool every_parent_is_a_table() {
    for (const auto& spec : kKeys) {
        const std::string_view parent = parent_path(spec.path);
        if (parent.empty()) continue;
        const KeySpec* table = find_in_table(parent);
        const bool in_array = spec.path.substr(parent.size()).starts_with("[]");
        if (!table || table->kind != (in_array ? K::table_array : K::table)) return false;
    }
    return true;
}

constexpr bool every_value_has_a_section() {
    for (const auto& spec : kKeys)
        if (spec.section == S::none && !is_table(spec.kind)) return false;
    return true;
}

constexpr bool columns_fit_kinds() {
    for (const auto& spec : kKeys) {
        if (spec.limits.bounded() && !is_number(spec.kind)) return false;
        if (spec.is_name && spec.kind != K::text && spec.kind != K::text_list) return false;
    }
    return true;
}

static_assert(paths_are_unique());
static_assert(every_parent_is_a_table());
static_assert(every_value_has_a_section(), "only a table may go to several sections");
static_assert(columns_fit_kinds(), "limits are for numbers, names are text");

}  // namespace

std::span<const KeySpec> career_keys() { return kKeys; }

const KeySpec* find_key(std::string_view path) {
    // Looked up for every value of every file read: by hash, not by walking the table.
    static const std::unordered_map<std::string_view, const KeySpec*> by_path = [] {
        std::unordered_map<std::string_view, const KeySpec*> map;
        for (const auto& spec : kKeys) map.emplace(spec.path, &spec);
        return map;
    }();
    const auto found = by_path.find(path);
    return found == by_path.end() ? nullptr : found->second;
}

const char* replacement_of(std::string_view path) {
    // Issue 13: free-text sources became records that each figure names by id.
    static constexpr std::pair<std::string_view, const char*> kReplaced[] = {
        {"references", "[[sources]] tables, which the figures name by id (career(5), Sources)"},
        {"education.source", "a source on each stage, education.stages[].source"},
    };
    for (const auto& [old, now] : kReplaced)
        if (old == path) return now;
    return nullptr;
}

std::string_view kind_name(ValueKind kind) {
    switch (kind) {
        case K::text: return "a string";
        case K::text_list: return "an array of strings";
        case K::integer:
        case K::percent: return "an integer";
        case K::money: return "a whole number of at least 0";
        case K::boolean: return "true or false";
        case K::year_range: return "a number of years or a table { min = N, max = M }";
        case K::time_of_day: return "a time \"HH:MM\"";
        case K::level:
        case K::balance:
        case K::career_kind: return "one of the words listed in career(5)";
        case K::decimal: return "a number";
        case K::wage: return "a number or a table { at_least = N }";
        case K::soc_code: return "a SOC code \"NN-NNNN\"";
        case K::source_id: return "a string";
        case K::table: return "a table";
        case K::table_array: return "an array of tables";
    }
    return "a value";
}

std::string grouped_digits(std::int64_t n) {
    const std::string digits = std::to_string(n);
    const std::size_t sign = n < 0 ? 1 : 0;
    std::string out = digits.substr(0, sign);
    for (std::size_t i = sign; i < digits.size(); ++i) {
        if (i > sign && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

namespace {

// "a, b or c".
std::string words_or(std::span<const std::string_view> words) {
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        out += i == 0 ? "" : i + 1 == words.size() ? " or " : ", ";
        out += words[i];
    }
    return out;
}

}  // namespace

std::string allowed_values(const KeySpec& spec) {
    switch (spec.kind) {
        case K::level: return words_or(level_words());
        case K::balance: return words_or(balance_words());
        case K::time_of_day: return "HH:MM, 24-hour, 00:00 to 23:59";
        case K::career_kind: return "guide or occupation";
        case K::soc_code: return "NN-NNNN, such as 29-1224";
        case K::source_id: return "the id of one of the file's [[sources]]";
        default: break;
    }
    const Limits& limits = spec.limits;
    if (!limits.bounded()) return {};
    if (limits.max == Limits{}.max) return "at least " + grouped_digits(limits.min);
    if (limits.min == Limits{}.min) return "at most " + grouped_digits(limits.max);
    return grouped_digits(limits.min) + " to " + grouped_digits(limits.max);
}

}  // namespace career
