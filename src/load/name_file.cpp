#include "load/name_file.hpp"

#include <algorithm>
#include <bit>
#include <charconv>

#include "model/text.hpp"

namespace career {

namespace {

constexpr std::size_t kNameBlock = 4096;    // the bytes one checksum covers: a page
constexpr std::size_t kNameTail = 4 * 8;    // the tail's four numbers
constexpr std::int64_t kNoKind = -1;        // the kind of a file with errors

// What a key of the hash table stands for: a name of the career (its title, an alias, an
// occupation's own SOC code), or a guide's reference to the occupation of a SOC code.
enum class KeyRole : std::uint64_t { name, guide_of };

// A key's hash: of its folded form, as names are matched, and its role, so that the guides that
// refer to an occupation (a thousand of them, perhaps) are not among the candidates for its name.
std::uint32_t key_hash(std::string_view key, KeyRole role) {
    return static_cast<std::uint32_t>(checksum(folded(key), static_cast<std::uint64_t>(role)));
}

// The file's footer: the body's size, and the checksum of the blocks' checksums.
std::string footer(std::size_t body_size, std::string_view sums) { return cache_footer(body_size, checksum(sums)); }

}  // namespace

void write_name_file(const std::filesystem::path& file, std::string_view header, const std::vector<NameRecord>& records) {
    Encoder entries;
    std::vector<std::uint32_t> offsets;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> keys;  // hash, entry
    for (std::uint32_t i = 0; i < records.size(); ++i) {
        const NameRecord& r = records[i];
        offsets.push_back(static_cast<std::uint32_t>(entries.out().size()));
        entries.text(r.path);
        entries.number(r.stamp.size);
        entries.number(r.stamp.modified);
        entries.number(r.kind ? static_cast<std::int64_t>(*r.kind) : kNoKind);
        entries.text(r.id);
        entries.text(r.title);
        entries.number(static_cast<std::int64_t>(r.aliases.size()));
        for (const auto alias : r.aliases) entries.text(alias);
        entries.text(r.soc);
        if (!r.kind) continue;
        keys.emplace_back(key_hash(r.title, KeyRole::name), i);
        for (const auto alias : r.aliases) keys.emplace_back(key_hash(alias, KeyRole::name), i);
        if (!r.soc.empty())
            keys.emplace_back(key_hash(r.soc, *r.kind == CareerKind::occupation ? KeyRole::name : KeyRole::guide_of), i);
    }
    std::string body = std::move(entries.out());
    const std::size_t ids_at = body.size();
    for (const std::uint32_t offset : offsets) append_integer<std::uint32_t>(body, offset);
    // At most half full, so that a miss ends soon.
    const std::size_t slot_count = std::bit_ceil(std::max<std::size_t>(8, 2 * keys.size()));
    std::vector<std::pair<std::uint32_t, std::uint32_t>> slots(slot_count);
    for (const auto& [hash, entry] : keys) {
        std::size_t at = hash & (slot_count - 1);
        while (slots[at].second != 0) at = (at + 1) & (slot_count - 1);
        slots[at] = {hash, entry + 1};
    }
    const std::size_t slots_at = body.size();
    for (const auto& [hash, entry] : slots) {
        append_integer<std::uint32_t>(body, hash);
        append_integer<std::uint32_t>(body, entry);
    }
    for (const std::size_t number : {ids_at, records.size(), slots_at, slot_count}) append_integer<std::uint64_t>(body, number);

    std::string sums;
    for (std::size_t at = 0; at < body.size(); at += kNameBlock)
        append_integer<std::uint64_t>(sums, checksum(std::string_view(body).substr(at, kNameBlock)));
    replace_file(file, {header, body, sums, footer(body.size(), sums)});
}

std::optional<NameFile> NameFile::open(const std::filesystem::path& file, std::string_view header) {
    auto bytes = MappedBytes::map_file(file);
    if (!bytes) return std::nullopt;
    NameFile names;
    names.bytes_ = std::move(*bytes);
    const std::string_view all = names.bytes_.view();
    const auto footer_at = all.rfind("\nend ");
    if (!all.starts_with(header) || footer_at == std::string_view::npos || footer_at < header.size()) return std::nullopt;
    std::size_t body_size = 0;
    const char* digits = all.data() + footer_at + 5;
    if (std::from_chars(digits, all.data() + all.size(), body_size).ec != std::errc{} || body_size > all.size())
        return std::nullopt;
    const std::size_t blocks = (body_size + kNameBlock - 1) / kNameBlock;
    if (body_size < kNameTail || header.size() + body_size + 8 * blocks != footer_at) return std::nullopt;
    names.body_ = all.substr(header.size(), body_size);
    names.sums_ = all.substr(header.size() + body_size, 8 * blocks);
    if (all.substr(footer_at) != footer(body_size, names.sums_)) return std::nullopt;
    names.blocks_.assign(blocks, BlockState::unchecked);

    const std::size_t tail = body_size - kNameTail;
    if (!names.checked(tail, kNameTail)) return std::nullopt;
    names.ids_at_ = integer_at<std::uint64_t>(names.body_, tail);
    names.count_ = integer_at<std::uint64_t>(names.body_, tail + 8);
    names.slots_at_ = integer_at<std::uint64_t>(names.body_, tail + 16);
    names.slot_count_ = integer_at<std::uint64_t>(names.body_, tail + 24);
    // The tables as the tail says, or no file: the sizes checked by division, which cannot overflow.
    if (names.count_ == 0 || names.ids_at_ > names.slots_at_ || names.slots_at_ > tail ||
        (names.slots_at_ - names.ids_at_) / 4 != names.count_ || (names.slots_at_ - names.ids_at_) % 4 != 0 ||
        (tail - names.slots_at_) / 8 != names.slot_count_ || (tail - names.slots_at_) % 8 != 0 ||
        !std::has_single_bit(names.slot_count_))
        return std::nullopt;
    return names;
}

bool NameFile::checked(std::size_t at, std::size_t length) const {
    const auto damaged = [this] {
        damaged_ = true;
        return false;
    };
    if (damaged_ || at > body_.size() || length > body_.size() - at) return damaged();
    if (length == 0) return true;
    for (std::size_t block = at / kNameBlock; block <= (at + length - 1) / kNameBlock; ++block) {
        if (blocks_[block] == BlockState::unchecked)
            blocks_[block] = checksum(body_.substr(block * kNameBlock, kNameBlock)) == integer_at<std::uint64_t>(sums_, 8 * block)
                                 ? BlockState::good
                                 : BlockState::damaged;
        if (blocks_[block] == BlockState::damaged) return damaged();
    }
    return true;
}

std::optional<std::uint32_t> NameFile::number_at(std::size_t at) const {
    if (!checked(at, 4)) return std::nullopt;
    return integer_at<std::uint32_t>(body_, at);
}

std::string_view NameFile::entry_bytes(std::uint32_t i) const {
    const auto begin = number_at(ids_at_ + 4 * std::size_t{i});
    const auto end = i + 1 < count_ ? number_at(ids_at_ + 4 * (std::size_t{i} + 1)) : std::optional<std::uint32_t>(ids_at_);
    if (!begin || !end || *begin > *end || *end > ids_at_ || !checked(*begin, *end - *begin)) {
        damaged_ = true;
        return {};
    }
    return body_.substr(*begin, *end - *begin);
}

const NameFile::Entry* NameFile::entry(std::uint32_t i) const {
    if (const auto known = decoded_.find(i); known != decoded_.end()) return &known->second;
    Decoder d(entry_bytes(i));
    Entry entry;
    IndexedCareer& career = entry.career;
    career.path = std::string(d.text());
    FileStamp stamp;
    stamp.size = d.number();
    stamp.modified = d.number();
    career.stamp = stamp;
    const std::int64_t kind = d.number();
    entry.with_errors = kind == kNoKind;
    career.kind = kind == static_cast<std::int64_t>(CareerKind::occupation) ? CareerKind::occupation : CareerKind::guide;
    career.id = d.text();
    career.title = d.text();
    const std::int64_t aliases = d.number();
    for (std::int64_t a = 0; d.ok() && a < aliases; ++a) career.aliases.push_back(d.text());
    career.soc = d.text();
    if (damaged_ || !d.ok() || !d.done()) {
        damaged_ = true;
        return nullptr;
    }
    return &decoded_.emplace(i, std::move(entry)).first->second;
}

const NameFile::Entry* NameFile::find(std::string_view id) const {
    // Only the entries the search passes through are decoded: a dozen of a thousand.
    std::size_t low = 0, high = count_;
    while (low < high) {
        const std::size_t middle = low + (high - low) / 2;
        const Entry* at = entry(static_cast<std::uint32_t>(middle));
        if (!at) return nullptr;
        if (at->career.id == id) return at;
        if (at->career.id < id) low = middle + 1;
        else high = middle;
    }
    return nullptr;
}

std::vector<const IndexedCareer*> NameFile::candidates(std::uint32_t hash) const {
    std::vector<std::uint32_t> numbers;
    for (std::size_t probes = 0, at = hash & (slot_count_ - 1); probes < slot_count_; ++probes, at = (at + 1) & (slot_count_ - 1)) {
        const auto slot_hash = number_at(slots_at_ + 8 * at);
        const auto slot_entry = number_at(slots_at_ + 8 * at + 4);
        if (!slot_hash || !slot_entry) return {};
        if (*slot_entry == 0) break;
        if (*slot_hash == hash) numbers.push_back(*slot_entry - 1);
    }
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
    std::vector<const IndexedCareer*> found;
    for (const std::uint32_t number : numbers) {
        if (number >= count_) {
            damaged_ = true;
            return {};
        }
        const Entry* at = entry(number);
        if (!at) return {};
        if (!at->with_errors) found.push_back(&at->career);
    }
    return found;
}

const IndexedCareer* NameFile::by_id(std::string_view id) const {
    const Entry* found = find(id);
    return found && !found->with_errors ? &found->career : nullptr;
}

std::vector<const IndexedCareer*> NameFile::named(std::string_view name) const {
    return careers_named(candidates(key_hash(name, KeyRole::name)), name);
}

std::vector<const IndexedCareer*> NameFile::guides_about(std::string_view soc) const {
    return guides_of(candidates(key_hash(soc, KeyRole::guide_of)), soc);
}

bool NameFile::current(std::string_view id) const {
    const Entry* found = find(id);
    if (damaged_) return false;
    // No file of that id then, and none now: a file added changes its directory.
    if (!found) return true;
    return stamp_of(found->career.path) == found->career.stamp;
}

}  // namespace career
