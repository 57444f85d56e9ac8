#pragma once
// The catalog as a whole, without parsing it: every good career file's summary (id, title, aliases,
// the figures `list` needs) and every file's problems, read through an index cache so that a
// catalog of a thousand careers is not parsed again on every call. Everything that needs the
// catalog as a whole reads the index: naming a career by title or alias (resolve_name), `list`,
// completion, "did you mean"; a command parses only the files it shows.
//
// The cache lives in $XDG_CACHE_HOME/career (default ~/.cache/career): `index` holds each career's
// summary and diagnostics (`search` keeps its own file there: load/search_index.hpp; the careers
// as parsed are kept in `careers/`: load/career_cache.hpp). Each file's entry
// is used only while the file's path, size and modification time are what they were when the entry
// was made, and a cache file only when it was written by this version of the program under the
// same rules (the key table and the checks: rules_fingerprint()); any other file is parsed, and the
// cache rewritten. The cache is an optimisation only: when it cannot be read or written, everything
// still works, from the files themselves.
#include <deque>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "load/cache_file.hpp"
#include "load/catalog.hpp"
#include "load/data_dirs.hpp"
#include "load/diagnostic.hpp"
#include "model/sections.hpp"
#include "model/summary.hpp"

namespace career {

// What the index holds of one good career file. The texts are views into the CareerIndex that
// holds it (the cache file as read, or what was parsed now).
struct IndexedCareer {
    std::string_view id, title;
    std::vector<std::string_view> aliases;
    CareerKind kind = CareerKind::guide;
    std::string_view soc;
    std::string path;
    std::string_view details;  // the rest of its summary, encoded: summary() decodes it

    // The summary `list` shows and filters: decoded when asked for, as only `list` needs it.
    CareerSummary summary() const;
};

// Move-only: the careers' views point into storage the index owns, which moves with it.
class CareerIndex {
public:
    CareerIndex() = default;
    CareerIndex(CareerIndex&&) noexcept = default;
    CareerIndex& operator=(CareerIndex&&) noexcept = default;
    CareerIndex(const CareerIndex&) = delete;
    CareerIndex& operator=(const CareerIndex&) = delete;

    std::vector<IndexedCareer> careers;   // the good ones, by id
    std::vector<Diagnostic> diagnostics;  // the errors of the bad files, the warnings of the good

    // The career with this id, if it is a good one.
    const IndexedCareer* by_id(std::string_view id) const;
    // The occupation whose SOC code `name` is; else the careers whose title or an alias `name` is,
    // in any case.
    std::vector<const IndexedCareer*> named(std::string_view name) const;
    // The careers whose id, title or an alias contains `part`, in any case.
    std::vector<const IndexedCareer*> containing(std::string_view part) const;
    // Every good career's summary, by id, with what the catalog as a whole says of it (link_guides).
    std::vector<CareerSummary> summaries() const;
    // Every id, title and alias: what "did you mean" chooses from.
    std::vector<std::string> names() const;

private:
    friend CareerIndex load_index(const Catalog&, const std::optional<std::filesystem::path>&);
    MappedBytes index_cache_;              // the cache file as read
    std::deque<std::string> owned_;        // what was parsed now, encoded as the cache holds it
};

// Where the cache lives: $XDG_CACHE_HOME/career, else $HOME/.cache/career; none without either.
std::optional<std::filesystem::path> default_cache_dir(const EnvLookup& env);

// The fingerprint of the rules a file is checked by: the key table and the checks' version.
std::string rules_fingerprint();

// Every career's summary, through the cache in `cache_dir` when there is one.
CareerIndex load_index(const Catalog& catalog, const std::optional<std::filesystem::path>& cache_dir);

}  // namespace career
