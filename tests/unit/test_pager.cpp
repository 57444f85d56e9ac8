// cli/pager.hpp: which pager, and PagedSink paging only text taller than the screen.
#include <doctest/doctest.h>

#include "test_support.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <utility>

#include "cli/pager.hpp"

using namespace career;

namespace {

EnvLookup fake_env(std::map<std::string, std::string> variables) {
    return [variables](const char* name) -> std::optional<std::string> {
        auto found = variables.find(name);
        if (found == variables.end()) return std::nullopt;
        return found->second;
    };
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string numbered_lines(int count) {
    std::string text;
    for (int i = 1; i <= count; ++i) text += "line " + std::to_string(i) + "\n";
    return text;
}

// A file standing in for stdout, and a pager that copies its input to another file.
struct Screen {
    TempDir dir{"pager"};
    std::filesystem::path stdout_path = dir.path / "stdout", paged_path = dir.path / "paged";
    std::FILE* file = std::fopen(stdout_path.c_str(), "w");

    ~Screen() { std::fclose(file); }
    std::string pager() const { return "cat > '" + paged_path.string() + "'"; }
    std::string on_stdout() const { return read_file(stdout_path); }
    bool paged() const { return std::filesystem::exists(paged_path); }
};

// Sets (or unsets) an environment variable for one test.
struct ScopedEnv {
    std::string name;
    std::optional<std::string> saved;
    ScopedEnv(std::string variable, std::optional<std::string> value) : name(std::move(variable)) {
        if (const char* old = std::getenv(name.c_str())) saved = old;
        if (value)
            ::setenv(name.c_str(), value->c_str(), 1);
        else
            ::unsetenv(name.c_str());
    }
    ~ScopedEnv() {
        if (saved)
            ::setenv(name.c_str(), saved->c_str(), 1);
        else
            ::unsetenv(name.c_str());
    }
};

}  // namespace

TEST_CASE("pager_command: CAREER_PAGER, else PAGER, else less -FRX; empty or cat is none") {
    CHECK(pager_command(fake_env({})) == "less -FRX");
    CHECK(pager_command(fake_env({{"PAGER", "more"}})) == "more");
    CHECK(pager_command(fake_env({{"CAREER_PAGER", "most"}, {"PAGER", "more"}})) == "most");
    CHECK_FALSE(pager_command(fake_env({{"CAREER_PAGER", ""}, {"PAGER", "more"}})).has_value());
    CHECK_FALSE(pager_command(fake_env({{"CAREER_PAGER", "cat"}, {"PAGER", "more"}})).has_value());
    CHECK_FALSE(pager_command(fake_env({{"PAGER", ""}})).has_value());
    CHECK_FALSE(pager_command(fake_env({{"PAGER", "cat"}})).has_value());
    CHECK(pager_command(fake_env({{"CAREER_PAGER", "less -R"}, {"PAGER", ""}})) == "less -R");
}

TEST_CASE("count_lines: newlines, and an unfinished last line") {
    CHECK(count_lines("") == 0);
    CHECK(count_lines("a") == 1);
    CHECK(count_lines("a\n") == 1);
    CHECK(count_lines("a\nb") == 2);
    CHECK(count_lines("\n\n\n") == 3);
}

TEST_CASE("PagedSink without a pager or without rows writes through, like FileSink") {
    using Case = std::pair<bool, std::optional<int>>;  // a pager or not; the screen's rows
    for (auto [pager, rows] : {Case{false, 3}, Case{true, std::nullopt}, Case{true, 0}}) {
        Screen screen;
        PagedSink sink(screen.file, pager ? std::optional(screen.pager()) : std::nullopt, rows);
        CHECK_FALSE(sink.may_page());
        sink.write(numbered_lines(10));
        sink.flush();
        CHECK(screen.on_stdout() == numbered_lines(10));
        CHECK_FALSE(screen.paged());
    }
}

TEST_CASE("PagedSink pages text taller than the screen, and only that") {
    Screen screen;
    {
        PagedSink sink(screen.file, screen.pager(), 5);
        CHECK(sink.may_page());
        sink.write(numbered_lines(5));
        sink.flush();
        CHECK_FALSE(sink.may_page());
    }
    CHECK(screen.on_stdout() == numbered_lines(5));
    CHECK_FALSE(screen.paged());

    Screen tall;
    PagedSink sink(tall.file, tall.pager(), 5);
    sink.write(numbered_lines(3));
    sink.write(numbered_lines(3));
    sink.flush();
    CHECK(read_file(tall.paged_path) == numbered_lines(3) + numbered_lines(3));
    CHECK(tall.on_stdout().empty());
}

TEST_CASE("PagedSink gives the pager LESS=FRX unless LESS is set") {
    Screen screen;
    const std::string pager = "printf '%s' \"$LESS\" > '" + screen.paged_path.string() + "'";
    {
        ScopedEnv less("LESS", std::nullopt);
        PagedSink sink(screen.file, pager, 1);
        sink.write(numbered_lines(2));
        sink.flush();
        CHECK(read_file(screen.paged_path) == "FRX");
    }
    {
        ScopedEnv less("LESS", "-i");
        PagedSink sink(screen.file, pager, 1);
        sink.write(numbered_lines(2));
        sink.flush();
        CHECK(read_file(screen.paged_path) == "-i");
    }
}

TEST_CASE("PagedSink writes to stdout when the pager cannot be run") {
    for (const char* pager : {"/nonexistent/pager 2>/dev/null", "exit 126"}) {
        Screen screen;
        PagedSink sink(screen.file, pager, 2);
        sink.write(numbered_lines(4));
        sink.flush();
        CHECK_MESSAGE(screen.on_stdout() == numbered_lines(4), pager);
    }
}

TEST_CASE("PagedSink: a pager that quits before reading it all is not an error") {
    Screen screen;
    PagedSink sink(screen.file, "exec 0<&-; exit 0", 2);
    sink.write(std::string(1 << 20, 'x') + "\n" + numbered_lines(3));  // more than a pipe holds
    CHECK_NOTHROW(sink.flush());
    CHECK(screen.on_stdout().empty());
}

TEST_CASE("PagedSink: text held back and never flushed is written unpaged at the end") {
    Screen screen;
    {
        PagedSink sink(screen.file, screen.pager(), 2);
        sink.write(numbered_lines(4));
        PagedSink moved(std::move(sink));
        CHECK(moved.may_page());
        CHECK_FALSE(sink.may_page());
    }
    std::fflush(screen.file);
    CHECK(screen.on_stdout() == numbered_lines(4));
    CHECK_FALSE(screen.paged());
}

TEST_CASE("PagedSink: a failed write is a WriteError, paging or not") {
    std::FILE* full = std::fopen("/dev/full", "w");
    REQUIRE(full != nullptr);
    PagedSink direct(full);
    direct.write("text\n");
    CHECK_THROWS_AS(direct.flush(), WriteError);
    std::clearerr(full);
    PagedSink fits(full, "cat", 24);
    fits.write("text\n");
    CHECK_THROWS_AS(fits.flush(), WriteError);
    std::fclose(full);
}
