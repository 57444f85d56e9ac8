// The cache of parsed careers (load/career_cache.hpp): what it reads back is what parsing gives,
// it is used while the file is as it was, and never after it changed.
#include <doctest/doctest.h>

#include <chrono>
#include <limits>
#include <filesystem>
#include <string>

#include "load/cache_file.hpp"
#include "load/career_cache.hpp"
#include "load/career_codec.hpp"
#include "load/catalog.hpp"
#include "load/index.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace career;

namespace {

std::string file_text(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

TEST_CASE("career codec: every shipped career reads back equal to what parsing gave") {
    // Every member of the model is non-default in some shipped career, so a member the codec
    // forgot shows up here as a difference.
    int compared = 0;
    for (const char* folder : {"careers", "occupations"}) {
        for (const auto& entry : fs::directory_iterator(fs::path(CAREER_SOURCE_DIR) / "data" / folder)) {
            if (entry.path().extension() != ".toml") continue;
            const ParseResult parsed = load_career_file(entry.path().string(), entry.path().stem().string());
            REQUIRE(parsed.career);
            const std::optional<Career> decoded = decode_career(encode_career(*parsed.career));
            REQUIRE(decoded);
            CHECK_MESSAGE(*decoded == *parsed.career, entry.path().string());
            ++compared;
        }
    }
    CHECK(compared > 800);
}

TEST_CASE("career codec: damaged bytes are refused, never half read") {
    Career career;
    career.id = "x";
    career.title = "X";
    career.wages = Wages{};
    career.wages->annual.median = Wage{123456.5, true};
    const std::string bytes = encode_career(career);
    REQUIRE(decode_career(bytes) == career);
    for (std::size_t length = 0; length < bytes.size(); ++length)
        CHECK_FALSE(decode_career(std::string_view(bytes).substr(0, length)));
    CHECK_FALSE(decode_career(bytes + "1:x"));
}

TEST_CASE("career cache: read back while the file is as it was, parsed again once it changed") {
    TempDir tmp("career-cache");
    const fs::path cache = tmp.path / "cache";
    const std::string path =
        tmp.write("nurse.toml", "title = \"Nurse\"\nsummary = \"Cares.\"\nbogus = 1\n").string();

    const LoadedCareer first = load_career(path, "nurse", cache);
    REQUIRE(first.career);
    CHECK(first.career->summary == "Cares.");
    REQUIRE(first.diagnostics.size() == 1);  // the unknown key's warning, kept with the career
    REQUIRE(fs::is_directory(cache / "careers"));
    CHECK(std::distance(fs::directory_iterator(cache / "careers"), fs::directory_iterator()) == 1);

    // The same size and modification time, other words: the cache still answers, which shows it
    // is read (and is why both are compared, with the path).
    const auto modified = fs::last_write_time(path);
    TempDir::write_file(path, "title = \"Nurse\"\nsummary = \"Heals.\"\nbogus = 1\n");
    fs::last_write_time(path, modified);
    const LoadedCareer cached = load_career(path, "nurse", cache);
    REQUIRE(cached.career);
    CHECK(cached.career->summary == "Cares.");
    CHECK(cached.diagnostics.size() == 1);
    CHECK(cached.diagnostics[0].message == first.diagnostics[0].message);

    // Another modification time: parsed again.
    fs::last_write_time(path, modified + std::chrono::seconds(5));
    const LoadedCareer changed = load_career(path, "nurse", cache);
    REQUIRE(changed.career);
    CHECK(changed.career->summary == "Heals.");

    // A file with errors is parsed and reported each time, never kept.
    TempDir::write_file(path, "title = 5\n");
    for (int run = 0; run < 2; ++run) {
        const LoadedCareer bad = load_career(path, "nurse", cache);
        CHECK_FALSE(bad.career);
        CHECK(has_errors(bad.diagnostics));
    }

    // A damaged cache file is ignored.
    TempDir::write_file(path, "title = \"Nurse\"\nsummary = \"Mends.\"\n");
    REQUIRE(load_career(path, "nurse", cache).career);
    for (const auto& kept : fs::directory_iterator(cache / "careers")) {
        std::string bytes = file_text(kept.path());
        bytes[bytes.size() / 2] ^= 1;
        TempDir::write_file(kept.path(), bytes);
    }
    const LoadedCareer after_damage = load_career(path, "nurse", cache);
    REQUIRE(after_damage.career);
    CHECK(after_damage.career->summary == "Mends.");

    // Without a cache directory, the file is parsed.
    CHECK(load_career(path, "nurse", std::nullopt).career->summary == "Mends.");
}

TEST_CASE("career cache: what is kept of a file is removed once a scan finds the file gone or broken") {
    TempDir tmp("career-cache-prune");
    const fs::path cache = tmp.path / "cache";
    const fs::path data = tmp.path / "data";
    const auto write = [&](const std::string& id, const std::string& text) { return tmp.write("data/" + id + ".toml", text).string(); };
    const auto kept = [&] { return std::distance(fs::directory_iterator(cache / "careers"), fs::directory_iterator()); };
    const std::string nurse = write("nurse", "title = \"Nurse\"\nsummary = \"Cares.\"\n");
    const std::string cook = write("cook", "title = \"Cook\"\nsummary = \"Cooks.\"\n");
    const std::string baker = write("baker", "title = \"Baker\"\nsummary = \"Bakes.\"\n");
    const Catalog catalog({DataDir{data, "test", true}});
    load_index(catalog, cache);
    for (const auto& [path, id] : {std::pair{nurse, "nurse"}, {cook, "cook"}, {baker, "baker"}})
        REQUIRE(load_career(path, id, cache).career);
    REQUIRE(kept() == 3);
    TempDir::write_file(tmp.path / "cache" / "careers" / "0123456789abcdef.4242.tmp", "another run's, half written");

    load_index(catalog, cache);  // nothing gone
    CHECK(kept() == 4);
    fs::remove(cook);
    TempDir::write_file(baker, "title = 5\n");
    load_index(catalog, cache);
    CHECK(kept() == 2);  // the nurse's, and the file being written
    CHECK(load_career(nurse, "nurse", cache).career->summary == "Cares.");
}

TEST_CASE("cache encoding: texts of any bytes and numbers of any size read back; a short read fails") {
    Encoder e;
    const std::string binary("a\0:b\n", 5);
    e.text(binary);
    e.text("");
    for (const std::int64_t n : {std::int64_t{0}, std::int64_t{-1}, std::numeric_limits<std::int64_t>::min(),
                                 std::numeric_limits<std::int64_t>::max(), std::int64_t{1'764'000'000'123'456'789}})
        e.number(n);
    const std::string bytes = e.out();

    Decoder d(bytes);
    CHECK(d.text() == binary);
    CHECK(d.text().empty());
    CHECK(d.number() == 0);
    CHECK(d.number() == -1);
    CHECK(d.number() == std::numeric_limits<std::int64_t>::min());
    CHECK(d.number() == std::numeric_limits<std::int64_t>::max());
    CHECK(d.number() == 1'764'000'000'123'456'789);
    CHECK(d.ok());
    CHECK(d.done());

    for (std::size_t length = 0; length < bytes.size(); ++length) {
        Decoder cut(std::string_view(bytes).substr(0, length));
        (void)cut.text();
        (void)cut.text();
        for (int i = 0; i < 5; ++i) (void)cut.number();
        CHECK_FALSE(cut.ok());
    }
}

TEST_CASE("cache checksum: every byte counts, in every lane and in the tail") {
    std::string bytes(101, 'x');
    const std::uint64_t whole = checksum(bytes);
    CHECK(checksum(bytes, 1) != whole);
    CHECK(checksum(bytes.substr(0, 100)) != whole);
    for (std::size_t at = 0; at < bytes.size(); ++at) {
        std::string changed = bytes;
        changed[at] ^= 1;
        CHECK_MESSAGE(checksum(changed) != whole, at);
    }
}
