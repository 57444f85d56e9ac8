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

namespace {

// Each block is written where it is defined: the class is known only through GuideWriter.
class MarkdownWriter final : public GuideWriter {
public:
    explicit MarkdownWriter(Sink& out) : out_(out) {}

    void title(std::string_view text) override { block("# " + markdown_escape(text) + "\n"); }
    void heading(std::string_view text) override { block("## " + markdown_escape(text) + "\n"); }
    void subheading(std::string_view text, std::string_view) override {
        block("### " + markdown_escape(text) + "\n");
    }

    void prose(std::string_view text, std::string_view) override {
        for (const auto& paragraph : paragraphs(text)) block(markdown_escape(paragraph) + "\n");
    }

    void list(const Items& items, std::string_view) override {
        if (items.empty()) return;
        std::string text;
        for (const auto& item : items) text += "- " + markdown_escape(trimmed(item)) + "\n";
        block(text);
    }

    void field(std::string_view label, std::string_view value, std::size_t) override {
        block("**" + markdown_escape(trimmed(label)) + ":** " + markdown_escape(value) + "\n");
    }

    void figures(const std::pair<std::string, std::string>& header, const Figures& rows) override {
        std::string text = table_row({header.first, header.second}) + "| --- | ---: |\n";
        for (const auto& [label, value] : rows) text += table_row({trimmed(label), value});
        block(text);
    }

    void table(const std::vector<std::string>& header, const TableRows& rows) override {
        std::string text = table_row(header) + "|";
        for (std::size_t i = 0; i < header.size(); ++i) text += " --- |";
        text += "\n";
        for (const auto& row : rows) text += table_row(row);
        block(text);
    }

    void note(std::string_view text) override { block(markdown_escape(text) + "\n"); }

    void not_given(std::string_view what) override {
        note(what.empty() ? "Not given for this career." : std::string(what) + ": not given for this career.");
    }

    void source(std::string_view text) override {
        if (!text.empty()) field("Source", text, 0);
    }

    void blank() override {}  // blocks are separated as they are written

private:
    // Every block is separated from the one before by exactly one blank line.
    void block(std::string_view text) {
        if (!first_) out_.write("\n");
        out_.write(text);
        first_ = false;
    }

    Sink& out_;
    bool first_ = true;
};

}  // namespace

std::unique_ptr<GuideWriter> markdown_writer(Sink& out) { return std::make_unique<MarkdownWriter>(out); }

}  // namespace career
