#pragma once
// A career guide as Markdown (CommonMark with GitHub's tables): one title, a heading per section,
// lists as lists, figures as tables. Text is escaped so that it reads as written, never as markup.
#include <memory>
#include <string>
#include <string_view>

#include "render/guide_writer.hpp"
#include "render/sink.hpp"

namespace career {

// The GuideWriter that writes Markdown to `out`.
std::unique_ptr<GuideWriter> markdown_writer(Sink& out);

// Backslash-escapes what Markdown would take for markup, inline and at the start of a line.
std::string markdown_escape(std::string_view text);

}  // namespace career
