#include "render/guide_sections.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "model/summary.hpp"
#include "render/formatting.hpp"
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

}  // namespace

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
void path(const Career& c, GuideWriter& w) { prose_section(w, "Path to " + c.title, c.qualifications.path); }
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
    Items headline;
    // A growth rate says its period and source beside it (issue 14): a guide's gives no period.
    if (auto growth = growth_percent(c))
        headline.push_back(format_percent(*growth) + " growth rate (" + growth_basis(c) + ")");
    if (auto median = median_salary(c))
        headline.push_back(format_money(*median, c.salary->currency) + " median salary");
    if (c.remote_friendly) headline.push_back(*c.remote_friendly ? "remote-friendly" : "not remote-friendly");
    if (!headline.empty()) w.prose(joined(headline, " · "));
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
    auto money = [&](Money m) { return format_money(m, s.currency); };
    Figures figures;
    if (s.minimum && s.maximum) figures.emplace_back("Range", format_money_range(*s.minimum, *s.maximum, s.currency));
    if (s.median) figures.emplace_back("Median", money(*s.median));
    if (s.entry) figures.emplace_back("Entry-Level", money(*s.entry));
    if (s.mid) figures.emplace_back("Mid-Level", money(*s.mid));
    if (s.senior) figures.emplace_back("Senior-Level", money(*s.senior));
    if (s.top_10_percent) figures.emplace_back("Top 10%", money(*s.top_10_percent) + "+");
    if (!figures.empty()) w.figures({"Level", "Annual salary"}, figures);
    w.prose(s.top_earners);
    w.source(s.source);
}

void education(const Career& c, GuideWriter& w) {
    w.heading("Required Education");
    w.prose(c.qualifications.required_education);
    const Education& e = c.education;
    if (!e.stages.empty()) {
        w.subheading("Training path");
        TableRows rows;
        YearRange so_far{0, 0};
        for (const auto& stage : e.stages) {
            so_far = so_far + stage.years;
            rows.push_back({stage.name, format_years(stage.years), format_years(so_far)});
        }
        w.table({"Stage", "Length", "Years so far"}, rows);
        w.field("Total", format_years(*training_years(e)));
        w.blank();
        bool any_detail = std::any_of(e.stages.begin(), e.stages.end(),
                                      [](const EducationStage& s) { return !s.detail.empty(); });
        if (any_detail) {
            Items details;
            for (const auto& stage : e.stages)
                if (!stage.detail.empty()) details.push_back(stage.name + ": " + stage.detail);
            w.list(details);
        }
    }
    if (!e.milestones.empty()) {
        w.subheading("Milestones");
        w.list(milestone_items(e));
    }
    w.source(e.source);
}

void tiers(const Career& c, GuideWriter& w) {
    w.heading("Career Path Tiers");
    int number = 1;
    for (const auto& tier : c.tiers) {
        w.subheading(fmt::format("{}. {}", number++, tier.title));
        w.field("   Experience", format_years(tier.experience));
        w.blank();
        w.prose(tier.description, "   ");
        if (!tier.source.empty()) {
            w.field("   Source", tier.source);
            w.blank();
        }
    }
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
    if (o.growth_percent) figures.emplace_back("Growth Rate", format_percent(*o.growth_percent) + " (no period given)");
    if (!o.status.empty()) figures.emplace_back("Status", o.status);
    if (!o.source.empty()) figures.emplace_back("Source", o.source);
    if (!figures.empty()) w.figures({"Outlook", ""}, figures);
    w.subheading("Related Roles");
    if (o.related_roles.empty()) {
        w.note("None listed.");
    } else {
        Items roles;
        for (const auto& id : o.related_roles) roles.push_back(id + "  (career show " + id + ")");
        w.list(roles);
    }
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
    if (c.sources.empty()) {
        w.note("None listed.");
    } else {
        w.list(c.sources);
    }
}

}  // namespace career::guide
