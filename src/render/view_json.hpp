#pragma once
// The focused views as JSON: each the id and title of the career, then the view's own part of
// career_json(), with what the view computes (totals, years from the start of training) added.
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "model/career.hpp"

namespace career {

toml::table education_json(const Career& career);  // education (stages, milestones, total_years, source)
toml::table ladder_json(const Career& career);       // training_years, ladder_start, tiers with from_start_of_training
toml::table day_json(const Career& career);        // day
toml::table skills_json(const Career& career);     // skill_map, tech_skills, soft_abilities
toml::table pros_cons_json(const Career& career);  // pros, cons
toml::table faq_json(const Career& career, const std::vector<FaqEntry>& entries,
                     const std::vector<std::string>& words);  // words, faq

}  // namespace career
