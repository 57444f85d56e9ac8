#pragma once
// Options whose value is one of a fixed set become enums through a CLI11 transformer made from the
// set's table of names; numbers get a message that says what is expected. Every mistake is a usage
// error that says what would have been right.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli/context.hpp"
#include "load/suggest.hpp"
#include "model/sections.hpp"
#include "render/section_table.hpp"

namespace career {

// "a, b or c"
std::string either_of(std::span<const std::string_view> names);

// The message for a value that is none of `names`: "'x' is not a WHAT; did you mean 'y'? (WHATs:
// a, b or c)".
std::string not_one_of(std::string_view value, std::span<const std::string_view> names, std::string_view what);

// Turns the value typed into its enum, as CLI11 then reads it (the enum's number); any other value
// is refused with not_one_of(). Names are matched in any case.
template <typename Value>
CLI::Validator choice(std::span<const Named<Value>> table, std::string what) {
    std::vector<std::pair<std::string, int>> names;
    for (const auto& [name, value] : table) names.emplace_back(name, static_cast<int>(value));
    return CLI::Validator(
        [names, what](std::string& typed) -> std::string {
            for (const auto& [name, number] : names) {
                if (CLI::detail::to_lower(typed) == name) {
                    typed = std::to_string(number);
                    return {};
                }
            }
            std::vector<std::string_view> known;
            for (const auto& [name, number] : names) known.push_back(name);
            return not_one_of(typed, known, what);
        },
        "", what);
}

template <typename Value>
std::vector<std::string_view> names_of(std::span<const Named<Value>> table) {
    std::vector<std::string_view> names;
    for (const auto& named : table) names.push_back(named.name);
    return names;
}

// The names `--section` takes, in the guide's order.
std::span<const Named<Section>> section_names();

// A whole number from `min` to `max`, else "expected a whole number of WHAT, e.g. EXAMPLE".
CLI::Validator whole_number(std::string what, long long min, long long max, std::string example);

}  // namespace career
