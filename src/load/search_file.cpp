#include "load/search_file.hpp"

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <cstring>
#include <tuple>
#include <type_traits>
#include <unordered_map>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "load/cache_file.hpp"
#include "load/career_parser.hpp"
#include "model/words.hpp"

namespace career::search_file {
namespace {

constexpr char kMagic[8] = {'c', 's', 'e', 'a', 'r', 'c', 'h', '1'};
constexpr std::uint64_t kByteOrder = 0x0102030405060708ull;

static_assert(sizeof(CareerRecord) == 64 && sizeof(TermRecord) == 32 && sizeof(NameRecord) == 16 &&
              sizeof(Trailer) == 128);
static_assert(std::is_trivially_copyable_v<CareerRecord> && std::is_trivially_copyable_v<Trailer>);

template <typename T>
std::string_view bytes_of(const T& value) {
    return {reinterpret_cast<const char*>(&value), sizeof(T)};
}
template <typename T>
std::string_view bytes_of(const std::vector<T>& values) {
    return {reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T)};
}

// `length` bytes at `offset` of `bytes`, or Damaged.
std::string_view part(std::string_view bytes, std::uint64_t offset, std::uint64_t length) {
    if (offset > bytes.size() || length > bytes.size() - offset) throw Damaged{};
    return bytes.substr(offset, length);
}

template <typename T>
T record_at(std::string_view table, std::size_t i) {
    T value;
    std::memcpy(&value, part(table, i * sizeof(T), sizeof(T)).data(), sizeof(T));
    return value;
}

void put_varint(std::string& out, std::uint64_t value) {
    while (value >= 0x80) {
        out += static_cast<char>((value & 0x7F) | 0x80);
        value >>= 7;
    }
    out += static_cast<char>(value);
}

void put_u32(std::string& out, std::uint32_t value) { out.append(bytes_of(value)); }

}  // namespace

// A career's texts, as the file holds them: its fields, or Damaged.
std::vector<FieldText> decode_fields(std::string_view blob) {
    const auto count = record_at<std::uint32_t>(blob, 0);
    if (count > kSectionCount + 1) throw Damaged{};
    std::vector<FieldText> fields;
    for (std::uint32_t i = 0; i < count; ++i) {
        const auto field = record_at<std::uint32_t>(blob, 1 + 3 * i);
        const auto offset = record_at<std::uint32_t>(blob, 2 + 3 * i);
        const auto length = record_at<std::uint32_t>(blob, 3 + 3 * i);
        if (field > kSectionCount) throw Damaged{};
        fields.push_back({field, part(blob, offset, length)});
    }
    return fields;
}

// A name as the names table holds it: its terms, joined by a space.
std::string normalised_name(std::string_view name) {
    std::string out;
    WordReader words(name);
    for (Word word; words.next(word);) {
        if (!out.empty()) out += ' ';
        append_term(word, word.dotted, out);
    }
    return out;
}

std::optional<Reader> Reader::open(std::string_view bytes, std::string_view header) {
    if (bytes.size() < header.size() + sizeof(Trailer) || !bytes.starts_with(header)) return std::nullopt;
    Reader reader;
    reader.bytes_ = bytes;
    Trailer& t = reader.trailer_;
    std::memcpy(&t, bytes.data() + bytes.size() - sizeof(Trailer), sizeof(Trailer));
    if (std::memcmp(t.magic, kMagic, sizeof kMagic) != 0 || t.byte_order != kByteOrder || t.file_size != bytes.size())
        return std::nullopt;
    const std::string_view body = bytes.substr(0, bytes.size() - sizeof(Trailer));
    try {
        reader.strings_ = part(body, t.strings_offset, t.strings_size);
        if (t.career_count > body.size() / sizeof(CareerRecord) || t.term_count > body.size() / sizeof(TermRecord) ||
            t.name_count > body.size() / sizeof(NameRecord))
            return std::nullopt;
        reader.careers_ = part(body, t.careers_offset, t.career_count * sizeof(CareerRecord));
        reader.terms_ = part(body, t.terms_offset, t.term_count * sizeof(TermRecord));
        reader.names_ = part(body, t.names_offset, t.name_count * sizeof(NameRecord));
    } catch (const Damaged&) {
        return std::nullopt;
    }
    Trailer unsummed = t;
    unsummed.checksum = 0;
    std::uint64_t sum = checksum(reader.strings_, 0);
    sum = checksum(reader.careers_, sum);
    sum = checksum(reader.terms_, sum);
    sum = checksum(reader.names_, sum);
    if (checksum(bytes_of(unsummed), sum) != t.checksum) return std::nullopt;
    return reader;
}

CareerRecord Reader::career(std::size_t i) const { return record_at<CareerRecord>(careers_, i); }

TermRecord Reader::term(std::size_t i) const { return record_at<TermRecord>(terms_, i); }

std::string_view Reader::term_text(std::size_t i) const {
    const TermRecord record = term(i);
    return string(record.text_offset, record.text_length);
}

std::string_view Reader::string(std::uint32_t offset, std::uint32_t length) const {
    return part(strings_, offset, length);
}

std::size_t Reader::lower_bound(std::string_view text) const {
    std::size_t low = 0, high = term_count();
    while (low < high) {
        const std::size_t middle = low + (high - low) / 2;
        if (term_text(middle) < text) low = middle + 1;
        else high = middle;
    }
    return low;
}

std::string_view Reader::postings(const TermRecord& record) const {
    const std::string_view list = part(bytes_, record.postings_offset, record.postings_length);
    if (checksum(list, 0) != record.postings_checksum) throw Damaged{};
    return list;
}

std::string_view Reader::texts(const CareerRecord& record) const {
    const std::string_view blob = part(bytes_, record.texts_offset, record.texts_length);
    if (checksum(blob, 0) != record.texts_checksum) throw Damaged{};
    return blob;
}

std::vector<std::pair<std::uint32_t, bool>> Reader::careers_named(std::string_view name) const {
    const auto text = [&](std::size_t i) {
        const auto record = record_at<NameRecord>(names_, i);
        return string(record.text_offset, record.text_length);
    };
    std::size_t low = 0, high = trailer_.name_count;
    while (low < high) {
        const std::size_t middle = low + (high - low) / 2;
        if (text(middle) < name) low = middle + 1;
        else high = middle;
    }
    std::vector<std::pair<std::uint32_t, bool>> careers;
    for (; low < trailer_.name_count && text(low) == name; ++low) {
        const auto record = record_at<NameRecord>(names_, low);
        careers.emplace_back(record.career, record.title != 0);
    }
    return careers;
}

namespace {

// Writes a search file to `out`, a career at a time, keeping in memory the postings of the careers
// whose words are read now, not the texts. The postings of the careers kept from the old file are
// copied from it at the end, renumbered, without reading their words again.
class Writer {
public:
    Writer(std::FILE* out, std::string_view header, std::size_t old_careers)
        : out_(out), renumbered_(old_careers, kDropped) {
        put(header);
        header_size_ = written_;
    }

    // A career whose texts are `fields`, read now: its words are read.
    void add(const IndexedCareer& career, const FileStamp& stamp, const std::vector<FieldText>& fields) {
        const std::uint32_t number = write_texts(career, stamp, encode_fields(fields));
        tokens_.clear();
        for (const auto& [field, text] : fields) {
            WordReader words(text);
            for (Word word; words.next(word);) {
                tokens_.push_back({term_id(word, false), field, word.position});
                if (word.dotted) tokens_.push_back({term_id(word, true), field, word.position});
            }
            if (field == kNamesField) add_names(text, number);
        }
        std::sort(tokens_.begin(), tokens_.end());
        tokens_.erase(std::unique(tokens_.begin(), tokens_.end()), tokens_.end());
        for (std::size_t i = 0; i < tokens_.size();) {
            const std::uint32_t term = tokens_[i].term;
            std::size_t end = i;
            std::uint32_t field_count = 0;
            for (; end < tokens_.size() && tokens_[end].term == term; ++end)
                if (end == i || tokens_[end].field != tokens_[end - 1].field) ++field_count;
            std::string& postings = postings_[term];
            put_varint(postings, number + 1 - last_career_[term]);
            last_career_[term] = number + 1;
            put_varint(postings, field_count);
            for (std::size_t at = i; at < end;) {
                std::size_t field_end = at;
                while (field_end < end && tokens_[field_end].field == tokens_[at].field) ++field_end;
                put_varint(postings, tokens_[at].field);
                put_varint(postings, field_end - at);
                std::uint32_t previous = 0;
                for (std::size_t k = at; k < field_end; ++k) {
                    put_varint(postings, tokens_[k].position - previous);
                    previous = tokens_[k].position;
                }
                at = field_end;
            }
            i = end;
        }
    }

    // A career whose texts, `blob`, and words are those of career `old_number` of the old file.
    void keep(const IndexedCareer& career, const FileStamp& stamp, std::string_view blob, std::uint32_t old_number) {
        const std::vector<FieldText> fields = decode_fields(blob);
        if (old_number >= renumbered_.size()) throw Damaged{};
        const std::uint32_t number = write_texts(career, stamp, blob);
        renumbered_[old_number] = number;
        for (const auto& [field, text] : fields)
            if (field == kNamesField) add_names(text, number);
    }

    // Writes the rest: the postings of the careers read now and of those kept from `old`, merged
    // term by term, and the tables. False when a write failed; Damaged when `old` is.
    bool finish(const Reader* old, const MappedBytes* old_bytes) {
        Trailer trailer{};
        std::memcpy(trailer.magic, kMagic, sizeof kMagic);
        trailer.byte_order = kByteOrder;
        trailer.texts_offset = header_size_;
        trailer.texts_size = written_ - header_size_;

        trailer.postings_offset = written_;
        std::vector<std::uint32_t> order(term_texts_.size());
        for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
        std::sort(order.begin(), order.end(),
                  [&](std::uint32_t a, std::uint32_t b) { return term_texts_[a] < term_texts_[b]; });
        std::vector<TermRecord> terms;
        const std::size_t old_terms = old ? old->term_count() : 0;
        std::string merged;
        for (std::size_t i = 0, j = 0; i < old_terms || j < order.size();) {
            const std::string_view old_text = i < old_terms ? old->term_text(i) : std::string_view();
            const bool from_old = i < old_terms && (j == order.size() || old_text <= term_texts_[order[j]]);
            const bool from_new = j < order.size() && (i == old_terms || term_texts_[order[j]] <= old_text);
            const std::string_view text = from_new ? term_texts_[order[j]] : old_text;
            std::string_view kept;
            if (from_old) kept = old->postings(old->term(i));
            merged.clear();
            merge_postings(kept, from_new ? std::string_view(postings_[order[j]]) : std::string_view(), merged);
            if (from_old && old_bytes) old_bytes->release(kept);
            if (from_new) std::string().swap(postings_[order[j]]);
            i += from_old, j += from_new;
            if (merged.empty()) continue;  // only careers that are gone or changed had it
            TermRecord record{};
            record.postings_offset = written_;
            record.postings_length = static_cast<std::uint32_t>(merged.size());
            record.postings_checksum = checksum(merged, 0);
            std::tie(record.text_offset, record.text_length) = add_string(text);
            put(merged);
            terms.push_back(record);
        }
        trailer.postings_size = written_ - trailer.postings_offset;

        std::sort(names_.begin(), names_.end());
        names_.erase(std::unique(names_.begin(), names_.end()), names_.end());
        std::vector<NameRecord> names;
        for (const auto& [name, career, title] : names_) {
            const auto [offset, length] = add_string(name);
            names.push_back({offset, length, career, title});
        }

        trailer.career_count = careers_.size();
        trailer.term_count = terms.size();
        trailer.name_count = names.size();
        trailer.strings_offset = written_;
        trailer.strings_size = strings_.size();
        put(strings_);
        trailer.careers_offset = written_;
        put(bytes_of(careers_));
        trailer.terms_offset = written_;
        put(bytes_of(terms));
        trailer.names_offset = written_;
        put(bytes_of(names));
        trailer.file_size = written_ + sizeof(Trailer);
        std::uint64_t sum = checksum(strings_, 0);
        sum = checksum(bytes_of(careers_), sum);
        sum = checksum(bytes_of(terms), sum);
        sum = checksum(bytes_of(names), sum);
        trailer.checksum = checksum(bytes_of(trailer), sum);  // with checksum still 0
        put(bytes_of(trailer));
        return !failed_ && std::fflush(out_) == 0;
    }

private:
    static constexpr std::uint32_t kDropped = UINT32_MAX;

    struct Token {
        std::uint32_t term, field, position;
        friend auto operator<=>(const Token&, const Token&) = default;
    };

    // A list of postings, read one career at a time: its number and the bytes of its fields.
    struct PostingsCursor {
        std::string_view list;
        std::size_t at = 0;
        std::uint32_t career_plus_one = 0;

        bool next(std::uint32_t& career, std::string_view& fields) {
            if (at >= list.size()) return false;
            career_plus_one += get_varint(list, at);
            if (career_plus_one == 0) throw Damaged{};
            career = career_plus_one - 1;
            const std::size_t start = at;
            const std::uint32_t count = get_varint(list, at);
            if (count > kSectionCount + 1) throw Damaged{};
            for (std::uint32_t f = 0; f < count; ++f) {
                get_varint(list, at);
                const std::uint32_t positions = get_varint(list, at);
                if (positions > list.size()) throw Damaged{};
                for (std::uint32_t k = 0; k < positions; ++k) get_varint(list, at);
            }
            fields = list.substr(start, at - start);
            return true;
        }
    };

    // `kept` (the old file's, renumbered, without the careers dropped) and `added` (numbered
    // already), merged by career.
    void merge_postings(std::string_view kept, std::string_view added, std::string& out) const {
        PostingsCursor old_list{kept}, new_list{added};
        std::uint32_t old_career = 0, new_career = 0, last = 0;
        std::string_view old_fields, new_fields;
        const auto next_kept = [&] {
            while (old_list.next(old_career, old_fields)) {
                if (old_career >= renumbered_.size()) throw Damaged{};
                if (renumbered_[old_career] != kDropped) {
                    old_career = renumbered_[old_career];
                    return true;
                }
            }
            return false;
        };
        bool has_old = next_kept(), has_new = new_list.next(new_career, new_fields);
        while (has_old || has_new) {
            const bool take_old = has_old && (!has_new || old_career < new_career);
            const std::uint32_t career = take_old ? old_career : new_career;
            if (career + 1 <= last) throw Damaged{};  // careers out of order: not a file this wrote
            put_varint(out, career + 1 - last);
            last = career + 1;
            out += take_old ? old_fields : new_fields;
            if (take_old) has_old = next_kept();
            else has_new = new_list.next(new_career, new_fields);
        }
    }

    void put(std::string_view bytes) {
        if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), out_) != bytes.size()) failed_ = true;
        written_ += bytes.size();
    }

    std::pair<std::uint32_t, std::uint32_t> add_string(std::string_view text) {
        const auto offset = static_cast<std::uint32_t>(strings_.size());
        strings_ += text;
        return {offset, static_cast<std::uint32_t>(text.size())};
    }

    // A career's texts, as the file holds them.
    const std::string& encode_fields(const std::vector<FieldText>& fields) {
        blob_.clear();
        put_u32(blob_, static_cast<std::uint32_t>(fields.size()));
        std::size_t offset = 4 + 12 * fields.size();
        for (const auto& [field, text] : fields) {
            put_u32(blob_, field);
            put_u32(blob_, static_cast<std::uint32_t>(offset));
            put_u32(blob_, static_cast<std::uint32_t>(text.size()));
            offset += text.size();
        }
        for (const auto& field : fields) blob_ += field.text;
        return blob_;
    }

    // Writes a career's record and texts; returns its number.
    std::uint32_t write_texts(const IndexedCareer& career, const FileStamp& stamp, std::string_view blob) {
        CareerRecord record{};
        record.size = stamp.size;
        record.modified = stamp.modified;
        std::tie(record.id_offset, record.id_length) = add_string(career.id);
        std::tie(record.title_offset, record.title_length) = add_string(career.title);
        std::tie(record.path_offset, record.path_length) = add_string(career.path);
        record.texts_offset = written_;
        record.texts_length = static_cast<std::uint32_t>(blob.size());
        record.texts_checksum = checksum(blob, 0);
        put(blob);
        careers_.push_back(record);
        return static_cast<std::uint32_t>(careers_.size() - 1);
    }

    // Each line of a names field, normalised, for whole-name matches; the first is the title.
    void add_names(std::string_view text, std::uint32_t career) {
        for (std::size_t start = 0; start <= text.size();) {
            const std::size_t end = std::min(text.find('\n', start), text.size());
            if (std::string name = normalised_name(text.substr(start, end - start)); !name.empty())
                names_.emplace_back(std::move(name), career, start == 0 ? 1 : 0);
            start = end + 1;
        }
    }

    std::uint32_t term_id(const Word& word, bool dotted) {
        term_.clear();
        append_term(word, dotted, term_);
        const auto [at, added] = term_ids_.try_emplace(term_, static_cast<std::uint32_t>(term_texts_.size()));
        if (added) {
            term_texts_.push_back(at->first);  // the map's nodes never move
            postings_.emplace_back();
            last_career_.push_back(0);
        }
        return at->second;
    }

    std::FILE* out_;
    std::uint64_t written_ = 0, header_size_ = 0;
    bool failed_ = false;
    std::string strings_, blob_, term_;
    std::vector<CareerRecord> careers_;
    std::vector<std::uint32_t> renumbered_;      // by the old file's career number: the new one, or kDropped
    std::unordered_map<std::string, std::uint32_t> term_ids_;  // the terms of the careers read now
    std::vector<std::string_view> term_texts_;   // by term id
    std::vector<std::string> postings_;          // by term id
    std::vector<std::uint32_t> last_career_;     // by term id: the number + 1 of the last career added
    std::vector<std::tuple<std::string, std::uint32_t, std::uint32_t>> names_;  // name, career, title
    std::vector<Token> tokens_;
};

}  // namespace

// Writes the search file of `careers` to `out`, taking each career's texts and postings from `old`
// when it has them for the file as it is now, and parsing the file otherwise. False when a write
// failed; Damaged when a part of `old` it reads is.
bool write_search_file(std::FILE* out, std::string_view header, const CareerIndex& careers, const Reader* old,
                       const MappedBytes* old_bytes) {
    std::unordered_map<std::string_view, std::uint32_t> old_by_path;
    for (std::uint32_t i = 0; old && i < old->career_count(); ++i) {
        const CareerRecord record = old->career(i);
        old_by_path.emplace(old->string(record.path_offset, record.path_length), i);
    }
    Writer writer(out, header, old ? old->career_count() : 0);
    for (const IndexedCareer& career : careers.careers) {
        const FileStamp stamp = career.stamp.value_or(FileStamp{-1, -1});  // as the index's scan found it
        if (const auto found = old_by_path.find(career.path); found != old_by_path.end()) {
            const CareerRecord record = old->career(found->second);
            if (record.size == stamp.size && record.modified == stamp.modified &&
                old->string(record.id_offset, record.id_length) == career.id) {
                const std::string_view texts = old->texts(record);
                writer.keep(career, stamp, texts, found->second);
                if (old_bytes) old_bytes->release(texts);
                continue;
            }
        }
        const ParseResult parsed = load_career_file(career.path, std::string(career.id), SearchText::gather);
        std::vector<FieldText> fields;
        std::string names;
        if (parsed.career) {
            fields.push_back({kNamesField, parsed.names});
            for (const auto& [section, text] : parsed.texts) fields.push_back({section_field(section), text});
        } else {  // changed since the index was read: its names, until the index sees it
            names = career.title;
            for (const auto alias : career.aliases) names += "\n" + std::string(alias);
            fields.push_back({kNamesField, names});
        }
        writer.add(career, stamp, fields);
    }
    return writer.finish(old, old_bytes);
}

}  // namespace career::search_file
