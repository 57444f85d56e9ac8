#include "load/diagnostic.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace career {

std::string to_string(const Diagnostic& d) {
    std::string out = d.file;
    if (d.line > 0) out += fmt::format(":{}:{}", d.line, d.column);
    out += d.severity == Severity::error ? ": error: " : ": warning: ";
    if (!d.field.empty()) out += d.field + ": ";
    out += d.message;
    return out;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

}  // namespace career
