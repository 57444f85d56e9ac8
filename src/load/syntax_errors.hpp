#pragma once
// TOML syntax errors in the words of someone writing a career file: what is wrong and what to do,
// instead of the parser's own ("unescaped control characters other than TAB" for a string left
// open at the end of its line).
#include <string>
#include <string_view>

namespace career {

// `description` is toml++'s; `text` the file; `line` and `column` where toml++ stopped (1-based).
std::string plain_syntax_error(std::string_view description, std::string_view text, int line, int column);

}  // namespace career
