#include "render/occupation_sections.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "model/summary.hpp"
#include "render/bars.hpp"
#include "render/formatting.hpp"

namespace career::occupation {
namespace {

std::string comma_joined(const Items& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

// The source of a part, as its last line.
void source_of(const Career& c, GuideWriter& w, std::string_view id) {
    if (!id.empty()) w.source(career::source_line(c, id));
}

// A scale of `most` as a bar of `cells`, for scores and shares.
std::string score_bar(double value, double most, std::size_t cells) {
    const auto filled = static_cast<std::size_t>(std::lround(std::clamp(value / most, 0.0, 1.0) * cells));
    std::string bar;
    for (std::size_t i = 0; i < filled; ++i) bar += "█";
    return bar;
}

// O*NET's names of the interests and work values, for the keys of the file.
std::string score_name(std::string_view key) {
    std::string name(key);
    std::replace(name.begin(), name.end(), '_', ' ');
    if (!name.empty()) name[0] = static_cast<char>(name[0] - 'a' + 'A');
    return name;
}

void ratings(const std::vector<Rating>& rated, bool with_level, GuideWriter& w) {
    TableRows rows;
    for (const auto& r : rated) {
        std::vector<std::string> row{r.name, format_score(r.importance), score_bar(r.importance, 5, 10)};
        if (with_level) row.insert(row.begin() + 2, r.level ? format_score(*r.level) : "not available");
        rows.push_back(std::move(row));
    }
    if (with_level)
        w.table({"Name", "Importance (1–5)", "Level (0–7)", ""}, rows);
    else
        w.table({"Name", "Importance (1–5)", ""}, rows);
}

void scores(const std::vector<Score>& scored, GuideWriter& w) {
    TableRows rows;
    for (const auto& s : scored) rows.push_back({score_name(s.name), format_score(s.value), score_bar(s.value, 7, 14)});
    w.table({"", "Score (1–7)", ""}, rows);
}

}  // namespace


Items credits(const Career& c) {
    Items out;
    for (const auto& record : c.source_records)
        if (!record.credit.empty()) out.push_back(record.credit);
    return out;
}

void summary(const Career& c, GuideWriter& w) {
    w.title(c.title);
    std::string line = "SOC " + c.soc;
    if (!c.group.empty()) line += " · " + c.group;
    if (!c.bls_title.empty()) line += " · BLS title: " + c.bls_title;
    w.prose(line);
    if (!c.aliases.empty()) {
        w.field("Also known as", comma_joined(c.aliases));
        w.blank();
    }
    w.prose(c.summary);
    Items headline;
    if (c.wages && c.wages->annual.median)
        headline.push_back(fmt::format("{} median pay a year ({})", format_wage(c.wages->annual.median),
                                       source_label(c, c.wages->source)));
    if (c.projections && c.projections->change_percent)
        headline.push_back(fmt::format("{} growth ({})", format_percent(*c.projections->change_percent),
                                       growth_basis(c)));
    if (c.preparation && !c.preparation->entry_education.empty())
        headline.push_back("entry: " + c.preparation->entry_education);
    if (!headline.empty()) {
        std::string text;
        for (const auto& item : headline) text += (text.empty() ? "" : " · ") + item;
        w.prose(text);
    }
    // The guides written about it (issue 12), found when it was loaded (Career::links).
    for (const auto& guide : c.links.guides) w.field("Guide", guide.title + ": career show " + guide.id);
    if (!c.links.guides.empty()) w.blank();
}

void official_pay(const Career& c, GuideWriter& w) {
    const Wages& wages = *c.wages;
    const WagePercentiles& p = wages.annual;
    Figures figures{{"10th percentile", format_wage(p.p10)}, {"25th percentile", format_wage(p.p25)},
                    {"Median", format_wage(p.median)},        {"75th percentile", format_wage(p.p75)},
                    {"90th percentile", format_wage(p.p90)}};
    if (wages.employment) figures.emplace_back("Employment", format_count(*wages.employment));
    w.figures({"Annual pay", ""}, figures);
    w.field("Basis", "percentiles of the annual wages of all workers, " + source_label(c, wages.source));
    source_of(c, w, wages.source);
}

void official_outlook(const Career& c, GuideWriter& w) {
    const Projections& p = *c.projections;
    Figures figures;
    std::string change = p.change_percent ? format_percent(*p.change_percent) : std::string("not available");
    if (p.change) change += fmt::format(" ({} jobs)", format_count(*p.change, true));
    figures.emplace_back("Change, 2024–34", change);
    figures.emplace_back("Openings a year", p.openings ? format_count(*p.openings) + " (average, 2024–34)" : "not available");
    w.figures({"Figure", ""}, figures);
    source_of(c, w, p.source);
}

void official_training(const Career& c, GuideWriter& w) {
    const Preparation& p = *c.preparation;
    const auto given = [](const std::string& text) { return text.empty() ? std::string("not available") : text; };
    w.figures({"Requirement", ""}, {{"Typical entry education", given(p.entry_education)},
                                    {"Work experience", given(p.work_experience)},
                                    {"On-the-job training", given(p.on_the_job_training)}});
    source_of(c, w, p.source);
}

void titles(const Career& c, GuideWriter& w) {
    w.heading("Other Titles");
    if (!c.reported_titles.empty()) {
        w.subheading("Titles workers report");
        w.prose(comma_joined(c.reported_titles), "  ");
    }
    if (!c.alternate_titles.empty()) {
        w.subheading("Alternate titles");
        w.prose(comma_joined(c.alternate_titles), "  ");
    }
    if (c.work) source_of(c, w, c.work->source);
}

void pay(const Career& c, GuideWriter& w) {
    const Wages& wages = *c.wages;
    w.heading(fmt::format("Wages (US, {})", source_label(c, wages.source)));
    if (wages.employment) {
        w.field("Employment", format_count(*wages.employment));
        w.blank();
    }
    const auto row = [](std::string name, const WagePercentiles& p, WagePeriod period) {
        return std::vector<std::string>{std::move(name),         format_wage(p.p10, period),
                                        format_wage(p.p25, period), format_wage(p.median, period),
                                        format_wage(p.p75, period), format_wage(p.p90, period),
                                        format_wage(p.mean, period)};
    };
    w.table({"", "10th", "25th", "Median", "75th", "90th", "Mean"},
            {row("Annual", wages.annual, WagePeriod::annual), row("Hourly", wages.hourly, WagePeriod::hourly)});
    w.note("Percentiles: a tenth of workers earn less than the 10th, a quarter less than the 25th, and so on.");
    source_of(c, w, wages.source);
    if (!wages.history.empty()) {
        w.subheading("Median annual wage by year, in the dollars of each year");
        double most = 0;
        for (const auto& year : wages.history)
            if (year.median) most = std::max(most, year.median->amount);
        TableRows rows;
        for (const auto& year : wages.history)
            rows.push_back({std::to_string(year.year), format_wage(year.median),
                            year.median ? score_bar(year.median->amount, most, 20) : "",
                            source_label(c, year.source)});
        w.table({"Year (May)", "Median", "", "Source"}, rows);
    }
}

void outlook(const Career& c, GuideWriter& w) {
    const Projections& p = *c.projections;
    w.heading("Outlook, 2024–34");
    Figures figures;
    const auto count = [](const std::optional<std::int64_t>& n) { return n ? format_count(*n) : "not available"; };
    figures.emplace_back("Jobs in 2024", count(p.employment_2024));
    figures.emplace_back("Jobs in 2034 (projected)", count(p.employment_2034));
    std::string change = p.change ? format_count(*p.change, true) + " jobs" : "not available";
    if (p.change_percent) change += fmt::format(" ({}, 2024–34)", format_percent(*p.change_percent));
    figures.emplace_back("Change", change);
    figures.emplace_back("Openings a year", p.openings ? format_count(*p.openings) + " (average, 2024–34)" : "not available");
    if (p.self_employed_percent)
        figures.emplace_back("Self-employed", format_percent(*p.self_employed_percent) + " (2024)");
    if (p.median_wage) figures.emplace_back("Median annual wage", format_wage(p.median_wage) + " (May 2024)");
    w.figures({"Figure", ""}, figures);
    w.note("Openings count jobs that open as workers leave the occupation or retire, as well as new jobs.");
    source_of(c, w, p.source);
}

void training(const Career& c, GuideWriter& w) {
    const Preparation& p = *c.preparation;
    w.heading("Training");
    Figures figures;
    const auto given = [](const std::string& text) { return text.empty() ? std::string("not available") : text; };
    if (!p.source.empty()) {
        figures.emplace_back("Typical entry education", given(p.entry_education));
        figures.emplace_back("Work experience", given(p.work_experience));
        figures.emplace_back("On-the-job training", given(p.on_the_job_training));
        w.figures({"Requirement", ""}, figures);
        source_of(c, w, p.source);
    }
    if (p.job_zone) {
        w.field("Job zone", fmt::format("{} of 5: {}", *p.job_zone, p.job_zone_name));
        w.blank();
        source_of(c, w, p.job_zone_source);
    }
    if (!p.education_levels.empty()) {
        w.subheading("Education workers report");
        TableRows rows;
        for (const auto& level : p.education_levels)
            rows.push_back({level.level, format_percent(level.percent), score_bar(level.percent, 100, 20)});
        w.table({"Level", "Workers", ""}, rows);
        source_of(c, w, p.education_levels_source);
    }
}

void tasks(const Career& c, GuideWriter& w) {
    const Work& work = *c.work;
    w.heading("Tasks");
    if (!work.core_tasks.empty()) {
        w.subheading("Core tasks");
        w.list(work.core_tasks);
    }
    if (!work.supplemental_tasks.empty()) {
        w.subheading(work.core_tasks.empty() ? "Tasks" : "Supplemental tasks");
        w.list(work.supplemental_tasks);
    }
    source_of(c, w, work.source);
}

void technology(const Career& c, GuideWriter& w) {
    const Work& work = *c.work;
    w.heading("Technology");
    w.note("* hot technology: often named in job postings; + in demand: often named in this occupation's.");
    // By kind, the kinds in the order they first appear.
    std::vector<std::string> categories;
    for (const auto& t : work.technology)
        if (std::find(categories.begin(), categories.end(), t.category) == categories.end()) categories.push_back(t.category);
    for (const auto& category : categories) {
        Items names;
        for (const auto& t : work.technology)
            if (t.category == category) names.push_back(t.name + (t.hot ? " *" : "") + (t.in_demand ? "+" : ""));
        w.subheading(category);
        w.prose(comma_joined(names), "  ");
    }
    source_of(c, w, work.source);
}

void skills(const Career& c, GuideWriter& w) {
    w.heading("Skills");
    ratings(c.work->skills, true, w);
    source_of(c, w, c.work->source);
}

void knowledge(const Career& c, GuideWriter& w) {
    w.heading("Knowledge");
    ratings(c.work->knowledge, true, w);
    source_of(c, w, c.work->source);
}

void interests(const Career& c, GuideWriter& w) {
    w.heading("Interests");
    scores(c.work->interests, w);
    source_of(c, w, c.work->source);
}

void work_values(const Career& c, GuideWriter& w) {
    w.heading("Work Values");
    scores(c.work->work_values, w);
    source_of(c, w, c.work->source);
}

void work_styles(const Career& c, GuideWriter& w) {
    w.heading("Work Styles");
    ratings(c.work->work_styles, false, w);
    source_of(c, w, c.work->source);
}

void related(const Career& c, GuideWriter& w) {
    w.heading("Related Occupations");
    Items items;
    for (const auto& r : c.work->related) {
        std::string item = fmt::format("{} ({})", r.title, r.soc);
        if (!r.id.empty()) item += "  career show " + r.id;
        items.push_back(std::move(item));
    }
    w.list(items);
    source_of(c, w, c.work->source);
}

void sources(const Career& c, GuideWriter& w) {
    w.heading("Sources & References");
    Items items;
    for (const auto& record : c.source_records) {
        std::string item = record.title;
        if (!record.published.empty()) item += ", " + record.published;
        if (!record.url.empty()) item += ", " + record.url;
        if (!record.license.empty()) item += " (" + record.license + ")";
        items.push_back(std::move(item));
    }
    w.list(items);
    for (const auto& credit : credits(c)) w.prose(credit);
}

}  // namespace career::occupation
