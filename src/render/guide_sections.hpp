#pragma once
// Each section of the guide written through a GuideWriter: the renderers of the section table
// (render/section_table.cpp), which also says when a career has data for each.
#include <string>
#include <utility>
#include <vector>

#include "model/career.hpp"
#include "render/guide_writer.hpp"

namespace career::guide {

void summary(const Career& career, GuideWriter& w);
void demand(const Career& career, GuideWriter& w);
void salary(const Career& career, GuideWriter& w);
void core_functions(const Career& career, GuideWriter& w);
void responsibilities(const Career& career, GuideWriter& w);
void work_setting(const Career& career, GuideWriter& w);
void tech_stack(const Career& career, GuideWriter& w);
void education_level(const Career& career, GuideWriter& w);
void tech_skills(const Career& career, GuideWriter& w);
void soft_abilities(const Career& career, GuideWriter& w);
void way_in(const Career& career, GuideWriter& w);
void education(const Career& career, GuideWriter& w);
void tiers(const Career& career, GuideWriter& w);
void global_outlook(const Career& career, GuideWriter& w);
void job_market(const Career& career, GuideWriter& w);
void day(const Career& career, GuideWriter& w);
void work_life(const Career& career, GuideWriter& w);
void skill_map(const Career& career, GuideWriter& w);
void pros_cons(const Career& career, GuideWriter& w);
void mistakes(const Career& career, GuideWriter& w);
void advice(const Career& career, GuideWriter& w);
void case_studies(const Career& career, GuideWriter& w);
void portfolio(const Career& career, GuideWriter& w);
void outlook(const Career& career, GuideWriter& w);
void faq(const Career& career, GuideWriter& w);
void sources(const Career& career, GuideWriter& w);

// Whether the salary band has a figure or a sentence to show.
bool has_salary_figures(const SalaryBand& band);

// A stage's length as the training stages show it: "4 years", "1–2 years, optional", "2–4 years,
// by route".
std::string stage_length(const EducationStage& stage);

// What a figure is (its label) and the id of the source record it comes from.
using BackedFigures = std::vector<std::pair<std::string, std::string>>;

// The training's figures (each stage's years, each route's, each milestone's) with their sources.
BackedFigures training_sources(const Career& career);

// Where figures come from: "Source: …" when one source backs them all, else "Sources" and each
// source with the figures it backs; "not given" for figures without a source.
void write_sources(const Career& career, const BackedFigures& figures, GuideWriter& w);

}  // namespace career::guide
