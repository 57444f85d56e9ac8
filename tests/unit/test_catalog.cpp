// catalog and data_dirs: which careers there are, finding one by name, and where they are read from.
#include <doctest/doctest.h>

#include "test_support.hpp"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/catalog.hpp"
#include "load/data_dirs.hpp"

using namespace career;
namespace fs = std::filesystem;

namespace {


fs::path write_file(const fs::path& path, const std::string& text) {
    return TempDir::write_file(path, text);
}

std::string career_toml(std::string_view title, std::string_view aliases = "") {
    std::string text = "title = \"" + std::string(title) + "\"\nsummary = \"About " +
                       std::string(title) + ".\"\n";
    if (!aliases.empty()) text += "aliases = [" + std::string(aliases) + "]\n";
    return text;
}

DataDir dir_of(const fs::path& path, std::string origin = "test") {
    std::error_code ec;
    return DataDir{path, std::move(origin), fs::is_directory(path, ec)};
}

bool mentions(const std::vector<Diagnostic>& diagnostics, const fs::path& file) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [&](const Diagnostic& d) { return d.file == file.string(); });
}

// An environment for data_dirs, with only the variables given.
EnvLookup env_of(std::map<std::string, std::string> vars) {
    return [vars = std::move(vars)](const char* name) -> std::optional<std::string> {
        auto it = vars.find(name);
        if (it == vars.end()) return std::nullopt;
        return it->second;
    };
}

std::vector<std::string> paths_of(const std::vector<DataDir>& dirs) {
    std::vector<std::string> out;
    for (const auto& d : dirs) out.push_back(d.path.string());
    return out;
}

std::vector<std::string> origins_of(const std::vector<DataDir>& dirs) {
    std::vector<std::string> out;
    for (const auto& d : dirs) out.push_back(d.origin);
    return out;
}

}  // namespace

TEST_SUITE("catalog") {

TEST_CASE("is_valid_id: [a-z0-9][a-z0-9-]*") {
    CHECK(is_valid_id("a"));
    CHECK(is_valid_id("7"));
    CHECK(is_valid_id("interventional-radiologist"));
    CHECK(is_valid_id("a1-b2"));
    CHECK(is_valid_id(std::string(200, 'a')));

    CHECK_FALSE(is_valid_id(""));
    CHECK_FALSE(is_valid_id("-a"));
    CHECK_FALSE(is_valid_id("A"));
    CHECK_FALSE(is_valid_id("Interventional-Radiologist"));
    CHECK_FALSE(is_valid_id("a_b"));
    CHECK_FALSE(is_valid_id("a.b"));
    CHECK_FALSE(is_valid_id("a b"));
    CHECK_FALSE(is_valid_id("a/b"));
    CHECK_FALSE(is_valid_id(".."));
    CHECK_FALSE(is_valid_id("../../etc/passwd"));
    CHECK_FALSE(is_valid_id("/etc/passwd"));
    CHECK_FALSE(is_valid_id("good\n"));
    CHECK_FALSE(is_valid_id(std::string_view("good\0", 5)));
    CHECK_FALSE(is_valid_id("caf\xc3\xa9"));
    CHECK_FALSE(is_valid_id(std::string(201, 'a')));
}

TEST_CASE("find: by id, by title in any case, by alias in any case") {
    TempDir tmp("catalog-find");
    write_file(tmp.path / "good.toml", career_toml("Good Career", "\"GC\", \"The Good One\""));
    write_file(tmp.path / "other.toml", career_toml("Other Career"));
    const Catalog catalog({dir_of(tmp.path)});

    for (std::string_view name : {"good", "Good Career", "good career", "GOOD CAREER", "gC", "GC",
                                  "the good one", "THE GOOD ONE"}) {
        CAPTURE(name);
        const Lookup lookup = find(catalog, name);
        CHECK(lookup.status == LookupStatus::found);
        REQUIRE(lookup.career.has_value());
        CHECK(lookup.career->id == "good");
        CHECK(lookup.career->title == "Good Career");
        CHECK_FALSE(lookup.suggestion.has_value());
    }
    const Lookup other = find(catalog, "other");
    REQUIRE(other.career.has_value());
    CHECK(other.career->title == "Other Career");

    // Partial titles are not matches.
    CHECK(find(catalog, "Good Car").status == LookupStatus::not_found);
}

TEST_CASE("find: a near miss suggests the nearest id, title or alias") {
    TempDir tmp("catalog-suggest");
    write_file(tmp.path / "good.toml", career_toml("Good Career", "\"GC\""));
    write_file(tmp.path / "interventional-radiologist.toml",
               career_toml("Interventional Radiologist", "\"IR\""));
    const Catalog catalog({dir_of(tmp.path)});

    SUBCASE("a misspelt title") {
        const Lookup lookup = find(catalog, "Interventional Radiolgist");
        CHECK(lookup.status == LookupStatus::not_found);
        CHECK_FALSE(lookup.career.has_value());
        CHECK(lookup.suggestion == std::optional<std::string>("Interventional Radiologist"));
    }
    SUBCASE("a misspelt id") {
        const Lookup lookup = find(catalog, "intervetnional-radiologist");
        CHECK(lookup.status == LookupStatus::not_found);
        CHECK(lookup.suggestion == std::optional<std::string>("interventional-radiologist"));
    }
    SUBCASE("an id in capitals is still the id") {
        const Lookup lookup = find(catalog, "GOOD");
        CHECK(lookup.status == LookupStatus::found);
        REQUIRE(lookup.career.has_value());
        CHECK(lookup.career->id == "good");
    }
    SUBCASE("nothing close") {
        const Lookup lookup = find(catalog, "underwater basket weaver");
        CHECK(lookup.status == LookupStatus::not_found);
        CHECK_FALSE(lookup.career.has_value());
        CHECK_FALSE(lookup.suggestion.has_value());
    }
}

TEST_CASE("a later directory overrides a career with the same id") {
    TempDir tmp("catalog-override");
    const fs::path first = tmp.path / "first", second = tmp.path / "second";
    write_file(first / "good.toml", career_toml("Old Title"));
    write_file(first / "only-first.toml", career_toml("Only First"));
    write_file(second / "good.toml", career_toml("New Title"));
    const Catalog catalog({dir_of(first), dir_of(second)});

    const Scan scan = catalog.scan();
    CHECK(scan.diagnostics.empty());
    REQUIRE(scan.files.size() == 2u);
    CHECK(scan.files[0].id == "good");
    CHECK(scan.files[0].path == (second / "good.toml").string());
    CHECK(scan.files[1].id == "only-first");

    const auto file = catalog.file_for_id("good");
    REQUIRE(file.has_value());
    CHECK(file->path == second / "good.toml");

    const Lookup by_id = find(catalog, "good");
    REQUIRE(by_id.career.has_value());
    CHECK(by_id.career->title == "New Title");
    CHECK(find(catalog, "Old Title").status == LookupStatus::not_found);
    CHECK(find(catalog, "New Title").status == LookupStatus::found);

    const LoadedCareers all = load_all(catalog);
    REQUIRE(all.careers.size() == 2u);
    CHECK(all.careers[0].title == "New Title");
    CHECK(all.careers[1].title == "Only First");

    // The other order: the first directory is now the later one.
    const Catalog reversed({dir_of(second), dir_of(first)});
    REQUIRE(find(reversed, "good").career.has_value());
    CHECK(find(reversed, "good").career->title == "Old Title");
}

TEST_CASE("a directory that does not exist is skipped") {
    TempDir tmp("catalog-missing-dir");
    write_file(tmp.path / "data" / "good.toml", career_toml("Good Career"));
    const Catalog catalog({dir_of(tmp.path / "nowhere"), dir_of(tmp.path / "data")});
    CHECK_FALSE(catalog.dirs()[0].exists);
    const LoadedCareers all = load_all(catalog);
    CHECK(all.diagnostics.empty());
    REQUIRE(all.careers.size() == 1u);
    CHECK(all.careers[0].id == "good");
}

TEST_CASE("a name that is not an id never opens a path, inside or outside the data dirs") {
    // root/x/data is the data directory; every path a traversal could reach holds a valid career,
    // so opening any of them would turn up as a found career.
    TempDir tmp("catalog-traversal");
    const fs::path data = tmp.path / "x" / "data";
    write_file(data / "good.toml", career_toml("Good Career"));
    write_file(tmp.path / "x" / "outside.toml", career_toml("Outside"));
    write_file(tmp.path / "x" / "y.toml", career_toml("Why"));
    write_file(tmp.path / "etc" / "passwd.toml", career_toml("Password File"));
    write_file(tmp.path / "etc" / "passwd", career_toml("Password File"));
    const Catalog catalog({dir_of(data)});
    REQUIRE(find(catalog, "good").status == LookupStatus::found);  // the catalog itself works

    const std::vector<std::string> names{
        "../outside",
        "../../etc/passwd",
        "/etc/passwd",
        (tmp.path / "etc" / "passwd").string(),
        (tmp.path / "etc" / "passwd.toml").string(),
        "x/../../y",
        "../y",
        "./good",
        "good\n",
        "\ngood",
        "good\n../outside",
        std::string("good\0", 5),
        std::string("good\0/../../outside", 20),
        std::string("\0", 1),
        "",
    };
    for (const auto& name : names) {
        CAPTURE(name);
        CHECK_FALSE(catalog.file_for_id(name).has_value());
        const Lookup lookup = find(catalog, name);
        CHECK(lookup.status == LookupStatus::not_found);
        CHECK_FALSE(lookup.career.has_value());
        for (const auto& d : lookup.diagnostics) {
            CAPTURE(d.file);
            CHECK(fs::path(d.file).parent_path() == data);
        }
    }
}

TEST_CASE("load_all skips a bad file, keeps the good one and reports the bad one") {
    TempDir tmp("catalog-load-all");
    const fs::path good = write_file(tmp.path / "good.toml", career_toml("Good Career"));
    const fs::path bad = write_file(tmp.path / "bad.toml", "title = \"Bad Career\"\n");  // no summary
    const fs::path misnamed = write_file(tmp.path / "Bad Name.toml", career_toml("Misnamed"));
    write_file(tmp.path / ".#good.toml", "an editor's lock file, not TOML");
    write_file(tmp.path / "notes.txt", "not a career");
    fs::create_directory(tmp.path / "folder.toml");
    const Catalog catalog({dir_of(tmp.path)});

    const LoadedCareers all = load_all(catalog);
    REQUIRE(all.careers.size() == 1u);
    CHECK(all.careers[0].id == "good");
    CHECK(all.careers[0].title == "Good Career");
    CHECK(has_errors(all.diagnostics));
    CHECK(mentions(all.diagnostics, bad));
    CHECK(mentions(all.diagnostics, misnamed));
    CHECK_FALSE(mentions(all.diagnostics, good));
    CHECK_FALSE(mentions(all.diagnostics, tmp.path / ".#good.toml"));
    CHECK_FALSE(mentions(all.diagnostics, tmp.path / "folder.toml"));
    CHECK(all.diagnostics.size() == 2u);

    const auto bad_diag = std::find_if(all.diagnostics.begin(), all.diagnostics.end(),
                                       [&](const Diagnostic& d) { return d.file == bad.string(); });
    REQUIRE(bad_diag != all.diagnostics.end());
    CHECK(bad_diag->field == "summary");

    const Scan scan = catalog.scan();
    REQUIRE(scan.files.size() == 2u);  // bad and good, sorted by id
    CHECK(scan.files[0].id == "bad");
    CHECK(scan.files[1].id == "good");

    SUBCASE("find by the bad file's id says its data is bad") {
        const Lookup lookup = find(catalog, "bad");
        CHECK(lookup.status == LookupStatus::bad_data);
        CHECK_FALSE(lookup.career.has_value());
        CHECK(mentions(lookup.diagnostics, bad));
    }
    SUBCASE("a name not found reports the broken files, which may be why") {
        const Lookup lookup = find(catalog, "Bad Career");
        CHECK(lookup.status == LookupStatus::not_found);
        CHECK(mentions(lookup.diagnostics, bad));
    }
    SUBCASE("the good one is still found by title") {
        CHECK(find(catalog, "good career").status == LookupStatus::found);
    }
}

TEST_CASE("data_dirs: shipped, XDG_DATA_DIRS reversed, XDG_DATA_HOME, CAREER_PATH, --data-dir") {
    TempDir tmp("catalog-dirs-order");
    const fs::path exe = tmp.path / "bin";
    fs::create_directories(exe);
    const fs::path cli_existing = tmp.path / "cli";
    fs::create_directories(cli_existing);

    const auto dirs = data_dirs(exe, {cli_existing.string(), "/nonexistent/d2"},
                                env_of({{"XDG_DATA_DIRS", "/a:/b"},
                                        {"XDG_DATA_HOME", "/home/u/.data"},
                                        {"HOME", "/home/u"},
                                        {"CAREER_PATH", "/c1::/c2:"}}));
    const std::vector<std::string> expected_paths{
        (tmp.path / "share" / "career" / "occupations").string(),
        (tmp.path / "share" / "career" / "careers").string(),
        "/b/career/careers",
        "/a/career/careers",
        "/home/u/.data/career/careers",
        "/c1",
        "/c2",
        cli_existing.string(),
        "/nonexistent/d2",
    };
    CHECK(paths_of(dirs) == expected_paths);
    const std::vector<std::string> expected_origins{
        "shipped",     "shipped", "XDG_DATA_DIRS", "XDG_DATA_DIRS", "XDG_DATA_HOME",
        "CAREER_PATH", "CAREER_PATH",   "--data-dir",    "--data-dir",
    };
    CHECK(origins_of(dirs) == expected_origins);
    REQUIRE(dirs.size() == 9u);
    CHECK_FALSE(dirs[0].exists);
    CHECK(dirs[7].exists);
    CHECK_FALSE(dirs[8].exists);
}

TEST_CASE("data_dirs: defaults when the environment is empty") {
    TempDir tmp("catalog-dirs-defaults");
    const fs::path exe = tmp.path / "bin";

    SUBCASE("HOME only: the XDG defaults and ~/.local/share") {
        const auto dirs = data_dirs(exe, {}, env_of({{"HOME", "/home/u"}}));
        const std::vector<std::string> expected{
            (tmp.path / "share" / "career" / "occupations").string(),
            (tmp.path / "share" / "career" / "careers").string(),
            "/usr/share/career/careers",
            "/usr/local/share/career/careers",
            "/home/u/.local/share/career/careers",
        };
        CHECK(paths_of(dirs) == expected);
        CHECK(dirs.back().origin == "XDG_DATA_HOME");
    }
    SUBCASE("empty XDG variables count as unset") {
        const auto dirs = data_dirs(
            exe, {}, env_of({{"HOME", "/home/u"}, {"XDG_DATA_DIRS", ""}, {"XDG_DATA_HOME", ""}}));
        const std::vector<std::string> expected{
            (tmp.path / "share" / "career" / "occupations").string(),
            (tmp.path / "share" / "career" / "careers").string(),
            "/usr/share/career/careers",
            "/usr/local/share/career/careers",
            "/home/u/.local/share/career/careers",
        };
        CHECK(paths_of(dirs) == expected);
    }
    SUBCASE("nothing at all: no home directory entry") {
        const auto dirs = data_dirs(exe, {}, env_of({}));
        const std::vector<std::string> expected{
            (tmp.path / "share" / "career" / "occupations").string(),
            (tmp.path / "share" / "career" / "careers").string(),
            "/usr/share/career/careers",
            "/usr/local/share/career/careers",
        };
        CHECK(paths_of(dirs) == expected);
    }
    SUBCASE("XDG_DATA_HOME wins over HOME") {
        const auto dirs =
            data_dirs(exe, {}, env_of({{"HOME", "/home/u"}, {"XDG_DATA_HOME", "/xdg"}}));
        REQUIRE(dirs.size() == 5u);
        CHECK(dirs[4].path.string() == "/xdg/career/careers");
    }
}

TEST_CASE("data_dirs: in a build tree the shipped occupations and guides are beside the program") {
    TempDir tmp("catalog-dirs-build-tree");
    fs::create_directories(tmp.path / "data" / "careers");
    fs::create_directories(tmp.path / "data" / "occupations");
    const auto dirs = data_dirs(tmp.path, {}, env_of({}));
    REQUIRE(dirs.size() >= 2u);
    CHECK(dirs[0].path == tmp.path / "data" / "occupations");
    CHECK(dirs[1].path == tmp.path / "data" / "careers");
    CHECK(dirs[0].origin == "shipped");
    CHECK(dirs[1].origin == "shipped");
    CHECK(dirs[0].exists);
    CHECK(dirs[1].exists);
}

TEST_CASE("data_dirs feed the catalog: --data-dir overrides CAREER_PATH") {
    TempDir tmp("catalog-dirs-catalog");
    const fs::path from_env = tmp.path / "env", from_cli = tmp.path / "cli";
    write_file(from_env / "good.toml", career_toml("From CAREER_PATH"));
    write_file(from_cli / "good.toml", career_toml("From --data-dir"));
    const Catalog catalog(data_dirs(tmp.path / "bin", {from_cli.string()},
                                    env_of({{"CAREER_PATH", from_env.string()},
                                            {"XDG_DATA_DIRS", (tmp.path / "none").string()}})));
    const Lookup lookup = find(catalog, "good");
    REQUIRE(lookup.career.has_value());
    CHECK(lookup.career->title == "From --data-dir");
}

}  // TEST_SUITE

TEST_CASE("a related role that names no career: validate's warning, at its position, with a suggestion") {
    TempDir tmp("catalog-related");
    const fs::path nurse = write_file(tmp.path / "nurse.toml", career_toml("Nurse") +
                                                                  "[job_outlook]\nrelated_roles = [\"doctor\", \"docter\"]\n");
    write_file(tmp.path / "doctor.toml", career_toml("Doctor"));
    const Catalog catalog({dir_of(tmp.path)});

    // Listing and showing say nothing of it: the warning belongs to `career validate`.
    CHECK(load_all(catalog).diagnostics.empty());
    CHECK(find(catalog, "nurse").diagnostics.empty());
    CHECK(find(catalog, "nurse").status == LookupStatus::found);

    const ParseResult result = load_career_file(nurse.string(), "nurse");
    std::vector<Diagnostic> diagnostics;
    check_references(result.references, {"nurse", "doctor"}, diagnostics);
    REQUIRE(diagnostics.size() == 1u);
    const Diagnostic& d = diagnostics[0];
    CHECK(d.severity == Severity::warning);
    CHECK(d.field == "job_outlook.related_roles[1]");
    CHECK(d.line == 4);
    CHECK(d.column == 28);
    CHECK(d.message == "'docter' names no career; did you mean 'doctor'?");
}
