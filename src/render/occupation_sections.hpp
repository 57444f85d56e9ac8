#pragma once
// The sections of an occupation of the national catalog (data/occupations/), written through a
// GuideWriter as the guide's are: pay, outlook, training, tasks, technology, skills, knowledge,
// interests, work values and styles, related occupations and sources. Every figure is followed by
// the source it comes from and its period; what a source does not give is "not available".
#include "model/career.hpp"
#include "render/guide_writer.hpp"

namespace career::occupation {

// The title, SOC code, BLS title, aliases, description and headline figures.
void summary(const Career& career, GuideWriter& w);
void titles(const Career& career, GuideWriter& w);
void pay(const Career& career, GuideWriter& w);
void outlook(const Career& career, GuideWriter& w);
void training(const Career& career, GuideWriter& w);
void tasks(const Career& career, GuideWriter& w);
void technology(const Career& career, GuideWriter& w);
void skills(const Career& career, GuideWriter& w);
void knowledge(const Career& career, GuideWriter& w);
void interests(const Career& career, GuideWriter& w);
void work_values(const Career& career, GuideWriter& w);
void work_styles(const Career& career, GuideWriter& w);
void related(const Career& career, GuideWriter& w);
void sources(const Career& career, GuideWriter& w);

// A guide's occupation's official figures, shown beside the guide's own (issue 12), each with its
// source: the annual wage percentiles, the change and openings 2024–34, the entry requirements.
void official_pay(const Career& occupation, GuideWriter& w);
void official_outlook(const Career& occupation, GuideWriter& w);
void official_training(const Career& occupation, GuideWriter& w);

// The credits the career's sources ask for (O*NET's), one a line.
Items credits(const Career& career);

}  // namespace career::occupation
