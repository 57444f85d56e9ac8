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

YearRange counted_years(const EducationStage& stage) {
    if (!stage.optional) return stage.years;
    return YearRange{0, stage.years.max};
}

std::optional<YearRange> training_years(const Education& education) {
    if (education.stages.empty()) return std::nullopt;
    YearRange total{0, 0};
    for (const auto& stage : education.stages) total = total + counted_years(stage);
    return total;
}

std::optional<YearRange> ladder_start(const Career& career) {
    const auto& stages = career.education.stages;
    if (stages.empty()) return std::nullopt;
    const std::string_view stage = career.tiers.empty() ? std::string_view{} : career.tiers.front().stage;
    YearRange start{0, 0};
    for (const auto& s : stages) {
        if (!stage.empty() && s.name == stage) return start;
        start = start + counted_years(s);
    }
    return start;
}

std::optional<YearRange> year_from_start(const Career& career, const Tier& tier) {
    const std::optional<YearRange> start = ladder_start(career);
    if (!start || !tier.experience) return std::nullopt;
    return *start + YearRange{tier.experience->min, tier.experience->min};
}

const SourceRecord* find_source(const Career& career, std::string_view id) {
    for (const auto& record : career.source_records)
        if (record.id == id) return &record;
    return nullptr;
}

std::string source_line(const Career& career, std::string_view id) {
    const SourceRecord* record = find_source(career, id);
    if (!record) return std::string(id);
    std::string line = record->title;
    if (!record->published.empty()) line += ", " + record->published;
    if (!record->url.empty()) line += ", " + record->url;
    return line;
}

std::string pay_basis(const SalaryBand& band) {
    std::string text = band.basis.empty() ? std::string("basis not given") : band.basis;
    return text + ", " + (band.year.empty() ? std::string("year not given") : band.year);
}

std::string growth_note(const JobOutlook& outlook) {
    std::string text = outlook.basis.empty() ? std::string("basis not given") : outlook.basis;
    return text + ", " + (outlook.period.empty() ? std::string("no period given") : outlook.period);
}

std::string_view soc_group(std::string_view soc) { return soc.size() >= 2 ? soc.substr(0, 2) : std::string_view{}; }

}  // namespace career
