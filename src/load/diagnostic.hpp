#pragma once
// A problem found in a career file, located by file, line, column and field path.
#include <string>
#include <vector>

namespace career {

enum class Severity { warning, error };

struct Diagnostic {
    std::string file;
    int line = 0;  // 1-based; 0 when the problem has no position (an unreadable file)
    int column = 0;
    Severity severity = Severity::error;
    std::string field;  // e.g. "salary.median", "tiers[2].experience"; empty for the whole file
    std::string message;
};

// "FILE:LINE:COLUMN: error: FIELD.PATH: message", the form compilers use, so editors can jump to it.
std::string to_string(const Diagnostic& diagnostic);

bool has_errors(const std::vector<Diagnostic>& diagnostics);

}  // namespace career
