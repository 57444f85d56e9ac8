// career faq [WORDS...]: the questions and answers, all of them or those that contain every word.
#include <fmt/format.h>

#include "render/text_writer.hpp"
#include "render/view_text.hpp"
#include "render/views.hpp"

namespace career {

void render_faq_view(const Career& career, const std::vector<FaqEntry>& entries,
                     const std::vector<std::string>& words, const Style& style, Sink& out) {
    TextWriter w(style, out);
    w.title(career.title);
    w.heading("Frequently Asked Questions");
    if (career.faq.empty()) {
        w.not_given();
        point_to_other_views(career, View::faq, w);
        return;
    }
    if (!words.empty()) {
        std::string joined;
        for (const auto& word : words) joined += (joined.empty() ? "" : " ") + word;
        w.prose(fmt::format("Matching: {} ({} of {} questions)", joined, entries.size(), career.faq.size()));
    }
    for (const auto& entry : entries) {
        w.subheading(entry.question);
        w.prose(entry.answer, "  ");
    }
}

}  // namespace career
