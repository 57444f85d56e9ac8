#include "load/career_cache.hpp"

#include <system_error>
#include <unordered_set>

#include <fmt/format.h>

#include "load/cache_file.hpp"
#include "load/career_codec.hpp"
#include "load/career_parser.hpp"
#include "load/index.hpp"

namespace career {
namespace fs = std::filesystem;

namespace {

// The name of the file that keeps the career file `path`: a checksum of the path, in `careers/`.
std::string kept_name(std::string_view path) { return fmt::format("{:016x}", checksum(path)); }

std::string career_cache_header() {
    return cache_header(fmt::format("career layout {}", kCareerLayout), rules_fingerprint());
}

std::string encode_loaded(const Career& career, const std::vector<Diagnostic>& diagnostics) {
    Encoder e;
    e.number(static_cast<std::int64_t>(diagnostics.size()));
    for (const auto& d : diagnostics) e.diagnostic(d);
    e.text(encode_career(career));
    return std::move(e.out());
}

std::optional<LoadedCareer> decode_loaded(std::string_view blob, const std::string& id) {
    Decoder d(blob);
    LoadedCareer loaded;
    const std::int64_t count = d.number();
    for (std::int64_t i = 0; d.ok() && i < count; ++i) loaded.diagnostics.push_back(d.diagnostic());
    const std::string_view career = d.text();
    if (!d.ok() || !d.done()) return std::nullopt;
    loaded.career = decode_career(career);
    if (!loaded.career || loaded.career->id != id) return std::nullopt;
    return loaded;
}

}  // namespace

LoadedCareer load_career(const std::string& path, const std::string& id, const std::optional<fs::path>& cache_dir) {
    // A stamp only where there is a cache to compare it with; kept with the stamp taken before
    // parsing, so that a file changed meanwhile is parsed again next time.
    const std::optional<FileStamp> stamp = cache_dir ? stamp_of(path) : std::nullopt;
    fs::path kept;
    std::string header;
    if (stamp) {
        kept = *cache_dir / "careers" / kept_name(path);
        header = career_cache_header();
        const CacheFile cached = read_cache(kept, header);
        if (cached.entries.size() == 1 && cached.entries[0].first == path && cached.entries[0].second.stamp == *stamp)
            if (auto loaded = decode_loaded(cached.entries[0].second.blob, id)) return std::move(*loaded);
    }
    ParseResult parsed = load_career_file(path, id);
    LoadedCareer loaded{std::move(parsed.career), std::move(parsed.diagnostics)};
    if (stamp && loaded.career) {
        const FileStamp when = *stamp;
        const std::string blob = encode_loaded(*loaded.career, loaded.diagnostics);
        write_cache(kept, header, {{path, CacheEntry{when, blob}}});
    }
    return loaded;
}

void prune_careers(const fs::path& cache_dir, const std::vector<std::string_view>& paths) {
    std::unordered_set<std::string> wanted;
    for (std::string_view path : paths) wanted.insert(kept_name(path));
    std::error_code ec;
    for (fs::directory_iterator it(cache_dir / "careers", ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        // Only what load_career names so: a file another run is writing now ends in .tmp.
        if (name.size() == 16 && name.find_first_not_of("0123456789abcdef") == std::string::npos && !wanted.contains(name))
            fs::remove(it->path(), ec);
    }
}

}  // namespace career
