// render/terminal.hpp: when to colour (career(1), OUTPUT, in order), how wide to wrap, how tall a
// screen is.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "render/terminal.hpp"

using namespace career;

namespace {

struct Env {
    std::optional<std::string> no_color, clicolor_force, term = std::string("xterm");
};

TerminalInfo info(bool is_terminal, const Env& env = {}) {
    TerminalInfo info;
    info.is_terminal = is_terminal;
    info.no_color = env.no_color;
    info.clicolor_force = env.clicolor_force;
    info.term = env.term;
    return info;
}

}  // namespace

TEST_CASE("colour: --color=never and --color=always win over everything") {
    for (bool terminal : {false, true}) {
        for (const Env& env : {Env{}, Env{"1", std::nullopt, "xterm"}, Env{std::nullopt, "1", "xterm"},
                               Env{"1", "1", "dumb"}, Env{std::nullopt, std::nullopt, "dumb"},
                               Env{std::nullopt, std::nullopt, std::nullopt}}) {
            CHECK_FALSE(use_color(ColorMode::never, info(terminal, env)));
            CHECK(use_color(ColorMode::always, info(terminal, env)));
        }
    }
}

TEST_CASE("colour: auto is on a terminal only") {
    CHECK(use_color(ColorMode::automatic, info(true)));
    CHECK_FALSE(use_color(ColorMode::automatic, info(false)));
    CHECK(use_color(ColorMode::automatic, info(true, Env{std::nullopt, std::nullopt, std::nullopt})));
}

TEST_CASE("colour: NO_COLOR, when non-empty, turns it off, even against CLICOLOR_FORCE") {
    CHECK_FALSE(use_color(ColorMode::automatic, info(true, Env{"1", std::nullopt, "xterm"})));
    CHECK_FALSE(use_color(ColorMode::automatic, info(true, Env{"0", std::nullopt, "xterm"})));
    CHECK_FALSE(use_color(ColorMode::automatic, info(true, Env{"1", "1", "xterm"})));
    CHECK_FALSE(use_color(ColorMode::automatic, info(false, Env{"1", "1", "xterm"})));
    // Empty counts as unset.
    CHECK(use_color(ColorMode::automatic, info(true, Env{"", std::nullopt, "xterm"})));
    CHECK(use_color(ColorMode::automatic, info(false, Env{"", "1", "xterm"})));
}

TEST_CASE("colour: CLICOLOR_FORCE, non-empty and not 0, turns it on off a terminal and against TERM=dumb") {
    CHECK(use_color(ColorMode::automatic, info(false, Env{std::nullopt, "1", "xterm"})));
    CHECK(use_color(ColorMode::automatic, info(false, Env{std::nullopt, "yes", std::nullopt})));
    CHECK(use_color(ColorMode::automatic, info(false, Env{std::nullopt, "1", "dumb"})));
    CHECK(use_color(ColorMode::automatic, info(true, Env{std::nullopt, "1", "dumb"})));
    // "0" and "" do not force it; the rules after it decide.
    CHECK_FALSE(use_color(ColorMode::automatic, info(false, Env{std::nullopt, "0", "xterm"})));
    CHECK_FALSE(use_color(ColorMode::automatic, info(false, Env{std::nullopt, "", "xterm"})));
    CHECK(use_color(ColorMode::automatic, info(true, Env{std::nullopt, "0", "xterm"})));
    CHECK_FALSE(use_color(ColorMode::automatic, info(true, Env{std::nullopt, "0", "dumb"})));
}

TEST_CASE("colour: TERM=dumb turns it off on a terminal") {
    CHECK_FALSE(use_color(ColorMode::automatic, info(true, Env{std::nullopt, std::nullopt, "dumb"})));
    CHECK(use_color(ColorMode::automatic, info(true, Env{std::nullopt, std::nullopt, "dumber"})));
}

TEST_CASE("output_width: --width, else the terminal, else COLUMNS, else 80; at least 20") {
    TerminalInfo none;
    CHECK(output_width(std::nullopt, none) == 80);
    CHECK(output_width(100, none) == 100);

    TerminalInfo terminal;
    terminal.is_terminal = true;
    terminal.terminal_width = 132;
    terminal.columns = "50";
    CHECK(output_width(std::nullopt, terminal) == 132);
    CHECK(output_width(60, terminal) == 60);

    TerminalInfo columns;
    columns.columns = "50";
    CHECK(output_width(std::nullopt, columns) == 50);
    CHECK(output_width(70, columns) == 70);
    for (const char* bad : {"", "abc", "50x", "-5", "0", " 50", "99999999999999999999"}) {
        columns.columns = bad;
        CHECK_MESSAGE(output_width(std::nullopt, columns) == 80, bad);
    }

    columns.columns = "5";
    CHECK(output_width(std::nullopt, columns) == kMinimumWidth);
    terminal.terminal_width = 10;
    CHECK(output_width(std::nullopt, terminal) == kMinimumWidth);
}

TEST_CASE("output_rows: the terminal's rows, else LINES, else unknown") {
    TerminalInfo info;
    CHECK_FALSE(output_rows(info).has_value());
    info.lines = "30";
    CHECK(output_rows(info) == 30);
    info.terminal_rows = 24;
    CHECK(output_rows(info) == 24);
    info.terminal_rows.reset();
    for (const char* bad : {"", "x", "0", "-1", "30 "}) {
        info.lines = bad;
        CHECK_MESSAGE(!output_rows(info).has_value(), bad);
    }
}
