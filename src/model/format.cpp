#include "model/format.hpp"

#include <unordered_map>

#include <utility>

#include "model/levels.hpp"

namespace career {
namespace {

using K = ValueKind;
using S = Section;
constexpr bool required = true, optional = false;
constexpr bool name = true;  // KeySpec::is_name
constexpr bool not_name = false, generated = true;  // KeySpec::generated

// Limits (career(5), LIMITS): a salary figure, one stage of training, a span of experience in a
// working life, and a growth rate.
constexpr Limits any{};
constexpr Limits kMoney{0, 10'000'000};
constexpr Limits kStageYears{0, 15};
constexpr Limits kExperienceYears{0, 80};
constexpr Limits kPercent{-100, 10'000};
// Occupations' figures: a share of workers, people employed, hourly and annual wages, O*NET's scales.
constexpr Limits kShare{0, 100};
constexpr Limits kPeople{-1'000'000'000, 1'000'000'000};
constexpr Limits kWage{0, 10'000'000};
constexpr Limits kYear{1900, 2100};
constexpr Limits kImportance{1, 5};
constexpr Limits kLevel{0, 7};
constexpr Limits kExtent{1, 7};
constexpr Limits kJobZone{1, 5};

// In the order of career(5), which is the order of the guide.
constexpr KeySpec kKeys[] = {
    {"kind", K::career_kind, optional, S::summary, any,
     "guide (the default: written by hand from a source page) or occupation (generated)."},
    {"soc", K::soc_code, optional, S::summary, any,
     "The Standard Occupational Classification code, such as \"15-1252\": an occupation's own, or the "
     "occupation a guide is about."},
    {"title", K::text, required, S::summary, any,
     "The career's name, printed at the top of the guide.", name},
    {"bls_title", K::text, optional, S::summary, any,
     "The occupation's title in the BLS tables.", not_name, generated},
    {"group", K::text, optional, S::summary, any,
     "The title of the occupation's SOC major group (the first two digits of its code), as BLS "
     "Employment Projections Table 1.1 names it: \"Healthcare practitioners and technical occupations\"; "
     "career list --group and career groups use it.", not_name, generated},
    {"aliases", K::text_list, optional, S::summary, any,
     "Other names career show accepts, such as abbreviations: [\"IR\"].", name},
    {"tags", K::text_list, optional, S::summary, any,
     "What kind of career it is, in lower case, for career list --tag: [\"healthcare\"]."},
    {"summary", K::text, required, S::summary, any,
     "The opening description, printed under the title; paragraphs separated by a blank line."},
    {"remote_friendly", K::boolean, optional, S::summary, any,
     "Whether the work can be done remotely, as a source tags it; leave out when not stated."},
    {"remote_friendly_source", K::source_id, optional, S::summary, any,
     "The source whose tag remote_friendly is."},
    {"reported_titles", K::text_list, optional, S::titles, any,
     "Titles workers in the occupation report (O*NET).", name, generated},
    {"alternate_titles", K::text_list, optional, S::titles, any,
     "Other titles of the occupation (O*NET).", name, generated},

    {"market_demand", K::table, optional, S::demand, any,
     "How much demand there is for the career."},
    {"market_demand.level", K::level, required, S::demand, any,
     "The level of demand."},
    {"market_demand.text", K::text, optional, S::demand, any,
     "A paragraph about the demand."},

    {"salary", K::table, optional, S::salary, any,
     "Annual pay, in whole units of the currency: one band, from one source (salary.source)."},
    {"salary.country", K::text, required, S::salary, any,
     "The country the figures apply to, such as US."},
    {"salary.currency", K::text, required, S::salary, any,
     "An ISO 4217 currency code, such as USD."},
    {"salary.minimum", K::money, optional, S::salary, kMoney,
     "The bottom of the range of pay."},
    {"salary.maximum", K::money, optional, S::salary, kMoney,
     "The top of the range of pay."},
    {"salary.median", K::money, optional, S::salary, kMoney,
     "The median pay, between minimum and maximum."},
    {"salary.entry", K::money, optional, S::salary, kMoney,
     "Pay at Entry-Level; entry <= mid <= senior."},
    {"salary.mid", K::money, optional, S::salary, kMoney,
     "Pay at Mid-Level."},
    {"salary.senior", K::money, optional, S::salary, kMoney,
     "Pay at Senior-Level."},
    {"salary.top_10_percent", K::money, optional, S::salary, kMoney,
     "The pay above which the top 10% of earners fall."},
    {"salary.top_earners", K::text, optional, S::salary, any,
     "A sentence about the top earners."},
    {"salary.source", K::source_id, optional, S::salary, any,
     "The source the figures come from; needed when there is a figure."},
    {"salary.basis", K::text, optional, S::salary, any,
     "What the figures are, as the source gives them: \"the Jobicy guide's salary band\", \"U.S. Bureau of "
     "Labor Statistics median pay, as quoted by ...\"; needed when there is a figure."},
    {"salary.year", K::text, optional, S::salary, any,
     "The year the figures are for, as the source states it: \"May 2023\"; leave out when it gives none."},

    {"role", K::table, optional, S::none, any,
     "What the work is."},
    {"role.core_functions", K::text, optional, S::core_functions, any,
     "Prose: the core functions of the role."},
    {"role.responsibilities", K::text_list, optional, S::responsibilities, any,
     "The key responsibilities, one per string."},
    {"role.work_setting", K::text, optional, S::work_setting, any,
     "Prose: where and how the work is done."},
    {"role.tech_stack", K::text_list, optional, S::tech_stack, any,
     "Tools and technology used, one per string."},

    {"qualifications", K::table, optional, S::none, any,
     "Skills and qualifications."},
    {"qualifications.education_level", K::text, optional, S::education_level, any,
     "Prose: the education the career needs."},
    {"qualifications.tech_skills", K::text_list, optional, S::tech_skills, any,
     "Technical skills, one per string."},
    {"qualifications.soft_abilities", K::text_list, optional, S::soft_abilities, any,
     "Soft abilities, one per string."},
    {"qualifications.path", K::text, optional, S::way_in, any,
     "Prose: the way into the career, the steps to take (the section way-in)."},
    {"qualifications.required_education", K::text, optional, S::education, any,
     "Prose: the education required."},

    {"education", K::table, optional, S::education, any,
     "The training as data: its stages and milestones."},
    {"education.stages", K::table_array, optional, S::education, any,
     "The stages of training, in order; repeat the table for each. The total is their years added up."},
    {"education.stages[].name", K::text, required, S::education, any,
     "The stage, such as \"Medical school\"."},
    {"education.stages[].years", K::year_range, optional, S::education, kStageYears,
     "How long it takes: 4, or { min = 1, max = 2 }; needed unless the stage has alternatives."},
    {"education.stages[].source", K::source_id, optional, S::education, any,
     "The source of the years; needed unless each alternative names its own."},
    {"education.stages[].optional", K::boolean, optional, S::education, any,
     "true for a stage that may be left out: it counts from 0 years in the total."},
    {"education.stages[].detail", K::text, optional, S::education, any,
     "A sentence about the stage."},
    {"education.stages[].alternatives", K::table_array, optional, S::education, any,
     "The routes through the stage, one of which is taken, instead of years: the stage takes from the "
     "shortest to the longest; repeat the table for each."},
    {"education.stages[].alternatives[].name", K::text, required, S::education, any,
     "The route, such as \"Associate Degree in Nursing (ADN)\"."},
    {"education.stages[].alternatives[].years", K::year_range, required, S::education, kStageYears,
     "How long the route takes."},
    {"education.stages[].alternatives[].prerequisite", K::text, optional, S::education, any,
     "What the route follows, such as \"a qualification in radiography\"; its years are not counted."},
    {"education.stages[].alternatives[].source", K::source_id, optional, S::education, any,
     "The source of the route's years, when not the stage's."},
    {"education.stages[].alternatives[].detail", K::text, optional, S::education, any,
     "A sentence about the route."},
    {"education.milestones", K::table_array, optional, S::education, any,
     "Licensing exams, certifications and other milestones, in order."},
    {"education.milestones[].name", K::text, required, S::education, any,
     "The milestone, such as \"Board certification\"."},
    {"education.milestones[].years", K::year_range, optional, S::education, kStageYears,
     "How long it takes, where the source says; not counted in the training's total."},
    {"education.milestones[].source", K::source_id, optional, S::education, any,
     "The source of the years; needed when there are years."},
    {"education.milestones[].detail", K::text, optional, S::education, any,
     "A sentence about it."},

    {"tiers", K::table_array, optional, S::tiers, any,
     "The steps of the career ladder, lowest first; repeat the table for each."},
    {"tiers[].title", K::text, required, S::tiers, any,
     "The tier's title."},
    {"tiers[].experience", K::year_range, optional, S::tiers, kExperienceYears,
     "Years of experience: { min = 0, max = 2 }; { min = 15 } for the top; leave out when the source "
     "gives none (shown as \"years not given\")."},
    {"tiers[].description", K::text, optional, S::tiers, any,
     "Prose: what the tier involves."},
    {"tiers[].stage", K::text, optional, S::tiers, any,
     "The name of the training stage this tier is, for a first tier that is a stage of the training: its "
     "years count from the start of that stage, so none is counted twice."},
    {"tiers[].source", K::source_id, optional, S::tiers, any,
     "The source of the tier; needed when it has years."},

    {"market", K::table, optional, S::none, any,
     "The job market."},
    {"market.global_outlook", K::text, optional, S::global_outlook, any,
     "Prose: the outlook around the world."},
    {"market.challenges", K::text, optional, S::job_market, any,
     "Prose: the role's challenges today."},
    {"market.growth_paths", K::text, optional, S::job_market, any,
     "Prose: where the career can lead."},
    {"market.industry_trends", K::text, optional, S::job_market, any,
     "Prose: trends in the industry."},

    {"day", K::table_array, optional, S::day, any,
     "The blocks of a typical working day, in time order; repeat for each."},
    {"day[].name", K::text, required, S::day, any,
     "The block, such as \"Morning\"."},
    {"day[].start", K::time_of_day, required, S::day, any,
     "When the block starts."},
    {"day[].end", K::time_of_day, required, S::day, any,
     "When the block ends, later than start."},
    {"day[].focus", K::text, optional, S::day, any,
     "What the block is mainly about."},
    {"day[].tasks", K::text_list, optional, S::day, any,
     "The tasks of the block, one per string."},

    {"work_life", K::table, optional, S::work_life, any,
     "Work-life balance and stress."},
    {"work_life.stress", K::level, optional, S::work_life, any,
     "How stressful the work is."},
    {"work_life.balance", K::balance, optional, S::work_life, any,
     "How well work and the rest of life go together."},
    {"work_life.text", K::text, optional, S::work_life, any,
     "A paragraph about balance and stress."},

    {"skill_map", K::table, optional, S::skill_map, any,
     "The skill map."},
    {"skill_map.intro", K::text, optional, S::skill_map, any,
     "A line introducing the skill map."},
    {"skill_map.categories", K::table_array, optional, S::skill_map, any,
     "A category of skills; repeat for each."},
    {"skill_map.categories[].name", K::text, required, S::skill_map, any,
     "The category's name."},
    {"skill_map.categories[].blurb", K::text, optional, S::skill_map, any,
     "A line describing the category."},
    {"skill_map.categories[].skills", K::text_list, required, S::skill_map, any,
     "The skills in it, one per string."},

    {"pros_cons", K::table, optional, S::pros_cons, any,
     "Pros and cons."},
    {"pros_cons.pros", K::text_list, optional, S::pros_cons, any,
     "The pros, one per string."},
    {"pros_cons.cons", K::text_list, optional, S::pros_cons, any,
     "The cons, one per string."},

    {"advice", K::table, optional, S::none, any,
     "Advice."},
    {"advice.beginner_mistakes", K::text_list, optional, S::mistakes, any,
     "Common mistakes of beginners, one per string."},
    {"advice.contextual", K::text_list, optional, S::advice, any,
     "Contextual advice, one per string."},

    {"case_studies", K::table_array, optional, S::case_studies, any,
     "Examples and case studies; repeat for each."},
    {"case_studies[].title", K::text, required, S::case_studies, any,
     "The case study's title."},
    {"case_studies[].story", K::text, required, S::case_studies, any,
     "Prose: what happened."},
    {"case_studies[].takeaway", K::text, optional, S::case_studies, any,
     "The key takeaway."},

    {"portfolio", K::table, optional, S::portfolio, any,
     "Portfolio tips."},
    {"portfolio.tips", K::text, optional, S::portfolio, any,
     "Prose: what to show."},

    {"job_outlook", K::table, optional, S::outlook, any,
     "Job outlook and related roles."},
    {"job_outlook.growth_percent", K::percent, optional, S::outlook, kPercent,
     "Projected growth in employment, in per cent; may be negative."},
    {"job_outlook.basis", K::text, optional, S::outlook, any,
     "What the growth figure is, as the source gives it: \"as stated in the Jobicy guide\"; needed "
     "with growth_percent."},
    {"job_outlook.period", K::text, optional, S::outlook, any,
     "The period the growth is over, such as \"2024–34\"; leave out when the source gives none."},
    {"job_outlook.status", K::text, optional, S::outlook, any,
     "Such as \"Growing faster than average\"."},
    {"job_outlook.source", K::source_id, optional, S::outlook, any,
     "The source of the growth figure; needed with growth_percent."},
    {"job_outlook.related_roles", K::text_list, optional, S::outlook, any,
     "Ids of related careers, such as [\"radiologist\"]."},
    {"job_outlook.related_roles_ours", K::boolean, optional, S::outlook, any,
     "true when the related roles were chosen by the file's authors, not taken from its source."},

    {"wages", K::table, optional, S::salary, any,
     "Pay and employment from BLS OEWS, national.", not_name, generated},
    {"wages.source", K::source_id, required, S::salary, any,
     "The id of the source record the figures come from.", not_name, generated},
    {"wages.employment", K::integer, optional, S::salary, kPeople,
     "How many are employed.", not_name, generated},
    {"wages.annual", K::table, optional, S::salary, any,
     "Annual wages in dollars: p10, p25, median, p75, p90 (percentiles) and mean.", not_name, generated},
    {"wages.annual.p10", K::wage, optional, S::salary, kWage, "The 10th percentile.", not_name, generated},
    {"wages.annual.p25", K::wage, optional, S::salary, kWage, "The 25th percentile.", not_name, generated},
    {"wages.annual.median", K::wage, optional, S::salary, kWage, "The median.", not_name, generated},
    {"wages.annual.p75", K::wage, optional, S::salary, kWage, "The 75th percentile.", not_name, generated},
    {"wages.annual.p90", K::wage, optional, S::salary, kWage, "The 90th percentile.", not_name, generated},
    {"wages.annual.mean", K::wage, optional, S::salary, kWage, "The mean.", not_name, generated},
    {"wages.hourly", K::table, optional, S::salary, any,
     "Hourly wages in dollars, the same figures as annual.", not_name, generated},
    {"wages.hourly.p10", K::wage, optional, S::salary, kWage, "The 10th percentile.", not_name, generated},
    {"wages.hourly.p25", K::wage, optional, S::salary, kWage, "The 25th percentile.", not_name, generated},
    {"wages.hourly.median", K::wage, optional, S::salary, kWage, "The median.", not_name, generated},
    {"wages.hourly.p75", K::wage, optional, S::salary, kWage, "The 75th percentile.", not_name, generated},
    {"wages.hourly.p90", K::wage, optional, S::salary, kWage, "The 90th percentile.", not_name, generated},
    {"wages.hourly.mean", K::wage, optional, S::salary, kWage, "The mean.", not_name, generated},
    {"wages.history", K::table_array, optional, S::salary, any,
     "The annual median wage year by year, oldest first, in the dollars of each year.", not_name, generated},
    {"wages.history[].year", K::integer, required, S::salary, kYear, "The year (May).", not_name, generated},
    {"wages.history[].median", K::wage, optional, S::salary, kWage,
     "The annual median wage; absent when not available.", not_name, generated},
    {"wages.history[].source", K::source_id, required, S::salary, any,
     "The id of the source record.", not_name, generated},

    {"projections", K::table, optional, S::outlook, any,
     "Employment projections from BLS EP, 2024 to 2034.", not_name, generated},
    {"projections.source", K::source_id, required, S::outlook, any,
     "The id of the source record.", not_name, generated},
    {"projections.employment_2024", K::integer, optional, S::outlook, kPeople,
     "Jobs in 2024.", not_name, generated},
    {"projections.employment_2034", K::integer, optional, S::outlook, kPeople,
     "Jobs projected for 2034.", not_name, generated},
    {"projections.change", K::integer, optional, S::outlook, kPeople,
     "The change in jobs, 2024 to 2034.", not_name, generated},
    {"projections.change_percent", K::decimal, optional, S::outlook, kPercent,
     "The change in per cent, 2024 to 2034.", not_name, generated},
    {"projections.openings", K::integer, optional, S::outlook, kPeople,
     "Openings a year, on average, 2024 to 2034.", not_name, generated},
    {"projections.self_employed_percent", K::decimal, optional, S::outlook, kShare,
     "The per cent of workers self-employed, 2024.", not_name, generated},
    {"projections.median_wage", K::wage, optional, S::outlook, kWage,
     "The median annual wage, 2024, as the projections table gives it.", not_name, generated},

    {"training", K::table, optional, S::education, any,
     "What it takes to enter the occupation.", not_name, generated},
    {"training.source", K::source_id, optional, S::education, any,
     "The id of the source record of the three requirements below.", not_name, generated},
    {"training.entry_education", K::text, optional, S::education, any,
     "The typical education needed for entry.", not_name, generated},
    {"training.work_experience", K::text, optional, S::education, any,
     "Work experience in a related occupation.", not_name, generated},
    {"training.on_the_job_training", K::text, optional, S::education, any,
     "The typical on-the-job training needed.", not_name, generated},
    {"training.job_zone", K::integer, optional, S::education, kJobZone,
     "O*NET's job zone: how much preparation the occupation needs, 1 to 5.", not_name, generated},
    {"training.job_zone_name", K::text, optional, S::education, any,
     "The job zone's name.", not_name, generated},
    {"training.job_zone_source", K::source_id, optional, S::education, any,
     "The id of the job zone's source record.", not_name, generated},
    {"training.education_levels", K::table_array, optional, S::education, any,
     "The education levels workers report, in order of level.", not_name, generated},
    {"training.education_levels[].level", K::text, required, S::education, any,
     "The level.", not_name, generated},
    {"training.education_levels[].percent", K::decimal, required, S::education, kShare,
     "The per cent of workers reporting it.", not_name, generated},
    {"training.education_levels_source", K::source_id, optional, S::education, any,
     "The id of the education levels' source record.", not_name, generated},

    {"work", K::table, optional, S::none, any,
     "The work itself, from O*NET.", not_name, generated},
    {"work.source", K::source_id, required, S::responsibilities, any,
     "The id of the source record.", not_name, generated},
    {"work.core_tasks", K::text_list, optional, S::responsibilities, any,
     "The occupation's core tasks.", not_name, generated},
    {"work.supplemental_tasks", K::text_list, optional, S::responsibilities, any,
     "Its other tasks.", not_name, generated},
    {"work.technology", K::table_array, optional, S::tech_stack, any,
     "Technology used in the work.", not_name, generated},
    {"work.technology[].name", K::text, required, S::tech_stack, any,
     "The product or language.", not_name, generated},
    {"work.technology[].category", K::text, required, S::tech_stack, any,
     "Its kind, such as \"Web platform development software\".", not_name, generated},
    {"work.technology[].hot", K::boolean, optional, S::tech_stack, any,
     "O*NET's hot technology: often named in job postings.", not_name, generated},
    {"work.technology[].in_demand", K::boolean, optional, S::tech_stack, any,
     "O*NET's in demand: often named in this occupation's job postings.", not_name, generated},
    {"work.skills", K::table_array, optional, S::skills, any,
     "The most important skills, most important first.", not_name, generated},
    {"work.skills[].name", K::text, required, S::skills, any, "The skill.", not_name, generated},
    {"work.skills[].importance", K::decimal, required, S::skills, kImportance,
     "How important it is, 1 to 5.", not_name, generated},
    {"work.skills[].level", K::decimal, optional, S::skills, kLevel,
     "The level needed, 0 to 7.", not_name, generated},
    {"work.knowledge", K::table_array, optional, S::knowledge, any,
     "The most important knowledge, most important first.", not_name, generated},
    {"work.knowledge[].name", K::text, required, S::knowledge, any, "The field.", not_name, generated},
    {"work.knowledge[].importance", K::decimal, required, S::knowledge, kImportance,
     "How important it is, 1 to 5.", not_name, generated},
    {"work.knowledge[].level", K::decimal, optional, S::knowledge, kLevel,
     "The level needed, 0 to 7.", not_name, generated},
    {"work.interests", K::table, optional, S::interests, any,
     "Interests (RIASEC): how well the work suits each, 1 to 7.", not_name, generated},
    {"work.interests.realistic", K::decimal, optional, S::interests, kExtent, "Realistic.", not_name, generated},
    {"work.interests.investigative", K::decimal, optional, S::interests, kExtent, "Investigative.", not_name, generated},
    {"work.interests.artistic", K::decimal, optional, S::interests, kExtent, "Artistic.", not_name, generated},
    {"work.interests.social", K::decimal, optional, S::interests, kExtent, "Social.", not_name, generated},
    {"work.interests.enterprising", K::decimal, optional, S::interests, kExtent, "Enterprising.", not_name, generated},
    {"work.interests.conventional", K::decimal, optional, S::interests, kExtent, "Conventional.", not_name, generated},
    {"work.work_values", K::table, optional, S::work_values, any,
     "Work values: how far the work offers each, 1 to 7.", not_name, generated},
    {"work.work_values.achievement", K::decimal, optional, S::work_values, kExtent, "Achievement.", not_name, generated},
    {"work.work_values.working_conditions", K::decimal, optional, S::work_values, kExtent, "Working conditions.", not_name, generated},
    {"work.work_values.recognition", K::decimal, optional, S::work_values, kExtent, "Recognition.", not_name, generated},
    {"work.work_values.relationships", K::decimal, optional, S::work_values, kExtent, "Relationships.", not_name, generated},
    {"work.work_values.support", K::decimal, optional, S::work_values, kExtent, "Support.", not_name, generated},
    {"work.work_values.independence", K::decimal, optional, S::work_values, kExtent, "Independence.", not_name, generated},
    {"work.work_styles", K::table_array, optional, S::work_styles, any,
     "Work styles, most important first.", not_name, generated},
    {"work.work_styles[].name", K::text, required, S::work_styles, any, "The style.", not_name, generated},
    {"work.work_styles[].importance", K::decimal, required, S::work_styles, kImportance,
     "How important it is, 1 to 5.", not_name, generated},
    {"work.related", K::table_array, optional, S::related, any,
     "Related occupations, in O*NET's order.", not_name, generated},
    {"work.related[].soc", K::text, required, S::related, any,
     "Its O*NET-SOC code, such as \"15-1253.00\".", not_name, generated},
    {"work.related[].title", K::text, required, S::related, any, "Its title.", not_name, generated},
    {"work.related[].tier", K::text, optional, S::related, any,
     "How closely it is related: O*NET's tier.", not_name, generated},
    {"work.related[].id", K::text, optional, S::related, any,
     "Its id in the catalog, when it is there.", not_name, generated},

    {"faq", K::table_array, optional, S::faq, any,
     "A frequently asked question; repeat for each."},
    {"faq[].question", K::text, required, S::faq, any,
     "The question."},
    {"faq[].answer", K::text, required, S::faq, any,
     "Prose: the answer."},

    {"sources", K::table_array, optional, S::sources, any,
     "A source: what figures name by its id in their source keys; repeat the table for each."},
    {"sources[].id", K::text, required, S::sources, any,
     "What the source keys name it by, such as \"oews-2024\" or \"jobicy\"; unique in the file."},
    {"sources[].title", K::text, required, S::sources, any,
     "The source's title."},
    {"sources[].url", K::text, optional, S::sources, any,
     "Its address."},
    {"sources[].published", K::text, optional, S::sources, any,
     "When it was published, as it says: \"2025\", \"May 2025\"."},
    {"sources[].retrieved", K::text, optional, S::sources, any,
     "When it was read, for a page that says no date: \"2025-11-28\"."},
    {"sources[].license", K::text, optional, S::sources, any,
     "Its licence."},
    {"sources[].credit", K::text, optional, S::sources, any,
     "The credit its licence asks for, shown wherever its content is."},
};

// --- checks of the table itself, at compile time ---------------------------------------------------

constexpr const KeySpec* find_in_table(std::string_view path) {
    for (const auto& spec : kKeys)
        if (spec.path == path) return &spec;
    return nullptr;
}

constexpr bool is_table(ValueKind kind) { return kind == K::table || kind == K::table_array; }
constexpr bool is_number(ValueKind kind) {
    return kind == K::integer || kind == K::money || kind == K::percent || kind == K::year_range ||
           kind == K::decimal || kind == K::wage;
}

constexpr bool paths_are_unique() {
    for (const auto& spec : kKeys)
        if (find_in_table(spec.path) != &spec) return false;
    return true;
}

// "a.b" is in the table "a"; "a[].b" in the array of tables "a".
constexpr bool every_parent_is_a_table() {
    for (const auto& spec : kKeys) {
        const std::string_view parent = parent_path(spec.path);
        if (parent.empty()) continue;
        const KeySpec* table = find_in_table(parent);
        const bool in_array = spec.path.substr(parent.size()).starts_with("[]");
        if (!table || table->kind != (in_array ? K::table_array : K::table)) return false;
    }
    return true;
}

constexpr bool every_value_has_a_section() {
    for (const auto& spec : kKeys)
        if (spec.section == S::none && !is_table(spec.kind)) return false;
    return true;
}

constexpr bool columns_fit_kinds() {
    for (const auto& spec : kKeys) {
        if (spec.limits.bounded() && !is_number(spec.kind)) return false;
        if (spec.is_name && spec.kind != K::text && spec.kind != K::text_list) return false;
    }
    return true;
}

static_assert(paths_are_unique());
static_assert(every_parent_is_a_table());
static_assert(every_value_has_a_section(), "only a table may go to several sections");
static_assert(columns_fit_kinds(), "limits are for numbers, names are text");

}  // namespace

std::span<const KeySpec> career_keys() { return kKeys; }

const KeySpec* find_key(std::string_view path) {
    // Looked up for every value of every file read: by hash, not by walking the table.
    static const std::unordered_map<std::string_view, const KeySpec*> by_path = [] {
        std::unordered_map<std::string_view, const KeySpec*> map;
        for (const auto& spec : kKeys) map.emplace(spec.path, &spec);
        return map;
    }();
    const auto found = by_path.find(path);
    return found == by_path.end() ? nullptr : found->second;
}

const char* replacement_of(std::string_view path) {
    // Issue 13: free-text sources became records that each figure names by id.
    static constexpr std::pair<std::string_view, const char*> kReplaced[] = {
        {"references", "[[sources]] tables, which the figures name by id (career(5), Sources)"},
        {"education.source", "a source on each stage, education.stages[].source"},
    };
    for (const auto& [old, now] : kReplaced)
        if (old == path) return now;
    return nullptr;
}

std::string_view kind_name(ValueKind kind) {
    switch (kind) {
        case K::text: return "a string";
        case K::text_list: return "an array of strings";
        case K::integer:
        case K::percent: return "an integer";
        case K::money: return "a whole number of at least 0";
        case K::boolean: return "true or false";
        case K::year_range: return "a number of years or a table { min = N, max = M }";
        case K::time_of_day: return "a time \"HH:MM\"";
        case K::level:
        case K::balance:
        case K::career_kind: return "one of the words listed in career(5)";
        case K::decimal: return "a number";
        case K::wage: return "a number or a table { at_least = N }";
        case K::soc_code: return "a SOC code \"NN-NNNN\"";
        case K::source_id: return "a string";
        case K::table: return "a table";
        case K::table_array: return "an array of tables";
    }
    return "a value";
}

std::string grouped_digits(std::int64_t n) {
    const std::string digits = std::to_string(n);
    const std::size_t sign = n < 0 ? 1 : 0;
    std::string out = digits.substr(0, sign);
    for (std::size_t i = sign; i < digits.size(); ++i) {
        if (i > sign && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

namespace {

// "a, b or c".
std::string words_or(std::span<const std::string_view> words) {
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        out += i == 0 ? "" : i + 1 == words.size() ? " or " : ", ";
        out += words[i];
    }
    return out;
}

}  // namespace

std::string allowed_values(const KeySpec& spec) {
    switch (spec.kind) {
        case K::level: return words_or(level_words());
        case K::balance: return words_or(balance_words());
        case K::time_of_day: return "HH:MM, 24-hour, 00:00 to 23:59";
        case K::career_kind: return "guide or occupation";
        case K::soc_code: return "NN-NNNN, such as 29-1224";
        case K::source_id: return "the id of one of the file's [[sources]]";
        default: break;
    }
    const Limits& limits = spec.limits;
    if (!limits.bounded()) return {};
    if (limits.max == Limits{}.max) return "at least " + grouped_digits(limits.min);
    if (limits.min == Limits{}.min) return "at most " + grouped_digits(limits.max);
    return grouped_digits(limits.min) + " to " + grouped_digits(limits.max);
}

}  // namespace career
