#include "model/career.hpp"

namespace career {

YearRange operator+(const YearRange& a, const YearRange& b) {
    YearRange sum{a.min + b.min, std::nullopt};
    if (a.max && b.max) sum.max = *a.max + *b.max;
    return sum;
}

std::optional<Money> median_salary(const Career& career) {
    if (!career.salary) return std::nullopt;
    return career.salary->median;
}

std::optional<int> growth_percent(const Career& career) { return career.job_outlook.growth_percent; }

std::optional<YearRange> training_years(const Education& education) {
    if (education.stages.empty()) return std::nullopt;
    YearRange total{0, 0};
    for (const auto& stage : education.stages) total = total + stage.years;
    return total;
}



const SourceRecord* find_source(const Career& career, std::string_view id) {
    for (const auto& record : career.source_records)
        if (record.id == id) return &record;
    return nullptr;
}

std::string_view soc_group(std::string_view soc) { return soc.size() >= 2 ? soc.substr(0, 2) : std::string_view{}; }

}  // namespace career
