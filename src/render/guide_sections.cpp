#include "render/guide_sections.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "model/summary.hpp"
#include "render/formatting.hpp"
#include "render/occupation_sections.hpp"
#include "render/view_text.hpp"

namespace career::guide {
namespace {

std::string joined(const Items& items, std::string_view separator) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : std::string(separator)) + item;
    return out;
}

// Most sections are a heading over one piece of prose or one list.
void prose_section(GuideWriter& w, std::string_view heading, const Paragraphs& text) {
    w.heading(heading);
    w.prose(text);
}

void list_section(GuideWriter& w, std::string_view heading, const Items& items) {
    w.heading(heading);
    w.list(items);
}

// "Radiologists (SOC 29-1224)": the occupation a guide is about, as its official figures' heading says.
std::string occupation_name(const Career& occupation) {
    return fmt::format("{} (SOC {})", occupation.title, occupation.soc);
}

}  // namespace

void write_sources(const Career& c, const BackedFigures& backed, GuideWriter& w) {
    std::vector<std::pair<std::string, Items>> groups;  // source id, labels; in the order of first use
    for (const auto& figure : backed) {
        const auto& [label, id] = figure;
        // Clang before 16 cannot capture a structured binding, and the fuzz build uses clang.
        auto group = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == figure.second; });
        if (group == groups.end()) group = groups.insert(groups.end(), {id, {}});
        group->second.push_back(label);
    }
    const auto line = [&](const std::string& id) { return id.empty() ? std::string("not given") : source_line(c, id); };
    if (groups.empty()) return;
    if (groups.size() == 1) {
        w.source(line(groups.front().first));
        return;
    }
    Items items;
    for (const auto& [id, labels] : groups) items.push_back(joined(labels, ", ") + ": " + line(id));
    w.subheading("Sources");
    w.list(items);
}

std::string stage_length(const EducationStage& stage) {
    std::string text = format_years(stage.years);
    if (!stage.alternatives.empty()) text += ", by route";
    if (stage.optional) text += ", optional";
    return text;
}

BackedFigures training_sources(const Career& c) {
    BackedFigures backed;
    for (const auto& stage : c.education.stages) {
        if (stage.alternatives.empty()) backed.emplace_back(stage.name, stage.source);
        for (const auto& route : stage.alternatives)
            backed.emplace_back(route.name, route.source.empty() ? stage.source : route.source);
    }
    for (const auto& m : c.education.milestones)
        if (m.years) backed.emplace_back(m.name, m.source);
    return backed;
}

bool has_salary_figures(const SalaryBand& s) {
    return s.minimum || s.maximum || s.median || s.entry || s.mid || s.senior || s.top_10_percent ||
           !s.top_earners.empty();
}

void core_functions(const Career& c, GuideWriter& w) {
    prose_section(w, "Core Functions of the " + c.title + " Role", c.role.core_functions);
}
void responsibilities(const Career& c, GuideWriter& w) {
    list_section(w, "Key Responsibilities", c.role.responsibilities);
}
void work_setting(const Career& c, GuideWriter& w) { prose_section(w, "Work Setting", c.role.work_setting); }
void tech_stack(const Career& c, GuideWriter& w) { list_section(w, "Tech Stack", c.role.tech_stack); }
void education_level(const Career& c, GuideWriter& w) {
    prose_section(w, "Education Level", c.qualifications.education_level);
}
void tech_skills(const Career& c, GuideWriter& w) { list_section(w, "Tech Skills", c.qualifications.tech_skills); }
void soft_abilities(const Career& c, GuideWriter& w) {
    list_section(w, "Soft Abilities", c.qualifications.soft_abilities);
}
void way_in(const Career& c, GuideWriter& w) { prose_section(w, "The Way In", c.qualifications.path); }
void global_outlook(const Career& c, GuideWriter& w) { prose_section(w, "Global Outlook", c.market.global_outlook); }
void mistakes(const Career& c, GuideWriter& w) {
    list_section(w, "Common Mistakes of Beginners", c.beginner_mistakes);
}
void advice(const Career& c, GuideWriter& w) { list_section(w, "Contextual Advice", c.contextual_advice); }
void portfolio(const Career& c, GuideWriter& w) { prose_section(w, "Portfolio Tips", c.portfolio_tips); }

void summary(const Career& c, GuideWriter& w) {
    w.title(c.title);
    if (!c.aliases.empty()) {
        w.field("Also known as", joined(c.aliases, ", "));
        w.blank();
    }
    w.prose(c.summary);
    // Each headline figure says what it is, next to it (issue 13).
    Items headline;
    if (auto growth = growth_percent(c))
        headline.push_back(fmt::format("{} growth rate ({})", format_percent(*growth), growth_note(c.job_outlook)));
    if (auto median = median_salary(c))
        headline.push_back(fmt::format("{} median salary ({})", format_money(*median, c.salary->currency),
                                       pay_basis(*c.salary)));
    if (c.remote_friendly) {
        const SourceRecord* tag = find_source(c, c.remote_friendly_source);
        headline.push_back(fmt::format("{} ({})", *c.remote_friendly ? "remote-friendly" : "not remote-friendly",
                                       tag ? "tagged so by " + tag->title : std::string("source not given")));
    }
    if (!headline.empty()) w.prose(joined(headline, " · "));
    if (c.soc.empty()) return;
    // The occupation the guide is about, where its official figures are (issue 12).
    if (const auto& occupation = c.links.occupation)
        w.field("Occupation", fmt::format("{}: career show {}", occupation_name(*occupation), occupation->id));
    else
        w.field("Occupation", fmt::format("SOC {}{}", c.soc, c.links.resolved ? ", not in this catalog" : ""));
    w.blank();
}

void demand(const Career& c, GuideWriter& w) {
    w.heading("Market Demand");
    // The level on its scale, as the guide's gauge shows it.
    std::string scale;
    for (auto word : level_words()) {
        if (!scale.empty()) scale += " · ";
        scale += label_of(*level_from_word(word));
    }
    w.field("Demand", fmt::format("{}  (scale: {})", label_of(c.market_demand->level), scale));
    w.blank();
    w.prose(c.market_demand->text);
}

void salary(const Career& c, GuideWriter& w) {
    const SalaryBand& s = *c.salary;
    w.heading(fmt::format("Annual Salary ({}, {})", s.country, s.currency));
    // Every figure of the band, so that one the source does not give says so where a user looks.
    auto money = [&](const std::optional<Money>& m, std::string_view suffix = "") {
        return m ? format_money(*m, s.currency) + std::string(suffix) : std::string("not given");
    };
    Figures figures;
    figures.emplace_back("Range", s.minimum && s.maximum ? format_money_range(*s.minimum, *s.maximum, s.currency)
                                                         : std::string("not given"));
    figures.emplace_back("Median", money(s.median));
    figures.emplace_back("Entry-Level", money(s.entry));
    figures.emplace_back("Mid-Level", money(s.mid));
    figures.emplace_back("Senior-Level", money(s.senior));
    figures.emplace_back("Top 10%", money(s.top_10_percent, "+"));
    w.figures({"Level", "Annual salary"}, figures);
    w.prose(s.top_earners);
    w.field("Basis", pay_basis(s));
    w.source(s.source.empty() ? std::string("not given") : source_line(c, s.source));
    if (const auto& occupation = c.links.occupation; occupation && occupation->wages) {
        w.subheading("Official figures: " + occupation_name(*occupation));
        occupation::official_pay(*occupation, w);
    }
}

void education(const Career& c, GuideWriter& w) {
    w.heading("Required Education");
    w.prose(c.qualifications.required_education);
    const Education& e = c.education;
    if (!e.stages.empty()) {
        w.subheading("Training stages");
        TableRows rows;
        Items details;
        YearRange so_far{0, 0};
        bool prerequisites = false;
        for (const auto& stage : e.stages) {
            so_far = so_far + counted_years(stage);
            rows.push_back({stage.name, stage_length(stage), format_years(so_far)});
            if (!stage.detail.empty()) details.push_back(stage.name + ": " + stage.detail);
            for (const auto& route : stage.alternatives) {
                rows.push_back({"  • " + route.name, format_years(route.years), ""});
                std::string detail = route.detail;
                if (!route.prerequisite.empty()) {
                    prerequisites = true;
                    detail = "after " + route.prerequisite + " (not counted)" + (detail.empty() ? "" : ". " + detail);
                }
                if (!detail.empty()) details.push_back(route.name + ": " + detail);
            }
        }
        w.table({"Stage", "Length", "Years so far"}, rows);
        w.field("Total", format_years(*training_years(e)) +
                             (prerequisites ? "; a route that follows another qualification counts its own years only"
                                            : ""));
        w.blank();
        w.list(details);
    }
    if (!e.milestones.empty()) {
        w.subheading("Milestones");
        w.list(milestone_items(e));
    }
    write_sources(c, training_sources(c), w);
    if (const auto& occupation = c.links.occupation; occupation && occupation->preparation) {
        w.subheading("Official entry requirements: " + occupation_name(*occupation));
        occupation::official_training(*occupation, w);
    }
}

void tiers(const Career& c, GuideWriter& w) {
    w.heading("Career Ladder");
    int number = 1;
    BackedFigures backed;
    for (const auto& tier : c.tiers) {
        w.subheading(fmt::format("{}. {}", number++, tier.title));
        std::string years = tier.experience ? format_years(*tier.experience) : std::string("years not given");
        if (!tier.stage.empty()) years += fmt::format(" (the {} stage of the training, counted once)", tier.stage);
        w.field("   Experience", years);
        w.blank();
        w.prose(tier.description, "   ");
        if (tier.experience) backed.emplace_back(tier.title, tier.source);
    }
    write_sources(c, backed, w);
}

void job_market(const Career& c, GuideWriter& w) {
    w.heading("Job Market Today");
    const std::pair<std::string_view, const Paragraphs*> parts[] = {
        {"Role Challenges", &c.market.challenges},
        {"Growth Paths", &c.market.growth_paths},
        {"Industry Trends", &c.market.industry_trends},
    };
    for (const auto& [name, text] : parts) {
        if (text->empty()) continue;
        w.subheading(name);
        w.prose(*text, "  ");
    }
}

void day(const Career& c, GuideWriter& w) {
    w.heading("A Day in the Life");
    for (const auto& block : c.day) {
        w.subheading(fmt::format("{} ({} – {})", block.name, format_time(block.start),
                                 format_time(block.end)));
        if (!block.focus.empty()) w.field("  Focus", block.focus);
        w.list(block.tasks, "  ");
    }
}

void work_life(const Career& c, GuideWriter& w) {
    w.heading("Work-Life Balance & Stress");
    Figures figures;
    if (c.work_life.stress) figures.emplace_back("Stress Level", label_of(*c.work_life.stress));
    if (c.work_life.balance) figures.emplace_back("Balance Rating", label_of(*c.work_life.balance));
    if (!figures.empty()) w.figures({"Measure", "Rating"}, figures);
    w.prose(c.work_life.text);
}

void skill_map(const Career& c, GuideWriter& w) {
    w.heading("Skill Map");
    w.prose(c.skill_map.intro);
    for (const auto& category : c.skill_map.categories) {
        w.subheading(category.name);
        w.prose(category.blurb, "  ");
        w.list(category.skills, "  ");
    }
}

void pros_cons(const Career& c, GuideWriter& w) {
    w.heading("Pros & Cons for " + c.title);
    if (!c.pros.empty()) {
        w.subheading("Pros");
        w.list(c.pros);
    }
    if (!c.cons.empty()) {
        w.subheading("Cons");
        w.list(c.cons);
    }
}

void case_studies(const Career& c, GuideWriter& w) {
    w.heading("Examples and Case Studies");
    for (const auto& study : c.case_studies) {
        w.subheading(study.title);
        w.prose(study.story, "  ");
        if (!study.takeaway.empty()) {
            w.field("  Key Takeaway", study.takeaway);
            w.blank();
        }
    }
}

void outlook(const Career& c, GuideWriter& w) {
    w.heading("Job Outlook & Related Roles");
    const JobOutlook& o = c.job_outlook;
    Figures figures;
    if (o.growth_percent)
        figures.emplace_back("Growth Rate", format_percent(*o.growth_percent) + ", " + growth_note(o));
    if (!o.status.empty()) figures.emplace_back("Status", o.status);
    if (o.growth_percent) figures.emplace_back("Source", o.source.empty() ? "not given" : source_line(c, o.source));
    if (!figures.empty()) w.figures({"Outlook", ""}, figures);
    if (const auto& occupation = c.links.occupation; occupation && occupation->projections) {
        w.subheading("Official outlook: " + occupation_name(*occupation));
        occupation::official_outlook(*occupation, w);
    }
    w.subheading("Related Roles");
    if (o.related_roles.empty()) {
        w.note("None listed.");
        return;
    }
    if (o.related_roles_ours) w.note("Chosen for this guide, not taken from its source.");
    // A command is shown only for a role the catalog has (Career::links), so that it never fails.
    Items roles;
    for (const auto& id : o.related_roles) {
        const auto& found = c.links.related;
        const auto role = std::find_if(found.begin(), found.end(), [&](const CareerRef& r) { return r.id == id; });
        if (role != found.end())
            roles.push_back(role->title + " (career show " + id + ")");
        else
            roles.push_back(c.links.resolved ? id + " (not in this catalog)" : id);
    }
    w.list(roles);
}

void faq(const Career& c, GuideWriter& w) {
    w.heading("Frequently Asked Questions");
    for (const auto& entry : c.faq) {
        w.subheading(entry.question);
        w.prose(entry.answer, "  ");
    }
}

void sources(const Career& c, GuideWriter& w) {
    w.heading("Sources & References");
    if (c.source_records.empty()) {
        w.note("None listed.");
        return;
    }
    Items items;
    for (const auto& record : c.source_records) {
        std::string item = record.title;
        if (!record.published.empty())
            item += ", " + record.published;
        else if (!record.retrieved.empty())
            item += ", retrieved " + record.retrieved;
        else
            item += ", date not given";
        if (!record.url.empty()) item += ", " + record.url;
        if (!record.license.empty()) item += " (" + record.license + ")";
        items.push_back(std::move(item));
    }
    w.list(items);
    for (const auto& record : c.source_records)
        if (!record.credit.empty()) w.prose(record.credit);
}

}  // namespace career::guide
