#include "render/formatting.hpp"

#include <cmath>

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

std::string format_percent(double percent) {
    std::string digits = format_score(std::abs(percent) < 0.05 ? 0.0 : std::abs(percent));
    return (percent < 0 && digits != "0" ? "−" : "") + digits + "%";
}

std::string format_wage(const std::optional<Wage>& wage, WagePeriod period) {
    if (!wage) return "not available";
    const std::int64_t cents = std::llround(wage->amount * 100);
    const std::string amount = period == WagePeriod::annual
                                   ? "$" + grouped_digits(std::llround(wage->amount))
                                   : fmt::format("${}.{:02}", grouped_digits(cents / 100), cents % 100);
    return wage->at_least ? amount + " or more" : amount;
}

std::string format_count(std::int64_t n, bool signed_) {
    if (n < 0) return "−" + grouped_digits(-n);
    return (signed_ && n > 0 ? "+" : "") + grouped_digits(n);
}

std::string format_score(double value) {
    std::string text = fmt::format("{:.2f}", value);
    while (text.ends_with('0')) text.pop_back();
    if (text.ends_with('.')) text.pop_back();
    return text;
}

}  // namespace career
