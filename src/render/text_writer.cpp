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

void TextWriter::figures(const std::pair<std::string, std::string>&, const Figures& rows) {
    std::size_t label_width = 0;
    for (const auto& [label, value] : rows) label_width = std::max(label_width, display_width(label) + 1);
    for (const auto& [label, value] : rows) field(label, value, label_width);
    blank();
}

void TextWriter::table(const std::vector<std::string>& header, const TableRows& rows) {
    std::vector<std::size_t> widths(header.size(), 0);
    for (std::size_t i = 0; i < header.size(); ++i) widths[i] = display_width(header[i]);
    for (const auto& row : rows)
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], display_width(row[i]));
    std::size_t total = 0;
    for (auto width : widths) total += 2 + width;
    if (total <= style_.width) {
        auto write_row = [&](const std::vector<std::string>& cells, bool bold) {
            std::string text;
            for (std::size_t i = 0; i < cells.size() && i < widths.size(); ++i) {
                std::string cell = cells[i];
                if (i + 1 < cells.size()) cell.append(widths[i] - display_width(cells[i]), ' ');
                text += "  " + (bold ? style_.bold(cell) : cell);
            }
            while (!text.empty() && text.back() == ' ') text.pop_back();  // an empty last cell
            line(text);
        };
        write_row(header, true);
        for (const auto& row : rows) write_row(row, false);
        blank();
        return;
    }
    // Too narrow for columns: "first cell: header value, header value".
    Items items;
    for (const auto& row : rows) {
        std::string item = row.empty() ? "" : row[0] + ":";
        for (std::size_t i = 1; i < row.size() && i < header.size(); ++i)
            item += (i == 1 ? " " : ", ") + header[i] + " " + row[i];
        items.push_back(item);
    }
    list(items);
}

void TextWriter::note(std::string_view text) {
    out_.write(wrap_indented(text, style_.width, "", ""));
    blank();
}

void TextWriter::source(std::string_view text) {
    if (text.empty()) return;
    field("Source", text);
    blank();
}

void TextWriter::not_given(std::string_view what) {
    note(what.empty() ? "Not given for this career." : std::string(what) + ": not given for this career.");
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
