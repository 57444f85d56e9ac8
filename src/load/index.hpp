#pragma once
// The catalog as a whole, without parsing it: every good career file's summary (id, title, aliases,
// the figures `list` needs) and every file's problems, read through an index cache so that a
// catalog of a thousand careers is not parsed again on every call. Everything that needs the
// catalog as a whole reads the index: naming a career by title or alias (resolve_name), `list`,
// completion, "did you mean"; a command parses only the files it shows.
//
// The cache lives in $XDG_CACHE_HOME/career (default ~/.cache/career): `index` holds each career's
// summary and diagnostics, `names` what naming a career and linking it need (read_names), laid out
// so that one name is found in it without reading it whole (load/name_file.hpp); `search`
// keeps its own file there (load/search_index.hpp), and the careers as parsed are kept in
// `careers/` (load/career_cache.hpp). Each file's entry is used only while the file's path, size and
// modification time are what they were when the entry was made, and a cache file only when it was
// written by this version of the program under the same rules (the key table and the checks:
// rules_fingerprint()); any other file is parsed, and the cache rewritten. The cache is an
// optimisation only: when it cannot be read or written, everything still works, from the files
// themselves.
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
#include "load/name_file.hpp"
#include "load/name_index.hpp"
#include "model/sections.hpp"
#include "model/summary.hpp"

namespace career {

// The index of the catalog as a whole, brought up to date by a scan. Move-only: the careers' views
// point into storage it owns, which moves with it.
class CareerIndex final : public NameIndex {
public:
    CareerIndex() = default;
    CareerIndex(CareerIndex&&) noexcept = default;
    CareerIndex& operator=(CareerIndex&&) noexcept = default;
    CareerIndex(const CareerIndex&) = delete;
    CareerIndex& operator=(const CareerIndex&) = delete;

    std::vector<IndexedCareer> careers;   // the good ones, by id
    std::vector<Diagnostic> diagnostics;  // the errors of the bad files, the warnings of the good

    const IndexedCareer* by_id(std::string_view id) const override;
    std::vector<const IndexedCareer*> named(std::string_view name) const override;
    std::vector<const IndexedCareer*> guides_about(std::string_view soc) const override;
    bool current(std::string_view) const override { return true; }

    // The careers whose id, title or an alias contains `part`, in any case.
    std::vector<const IndexedCareer*> containing(std::string_view part) const;
    // Every good career's summary, by id, with what the catalog as a whole says of it (link_guides).
    std::vector<CareerSummary> summaries() const;
    // Every id, title and alias: what "did you mean" chooses from.
    std::vector<std::string> names() const;

private:
    friend CareerIndex load_index(const Catalog&, const std::optional<std::filesystem::path>&);
    std::vector<const IndexedCareer*> all() const;  // every career, by id: what named() chooses from
    MappedBytes cache_;              // the cache file as read
    std::deque<std::string> owned_;  // what was parsed now, encoded as the cache holds it
};

// Where the cache lives: $XDG_CACHE_HOME/career, else $HOME/.cache/career; none without either.
std::optional<std::filesystem::path> default_cache_dir(const EnvLookup& env);

// The fingerprint of the rules a file is checked by: the key table and the checks' version.
std::string rules_fingerprint();

// Every career's summary, through the cache in `cache_dir` when there is one; writes the names
// (read_names) beside it.
CareerIndex load_index(const Catalog& catalog, const std::optional<std::filesystem::path>& cache_dir);

// The names as the last scan left them in `cache_dir` (a file `names` beside the index,
// load/name_file.hpp), when they were written for these data directories and none has changed
// since: a file added, removed or renamed changes its directory's time of change. What it says of a
// file is trusted only while the file is as it was (NameIndex::current): a command reads it to find
// one career, and scans only when it cannot answer so. None when there is no such file, or it cannot
// be read.
std::optional<NameFile> read_names(const Catalog& catalog, const std::optional<std::filesystem::path>& cache_dir);

// The index a command reads, loaded only as far as it needs: the names without a scan where they
// answer, the whole index when they cannot.
class IndexLoader {
public:
    IndexLoader(Catalog catalog, std::optional<std::filesystem::path> cache_dir)
        : catalog_(std::move(catalog)), cache_dir_(std::move(cache_dir)) {}

    const Catalog& catalog() const { return catalog_; }
    const std::optional<std::filesystem::path>& cache_dir() const { return cache_dir_; }
    // The whole index, scanned the first time it is asked for.
    const CareerIndex& index() const;
    // read_names() when it has them, else index(): ask current() of each career an answer uses,
    // and ask index() when one is not.
    const NameIndex& names() const;

private:
    Catalog catalog_;
    std::optional<std::filesystem::path> cache_dir_;
    mutable std::optional<CareerIndex> index_;
    mutable std::optional<std::optional<NameFile>> names_;
};

}  // namespace career
