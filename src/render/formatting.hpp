#pragma once
// How figures read in prose: money, ranges, years, times, percentages.
#include <optional>
#include <string>
#include <string_view>

#include "model/career.hpp"

namespace career {

// 475000, "USD" -> "$475,000"; a currency without a symbol we know -> "475,000 CHF".
std::string format_money(Money amount, std::string_view currency);

// "$350,000–$600,000" (an en dash between the ends).
std::string format_money_range(Money low, Money high, std::string_view currency);

// {0,2} -> "0–2 years", {15} -> "15+ years", {4,4} -> "4 years", {1,1} -> "1 year".
std::string format_years(const YearRange& years);

// 07:00 -> "7:00 AM", 15:00 -> "3:00 PM", 00:30 -> "12:30 AM".
std::string format_time(TimeOfDay time);

// 8 -> "8%", -1 -> "−1%" (a true minus sign reads better than a hyphen).
std::string format_percent(int percent);

// 15.8 -> "15.8%", 3.0 -> "3%", -1.2 -> "−1.2%": as published, with one decimal at most.
std::string format_percent(double percent);

// A wage in dollars, annual "$133,080" or hourly "$63.98"; above the survey's top code
// "$239,200 or more"; "not available" where the survey gives none.
enum class WagePeriod { annual, hourly };
std::string format_wage(const std::optional<Wage>& wage, WagePeriod period = WagePeriod::annual);

// 1654440 -> "1,654,440"; with a sign when `signed_`: "+267,700", "−3,100".
std::string format_count(std::int64_t n, bool signed_ = false);

// 4.12 -> "4.12", 4.0 -> "4": a score as O*NET publishes it.
std::string format_score(double value);

}  // namespace career
