#include "model/format.hpp"



#include "model/levels.hpp"

namespace career {
namespace {

using K = ValueKind;
using S = Section;
constexpr bool required = true, optional = false;
constexpr bool name = true;  // KeySpec::is_name

// Limits (career(5), LIMITS): a salary figure, one stage of training, a span of experience in a
// working life, and a growth rate.
constexpr Limits any{};
constexpr Limits kMoney{0, 10'000'000};
constexpr Limits kStageYears{0, 15};
constexpr Limits kExperienceYears{0, 80};
constexpr Limits kPercent{-100, 10'000};

// In the order of career(5), which is the order of the guide.
constexpr KeySpec kKeys[] = {
    {"title", K::text, required, S::summary, any,
     "The career's name, printed at the top of the guide.", name},
    {"aliases", K::text_list, optional, S::summary, any,
     "Other names career show accepts, such as abbreviations: [\"IR\"].", name},
    {"tags", K::text_list, optional, S::summary, any,
     "What kind of career it is, in lower case, for career list --tag: [\"healthcare\"]."},
    {"summary", K::text, required, S::summary, any,
     "The opening description, printed under the title; paragraphs separated by a blank line."},
    {"remote_friendly", K::boolean, optional, S::summary, any,
     "Whether the work can be done remotely; leave out when not stated."},

    {"market_demand", K::table, optional, S::demand, any,
     "How much demand there is for the career."},
    {"market_demand.level", K::level, required, S::demand, any,
     "The level of demand."},
    {"market_demand.text", K::text, optional, S::demand, any,
     "A paragraph about the demand."},

    {"salary", K::table, optional, S::salary, any,
     "Annual pay, in whole units of the currency; every figure needs salary.source."},
    {"salary.country", K::text, required, S::salary, any,
     "The country the figures apply to, such as US."},
    {"salary.currency", K::text, required, S::salary, any,
     "An ISO 4217 currency code, such as USD."},
    {"salary.minimum", K::money, optional, S::salary, kMoney,
     "The bottom of the range of pay."},
    {"salary.maximum", K::money, optional, S::salary, kMoney,
     "The top of the range of pay."},
    {"salary.median", K::money, optional, S::salary, kMoney,
     "The median pay, between minimum and maximum."},
    {"salary.entry", K::money, optional, S::salary, kMoney,
     "Pay at Entry-Level; entry <= mid <= senior."},
    {"salary.mid", K::money, optional, S::salary, kMoney,
     "Pay at Mid-Level."},
    {"salary.senior", K::money, optional, S::salary, kMoney,
     "Pay at Senior-Level."},
    {"salary.top_10_percent", K::money, optional, S::salary, kMoney,
     "The pay above which the top 10% of earners fall."},
    {"salary.top_earners", K::text, optional, S::salary, any,
     "A sentence about the top earners."},
    {"salary.source", K::text, optional, S::salary, any,
     "Where the figures come from; tiers without their own source come from here too."},

    {"role", K::table, optional, S::none, any,
     "What the work is."},
    {"role.core_functions", K::text, optional, S::core_functions, any,
     "Prose: the core functions of the role."},
    {"role.responsibilities", K::text_list, optional, S::responsibilities, any,
     "The key responsibilities, one per string."},
    {"role.work_setting", K::text, optional, S::work_setting, any,
     "Prose: where and how the work is done."},
    {"role.tech_stack", K::text_list, optional, S::tech_stack, any,
     "Tools and technology used, one per string."},

    {"qualifications", K::table, optional, S::none, any,
     "Skills and qualifications."},
    {"qualifications.education_level", K::text, optional, S::education_level, any,
     "Prose: the education the career needs."},
    {"qualifications.tech_skills", K::text_list, optional, S::tech_skills, any,
     "Technical skills, one per string."},
    {"qualifications.soft_abilities", K::text_list, optional, S::soft_abilities, any,
     "Soft abilities, one per string."},
    {"qualifications.path", K::text, optional, S::path, any,
     "Prose: the path into the career."},
    {"qualifications.required_education", K::text, optional, S::education, any,
     "Prose: the education required."},

    {"education", K::table, optional, S::education, any,
     "The training path as data."},
    {"education.source", K::text, optional, S::education, any,
     "Where the stage lengths come from."},
    {"education.stages", K::table_array, optional, S::education, any,
     "The stages of training, in order; repeat the table for each."},
    {"education.stages[].name", K::text, required, S::education, any,
     "The stage, such as \"Medical school\"."},
    {"education.stages[].years", K::year_range, required, S::education, kStageYears,
     "How long it takes: 4, or { min = 1, max = 2 }."},
    {"education.stages[].detail", K::text, optional, S::education, any,
     "A sentence about the stage."},
    {"education.milestones", K::table_array, optional, S::education, any,
     "Licensing exams, certifications and other milestones, in order."},
    {"education.milestones[].name", K::text, required, S::education, any,
     "The milestone, such as \"Board certification\"."},
    {"education.milestones[].detail", K::text, optional, S::education, any,
     "A sentence about it."},

    {"tiers", K::table_array, optional, S::tiers, any,
     "The steps of the career ladder, lowest first; repeat the table for each."},
    {"tiers[].title", K::text, required, S::tiers, any,
     "The tier's title."},
    {"tiers[].experience", K::year_range, required, S::tiers, kExperienceYears,
     "Years of experience: { min = 0, max = 2 }; { min = 15 } for the top."},
    {"tiers[].description", K::text, optional, S::tiers, any,
     "Prose: what the tier involves."},
    {"tiers[].source", K::text, optional, S::tiers, any,
     "Where the years come from, when not from the guide named in salary.source."},

    {"market", K::table, optional, S::none, any,
     "The job market."},
    {"market.global_outlook", K::text, optional, S::global_outlook, any,
     "Prose: the outlook around the world."},
    {"market.challenges", K::text, optional, S::job_market, any,
     "Prose: the role's challenges today."},
    {"market.growth_paths", K::text, optional, S::job_market, any,
     "Prose: where the career can lead."},
    {"market.industry_trends", K::text, optional, S::job_market, any,
     "Prose: trends in the industry."},

    {"day", K::table_array, optional, S::day, any,
     "The blocks of a typical working day, in time order; repeat for each."},
    {"day[].name", K::text, required, S::day, any,
     "The block, such as \"Morning\"."},
    {"day[].start", K::time_of_day, required, S::day, any,
     "When the block starts."},
    {"day[].end", K::time_of_day, required, S::day, any,
     "When the block ends, later than start."},
    {"day[].focus", K::text, optional, S::day, any,
     "What the block is mainly about."},
    {"day[].tasks", K::text_list, optional, S::day, any,
     "The tasks of the block, one per string."},

    {"work_life", K::table, optional, S::work_life, any,
     "Work-life balance and stress."},
    {"work_life.stress", K::level, optional, S::work_life, any,
     "How stressful the work is."},
    {"work_life.balance", K::balance, optional, S::work_life, any,
     "How well work and the rest of life go together."},
    {"work_life.text", K::text, optional, S::work_life, any,
     "A paragraph about balance and stress."},

    {"skill_map", K::table, optional, S::skill_map, any,
     "The skill map."},
    {"skill_map.intro", K::text, optional, S::skill_map, any,
     "A line introducing the skill map."},
    {"skill_map.categories", K::table_array, optional, S::skill_map, any,
     "A category of skills; repeat for each."},
    {"skill_map.categories[].name", K::text, required, S::skill_map, any,
     "The category's name."},
    {"skill_map.categories[].blurb", K::text, optional, S::skill_map, any,
     "A line describing the category."},
    {"skill_map.categories[].skills", K::text_list, required, S::skill_map, any,
     "The skills in it, one per string."},

    {"pros_cons", K::table, optional, S::pros_cons, any,
     "Pros and cons."},
    {"pros_cons.pros", K::text_list, optional, S::pros_cons, any,
     "The pros, one per string."},
    {"pros_cons.cons", K::text_list, optional, S::pros_cons, any,
     "The cons, one per string."},

    {"advice", K::table, optional, S::none, any,
     "Advice."},
    {"advice.beginner_mistakes", K::text_list, optional, S::mistakes, any,
     "Common mistakes of beginners, one per string."},
    {"advice.contextual", K::text_list, optional, S::advice, any,
     "Contextual advice, one per string."},

    {"case_studies", K::table_array, optional, S::case_studies, any,
     "Examples and case studies; repeat for each."},
    {"case_studies[].title", K::text, required, S::case_studies, any,
     "The case study's title."},
    {"case_studies[].story", K::text, required, S::case_studies, any,
     "Prose: what happened."},
    {"case_studies[].takeaway", K::text, optional, S::case_studies, any,
     "The key takeaway."},

    {"portfolio", K::table, optional, S::portfolio, any,
     "Portfolio tips."},
    {"portfolio.tips", K::text, optional, S::portfolio, any,
     "Prose: what to show."},

    {"job_outlook", K::table, optional, S::outlook, any,
     "Job outlook and related roles."},
    {"job_outlook.growth_percent", K::percent, optional, S::outlook, kPercent,
     "Projected growth in employment, in per cent; may be negative."},
    {"job_outlook.status", K::text, optional, S::outlook, any,
     "Such as \"Growing faster than average\"."},
    {"job_outlook.source", K::text, optional, S::outlook, any,
     "Where the growth figure comes from."},
    {"job_outlook.related_roles", K::text_list, optional, S::outlook, any,
     "Ids of related careers, such as [\"radiologist\"]."},

    {"faq", K::table_array, optional, S::faq, any,
     "A frequently asked question; repeat for each."},
    {"faq[].question", K::text, required, S::faq, any,
     "The question."},
    {"faq[].answer", K::text, required, S::faq, any,
     "Prose: the answer."},

    {"references", K::table, optional, S::sources, any,
     "Sources and references."},
    {"references.sources", K::text_list, optional, S::sources, any,
     "Titles or addresses of sources, one per string."},
};

// --- checks of the table itself, at compile time ---------------------------------------------------

constexpr const KeySpec* find_in_table(std::string_view path) {
    for (const auto& spec : kKeys)
        if (spec.path == path) return &spec;
    return nullptr;
}

constexpr bool is_table(ValueKind kind) { return kind == K::table || kind == K::table_array; }
constexpr bool is_number(ValueKind kind) {
    return kind == K::integer || kind == K::money || kind == K::percent || kind == K::year_range;
}

constexpr bool paths_are_unique() {
    for (const auto& spec : kKeys)
        if (find_in_table(spec.path) != &spec) return false;
    return true;
}

// "a.b" is in the table "a"; "a[].b" in the array of tables "a".
constexpr bool every_parent_is_a_table() {
    for (const auto& spec : kKeys) {
        const std::string_view parent = parent_path(spec.path);
        if (parent.empty()) continue;
        const KeySpec* table = find_in_table(parent);
        const bool in_array = spec.path.substr(parent.size()).starts_with("[]");
        if (!table || table->kind != (in_array ? K::table_array : K::table)) return false;
    }
    return true;
}

constexpr bool every_value_has_a_section() {
    for (const auto& spec : kKeys)
        if (spec.section == S::none && !is_table(spec.kind)) return false;
    return true;
}

constexpr bool columns_fit_kinds() {
    for (const auto& spec : kKeys) {
        if (spec.limits.bounded() && !is_number(spec.kind)) return false;
        if (spec.is_name && spec.kind != K::text && spec.kind != K::text_list) return false;
    }
    return true;
}

static_assert(paths_are_unique());
static_assert(every_parent_is_a_table());
static_assert(every_value_has_a_section(), "only a table may go to several sections");
static_assert(columns_fit_kinds(), "limits are for numbers, names are text");

}  // namespace

std::span<const KeySpec> career_keys() { return kKeys; }

const KeySpec* find_key(std::string_view path) { return find_in_table(path); }

std::string_view kind_name(ValueKind kind) {
    switch (kind) {
        case K::text: return "a string";
        case K::text_list: return "an array of strings";
        case K::integer:
        case K::percent: return "an integer";
        case K::money: return "a whole number of at least 0";
        case K::boolean: return "true or false";
        case K::year_range: return "a number of years or a table { min = N, max = M }";
        case K::time_of_day: return "a time \"HH:MM\"";
        case K::level:
        case K::balance: return "one of the words listed in career(5)";
        case K::table: return "a table";
        case K::table_array: return "an array of tables";
    }
    return "a value";
}

std::string grouped_digits(std::int64_t n) {
    const std::string digits = std::to_string(n);
    const std::size_t sign = n < 0 ? 1 : 0;
    std::string out = digits.substr(0, sign);
    for (std::size_t i = sign; i < digits.size(); ++i) {
        if (i > sign && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

namespace {

// "a, b or c".
std::string words_or(std::span<const std::string_view> words) {
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        out += i == 0 ? "" : i + 1 == words.size() ? " or " : ", ";
        out += words[i];
    }
    return out;
}

}  // namespace

std::string allowed_values(const KeySpec& spec) {
    switch (spec.kind) {
        case K::level: return words_or(level_words());
        case K::balance: return words_or(balance_words());
        case K::time_of_day: return "HH:MM, 24-hour, 00:00 to 23:59";
        default: break;
    }
    const Limits& limits = spec.limits;
    if (!limits.bounded()) return {};
    if (limits.max == Limits{}.max) return "at least " + grouped_digits(limits.min);
    if (limits.min == Limits{}.min) return "at most " + grouped_digits(limits.max);
    return grouped_digits(limits.min) + " to " + grouped_digits(limits.max);
}

}  // namespace career
