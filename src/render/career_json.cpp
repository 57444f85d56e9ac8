#include "render/career_json.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <deque>
#include <sstream>

#include <fmt/format.h>

#include "model/summary.hpp"
#include "render/section_table.hpp"

namespace career {
namespace {

// Absent data is an absent key: an empty string or list, or a missing figure, is left out.
void put(toml::table& t, std::string_view key, const std::string& text) {
    if (!text.empty()) t.insert(key, text);
}
void put(toml::table& t, std::string_view key, const Items& items) {
    if (items.empty()) return;
    toml::array array;
    for (const auto& item : items) array.push_back(item);
    t.insert(key, std::move(array));
}
template <typename Number>
void put(toml::table& t, std::string_view key, const std::optional<Number>& number) {
    if (number) t.insert(key, static_cast<std::int64_t>(*number));
}
// A figure with a fraction as a number with a fraction; a whole one (an annual wage) as an integer.
void put(toml::table& t, std::string_view key, const std::optional<double>& number) {
    if (!number) return;
    if (*number == std::trunc(*number) && std::abs(*number) < 9e15)
        t.insert(key, static_cast<std::int64_t>(*number));
    else
        t.insert(key, *number);
}
// A wage: its amount, or { at_least = top code } above the survey's top code, as in the file.
void put(toml::table& t, std::string_view key, const std::optional<Wage>& wage) {
    if (!wage) return;
    if (wage->at_least) {
        toml::table at_least;
        put(at_least, "at_least", std::optional<double>(wage->amount));
        t.insert(key, std::move(at_least));
    } else {
        put(t, key, std::optional<double>(wage->amount));
    }
}
void put(toml::table& t, std::string_view key, toml::table&& inner) {
    if (!inner.empty()) t.insert(key, std::move(inner));
}
void put(toml::table& t, std::string_view key, toml::array&& inner) {
    if (!inner.empty()) t.insert(key, std::move(inner));
}

// The keys career_json computes, by name here and where they are written.
constexpr KeySpec kIdKey{"id", ValueKind::text, true, Section::summary, {},
                         "The career's id: the name of its file, without .toml."};
constexpr KeySpec kTotalYearsKey{"education.total_years", ValueKind::year_range, false, Section::education,
                                 Limits{.min = 0},
                                 "The years of all the stages of training together, an optional stage from 0; given when there are "
                                 "stages."};
// A guide's occupation (Career::links): who it is, and its official figures under the keys of its
// own file; and an occupation's guides.
constexpr KeySpec kOccupationKey{"occupation", ValueKind::table, false, Section::none, {},
                                 "The occupation a guide is about (its SOC code), with its official figures "
                                 "under the keys of the occupation's own document; given by career show."};
constexpr KeySpec kLinkKeys[] = {
    {"occupation.id", ValueKind::text, true, Section::summary, {}, "The occupation's id."},
    {"occupation.soc", ValueKind::soc_code, true, Section::summary, {}, "Its SOC code."},
    {"occupation.title", ValueKind::text, true, Section::summary, {}, "Its title."},
    {"guides", ValueKind::table_array, false, Section::summary, {},
     "The guides about an occupation (the careers of kind guide with its SOC code); given by career show."},
    {"guides[].id", ValueKind::text, true, Section::summary, {}, "The guide's id."},
    {"guides[].title", ValueKind::text, true, Section::summary, {}, "Its title."},
};
// The parts of an occupation's document that a guide's carries under "occupation".
constexpr std::string_view kOfficialParts[] = {"wages", "projections", "training", "sources"};
// A growth rate's period and source, beside it (model/summary.hpp, growth_basis): the same words
// as `list` and `compare` give under the same key.
constexpr KeySpec kGuideGrowthBasisKey{
    "job_outlook.growth_basis", ValueKind::text, false, Section::outlook, {},
    "The period and source of growth_percent: \"as stated in SOURCE, no period given\"; given with it."};
constexpr KeySpec kGrowthBasisKey{"projections.growth_basis", ValueKind::text, false, Section::outlook, {},
                                  "The period and source of change_percent: \"2024–34, BLS\"; given with it."};
constexpr std::array kIdentityKeys{kIdKey.path, std::string_view("title")};

bool official_part(std::string_view path) {
    const std::string_view root = path.substr(0, path.find_first_of(".["));
    return std::find(std::begin(kOfficialParts), std::end(kOfficialParts), root) != std::end(kOfficialParts);
}

// The computed keys: the id, the total years, and the links, with the official parts' keys of the
// key table under "occupation".
const std::vector<KeySpec>& computed_keys() {
    // The official parts' keys: those of the key table, and the one computed in them.
    static const std::vector<KeySpec> official = [] {
        std::vector<KeySpec> out;
        for (const KeySpec& spec : career_keys())
            if (official_part(spec.path)) out.push_back(spec);
        out.push_back(kGrowthBasisKey);
        return out;
    }();
    static const std::deque<std::string> paths = [] {
        std::deque<std::string> out;
        for (const KeySpec& spec : official) out.push_back("occupation." + std::string(spec.path));
        return out;
    }();
    static const std::vector<KeySpec> keys = [] {
        std::vector<KeySpec> out{kIdKey, kTotalYearsKey, kGuideGrowthBasisKey, kGrowthBasisKey, kOccupationKey};
        out.insert(out.end(), std::begin(kLinkKeys), std::begin(kLinkKeys) + 3);
        std::size_t next = 0;
        for (const KeySpec& spec : official) {
            KeySpec copy = spec;
            copy.path = paths[next++];
            out.push_back(copy);
        }
        out.insert(out.end(), std::begin(kLinkKeys) + 3, std::end(kLinkKeys));
        return out;
    }();
    return keys;
}

std::string time_text(TimeOfDay time) { return fmt::format("{:02}:{:02}", time.hour(), time.minute()); }

toml::table salary_json(const SalaryBand& s) {
    toml::table t;
    put(t, "country", s.country);
    put(t, "currency", s.currency);
    put(t, "minimum", s.minimum);
    put(t, "maximum", s.maximum);
    put(t, "median", s.median);
    put(t, "entry", s.entry);
    put(t, "mid", s.mid);
    put(t, "senior", s.senior);
    put(t, "top_10_percent", s.top_10_percent);
    put(t, "top_earners", s.top_earners);
    put(t, "source", s.source);
    put(t, "basis", s.basis);
    put(t, "year", s.year);
    return t;
}

// Copies the value at a dotted `path` of `from` into the same place in `to`.
void copy_path(const toml::table& from, std::string_view path, toml::table& to) {
    const auto dot = path.find('.');
    const std::string_view head = path.substr(0, dot);
    const toml::node* node = from.get(head);
    if (!node) return;
    if (dot == std::string_view::npos) {
        to.insert_or_assign(head, *node);
        return;
    }
    if (!node->is_table()) return;
    if (!to.contains(head)) to.insert(head, toml::table{});
    copy_path(*node->as_table(), path.substr(dot + 1), *to.get(head)->as_table());
    if (to.get(head)->as_table()->empty()) to.erase(head);
}

}  // namespace

std::span<const KeySpec> computed_json_keys() { return computed_keys(); }

std::span<const std::string_view> identity_json_keys() { return kIdentityKeys; }

toml::table year_range_json(const YearRange& years) {
    toml::table t{{"min", years.min}};
    if (years.max) t.insert("max", *years.max);
    return t;
}

namespace {

toml::table percentiles_json(const WagePercentiles& p) {
    toml::table t;
    put(t, "p10", p.p10);
    put(t, "p25", p.p25);
    put(t, "median", p.median);
    put(t, "p75", p.p75);
    put(t, "p90", p.p90);
    put(t, "mean", p.mean);
    return t;
}

toml::array ratings_json(const std::vector<Rating>& ratings) {
    toml::array array;
    for (const auto& r : ratings) {
        toml::table entry{{"name", r.name}, {"importance", r.importance}};
        put(entry, "level", r.level);
        array.push_back(std::move(entry));
    }
    return array;
}

toml::table scores_json(const std::vector<Score>& scores) {
    toml::table t;
    for (const auto& s : scores) t.insert(s.name, s.value);
    return t;
}

// The parts an occupation of the catalog has, under the keys of its file.
void put_occupation(const Career& c, toml::table& t) {
    put(t, "bls_title", c.bls_title);
    put(t, "group", c.group);
    put(t, "reported_titles", c.reported_titles);
    put(t, "alternate_titles", c.alternate_titles);
    if (c.wages) {
        const Wages& w = *c.wages;
        toml::table wages{{"source", w.source}};
        put(wages, "employment", w.employment);
        put(wages, "annual", percentiles_json(w.annual));
        put(wages, "hourly", percentiles_json(w.hourly));
        toml::array history;
        for (const auto& year : w.history) {
            toml::table entry{{"year", year.year}};
            put(entry, "median", year.median);
            put(entry, "source", year.source);
            history.push_back(std::move(entry));
        }
        put(wages, "history", std::move(history));
        t.insert("wages", std::move(wages));
    }
    if (c.projections) {
        const Projections& p = *c.projections;
        toml::table projections{{"source", p.source}};
        put(projections, "employment_2024", p.employment_2024);
        put(projections, "employment_2034", p.employment_2034);
        put(projections, "change", p.change);
        put(projections, "change_percent", p.change_percent);
        if (p.change_percent) projections.insert(leaf_name(kGrowthBasisKey.path), growth_basis(c));
        put(projections, "openings", p.openings);
        put(projections, "self_employed_percent", p.self_employed_percent);
        put(projections, "median_wage", p.median_wage);
        t.insert("projections", std::move(projections));
    }
    if (c.preparation) {
        const Preparation& p = *c.preparation;
        toml::table training;
        put(training, "source", p.source);
        put(training, "entry_education", p.entry_education);
        put(training, "work_experience", p.work_experience);
        put(training, "on_the_job_training", p.on_the_job_training);
        put(training, "job_zone", p.job_zone);
        put(training, "job_zone_name", p.job_zone_name);
        put(training, "job_zone_source", p.job_zone_source);
        toml::array levels;
        for (const auto& level : p.education_levels)
            levels.push_back(toml::table{{"level", level.level}, {"percent", level.percent}});
        put(training, "education_levels", std::move(levels));
        put(training, "education_levels_source", p.education_levels_source);
        put(t, "training", std::move(training));
    }
    if (c.work) {
        const Work& w = *c.work;
        toml::table work{{"source", w.source}};
        put(work, "core_tasks", w.core_tasks);
        put(work, "supplemental_tasks", w.supplemental_tasks);
        toml::array technology;
        for (const auto& tech : w.technology)
            technology.push_back(toml::table{{"name", tech.name}, {"category", tech.category}, {"hot", tech.hot},
                                             {"in_demand", tech.in_demand}});
        put(work, "technology", std::move(technology));
        put(work, "skills", ratings_json(w.skills));
        put(work, "knowledge", ratings_json(w.knowledge));
        put(work, "interests", scores_json(w.interests));
        put(work, "work_values", scores_json(w.work_values));
        put(work, "work_styles", ratings_json(w.work_styles));
        toml::array related;
        for (const auto& r : w.related) {
            toml::table entry{{"soc", r.soc}, {"title", r.title}};
            put(entry, "tier", r.tier);
            put(entry, "id", r.id);
            related.push_back(std::move(entry));
        }
        put(work, "related", std::move(related));
        t.insert("work", std::move(work));
    }
}

}  // namespace

toml::table career_json(const Career& c) {
    toml::table t;
    t.insert(kIdKey.path, c.id);
    if (c.kind == CareerKind::occupation) t.insert("kind", "occupation");
    put(t, "soc", c.soc);
    t.insert("title", c.title);
    put(t, "aliases", c.aliases);
    put(t, "tags", c.tags);
    put(t, "summary", c.summary);
    if (c.remote_friendly) t.insert("remote_friendly", *c.remote_friendly);
    put(t, "remote_friendly_source", c.remote_friendly_source);

    if (c.market_demand) {
        toml::table demand{{"level", std::string(word_of(c.market_demand->level))}};
        put(demand, "text", c.market_demand->text);
        t.insert("market_demand", std::move(demand));
    }
    if (c.salary) put(t, "salary", salary_json(*c.salary));

    toml::table role;
    put(role, "core_functions", c.role.core_functions);
    put(role, "responsibilities", c.role.responsibilities);
    put(role, "work_setting", c.role.work_setting);
    put(role, "tech_stack", c.role.tech_stack);
    put(t, "role", std::move(role));

    toml::table qualifications;
    put(qualifications, "education_level", c.qualifications.education_level);
    put(qualifications, "tech_skills", c.qualifications.tech_skills);
    put(qualifications, "soft_abilities", c.qualifications.soft_abilities);
    put(qualifications, "path", c.qualifications.path);
    put(qualifications, "required_education", c.qualifications.required_education);
    put(t, "qualifications", std::move(qualifications));

    toml::table education;
    toml::array stages, milestones;
    for (const auto& stage : c.education.stages) {
        // A stage with alternatives has the years they span, computed, as its years.
        toml::table s{{"name", stage.name}, {"years", year_range_json(stage.years)}};
        put(s, "source", stage.source);
        if (stage.optional) s.insert("optional", true);
        put(s, "detail", stage.detail);
        toml::array routes;
        for (const auto& route : stage.alternatives) {
            toml::table r{{"name", route.name}, {"years", year_range_json(route.years)}};
            put(r, "prerequisite", route.prerequisite);
            put(r, "source", route.source);
            put(r, "detail", route.detail);
            routes.push_back(std::move(r));
        }
        put(s, "alternatives", std::move(routes));
        stages.push_back(std::move(s));
    }
    for (const auto& milestone : c.education.milestones) {
        toml::table m{{"name", milestone.name}};
        if (milestone.years) m.insert("years", year_range_json(*milestone.years));
        put(m, "source", milestone.source);
        put(m, "detail", milestone.detail);
        milestones.push_back(std::move(m));
    }
    put(education, "stages", std::move(stages));
    put(education, "milestones", std::move(milestones));
    if (auto total = training_years(c.education))
        education.insert(leaf_name(kTotalYearsKey.path), year_range_json(*total));
    put(t, "education", std::move(education));

    toml::array tiers;
    for (const auto& tier : c.tiers) {
        toml::table entry{{"title", tier.title}};
        if (tier.experience) entry.insert("experience", year_range_json(*tier.experience));
        put(entry, "stage", tier.stage);
        put(entry, "description", tier.description);
        put(entry, "source", tier.source);
        tiers.push_back(std::move(entry));
    }
    put(t, "tiers", std::move(tiers));

    toml::table market;
    put(market, "global_outlook", c.market.global_outlook);
    put(market, "challenges", c.market.challenges);
    put(market, "growth_paths", c.market.growth_paths);
    put(market, "industry_trends", c.market.industry_trends);
    put(t, "market", std::move(market));

    toml::array day;
    for (const auto& block : c.day) {
        toml::table b{{"name", block.name}, {"start", time_text(block.start)}, {"end", time_text(block.end)}};
        put(b, "focus", block.focus);
        put(b, "tasks", block.tasks);
        day.push_back(std::move(b));
    }
    put(t, "day", std::move(day));

    toml::table work_life;
    if (c.work_life.stress) work_life.insert("stress", std::string(word_of(*c.work_life.stress)));
    if (c.work_life.balance) work_life.insert("balance", std::string(word_of(*c.work_life.balance)));
    put(work_life, "text", c.work_life.text);
    put(t, "work_life", std::move(work_life));

    toml::table skill_map;
    put(skill_map, "intro", c.skill_map.intro);
    toml::array categories;
    for (const auto& category : c.skill_map.categories) {
        toml::table entry{{"name", category.name}};
        put(entry, "blurb", category.blurb);
        put(entry, "skills", category.skills);
        categories.push_back(std::move(entry));
    }
    put(skill_map, "categories", std::move(categories));
    put(t, "skill_map", std::move(skill_map));

    toml::table pros_cons;
    put(pros_cons, "pros", c.pros);
    put(pros_cons, "cons", c.cons);
    put(t, "pros_cons", std::move(pros_cons));

    toml::table advice;
    put(advice, "beginner_mistakes", c.beginner_mistakes);
    put(advice, "contextual", c.contextual_advice);
    put(t, "advice", std::move(advice));

    toml::array studies;
    for (const auto& study : c.case_studies) {
        toml::table entry{{"title", study.title}};
        put(entry, "story", study.story);
        put(entry, "takeaway", study.takeaway);
        studies.push_back(std::move(entry));
    }
    put(t, "case_studies", std::move(studies));

    toml::table portfolio;
    put(portfolio, "tips", c.portfolio_tips);
    put(t, "portfolio", std::move(portfolio));

    toml::table outlook;
    put(outlook, "growth_percent", c.job_outlook.growth_percent);
    put(outlook, "basis", c.job_outlook.basis);
    put(outlook, "period", c.job_outlook.period);
    if (c.job_outlook.growth_percent) outlook.insert(leaf_name(kGuideGrowthBasisKey.path), growth_basis(c));
    put(outlook, "status", c.job_outlook.status);
    put(outlook, "source", c.job_outlook.source);
    put(outlook, "related_roles", c.job_outlook.related_roles);
    if (c.job_outlook.related_roles_ours) outlook.insert("related_roles_ours", true);
    put(t, "job_outlook", std::move(outlook));

    toml::array faq;
    for (const auto& entry : c.faq) faq.push_back(toml::table{{"question", entry.question}, {"answer", entry.answer}});
    put(t, "faq", std::move(faq));

    put_occupation(c, t);
    toml::array sources;
    for (const auto& record : c.source_records) {
        toml::table entry{{"id", record.id}, {"title", record.title}};
        put(entry, "url", record.url);
        put(entry, "published", record.published);
        put(entry, "retrieved", record.retrieved);
        put(entry, "license", record.license);
        put(entry, "credit", record.credit);
        sources.push_back(std::move(entry));
    }
    put(t, "sources", std::move(sources));

    if (const auto& occupation = c.links.occupation) {
        const toml::table full = career_json(*occupation);
        toml::table official{{"id", occupation->id}, {"soc", occupation->soc}, {"title", occupation->title}};
        for (auto part : kOfficialParts)
            if (const toml::node* node = full.get(part)) official.insert(part, *node);
        t.insert(kOccupationKey.path, std::move(official));
    }
    toml::array guides;
    for (const auto& guide : c.links.guides) guides.push_back(toml::table{{"id", guide.id}, {"title", guide.title}});
    put(t, "guides", std::move(guides));
    return t;
}

toml::table section_json(const toml::table& full, Section section) {
    toml::table part;
    for (auto path : section_keys(section)) copy_path(full, path, part);
    return part;
}

toml::table career_json(const Career& career, const std::vector<Section>& only) {
    toml::table full = career_json(career);
    if (only.empty()) return full;
    toml::table chosen;
    for (auto key : kIdentityKeys) copy_path(full, key, chosen);
    for (Section section : only)
        for (auto path : section_keys(section)) copy_path(full, path, chosen);
    // Any part of a guide's occupation comes with what it is: its id, SOC code and title.
    if (chosen.contains(kOccupationKey.path))
        for (const KeySpec& key : std::span(kLinkKeys, 3)) copy_path(full, key.path, chosen);
    return chosen;
}

void write_json(const toml::node& document, Sink& out) {
    // toml++ writes the JSON (its escaping, not ours). A number with a fraction is written with the
    // stream's default precision, six significant digits, rather than all seventeen, which would
    // turn 15.8 into 15.800000000000001: every fractional figure we have has fewer (wages have
    // cents, rates one decimal, O*NET scores two), and whole figures are integers (career_json).
    constexpr auto flags = toml::json_formatter::default_flags | toml::format_flags::relaxed_float_precision;
    std::ostringstream text;
    if (document.is_table())
        text << toml::json_formatter{*document.as_table(), flags};
    else
        text << toml::json_formatter{*document.as_array(), flags};
    text << '\n';
    out.write(text.str());
}

}  // namespace career
