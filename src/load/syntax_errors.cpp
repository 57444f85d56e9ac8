#include "load/syntax_errors.hpp"

#include <fmt/format.h>

namespace career {
namespace {

bool has(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

// The character toml++ stopped at, or '\n' at the end of a line or of the file.
char char_at(std::string_view text, int line, int column) {
    std::size_t at = 0;
    for (int l = 1; l < line && at < text.size(); ++l) {
        at = text.find('\n', at);
        if (at == std::string_view::npos) return '\n';
        ++at;
    }
    at += static_cast<std::size_t>(column > 0 ? column - 1 : 0);
    return at < text.size() ? text[at] : '\n';
}

// The first thing in quotes in `description`: toml++ names keys so, "existing string 'title'".
std::string quoted(std::string_view description) {
    const auto open = description.find('\'');
    if (open == std::string_view::npos) return {};
    const auto close = description.find('\'', open + 1);
    return close == std::string_view::npos ? std::string{} : std::string(description.substr(open + 1, close - open - 1));
}

}  // namespace

std::string plain_syntax_error(std::string_view description, std::string_view text, int line, int column) {
    const bool in_string = has(description, "parsing string") || has(description, "parsing literal string");
    if (in_string && has(description, "control characters")) {
        if (char_at(text, line, column) == '\n' || char_at(text, line, column) == '\r')
            return "this string is not closed on its line: end it with its quote (text of several lines goes "
                   "between triple quotes, \"\"\" ... \"\"\")";
        return "a control character inside a string: write a tab as \\t and a line break as \\n";
    }
    if (has(description, "end-of-file")) {
        if (in_string || has(description, "multi-line")) return "the file ends inside a string: its closing quote is missing";
        if (has(description, "array")) return "the file ends inside a list: its closing ] is missing";
        if (has(description, "inline table")) return "the file ends inside a table { ... }: its closing } is missing";
        return "the file ends in the middle of a value";
    }
    if (has(description, "cannot redefine existing")) {
        const std::string name = quoted(description);
        return fmt::format("'{}' is given twice in the same table: keep one (a key, or a [table], may be given once)",
                           name);
    }
    if (has(description, "parsing table header") || has(description, "parsing array-of-tables header"))
        return "a table header is [name] (or [[name]] for one of a list of tables), on a line of its own";
    if (has(description, "could not determine value type") || has(description, "parsing boolean"))
        return "this value is not one TOML knows: text goes in double quotes (\"like this\"), a number is written "
               "plain, a list between [ and ], and yes or no as true or false";
    if (has(description, "expected a comment or whitespace"))
        return fmt::format("unexpected '{}' after the value: one key = value a line, and a list between [ and ]",
                           char_at(text, line, column));
    if (has(description, "not representable in 64 bits"))
        return fmt::format("the number '{}' is too large: a whole number must fit in 64 bits (at most 9,223,372,036,854,775,807)",
                           quoted(description));
    if (has(description, "exceeded maximum nested value depth")) return std::string(description);
    // Anything else in the parser's words, less its "Error while parsing …:" preamble.
    constexpr std::string_view kPreamble = "Error while parsing ";
    if (description.starts_with(kPreamble)) {
        const auto colon = description.find(": ");
        if (colon != std::string_view::npos)
            return fmt::format("in a {}: {}", description.substr(kPreamble.size(), colon - kPreamble.size()),
                               description.substr(colon + 2));
    }
    return std::string(description);
}

}  // namespace career
