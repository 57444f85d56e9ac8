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

}  // namespace

TerminalInfo TerminalInfo::probe(int fd) {
    TerminalInfo info;
    info.is_terminal = ::isatty(fd) == 1;
    if (info.is_terminal) {
        winsize size{};
        if (::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) info.terminal_width = size.ws_col;
    }
    info.no_color = env("NO_COLOR");
    info.term = env("TERM");
    info.columns = env("COLUMNS");
    return info;
}

bool use_color(ColorMode mode, const TerminalInfo& info) {
    if (mode == ColorMode::never) return false;
    if (mode == ColorMode::always) return true;
    if (info.no_color && !info.no_color->empty()) return false;
    if (info.term && *info.term == "dumb") return false;
    return info.is_terminal;
}

int output_width(std::optional<int> requested, const TerminalInfo& info) {
    int width = 80;
    if (requested) {
        width = *requested;
    } else if (info.terminal_width) {
        width = *info.terminal_width;
    } else if (info.columns) {
        int columns = 0;
        const auto& text = *info.columns;
        auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), columns);
        if (error == std::errc() && end == text.data() + text.size() && columns > 0) width = columns;
    }
    return std::max(width, kMinimumWidth);
}

}  // namespace career
