#include "load/cache_file.hpp"

#include <bit>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <system_error>

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace career {
namespace fs = std::filesystem;

void Encoder::text(std::string_view value) {
    out_ += std::to_string(value.size());
    out_ += ':';
    out_ += value;
}

void Encoder::number(std::int64_t value) { text(std::to_string(value)); }

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
    std::size_t length = 0;
    const auto colon = in_.find(':');
    if (!ok_ || colon == std::string_view::npos) return fail();
    auto [end, error] = std::from_chars(in_.data(), in_.data() + colon, length);
    if (error != std::errc() || end != in_.data() + colon || length > in_.size() - colon - 1) return fail();
    const std::string_view value = in_.substr(colon + 1, length);
    in_.remove_prefix(colon + 1 + length);
    return value;
}

std::int64_t Decoder::number() {
    const std::string_view digits = text();
    std::int64_t value = 0;
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error != std::errc() || end != digits.data() + digits.size()) fail();
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

std::optional<FileBytes> FileBytes::read(const fs::path& file) {
    // Read whole, in one go, into a buffer of exactly its size.
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (ec) return std::nullopt;
    std::FILE* in = std::fopen(file.c_str(), "rb");
    if (!in) return std::nullopt;
    FileBytes bytes;
    bytes.data_ = std::make_unique_for_overwrite<char[]>(size);
    bytes.size_ = size;
    const std::size_t read = std::fread(bytes.data_.get(), 1, size, in);
    std::fclose(in);
    if (read != size) return std::nullopt;
    return bytes;
}

std::optional<FileStamp> stamp_of(const std::string& path) {
    // One stat(2) for both: for a thousand files, the second would be a thousand more system calls.
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0) return std::nullopt;
    return FileStamp{static_cast<std::int64_t>(status.st_size),
                     static_cast<std::int64_t>(status.st_mtim.tv_sec) * 1'000'000'000 + status.st_mtim.tv_nsec};
}

std::uint64_t checksum(std::string_view bytes, std::uint64_t seed) {
    constexpr std::uint64_t k1 = 0x9E3779B97F4A7C15ull, k2 = 0xBF58476D1CE4E5B9ull;
    std::uint64_t h = seed ^ (bytes.size() * k1);
    std::size_t at = 0;
    for (; at + 8 <= bytes.size(); at += 8) {
        std::uint64_t word;
        std::memcpy(&word, bytes.data() + at, 8);
        h = std::rotl(h ^ (word * k1), 29) * k2;
    }
    std::uint64_t tail = 0;
    if (at < bytes.size()) std::memcpy(&tail, bytes.data() + at, bytes.size() - at);
    h = std::rotl(h ^ (tail * k1), 29) * k2;
    return h ^ (h >> 31);
}

std::string cache_header(std::string_view kind, std::string_view rules) {
    return fmt::format("career-cache 3 {} career {} rules {}\n", kind, CAREER_VERSION, rules);
}

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
    auto bytes = FileBytes::read(file);
    if (!bytes) return cache;
    cache.bytes = std::move(*bytes);
    const std::string_view all = cache.bytes.view();
    const auto footer_at = all.rfind("\nend ");
    if (!all.starts_with(header) || footer_at == std::string_view::npos || footer_at < header.size()) return cache;
    const std::string_view payload = all.substr(header.size(), footer_at - header.size());
    if (all.substr(footer_at) != fmt::format("\nend {} {:016x}\n", payload.size(), checksum(payload))) return cache;
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
                 const std::vector<std::pair<std::string, CacheEntry>>& entries) {
    Encoder payload;
    for (const auto& [path, entry] : entries) {
        payload.text(path);
        payload.number(entry.stamp.size);
        payload.number(entry.stamp.modified);
        payload.text(entry.blob);
    }
    const std::string& bytes = payload.out();
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    const fs::path temporary = file.string() + fmt::format(".{}.tmp", ::getpid());
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) return;
        out << header << bytes << fmt::format("\nend {} {:016x}\n", bytes.size(), checksum(bytes));
        if (!out.flush()) {
            fs::remove(temporary, ec);
            return;
        }
    }
    fs::rename(temporary, file, ec);
    if (ec) fs::remove(temporary, ec);
}

}  // namespace career
