#pragma once
// Paging, as git does it: when standard output is a terminal and a command's text is taller than
// the screen, the text goes through the user's pager instead (career(1), OUTPUT).
#include <cstddef>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "load/data_dirs.hpp"
#include "render/sink.hpp"

namespace career {

inline constexpr std::string_view kDefaultPager = "less -FRX";

// The pager command: CAREER_PAGER if set (even to ""), else PAGER if set, else `less -FRX`; none
// when the chosen value is empty or "cat".
std::optional<std::string> pager_command(const EnvLookup& env);

// How many lines `text` takes on the screen once wrapped (no line is wider than the screen): its
// newlines, plus one for an unfinished last line.
std::size_t count_lines(std::string_view text);

// A FileSink that may page. Without a pager or without the screen's rows it is exactly a FileSink:
// every write goes through, and a write or flush that fails throws WriteError. With both, it holds
// the text back and flush() decides: more lines than `rows`, it runs `/bin/sh -c PAGER` with the
// text on its standard input (LESS=FRX in its environment unless LESS is set) and waits for it; the
// pager quitting early (a broken pipe) is not an error. Otherwise, or when the pager cannot be
// started (the shell cannot run it: status 126 or 127), the text is written to `file` after all.
class PagedSink : public Sink {
public:
    explicit PagedSink(std::FILE* file, std::optional<std::string> pager = std::nullopt,
                       std::optional<int> rows = std::nullopt);
    PagedSink(PagedSink&& other) noexcept;
    PagedSink& operator=(PagedSink&&) = delete;
    // Text never flushed (the command failed half way) is written to `file` unpaged, as it would
    // have been without a pager; errors are ignored there.
    ~PagedSink() override;

    void write(std::string_view text) override;
    // Pages or writes what is held back; after it the sink writes straight through.
    void flush();

    // Whether text is being held back for the pager.
    bool may_page() const { return pager_.has_value(); }

private:
    FileSink direct_;
    std::FILE* file_;
    std::optional<std::string> pager_;  // set only together with a positive row count
    std::size_t rows_ = 0;
    std::string held_;
};

}  // namespace career
