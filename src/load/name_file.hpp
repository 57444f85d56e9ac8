#pragma once
// The names file (load/index.hpp, read_names): what NameIndex answers, as the last scan left it,
// laid out to be read in place. A command that names one career touches a few pages of it, not the
// whole catalog's names: it finds an id by a binary search of a table of entries sorted by id, and
// a title, alias or SOC code through a hash table of their case-folded forms. Nothing is decoded or
// copied but the entries an answer uses.
//
// After the header line (load/cache_file.hpp's, with the data directories): the body, then a
// checksum for each 4 KiB block of the body, then the footer "end SIZE CHECKSUM" of the body's size
// and the checksum of the block checksums. A block is checked when it is first read, so a damaged
// file is still never believed: the part of it an answer reads is checked, and the file is then
// taken as damaged whole (NameIndex::intact). The body:
//   entries   each: path, size, time of change, kind (-1: a file with errors), id, title, aliases,
//             SOC code (load/cache_file.hpp's encoding), sorted by id, one after another
//   ids       an entry's offset in the body, a 32-bit number for each, in the same order
//   slots     the hash table: for each title, alias and SOC code of a good career, the 32-bit hash
//             of its folded form and role (a name, or a guide's reference to an occupation) and
//             1 + its entry's number (0: an empty slot); linear probing, the number of slots a
//             power of two, at most half of them full
//   tail      four 64-bit numbers: where ids begin, the number of entries, where slots begin, the
//             number of slots
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "load/cache_file.hpp"
#include "load/name_index.hpp"

namespace career {

// What the names file says of one career file.
struct NameRecord {
    std::string_view path;
    FileStamp stamp;
    std::string_view id, title;
    std::span<const std::string_view> aliases;
    std::optional<CareerKind> kind;  // none: a file with errors, which has no names
    std::string_view soc;
};

// Writes `records` (sorted by id) under `header`, replacing the file whole (replace_file).
void write_name_file(const std::filesystem::path& file, std::string_view header, const std::vector<NameRecord>& records);

class NameFile final : public NameIndex {
public:
    // None when there is no such file, it has another header or no entries, or its frame is damaged.
    static std::optional<NameFile> open(const std::filesystem::path& file, std::string_view header);

    NameFile(NameFile&&) noexcept = default;
    NameFile& operator=(NameFile&&) noexcept = default;
    NameFile(const NameFile&) = delete;
    NameFile& operator=(const NameFile&) = delete;

    const IndexedCareer* by_id(std::string_view id) const override;
    std::vector<const IndexedCareer*> named(std::string_view name) const override;
    std::vector<const IndexedCareer*> guides_about(std::string_view soc) const override;
    bool current(std::string_view id) const override;
    bool intact() const override { return !damaged_; }

private:
    NameFile() = default;

    struct Entry {
        IndexedCareer career;
        bool with_errors = false;
    };
    enum class BlockState : std::uint8_t { unchecked, good, damaged };

    // Whether body bytes [at, at + length) are in the body and their blocks' checksums hold.
    bool checked(std::size_t at, std::size_t length) const;
    std::optional<std::uint32_t> number_at(std::size_t at) const;
    // Entry `i`'s bytes, checked; empty when damaged.
    std::string_view entry_bytes(std::uint32_t i) const;
    // Entry `i`, decoded once and kept; null when damaged.
    const Entry* entry(std::uint32_t i) const;
    // The entry of this id, if any (a binary search of the ids).
    const Entry* find(std::string_view id) const;
    // The good entries with a key of this hash in the table, by id.
    std::vector<const IndexedCareer*> candidates(std::uint32_t hash) const;

    MappedBytes bytes_;
    std::string_view body_, sums_;
    std::size_t ids_at_ = 0, count_ = 0, slots_at_ = 0, slot_count_ = 0;
    mutable std::vector<BlockState> blocks_;
    mutable std::unordered_map<std::uint32_t, Entry> decoded_;  // nodes stay put: pointers to them are handed out
    mutable bool damaged_ = false;
};

}  // namespace career
