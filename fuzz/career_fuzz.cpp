// libFuzzer target: any bytes as a career file, through the loader and, when they make a career,
// every renderer and every form of output. A crash, a sanitizer report, a hang or an exception that
// escapes is a bug. Built with -DCAREER_FUZZ=ON (clang); fuzz/run builds and runs it.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "load/career_parser.hpp"
#include "model/search.hpp"
#include "model/summary.hpp"
#include "render/career_guide.hpp"
#include "render/career_json.hpp"
#include "render/career_list.hpp"
#include "render/compare_table.hpp"
#include "render/records.hpp"
#include "render/salary_chart.hpp"
#include "render/section_table.hpp"
#include "render/sink.hpp"
#include "render/style.hpp"
#include "render/view_json.hpp"
#include "render/views.hpp"

namespace {

using namespace career;

void records(const Records& table, Sink& out) {
    write_tsv(table, out);
    write_csv(table, out);
    toml::table document;
    document.insert("records", records_array(table));
    write_json(document, out);
}

void text_views(const Career& career, const Style& style, Sink& out) {
    render_career_text(career, {}, style, out);
    render_salary(career, style, out);
    render_salaries({career}, style, out);
    render_compare({career, career}, style, out);
    render_education_view(career, style, out);
    render_ladder_view(career, style, out);
    render_day_view(career, style, out);
    render_skills_view(career, style, out);
    render_pros_cons_view(career, style, out);
    render_faq_view(career, career.faq, {}, style, out);
    render_list_text({summarize(career)}, style, out);
}

void render_everything(const Career& career) {
    StringSink out;
    for (std::size_t width : {20u, 80u}) text_views(career, Style{width, false}, out);
    text_views(career, Style{80, true}, out);

    // Each section on its own, as `career show --section NAME` asks for it.
    for (const SectionInfo& info : all_sections()) {
        render_career_text(career, {info.section}, Style{80, false}, out);
        render_career_markdown(career, {info.section}, out);
        write_json(career_json(career, {info.section}), out);
    }
    render_career_markdown(career, {}, out);

    write_json(career_json(career), out);
    write_json(compare_json({career, career}), out);
    write_json(education_json(career), out);
    write_json(ladder_json(career), out);
    write_json(day_json(career), out);
    write_json(skills_json(career), out);
    write_json(pros_cons_json(career), out);
    write_json(faq_json(career, career.faq, {}), out);

    // `career faq WORDS`: the words of the title, which the FAQ may or may not contain.
    std::vector<std::string> words;
    std::string_view title = career.title;
    while (!title.empty() && words.size() < 3) {
        const auto space = title.find(' ');
        if (space != 0) words.emplace_back(title.substr(0, space));
        title.remove_prefix(space == std::string_view::npos ? title.size() : space + 1);
    }
    const std::vector<FaqEntry> matching = faq_matching(career.faq, words);
    render_faq_view(career, matching, words, Style{40, false}, out);
    write_json(faq_json(career, matching, words), out);

    records(salary_records({career}), out);
    records(compare_records({career, career}), out);
    records(list_records({summarize(career)}), out);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    ParseResult result = parse_career(text, "fuzz.toml", "fuzz");
    for (const Diagnostic& diagnostic : result.diagnostics) (void)to_string(diagnostic);
    if (result.career) render_everything(*result.career);
    return 0;
}
