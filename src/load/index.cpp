#include "load/index.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <system_error>

#include <fmt/format.h>

#include "load/career_cache.hpp"
#include "load/career_parser.hpp"
#include "load/checks.hpp"
#include "model/text.hpp"

namespace career {
namespace fs = std::filesystem;

namespace {

// What naming a career needs, at the head of an index entry.
template <typename Texts>
void encode_names(Encoder& e, std::string_view id, std::string_view title, const Texts& aliases, int kind,
                  std::string_view soc) {
    e.text(id);
    e.text(title);
    e.number(static_cast<std::int64_t>(aliases.size()));
    for (const auto& alias : aliases) e.text(alias);
    e.number(kind);
    e.text(soc);
}

// What encode_names wrote, as views into the decoder's bytes.
void decode_names(Decoder& d, IndexedCareer& career) {
    career.id = d.text();
    career.title = d.text();
    const std::int64_t aliases = d.number();
    if (aliases > 0 && aliases < 1000) career.aliases.reserve(static_cast<std::size_t>(aliases));
    for (std::int64_t i = 0; d.ok() && i < aliases; ++i) career.aliases.push_back(d.text());
    career.kind = d.number() == static_cast<int>(CareerKind::occupation) ? CareerKind::occupation : CareerKind::guide;
    career.soc = d.text();
}

// An entry of the index cache: what resolving a name needs first (id, title, aliases), then the
// file's diagnostics, then the rest of the summary as one blob, decoded only by summary().
std::string encode_entry(const CareerSummary& s, const std::vector<Diagnostic>& diagnostics) {
    Encoder details;
    details.texts(s.tags);
    details.text(s.group);
    details.text(s.currency);
    details.optional_number(s.median_salary);
    details.number(s.median_at_least ? 1 : 0);
    details.text(s.salary_basis);
    // A growth rate has one decimal: kept in tenths, as a whole number.
    details.optional_number(s.growth_percent ? std::optional<std::int64_t>(std::llround(*s.growth_percent * 10)) : std::nullopt);
    details.text(s.growth_basis);
    details.optional_number(s.openings);
    details.optional_number(s.employment);
    details.text(s.entry_education);
    details.optional_number(s.job_zone);
    details.optional_number(s.training_years ? std::optional<int>(s.training_years->min) : std::nullopt);
    details.optional_number(s.training_years ? s.training_years->max : std::nullopt);
    details.optional_number(s.demand ? std::optional<int>(static_cast<int>(*s.demand)) : std::nullopt);
    details.optional_number(s.remote_friendly ? std::optional<int>(*s.remote_friendly) : std::nullopt);

    Encoder e;
    encode_names(e, s.id, s.title, s.aliases, static_cast<int>(s.kind), s.soc);
    e.number(static_cast<std::int64_t>(diagnostics.size()));
    for (const auto& d : diagnostics) e.diagnostic(d);
    e.text(details.out());
    return std::move(e.out());
}

// Views into `blob`, which must outlive them; nullopt when it is damaged.
std::optional<IndexedCareer> decode_entry(std::string_view blob, std::vector<Diagnostic>& diagnostics) {
    Decoder d(blob);
    IndexedCareer career;
    decode_names(d, career);
    const std::int64_t count = d.number();
    std::vector<Diagnostic> found;
    for (std::int64_t i = 0; d.ok() && i < count; ++i) found.push_back(d.diagnostic());
    career.details = d.text();
    if (!d.ok() || !d.done()) return std::nullopt;
    diagnostics.insert(diagnostics.end(), found.begin(), found.end());
    return career;
}

// The names of `index` and the ids of the files with errors, for read_names(), under a header that
// says the data directories as the scan found them. Written when the index changed, or when the names
// file says other directories or is missing: one with a directory "unsettled" is never read, and is
// written again by each scan until the directory has settled. Without every file's stamp there is
// nothing to check the names by: the file is written empty, which read_names() does not use.
void write_names(const fs::path& file, const std::string& header, const CareerIndex& index,
                 const std::vector<CareerFile>& with_errors, bool changed) {
    // Unchanged, it is what it was, if it opens: its header and frame are read, not its blocks (one
    // found damaged by a command is removed: IndexLoader::index()).
    if (!changed && NameFile::open(file, header)) return;

    std::vector<NameRecord> records;
    records.reserve(index.careers.size() + with_errors.size());
    const auto good = [](const IndexedCareer& c) { return NameRecord{c.path, *c.stamp, c.id, c.title, c.aliases, c.kind, c.soc}; };
    const auto bad = [](const CareerFile& f) { return NameRecord{f.path, *f.stamp, f.id, {}, {}, std::nullopt, {}}; };
    const bool stamped = std::all_of(index.careers.begin(), index.careers.end(), [](const IndexedCareer& c) { return c.stamp.has_value(); }) &&
                         std::all_of(with_errors.begin(), with_errors.end(), [](const CareerFile& f) { return f.stamp.has_value(); });
    if (stamped) {
        // Both by id: merged, as the file is searched by id.
        auto career = index.careers.begin();
        auto error = with_errors.begin();
        while (career != index.careers.end() || error != with_errors.end())
            if (error == with_errors.end() || (career != index.careers.end() && career->id < error->id))
                records.push_back(good(*career++));
            else
                records.push_back(bad(*error++));
    }
    write_name_file(file, header, records);
}

}  // namespace

CareerSummary IndexedCareer::summary() const {
    CareerSummary s;
    s.id = id;
    s.title = title;
    s.aliases.assign(aliases.begin(), aliases.end());
    Decoder d(details);
    s.kind = kind;
    s.soc = soc;
    s.tags = d.texts();
    s.group = d.text();
    s.currency = d.text();
    s.median_salary = d.optional_number<Money>();
    s.median_at_least = d.number() != 0;
    s.salary_basis = d.text();
    if (auto tenths = d.optional_number<std::int64_t>()) s.growth_percent = static_cast<double>(*tenths) / 10;
    s.growth_basis = d.text();
    s.openings = d.optional_number<std::int64_t>();
    s.employment = d.optional_number<std::int64_t>();
    s.entry_education = d.text();
    s.job_zone = d.optional_number<int>();
    const auto min = d.optional_number<int>();
    const auto max = d.optional_number<int>();
    if (min) s.training_years = YearRange{*min, max};
    const auto demand = d.optional_number<int>();
    if (demand && *demand >= 0 && *demand <= static_cast<int>(Level::very_high)) s.demand = static_cast<Level>(*demand);
    const auto remote = d.optional_number<int>();
    if (remote) s.remote_friendly = *remote != 0;
    return s;
}

std::vector<const IndexedCareer*> CareerIndex::all() const {
    std::vector<const IndexedCareer*> all;
    all.reserve(careers.size());
    for (const auto& career : careers) all.push_back(&career);
    return all;
}

const IndexedCareer* CareerIndex::by_id(std::string_view id) const {
    auto at = std::lower_bound(careers.begin(), careers.end(), id,
                               [](const IndexedCareer& c, std::string_view wanted) { return c.id < wanted; });
    return at != careers.end() && at->id == id ? &*at : nullptr;
}

std::vector<const IndexedCareer*> CareerIndex::named(std::string_view name) const { return careers_named(all(), name); }

std::vector<const IndexedCareer*> CareerIndex::guides_about(std::string_view soc) const { return guides_of(all(), soc); }

std::vector<const IndexedCareer*> CareerIndex::containing(std::string_view part) const {
    // Those whose id or title begins with `part` first, then those whose id or title has it, then
    // those whose alias alone has it: "nurse" lists the nurses before the epidemiologists, one of
    // whose reported titles is "Nurse Epidemiologist".
    std::array<std::vector<const IndexedCareer*>, 3> by_rank;
    for (const auto& career : careers) {
        if (starts_with_folded(career.id, part) || starts_with_folded(career.title, part))
            by_rank[0].push_back(&career);
        else if (contains_folded(career.id, part) || contains_folded(career.title, part))
            by_rank[1].push_back(&career);
        else if (std::any_of(career.aliases.begin(), career.aliases.end(),
                             [&](std::string_view alias) { return contains_folded(alias, part); }))
            by_rank[2].push_back(&career);
    }
    std::vector<const IndexedCareer*> found;
    for (const auto& rank : by_rank) found.insert(found.end(), rank.begin(), rank.end());
    return found;
}

std::vector<CareerSummary> CareerIndex::summaries() const {
    std::vector<CareerSummary> out;
    out.reserve(careers.size());
    for (const auto& career : careers) out.push_back(career.summary());
    link_guides(out);
    return out;
}

std::vector<std::string> CareerIndex::names() const {
    std::vector<std::string> names;
    for (const auto& career : careers) {
        names.emplace_back(career.id);
        names.emplace_back(career.title);
        names.insert(names.end(), career.aliases.begin(), career.aliases.end());
    }
    return names;
}

std::optional<fs::path> default_cache_dir(const EnvLookup& env) {
    if (auto cache = env("XDG_CACHE_HOME"); cache && !cache->empty()) return fs::path(*cache) / "career";
    if (auto home = env("HOME"); home && !home->empty()) return fs::path(*home) / ".cache" / "career";
    return std::nullopt;
}

std::string rules_fingerprint() {
    // Computed once a run: the index and the parsed careers both ask.
    static const std::string fingerprint = [] {
        // The layout of a summary in the cache (encode_entry) is part of the rules: a cache written
        // with another layout is never decoded as this one.
        constexpr int kSummaryLayout = 2;
        std::uint64_t hash = checksum(fmt::format("checks {} summary {}\n", kChecksVersion, kSummaryLayout));
        for (const KeySpec& spec : career_keys()) {  // each part hashed as it is: no formatting per key
            hash = checksum(spec.path, hash);
            hash = checksum(spec.description, hash ^ (static_cast<std::uint64_t>(spec.kind) << 1 | spec.required));
        }
        return fmt::format("{:016x}", hash);
    }();
    return fingerprint;
}

CareerIndex load_index(const Catalog& catalog, const std::optional<fs::path>& cache_dir) {
    CareerIndex index;
    Scan found = catalog.scan();
    index.diagnostics = std::move(found.diagnostics);

    const std::string rules = rules_fingerprint();
    const std::string index_header = cache_header("index", rules);
    CacheFile entries;
    if (cache_dir) entries = read_cache(*cache_dir / "index", index_header);

    // What the cache file will hold: an entry for each good career file, old or new. Its paths are
    // views of the careers' own, which stay put: the vector is reserved whole.
    std::vector<std::pair<std::string_view, CacheEntry>> new_entries;
    index.careers.reserve(found.files.size());
    std::vector<CareerFile> with_errors;  // for the names
    bool changed = false;
    std::size_t carried = 0;  // entries of the cache file still in use

    for (auto& file : found.files) {
        const std::optional<FileStamp> stamp = file.stamp;

        // From the cache, when the file is as it was.
        if (stamp) {
            const CacheEntry* entry = entries.find(file.path);
            if (entry && entry->stamp == *stamp) {
                const std::size_t reported = index.diagnostics.size();
                auto career = decode_entry(entry->blob, index.diagnostics);
                if (career && career->id == file.id) {
                    career->path = std::move(file.path);
                    career->stamp = stamp;
                    index.careers.push_back(std::move(*career));
                    new_entries.emplace_back(index.careers.back().path, *entry);
                    ++carried;
                    continue;
                }
                index.diagnostics.resize(reported);
            }
        }

        // Otherwise from the file itself.
        changed = true;
        ParseResult result = load_career_file(file.path, file.id);
        if (!result.career) {  // a file with errors is never cached: it is read, and reported, each time
            index.diagnostics.insert(index.diagnostics.end(), result.diagnostics.begin(), result.diagnostics.end());
            with_errors.push_back(std::move(file));
            continue;
        }
        const std::string_view blob = index.owned_.emplace_back(encode_entry(summarize(*result.career), result.diagnostics));
        IndexedCareer career = *decode_entry(blob, index.diagnostics);
        career.path = std::move(file.path);
        career.stamp = stamp;
        index.careers.push_back(std::move(career));
        if (stamp) new_entries.emplace_back(index.careers.back().path, CacheEntry{*stamp, blob});
    }

    if (cache_dir) {
        // Entries of files that are gone, or no longer good, are dropped by rewriting the file.
        if (changed || new_entries.size() != entries.entries.size())
            write_cache(*cache_dir / "index", index_header, new_entries);
        write_names(*cache_dir / "names", cache_header("names", rules) + found.directories, index, with_errors, changed);
        // A file gone, or changed (perhaps into one with errors): what is kept of it as parsed goes too.
        if (carried < entries.entries.size()) {
            std::vector<std::string_view> paths;
            for (const IndexedCareer& career : index.careers) paths.push_back(career.path);
            prune_careers(*cache_dir, paths);
        }
    }
    // The views above point into the cache file as read: they live as long as the index.
    index.cache_ = std::move(entries.bytes);
    return index;
}

std::optional<NameFile> read_names(const Catalog& catalog, const std::optional<fs::path>& cache_dir) {
    if (!cache_dir) return std::nullopt;
    return NameFile::open(*cache_dir / "names", cache_header("names", rules_fingerprint()) + catalog.directories());
}

const CareerIndex& IndexLoader::index() const {
    // A names file found damaged goes, so that the scan writes it anew: it would keep an unchanged one.
    if (!index_ && names_ && *names_ && !(*names_)->intact() && cache_dir_) {
        std::error_code ec;
        fs::remove(*cache_dir_ / "names", ec);
    }
    if (!index_) index_ = load_index(catalog_, cache_dir_);
    return *index_;
}

const NameIndex& IndexLoader::names() const {
    if (index_) return *index_;
    if (!names_) names_ = read_names(catalog_, cache_dir_);
    if (*names_) return **names_;
    return index();
}

}  // namespace career
