#include "render/career_json.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <deque>
#include <sstream>
#include <type_traits>

#include <fmt/format.h>

#include "model/career_fields.hpp"
#include "model/summary.hpp"
#include "render/section_table.hpp"

namespace career {
namespace {

class JsonFields;

// Types the model describes member by member (model/career_fields.hpp).
template <typename T>
concept HasFields = requires(JsonFields& walk, const T& value) { fields(walk, value); };

// Absent data is an absent key: an empty string or list, or a missing figure, is left out; so is a
// flag that is off, and a part with nothing in it.
void put(toml::table& t, std::string_view key, const std::string& text);
void put(toml::table& t, std::string_view key, const Items& items);
template <typename Number>
    requires std::is_integral_v<Number>
void put(toml::table& t, std::string_view key, const std::optional<Number>& number);
void put(toml::table& t, std::string_view key, const std::optional<double>& number);
void put(toml::table& t, std::string_view key, const std::optional<Wage>& wage);
void put(toml::table& t, std::string_view key, const std::optional<bool>& flag);
void put(toml::table& t, std::string_view key, bool flag);
void put(toml::table& t, std::string_view key, int number);
void put(toml::table& t, std::string_view key, double number);
void put(toml::table& t, std::string_view key, CareerKind kind);
void put(toml::table& t, std::string_view key, Level level);
void put(toml::table& t, std::string_view key, const std::optional<Level>& level);
void put(toml::table& t, std::string_view key, const std::optional<Balance>& balance);
void put(toml::table& t, std::string_view key, const YearRange& years);
void put(toml::table& t, std::string_view key, const std::optional<YearRange>& years);
void put(toml::table& t, std::string_view key, TimeOfDay time);
void put(toml::table& t, std::string_view key, const std::vector<Score>& scores);
void put(toml::table& t, std::string_view key, toml::table&& inner);
void put(toml::table& t, std::string_view key, toml::array&& inner);
template <HasFields T>
void put(toml::table& t, std::string_view key, const T& part);
template <HasFields T>
void put(toml::table& t, std::string_view key, const std::optional<T>& part);
template <HasFields T>
void put(toml::table& t, std::string_view key, const std::vector<T>& parts);

// Puts each member under its name; one named "table.key" into a table of that name.
class JsonFields {
public:
    explicit JsonFields(toml::table& t) : t_(t) {}

    template <typename T>
    JsonFields& operator()(std::string_view name, const T& value) {
        const auto dot = name.find('.');
        if (dot == std::string_view::npos) {
            put(t_, name, value);
            return *this;
        }
        toml::table inner;
        JsonFields{inner}(name.substr(dot + 1), value);
        if (inner.empty()) return *this;
        const std::string_view table = name.substr(0, dot);
        if (!t_.contains(table)) t_.insert(table, toml::table{});
        for (auto&& [key, node] : inner) t_.get(table)->as_table()->insert_or_assign(key, std::move(node));
        return *this;
    }

private:
    toml::table& t_;
};

template <HasFields T>
toml::table table_of(const T& part) {
    toml::table t;
    JsonFields walk(t);
    fields(walk, part);
    return t;
}

// Each of a technology's marks, off or on.
toml::table table_of(const Technology& technology) {
    return toml::table{{"name", technology.name}, {"category", technology.category}, {"hot", technology.hot},
                       {"in_demand", technology.in_demand}};
}

void put(toml::table& t, std::string_view key, const std::string& text) {
    if (!text.empty()) t.insert(key, text);
}
void put(toml::table& t, std::string_view key, const Items& items) {
    if (items.empty()) return;
    toml::array array;
    for (const auto& item : items) array.push_back(item);
    t.insert(key, std::move(array));
}
template <typename Number>
    requires std::is_integral_v<Number>
void put(toml::table& t, std::string_view key, const std::optional<Number>& number) {
    if (number) t.insert(key, static_cast<std::int64_t>(*number));
}
// A figure with a fraction as a number with a fraction; a whole one (an annual wage) as an integer.
void put(toml::table& t, std::string_view key, const std::optional<double>& number) {
    if (!number) return;
    if (*number == std::trunc(*number) && std::abs(*number) < 9e15)
        t.insert(key, static_cast<std::int64_t>(*number));
    else
        t.insert(key, *number);
}
// A wage: its amount, or { at_least = top code } above the survey's top code, as in the file.
void put(toml::table& t, std::string_view key, const std::optional<Wage>& wage) {
    if (!wage) return;
    if (wage->at_least) {
        toml::table at_least;
        put(at_least, "at_least", std::optional<double>(wage->amount));
        t.insert(key, std::move(at_least));
    } else {
        put(t, key, std::optional<double>(wage->amount));
    }
}
void put(toml::table& t, std::string_view key, const std::optional<bool>& flag) {
    if (flag) t.insert(key, *flag);
}
void put(toml::table& t, std::string_view key, bool flag) {
    if (flag) t.insert(key, true);
}
// A score or a share as the number it is, fraction or none.
void put(toml::table& t, std::string_view key, int number) { t.insert(key, number); }
void put(toml::table& t, std::string_view key, double number) { t.insert(key, number); }
// A guide is what a career is unless it says otherwise.
void put(toml::table& t, std::string_view key, CareerKind kind) {
    if (kind == CareerKind::occupation) t.insert(key, "occupation");
}
void put(toml::table& t, std::string_view key, Level level) { t.insert(key, std::string(word_of(level))); }
void put(toml::table& t, std::string_view key, const std::optional<Level>& level) {
    if (level) put(t, key, *level);
}
void put(toml::table& t, std::string_view key, const std::optional<Balance>& balance) {
    if (balance) t.insert(key, std::string(word_of(*balance)));
}
void put(toml::table& t, std::string_view key, const YearRange& years) { t.insert(key, year_range_json(years)); }
void put(toml::table& t, std::string_view key, const std::optional<YearRange>& years) {
    if (years) put(t, key, *years);
}
void put(toml::table& t, std::string_view key, TimeOfDay time) {
    t.insert(key, fmt::format("{:02}:{:02}", time.hour(), time.minute()));
}
// Scores as the file has them: a table of each score by its name.
void put(toml::table& t, std::string_view key, const std::vector<Score>& scores) {
    toml::table by_name;
    for (const auto& score : scores) by_name.insert(score.name, score.value);
    put(t, key, std::move(by_name));
}
void put(toml::table& t, std::string_view key, toml::table&& inner) {
    if (!inner.empty()) t.insert(key, std::move(inner));
}
void put(toml::table& t, std::string_view key, toml::array&& inner) {
    if (!inner.empty()) t.insert(key, std::move(inner));
}
template <HasFields T>
void put(toml::table& t, std::string_view key, const T& part) {
    put(t, key, table_of(part));
}
template <HasFields T>
void put(toml::table& t, std::string_view key, const std::optional<T>& part) {
    if (part) put(t, key, *part);
}
template <HasFields T>
void put(toml::table& t, std::string_view key, const std::vector<T>& parts) {
    toml::array array;
    for (const auto& part : parts) array.push_back(table_of(part));
    put(t, key, std::move(array));
}

// The keys career_json computes, by name here and where they are written.
constexpr KeySpec kIdKey{"id", ValueKind::text, true, Section::summary, {},
                         "The career's id: the name of its file, without .toml."};
constexpr KeySpec kTotalYearsKey{"education.total_years", ValueKind::year_range, false, Section::education,
                                 Limits{.min = 0},
                                 "The years of all the stages of training together, an optional stage from 0; given when there are "
                                 "stages."};
// A guide's occupation (Career::links): who it is, and its official figures under the keys of its
// own file; and an occupation's guides.
constexpr KeySpec kOccupationKey{"occupation", ValueKind::table, false, Section::none, {},
                                 "The occupation a guide is about (its SOC code), with its official figures "
                                 "under the keys of the occupation's own document; given by career show."};
constexpr KeySpec kLinkKeys[] = {
    {"occupation.id", ValueKind::text, true, Section::summary, {}, "The occupation's id."},
    {"occupation.soc", ValueKind::soc_code, true, Section::summary, {}, "Its SOC code."},
    {"occupation.title", ValueKind::text, true, Section::summary, {}, "Its title."},
    {"guides", ValueKind::table_array, false, Section::summary, {},
     "The guides about an occupation (the careers of kind guide with its SOC code); given by career show."},
    {"guides[].id", ValueKind::text, true, Section::summary, {}, "The guide's id."},
    {"guides[].title", ValueKind::text, true, Section::summary, {}, "Its title."},
};
// The parts of an occupation's document that a guide's carries under "occupation".
constexpr std::string_view kOfficialParts[] = {"wages", "projections", "training", "sources"};
// A growth rate's period and source, beside it (model/summary.hpp, growth_basis): the same words
// as `list` and `compare` give under the same key.
constexpr KeySpec kGuideGrowthBasisKey{
    "job_outlook.growth_basis", ValueKind::text, false, Section::outlook, {},
    "The period and source of growth_percent: \"as stated in SOURCE, no period given\"; given with it."};
constexpr KeySpec kGrowthBasisKey{"projections.growth_basis", ValueKind::text, false, Section::outlook, {},
                                  "The period and source of change_percent: \"2024–34, BLS\"; given with it."};
constexpr std::array kIdentityKeys{kIdKey.path, std::string_view("title")};

bool official_part(std::string_view path) {
    const std::string_view root = path.substr(0, path.find_first_of(".["));
    return std::find(std::begin(kOfficialParts), std::end(kOfficialParts), root) != std::end(kOfficialParts);
}

// The computed keys: the id, the total years, and the links, with the official parts' keys of the
// key table under "occupation".
const std::vector<KeySpec>& computed_keys() {
    // The official parts' keys: those of the key table, and the one computed in them.
    static const std::vector<KeySpec> official = [] {
        std::vector<KeySpec> out;
        for (const KeySpec& spec : career_keys())
            if (official_part(spec.path)) out.push_back(spec);
        out.push_back(kGrowthBasisKey);
        return out;
    }();
    static const std::deque<std::string> paths = [] {
        std::deque<std::string> out;
        for (const KeySpec& spec : official) out.push_back("occupation." + std::string(spec.path));
        return out;
    }();
    static const std::vector<KeySpec> keys = [] {
        std::vector<KeySpec> out{kIdKey, kTotalYearsKey, kGuideGrowthBasisKey, kGrowthBasisKey, kOccupationKey};
        out.insert(out.end(), std::begin(kLinkKeys), std::begin(kLinkKeys) + 3);
        std::size_t next = 0;
        for (const KeySpec& spec : official) {
            KeySpec copy = spec;
            copy.path = paths[next++];
            out.push_back(copy);
        }
        out.insert(out.end(), std::begin(kLinkKeys) + 3, std::end(kLinkKeys));
        return out;
    }();
    return keys;
}

// Copies the value at a dotted `path` of `from` into the same place in `to`.
void copy_path(const toml::table& from, std::string_view path, toml::table& to) {
    const auto dot = path.find('.');
    const std::string_view head = path.substr(0, dot);
    const toml::node* node = from.get(head);
    if (!node) return;
    if (dot == std::string_view::npos) {
        to.insert_or_assign(head, *node);
        return;
    }
    if (!node->is_table()) return;
    if (!to.contains(head)) to.insert(head, toml::table{});
    copy_path(*node->as_table(), path.substr(dot + 1), *to.get(head)->as_table());
    if (to.get(head)->as_table()->empty()) to.erase(head);
}

}  // namespace

std::span<const KeySpec> computed_json_keys() { return computed_keys(); }

std::span<const std::string_view> identity_json_keys() { return kIdentityKeys; }

toml::table year_range_json(const YearRange& years) {
    toml::table t{{"min", years.min}};
    if (years.max) t.insert("max", *years.max);
    return t;
}

toml::table career_json(const Career& c) {
    toml::table t = table_of(c);
    // The keys computed beside the figures they are about.
    if (c.job_outlook.growth_percent)
        t.get("job_outlook")->as_table()->insert(leaf_name(kGuideGrowthBasisKey.path), growth_basis(c));
    if (c.projections && c.projections->change_percent)
        t.get("projections")->as_table()->insert(leaf_name(kGrowthBasisKey.path), growth_basis(c));
    if (auto total = training_years(c.education))
        t.get("education")->as_table()->insert(leaf_name(kTotalYearsKey.path), year_range_json(*total));

    if (const auto& occupation = c.links.occupation) {
        const toml::table full = career_json(*occupation);
        toml::table official{{"id", occupation->id}, {"soc", occupation->soc}, {"title", occupation->title}};
        for (auto part : kOfficialParts)
            if (const toml::node* node = full.get(part)) official.insert(part, *node);
        t.insert(kOccupationKey.path, std::move(official));
    }
    toml::array guides;
    for (const auto& guide : c.links.guides) guides.push_back(toml::table{{"id", guide.id}, {"title", guide.title}});
    put(t, "guides", std::move(guides));
    return t;
}

toml::table section_json(const toml::table& full, Section section) {
    toml::table part;
    for (auto path : section_keys(section)) copy_path(full, path, part);
    return part;
}

toml::table career_json(const Career& career, const std::vector<Section>& only) {
    toml::table full = career_json(career);
    if (only.empty()) return full;
    toml::table chosen;
    for (auto key : kIdentityKeys) copy_path(full, key, chosen);
    for (Section section : only)
        for (auto path : section_keys(section)) copy_path(full, path, chosen);
    // Any part of a guide's occupation comes with what it is: its id, SOC code and title.
    if (chosen.contains(kOccupationKey.path))
        for (const KeySpec& key : std::span(kLinkKeys, 3)) copy_path(full, key.path, chosen);
    return chosen;
}

void write_json(const toml::node& document, Sink& out) {
    // toml++ writes the JSON (its escaping, not ours). A number with a fraction is written with the
    // stream's default precision, six significant digits, rather than all seventeen, which would
    // turn 15.8 into 15.800000000000001: every fractional figure we have has fewer (wages have
    // cents, rates one decimal, O*NET scores two), and whole figures are integers (career_json).
    constexpr auto flags = toml::json_formatter::default_flags | toml::format_flags::relaxed_float_precision;
    std::ostringstream text;
    if (document.is_table())
        text << toml::json_formatter{*document.as_table(), flags};
    else
        text << toml::json_formatter{*document.as_array(), flags};
    text << '\n';
    out.write(text.str());
}

}  // namespace career
