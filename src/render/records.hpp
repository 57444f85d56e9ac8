#pragma once
// Tabular output for scripts: one record a row, as TSV, CSV or JSON. A cell keeps its type, so JSON
// gets numbers as numbers; a cell that is not given is empty in TSV and CSV and absent in JSON.
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include <toml++/toml.h>

#include "render/sink.hpp"

namespace career {

using Cell = std::variant<std::monostate, std::string, std::int64_t, double, bool>;

struct Records {
    std::vector<std::string> columns;  // snake_case; the TSV/CSV header and the JSON keys
    std::vector<std::vector<Cell>> rows;
};

// TSV: a header row, a record a line, no padding; tab, newline, carriage return and backslash
// inside a field written \t, \n, \r and \\.
void write_tsv(const Records& records, Sink& out);

// CSV as RFC 4180: fields with a comma, quote or line break quoted, quotes doubled, CRLF line ends.
void write_csv(const Records& records, Sink& out);

// The records as an array of JSON objects, keys in column order.
toml::array records_array(const Records& records);

std::string tsv_escape(std::string_view field);
std::string csv_escape(std::string_view field);

}  // namespace career
