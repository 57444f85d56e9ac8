// Bad input never hurts: files too large or nested too deep, odd bytes, files that cannot be read
// or vanish, symbolic links that loop or lead out of the data directory (load/input_limits.hpp,
// load/catalog.hpp). The same, end to end: tests/e2e/test_robustness.py.
#include <doctest/doctest.h>

#include "test_support.hpp"

#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <algorithm>
#include <utility>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "load/career_parser.hpp"
#include "load/catalog.hpp"
#include "load/input_limits.hpp"

#include <toml++/toml.h>

using namespace career;
namespace fs = std::filesystem;

namespace {

const std::string kGood = "title = \"Good\"\nsummary = \"A good career.\"\n";

ParseResult parse(std::string_view text) { return parse_career(text, "f.toml", "f"); }

std::string repeat(std::string_view text, std::size_t times) {
    std::string out;
    out.reserve(text.size() * times);
    for (std::size_t i = 0; i < times; ++i) out += text;
    return out;
}

// The only diagnostic of a result that must hold exactly one error.
Diagnostic the_error(const ParseResult& result) {
    CHECK_FALSE(result.career.has_value());
    REQUIRE(result.diagnostics.size() == 1u);
    CHECK(result.diagnostics[0].severity == Severity::error);
    return result.diagnostics[0];
}

DataDir dir_of(const fs::path& path) { return DataDir{path, "test", fs::is_directory(path)}; }

const Diagnostic* diagnostic_for(const std::vector<Diagnostic>& diagnostics, const fs::path& file) {
    auto it = std::find_if(diagnostics.begin(), diagnostics.end(),
                           [&](const Diagnostic& d) { return d.file == file.string(); });
    return it == diagnostics.end() ? nullptr : &*it;
}

std::vector<std::string> ids_of(const LoadedCareers& loaded) {
    std::vector<std::string> ids;
    for (const auto& c : loaded.careers) ids.push_back(c.id);
    return ids;
}

// Runs with the effective user id of `nobody` while it lives, so that a file of mode 000 cannot be
// read even when the tests run as root; `active` is false when that is not possible.
struct AsNobody {
    bool active = false;
    AsNobody() {
        if (::geteuid() != 0) {
            active = true;  // already an ordinary user
            return;
        }
        was_root = ::seteuid(65534) == 0;
        active = was_root;
    }
    ~AsNobody() {
        if (was_root && ::seteuid(0) != 0) std::abort();
    }
    AsNobody(const AsNobody&) = delete;
    AsNobody& operator=(const AsNobody&) = delete;

private:
    bool was_root = false;
};

}  // namespace

TEST_SUITE("robustness") {

TEST_CASE("a file over 1 MiB is refused before it is read, naming the limit") {
    TempDir tmp("robust-size");
    const std::string big = kGood + "# " + std::string(20 * 1024 * 1024, 'x') + "\n";  // 20 MB
    const fs::path file = tmp.write("big.toml", big);
    std::string text = "left over";
    const auto problem = read_career_text(file.string(), text);
    REQUIRE(problem.has_value());
    CHECK(text.empty());
    CHECK(problem->file == file.string());
    CHECK(problem->line == 0);
    CHECK(contains(problem->message, "file too large"));
    CHECK(contains(problem->message, std::to_string(big.size()) + " bytes"));
    CHECK(contains(problem->message, "1 MiB (1048576 bytes)"));

    const ParseResult loaded = load_career_file(file.string(), "big");
    CHECK(the_error(loaded).message == problem->message);

    // The same limit holds for text handed to the parser directly.
    CHECK(contains(the_error(parse(big)).message, "file too large"));
}

TEST_CASE("a file of exactly 1 MiB is read") {
    TempDir tmp("robust-size-edge");
    std::string text = kGood + "# ";
    text += std::string(kMaxCareerFileBytes - text.size() - 1, 'x') + "\n";
    REQUIRE(text.size() == kMaxCareerFileBytes);
    const fs::path file = tmp.write("edge.toml", text);
    std::string read;
    CHECK_FALSE(read_career_text(file.string(), read).has_value());
    CHECK(read == text);
    const ParseResult loaded = load_career_file(file.string(), "edge");
    CHECK(loaded.career.has_value());
    CHECK(loaded.diagnostics.empty());
}

TEST_CASE("arrays and inline tables nested 10,000 deep: toml++'s own limit, no overflow") {
    SUBCASE("arrays") {
        const Diagnostic d = the_error(parse(kGood + "x = " + repeat("[", 10000) + repeat("]", 10000) + "\n"));
        CHECK(d.line == 3);
        CHECK(d.column == 261);  // "x = " and 256 brackets, at the 257th
        CHECK(contains(d.message, "exceeded maximum nested value depth of 256"));
    }
    SUBCASE("inline tables") {
        const Diagnostic d = the_error(parse(kGood + "x = " + repeat("{a=", 10000) + "1" + repeat("}", 10000) + "\n"));
        CHECK(d.line == 3);
        CHECK(contains(d.message, "exceeded maximum nested value depth of 256"));
    }
    SUBCASE("arrays in a table within a table, opened and never closed") {
        const Diagnostic d = the_error(parse(kGood + "[a.b]\nx = " + repeat("[", 10000)));
        CHECK(d.line == 4);
        CHECK(contains(d.message, "exceeded maximum nested value depth"));
    }
}

TEST_CASE("dotted keys and table headers nested 100,000 deep are refused before toml++ sees them") {
    // toml++ follows these recursively, without a limit, and overflows the stack.
    SUBCASE("a dotted key") {
        const Diagnostic d = the_error(parse(kGood + repeat("a.", 100000) + "a = 1\n"));
        CHECK(d.line == 3);
        CHECK(d.column == 2 * (kMaxCareerNesting + 1));  // the dot that goes one level too deep
        CHECK(contains(d.message, "nested too deep: more than 512 levels"));
        CHECK(d.field.empty());
    }
    SUBCASE("a table header") {
        const Diagnostic d = the_error(parse(kGood + "[" + repeat("a.", 100000) + "a]\n"));
        CHECK(d.line == 3);
        CHECK(contains(d.message, "nested too deep"));
    }
    SUBCASE("an array of tables' header") {
        const Diagnostic d = the_error(parse(kGood + "[[" + repeat("a.", 100000) + "a]]\n"));
        CHECK(contains(d.message, "nested too deep"));
    }
    SUBCASE("dotted keys within inline tables within a deep header") {
        const std::string text = kGood + "[" + repeat("h.", 300) + "h]\nx = " + repeat("{b.b.b = ", 100) +
                                 "1" + repeat("}", 100) + "\n";
        CHECK(contains(the_error(parse(text)).message, "nested too deep"));
    }
    SUBCASE("a syntax error before the point is reported instead, as toml++ words it") {
        const Diagnostic d = the_error(parse(kGood + "x = ]\n" + repeat("a.", 100000) + "a = 1\n"));
        CHECK(d.line == 3);
        CHECK(d.column == 5);
        CHECK_FALSE(contains(d.message, "nested too deep"));
    }
}

TEST_CASE("find_excess_nesting measures keys, headers and brackets, not strings or comments") {
    // A dotted key is as deep as it has dots; a header as it has parts.
    CHECK_FALSE(find_excess_nesting("a.b.c = 1\n", 2).has_value());
    const auto at = find_excess_nesting("a.b.c.d = 1\n", 2);
    REQUIRE(at.has_value());
    CHECK(at->line == 1);
    CHECK(at->column == 6);
    CHECK(at->offset == 5u);

    // A header's depth carries over to the keys under it, and a new header starts again.
    CHECK(find_excess_nesting("[a.b]\nc.d = 1\n", 2).has_value());
    CHECK_FALSE(find_excess_nesting("[a.b]\nc = 1\n[d]\ne.f = 1\n", 2).has_value());
    CHECK_FALSE(find_excess_nesting("[[a.b]]\nc = 1\n[[a.b]]\nc = 2\n", 2).has_value());

    // Siblings in an inline table or an array do not add up; what is within one another does.
    CHECK_FALSE(find_excess_nesting("x = { a.b = 1, c.d = 2, e.f = 3 }\n", 2).has_value());
    CHECK(find_excess_nesting("x = { a.b = { c.d = 1 } }\n", 2).has_value());
    CHECK_FALSE(find_excess_nesting("x = [1.5, 2.5, 3.5, 4.5, 5.5, 1979-05-27T07:32:00.999]\n", 2).has_value());
    CHECK(find_excess_nesting("x = [[[[1]]]]\n", 3).has_value());
    CHECK_FALSE(find_excess_nesting("x = [[1], [2], [3], [4], [5]]\n", 2).has_value());

    // Brackets and dots in strings and comments are text.
    const std::string quoted = "x = \"[[[[a.b.c.d]]]]\"\n"
                               "y = '[[[[.....'\n"
                               "z = \"\"\"\n[[[[ \\\"\"\" ....\n]]]]\"\"\"\"\n"
                               "w = '''[[[[....'''''\n"
                               "\"q.q.q.q\".r = 1 # [[[[....\n"
                               "['s.s.s.s']\n";
    CHECK_FALSE(find_excess_nesting(quoted, 2).has_value());

    // A byte-order mark takes no column; other characters take one each, however many bytes.
    const auto bom = find_excess_nesting("\xEF\xBB\xBF\"\xC3\xA9\xC3\xA9\".a.b = 1\n", 1);
    REQUIRE(bom.has_value());
    CHECK(bom->line == 1);
    CHECK(bom->column == 7);
}

TEST_CASE("integers past 64 bits, a NUL byte, invalid UTF-8: an error with a position") {
    SUBCASE("integer past 64 bits") {
        const Diagnostic d = the_error(parse(kGood + "[job_outlook]\ngrowth_percent = 99999999999999999999999\n"));
        CHECK(d.line == 4);
        CHECK(contains(d.message, "is too large: a whole number must fit in 64 bits"));
    }
    SUBCASE("negative integer past 64 bits") {
        const Diagnostic d = the_error(parse(kGood + "[salary]\nminimum = -99999999999999999999999\n"));
        CHECK(d.line == 4);
        CHECK(contains(d.message, "64 bits"));
    }
    SUBCASE("hexadecimal past 64 bits") {
        const Diagnostic d = the_error(parse(kGood + "x = 0x1FFFFFFFFFFFFFFFF\n"));
        CHECK(d.line == 3);
    }
    SUBCASE("a NUL byte in a string") {
        const Diagnostic d = the_error(parse(std::string("title = \"T\0\"\nsummary = \"S\"\n", 26)));
        CHECK(d.line == 1);
        CHECK(d.column == 11);
        CHECK(contains(d.message, "a control character inside a string"));
    }
    SUBCASE("a NUL byte between keys") {
        const Diagnostic d = the_error(parse(std::string("title = \"T\"\n\0summary = \"S\"\n", 26)));
        CHECK(d.line == 2);
        CHECK(d.column == 1);
    }
    SUBCASE("invalid UTF-8") {
        const Diagnostic d = the_error(parse("title = \"T\"\nsummary = \"ab\xFF\xFE\"\n"));
        CHECK(d.line == 2);
        CHECK(d.column > 0);
        CHECK(contains(d.message, "invalid utf-8"));
    }
    SUBCASE("a truncated UTF-8 sequence at the end") {
        const Diagnostic d = the_error(parse(kGood + "x = \"\xE2\x82"));
        CHECK(d.line == 3);
    }
}

TEST_CASE("a UTF-8 byte-order mark at the start is accepted and takes no column") {
    const ParseResult good = parse("\xEF\xBB\xBF" + kGood);
    REQUIRE(good.career.has_value());
    CHECK(good.career->title == "Good");
    CHECK(good.diagnostics.empty());

    const ParseResult bad = parse("\xEF\xBB\xBFtitle = 1\nsummary = \"S\"\n");
    REQUIRE_FALSE(bad.diagnostics.empty());
    CHECK(bad.diagnostics[0].line == 1);
    CHECK(bad.diagnostics[0].column == 9);  // where the 1 is, counting from after the mark

    // Anywhere else it is a character like any other, and not one TOML allows outside a string.
    CHECK_FALSE(parse(kGood + "\xEF\xBB\xBF" + "x = 1\n").career.has_value());
}

TEST_CASE("the characters toml++ 3.3 mishandles as whitespace are errors, or text in a string") {
    // toml++ 3.3's is_non_ascii_horizontal_whitespace() reaches TOML_UNREACHABLE (undefined
    // behaviour) for these characters where whitespace may stand: upstream issues #190 and #295,
    // fixed by pull request #305. The fuzzer found it (tests/corpus/fuzz-unicode-after-value.toml).
    // The program links Debian's compiled library, so this checks what that code does with every one
    // of them, in each place the lookup is made: no crash, and the right answer.
    const std::pair<char32_t, char32_t> ranges[] = {{0xA1, 0x499}, {0x2C8E, 0x3087}, {0xFB06, 0xFEFE}};
    const auto utf8 = [](char32_t c) {
        std::string out;
        if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
        } else {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        }
        out += static_cast<char>(0x80 | (c & 0x3F));
        return out;
    };
    const auto parses = [](const std::string& text) {
        try {
            (void)toml::parse(text);
            return true;
        } catch (const toml::parse_error&) {
            return false;
        }
    };
    int tried = 0;
    std::vector<std::string> wrong;
    for (const auto& [first, last] : ranges) {
        for (char32_t c = first; c <= last; ++c) {
            if (c == 0x3000) continue;  // U+3000 IDEOGRAPHIC SPACE is looked up before the fault
            const std::string ch = utf8(c);
            for (const std::string& text : {"x = 1" + ch + "\n", "x = true" + ch + "\n", "x = \"a\"" + ch + "\n",
                                            "x =" + ch + "1\n", ch + "x = 1\n", "x = [1," + ch + "2]\n",
                                            "[a" + ch + "]\n", "x = {a = 1" + ch + "}\n"}) {
                ++tried;
                if (parses(text)) wrong.push_back(text);
            }
            // After a line-ending backslash in a multi-line string, whitespace is trimmed; these stay.
            const std::string text = "x = \"\"\"\\\n" + ch + "\"\"\"\n";
            ++tried;
            try {
                if (toml::parse(text)["x"].value_or(std::string()) != ch) wrong.push_back(text);
            } catch (const toml::parse_error&) {
                wrong.push_back(text);
            }
        }
    }
    CHECK(tried > 25000);
    CHECK(wrong.size() == 0u);
    for (std::size_t i = 0; i < wrong.size() && i < 10; ++i) MESSAGE("wrong: ", wrong[i]);
}

TEST_CASE("a table header with a character that starts no key is a syntax error") {
    // toml++ 3.3 calls parse_key() here against its own assertion (upstream pull request #301); the
    // fuzzer found it (tests/corpus/fuzz-table-header-bracket.toml). Debian's library, built without
    // assertions, reports the character; this checks that it does.
    for (const std::string header : {"[[[1]]]", "[[[a]]]", "[[[]]", "[[=", "[[\x1a]]", "[[\"a\"]]x"}) {
        CAPTURE(header);
        const ParseResult result = parse(kGood + header + "\n");
        CHECK_FALSE(result.career.has_value());
        REQUIRE(result.diagnostics.size() == 1u);
        CHECK(result.diagnostics[0].line == 3);
    }
    const Diagnostic d = the_error(parse(kGood + "[[[1]]]\n"));
    CHECK(d.column == 3);
    CHECK(contains(d.message, "expected bare key starting character or string delimiter, saw '['"));
}

TEST_CASE("a list with a character that ends a value where a value should be is a syntax error") {
    // toml++ 3.3's parse_array() calls parse_value() on a '}' against parse_value()'s assertion; the
    // fuzzer found it (tests/corpus/fuzz-array-brace.toml). Debian's library, where the assertion is
    // nothing, reports the character as a value; this checks that it does, for each such character.
    for (const std::string value : {"[}", "[ }", "[1, }", "[\n}\n]", "[[}]]", "[{a = 1}, }"}) {
        CAPTURE(value);
        const ParseResult result = parse(kGood + "c = " + value + "\n");
        CHECK_FALSE(result.career.has_value());
        REQUIRE(result.diagnostics.size() == 1u);
        CHECK(result.diagnostics[0].severity == Severity::error);
    }
    const Diagnostic d = the_error(parse(kGood + "c = [}\n"));
    CHECK(d.line == 3);
    CHECK(d.column == 6);
    CHECK(contains(d.message, "this value is not one TOML knows"));
}

TEST_CASE("what is not a plain file is refused without being read or waited on") {
    TempDir tmp("robust-kinds");
    std::string text;
    SUBCASE("a directory") {
        fs::create_directory(tmp.path / "x.toml");
        const auto problem = read_career_text((tmp.path / "x.toml").string(), text);
        REQUIRE(problem.has_value());
        CHECK(problem->message == "cannot read the file: Is a directory");
    }
    SUBCASE("a FIFO, with no writer") {
        const fs::path fifo = tmp.path / "fifo.toml";
        REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
        const auto problem = read_career_text(fifo.string(), text);
        REQUIRE(problem.has_value());
        CHECK(problem->message == "cannot read the file: not a regular file (a FIFO, socket or device)");
    }
    SUBCASE("a file that does not exist") {
        const auto problem = read_career_text((tmp.path / "none.toml").string(), text);
        REQUIRE(problem.has_value());
        CHECK(problem->message == "cannot read the file: No such file or directory");
    }
    SUBCASE("a path through a file") {
        tmp.write("plain", "x");
        const auto problem = read_career_text((tmp.path / "plain" / "x.toml").string(), text);
        REQUIRE(problem.has_value());
        CHECK(problem->message == "cannot read the file: Not a directory");
    }
}

TEST_CASE("a directory, FIFO or symbolic link to a directory named x.toml is passed over") {
    TempDir tmp("robust-dir-named-toml");
    tmp.write("good.toml", kGood);
    fs::create_directory(tmp.path / "x.toml");
    fs::create_directory(tmp.path / "elsewhere");
    fs::create_directory_symlink(tmp.path / "elsewhere", tmp.path / "linked.toml");
    REQUIRE(::mkfifo((tmp.path / "fifo.toml").c_str(), 0644) == 0);
    const Catalog catalog({dir_of(tmp.path)});
    const LoadedCareers all = load_all(catalog);
    CHECK(ids_of(all) == std::vector<std::string>{"good"});
    CHECK(all.diagnostics.empty());
    CHECK(find(catalog, "x").status == LookupStatus::not_found);
    CHECK(find(catalog, "fifo").status == LookupStatus::not_found);
    CHECK(find(catalog, "linked").status == LookupStatus::not_found);
}

TEST_CASE("a file that cannot be read is reported by name; the others still load") {
    TempDir tmp("robust-unreadable");
    tmp.write("good.toml", kGood);
    const fs::path locked = tmp.write("locked.toml", kGood);
    fs::permissions(locked, fs::perms::none);
    const Catalog catalog({dir_of(tmp.path)});

    AsNobody nobody;
    if (!nobody.active) {
        MESSAGE("skipped: running as root, and the effective user id cannot be changed");
        return;
    }
    const LoadedCareers all = load_all(catalog);
    const Lookup lookup = find(catalog, "locked");
    const Lookup good = find(catalog, "good");
    CHECK(ids_of(all) == std::vector<std::string>{"good"});
    const Diagnostic* d = diagnostic_for(all.diagnostics, locked);
    REQUIRE(d != nullptr);
    CHECK(to_string(*d) == locked.string() + ": error: cannot read the file: Permission denied");
    CHECK(lookup.status == LookupStatus::bad_data);
    CHECK(good.status == LookupStatus::found);
}

TEST_CASE("a file that vanishes between listing and reading is a clean diagnostic") {
    TempDir tmp("robust-vanish");
    tmp.write("good.toml", kGood);
    const fs::path gone = tmp.write("gone.toml", kGood);
    const Catalog catalog({dir_of(tmp.path)});
    const Scan scan = catalog.scan();
    REQUIRE(scan.files.size() == 2u);
    fs::remove(gone);

    std::vector<std::string> loaded;
    std::vector<Diagnostic> diagnostics;
    for (const auto& file : scan.files) {
        ParseResult result = load_career_file(file.path, file.id);
        if (result.career) loaded.push_back(result.career->id);
        diagnostics.insert(diagnostics.end(), result.diagnostics.begin(), result.diagnostics.end());
    }
    CHECK(loaded == std::vector<std::string>{"good"});
    REQUIRE(diagnostics.size() == 1u);
    CHECK(to_string(diagnostics[0]) == gone.string() + ": error: cannot read the file: No such file or directory");
}

TEST_CASE("symbolic links: followed only to a regular file named *.toml; loops and dangling ones reported") {
    TempDir tmp("robust-symlinks");
    const fs::path data = tmp.path / "data";
    TempDir::write_file(data / "good.toml", kGood);
    TempDir::write_file(tmp.path / "outside" / "shared.toml",
                        "title = \"Shared\"\nsummary = \"Kept outside the data directory.\"\n");
    TempDir::write_file(tmp.path / "outside" / "secret", "title = \"Secret\"\nsummary = \"Never read.\"\n");
    fs::create_symlink(tmp.path / "outside" / "shared.toml", data / "shared.toml");
    fs::create_symlink(tmp.path / "outside" / "secret", data / "secret.toml");
    fs::create_symlink("loop-b.toml", data / "loop-a.toml");
    fs::create_symlink("loop-a.toml", data / "loop-b.toml");
    fs::create_symlink("self.toml", data / "self.toml");
    fs::create_symlink("nowhere.toml", data / "dangling.toml");
    fs::create_symlink("nowhere.toml", data / ".#good.toml");  // an editor's lock file: passed over
    const Catalog catalog({dir_of(data)});

    const LoadedCareers all = load_all(catalog);
    CHECK(ids_of(all) == std::vector<std::string>{"good", "shared"});
    for (const auto& career : all.careers) CHECK(career.title != "Secret");

    const auto message_for = [&](const char* name) -> std::string {
        const Diagnostic* d = diagnostic_for(all.diagnostics, data / name);
        return d ? d->message : "(none)";
    };
    CHECK(message_for("loop-a.toml") == "symbolic link not followed: Too many levels of symbolic links");
    CHECK(message_for("loop-b.toml") == "symbolic link not followed: Too many levels of symbolic links");
    CHECK(message_for("self.toml") == "symbolic link not followed: Too many levels of symbolic links");
    CHECK(message_for("dangling.toml") == "symbolic link not followed: No such file or directory");
    CHECK(message_for("secret.toml") == "symbolic link to " + (tmp.path / "outside" / "secret").string() +
                                            ", which is not a .toml file, not followed");
    CHECK(diagnostic_for(all.diagnostics, data / ".#good.toml") == nullptr);
    CHECK(all.diagnostics.size() == 5u);

    const Lookup shared = find(catalog, "shared");
    REQUIRE(shared.career.has_value());
    CHECK(shared.career->title == "Shared");

    // By name, a link that is not followed is not found, and what is wrong with it is said.
    for (const char* name : {"secret", "loop-a", "self", "dangling"}) {
        CAPTURE(name);
        const Lookup lookup = find(catalog, name);
        CHECK(lookup.status == LookupStatus::not_found);
        CHECK_FALSE(lookup.career.has_value());
        CHECK(diagnostic_for(lookup.diagnostics, data / (std::string(name) + ".toml")) != nullptr);
    }
    CHECK_FALSE(catalog.file_for_id("secret").has_value());
    CHECK(find(catalog, "Secret").status == LookupStatus::not_found);
}

TEST_CASE("a link that is not followed does not hide a good file of the same id in an earlier directory") {
    TempDir tmp("robust-symlink-override");
    TempDir::write_file(tmp.path / "first" / "same.toml", kGood);
    fs::create_directories(tmp.path / "second");
    fs::create_symlink("same.toml", tmp.path / "second" / "same.toml");  // a loop onto itself
    const Catalog catalog({dir_of(tmp.path / "first"), dir_of(tmp.path / "second")});
    const Lookup lookup = find(catalog, "same");
    REQUIRE(lookup.career.has_value());
    CHECK(lookup.career->title == "Good");
    const LoadedCareers all = load_all(catalog);
    CHECK(ids_of(all) == std::vector<std::string>{"same"});
    CHECK(diagnostic_for(all.diagnostics, tmp.path / "second" / "same.toml") != nullptr);
}

}  // TEST_SUITE
