#pragma once
// Careers as parsed, kept between runs: a command that shows a career parses its file once and, while
// the file's path, size and modification time stay as they were, reads back what the parse found
// (the career and its warnings) instead of parsing the TOML again. Parsing a guide and its
// occupation with toml++ and checking them costs some thirty times what reading them back does
// (17 million instructions against 0.6; bench/RESULTS.md).
//
// One cache file a career file, `careers/` beside the index (load/index.hpp), named by a checksum
// of the career file's path; it holds the path, so two paths with one checksum never mix. Kept under
// the same rules as the index: the program's version and the rules' fingerprint, and the model's
// layout (load/career_codec.hpp). A file with errors is never kept: it is parsed, and reported, each
// time. What is kept for a file that is gone is removed when a scan finds it gone (prune_careers).
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/diagnostic.hpp"
#include "model/career.hpp"

namespace career {

struct LoadedCareer {
    std::optional<Career> career;  // present when the file has no errors
    std::vector<Diagnostic> diagnostics;
};

// The career in `path`, whose id is `id`: from the cache in `cache_dir` when it holds the file as
// it is now, else parsed (load_career_file) and then kept there.
LoadedCareer load_career(const std::string& path, const std::string& id,
                         const std::optional<std::filesystem::path>& cache_dir);

// Removes from `cache_dir` what is kept for any career file but those of `paths` (the catalog's
// good files, as a scan found them).
void prune_careers(const std::filesystem::path& cache_dir, const std::vector<std::string_view>& paths);

}  // namespace career
