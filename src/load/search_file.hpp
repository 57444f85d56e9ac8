#pragma once
// The file `search` of the cache, which load/search_index.hpp reads: how it is laid out, written and
// read. Everything is read in place, through mmap(2), and checked before it is used.
//
// After the header line cache_header("search", rules), in this order:
//   texts     each career's fields: u32 count; per field u32 field, u32 offset (from the start of
//             this career's texts), u32 length; then the texts. Field 0 is the names (one a line),
//             1 + n section n (list items one a line).
//   postings  each term's list, in dictionary order, of varints (LEB128): for each career that has
//             the term, ascending, its number + 1 minus the previous one's (0 before the first), the
//             number of its fields that have the term, and for each of them, ascending, the field,
//             the number of occurrences and their word positions (the first, then each minus the one
//             before it).
//   strings   every id, title, path, term and normalised name, back to back
//   careers   a CareerRecord a career, numbered as the index numbers them (by id)
//   terms     a TermRecord a term, sorted by its bytes: binary-searchable, and the terms that begin
//             with a prefix stand together
//   names     a NameRecord a career's name (a line of its names field) as its terms joined by one
//             space (normalised_name), with the career's number and whether it is its title; sorted
//   trailer   a Trailer: where each part is, and the checksum of strings, careers, terms, names and
//             itself, checked at every opening. Each list of postings and each career's texts have
//             their own checksum, checked when read.
// Numbers are in the machine's byte order; Trailer::byte_order tells a file of another.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "load/cache_file.hpp"
#include "load/index.hpp"
#include "model/sections.hpp"

namespace career::search_file {

struct CareerRecord {
    std::int64_t size, modified;  // the career file's FileStamp when its texts were read
    std::uint64_t texts_offset, texts_checksum;
    std::uint32_t texts_length, id_offset, id_length, title_offset, title_length, path_offset, path_length, unused;
};

struct TermRecord {
    std::uint64_t postings_offset, postings_checksum;
    std::uint32_t postings_length, text_offset, text_length, unused;
};

struct NameRecord {
    std::uint32_t text_offset, text_length, career, title;  // title: 1 for the first line, the title
};

struct Trailer {
    char magic[8];
    std::uint64_t byte_order;
    std::uint64_t career_count, term_count, name_count;
    std::uint64_t texts_offset, texts_size, postings_offset, postings_size, strings_offset, strings_size;
    std::uint64_t careers_offset, terms_offset, names_offset;
    std::uint64_t file_size;
    std::uint64_t checksum;
};

// A field's number: 0 the names, 1 + n section n.
inline constexpr std::uint32_t kNamesField = 0;
constexpr std::uint32_t section_field(Section section) { return 1 + static_cast<std::uint32_t>(section); }

// Thrown when a part of the file read after opening it is damaged: the file is to be rebuilt.
struct Damaged {};

// The varint at `at`, which moves past it; Damaged when there is none.
inline std::uint32_t get_varint(std::string_view in, std::size_t& at) {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        if (at >= in.size()) throw Damaged{};
        const auto byte = static_cast<unsigned char>(in[at++]);
        value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
        if (!(byte & 0x80)) {
            if (value > UINT32_MAX) throw Damaged{};
            return static_cast<std::uint32_t>(value);
        }
    }
    throw Damaged{};
}

struct FieldText {
    std::uint32_t field;
    std::string_view text;
};

// A career's texts, as the file holds them: its fields, or Damaged.
std::vector<FieldText> decode_fields(std::string_view blob);

// A name as the names table holds it: its terms (model/words.hpp), joined by a space.
std::string normalised_name(std::string_view name);

// A search file as read: views into its bytes. What open() checks is good; the rest is checked
// when read, and Damaged when it is not.
class Reader {
public:
    // None when `bytes` is no search file under `header`, or a part checked at opening is damaged.
    static std::optional<Reader> open(std::string_view bytes, std::string_view header);

    std::size_t career_count() const { return trailer_.career_count; }
    CareerRecord career(std::size_t i) const;
    std::size_t term_count() const { return trailer_.term_count; }
    TermRecord term(std::size_t i) const;
    std::string_view term_text(std::size_t i) const;
    std::string_view string(std::uint32_t offset, std::uint32_t length) const;
    // The first term not less than `text`.
    std::size_t lower_bound(std::string_view text) const;
    // A term's postings, checked.
    std::string_view postings(const TermRecord& record) const;
    // A career's texts, checked.
    std::string_view texts(const CareerRecord& record) const;
    // The careers that have a name whose normalised form is `name`, ascending, each with whether
    // that name is its title; a career may come twice, once for its title and once for another name.
    std::vector<std::pair<std::uint32_t, bool>> careers_named(std::string_view name) const;

private:
    std::string_view bytes_, strings_, careers_, terms_, names_;
    Trailer trailer_{};
};

// Calls visit(career, field, positions) for each field of each career in a term's postings.
template <typename Visit>
void for_each_posting(std::string_view list, std::vector<std::uint32_t>& positions, Visit&& visit) {
    std::size_t at = 0;
    std::uint32_t career_plus_one = 0;
    while (at < list.size()) {
        career_plus_one += get_varint(list, at);
        const std::uint32_t fields = get_varint(list, at);
        if (fields > kSectionCount + 1) throw Damaged{};
        for (std::uint32_t f = 0; f < fields; ++f) {
            const std::uint32_t field = get_varint(list, at);
            const std::uint32_t count = get_varint(list, at);
            if (field > kSectionCount || count == 0 || count > list.size()) throw Damaged{};
            positions.clear();
            std::uint32_t position = 0;
            for (std::uint32_t k = 0; k < count; ++k) positions.push_back(position += get_varint(list, at));
            visit(career_plus_one - 1, field, positions);
        }
    }
}

// Writes the search file of `careers` to `out`, under `header`: each career's texts and postings
// taken from `old` (whose bytes are `old_bytes`) when it has them for the file as it is now, so
// that only the files that changed are parsed. False when a write failed; Damaged when a part of
// `old` it reads is.
bool write_search_file(std::FILE* out, std::string_view header, const CareerIndex& careers, const Reader* old,
                       const MappedBytes* old_bytes);

}  // namespace career::search_file
