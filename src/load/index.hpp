#pragma once
// The careers as `list` and `search` need them, loaded through an index cache, so that a catalog of
// a thousand careers is not parsed again on every call.
//
// The cache is two files under $XDG_CACHE_HOME/career (default ~/.cache/career): one with each
// career's summary and warnings, one with its text by section (only `search` reads it). An entry is
// used only while its file's path, size and modification time are what they were when the entry
// was made; any other file is parsed, and the cache rewritten. A cache file that is missing, of
// another version, truncated or corrupt (its length and checksum are checked) is ignored and
// rebuilt. The cache is an optimisation only: when it cannot be read or written, everything still
// works, from the files themselves.
#include <deque>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "load/catalog.hpp"
#include "load/data_dirs.hpp"
#include "load/diagnostic.hpp"
#include "model/sections.hpp"
#include "model/summary.hpp"

namespace career {

// A section and its text; no section for the names (the title and aliases).
using SectionTextView = std::pair<std::optional<Section>, std::string_view>;

struct IndexedCareer {
    CareerSummary summary;
    std::vector<SectionTextView> texts;  // empty unless asked for; views into LoadedIndex's storage
};

struct LoadedIndex {
    std::vector<IndexedCareer> careers;  // the good ones, by id
    std::vector<Diagnostic> diagnostics;

    // What the texts' views point into: the cache file as read, and the texts of parsed careers.
    std::string cache_buffer;
    std::deque<std::string> parsed_texts;
};

// Where the cache lives: $XDG_CACHE_HOME/career, else $HOME/.cache/career; none without either.
std::optional<std::filesystem::path> default_cache_dir(const EnvLookup& env);

// Every career's summary (and its section texts when `with_texts`), through the cache in
// `cache_dir` when there is one. Diagnostics as Catalog::load_all gives them.
LoadedIndex load_index(const Catalog& catalog, const std::optional<std::filesystem::path>& cache_dir,
                       bool with_texts);

}  // namespace career
