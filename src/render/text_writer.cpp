#include "render/text_writer.hpp"

#include <algorithm>

#include "render/text_wrap.hpp"

namespace career {

void TextWriter::title(std::string_view text) { underlined(text, '=', &Style::title); }
void TextWriter::heading(std::string_view text) { underlined(text, '-', &Style::heading); }

void TextWriter::subheading(std::string_view text, std::string_view indent) {
    for (const auto& line : wrap(text, room(indent)))
        out_.write(std::string(indent) + style_.bold(line) + "\n");
}

void TextWriter::prose(std::string_view text, std::string_view indent) {
    for (const auto& paragraph : paragraphs(text)) {
        out_.write(wrap_indented(paragraph, style_.width, indent, indent));
        out_.write("\n");
    }
}

void TextWriter::list(const Items& items, std::string_view indent) {
    const std::string bullet = std::string(indent) + "• ";
    const std::string hang(display_width(bullet), ' ');
    for (const auto& item : items) out_.write(wrap_indented(item, style_.width, bullet, hang));
    out_.write("\n");
}

void TextWriter::field(std::string_view label, std::string_view value, std::size_t label_width) {
    std::string first = std::string(label) + ":";
    first.resize(std::max(first.size(), label_width) + 1, ' ');
    const std::size_t label_columns = display_width(first);
    std::string styled_label = std::string(label) + ":";
    if (style_.color) styled_label = style_.bold(styled_label);
    if (label_columns + kNarrowest > style_.width) {
        out_.write(styled_label + "\n" + wrap_indented(value, style_.width, "  ", "  "));
        return;
    }
    std::string text = wrap_indented(value, style_.width, first, std::string(label_columns, ' '));
    text.replace(0, label.size() + 1, styled_label);
    out_.write(text);
}

void TextWriter::source(std::string_view text) {
    if (text.empty()) return;
    field("Source", text);
    blank();
}

void TextWriter::not_given(std::string_view what) {
    const std::string text =
        what.empty() ? "Not given for this career." : std::string(what) + ": not given for this career.";
    out_.write(wrap_indented(text, style_.width, "", ""));
    blank();
}

void TextWriter::line(std::string_view text) { out_.write(std::string(text) + "\n"); }
void TextWriter::blank() { out_.write("\n"); }

std::size_t TextWriter::room(std::string_view indent) const {
    const std::size_t used = display_width(indent);
    return style_.width > used + kNarrowest ? style_.width - used : kNarrowest;
}

void TextWriter::underlined(std::string_view text, char underline,
                            std::string (Style::*styled)(std::string_view) const) {
    std::size_t longest = 0;
    for (const auto& line : wrap(text, style_.width)) {
        longest = std::max(longest, display_width(line));
        out_.write((style_.*styled)(line) + "\n");
    }
    out_.write(std::string(longest, underline) + "\n\n");
}

}  // namespace career
