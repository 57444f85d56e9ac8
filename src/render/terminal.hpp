#pragma once
// Everything that depends on the terminal, in one place: whether to colour, how wide to wrap.
#include <optional>
#include <string>

namespace career {

enum class ColorMode { automatic, always, never };

// What we know about where output goes; filled from the real process by `probe`, by hand in tests.
struct TerminalInfo {
    bool is_terminal = false;
    std::optional<int> terminal_width;  // columns of the terminal, when it is one
    std::optional<std::string> no_color, term, columns;  // the environment variables

    static TerminalInfo probe(int fd);
};

// --color=never wins; then always; then NO_COLOR (any non-empty value) and TERM=dumb switch it off;
// otherwise colour only on a terminal.
bool use_color(ColorMode mode, const TerminalInfo& info);

// --width, else the terminal's width, else COLUMNS, else 80; never below 20.
int output_width(std::optional<int> requested, const TerminalInfo& info);

constexpr int kMinimumWidth = 20;

}  // namespace career
