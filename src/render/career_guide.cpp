#include "render/career_guide.hpp"

#include <algorithm>
#include <functional>
#include <stdexcept>

#include <fmt/format.h>

#include "render/formatting.hpp"
#include "render/text_wrap.hpp"
#include "render/markdown_writer.hpp"
#include "render/text_writer.hpp"
#include "render/view_text.hpp"

namespace career {
namespace {

std::string join(const Items& items, std::string_view separator) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : std::string(separator)) + item;
    return out;
}

bool has_salary_figures(const SalaryBand& s) {
    return s.minimum || s.maximum || s.median || s.entry || s.mid || s.senior || s.top_10_percent ||
           !s.top_earners.empty();
}

// Each section: whether the career has data for it, and how to print it.
struct SectionRenderer {
    std::function<bool(const Career&)> has_data;
    std::function<void(const Career&, GuideWriter&)> render;
};

void render_summary(const Career& c, GuideWriter& w) {
    w.title(c.title);
    if (!c.aliases.empty()) {
        w.field("Also known as", join(c.aliases, ", "));
        w.blank();
    }
    w.prose(c.summary);
    Items headline;
    if (auto growth = growth_percent(c)) headline.push_back(format_percent(*growth) + " growth rate");
    if (auto median = median_salary(c))
        headline.push_back(format_money(*median, c.salary->currency) + " median salary");
    if (c.remote_friendly) headline.push_back(*c.remote_friendly ? "remote-friendly" : "not remote-friendly");
    if (!headline.empty()) w.prose(join(headline, " · "));
}

void render_demand(const Career& c, GuideWriter& w) {
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

void render_salary(const Career& c, GuideWriter& w) {
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

void render_education(const Career& c, GuideWriter& w) {
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

void render_tiers(const Career& c, GuideWriter& w) {
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

void render_job_market(const Career& c, GuideWriter& w) {
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

void render_day(const Career& c, GuideWriter& w) {
    w.heading("A Day in the Life");
    for (const auto& block : c.day) {
        w.subheading(fmt::format("{} ({} – {})", block.name, format_time(block.start),
                                 format_time(block.end)));
        if (!block.focus.empty()) w.field("  Focus", block.focus);
        w.list(block.tasks, "  ");
    }
}

void render_work_life(const Career& c, GuideWriter& w) {
    w.heading("Work-Life Balance & Stress");
    Figures figures;
    if (c.work_life.stress) figures.emplace_back("Stress Level", label_of(*c.work_life.stress));
    if (c.work_life.balance) figures.emplace_back("Balance Rating", label_of(*c.work_life.balance));
    if (!figures.empty()) w.figures({"Measure", "Rating"}, figures);
    w.prose(c.work_life.text);
}

void render_skill_map(const Career& c, GuideWriter& w) {
    w.heading("Skill Map");
    w.prose(c.skill_map.intro);
    for (const auto& category : c.skill_map.categories) {
        w.subheading(category.name);
        w.prose(category.blurb, "  ");
        w.list(category.skills, "  ");
    }
}

void render_pros_cons(const Career& c, GuideWriter& w) {
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

void render_case_studies(const Career& c, GuideWriter& w) {
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

void render_outlook(const Career& c, GuideWriter& w) {
    w.heading("Job Outlook & Related Roles");
    const JobOutlook& o = c.job_outlook;
    Figures figures;
    if (o.growth_percent) figures.emplace_back("Growth Rate", format_percent(*o.growth_percent));
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

void render_faq(const Career& c, GuideWriter& w) {
    w.heading("Frequently Asked Questions");
    for (const auto& entry : c.faq) {
        w.subheading(entry.question);
        w.prose(entry.answer, "  ");
    }
}

void render_sources(const Career& c, GuideWriter& w) {
    w.heading("Sources & References");
    if (c.sources.empty()) {
        w.note("None listed.");
    } else {
        w.list(c.sources);
    }
}

const SectionRenderer& renderer_for(Section section) {
    using C = const Career&;
    // Most sections are a heading over one piece of prose or one list.
    static const auto prose = [](std::string (*heading)(C), std::function<const Paragraphs&(C)> get) {
        return SectionRenderer{[get](C c) { return !get(c).empty(); },
                               [heading, get](C c, GuideWriter& w) {
                                   w.heading(heading(c));
                                   w.prose(get(c));
                               }};
    };
    static const auto items = [](std::string (*heading)(C), std::function<const Items&(C)> get) {
        return SectionRenderer{[get](C c) { return !get(c).empty(); },
                               [heading, get](C c, GuideWriter& w) {
                                   w.heading(heading(c));
                                   w.list(get(c));
                               }};
    };
    static const std::vector<SectionRenderer> renderers = {
        /* summary */ {[](C) { return true; }, render_summary},
        /* demand */ {[](C c) { return c.market_demand.has_value(); }, render_demand},
        /* salary */ {[](C c) { return c.salary && has_salary_figures(*c.salary); }, render_salary},
        /* core_functions */
        prose([](C c) { return "Core Functions of the " + c.title + " Role"; },
              [](C c) -> const Paragraphs& { return c.role.core_functions; }),
        /* responsibilities */
        items([](C) { return std::string("Key Responsibilities"); },
              [](C c) -> const Items& { return c.role.responsibilities; }),
        /* work_setting */
        prose([](C) { return std::string("Work Setting"); },
              [](C c) -> const Paragraphs& { return c.role.work_setting; }),
        /* tech_stack */
        items([](C) { return std::string("Tech Stack"); },
              [](C c) -> const Items& { return c.role.tech_stack; }),
        /* education_level */
        prose([](C) { return std::string("Education Level"); },
              [](C c) -> const Paragraphs& { return c.qualifications.education_level; }),
        /* tech_skills */
        items([](C) { return std::string("Tech Skills"); },
              [](C c) -> const Items& { return c.qualifications.tech_skills; }),
        /* soft_abilities */
        items([](C) { return std::string("Soft Abilities"); },
              [](C c) -> const Items& { return c.qualifications.soft_abilities; }),
        /* path */
        prose([](C c) { return "Path to " + c.title; },
              [](C c) -> const Paragraphs& { return c.qualifications.path; }),
        /* education */
        {[](C c) {
             return !c.qualifications.required_education.empty() || !c.education.stages.empty() ||
                    !c.education.milestones.empty();
         },
         render_education},
        /* tiers */ {[](C c) { return !c.tiers.empty(); }, render_tiers},
        /* global_outlook */
        prose([](C) { return std::string("Global Outlook"); },
              [](C c) -> const Paragraphs& { return c.market.global_outlook; }),
        /* job_market */
        {[](C c) {
             return !c.market.challenges.empty() || !c.market.growth_paths.empty() ||
                    !c.market.industry_trends.empty();
         },
         render_job_market},
        /* day */ {[](C c) { return !c.day.empty(); }, render_day},
        /* work_life */
        {[](C c) { return c.work_life.stress || c.work_life.balance || !c.work_life.text.empty(); },
         render_work_life},
        /* skill_map */ {[](C c) { return !c.skill_map.categories.empty(); }, render_skill_map},
        /* pros_cons */ {[](C c) { return !c.pros.empty() || !c.cons.empty(); }, render_pros_cons},
        /* mistakes */
        items([](C) { return std::string("Common Mistakes of Beginners"); },
              [](C c) -> const Items& { return c.beginner_mistakes; }),
        /* advice */
        items([](C) { return std::string("Contextual Advice"); },
              [](C c) -> const Items& { return c.contextual_advice; }),
        /* case_studies */ {[](C c) { return !c.case_studies.empty(); }, render_case_studies},
        /* portfolio */
        prose([](C) { return std::string("Portfolio Tips"); },
              [](C c) -> const Paragraphs& { return c.portfolio_tips; }),
        /* outlook: always shown, like the guide, which lists related roles even when empty */
        {[](C) { return true; }, render_outlook},
        /* faq */ {[](C c) { return !c.faq.empty(); }, render_faq},
        /* sources */ {[](C) { return true; }, render_sources},
    };
    // One renderer per section, in the order of the Section enum.
    if (renderers.size() != all_sections().size())
        throw std::logic_error("career_text: the renderers do not match the sections");
    return renderers.at(static_cast<std::size_t>(section));
}

// The guide in any form: the sections in order, each through `w`.
void render_guide(const Career& career, const std::vector<Section>& only, GuideWriter& writer) {
    bool qualifications_heading_done = false;
    for (const auto& info : all_sections()) {
        const bool asked = std::find(only.begin(), only.end(), info.section) != only.end();
        if (!only.empty() && !asked) continue;
        const SectionRenderer& renderer = renderer_for(info.section);
        if (renderer.has_data(career)) {
            // The guide groups these three under one heading of its own.
            const bool qualification = info.section == Section::education_level ||
                                       info.section == Section::tech_skills ||
                                       info.section == Section::soft_abilities;
            if (qualification && !qualifications_heading_done) {
                writer.heading("Skills and Qualifications");
                qualifications_heading_done = true;
            }
            renderer.render(career, writer);
        } else if (asked) {
            std::string heading(info.description);
            heading[0] = static_cast<char>(heading[0] - 'a' + 'A');
            writer.heading(heading);
            writer.not_given();
        }
    }
}

}  // namespace

void render_career_text(const Career& career, const std::vector<Section>& only, const Style& style,
                        Sink& out) {
    TextWriter writer(style, out);
    render_guide(career, only, writer);
}

void render_career_markdown(const Career& career, const std::vector<Section>& only, Sink& out) {
    MarkdownWriter writer(out);
    // One title whatever the sections, so the document always says what it is about.
    if (!only.empty() && std::find(only.begin(), only.end(), Section::summary) == only.end())
        writer.title(career.title);
    render_guide(career, only, writer);
}

}  // namespace career
