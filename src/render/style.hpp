#pragma once
// How text output looks: its width and whether it may use ANSI escapes (decided in terminal.hpp).
#include <cstddef>
#include <string>
#include <string_view>

namespace career {

struct Style {
    std::size_t width = 80;
    bool color = false;

    std::string bold(std::string_view text) const { return wrap_in("\x1b[1m", text); }
    std::string title(std::string_view text) const { return wrap_in("\x1b[1;36m", text); }
    std::string heading(std::string_view text) const { return wrap_in("\x1b[1;34m", text); }
    std::string dim(std::string_view text) const { return wrap_in("\x1b[2m", text); }

private:
    std::string wrap_in(std::string_view escape, std::string_view text) const {
        if (!color) return std::string(text);
        return std::string(escape) + std::string(text) + "\x1b[0m";
    }
};

}  // namespace career
