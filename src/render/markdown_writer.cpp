#include "render/markdown_writer.hpp"

#include <cctype>

#include "render/text_wrap.hpp"

namespace career {
namespace {

std::string trimmed(std::string_view text) {
    const auto begin = text.find_first_not_of(' ');
    return begin == std::string_view::npos ? std::string() : std::string(text.substr(begin));
}

std::string table_row(const std::vector<std::string>& cells) {
    std::string row = "|";
    for (const auto& cell : cells) {
        // Appended piece by piece: g++ 12 warns falsely (-Wrestrict) on " " + a temporary string.
        row += ' ';
        row += markdown_escape(cell);
        row += " |";
    }
    return row + "\n";
}

}  // namespace

std::string markdown_escape(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '\\' || c == '*' || c == '_' || c == '`' || c == '|' || c == '<' || c == '[' || c == ']')
            out += '\\';
        out += c;
    }
    // At the start of a line these would make a heading, a list or a quote.
    if (!out.empty() && (out[0] == '#' || out[0] == '>' || out[0] == '+' || out[0] == '-' || out[0] == '='))
        out.insert(0, "\\");
    std::size_t digits = 0;
    while (digits < out.size() && std::isdigit(static_cast<unsigned char>(out[digits]))) ++digits;
    if (digits > 0 && digits < out.size() && (out[digits] == '.' || out[digits] == ')')) out.insert(digits, "\\");
    return out;
}

void MarkdownWriter::block(std::string_view text) {
    if (!first_) out_.write("\n");
    out_.write(text);
    first_ = false;
}

void MarkdownWriter::title(std::string_view text) { block("# " + markdown_escape(text) + "\n"); }
void MarkdownWriter::heading(std::string_view text) { block("## " + markdown_escape(text) + "\n"); }
void MarkdownWriter::subheading(std::string_view text, std::string_view) {
    block("### " + markdown_escape(text) + "\n");
}

void MarkdownWriter::prose(std::string_view text, std::string_view) {
    for (const auto& paragraph : paragraphs(text)) block(markdown_escape(paragraph) + "\n");
}

void MarkdownWriter::list(const Items& items, std::string_view) {
    if (items.empty()) return;
    std::string text;
    for (const auto& item : items) text += "- " + markdown_escape(trimmed(item)) + "\n";
    block(text);
}

void MarkdownWriter::field(std::string_view label, std::string_view value, std::size_t) {
    block("**" + markdown_escape(trimmed(label)) + ":** " + markdown_escape(value) + "\n");
}

void MarkdownWriter::figures(const std::pair<std::string, std::string>& header, const Figures& rows) {
    std::string text = table_row({header.first, header.second}) + "| --- | ---: |\n";
    for (const auto& [label, value] : rows) text += table_row({trimmed(label), value});
    block(text);
}

void MarkdownWriter::table(const std::vector<std::string>& header, const TableRows& rows) {
    std::string text = table_row(header) + "|";
    for (std::size_t i = 0; i < header.size(); ++i) text += " --- |";
    text += "\n";
    for (const auto& row : rows) text += table_row(row);
    block(text);
}

void MarkdownWriter::note(std::string_view text) { block(markdown_escape(text) + "\n"); }

void MarkdownWriter::not_given(std::string_view what) {
    note(what.empty() ? "Not given for this career." : std::string(what) + ": not given for this career.");
}

void MarkdownWriter::source(std::string_view text) {
    if (!text.empty()) field("Source", text);
}

}  // namespace career
