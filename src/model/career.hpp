#pragma once
// A career as plain data: one struct per part of the guide, in the guide's order (career(5)).
// Optional figures are std::optional: "not given" is never confused with zero.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/levels.hpp"

namespace career {

using Money = std::int64_t;      // whole units of the salary's currency
using Paragraphs = std::string;  // prose; paragraphs separated by a blank line
using Items = std::vector<std::string>;

// A span of years: exactly N (min == max), N to M, or N and more (no max).
struct YearRange {
    int min = 0;
    std::optional<int> max;

    bool fixed() const { return max && *max == min; }
    bool open_ended() const { return !max; }
    friend bool operator==(const YearRange&, const YearRange&) = default;
};

YearRange operator+(const YearRange& a, const YearRange& b);

struct MarketDemand {
    Level level = Level::moderate;
    Paragraphs text;
};

struct SalaryBand {
    std::string country;
    std::string currency;
    std::optional<Money> minimum, maximum, median;
    std::optional<Money> entry, mid, senior;  // the levels
    std::optional<Money> top_10_percent;      // threshold of the top 10% of earners
    std::string top_earners;                  // the guide's sentence about them
    std::string source;
};

struct Role {
    Paragraphs core_functions;
    Items responsibilities;
    Paragraphs work_setting;
    Items tech_stack;
};

struct Qualifications {
    Paragraphs education_level;
    Items tech_skills;
    Items soft_abilities;
    Paragraphs path;
    Paragraphs required_education;
};

struct EducationStage {
    std::string name;
    YearRange years;
    std::string detail;
};

struct Milestone {
    std::string name;
    std::string detail;
};

struct Education {
    std::vector<EducationStage> stages;
    std::vector<Milestone> milestones;
    std::string source;
};

struct Tier {
    std::string title;
    YearRange experience;
    Paragraphs description;
    std::string source;  // where the years of experience come from, when not from the guide itself
};

struct Market {
    Paragraphs global_outlook;
    Paragraphs challenges;
    Paragraphs growth_paths;
    Paragraphs industry_trends;
};

// Minutes since midnight; a career file writes "HH:MM".
struct TimeOfDay {
    int minutes = 0;
    int hour() const { return minutes / 60; }
    int minute() const { return minutes % 60; }
    friend auto operator<=>(const TimeOfDay&, const TimeOfDay&) = default;
};

struct DayBlock {
    std::string name;
    TimeOfDay start, end;
    std::string focus;
    Items tasks;
};

struct WorkLife {
    std::optional<Level> stress;
    std::optional<Balance> balance;
    Paragraphs text;
};

struct SkillCategory {
    std::string name;
    std::string blurb;
    Items skills;
};

struct SkillMap {
    std::string intro;
    std::vector<SkillCategory> categories;
};

struct CaseStudy {
    std::string title;
    Paragraphs story;
    std::string takeaway;
};

struct JobOutlook {
    std::optional<int> growth_percent;
    std::string status;
    std::string source;
    Items related_roles;  // career ids
};

struct FaqEntry {
    std::string question;
    Paragraphs answer;
};

struct Career {
    std::string id;  // the file name without .toml
    std::string title;
    Items aliases;
    Items tags;  // what kind of career: "healthcare", "technology"; `career list --tag`
    Paragraphs summary;
    std::optional<bool> remote_friendly;

    std::optional<MarketDemand> market_demand;
    std::optional<SalaryBand> salary;
    Role role;
    Qualifications qualifications;
    Education education;
    std::vector<Tier> tiers;
    Market market;
    std::vector<DayBlock> day;
    WorkLife work_life;
    SkillMap skill_map;
    Items pros, cons;
    Items beginner_mistakes, contextual_advice;
    std::vector<CaseStudy> case_studies;
    Paragraphs portfolio_tips;
    JobOutlook job_outlook;
    std::vector<FaqEntry> faq;
    Items sources;
};

// Headline figures, each taken from the one place it is stored.
std::optional<Money> median_salary(const Career& career);
std::optional<int> growth_percent(const Career& career);

// Years of training from the first education stage to the end of the last; nullopt without stages.
std::optional<YearRange> training_years(const Education& education);

}  // namespace career
