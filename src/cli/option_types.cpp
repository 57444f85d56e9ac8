#include "cli/option_types.hpp"

#include <charconv>
#include <map>
#include <memory>

namespace career {
namespace {

// What options take, by option. The values themselves are held by a validator of the option that
// checks nothing, so they go when the option goes; held weakly here, they are never taken for those
// of another option made later at the same address (tests make many CLI::Apps, one after another).
std::map<const CLI::Option*, std::weak_ptr<const OptionValues>>& recorded_values() {
    static std::map<const CLI::Option*, std::weak_ptr<const OptionValues>> recorded;
    return recorded;
}

CLI::Option* record_values(CLI::Option* option, OptionValues values) {
    auto held = std::make_shared<const OptionValues>(std::move(values));
    option->check(CLI::Validator([held](std::string&) { return std::string(); }, "", "completes to"));
    std::erase_if(recorded_values(), [](const auto& entry) { return entry.second.expired(); });
    recorded_values()[option] = held;
    return option;
}

}  // namespace

std::string either_of(std::span<const std::string_view> names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += fmt::format("{}{}", i == 0 ? "" : i + 1 == names.size() ? " or " : ", ", names[i]);
    return out;
}

std::string not_one_of(std::string_view value, std::span<const std::string_view> names, std::string_view what) {
    std::string message = fmt::format("'{}' is not a {}", value, what);
    const std::vector<std::string> candidates(names.begin(), names.end());
    if (auto near = closest_match(value, candidates)) message += fmt::format("; did you mean '{}'?", *near);
    return message + fmt::format(" (one of: {})", either_of(names));
}

CLI::Option* with_values(CLI::Option* option, OptionValues::Kind kind) {
    return record_values(option, OptionValues{kind, {}});
}

CLI::Option* with_values(CLI::Option* option, std::span<const std::string_view> names) {
    return record_values(option, OptionValues{OptionValues::Kind::one_of, {names.begin(), names.end()}});
}

OptionValues values_of(const CLI::Option& option) {
    const auto found = recorded_values().find(&option);
    if (found == recorded_values().end()) return {};
    const auto values = found->second.lock();
    return values ? *values : OptionValues{};
}

std::vector<Named<SortKey>> sort_key_names(std::initializer_list<SortKey> keys) {
    static constexpr Named<SortKey> kNames[] = {
        {"id", SortKey::id},           {"title", SortKey::title},         {"soc", SortKey::soc},
        {"median", SortKey::median},   {"growth", SortKey::growth},       {"openings", SortKey::openings},
        {"employment", SortKey::employment}, {"training", SortKey::training}, {"p10", SortKey::p10},
        {"p25", SortKey::p25},         {"p75", SortKey::p75},             {"p90", SortKey::p90},
        {"entry", SortKey::entry},     {"senior", SortKey::senior},       {"top", SortKey::top},
        {"minimum", SortKey::minimum}, {"maximum", SortKey::maximum},     {"given", SortKey::given},
    };
    std::vector<Named<SortKey>> names;
    for (const SortKey key : keys)
        for (const auto& named : kNames)
            if (named.value == key) names.push_back(named);
    return names;
}

std::span<const Named<Section>> section_names() {
    static const std::vector<Named<Section>> names = [] {
        std::vector<Named<Section>> out;
        for (const auto& info : all_sections()) out.push_back({info.name, info.section});
        return out;
    }();
    return names;
}

std::span<const Named<Section>> old_section_names() {
    static const std::vector<Named<Section>> names = [] {
        std::vector<Named<Section>> out;
        for (const auto& info : all_sections())
            if (!info.old_name.empty()) out.push_back({info.old_name, info.section});
        return out;
    }();
    return names;
}

CLI::Validator whole_number(std::string what, long long min, long long max, std::string example) {
    return CLI::Validator(
        [=](std::string& typed) -> std::string {
            long long value = 0;
            const char* end = typed.data() + typed.size();
            const auto [stop, error] = std::from_chars(typed.data(), end, value);
            if (error == std::errc() && stop == end && value >= min && value <= max) return {};
            if (error == std::errc() && stop == end)
                return fmt::format("'{}' is out of range: expected a whole number of {} from {} to {}", typed,
                                   what, min, max);
            return fmt::format("'{}': expected a whole number of {}, e.g. {}", typed, what, example);
        },
        "", what);
}

}  // namespace career
