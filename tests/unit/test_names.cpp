// The names a command reads without a scan (load/index.hpp, read_names): used only while no data
// directory has changed, and each career they name only while its file is as it was.
#include <doctest/doctest.h>

#include "test_support.hpp"

#include <sys/stat.h>
#include <utime.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "load/catalog.hpp"
#include "load/index.hpp"
#include "load/name_file.hpp"
#include "load/resolve.hpp"
#include "model/text.hpp"

using namespace career;
namespace fs = std::filesystem;

namespace {

std::string career_toml(std::string_view title, std::string_view aliases = "") {
    std::string text = "title = \"" + std::string(title) + "\"\nsummary = \"About it.\"\n";
    if (!aliases.empty()) text += "aliases = [" + std::string(aliases) + "]\n";
    return text;
}

// A time of change a minute ago: a directory changed in the last two seconds is never trusted.
void age(const fs::path& path) {
    struct stat status {};
    REQUIRE(::stat(path.c_str(), &status) == 0);
    const struct utimbuf times{status.st_atime, status.st_mtime - 60};
    REQUIRE(::utime(path.c_str(), &times) == 0);
}

// Rewrites a file in place, its size changed, without changing its directory's time of change.
void edit_in_place(const fs::path& file, const std::string& text) {
    struct stat dir {};
    REQUIRE(::stat(file.parent_path().c_str(), &dir) == 0);
    TempDir::write_file(file, text);
    struct stat after {};
    REQUIRE(::stat(file.parent_path().c_str(), &after) == 0);
    REQUIRE(after.st_mtim.tv_sec == dir.st_mtim.tv_sec);
    REQUIRE(after.st_mtim.tv_nsec == dir.st_mtim.tv_nsec);
}

struct Fixture {
    TempDir tmp{"names"};
    fs::path careers = tmp.path / "careers";
    fs::path cache = tmp.path / "cache";

    Fixture() {
        tmp.write("careers/alpha.toml", career_toml("Alpha Career", "\"AC\""));
        tmp.write("careers/beta.toml", career_toml("Beta Career"));
        tmp.write("careers/broken.toml", "title = \n");
        age(careers);
    }
    Catalog catalog() const { return Catalog({DataDir{careers, "test", true}}); }
    std::optional<NameFile> names() const { return read_names(catalog(), cache); }
};

}  // namespace

TEST_SUITE("names") {

TEST_CASE("names: written by a scan, read back without one while the directories are as they were") {
    Fixture f;
    CHECK_FALSE(f.names().has_value());  // no scan yet
    load_index(f.catalog(), f.cache);
    std::optional<NameFile> names = f.names();
    REQUIRE(names.has_value());
    CHECK(names->by_id("alpha") != nullptr);
    REQUIRE(names->by_id("beta") != nullptr);
    CHECK(names->by_id("beta")->title == "Beta Career");
    CHECK(names->by_id("broken") == nullptr);
    REQUIRE(names->named("ac").size() == 1);
    CHECK(names->named("ac").front()->id == "alpha");
    CHECK(names->current("alpha"));
    CHECK(names->current("broken"));
    CHECK(names->current("none-such"));
}

TEST_CASE("names: a directory changed since, or changed too lately to tell, is scanned instead") {
    Fixture f;
    SUBCASE("a file added") {
        load_index(f.catalog(), f.cache);
        f.tmp.write("careers/gamma.toml", career_toml("Gamma Career"));
        CHECK_FALSE(f.names().has_value());
        // The next scan writes them again, but with the directory unsettled: still not read.
        load_index(f.catalog(), f.cache);
        CHECK_FALSE(f.names().has_value());
        age(f.careers);
        load_index(f.catalog(), f.cache);
        REQUIRE(f.names().has_value());
        CHECK(f.names()->by_id("gamma") != nullptr);
    }
    SUBCASE("a file removed") {
        load_index(f.catalog(), f.cache);
        fs::remove(f.careers / "beta.toml");
        CHECK_FALSE(f.names().has_value());
    }
    SUBCASE("another set of directories") {
        load_index(f.catalog(), f.cache);
        const Catalog more({DataDir{f.careers, "test", true}, DataDir{f.tmp.path / "none", "test", false}});
        CHECK_FALSE(read_names(more, f.cache).has_value());
    }
    SUBCASE("a directory holding a symbolic link") {
        fs::create_symlink(f.careers / "beta.toml", f.careers / "delta.toml");
        age(f.careers);
        load_index(f.catalog(), f.cache);
        CHECK_FALSE(f.names().has_value());
    }
}

TEST_CASE("names: a file changed in place is not trusted; the scan answers instead") {
    Fixture f;
    load_index(f.catalog(), f.cache);
    edit_in_place(f.careers / "alpha.toml", career_toml("Alpha Renamed Career"));
    edit_in_place(f.careers / "broken.toml", career_toml("Mended Career"));
    std::optional<NameFile> names = f.names();
    REQUIRE(names.has_value());
    CHECK_FALSE(names->current("alpha"));
    CHECK_FALSE(names->current("broken"));
    CHECK(names->current("beta"));

    // The old title is no one's now, the new ones are found: by the scan the names could not stand for.
    const IndexLoader indexes(f.catalog(), f.cache);
    CHECK_FALSE(resolve_name(indexes, "Alpha Career").file.has_value());
    const Resolution renamed = resolve_name(indexes, "alpha renamed career");
    REQUIRE(renamed.file.has_value());
    CHECK(renamed.file->id == "alpha");
    const Resolution mended = resolve_name(IndexLoader(f.catalog(), f.cache), "Mended Career");
    REQUIRE(mended.file.has_value());
    CHECK(mended.file->id == "broken");
}

TEST_CASE("names: a name they know is answered without a scan") {
    Fixture f;
    load_index(f.catalog(), f.cache);
    // Damage the index: a scan would parse every file again and write it anew.
    const fs::path index = f.cache / "index";
    TempDir::write_file(index, "damaged");
    const IndexLoader indexes(f.catalog(), f.cache);
    const Resolution found = resolve_name(indexes, "Beta Career");
    REQUIRE(found.file.has_value());
    CHECK(found.file->id == "beta");
    std::ifstream in(index);
    CHECK(std::string(std::istreambuf_iterator<char>(in), {}) == "damaged");
}

}  // TEST_SUITE

// The names file itself (load/name_file.hpp), written and read without a catalog.
TEST_SUITE("name file") {

namespace {

// `count` careers "c000", "c001", …, titled "Career 000", …; every third an occupation of its own
// SOC code, the rest guides that refer to the first occupation's; "c001" and "c002" share an alias.
struct NameFileFixture {
    TempDir tmp{"name-file"};
    fs::path file = tmp.path / "names";
    std::vector<std::string> ids, titles, socs;
    std::vector<std::vector<std::string_view>> aliases;

    explicit NameFileFixture(int count) {
        for (int i = 0; i < count; ++i) {
            char number[16];
            std::snprintf(number, sizeof number, "%03d", i);
            ids.push_back(std::string("c") + number);
            titles.push_back(std::string("Career ") + number);
            socs.push_back(i % 3 == 0 ? "11-" + std::string(number) + "0" : "11-0000");
        }
        aliases.resize(ids.size());
        aliases[1] = aliases[2] = {"Shared Alias"};
        std::vector<NameRecord> records;
        for (std::size_t i = 0; i < ids.size(); ++i)
            records.push_back({ids[i], FileStamp{1, 2}, ids[i], titles[i], aliases[i],
                               i % 3 == 0 ? CareerKind::occupation : CareerKind::guide, socs[i]});
        // One with errors, which has no names.
        records.push_back({"zz-broken", FileStamp{1, 2}, "zz-broken", {}, {}, std::nullopt, {}});
        write_name_file(file, "header\n", records);
    }
    std::optional<NameFile> open() const { return NameFile::open(file, "header\n"); }
};

std::vector<std::string_view> ids_of(const std::vector<const IndexedCareer*>& careers) {
    std::vector<std::string_view> ids;
    for (const IndexedCareer* career : careers) ids.push_back(career->id);
    return ids;
}

}  // namespace

TEST_CASE("name file: every id, title, alias and SOC code is found, in a file of many blocks") {
    NameFileFixture f(600);
    std::optional<NameFile> names = f.open();
    REQUIRE(names.has_value());
    REQUIRE(fs::file_size(f.file) > 3 * 4096);
    for (std::size_t i = 0; i < f.ids.size(); ++i) {
        const IndexedCareer* career = names->by_id(f.ids[i]);
        REQUIRE(career != nullptr);
        CHECK(career->title == f.titles[i]);
        CHECK(ids_of(names->named(folded(f.titles[i]))) == std::vector<std::string_view>{f.ids[i]});
    }
    CHECK(names->by_id("c600") == nullptr);
    CHECK(names->by_id("zz-broken") == nullptr);
    CHECK(names->current("c600"));  // no such file then
    CHECK(names->named("Career 600").empty());
    // Several careers of one name, by id.
    CHECK(ids_of(names->named("shared alias")) == std::vector<std::string_view>{"c001", "c002"});
    // A SOC code names its occupation, not the guides that refer to it; they are its guides.
    CHECK(ids_of(names->named("11-0000")) == std::vector<std::string_view>{"c000"});
    CHECK(ids_of(names->named("11-0030")) == std::vector<std::string_view>{"c003"});
    const auto guides = names->guides_about("11-0000");
    CHECK(guides.size() == 400);
    CHECK(guides.front()->id == "c001");
    CHECK(names->guides_about("11-0030").empty());
    CHECK(names->intact());
}

TEST_CASE("name file: a damaged block is found when read, and the file no longer believed") {
    NameFileFixture f(600);
    // One byte of the first entry changed: its block's checksum no longer holds.
    std::string bytes;
    {
        std::ifstream in(f.file, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    const std::size_t at = bytes.find("Career 000");
    REQUIRE(at != std::string::npos);
    bytes[at] = 'K';
    TempDir::write_file(f.file, bytes);

    std::optional<NameFile> names = f.open();
    REQUIRE(names.has_value());  // the frame holds: only the blocks read are checked
    // A name whose entry is elsewhere is still answered...
    CHECK(ids_of(names->named("Career 599")) == std::vector<std::string_view>{"c599"});
    CHECK(names->intact());
    // ...and one that reads the damaged block is not, nor anything after.
    CHECK(names->named("Career 000").empty());
    CHECK(names->named("Kareer 000").empty());
    CHECK_FALSE(names->intact());
    CHECK_FALSE(names->current("c599"));
}

TEST_CASE("name file: a truncated file, or one of another header, is none") {
    NameFileFixture f(10);
    CHECK_FALSE(NameFile::open(f.file, "other header\n").has_value());
    const auto size = fs::file_size(f.file);
    fs::resize_file(f.file, size - 1);
    CHECK_FALSE(f.open().has_value());
    TempDir::write_file(f.file, "header\nend 0 0000000000000000\n");
    CHECK_FALSE(f.open().has_value());
}

TEST_CASE("names: a names file whose frame is damaged is written again by the next scan") {
    Fixture f;
    load_index(f.catalog(), f.cache);
    const fs::path names_file = f.cache / "names";
    fs::resize_file(names_file, fs::file_size(names_file) - 1);  // the header still says these directories
    CHECK_FALSE(f.names().has_value());
    load_index(f.catalog(), f.cache);  // nothing changed in the catalog
    REQUIRE(f.names().has_value());
    CHECK(f.names()->by_id("beta") != nullptr);
}

TEST_CASE("names: a damaged names file leaves the scan to answer") {
    Fixture f;
    load_index(f.catalog(), f.cache);
    const fs::path names_file = f.cache / "names";
    std::string bytes;
    {
        std::ifstream in(names_file, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    const std::size_t at = bytes.find("Beta Career");
    REQUIRE(at != std::string::npos);
    bytes[at] = 'Z';
    TempDir::write_file(names_file, bytes);
    const Resolution found = resolve_name(IndexLoader(f.catalog(), f.cache), "Beta Career");
    REQUIRE(found.file.has_value());
    CHECK(found.file->id == "beta");
    // The scan wrote it anew.
    std::optional<NameFile> names = f.names();
    REQUIRE(names.has_value());
    CHECK(ids_of(names->named("Beta Career")) == std::vector<std::string_view>{"beta"});
    CHECK(names->intact());
}

}  // TEST_SUITE
