#pragma once
// The building blocks of text output: headings, paragraphs, lists and labelled values, wrapped to
// the style's width. Every text view is written with these, so they all look alike.
#include <string>
#include <string_view>

#include "model/career.hpp"
#include "render/guide_writer.hpp"
#include "render/sink.hpp"
#include "render/style.hpp"

namespace career {

// Headings, paragraphs and lists end with the blank line that separates blocks; single lines do not.
class TextWriter : public GuideWriter {
public:
    TextWriter(const Style& style, Sink& out) : style_(style), out_(out) {}

    const Style& style() const { return style_; }

    // A heading stands out by bold and colour on a terminal and by an underline everywhere, so it
    // reads the same in a pipe. A long one wraps like prose.
    void title(std::string_view text) override;
    void heading(std::string_view text) override;
    void subheading(std::string_view text, std::string_view indent = "") override;

    void prose(std::string_view text, std::string_view indent = "") override;
    void list(const Items& items, std::string_view indent = "  ") override;

    // "Label: value", the value wrapped under itself; on a narrow screen, under the label.
    void field(std::string_view label, std::string_view value, std::size_t label_width = 0) override;
    // The labels padded to one width, so the values line up; then a blank line.
    void figures(const std::pair<std::string, std::string>& header, const Figures& rows) override;
    // Columns indented two spaces when they fit; otherwise a list item a row.
    void table(const std::vector<std::string>& header, const TableRows& rows) override;
    void note(std::string_view text) override;

    // "Source: …" and a blank line; nothing when there is no source.
    void source(std::string_view text) override;

    // What a view says where a career lacks the data it shows; never a zero or a guess.
    void not_given(std::string_view what = "") override;

    // Whether a table `columns` wide fits, or must be written another way.
    bool fits(std::size_t columns) const { return columns <= style_.width; }

    void line(std::string_view text);
    void blank() override;

private:
    static constexpr std::size_t kNarrowest = 16;  // fewer columns than this for a value is unreadable

    std::size_t room(std::string_view indent) const;
    void underlined(std::string_view text, char underline,
                    std::string (Style::*styled)(std::string_view) const);

    const Style& style_;
    Sink& out_;
};

}  // namespace career
