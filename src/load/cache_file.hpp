#pragma once
// The files of the index cache (load/index.hpp): how values are written into them and read back,
// and how a whole file is written and checked. A file starts with a line naming its kind, the
// program's version and the fingerprint of the format's rules, and ends with the length and checksum
// of what lies between; a file that is missing, of another kind, version or rules, truncated or
// damaged is ignored, as if there were none.
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <initializer_list>
#include <unordered_map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <sys/stat.h>

#include "load/diagnostic.hpp"

namespace career {

// An integer as its bytes in the machine's order (load/cache_file.cpp says why), appended to `out`;
// and read back from `bytes` at `at`, which must hold it.
template <typename Integer>
void append_integer(std::string& out, Integer value) {
    char bytes[sizeof value];
    std::memcpy(bytes, &value, sizeof value);
    out.append(bytes, sizeof value);
}

template <typename Integer>
Integer integer_at(std::string_view bytes, std::size_t at) {
    Integer value;
    std::memcpy(&value, bytes.data() + at, sizeof value);
    return value;
}

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

// A file's bytes through mmap(2) (only the pages read are brought in, and none is copied), or bytes
// written to memory when no file could be had. Move-only, and the bytes never move: views into them
// stay good for as long as the object lives, wherever it is moved. Cache files are replaced by
// renaming, never rewritten in place, so mapped bytes never change under a reader.
class MappedBytes {
public:
    MappedBytes() = default;
    MappedBytes(MappedBytes&& other) noexcept { swap(other); }
    MappedBytes& operator=(MappedBytes&& other) noexcept {
        MappedBytes gone(std::move(other));
        swap(gone);
        return *this;
    }
    MappedBytes(const MappedBytes&) = delete;
    MappedBytes& operator=(const MappedBytes&) = delete;
    ~MappedBytes();

    static std::optional<MappedBytes> map_fd(int fd);
    static std::optional<MappedBytes> map_file(const std::filesystem::path& file);
    // Takes a buffer of malloc(3), as open_memstream(3) leaves.
    static MappedBytes adopt(char* data, std::size_t size);

    std::string_view view() const { return {data_, size_}; }

    // Says that the bytes up to the end of `range` (a view into these bytes), read from the start
    // on, will not be read again soon, so that what is read once from a large file need not stay
    // resident. Given back a whole chunk at a time, behind the reading: the kernel maps the pages
    // around one it faults in (64 KiB of them), and would map again pages given back page by page
    // just behind the place being read (which kept 35 MB resident while the file was rebuilt). A
    // page read again after all is read from the file again.
    void release(std::string_view range) const;

private:
    void swap(MappedBytes& other) noexcept {
        std::swap(data_, other.data_);
        std::swap(size_, other.size_);
        std::swap(mapped_, other.mapped_);
        std::swap(released_to_, other.released_to_);
    }

    char* data_ = nullptr;
    std::size_t size_ = 0;
    bool mapped_ = false;
    mutable std::uintptr_t released_to_ = 0;  // what release() has given back ends here
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
    MappedBytes bytes;
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

// The footer line: a size and a checksum of what lies between header and footer (the names file's
// says the size of its body, and the checksum of its blocks' checksums: load/name_file.hpp).
std::string cache_footer(std::size_t size, std::uint64_t sum);

// The entries of `file`; none when it is missing, of another header, or damaged.
CacheFile read_cache(const std::filesystem::path& file, std::string_view header);

// Writes the file whole (replace_file).
void write_cache(const std::filesystem::path& file, std::string_view header,
                 const std::vector<std::pair<std::string_view, CacheEntry>>& entries);

// Writes `parts` one after another under another name, then renames it into place, so a reader
// never sees half of it; a failure leaves the old file (or none), which is only slower.
void replace_file(const std::filesystem::path& file, std::initializer_list<std::string_view> parts);

// Enough to tell a damaged file or changed rules, and cheap beside reading the bytes: it reads 32
// bytes a step, in four independent lanes (a byte a step was a fifth of what the completion helper
// spent at 1,000 careers).
std::uint64_t checksum(std::string_view bytes, std::uint64_t seed = 0);

}  // namespace career
