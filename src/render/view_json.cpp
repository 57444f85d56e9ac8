#include "render/view_json.hpp"

#include "render/career_json.hpp"
#include "render/views.hpp"

namespace career {
namespace {

// The id and title, and the parts of the whole career's JSON that `keys` name.
toml::table part_of(const Career& career, std::initializer_list<std::string_view> keys) {
    const toml::table full = career_json(career);
    toml::table part{{"id", career.id}, {"title", career.title}};
    for (auto key : keys)
        if (const toml::node* node = full.get(key)) part.insert(key, *node);
    return part;
}

toml::array strings(const Items& items) {
    toml::array array;
    for (const auto& item : items) array.push_back(item);
    return array;
}

}  // namespace

toml::table education_json(const Career& career) { return part_of(career, {"education"}); }

toml::table ladder_json(const Career& career) {
    toml::table t{{"id", career.id}, {"title", career.title}};
    if (auto years = training_years(career.education)) t.insert("training_years", year_range_json(*years));
    if (auto start = ladder_start(career)) t.insert("ladder_start", year_range_json(*start));
    toml::array tiers;
    for (const auto& tier : career.tiers) {
        toml::table entry{{"title", tier.title}};
        if (tier.experience) entry.insert("experience", year_range_json(*tier.experience));
        if (!tier.stage.empty()) entry.insert("stage", tier.stage);
        if (auto reached = year_from_start(career, tier))
            entry.insert("from_start_of_training", year_range_json(*reached));
        tiers.push_back(std::move(entry));
    }
    t.insert("tiers", std::move(tiers));
    return t;
}

toml::table day_json(const Career& career) { return part_of(career, {"day"}); }

toml::table skills_json(const Career& career) {
    toml::table t = part_of(career, {"skill_map"});
    t.insert("tech_skills", strings(career.qualifications.tech_skills));
    t.insert("soft_abilities", strings(career.qualifications.soft_abilities));
    return t;
}

toml::table pros_cons_json(const Career& career) {
    return toml::table{{"id", career.id}, {"title", career.title}, {"pros", strings(career.pros)},
                       {"cons", strings(career.cons)}};
}

toml::table faq_json(const Career& career, const std::vector<FaqEntry>& entries,
                     const std::vector<std::string>& words) {
    toml::array faq;
    for (const auto& entry : entries) faq.push_back(toml::table{{"question", entry.question}, {"answer", entry.answer}});
    return toml::table{{"id", career.id}, {"title", career.title}, {"words", strings(words)}, {"faq", std::move(faq)}};
}

}  // namespace career
