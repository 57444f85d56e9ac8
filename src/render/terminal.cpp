#include "render/terminal.hpp"

#include <algorithm>
#include <charconv>
#include <cstdlib>

#include <sys/ioctl.h>
#include <unistd.h>

namespace career {
namespace {

std::optional<std::string> env(const char* name) {
    const char* value = std::getenv(name);
    return value ? std::optional<std::string>(value) : std::nullopt;
}

// A variable's value as a positive integer, when it is exactly one.
std::optional<int> positive(const std::optional<std::string>& text) {
    if (!text) return std::nullopt;
    int number = 0;
    auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), number);
    if (error != std::errc() || end != text->data() + text->size() || number <= 0) return std::nullopt;
    return number;
}

}  // namespace

TerminalInfo TerminalInfo::probe(int fd) {
    TerminalInfo info;
    info.is_terminal = ::isatty(fd) == 1;
    if (info.is_terminal) {
        winsize size{};
        if (::ioctl(fd, TIOCGWINSZ, &size) == 0) {
            if (size.ws_col > 0) info.terminal_width = size.ws_col;
            if (size.ws_row > 0) info.terminal_rows = size.ws_row;
        }
    }
    info.no_color = env("NO_COLOR");
    info.clicolor_force = env("CLICOLOR_FORCE");
    info.term = env("TERM");
    info.columns = env("COLUMNS");
    info.lines = env("LINES");
    return info;
}

bool use_color(ColorMode mode, const TerminalInfo& info) {
    if (mode == ColorMode::never) return false;
    if (mode == ColorMode::always) return true;
    if (info.no_color && !info.no_color->empty()) return false;
    if (info.clicolor_force && !info.clicolor_force->empty() && *info.clicolor_force != "0") return true;
    if (info.term && *info.term == "dumb") return false;
    return info.is_terminal;
}

int output_width(std::optional<int> requested, const TerminalInfo& info) {
    int width = 80;
    if (requested)
        width = *requested;
    else if (info.terminal_width)
        width = *info.terminal_width;
    else if (auto columns = positive(info.columns))
        width = *columns;
    return std::max(width, kMinimumWidth);
}

std::optional<int> output_rows(const TerminalInfo& info) {
    if (info.terminal_rows) return info.terminal_rows;
    return positive(info.lines);
}

}  // namespace career
