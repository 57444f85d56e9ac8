#pragma once
// Each part of the model with its members, each named by its key in a career file and in the JSON
// (career(5)), in the order of the file: the one list that the cache's encoding
// (load/career_codec.cpp), the reader of career files (load/career_parser.cpp) and the JSON writer
// (render/career_json.cpp) walk. A name with a dot ("pros_cons.pros") is a key in a table of its
// own in the file, where the model keeps the member flat. `fields(walk, value)` calls
// `walk(name, member)` for each member; `T` is the struct, const when writing.
#include <concepts>
#include <type_traits>

#include "model/career.hpp"

namespace career {

template <typename T, typename Struct>
concept FieldsOf = std::same_as<std::remove_const_t<T>, Struct>;

template <typename W, FieldsOf<YearRange> T> void fields(W& w, T& v) { w("min", v.min)("max", v.max); }
template <typename W, FieldsOf<TimeOfDay> T> void fields(W& w, T& v) { w("minutes", v.minutes); }
template <typename W, FieldsOf<Wage> T> void fields(W& w, T& v) { w("amount", v.amount)("at_least", v.at_least); }

template <typename W, FieldsOf<MarketDemand> T> void fields(W& w, T& v) { w("level", v.level)("text", v.text); }
template <typename W, FieldsOf<SalaryBand> T> void fields(W& w, T& v) {
    w("country", v.country)("currency", v.currency)("minimum", v.minimum)("maximum", v.maximum)("median", v.median)
     ("entry", v.entry)("mid", v.mid)("senior", v.senior)("top_10_percent", v.top_10_percent)
     ("top_earners", v.top_earners)("source", v.source)("basis", v.basis)("year", v.year);
}
template <typename W, FieldsOf<Role> T> void fields(W& w, T& v) {
    w("core_functions", v.core_functions)("responsibilities", v.responsibilities)("work_setting", v.work_setting)
     ("tech_stack", v.tech_stack);
}
template <typename W, FieldsOf<Qualifications> T> void fields(W& w, T& v) {
    w("education_level", v.education_level)("tech_skills", v.tech_skills)("soft_abilities", v.soft_abilities)
     ("path", v.path)("required_education", v.required_education);
}
template <typename W, FieldsOf<StageAlternative> T> void fields(W& w, T& v) {
    w("name", v.name)("years", v.years)("detail", v.detail)("prerequisite", v.prerequisite)("source", v.source);
}
template <typename W, FieldsOf<EducationStage> T> void fields(W& w, T& v) {
    w("name", v.name)("years", v.years)("source", v.source)("optional", v.optional)("detail", v.detail)
     ("alternatives", v.alternatives);
}
template <typename W, FieldsOf<Milestone> T> void fields(W& w, T& v) {
    w("name", v.name)("detail", v.detail)("years", v.years)("source", v.source);
}
template <typename W, FieldsOf<Education> T> void fields(W& w, T& v) { w("stages", v.stages)("milestones", v.milestones); }
template <typename W, FieldsOf<Tier> T> void fields(W& w, T& v) {
    w("title", v.title)("experience", v.experience)("description", v.description)("source", v.source)("stage", v.stage);
}
template <typename W, FieldsOf<Market> T> void fields(W& w, T& v) {
    w("global_outlook", v.global_outlook)("challenges", v.challenges)("growth_paths", v.growth_paths)
     ("industry_trends", v.industry_trends);
}
template <typename W, FieldsOf<DayBlock> T> void fields(W& w, T& v) {
    w("name", v.name)("start", v.start)("end", v.end)("focus", v.focus)("tasks", v.tasks);
}
template <typename W, FieldsOf<WorkLife> T> void fields(W& w, T& v) {
    w("stress", v.stress)("balance", v.balance)("text", v.text);
}
template <typename W, FieldsOf<SkillCategory> T> void fields(W& w, T& v) {
    w("name", v.name)("blurb", v.blurb)("skills", v.skills);
}
template <typename W, FieldsOf<SkillMap> T> void fields(W& w, T& v) { w("intro", v.intro)("categories", v.categories); }
template <typename W, FieldsOf<CaseStudy> T> void fields(W& w, T& v) {
    w("title", v.title)("story", v.story)("takeaway", v.takeaway);
}
template <typename W, FieldsOf<JobOutlook> T> void fields(W& w, T& v) {
    w("growth_percent", v.growth_percent)("basis", v.basis)("period", v.period)("status", v.status)
     ("source", v.source)("related_roles", v.related_roles)("related_roles_ours", v.related_roles_ours);
}
template <typename W, FieldsOf<FaqEntry> T> void fields(W& w, T& v) { w("question", v.question)("answer", v.answer); }
template <typename W, FieldsOf<SourceRecord> T> void fields(W& w, T& v) {
    w("id", v.id)("title", v.title)("url", v.url)("published", v.published)("retrieved", v.retrieved)
     ("license", v.license)("credit", v.credit);
}
template <typename W, FieldsOf<WagePercentiles> T> void fields(W& w, T& v) {
    w("p10", v.p10)("p25", v.p25)("median", v.median)("p75", v.p75)("p90", v.p90)("mean", v.mean);
}
template <typename W, FieldsOf<WageYear> T> void fields(W& w, T& v) {
    w("year", v.year)("median", v.median)("source", v.source);
}
template <typename W, FieldsOf<Wages> T> void fields(W& w, T& v) {
    w("source", v.source)("employment", v.employment)("annual", v.annual)("hourly", v.hourly)("history", v.history);
}
template <typename W, FieldsOf<Projections> T> void fields(W& w, T& v) {
    w("source", v.source)("employment_2024", v.employment_2024)("employment_2034", v.employment_2034)
     ("change", v.change)("change_percent", v.change_percent)("openings", v.openings)
     ("self_employed_percent", v.self_employed_percent)("median_wage", v.median_wage);
}
template <typename W, FieldsOf<EducationShare> T> void fields(W& w, T& v) { w("level", v.level)("percent", v.percent); }
template <typename W, FieldsOf<Preparation> T> void fields(W& w, T& v) {
    w("source", v.source)("entry_education", v.entry_education)("work_experience", v.work_experience)
     ("on_the_job_training", v.on_the_job_training)("job_zone", v.job_zone)("job_zone_name", v.job_zone_name)
     ("job_zone_source", v.job_zone_source)("education_levels", v.education_levels)
     ("education_levels_source", v.education_levels_source);
}
template <typename W, FieldsOf<Technology> T> void fields(W& w, T& v) {
    w("name", v.name)("category", v.category)("hot", v.hot)("in_demand", v.in_demand);
}
// A work style has no level: the key table has no key for it, and its reader leaves it empty.
template <typename W, FieldsOf<Rating> T> void fields(W& w, T& v) {
    w("name", v.name)("importance", v.importance)("level", v.level);
}
template <typename W, FieldsOf<Score> T> void fields(W& w, T& v) { w("name", v.name)("value", v.value); }
template <typename W, FieldsOf<RelatedOccupation> T> void fields(W& w, T& v) {
    w("soc", v.soc)("title", v.title)("tier", v.tier)("id", v.id);
}
template <typename W, FieldsOf<Work> T> void fields(W& w, T& v) {
    w("source", v.source)("core_tasks", v.core_tasks)("supplemental_tasks", v.supplemental_tasks)
     ("technology", v.technology)("skills", v.skills)("knowledge", v.knowledge)("interests", v.interests)
     ("work_values", v.work_values)("work_styles", v.work_styles)("related", v.related);
}
// The id is the file's name, not a key of it; the links are the catalog's (CatalogLinks), in none.
template <typename W, FieldsOf<Career> T> void fields(W& w, T& v) {
    w("id", v.id)("kind", v.kind)("soc", v.soc)("title", v.title)("bls_title", v.bls_title)("group", v.group)
     ("aliases", v.aliases)("reported_titles", v.reported_titles)("alternate_titles", v.alternate_titles)
     ("tags", v.tags)("summary", v.summary)("remote_friendly", v.remote_friendly)
     ("remote_friendly_source", v.remote_friendly_source)("market_demand", v.market_demand)("salary", v.salary)
     ("role", v.role)("qualifications", v.qualifications)("education", v.education)("tiers", v.tiers)
     ("market", v.market)("day", v.day)("work_life", v.work_life)("skill_map", v.skill_map)
     ("pros_cons.pros", v.pros)("pros_cons.cons", v.cons)("advice.beginner_mistakes", v.beginner_mistakes)
     ("advice.contextual", v.contextual_advice)("case_studies", v.case_studies)("portfolio.tips", v.portfolio_tips)
     ("job_outlook", v.job_outlook)("faq", v.faq)("wages", v.wages)("projections", v.projections)
     ("training", v.preparation)("work", v.work)("sources", v.source_records);
}

}  // namespace career
