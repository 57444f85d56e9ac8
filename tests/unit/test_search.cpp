// `career search`: the search index and its file (load/search_index.hpp), and the snippets
// (render/search.hpp). The tokenizer: test_words.cpp.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "load/catalog.hpp"
#include "load/index.hpp"
#include "load/search_index.hpp"
#include "render/search.hpp"
#include "test_support.hpp"

using namespace career;
namespace fs = std::filesystem;

namespace {

std::string file_text(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A catalog of a few careers in a scratch directory, and a cache beside it.
struct SearchFixture {
    TempDir tmp{"search"};
    fs::path data = tmp.path / "data", cache = tmp.path / "cache";

    SearchFixture() {
        write("radiologist", R"(title = "Radiologist"
aliases = ["Diagnostic Radiologist"]
summary = "Reads images: radiology at its core."
[role]
responsibilities = ["Oversee radiation safety", "Report findings"]
tech_stack = ["C#, Go or C++", "Git and hosted code repositories", "ASP.NET and .NET"]
)");
        write("radiation-therapist", R"(title = "Radiation Therapist"
summary = "Treats cancer with radiation, with a radiologist, radiologist and radiologist."
[role]
responsibilities = ["Follow radiation", "safety rules", "Passes the USMLE and writes .html pages"]
)");
        write("imaging-assistant", R"(title = "Imaging Assistant"
aliases = ["Diagnostic Radiologist Assistant"]
summary = "Helps a radiologist. Builds ML models."
)");
    }

    void write(const std::string& id, const std::string& text) const { tmp.write("data/" + id + ".toml", text); }

    Catalog catalog() const { return Catalog({DataDir{data, "test", true}}); }

    // What a query finds, as "id [section]" lines, through a SearchIndex loaded now.
    std::vector<std::string> found(const std::vector<std::string>& words, std::optional<Field> only = std::nullopt,
                                   bool* built = nullptr) const {
        const CareerIndex index = load_index(catalog(), cache);
        SearchIndex search = SearchIndex::load(index, cache);
        std::vector<std::string> lines;
        for (const SearchHit& hit : search.search(SearchQuery::parse(words), only, 20))
            lines.push_back(std::string(hit.id) + " [" + (hit.field.section ? std::to_string(static_cast<int>(*hit.field.section)) : "names") +
                            "] " + snippet(hit.text, hit.match, 60));
        if (built) *built = search.built();
        return lines;
    }
    std::vector<std::string> ids(const std::vector<std::string>& words, std::optional<Field> only = std::nullopt) const {
        std::vector<std::string> out;
        for (const auto& line : found(words, only)) out.push_back(line.substr(0, line.find(' ')));
        return out;
    }
};

using Ids = std::vector<std::string>;

int search_field_number(const Field& field) { return field.section ? 1 + static_cast<int>(*field.section) : 0; }

}  // namespace

TEST_CASE("search query: an argument of several words is a phrase; one of no words is dropped") {
    const SearchQuery query = SearchQuery::parse({"Radiation Safety", "c++", "--", "full-time"});
    CHECK(query.terms == std::vector<std::vector<std::string>>{{"radiation", "safety"}, {"c++"}, {"full", "time"}});
    CHECK(query.all_terms() == std::vector<std::string>{"radiation", "safety", "c++", "full", "time"});
    CHECK(SearchQuery::parse({"--"}).empty());
}

TEST_CASE("search index: whole words and their beginnings, every word in one field") {
    const SearchFixture f;
    CHECK(f.ids({"ml"}) == Ids{"imaging-assistant"});            // not USMLE, not .html
    CHECK(f.ids({"usmle"}) == Ids{"radiation-therapist"});
    CHECK(f.ids({"html"}) == Ids{"radiation-therapist"});
    CHECK(f.ids({".html"}) == Ids{"radiation-therapist"});
    CHECK(f.ids({"tml"}).empty());
    CHECK(f.ids({"C++"}) == Ids{"radiologist"});
    CHECK(f.ids({"c#"}) == Ids{"radiologist"});
    CHECK(f.ids({".NET"}) == Ids{"radiologist"});
    CHECK(f.ids({"net"}) == Ids{"radiologist"});
    CHECK(f.ids({"asp.net"}) == Ids{"radiologist"});
    CHECK(f.ids({"RADIOLOGY"}) == Ids{"radiologist"});
    // Both words, but in different fields (the title and the summary): no match.
    CHECK(f.ids({"imaging", "models"}).empty());
    CHECK(f.ids({"helps", "models"}) == Ids{"imaging-assistant"});
    CHECK(f.ids({"underwater"}).empty());
    CHECK(f.ids({"--"}).empty());
}

TEST_CASE("search index: the terms that begin with a prefix, from the sorted dictionary") {
    const SearchFixture f;
    const CareerIndex index = load_index(f.catalog(), f.cache);
    const SearchIndex search = SearchIndex::load(index, f.cache);
    CHECK(search.terms_with_prefix("radiolog") == std::vector<std::string>{"radiologist", "radiology"});
    CHECK(search.terms_with_prefix(".") == std::vector<std::string>{".html", ".net"});
    CHECK(search.terms_with_prefix("zz").empty());
    CHECK(f.ids({"radiolog"}) == Ids{"radiologist", "imaging-assistant", "radiation-therapist"});
}

TEST_CASE("search index: a phrase is its words one after another, in one list item") {
    const SearchFixture f;
    CHECK(f.ids({"radiation safety"}) == Ids{"radiologist"});  // not "Follow radiation" + "safety rules"
    CHECK(f.ids({"safety radiation"}).empty());
    CHECK(f.ids({"hosted code"}) == Ids{"radiologist"});
    CHECK(f.ids({"radiation", "safety"}) == Ids{"radiation-therapist", "radiologist"});
    CHECK(f.ids({"diagnostic radiolog"}) == Ids{"imaging-assistant", "radiologist"});
}

TEST_CASE("search index: a whole name first, then the names, the summary, the rest; more first") {
    const SearchFixture f;
    // "Radiologist" is the radiologist's title, word for word; the imaging assistant's alias only
    // holds it; the therapist's summary says it three times, the assistant's once.
    CHECK(f.ids({"radiologist"}) == Ids{"radiologist", "imaging-assistant", "radiation-therapist"});
    const auto lines = f.found({"radiologist"});
    REQUIRE(lines.size() == 3);
    CHECK(lines[1].starts_with("imaging-assistant [names] "));
    CHECK(lines[2].starts_with("radiation-therapist [0] "));
    // An alias word for word, in any case, ranks its career first, its snippet at that name.
    const auto alias = f.found({"diagnostic radiologist", "ASSISTANT"});
    REQUIRE(alias.size() == 1);
    CHECK(alias[0] == "imaging-assistant [names] Imaging Assistant · Diagnostic Radiologist Assistant");
    CHECK(f.ids({"diagnostic", "radiologist"}) == Ids{"radiologist", "imaging-assistant"});
    // A match in the title before one in a section.
    CHECK(f.ids({"radiation"}) == Ids{"radiation-therapist", "radiologist"});
}

TEST_CASE("search index: a career's title word for word before another's alias or other title") {
    const SearchFixture f;
    f.write("software-engineer", "title = \"Software Engineer\"\nsummary = \"Writes software.\"\n");
    f.write("software-developers", R"(title = "Software Developers"
aliases = ["Software Engineer", "Senior Software Engineer", "Software Engineer II", "Software Engineering Lead"]
summary = "Develops software."
)");
    // The developers' names say it more often, but the engineer's title is the words.
    CHECK(f.ids({"software", "engineer"}) == Ids{"software-engineer", "software-developers"});
    CHECK(f.ids({"Software Engineer II"}) == Ids{"software-developers"});
    CHECK(f.ids({"senior", "software", "engineer"}) == Ids{"software-developers"});
    CHECK(f.ids({"software engineer"}, Field{Section::summary}).empty());
}

TEST_CASE("search index: a whole word counts twice a word's beginning") {
    const SearchFixture f;
    const CareerIndex index = load_index(f.catalog(), f.cache);
    SearchIndex search = SearchIndex::load(index, f.cache);
    // The therapist's summary says "radiologist" three times, the assistant's once.
    const auto whole = search.search(SearchQuery::parse({"radiologist"}), Field{Section::summary}, 5);
    const auto begun = search.search(SearchQuery::parse({"radiolog"}), Field{Section::summary}, 5);
    REQUIRE(whole.size() == 2);
    REQUIRE(begun.size() == 3);  // and the radiologist's "radiology"
    CHECK(whole[0].id == "radiation-therapist");
    CHECK(begun[0].id == "radiation-therapist");
    CHECK(whole[0].score - begun[0].score == 3);
    CHECK(whole[1].score - begun[1].score == 1);
    // A whole name: the match is where that name begins.
    const auto named = search.search(SearchQuery::parse({"Diagnostic Radiologist Assistant"}), std::nullopt, 5);
    REQUIRE(named.size() == 1);
    CHECK(named[0].text.substr(named[0].match) == "Diagnostic Radiologist Assistant");
    CHECK(named[0].score > whole[0].score);
}

TEST_CASE("search index: --section looks in one field only") {
    const SearchFixture f;
    CHECK(f.ids({"radiologist"}, Field::names()) == Ids{"radiologist", "imaging-assistant"});
    CHECK(f.ids({"radiologist"}, Field{Section::summary}) == Ids{"radiation-therapist", "imaging-assistant"});
    CHECK(f.ids({"radiation"}, Field{Section::responsibilities}) == Ids{"radiation-therapist", "radiologist"});
    CHECK(f.ids({"radiation"}, Field{Section::faq}).empty());
}

TEST_CASE("search index: read from the cache while nothing changed, rebuilt when anything did") {
    const SearchFixture f;
    bool built = false;
    f.found({"radiologist"}, std::nullopt, &built);
    CHECK(built);
    const std::string first = file_text(f.cache / "search");
    f.found({"radiologist"}, std::nullopt, &built);
    CHECK_FALSE(built);

    // Edited (the same size: only the modification time tells), added, removed.
    f.write("imaging-assistant", R"(title = "Imaging Assistant"
aliases = ["Diagnostic Radiologist Assistant"]
summary = "Helps a radiologist. Builds XY models."
)");
    const fs::path edited = f.data / "imaging-assistant.toml";
    fs::last_write_time(edited, fs::last_write_time(edited) + std::chrono::seconds(1));
    CHECK(f.ids({"ml"}).empty());
    CHECK(f.ids({"xy"}) == Ids{"imaging-assistant"});
    f.write("sonographer", "title = \"Sonographer\"\nsummary = \"Scans with ultrasound.\"\n");
    CHECK(f.ids({"ultrasound"}) == Ids{"sonographer"});
    fs::remove(f.data / "sonographer.toml");
    f.found({"ultrasound"}, std::nullopt, &built);
    CHECK(built);
    CHECK(f.ids({"ultrasound"}).empty());
    // Back as it was: the same file, byte for byte.
    f.write("imaging-assistant", R"(title = "Imaging Assistant"
aliases = ["Diagnostic Radiologist Assistant"]
summary = "Helps a radiologist. Builds ML models."
)");
    f.found({"ml"});
    const std::string again = file_text(f.cache / "search");
    CHECK(again.size() == first.size());
    // What was rebuilt from the old file is what a build from the files alone writes.
    const CareerIndex index = load_index(f.catalog(), f.cache);
    SearchIndex::load(index, f.tmp.path / "fresh");
    CHECK(file_text(f.tmp.path / "fresh" / "search") == again);
}

TEST_CASE("search index: a damaged byte anywhere in the file is found, and the file rebuilt") {
    const SearchFixture f;
    const CareerIndex index = load_index(f.catalog(), f.cache);
    const std::vector<std::vector<std::string>> queries{{"radiologist"}, {"radiation safety"}, {"c++"}, {"ml"}};
    // What each query finds: each hit's id, field, text and match.
    const auto found = [&](SearchIndex& search) {
        std::vector<std::string> all;
        for (const auto& query : queries)
            for (const SearchHit& hit : search.search(SearchQuery::parse(query), std::nullopt, 20))
                all.push_back(std::string(hit.id) + "|" + std::to_string(search_field_number(hit.field)) + "|" +
                              std::string(hit.text) + "|" + std::to_string(hit.match));
        return all;
    };
    SearchIndex first = SearchIndex::load(index, f.cache);
    const std::vector<std::string> expected = found(first);
    REQUIRE(expected.size() == 6);
    const std::string good = file_text(f.cache / "search");
    REQUIRE(good.size() > 1000);
    // A byte of every 8 (the checksums read 8 at a time), a different one in each; every byte of
    // the trailer at the end; a file cut short, or of another version.
    std::vector<std::string> damaged;
    for (std::size_t i = 0; i < good.size();) {
        const bool trailer = i + 128 >= good.size();
        const std::size_t at = trailer ? i : std::min(i + i / 8 % 8, good.size() - 1);
        std::string bad = good;
        bad[at] = static_cast<char>(bad[at] ^ 0x20);
        damaged.push_back(std::move(bad));
        i += trailer ? 1 : 8;
    }
    damaged.push_back(good.substr(0, good.size() / 2));
    damaged.push_back("");
    std::string other_version = good;
    other_version.replace(good.find(" career ") + 8, 1, "9");
    damaged.push_back(other_version);
    for (const auto& bad : damaged) {
        std::ofstream(f.cache / "search", std::ios::binary | std::ios::trunc) << bad;
        SearchIndex search = SearchIndex::load(index, f.cache);
        REQUIRE(found(search) == expected);
    }
    // Whatever was damaged, the search that found it left the file whole.
    std::ofstream(f.cache / "search", std::ios::binary | std::ios::trunc) << damaged.back();
    SearchIndex again = SearchIndex::load(index, f.cache);
    CHECK(again.built());
    CHECK(file_text(f.cache / "search") == good);
}

TEST_CASE("search index: without a cache directory, or with one that cannot be written, it still works") {
    const SearchFixture f;
    const CareerIndex index = load_index(f.catalog(), std::nullopt);
    SearchIndex nowhere = SearchIndex::load(index, std::nullopt);
    CHECK(nowhere.search(SearchQuery::parse({"ml"}), std::nullopt, 5).size() == 1);
    f.tmp.write("not-a-directory", "x");
    SearchIndex unwritable = SearchIndex::load(index, f.tmp.path / "not-a-directory");
    CHECK(unwritable.search(SearchQuery::parse({"ml"}), std::nullopt, 5).size() == 1);
}

TEST_CASE("snippets: list items apart, never beginning or ending with the mark between them") {
    const std::string text = "Programming languages such as Python, Java, C#, Go or C++\nGit and hosted code repositories\n"
                             "Integrated development environments and code editors";
    CHECK(snippet(text, text.find("C#"), 200) ==
          "Programming languages such as Python, Java, C#, Go or C++ · Git and hosted code repositories · "
          "Integrated development environments and code editors");
    CHECK(snippet(text, text.find("hosted"), 60) == "…Git and hosted code repositories · Integrated development…");
    const std::string cut = snippet(text, text.find("C++"), 50);
    CHECK(cut.starts_with("…"));
    CHECK_FALSE(cut.ends_with("· …"));
    CHECK_FALSE(cut.ends_with("·…"));
    CHECK(snippet("One\nTwo", 4, 80) == "One · Two");
}
