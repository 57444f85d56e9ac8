#pragma once
// `career list`: one line per career, as aligned text, or as records for scripts; `career groups`:
// the SOC major groups with their counts.
#include <string>
#include <vector>

#include "model/career.hpp"
#include "model/summary.hpp"
#include "render/records.hpp"
#include "render/sink.hpp"
#include "render/style.hpp"

namespace career {

// Columns SOC, TITLE, KIND, MEDIAN PAY, GROWTH and its PERIOD, SOURCE, then a legend that says
// where the figures come from and how to name a career to `career show`. A career is named on the
// line by its SOC code (which `career show` takes for an occupation) and its title (which it takes
// for any career); the id, long for an occupation, is in the records for scripts. KIND is
// "occupation", "occupation+" (an occupation a guide is about: the guide is listed under the same
// code) or "guide". Too wide for the screen, the titles shrink, cut with "…"; narrower still, each
// career is a block of lines.
void render_list_text(const std::vector<CareerSummary>& careers, const Style& style, Sink& out);

// For scripts: id, title, kind, soc, group, median_salary, median_salary_at_least, salary_basis,
// growth_percent, growth_basis, openings, employment, entry_education, job_zone, has_guide; one
// record per career.
Records list_records(const std::vector<CareerSummary>& careers);

// A SOC major group and how many careers of each kind are in it.
struct GroupCount {
    std::string code;   // "29"
    std::string title;  // "Healthcare practitioners and technical occupations"; empty when unknown
    int occupations = 0;
    int guides = 0;
};

// The major groups of the careers' SOC codes, by code; a guide counts in its occupation's group, and
// the group's title is its occupations'. Careers without a code are in no group.
std::vector<GroupCount> count_groups(const std::vector<CareerSummary>& careers);

// CODE, TITLE, OCCUPATIONS, GUIDES, a line per group; the title shrinks to fit the width, or the
// table turns into a block a group.
void render_groups_text(const std::vector<GroupCount>& groups, const Style& style, Sink& out);

// For scripts: code, title, occupations, guides.
Records group_records(const std::vector<GroupCount>& groups);

}  // namespace career
