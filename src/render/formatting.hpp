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

}  // namespace career
