#include "render/records.hpp"

#include <fmt/format.h>

namespace career {
namespace {

std::string plain(const Cell& cell) {
    if (auto text = std::get_if<std::string>(&cell)) return *text;
    if (auto number = std::get_if<std::int64_t>(&cell)) return std::to_string(*number);
    if (auto number = std::get_if<double>(&cell)) return fmt::format("{}", *number);
    if (auto flag = std::get_if<bool>(&cell)) return *flag ? "true" : "false";
    return "";
}

template <typename Escape>
void write_separated(const Records& records, Sink& out, char separator, std::string_view line_end,
                     Escape escape) {
    auto line = [&](const auto& cells, auto to_text) {
        std::string text;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i > 0) text += separator;
            text += escape(to_text(cells[i]));
        }
        out.write(text + std::string(line_end));
    };
    line(records.columns, [](const std::string& column) { return column; });
    for (const auto& row : records.rows) line(row, plain);
}

}  // namespace

std::string tsv_escape(std::string_view field) {
    std::string out;
    for (char c : field) {
        switch (c) {
            case '\t': out += "\\t"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\\': out += "\\\\"; break;
            default: out += c;
        }
    }
    return out;
}

std::string csv_escape(std::string_view field) {
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(field);
    std::string out = "\"";
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

void write_tsv(const Records& records, Sink& out) { write_separated(records, out, '\t', "\n", tsv_escape); }

void write_csv(const Records& records, Sink& out) { write_separated(records, out, ',', "\r\n", csv_escape); }

toml::array records_array(const Records& records) {
    toml::array array;
    for (const auto& row : records.rows) {
        toml::table object;
        for (std::size_t i = 0; i < row.size() && i < records.columns.size(); ++i) {
            const Cell& cell = row[i];
            const std::string& key = records.columns[i];
            if (auto text = std::get_if<std::string>(&cell)) object.insert(key, *text);
            else if (auto number = std::get_if<std::int64_t>(&cell)) object.insert(key, *number);
            else if (auto decimal = std::get_if<double>(&cell)) object.insert(key, *decimal);
            else if (auto flag = std::get_if<bool>(&cell)) object.insert(key, *flag);
        }
        array.push_back(std::move(object));
    }
    return array;
}

}  // namespace career
