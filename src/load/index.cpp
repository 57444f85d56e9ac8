#include "load/index.hpp"

#include <charconv>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <system_error>

#include <fmt/format.h>
#include <unistd.h>

#include "load/career_parser.hpp"

namespace career {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kVersion = "career-index 2";

// --- encoding: every value a length-prefixed string ("5:hello"), so any byte round-trips ----------

class Encoder {
public:
    void text(std::string_view value) {
        out_ += std::to_string(value.size());
        out_ += ':';
        out_ += value;
    }
    void number(std::int64_t value) { text(std::to_string(value)); }
    template <typename T>
    void optional_number(const std::optional<T>& value) {
        number(value ? 1 : 0);
        if (value) number(static_cast<std::int64_t>(*value));
    }
    void texts(const Items& items) {
        number(static_cast<std::int64_t>(items.size()));
        for (const auto& item : items) text(item);
    }
    void diagnostic(const Diagnostic& d) {
        text(d.file);
        number(d.line);
        number(d.column);
        number(d.severity == Severity::error ? 1 : 0);
        text(d.field);
        text(d.message);
    }
    std::string& out() { return out_; }

private:
    std::string out_;
};

// Reads what Encoder wrote; any inconsistency makes `ok()` false for good, and the values empty.
class Decoder {
public:
    explicit Decoder(std::string_view in) : in_(in) {}

    bool ok() const { return ok_; }
    bool done() const { return in_.empty(); }

    std::string_view text() {
        std::size_t length = 0;
        const auto colon = in_.find(':');
        if (!ok_ || colon == std::string_view::npos) return fail();
        auto [end, error] = std::from_chars(in_.data(), in_.data() + colon, length);
        if (error != std::errc() || end != in_.data() + colon || length > in_.size() - colon - 1) return fail();
        const std::string_view value = in_.substr(colon + 1, length);
        in_.remove_prefix(colon + 1 + length);
        return value;
    }
    std::int64_t number() {
        const std::string_view digits = text();
        std::int64_t value = 0;
        auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        if (error != std::errc() || end != digits.data() + digits.size()) fail();
        return value;
    }
    template <typename T>
    std::optional<T> optional_number() {
        if (number() == 0) return std::nullopt;
        return static_cast<T>(number());
    }
    Items texts() {
        Items items;
        const std::int64_t count = number();
        for (std::int64_t i = 0; ok_ && i < count; ++i) items.emplace_back(text());
        return items;
    }
    Diagnostic diagnostic() {
        Diagnostic d;
        d.file = text();
        d.line = static_cast<int>(number());
        d.column = static_cast<int>(number());
        d.severity = number() == 1 ? Severity::error : Severity::warning;
        d.field = text();
        d.message = text();
        return d;
    }

private:
    std::string_view fail() {
        ok_ = false;
        in_ = {};
        return {};
    }

    std::string_view in_;
    bool ok_ = true;
};

std::uint64_t checksum(std::string_view bytes) {  // FNV-1a, enough to tell a damaged file
    std::uint64_t hash = 14695981039346656037ull;
    for (unsigned char c : bytes) hash = (hash ^ c) * 1099511628211ull;
    return hash;
}

// --- the cache files: a version line, entries, and a footer with the entries' length and checksum -

struct CacheEntry {
    std::int64_t size = 0;
    std::int64_t modified = 0;
    std::string_view blob;
};

using CacheEntries = std::map<std::string, CacheEntry, std::less<>>;

// The entries of a cache file read into `buffer`; none when it is missing, old or damaged.
CacheEntries read_cache(const fs::path& file, std::string_view kind, std::string& buffer) {
    CacheEntries entries;
    // Read whole, in one go, into a buffer of exactly its size: the texts file is tens of megabytes.
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (ec) return entries;
    std::FILE* in = std::fopen(file.c_str(), "rb");
    if (!in) return entries;
    buffer.resize(size);
    const std::size_t read = std::fread(buffer.data(), 1, size, in);
    std::fclose(in);
    if (read != size) {
        buffer.clear();
        return entries;
    }
    const std::string header = fmt::format("{} {}\n", kVersion, kind);
    const auto footer_at = buffer.rfind("\nend ");
    if (!std::string_view(buffer).starts_with(header) || footer_at == std::string::npos || footer_at < header.size())
        return entries;
    const std::string_view payload(buffer.data() + header.size(), footer_at - header.size());
    if (std::string_view(buffer).substr(footer_at) !=
        fmt::format("\nend {} {:016x}\n", payload.size(), checksum(payload)))
        return entries;
    Decoder decoder(payload);
    while (decoder.ok() && !decoder.done()) {
        const std::string_view path = decoder.text();
        CacheEntry entry;
        entry.size = decoder.number();
        entry.modified = decoder.number();
        entry.blob = decoder.text();
        if (decoder.ok()) entries.emplace(std::string(path), entry);
    }
    if (!decoder.ok()) entries.clear();
    return entries;
}

// Writes the file whole under another name, then renames it into place, so a reader never sees
// half of it; a failure leaves the old file (or none), which is only slower.
void write_cache(const fs::path& file, std::string_view kind, const std::vector<std::pair<std::string, CacheEntry>>& entries) {
    Encoder payload;
    for (const auto& [path, entry] : entries) {
        payload.text(path);
        payload.number(entry.size);
        payload.number(entry.modified);
        payload.text(entry.blob);
    }
    const std::string& bytes = payload.out();
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    const fs::path temporary = file.string() + fmt::format(".{}.tmp", ::getpid());
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) return;
        out << kVersion << ' ' << kind << '\n'
            << bytes << fmt::format("\nend {} {:016x}\n", bytes.size(), checksum(bytes));
        if (!out.flush()) {
            fs::remove(temporary, ec);
            return;
        }
    }
    fs::rename(temporary, file, ec);
    if (ec) fs::remove(temporary, ec);
}

std::string encode_summary(const CareerSummary& s, const std::vector<Diagnostic>& diagnostics,
                           const std::vector<CareerReference>& references) {
    Encoder e;
    e.text(s.id);
    e.text(s.title);
    e.texts(s.aliases);
    e.texts(s.tags);
    e.text(s.currency);
    e.optional_number(s.median_salary);
    e.optional_number(s.growth_percent);
    e.optional_number(s.training_years ? std::optional<int>(s.training_years->min) : std::nullopt);
    e.optional_number(s.training_years ? s.training_years->max : std::nullopt);
    e.optional_number(s.demand ? std::optional<int>(static_cast<int>(*s.demand)) : std::nullopt);
    e.optional_number(s.remote_friendly ? std::optional<int>(*s.remote_friendly) : std::nullopt);
    e.number(static_cast<std::int64_t>(diagnostics.size()));
    for (const auto& d : diagnostics) e.diagnostic(d);
    e.number(static_cast<std::int64_t>(references.size()));
    for (const auto& r : references) {
        e.text(r.id);
        e.diagnostic(r.where);
    }
    return std::move(e.out());
}

struct DecodedSummary {
    CareerSummary summary;
    std::vector<Diagnostic> diagnostics;
    std::vector<CareerReference> references;
};

std::optional<DecodedSummary> decode_summary(std::string_view blob) {
    Decoder d(blob);
    DecodedSummary out;
    CareerSummary& s = out.summary;
    s.id = d.text();
    s.title = d.text();
    s.aliases = d.texts();
    s.tags = d.texts();
    s.currency = d.text();
    s.median_salary = d.optional_number<Money>();
    s.growth_percent = d.optional_number<int>();
    const auto min = d.optional_number<int>();
    const auto max = d.optional_number<int>();
    if (min) s.training_years = YearRange{*min, max};
    const auto demand = d.optional_number<int>();
    if (demand && *demand >= 0 && *demand <= static_cast<int>(Level::very_high)) s.demand = static_cast<Level>(*demand);
    const auto remote = d.optional_number<int>();
    if (remote) s.remote_friendly = *remote != 0;
    const std::int64_t diagnostics = d.number();
    for (std::int64_t i = 0; d.ok() && i < diagnostics; ++i) out.diagnostics.push_back(d.diagnostic());
    const std::int64_t references = d.number();
    for (std::int64_t i = 0; d.ok() && i < references; ++i) {
        CareerReference r;
        r.id = d.text();
        r.where = d.diagnostic();
        out.references.push_back(std::move(r));
    }
    if (!d.ok() || !d.done()) return std::nullopt;
    return out;
}

// The section texts as one blob: count, then the section's number (-1 for the names) and text of each.
std::string encode_texts(const std::vector<SectionTextView>& texts) {
    Encoder e;
    e.number(static_cast<std::int64_t>(texts.size()));
    for (const auto& [section, text] : texts) {
        e.number(section ? static_cast<std::int64_t>(*section) : -1);
        e.text(text);
    }
    return std::move(e.out());
}

// Views into `blob`, which must outlive them.
std::optional<std::vector<SectionTextView>> decode_texts(std::string_view blob) {
    Decoder d(blob);
    std::vector<SectionTextView> texts;
    const std::int64_t count = d.number();
    for (std::int64_t i = 0; d.ok() && i < count; ++i) {
        const std::int64_t section = d.number();
        const std::string_view text = d.text();
        if (section < -1 || section >= static_cast<std::int64_t>(kSectionCount)) return std::nullopt;
        texts.emplace_back(section < 0 ? std::nullopt : std::optional(static_cast<Section>(section)), text);
    }
    if (!d.ok() || !d.done()) return std::nullopt;
    return texts;
}

struct FileStamp {
    std::int64_t size = 0;
    std::int64_t modified = 0;
};

std::optional<FileStamp> stamp_of(const fs::path& path) {
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (ec) return std::nullopt;
    const auto modified = fs::last_write_time(path, ec);
    if (ec) return std::nullopt;
    return FileStamp{static_cast<std::int64_t>(size), static_cast<std::int64_t>(modified.time_since_epoch().count())};
}

bool matches(const CacheEntry& entry, const FileStamp& stamp) {
    return entry.size == stamp.size && entry.modified == stamp.modified;
}

}  // namespace

std::optional<fs::path> default_cache_dir(const EnvLookup& env) {
    if (auto cache = env("XDG_CACHE_HOME"); cache && !cache->empty()) return fs::path(*cache) / "career";
    if (auto home = env("HOME"); home && !home->empty()) return fs::path(*home) / ".cache" / "career";
    return std::nullopt;
}

LoadedIndex load_index(const Catalog& catalog, const std::optional<fs::path>& cache_dir, bool with_texts) {
    LoadedIndex index;
    Scan found = catalog.scan();
    std::set<std::string> ids;
    for (const auto& file : found.files) ids.insert(file.id);
    index.diagnostics = std::move(found.diagnostics);

    std::string summary_buffer;
    CacheEntries summaries, texts;
    if (cache_dir) {
        summaries = read_cache(*cache_dir / "summaries", "summaries", summary_buffer);
        if (with_texts) texts = read_cache(*cache_dir / "texts", "texts", index.cache_buffer);
    }

    // What the cache files will hold: an entry for each good career file, old or new.
    std::vector<std::pair<std::string, CacheEntry>> new_summaries, new_texts;
    std::deque<std::string> new_blobs;  // the blobs of parsed careers, for the entries above
    bool changed = false;

    for (const auto& file : found.files) {
        const std::string path = file.path.string();
        const std::optional<FileStamp> stamp = stamp_of(file.path);

        // From the cache, when the file is as it was.
        if (stamp) {
            auto summary = summaries.find(path);
            auto text = with_texts ? texts.find(path) : texts.end();
            if (summary != summaries.end() && matches(summary->second, *stamp) &&
                (!with_texts || (text != texts.end() && matches(text->second, *stamp)))) {
                auto decoded = decode_summary(summary->second.blob);
                std::optional<std::vector<SectionTextView>> views;
                if (with_texts) views = decode_texts(text->second.blob);
                if (decoded && decoded->summary.id == file.id && (!with_texts || views)) {
                    index.diagnostics.insert(index.diagnostics.end(), decoded->diagnostics.begin(),
                                             decoded->diagnostics.end());
                    check_references(decoded->references, ids, index.diagnostics);
                    new_summaries.emplace_back(path, summary->second);
                    if (with_texts) new_texts.emplace_back(path, text->second);
                    index.careers.push_back({std::move(decoded->summary), views ? std::move(*views) : std::vector<SectionTextView>{}});
                    continue;
                }
            }
        }

        // Otherwise from the file itself.
        changed = true;
        ParseResult result = load_career_file(path, file.id);
        index.diagnostics.insert(index.diagnostics.end(), result.diagnostics.begin(), result.diagnostics.end());
        check_references(result.references, ids, index.diagnostics);
        if (!result.career) continue;  // a file with errors is never cached: it is read, and reported, each time
        const Career& career = *result.career;
        IndexedCareer indexed{summarize(career), {}};
        // The texts are kept when asked for, and always written to the cache when it is being read.
        if (with_texts) {
            indexed.texts.emplace_back(std::nullopt, index.parsed_texts.emplace_back(std::move(result.names)));
            for (auto& [section, text] : result.texts)
                indexed.texts.emplace_back(section, index.parsed_texts.emplace_back(std::move(text)));
        }
        if (stamp) {
            new_summaries.emplace_back(path, CacheEntry{stamp->size, stamp->modified,
                                                        new_blobs.emplace_back(encode_summary(indexed.summary, result.diagnostics, result.references))});
            if (with_texts)
                new_texts.emplace_back(path, CacheEntry{stamp->size, stamp->modified, new_blobs.emplace_back(encode_texts(indexed.texts))});
        }
        index.careers.push_back(std::move(indexed));
    }

    // Entries of files that are gone, or no longer good, are dropped by rewriting the file.
    if (cache_dir) {
        if (changed || new_summaries.size() != summaries.size()) write_cache(*cache_dir / "summaries", "summaries", new_summaries);
        if (with_texts && (changed || new_texts.size() != texts.size())) write_cache(*cache_dir / "texts", "texts", new_texts);
    }
    return index;
}

}  // namespace career
