#pragma once
// A career as plain data: one struct per part of the guide, in the guide's order (career(5)).
// Optional figures are std::optional: "not given" is never confused with zero.
#include <cstdint>
#include <memory>
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
    friend bool operator==(const MarketDemand&, const MarketDemand&) = default;
};

struct SalaryBand {
    std::string country;
    std::string currency;
    std::optional<Money> minimum, maximum, median;
    std::optional<Money> entry, mid, senior;  // the levels
    std::optional<Money> top_10_percent;      // threshold of the top 10% of earners
    std::string top_earners;                  // the guide's sentence about them
    std::string source;  // the id of the source record ([[sources]]) the figures come from
    // What a pay figure is: its basis ("the Jobicy guide's salary band", "U.S. Bureau of Labor
    // Statistics median pay, as quoted by ...") and the year it is for, as the source states it
    // ("May 2023"); empty when the source gives none. pay_basis() says both in one phrase.
    std::string basis{};
    std::string year{};
    friend bool operator==(const SalaryBand&, const SalaryBand&) = default;
};

struct Role {
    Paragraphs core_functions;
    Items responsibilities;
    Paragraphs work_setting;
    Items tech_stack;
    friend bool operator==(const Role&, const Role&) = default;
};

struct Qualifications {
    Paragraphs education_level;
    Items tech_skills;
    Items soft_abilities;
    Paragraphs path;
    Paragraphs required_education;
    friend bool operator==(const Qualifications&, const Qualifications&) = default;
};

// One route through a stage of training, such as an associate or a bachelor's degree.
struct StageAlternative {
    std::string name;
    YearRange years;
    std::string detail;
    std::string prerequisite;  // what the route follows ("a qualification in radiography"), not counted
    std::string source;        // the id of the source record of its years; empty: the stage's
    friend bool operator==(const StageAlternative&, const StageAlternative&) = default;
};

struct EducationStage {
    std::string name;
    YearRange years;  // its own, or with alternatives, from the shortest route to the longest
    std::string detail;
    // The members below have initializers, so that a stage may be written {name, years, detail}.
    std::string source{};                          // the id of the source record of its years
    bool optional = false;                         // may be left out: counts 0 years at the least
    std::vector<StageAlternative> alternatives{};  // one of them is taken; empty: the stage itself
    friend bool operator==(const EducationStage&, const EducationStage&) = default;
};

struct Milestone {
    std::string name;
    std::string detail;
    std::optional<YearRange> years{};  // how long it takes, where the source says; never counted
                                       // in the training's total
    std::string source{};              // the id of the source record of its years
    friend bool operator==(const Milestone&, const Milestone&) = default;
};

struct Education {
    std::vector<EducationStage> stages;
    std::vector<Milestone> milestones;
    friend bool operator==(const Education&, const Education&) = default;
};

struct Tier {
    std::string title;
    std::optional<YearRange> experience;  // absent: the source names the tier without years
    Paragraphs description;
    std::string source;  // the id of the source record of the tier (its years)
    // The stage of training this tier is (the name of one of education.stages), when the ladder
    // starts inside the training: the tier's years count from the start of that stage, so
    // that training and career years are never counted twice (career(5), Training and the ladder).
    // Only the first tier may name one.
    std::string stage{};
    friend bool operator==(const Tier&, const Tier&) = default;
};

struct Market {
    Paragraphs global_outlook;
    Paragraphs challenges;
    Paragraphs growth_paths;
    Paragraphs industry_trends;
    friend bool operator==(const Market&, const Market&) = default;
};

// Minutes since midnight; a career file writes "HH:MM".
struct TimeOfDay {
    int minutes = 0;
    int hour() const { return minutes / 60; }
    int minute() const { return minutes % 60; }
    friend auto operator<=>(const TimeOfDay&, const TimeOfDay&) = default;
    friend bool operator==(const TimeOfDay&, const TimeOfDay&) = default;
};

struct DayBlock {
    std::string name;
    TimeOfDay start, end;
    std::string focus;
    Items tasks;
    friend bool operator==(const DayBlock&, const DayBlock&) = default;
};

struct WorkLife {
    std::optional<Level> stress;
    std::optional<Balance> balance;
    Paragraphs text;
    friend bool operator==(const WorkLife&, const WorkLife&) = default;
};

struct SkillCategory {
    std::string name;
    std::string blurb;
    Items skills;
    friend bool operator==(const SkillCategory&, const SkillCategory&) = default;
};

struct SkillMap {
    std::string intro;
    std::vector<SkillCategory> categories;
    friend bool operator==(const SkillMap&, const SkillMap&) = default;
};

struct CaseStudy {
    std::string title;
    Paragraphs story;
    std::string takeaway;
    friend bool operator==(const CaseStudy&, const CaseStudy&) = default;
};

struct JobOutlook {
    std::optional<int> growth_percent;
    // What the growth figure is ("as stated in the Jobicy guide") and its period ("2024–34"), as the
    // source gives them; the period is empty when the source gives none. growth_note() says both.
    std::string basis;
    std::string period;
    std::string status;
    std::string source;   // the id of the source record of the growth figure
    Items related_roles;  // career ids
    bool related_roles_ours = false;  // chosen for this project, not taken from the source
    friend bool operator==(const JobOutlook&, const JobOutlook&) = default;
};

struct FaqEntry {
    std::string question;
    Paragraphs answer;
    friend bool operator==(const FaqEntry&, const FaqEntry&) = default;
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
    friend bool operator==(const SourceRecord&, const SourceRecord&) = default;
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
    friend bool operator==(const WagePercentiles&, const WagePercentiles&) = default;
};

struct WageYear {
    int year = 0;
    std::optional<Wage> median;  // absent: not available that year
    std::string source;
    friend bool operator==(const WageYear&, const WageYear&) = default;
};

// OEWS, national: pay and employment.
struct Wages {
    std::string source;
    std::optional<std::int64_t> employment;
    WagePercentiles annual, hourly;
    std::vector<WageYear> history;  // the annual median by year, oldest first, nominal dollars
    friend bool operator==(const Wages&, const Wages&) = default;
};

// Employment Projections: employment in the base year and ten years on, the change, openings.
struct Projections {
    std::string source;
    std::optional<std::int64_t> employment_2024, employment_2034, change, openings;
    std::optional<double> change_percent, self_employed_percent;
    std::optional<Wage> median_wage;
    friend bool operator==(const Projections&, const Projections&) = default;
};

struct EducationShare {
    std::string level;
    double percent = 0;
    friend bool operator==(const EducationShare&, const EducationShare&) = default;
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
    friend bool operator==(const Preparation&, const Preparation&) = default;
};

struct Technology {
    std::string name;
    std::string category;
    bool hot = false;        // O*NET's "hot technology"
    bool in_demand = false;  // O*NET's "in demand"
    friend bool operator==(const Technology&, const Technology&) = default;
};

// An O*NET descriptor with its importance (1-5) and, for skills and knowledge, its level (0-7).
struct Rating {
    std::string name;
    double importance = 0;
    std::optional<double> level;
    friend bool operator==(const Rating&, const Rating&) = default;
};

// An O*NET score by name: interests (1-7) and work values (1-7).
struct Score {
    std::string name;  // as the key is written: "realistic", "working_conditions"
    double value = 0;
    friend bool operator==(const Score&, const Score&) = default;
};

struct RelatedOccupation {
    std::string soc;  // O*NET-SOC code, "15-1253.00"
    std::string title;
    std::string tier;
    std::string id;  // the catalog's id, when it is in the catalog
    friend bool operator==(const RelatedOccupation&, const RelatedOccupation&) = default;
};

// O*NET: the work itself.
struct Work {
    std::string source;
    Items core_tasks, supplemental_tasks;
    std::vector<Technology> technology;
    std::vector<Rating> skills, knowledge, work_styles;
    std::vector<Score> interests, work_values;
    std::vector<RelatedOccupation> related;
    friend bool operator==(const Work&, const Work&) = default;
};

struct Career;

// A career of the catalog, by id and title.
struct CareerRef {
    std::string id;
    std::string title;
    friend bool operator==(const CareerRef&, const CareerRef&) = default;
};

// What the catalog around a career says about it (issue 12): never read from its file, filled in
// by whoever loads it with the index (load/links.hpp), so that rendering needs no index.
struct CatalogLinks {
    bool resolved = false;          // whether the rest was looked up in the index
    std::vector<CareerRef> related;  // the related roles (job_outlook.related_roles) that name a career
    std::shared_ptr<const Career> occupation;  // a guide's occupation, found by its SOC code
    std::vector<CareerRef> guides;             // the guides about an occupation (same SOC code)
    friend bool operator==(const CatalogLinks&, const CatalogLinks&) = default;
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
    std::string remote_friendly_source;  // the id of the source record whose tag it is

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

    std::optional<Wages> wages;
    std::optional<Projections> projections;
    std::optional<Preparation> preparation;
    std::optional<Work> work;
    std::vector<SourceRecord> source_records;  // [[sources]]

    CatalogLinks links;  // not from the file: see CatalogLinks
    friend bool operator==(const Career&, const Career&) = default;
};

// The source record `id` names, if the career has it.
const SourceRecord* find_source(const Career& career, std::string_view id);

// "Jobicy career path guide: Nurse Practitioner, https://jobicy.com/careers/nurse-practitioner": the
// record `id` names as one line (title, when published, address); `id` itself when the career has
// no such record.
std::string source_line(const Career& career, std::string_view id);

// What a salary band's figures are, and when: "the Jobicy guide's salary band, year not given",
// "U.S. Bureau of Labor Statistics median pay ..., May 2021"; "basis not given" without a basis.
std::string pay_basis(const SalaryBand& band);

// What a guide's growth figure is, and over which period: "as stated in the Jobicy guide, no period
// given"; "basis not given" without a basis.
std::string growth_note(const JobOutlook& outlook);

// "29": the SOC major group of a code "29-1224"; empty without a code.
std::string_view soc_group(std::string_view soc);

// Headline figures, each taken from the one place it is stored.
std::optional<Money> median_salary(const Career& career);
std::optional<int> growth_percent(const Career& career);

// The years a stage adds to the training: its years, or from 0 when it is optional.
YearRange counted_years(const EducationStage& stage);

// Years of training from the first education stage to the end of the last, each stage counted as
// counted_years says; nullopt without stages.
std::optional<YearRange> training_years(const Education& education);

// Where the career ladder starts, in years from the start of training: the end of the training, or,
// when the first tier is a stage of training (Tier::stage), the start of that stage. Nullopt
// without training stages.
std::optional<YearRange> ladder_start(const Career& career);

// When a tier is reached, counted from the start of training: ladder_start plus the tier's least
// experience. Nullopt when the training's years or the tier's are not given.
std::optional<YearRange> year_from_start(const Career& career, const Tier& tier);

}  // namespace career
