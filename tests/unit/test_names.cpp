// The names a command reads without a scan (load/index.hpp, read_names): used only while no data
// directory has changed, and each career they name only while its file is as it was.
#include <doctest/doctest.h>

#include "test_support.hpp"

#include <sys/stat.h>
#include <utime.h>

#include <filesystem>
#include <optional>
#include <string>

#include "load/catalog.hpp"
#include "load/index.hpp"
#include "load/resolve.hpp"

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
    std::optional<NameIndex> names() const { return read_names(catalog(), cache); }
};

}  // namespace

TEST_SUITE("names") {

TEST_CASE("names: written by a scan, read back without one while the directories are as they were") {
    Fixture f;
    CHECK_FALSE(f.names().has_value());  // no scan yet
    load_index(f.catalog(), f.cache);
    std::optional<NameIndex> names = f.names();
    REQUIRE(names.has_value());
    REQUIRE(names->careers.size() == 2);
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
    std::optional<NameIndex> names = f.names();
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
