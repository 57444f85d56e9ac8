#pragma once
// The checks of a career that weigh one value against another: salary figures within their range
// and levels going up, tiers in order without overlap, day blocks apart, every figure with a source
// record of the file and a basis; and the check of a file's name, which is its id. Each value by
// itself is checked as it is read (career_parser.cpp, within the limits of the key table,
// model/format.hpp); parse_career runs check_career after reading, so every command and `career
// validate` apply the same rules. career(5), CHECKS ON LOAD, lists them all.
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "load/diagnostic.hpp"
#include "model/career.hpp"

namespace career {

// Raise it whenever a check here or in the parser reports something else than before: the index
// cache (load/index.hpp) then no longer serves what an older program found.
inline constexpr int kChecksVersion = 2;

struct Position {
    int line = 0;
    int column = 0;
};

// Where each value that was read without error stands, by field path: "salary.median",
// "tiers[2].experience", and tables themselves: "salary", "tiers[2]". A value that had an error is
// absent, so the checks never pile a second complaint onto a value already reported.
using Positions = std::map<std::string, Position, std::less<>>;

// A source key as read, such as salary.source = "jobicy": its field and the id it names.
struct SourceReference {
    std::string field;
    std::string id;
};

// Adds to `out` the problems between the values of `career` (as read, with `where` they stand, and
// `sources` the source keys it names records by).
void check_career(const Career& career, const Positions& where, const std::vector<SourceReference>& sources,
                  const std::string& file, std::vector<Diagnostic>& out);

// An error when `file` is not named ID.toml with ID a career id ([a-z0-9][a-z0-9-]*): such a
// file is never read as a career. Reported at the file, with field "id".
std::optional<Diagnostic> check_file_name(const std::filesystem::path& file);

}  // namespace career
