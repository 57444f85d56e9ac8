#include "render/formatting.hpp"

#include <fmt/format.h>

#include "model/format.hpp"

namespace career {
namespace {

std::string_view symbol_of(std::string_view currency) {
    if (currency == "USD") return "$";
    if (currency == "EUR") return "€";
    if (currency == "GBP") return "£";
    return "";
}

}  // namespace

std::string format_money(Money amount, std::string_view currency) {
    const std::string_view symbol = symbol_of(currency);
    if (symbol.empty()) return fmt::format("{} {}", grouped_digits(amount), currency);
    return fmt::format("{}{}", symbol, grouped_digits(amount));
}

std::string format_money_range(Money low, Money high, std::string_view currency) {
    return format_money(low, currency) + "–" + format_money(high, currency);
}

std::string format_years(const YearRange& years) {
    if (years.open_ended()) return fmt::format("{}+ years", years.min);
    if (years.fixed()) return fmt::format("{} year{}", years.min, years.min == 1 ? "" : "s");
    return fmt::format("{}–{} years", years.min, *years.max);
}

std::string format_time(TimeOfDay time) {
    const int hour12 = time.hour() % 12 == 0 ? 12 : time.hour() % 12;
    return fmt::format("{}:{:02} {}", hour12, time.minute(), time.hour() < 12 ? "AM" : "PM");
}

std::string format_percent(int percent) {
    return percent < 0 ? fmt::format("−{}%", -percent) : fmt::format("{}%", percent);
}

}  // namespace career
