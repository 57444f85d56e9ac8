#pragma once
// `career search`'s engine: an inverted index of every career's words (term → careers, fields,
// word positions), kept in one file of the cache, `search`, and read through mmap(2), so that a
// query costs what its hits cost, not what the catalog holds: it reads the dictionary entries and
// postings of its terms and the texts of the results it shows, nothing else.
//
// Words, terms and matching: model/words.hpp (whole words and word beginnings, never the inside of
// a word). A career's words are in fields: its names (title, aliases and other titles, one a line)
// and each section of `career show` that has text (lists one item a line).
//
// The file (its layout: load/search_file.hpp) holds, for each good career of the index, its id,
// title, path and the path's size and modification time, and its fields' texts (for snippets, and
// to rebuild the file without parsing what did not change); the sorted dictionary of terms, each
// with its postings; and the careers' names, normalised, for whole-name matches. It is used only
// while it was written by this version under the same rules (load/index.hpp, rules_fingerprint)
// for exactly the careers of the index, each file as it is now; otherwise it is rebuilt from the
// old one, parsing only the files that changed. A damaged file is rebuilt: the parts every query
// reads are checked when it is opened, each list of postings and each career's texts when read.
#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/index.hpp"
#include "model/sections.hpp"

namespace career {

// Where a career's words are: its names, or a section.
struct Field {
    std::optional<Section> section;  // none: the names (title, aliases, other titles)

    static Field names() { return {}; }
    friend bool operator==(const Field&, const Field&) = default;
};

// What to look for. Every argument's terms must occur in one field, the same for all; an argument
// of several words ("radiation safety" quoted, or "full-time") is a phrase: its words must stand one
// right after another, in one list item.
struct SearchQuery {
    std::vector<std::vector<std::string>> terms;  // each argument's terms (model/words.hpp)

    static SearchQuery parse(const std::vector<std::string>& arguments);
    bool empty() const { return terms.empty(); }
    // Every term of every argument, in order.
    std::vector<std::string> all_terms() const;
};

// A career that matches, and its best field. Views into the SearchIndex that found it.
struct SearchHit {
    std::string_view id, title;
    Field field;
    std::string_view text;  // the field's text, list items (and names) one a line
    std::size_t match = 0;  // where in `text` the first matching word (or the whole name) starts
    long score = 0;         // higher first
};

// The search index of a CareerIndex. Move-only; the hits it returns point into it.
class SearchIndex {
public:
    SearchIndex(SearchIndex&&) noexcept;
    SearchIndex& operator=(SearchIndex&&) noexcept;
    ~SearchIndex();

    // The index of `careers` (which must outlive it): the file `search` in `cache_dir` when it is
    // of these careers as they are now; otherwise built first, and written there when it can be.
    static SearchIndex load(const CareerIndex& careers, const std::optional<std::filesystem::path>& cache_dir);

    // The best field of each career that holds every term of `query` (in `only`, when given),
    // best first, at most `limit`. Ranking: a whole name (the title, an alias or another title,
    // word for word) first, then any other match in the names, then the summary, then the other
    // sections; within each, more occurrences first, a whole word counting twice a beginning; then
    // by id.
    std::vector<SearchHit> search(const SearchQuery& query, const std::optional<Field>& only, std::size_t limit);

    // The terms of the dictionary that begin with `prefix`, in order.
    std::vector<std::string> terms_with_prefix(std::string_view prefix) const;
    // Whether load() (or a search that found the file damaged) had to build the file.
    bool built() const;

    struct Data;  // what it holds: search_index.cpp

private:
    explicit SearchIndex(std::unique_ptr<Data> data);
    std::unique_ptr<Data> data_;
};

}  // namespace career
