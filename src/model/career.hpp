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

// --- what an occupation of the national catalog holds (data/occupations/, career(5)) ------------

// Guides are written by hand from a source page; occupations are generated from the publishers'
// spreadsheets (tools/import-occupations).
enum class CareerKind { guide, occupation };

// A source record: what a figure's `source` names by its id.
struct SourceRecord {
    std::string id;
    std::string title;
    std::string url;
    std::string published;  // as the source states it: "2025", "May 2025"
    std::string retrieved;
    std::string license;
    std::string credit;     // the attribution its licence asks for, shown wherever its content is
};

// A wage as BLS publishes it: an amount, or, above the top code of the survey, "at least" the top
// code. Hourly wages have cents.
struct Wage {
    double amount = 0;
    bool at_least = false;
    friend bool operator==(const Wage&, const Wage&) = default;
};

struct WagePercentiles {
    std::optional<Wage> p10, p25, median, p75, p90, mean;
};

struct WageYear {
    int year = 0;
    std::optional<Wage> median;  // absent: not available that year
    std::string source;
};

// OEWS, national: pay and employment.
struct Wages {
    std::string source;
    std::optional<std::int64_t> employment;
    WagePercentiles annual, hourly;
    std::vector<WageYear> history;  // the annual median by year, oldest first, nominal dollars
};

// Employment Projections: employment in the base year and ten years on, the change, openings.
struct Projections {
    std::string source;
    std::optional<std::int64_t> employment_2024, employment_2034, change, openings;
    std::optional<double> change_percent, self_employed_percent;
    std::optional<Wage> median_wage;
};

struct EducationShare {
    std::string level;
    double percent = 0;
};

// What it takes to enter: the EP's typical requirements, O*NET's job zone and the education levels
// its workers report.
struct Preparation {
    std::string source;
    std::string entry_education, work_experience, on_the_job_training;
    std::optional<int> job_zone;
    std::string job_zone_name, job_zone_source;
    std::vector<EducationShare> education_levels;
    std::string education_levels_source;
};

struct Technology {
    std::string name;
    std::string category;
    bool hot = false;        // O*NET's "hot technology"
    bool in_demand = false;  // O*NET's "in demand"
};

// An O*NET descriptor with its importance (1-5) and, for skills and knowledge, its level (0-7).
struct Rating {
    std::string name;
    double importance = 0;
    std::optional<double> level;
};

// An O*NET score by name: interests (1-7) and work values (1-7).
struct Score {
    std::string name;  // as the key is written: "realistic", "working_conditions"
    double value = 0;
};

struct RelatedOccupation {
    std::string soc;  // O*NET-SOC code, "15-1253.00"
    std::string title;
    std::string tier;
    std::string id;  // the catalog's id, when it is in the catalog
};

// O*NET: the work itself.
struct Work {
    std::string source;
    Items core_tasks, supplemental_tasks;
    std::vector<Technology> technology;
    std::vector<Rating> skills, knowledge, work_styles;
    std::vector<Score> interests, work_values;
    std::vector<RelatedOccupation> related;
};

struct Career {
    std::string id;  // the file name without .toml
    CareerKind kind = CareerKind::guide;
    std::string soc;  // the SOC code, "15-1252": an occupation's own; a guide's occupation
    std::string title;
    std::string bls_title;
    std::string group;  // the title of its SOC major group (an occupation's; generated)
    Items aliases;
    Items alternate_titles, reported_titles;
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

    std::optional<Wages> wages;
    std::optional<Projections> projections;
    std::optional<Preparation> preparation;
    std::optional<Work> work;
    std::vector<SourceRecord> source_records;  // [[sources]]
};

// The source record `id` names, if the career has it.
const SourceRecord* find_source(const Career& career, std::string_view id);

// "29": the SOC major group of a code "29-1224"; empty without a code.
std::string_view soc_group(std::string_view soc);

// Headline figures, each taken from the one place it is stored.
std::optional<Money> median_salary(const Career& career);
std::optional<int> growth_percent(const Career& career);

// Years of training from the first education stage to the end of the last; nullopt without stages.
std::optional<YearRange> training_years(const Education& education);

}  // namespace career
