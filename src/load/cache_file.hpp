#pragma once
// The files of the index cache (load/index.hpp): how values are written into them and read back,
// and how a whole file is written and checked. A file starts with a line naming its kind, the
// program's version and the fingerprint of the format's rules, and ends with the length and checksum
// of what lies between; a file that is missing, of another kind, version or rules, truncated or
// damaged is ignored, as if there were none.
#include <cstdint>
#include <filesystem>
#include <unordered_map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <sys/stat.h>

#include "load/diagnostic.hpp"

namespace career {

// A text is its length and its bytes, so any byte round-trips; a number is 8 bytes.
class Encoder {
public:
    void text(std::string_view value);
    void number(std::int64_t value);
    template <typename T>
    void optional_number(const std::optional<T>& value) {
        number(value ? 1 : 0);
        if (value) number(static_cast<std::int64_t>(*value));
    }
    void texts(const std::vector<std::string>& items);
    void diagnostic(const Diagnostic& d);
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

    std::string_view text();
    std::int64_t number();
    template <typename T>
    std::optional<T> optional_number() {
        if (number() == 0) return std::nullopt;
        return static_cast<T>(number());
    }
    std::vector<std::string> texts();
    Diagnostic diagnostic();

private:
    std::string_view fail();

    std::string_view in_;
    bool ok_ = true;
};

// A file's bytes, mapped whole (mmap(2): only the pages read are brought in, and none is copied).
// Move-only, and the bytes never move: views into them stay good for as long as the object lives,
// wherever it is moved. Cache files are replaced by renaming, never rewritten in place, so the
// mapped bytes never change under a reader.
class FileBytes {
public:
    FileBytes() = default;
    FileBytes(FileBytes&& other) noexcept { swap(other); }
    FileBytes& operator=(FileBytes&& other) noexcept {
        FileBytes gone(std::move(other));
        swap(gone);
        return *this;
    }
    FileBytes(const FileBytes&) = delete;
    FileBytes& operator=(const FileBytes&) = delete;
    ~FileBytes();

    static std::optional<FileBytes> read(const std::filesystem::path& file);
    std::string_view view() const { return {data_, size_}; }

private:
    void swap(FileBytes& other) noexcept {
        std::swap(data_, other.data_);
        std::swap(size_, other.size_);
    }

    const char* data_ = nullptr;
    std::size_t size_ = 0;
};

// What a file was when it was read: a cache entry is used only while its file is still so.
struct FileStamp {
    std::int64_t size = 0;
    std::int64_t modified = 0;
    friend bool operator==(const FileStamp&, const FileStamp&) = default;
};

// By the path as a string: a std::filesystem::path of it would split it for nothing, a thousand times.
std::optional<FileStamp> stamp_of(const std::string& path);
// From what stat(2) gave.
FileStamp stamp_of(const struct stat& status);

struct CacheEntry {
    FileStamp stamp;
    std::string_view blob;  // a view into the CacheFile's bytes, or into the writer's strings
};

// One cache file, read: an entry for each career file, by its path; the paths and blobs are views
// into `bytes`.
class CacheFile {
public:
    FileBytes bytes;
    std::vector<std::pair<std::string_view, CacheEntry>> entries;  // in the order written

    // The entry for `path`, if any. The files are usually asked for in the order they were written
    // (by id): then each is the next entry, and nothing is hashed.
    const CacheEntry* find(std::string_view path);

private:
    std::size_t next_ = 0;
    std::unordered_map<std::string_view, std::size_t> by_path_;  // made at the first miss
};

// The header line: the kind, the program's version and `rules`, a fingerprint of the format's
// rules, so that a build with other checks never uses what an older one computed.
std::string cache_header(std::string_view kind, std::string_view rules);

// The entries of `file`; none when it is missing, of another header, or damaged.
CacheFile read_cache(const std::filesystem::path& file, std::string_view header);

// Writes the file whole under another name, then renames it into place, so a reader never sees
// half of it; a failure leaves the old file (or none), which is only slower.
void write_cache(const std::filesystem::path& file, std::string_view header,
                 const std::vector<std::pair<std::string_view, CacheEntry>>& entries);

// Enough to tell a damaged file or changed rules, and cheap beside reading the bytes: it reads 32
// bytes a step, in four independent lanes (a byte a step was a fifth of what the completion helper
// spent at 1,000 careers).
std::uint64_t checksum(std::string_view bytes, std::uint64_t seed = 0);

}  // namespace career
