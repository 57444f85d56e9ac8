#include "load/search_index.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <system_error>
#include <utility>

#include <unistd.h>

#include <fmt/format.h>

#include "load/cache_file.hpp"
#include "load/search_file.hpp"
#include "model/words.hpp"

namespace career {
namespace fs = std::filesystem;

// How the search file (load/search_file.hpp) is queried and kept current; in its namespace, as each
// layer is one translation unit.
namespace search_file {

constexpr std::uint32_t kSummaryField = section_field(Section::summary);
constexpr std::uint32_t kFieldBits = 6;  // a field number fits; a (career, field) key is career << 6 | field
static_assert(kSectionCount + 1 <= (1u << kFieldBits));

std::uint32_t field_number(const Field& field) { return field.section ? section_field(*field.section) : kNamesField; }
Field field_of(std::uint32_t number) {
    return number == kNamesField ? Field::names() : Field{static_cast<Section>(number - 1)};
}

// How often a term (a word or a phrase) occurs in one field of one career.
struct KeyStats {
    std::uint32_t key;  // career << kFieldBits | field
    std::uint32_t whole = 0, begun = 0;  // occurrences as a whole word, as a word's beginning only
    std::uint32_t first = 0;             // the first one's position
};

struct Occurrence {
    std::uint32_t key, position;
    bool whole;
    friend bool operator<(const Occurrence& a, const Occurrence& b) {
        return a.key != b.key ? a.key < b.key : a.position < b.position;
    }
};

void merge_same_keys(std::vector<KeyStats>& stats) {
    std::size_t out = 0;
    for (std::size_t i = 0; i < stats.size(); ++i) {
        if (out > 0 && stats[out - 1].key == stats[i].key) {
            KeyStats& into = stats[out - 1];
            into.whole += stats[i].whole;
            into.begun += stats[i].begun;
            into.first = std::min(into.first, stats[i].first);
        } else {
            stats[out++] = stats[i];
        }
    }
    stats.resize(out);
}

class Query {
public:
    Query(const Reader& file, std::optional<std::uint32_t> only) : file_(file), only_(only) {}

    // Where `term` (a word, or a phrase's words) occurs, by key.
    std::vector<KeyStats> stats(const std::vector<std::string>& term) {
        return term.size() == 1 ? word_stats(term[0]) : phrase_stats(term);
    }

private:
    // The dictionary's terms that `word` matches: [first, last).
    std::pair<std::size_t, std::size_t> matching(std::string_view word) const {
        std::size_t first = file_.lower_bound(word), last = first;
        while (last < file_.term_count() && term_matches(word, file_.term_text(last))) ++last;
        return {first, last};
    }

    // Calls visit(key, whole, positions) for each field that holds a term `word` matches; returns
    // how many terms it matched.
    template <typename Visit>
    std::size_t each_match(std::string_view word, Visit&& visit) {
        const auto [first, last] = matching(word);
        for (std::size_t i = first; i < last; ++i) {
            const bool whole = file_.term_text(i) == word;
            for_each_posting(file_.postings(file_.term(i)), positions_,
                             [&](std::uint32_t career, std::uint32_t field, const std::vector<std::uint32_t>& at) {
                                 if (!only_ || *only_ == field) visit(career << kFieldBits | field, whole, at);
                             });
        }
        return last - first;
    }

    std::vector<KeyStats> word_stats(std::string_view word) {
        std::vector<KeyStats> stats;
        const std::size_t lists = each_match(word, [&](std::uint32_t key, bool whole, const std::vector<std::uint32_t>& at) {
            const auto count = static_cast<std::uint32_t>(at.size());
            stats.push_back({key, whole ? count : 0, whole ? 0 : count, at.front()});
        });
        if (lists > 1) {
            std::sort(stats.begin(), stats.end(), [](const KeyStats& a, const KeyStats& b) { return a.key < b.key; });
            merge_same_keys(stats);
        }
        return stats;
    }

    std::vector<Occurrence> occurrences(std::string_view word) {
        std::vector<Occurrence> found;
        each_match(word, [&](std::uint32_t key, bool whole, const std::vector<std::uint32_t>& at) {
            for (const std::uint32_t position : at) found.push_back({key, position, whole});
        });
        std::sort(found.begin(), found.end());
        return found;
    }

    // A phrase's words at consecutive positions.
    std::vector<KeyStats> phrase_stats(const std::vector<std::string>& words) {
        std::vector<std::vector<Occurrence>> each;
        for (const auto& word : words) {
            each.push_back(occurrences(word));
            if (each.back().empty()) return {};
        }
        std::vector<std::size_t> next(words.size(), 0);
        std::vector<KeyStats> stats;
        for (const Occurrence& start : each[0]) {
            bool found = true, whole = start.whole;
            for (std::size_t i = 1; i < words.size() && found; ++i) {
                const Occurrence wanted{start.key, start.position + static_cast<std::uint32_t>(i), false};
                auto& list = each[i];
                while (next[i] < list.size() && list[next[i]] < wanted) ++next[i];
                found = next[i] < list.size() && list[next[i]].key == wanted.key &&
                        list[next[i]].position == wanted.position;
                whole = whole && found && list[next[i]].whole;
            }
            if (!found) continue;
            stats.push_back({start.key, whole ? 1u : 0u, whole ? 0u : 1u, start.position});
        }
        merge_same_keys(stats);
        return stats;
    }

    const Reader& file_;
    std::optional<std::uint32_t> only_;
    std::vector<std::uint32_t> positions_;
};

// The keys in both, their occurrences added up.
std::vector<KeyStats> intersect(const std::vector<KeyStats>& a, const std::vector<KeyStats>& b) {
    std::vector<KeyStats> both;
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i].key < b[j].key) {
            ++i;
        } else if (b[j].key < a[i].key) {
            ++j;
        } else {
            both.push_back({a[i].key, a[i].whole + b[j].whole, a[i].begun + b[j].begun, std::min(a[i].first, b[j].first)});
            ++i, ++j;
        }
    }
    return both;
}

// A query's terms as a normalised name: "diagnostic radiologist".
std::string joined_terms(const SearchQuery& query) {
    std::string name;
    for (const auto& term : query.all_terms()) name += (name.empty() ? "" : " ") + term;
    return name;
}

// Which of its names the words are, word for word.
enum class WholeName { none, other, title };

// Ranks: the title word for word, another name word for word, the names, the summary, the rest;
// then occurrences.
constexpr long kRank = 1'000'000'000;

long score_of(const KeyStats& stats, WholeName whole_name) {
    const std::uint32_t field = stats.key & ((1u << kFieldBits) - 1);
    const long level = field != kNamesField      ? (field == kSummaryField ? 2 : 1)
                       : whole_name == WholeName::title ? 5
                       : whole_name == WholeName::other ? 4
                                                        : 3;
    return level * kRank + std::min<long>(2L * stats.whole + stats.begun, kRank - 1);
}

struct Ranked {
    std::uint32_t career;
    KeyStats stats;
    WholeName whole_name;
    long score;
};

std::vector<Ranked> rank(const Reader& file, const SearchQuery& query, std::optional<std::uint32_t> only,
                         std::size_t limit) {
    Query finder(file, only);
    std::vector<KeyStats> found;
    for (std::size_t i = 0; i < query.terms.size(); ++i) {
        std::vector<KeyStats> term = finder.stats(query.terms[i]);
        found = i == 0 ? std::move(term) : intersect(found, term);
        if (found.empty()) return {};
    }
    std::vector<std::pair<std::uint32_t, bool>> named;  // by career: whether the title
    if (!only || *only == kNamesField) named = file.careers_named(joined_terms(query));
    std::vector<Ranked> best;  // a career's best field, by career
    for (const KeyStats& stats : found) {
        const std::uint32_t career = stats.key >> kFieldBits;
        WholeName whole_name = WholeName::none;
        if ((stats.key & ((1u << kFieldBits) - 1)) == kNamesField)
            for (auto at = std::lower_bound(named.begin(), named.end(), std::pair(career, false));
                 at != named.end() && at->first == career; ++at)
                whole_name = at->second ? WholeName::title : std::max(whole_name, WholeName::other);
        const long score = score_of(stats, whole_name);
        if (!best.empty() && best.back().career == career) {
            if (score > best.back().score) best.back() = {career, stats, whole_name, score};
        } else {
            best.push_back({career, stats, whole_name, score});
        }
    }
    const auto order = [](const Ranked& a, const Ranked& b) {
        return a.score != b.score ? a.score > b.score : a.career < b.career;
    };
    if (best.size() > limit) {
        std::partial_sort(best.begin(), best.begin() + static_cast<long>(limit), best.end(), order);
        best.resize(limit);
    } else {
        std::sort(best.begin(), best.end(), order);
    }
    return best;
}

// Where in a field's text its word at `position` starts, or the line that is the whole name.
std::size_t match_offset(std::string_view text, const Ranked& ranked, const SearchQuery& query) {
    if (ranked.whole_name != WholeName::none) {
        const std::string name = joined_terms(query);
        for (std::size_t start = 0; start <= text.size();) {
            const std::size_t end = std::min(text.find('\n', start), text.size());
            if (normalised_name(text.substr(start, end - start)) == name) return start;
            start = end + 1;
        }
    }
    WordReader words(text);
    for (Word word; words.next(word);)
        if (word.position >= ranked.stats.first) return word.offset;
    return 0;
}

}  // namespace search_file

SearchQuery SearchQuery::parse(const std::vector<std::string>& arguments) {
    SearchQuery query;
    for (const auto& argument : arguments)
        if (std::vector<std::string> terms = terms_of(argument); !terms.empty()) query.terms.push_back(std::move(terms));
    return query;
}

std::vector<std::string> SearchQuery::all_terms() const {
    std::vector<std::string> all;
    for (const auto& term : terms) all.insert(all.end(), term.begin(), term.end());
    return all;
}

struct SearchIndex::Data {
    const CareerIndex* careers = nullptr;
    std::optional<fs::path> cache_dir;
    std::string header;
    MappedBytes bytes;
    std::optional<search_file::Reader> file;  // views into `bytes`
    bool built = false;
};

namespace search_file {

// Whether `file` is of exactly these careers, each file as the index's scan found it.
bool is_current(const Reader& file, const CareerIndex& careers) {
    if (file.career_count() != careers.careers.size()) return false;
    try {
        for (std::size_t i = 0; i < careers.careers.size(); ++i) {
            const IndexedCareer& career = careers.careers[i];
            const CareerRecord record = file.career(i);
            if (file.string(record.id_offset, record.id_length) != career.id ||
                file.string(record.path_offset, record.path_length) != career.path)
                return false;
            // As the index's scan stamped it a moment ago: a stat(2) again would cost one a file.
            const std::optional<FileStamp>& stamp = career.stamp;
            if (!stamp || stamp->size != record.size || stamp->modified != record.modified) return false;
        }
    } catch (const Damaged&) {
        return false;
    }
    return true;
}

// Writes the file with `write` into `data`: in the cache directory when it can, else in a file of
// its own that is gone when closed, else in memory. Damaged from `write` leaves nothing behind.
template <typename Write>
void write_and_open(SearchIndex::Data& data, Write&& write) {
    const auto open = [&](MappedBytes bytes) {
        data.bytes = std::move(bytes);
        data.file = Reader::open(data.bytes.view(), data.header);
        return data.file.has_value();
    };
    // Writes to `out`, then maps it; closes it whatever happens.
    const auto written = [&](std::FILE* out, const auto& discard) -> std::optional<MappedBytes> {
        std::optional<MappedBytes> bytes;
        try {
            if (write(out)) bytes = MappedBytes::map_fd(::fileno(out));
        } catch (...) {
            std::fclose(out);
            discard();
            throw;
        }
        std::fclose(out);
        return bytes;
    };

    if (data.cache_dir) {
        std::error_code ec;
        fs::create_directories(*data.cache_dir, ec);
        fs::remove(*data.cache_dir / "texts", ec);  // what an older version kept instead of this file
        const fs::path file = *data.cache_dir / "search";
        const fs::path temporary = file.string() + fmt::format(".{}.tmp", ::getpid());
        const auto discard = [&] { fs::remove(temporary, ec); };
        if (std::FILE* out = std::fopen(temporary.c_str(), "w+be")) {
            if (auto bytes = written(out, discard); bytes && open(std::move(*bytes))) {
                fs::rename(temporary, file, ec);
                if (ec) discard();
                return;
            }
            discard();
        }
    }
    if (std::FILE* out = std::tmpfile())
        if (auto bytes = written(out, [] {}); bytes && open(std::move(*bytes))) return;
    char* buffer = nullptr;
    std::size_t size = 0;
    if (std::FILE* out = ::open_memstream(&buffer, &size)) {
        bool ok = false;
        try {
            ok = write(out);
        } catch (...) {
            std::fclose(out);
            std::free(buffer);
            throw;
        }
        std::fclose(out);
        MappedBytes bytes = MappedBytes::adopt(buffer, size);
        if (ok) open(std::move(bytes));
    }
}

// Builds the file again into `data`, from the old one's texts and postings for the careers that
// have not changed; from the careers' files alone when the old one turns out damaged.
void rebuild(SearchIndex::Data& data) {
    MappedBytes old_bytes = std::move(data.bytes);
    std::optional<Reader> old = std::move(data.file);
    data.file.reset();
    data.built = true;
    try {
        write_and_open(data, [&](std::FILE* out) {
            return write_search_file(out, data.header, *data.careers, old ? &*old : nullptr, &old_bytes);
        });
    } catch (const Damaged&) {
        write_and_open(data, [&](std::FILE* out) {
            return write_search_file(out, data.header, *data.careers, nullptr, nullptr);
        });
    }
}

}  // namespace search_file

SearchIndex::SearchIndex(std::unique_ptr<Data> data) : data_(std::move(data)) {}
SearchIndex::SearchIndex(SearchIndex&&) noexcept = default;
SearchIndex& SearchIndex::operator=(SearchIndex&&) noexcept = default;
SearchIndex::~SearchIndex() = default;

SearchIndex SearchIndex::load(const CareerIndex& careers, const std::optional<fs::path>& cache_dir) {
    auto data = std::make_unique<Data>();
    data->careers = &careers;
    data->cache_dir = cache_dir;
    data->header = cache_header("search", rules_fingerprint());
    if (cache_dir) {
        if (auto bytes = MappedBytes::map_file(*cache_dir / "search")) {
            data->bytes = std::move(*bytes);
            data->file = search_file::Reader::open(data->bytes.view(), data->header);
            if (data->file && search_file::is_current(*data->file, careers)) return SearchIndex(std::move(data));
        }
    }
    search_file::rebuild(*data);
    return SearchIndex(std::move(data));
}

std::vector<SearchHit> SearchIndex::search(const SearchQuery& query, const std::optional<Field>& only,
                                           std::size_t limit) {
    const std::optional<std::uint32_t> field =
        only ? std::optional(search_file::field_number(*only)) : std::nullopt;
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!data_->file || query.empty() || limit == 0) return {};
        try {
            const search_file::Reader& file = *data_->file;
            std::vector<SearchHit> hits;
            for (const auto& ranked : search_file::rank(file, query, field, limit)) {
                const search_file::CareerRecord record = file.career(ranked.career);
                const std::uint32_t number = ranked.stats.key & ((1u << search_file::kFieldBits) - 1);
                std::string_view text;
                for (const auto& [f, t] : search_file::decode_fields(file.texts(record)))
                    if (f == number) text = t;
                hits.push_back({file.string(record.id_offset, record.id_length),
                                file.string(record.title_offset, record.title_length), search_file::field_of(number),
                                text, search_file::match_offset(text, ranked, query), ranked.score});
            }
            return hits;
        } catch (const search_file::Damaged&) {
            search_file::rebuild(*data_);  // and search again
        }
    }
    return {};
}

std::vector<std::string> SearchIndex::terms_with_prefix(std::string_view prefix) const {
    std::vector<std::string> terms;
    if (!data_->file) return terms;
    const search_file::Reader& file = *data_->file;
    for (std::size_t i = file.lower_bound(prefix); i < file.term_count() && file.term_text(i).starts_with(prefix); ++i)
        terms.emplace_back(file.term_text(i));
    return terms;
}

bool SearchIndex::built() const { return data_->built; }

}  // namespace career
