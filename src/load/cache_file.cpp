#include "load/cache_file.hpp"

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <system_error>

#include <fmt/format.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace career {
namespace fs = std::filesystem;

// Lengths and numbers are written as fixed-width little-endian integers (the machine's own order on
// every platform Debian builds this for; a file from a machine of the other order fails its checks
// or is rebuilt): reading one back is a copy, where decimal digits cost a parse per field, and a
// cache file has tens of thousands of fields.

void Encoder::text(std::string_view value) {
    append_integer(out_, static_cast<std::uint32_t>(value.size()));
    out_ += value;
}

void Encoder::number(std::int64_t value) { append_integer(out_, value); }

void Encoder::texts(const std::vector<std::string>& items) {
    number(static_cast<std::int64_t>(items.size()));
    for (const auto& item : items) text(item);
}

void Encoder::diagnostic(const Diagnostic& d) {
    text(d.file);
    number(d.line);
    number(d.column);
    number(d.severity == Severity::error ? 1 : 0);
    text(d.field);
    text(d.message);
}

std::string_view Decoder::fail() {
    ok_ = false;
    in_ = {};
    return {};
}

std::string_view Decoder::text() {
    if (in_.size() < sizeof(std::uint32_t)) return fail();
    const auto length = integer_at<std::uint32_t>(in_, 0);
    if (length > in_.size() - sizeof length) return fail();
    const std::string_view value(in_.data() + sizeof length, length);
    in_.remove_prefix(sizeof length + length);
    return value;
}

std::int64_t Decoder::number() {
    if (in_.size() < sizeof(std::int64_t)) {
        fail();
        return 0;
    }
    const auto value = integer_at<std::int64_t>(in_, 0);
    in_.remove_prefix(sizeof value);
    return value;
}

std::vector<std::string> Decoder::texts() {
    std::vector<std::string> items;
    const std::int64_t count = number();
    for (std::int64_t i = 0; ok_ && i < count; ++i) items.emplace_back(text());
    return items;
}

Diagnostic Decoder::diagnostic() {
    Diagnostic d;
    d.file = text();
    d.line = static_cast<int>(number());
    d.column = static_cast<int>(number());
    d.severity = number() == 1 ? Severity::error : Severity::warning;
    d.field = text();
    d.message = text();
    return d;
}

MappedBytes::~MappedBytes() {
    if (mapped_) ::munmap(data_, size_);
    else std::free(data_);
}

std::optional<MappedBytes> MappedBytes::map_fd(int fd) {
    struct stat status {};
    if (::fstat(fd, &status) != 0 || status.st_size <= 0) return std::nullopt;
    const auto size = static_cast<std::size_t>(status.st_size);
    void* data = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (data == MAP_FAILED) return std::nullopt;
    MappedBytes bytes;
    bytes.data_ = static_cast<char*>(data);
    bytes.size_ = size;
    bytes.mapped_ = true;
    return bytes;
}

std::optional<MappedBytes> MappedBytes::map_file(const std::filesystem::path& file) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    auto bytes = map_fd(fd);
    ::close(fd);
    return bytes;
}

MappedBytes MappedBytes::adopt(char* data, std::size_t size) {
    MappedBytes bytes;
    bytes.data_ = data;
    bytes.size_ = size;
    return bytes;
}

void MappedBytes::release(std::string_view range) const {
    constexpr std::uintptr_t chunk = 1 << 20;  // a multiple of the page size, well over 64 KiB
    if (!mapped_ || range.empty()) return;
    const auto start = reinterpret_cast<std::uintptr_t>(data_);  // mmap(2) gives a page boundary
    const std::uintptr_t begin = std::max(released_to_, start);
    const std::uintptr_t end = (reinterpret_cast<std::uintptr_t>(range.data()) + range.size()) / chunk * chunk;
    if (end <= begin) return;
    ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_DONTNEED);
    released_to_ = end;
}

std::optional<FileStamp> stamp_of(const std::string& path) {
    // One stat(2) for both: for a thousand files, the second would be a thousand more system calls.
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0) return std::nullopt;
    return stamp_of(status);
}

FileStamp stamp_of(const struct stat& status) {
    return FileStamp{static_cast<std::int64_t>(status.st_size),
                     static_cast<std::int64_t>(status.st_mtim.tv_sec) * 1'000'000'000 + status.st_mtim.tv_nsec};
}

std::uint64_t checksum(std::string_view bytes, std::uint64_t seed) {
    constexpr std::uint64_t k1 = 0x9E3779B97F4A7C15ull, k2 = 0xBF58476D1CE4E5B9ull;
    const auto word_at = [&](std::size_t at) {
        std::uint64_t word;
        std::memcpy(&word, bytes.data() + at, 8);
        return word;
    };
    const auto mix = [](std::uint64_t h, std::uint64_t word) { return std::rotl(h ^ (word * k1), 29) * k2; };
    std::uint64_t lane[4] = {seed ^ (bytes.size() * k1), seed + k1, seed + k2, seed ^ k2};
    std::size_t at = 0;
    for (; at + 32 <= bytes.size(); at += 32)
        for (int i = 0; i < 4; ++i) lane[i] = mix(lane[i], word_at(at + 8 * i));
    std::uint64_t h = lane[0] ^ std::rotl(lane[1], 17) ^ std::rotl(lane[2], 31) ^ std::rotl(lane[3], 47);
    for (; at + 8 <= bytes.size(); at += 8) h = mix(h, word_at(at));
    std::uint64_t tail = 0;
    if (at < bytes.size()) std::memcpy(&tail, bytes.data() + at, bytes.size() - at);
    h = mix(h, tail);
    return h ^ (h >> 31);
}

std::string cache_header(std::string_view kind, std::string_view rules) {
    return fmt::format("career-cache 4 {} career {} rules {}\n", kind, CAREER_VERSION, rules);
}

std::string cache_footer(std::size_t size, std::uint64_t sum) { return fmt::format("\nend {} {:016x}\n", size, sum); }

const CacheEntry* CacheFile::find(std::string_view path) {
    if (next_ < entries.size() && entries[next_].first == path) return &entries[next_++].second;
    if (by_path_.empty())
        for (std::size_t i = 0; i < entries.size(); ++i) by_path_.emplace(entries[i].first, i);
    const auto found = by_path_.find(path);
    if (found == by_path_.end()) return nullptr;
    next_ = found->second + 1;
    return &entries[found->second].second;
}

CacheFile read_cache(const fs::path& file, std::string_view header) {
    CacheFile cache;
    auto bytes = MappedBytes::map_file(file);
    if (!bytes) return cache;
    cache.bytes = std::move(*bytes);
    const std::string_view all = cache.bytes.view();
    const auto footer_at = all.rfind("\nend ");
    if (!all.starts_with(header) || footer_at == std::string_view::npos || footer_at < header.size()) return cache;
    const std::string_view payload = all.substr(header.size(), footer_at - header.size());
    if (all.substr(footer_at) != cache_footer(payload.size(), checksum(payload))) return cache;
    Decoder decoder(payload);
    while (decoder.ok() && !decoder.done()) {
        const std::string_view path = decoder.text();
        CacheEntry entry;
        entry.stamp.size = decoder.number();
        entry.stamp.modified = decoder.number();
        entry.blob = decoder.text();
        if (decoder.ok()) cache.entries.emplace_back(path, entry);
    }
    if (!decoder.ok()) cache.entries.clear();
    return cache;
}

void write_cache(const fs::path& file, std::string_view header,
                 const std::vector<std::pair<std::string_view, CacheEntry>>& entries) {
    Encoder payload;
    for (const auto& [path, entry] : entries) {
        payload.text(path);
        payload.number(entry.stamp.size);
        payload.number(entry.stamp.modified);
        payload.text(entry.blob);
    }
    const std::string& bytes = payload.out();
    replace_file(file, {header, bytes, cache_footer(bytes.size(), checksum(bytes))});
}

void replace_file(const fs::path& file, std::initializer_list<std::string_view> parts) {
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    const fs::path temporary = file.string() + fmt::format(".{}.tmp", ::getpid());
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) return;
        for (const std::string_view part : parts) out << part;
        if (!out.flush()) {
            fs::remove(temporary, ec);
            return;
        }
    }
    fs::rename(temporary, file, ec);
    if (ec) fs::remove(temporary, ec);
}

}  // namespace career
