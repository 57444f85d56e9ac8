#pragma once
// Everything that depends on the terminal, in one place: whether to colour, how wide to wrap, how
// many rows a screen has (for the pager, cli/pager.hpp).
#include <optional>
#include <string>

namespace career {

enum class ColorMode { automatic, always, never };

// What we know about one output stream (stdout or stderr); filled from the real process by
// `probe`, by hand in tests.
struct TerminalInfo {
    bool is_terminal = false;
    std::optional<int> terminal_width;  // columns of the terminal, when it is one
    std::optional<int> terminal_rows;   // rows of the terminal, when it is one and says so
    // The environment variables.
    std::optional<std::string> no_color, clicolor_force, term, columns, lines;

    static TerminalInfo probe(int fd);
};

// Whether to use ANSI escapes on the stream `info` describes, first rule that applies:
//   1. --color=never: no; --color=always: yes;
//   2. NO_COLOR set and non-empty: no;
//   3. CLICOLOR_FORCE set, non-empty and not "0": yes, even when not a terminal;
//   4. TERM=dumb: no;
//   5. otherwise: yes iff the stream is a terminal.
bool use_color(ColorMode mode, const TerminalInfo& info);

// --width, else the terminal's width, else COLUMNS, else 80; never below 20.
int output_width(std::optional<int> requested, const TerminalInfo& info);

// The rows of the screen: the terminal's, else LINES (a positive integer); unknown otherwise.
std::optional<int> output_rows(const TerminalInfo& info);

constexpr int kMinimumWidth = 20;

}  // namespace career
