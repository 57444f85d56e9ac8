#include "load/career_codec.hpp"

#include <bit>
#include <concepts>
#include <type_traits>
#include <vector>

#include "load/cache_file.hpp"

namespace career {
namespace {

// The members of each part of the model, listed once, in declaration order: the same list writes
// a career and reads it back. `T` is the struct, const when writing.
template <typename T, typename Struct>
concept Is = std::same_as<std::remove_const_t<T>, Struct>;

template <typename IO, Is<YearRange> T> void members(IO& io, T& v) { io(v.min, v.max); }
template <typename IO, Is<MarketDemand> T> void members(IO& io, T& v) { io(v.level, v.text); }
template <typename IO, Is<SalaryBand> T> void members(IO& io, T& v) {
    io(v.country, v.currency, v.minimum, v.maximum, v.median, v.entry, v.mid, v.senior, v.top_10_percent,
       v.top_earners, v.source, v.basis, v.year);
}
template <typename IO, Is<Role> T> void members(IO& io, T& v) {
    io(v.core_functions, v.responsibilities, v.work_setting, v.tech_stack);
}
template <typename IO, Is<Qualifications> T> void members(IO& io, T& v) {
    io(v.education_level, v.tech_skills, v.soft_abilities, v.path, v.required_education);
}
template <typename IO, Is<StageAlternative> T> void members(IO& io, T& v) {
    io(v.name, v.years, v.detail, v.prerequisite, v.source);
}
template <typename IO, Is<EducationStage> T> void members(IO& io, T& v) {
    io(v.name, v.years, v.detail, v.source, v.optional, v.alternatives);
}
template <typename IO, Is<Milestone> T> void members(IO& io, T& v) { io(v.name, v.detail, v.years, v.source); }
template <typename IO, Is<Education> T> void members(IO& io, T& v) { io(v.stages, v.milestones); }
template <typename IO, Is<Tier> T> void members(IO& io, T& v) {
    io(v.title, v.experience, v.description, v.source, v.stage);
}
template <typename IO, Is<Market> T> void members(IO& io, T& v) {
    io(v.global_outlook, v.challenges, v.growth_paths, v.industry_trends);
}
template <typename IO, Is<TimeOfDay> T> void members(IO& io, T& v) { io(v.minutes); }
template <typename IO, Is<DayBlock> T> void members(IO& io, T& v) { io(v.name, v.start, v.end, v.focus, v.tasks); }
template <typename IO, Is<WorkLife> T> void members(IO& io, T& v) { io(v.stress, v.balance, v.text); }
template <typename IO, Is<SkillCategory> T> void members(IO& io, T& v) { io(v.name, v.blurb, v.skills); }
template <typename IO, Is<SkillMap> T> void members(IO& io, T& v) { io(v.intro, v.categories); }
template <typename IO, Is<CaseStudy> T> void members(IO& io, T& v) { io(v.title, v.story, v.takeaway); }
template <typename IO, Is<JobOutlook> T> void members(IO& io, T& v) {
    io(v.growth_percent, v.basis, v.period, v.status, v.source, v.related_roles, v.related_roles_ours);
}
template <typename IO, Is<FaqEntry> T> void members(IO& io, T& v) { io(v.question, v.answer); }
template <typename IO, Is<SourceRecord> T> void members(IO& io, T& v) {
    io(v.id, v.title, v.url, v.published, v.retrieved, v.license, v.credit);
}
template <typename IO, Is<Wage> T> void members(IO& io, T& v) { io(v.amount, v.at_least); }
template <typename IO, Is<WagePercentiles> T> void members(IO& io, T& v) {
    io(v.p10, v.p25, v.median, v.p75, v.p90, v.mean);
}
template <typename IO, Is<WageYear> T> void members(IO& io, T& v) { io(v.year, v.median, v.source); }
template <typename IO, Is<Wages> T> void members(IO& io, T& v) {
    io(v.source, v.employment, v.annual, v.hourly, v.history);
}
template <typename IO, Is<Projections> T> void members(IO& io, T& v) {
    io(v.source, v.employment_2024, v.employment_2034, v.change, v.openings, v.change_percent,
       v.self_employed_percent, v.median_wage);
}
template <typename IO, Is<EducationShare> T> void members(IO& io, T& v) { io(v.level, v.percent); }
template <typename IO, Is<Preparation> T> void members(IO& io, T& v) {
    io(v.source, v.entry_education, v.work_experience, v.on_the_job_training, v.job_zone, v.job_zone_name,
       v.job_zone_source, v.education_levels, v.education_levels_source);
}
template <typename IO, Is<Technology> T> void members(IO& io, T& v) { io(v.name, v.category, v.hot, v.in_demand); }
template <typename IO, Is<Rating> T> void members(IO& io, T& v) { io(v.name, v.importance, v.level); }
template <typename IO, Is<Score> T> void members(IO& io, T& v) { io(v.name, v.value); }
template <typename IO, Is<RelatedOccupation> T> void members(IO& io, T& v) { io(v.soc, v.title, v.tier, v.id); }
template <typename IO, Is<Work> T> void members(IO& io, T& v) {
    io(v.source, v.core_tasks, v.supplemental_tasks, v.technology, v.skills, v.knowledge, v.work_styles,
       v.interests, v.work_values, v.related);
}
template <typename IO, Is<Career> T> void members(IO& io, T& v) {
    io(v.id, v.kind, v.soc, v.title, v.bls_title, v.group, v.aliases, v.alternate_titles, v.reported_titles, v.tags,
       v.summary, v.remote_friendly, v.remote_friendly_source, v.market_demand, v.salary, v.role,
       v.qualifications, v.education, v.tiers, v.market, v.day, v.work_life, v.skill_map, v.pros, v.cons,
       v.beginner_mistakes, v.contextual_advice, v.case_studies, v.portfolio_tips, v.job_outlook, v.faq, v.wages,
       v.projections, v.preparation, v.work, v.source_records);
}

class CareerWriter {
public:
    template <typename... T>
    void operator()(const T&... values) {
        (put(values), ...);
    }
    std::string& out() { return encoder_.out(); }

private:
    void put(const std::string& value) { encoder_.text(value); }
    void put(bool value) { encoder_.number(value ? 1 : 0); }
    void put(double value) { encoder_.number(std::bit_cast<std::int64_t>(value)); }  // its bits: exact
    template <typename T>
        requires std::is_integral_v<T> || std::is_enum_v<T>
    void put(T value) {
        encoder_.number(static_cast<std::int64_t>(value));
    }
    template <typename T>
    void put(const std::optional<T>& value) {
        put(value.has_value());
        if (value) put(*value);
    }
    template <typename T>
    void put(const std::vector<T>& items) {
        encoder_.number(static_cast<std::int64_t>(items.size()));
        for (const auto& item : items) put(item);
    }
    template <typename T>
        requires std::is_class_v<T>
    void put(const T& value) {
        members(*this, value);
    }

    Encoder encoder_;
};

class CareerReader {
public:
    explicit CareerReader(std::string_view bytes) : decoder_(bytes) {}

    template <typename... T>
    void operator()(T&... values) {
        (get(values), ...);
    }
    bool ok() const { return decoder_.ok(); }
    bool done() const { return decoder_.done(); }

private:
    void get(std::string& value) { value = decoder_.text(); }
    void get(bool& value) { value = decoder_.number() != 0; }
    void get(double& value) { value = std::bit_cast<double>(decoder_.number()); }
    template <typename T>
        requires std::is_integral_v<T> || std::is_enum_v<T>
    void get(T& value) {
        value = static_cast<T>(decoder_.number());
    }
    template <typename T>
    void get(std::optional<T>& value) {
        bool present = false;
        get(present);
        if (!present || !ok()) return value.reset();
        get(value.emplace());
    }
    template <typename T>
    void get(std::vector<T>& items) {
        const std::int64_t count = decoder_.number();
        for (std::int64_t i = 0; ok() && i < count; ++i) get(items.emplace_back());
    }
    template <typename T>
        requires std::is_class_v<T>
    void get(T& value) {
        members(*this, value);
    }

    Decoder decoder_;
};

}  // namespace

std::string encode_career(const Career& career) {
    CareerWriter writer;
    writer(career);
    return std::move(writer.out());
}

std::optional<Career> decode_career(std::string_view bytes) {
    CareerReader reader(bytes);
    Career career;
    reader(career);
    if (!reader.ok() || !reader.done()) return std::nullopt;
    return career;
}

}  // namespace career
