#pragma once
// A career guide as Markdown (CommonMark with GitHub's tables): one title, a heading per section,
// lists as lists, figures as tables. Text is escaped so that it reads as written, never as markup.
#include "render/guide_writer.hpp"
#include "render/sink.hpp"

namespace career {

class MarkdownWriter : public GuideWriter {
public:
    explicit MarkdownWriter(Sink& out) : out_(out) {}

    void title(std::string_view text) override;
    void heading(std::string_view text) override;
    void subheading(std::string_view text, std::string_view indent = "") override;
    void prose(std::string_view text, std::string_view indent = "") override;
    void list(const Items& items, std::string_view indent = "  ") override;
    void field(std::string_view label, std::string_view value, std::size_t label_width = 0) override;
    void figures(const std::pair<std::string, std::string>& header, const Figures& rows) override;
    void table(const std::vector<std::string>& header, const TableRows& rows) override;
    void note(std::string_view text) override;
    void not_given(std::string_view what = "") override;
    void source(std::string_view text) override;
    void blank() override {}  // blocks are separated as they are written

private:
    // Every block is separated from the one before by exactly one blank line.
    void block(std::string_view text);

    Sink& out_;
    bool first_ = true;
};

// Backslash-escapes what Markdown would take for markup, inline and at the start of a line.
std::string markdown_escape(std::string_view text);

}  // namespace career
