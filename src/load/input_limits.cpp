#include "load/input_limits.hpp"

#include "load/syntax_errors.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <vector>

#include <fmt/format.h>
#include <toml++/toml.h>

namespace career {
namespace {

Diagnostic file_problem(const std::string& path, std::string message) {
    return Diagnostic{path, 0, 0, Severity::error, "", std::move(message)};
}

std::string too_large(std::size_t bytes) {
    return fmt::format("file too large: {} bytes, and a career file may have at most 1 MiB ({} bytes); "
                       "not read",
                       bytes, kMaxCareerFileBytes);
}

// Closes a descriptor at the end of a scope.
struct Descriptor {
    int fd;
    ~Descriptor() {
        if (fd >= 0) ::close(fd);
    }
};

// Where the first of `a`, `b` and `c` is in `text` from `from` on; its size if none is. A plain loop:
// string_view::find_first_of() looks each byte up in its set of characters, which is slower.
std::size_t find_any(std::string_view text, std::size_t from, char a, char b, char c) {
    for (; from < text.size(); ++from) {
        const char x = text[from];
        if (x == a || x == b || x == c) return from;
    }
    return text.size();
}

// A cursor over the text. Its line and column (in characters: UTF-8 continuation bytes do not
// count) are counted only when asked for, which is only when the text nests too deep: every file
// is scanned, and scanning it byte by byte was nearly a tenth of `career show`.
struct Cursor {
    std::string_view text;
    std::size_t at = 0;

    bool done() const { return at >= text.size(); }
    char peek(std::size_t ahead = 0) const { return at + ahead < text.size() ? text[at + ahead] : '\0'; }
    bool looking_at(std::string_view s) const { return text.substr(at, s.size()) == s; }
    void next() { ++at; }
    void skip(std::size_t n) { at = std::min(at + n, text.size()); }
    TextPosition position() const {
        int line = 1, column = 1;
        // A byte-order mark takes no column.
        const std::size_t start = text.starts_with("\xEF\xBB\xBF") ? std::min<std::size_t>(3, at) : 0;
        for (std::size_t i = start; i < at; ++i) {
            const auto c = static_cast<unsigned char>(text[i]);
            if (c == '\n') {
                ++line;
                column = 1;
            } else if ((c & 0xC0) != 0x80) {
                ++column;
            }
        }
        return {line, column, at};
    }

    // Past a string that starts here: '…', "…" (with backslash escapes), '''…''' or """…""".
    // An unterminated one-line string ends at the end of its line, as far as nesting is concerned.
    void skip_string() {
        const char quote = peek();
        const bool escapes = quote == '"';
        const std::string_view triple = escapes ? "\"\"\"" : "'''";
        if (looking_at(triple)) {
            skip(3);
            while (!done()) {
                at = escapes ? find_any(text, at, '\\', '"', '"') : std::min(text.find(triple, at), text.size());
                if (done() || looking_at(triple)) break;
                skip(text[at] == '\\' ? 2 : 1);  // an escape and what it escapes, or a lone quote
            }
            skip(3);
            // """a"""" is the string a": up to two more quotes belong to the string.
            for (int extra = 0; extra < 2 && peek() == quote; ++extra) next();
            return;
        }
        next();
        while (!done()) {
            at = escapes ? find_any(text, at, '"', '\\', '\n') : find_any(text, at, '\'', '\n', '\n');
            if (done() || peek() != '\\') break;
            skip(peek(1) == '\n' ? 1 : 2);
        }
        if (peek() == quote) next();
    }
};

}  // namespace

std::optional<Diagnostic> read_career_text(const std::string& path, std::string& text) {
    text.clear();
    // O_NONBLOCK: a FIFO put where a career file was is not waited on (and is refused below).
    Descriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)};
    if (file.fd < 0) return file_problem(path, fmt::format("cannot read the file: {}", std::strerror(errno)));
    struct stat info {};
    if (::fstat(file.fd, &info) != 0)
        return file_problem(path, fmt::format("cannot read the file: {}", std::strerror(errno)));
    if (S_ISDIR(info.st_mode))
        return file_problem(path, fmt::format("cannot read the file: {}", std::strerror(EISDIR)));
    if (!S_ISREG(info.st_mode))
        return file_problem(path, "cannot read the file: not a regular file (a FIFO, socket or device)");
    if (info.st_size > static_cast<off_t>(kMaxCareerFileBytes))
        return file_problem(path, too_large(static_cast<std::size_t>(info.st_size)));

    text.reserve(static_cast<std::size_t>(info.st_size));
    char buffer[65536];
    while (text.size() <= kMaxCareerFileBytes) {
        const ssize_t n = ::read(file.fd, buffer, sizeof buffer);
        if (n == 0) break;
        if (n < 0) {
            if (errno == EINTR) continue;
            const int error = errno;
            text.clear();
            return file_problem(path, fmt::format("cannot read the file: {}", std::strerror(error)));
        }
        text.append(buffer, static_cast<std::size_t>(n));
    }
    if (text.size() > kMaxCareerFileBytes) {  // it grew after fstat
        const std::size_t size = text.size();
        text.clear();
        return file_problem(path, too_large(size));
    }
    return std::nullopt;
}

std::optional<TextPosition> find_excess_nesting(std::string_view text, int limit) {
    // The depth of the current position: the segments of the current [table] header, plus, along the
    // open brackets and braces of the current statement, one for each bracket or brace and one for
    // each dot of a key. It bounds the depth of the tree toml++ builds. `open` never holds more than
    // `limit` entries: the scan stops first.
    struct Open {
        bool inline_table;  // { } holds keys; [ ] holds values
        int base;           // the depth before it opened
    };
    std::vector<Open> open;
    int header_depth = 0;
    int depth = 0;
    bool key = true;  // the dots here separate keys (not a decimal point or part of a date)
    bool in_header = false;

    Cursor cur{text};
    if (cur.looking_at("\xEF\xBB\xBF")) cur.at = 3;  // a byte-order mark takes no column
    // The bytes that can change the depth, start a string or a comment, or end a line; the others
    // are passed over in a tight loop.
    static constexpr auto kSpecial = [] {
        std::array<bool, 256> special{};
        for (const unsigned char c : std::string_view("\"'#[]{}=,.\n")) special[c] = true;
        return special;
    }();
    while (!cur.done()) {
        while (cur.at < text.size() && !kSpecial[static_cast<unsigned char>(text[cur.at])]) ++cur.at;
        if (cur.done()) break;
        const char c = cur.peek();
        if (c == '"' || c == '\'') {
            cur.skip_string();
            continue;
        }
        if (c == '#') {
            while (!cur.done() && cur.peek() != '\n') cur.next();
            continue;
        }
        switch (c) {
            case '[':
                if (open.empty() && key && !in_header) {  // a [table] or [[array of tables]] header
                    in_header = true;
                    depth = 1;
                    if (cur.peek(1) == '[') cur.next();
                } else {
                    open.push_back({false, depth});
                    ++depth;
                    key = false;
                }
                break;
            case '{':
                open.push_back({true, depth});
                ++depth;
                key = true;
                break;
            case ']':
            case '}':
                if (c == ']' && in_header && open.empty()) {
                    in_header = false;
                    header_depth = depth;
                    key = false;
                    if (cur.peek(1) == ']') cur.next();
                } else if (!open.empty()) {
                    depth = open.back().base;
                    open.pop_back();
                    key = false;
                }
                break;
            case '=':
                if (!in_header) key = false;
                break;
            case ',':
                if (!open.empty()) {
                    depth = open.back().base + 1;
                    key = open.back().inline_table;
                }
                break;
            case '.':
                if (key || in_header) ++depth;
                break;
            case '\n':
                if (open.empty()) {
                    depth = header_depth;
                    key = true;
                    in_header = false;
                }
                break;
            default: break;
        }
        if (depth > limit) return cur.position();
        cur.next();
    }
    return std::nullopt;
}

std::optional<Diagnostic> check_career_text(std::string_view text, const std::string& file) {
    if (text.size() > kMaxCareerFileBytes) return file_problem(file, too_large(text.size()));
    const auto excess = find_excess_nesting(text, kMaxCareerNesting);
    if (!excess) return std::nullopt;

    // The text up to that point nests within the limit, so toml++ may safely parse it; an error it
    // finds there comes first, unless it is only that the text stops short ("end-of-file"), which is
    // where it was cut. So 10,000 nested arrays get toml++'s own "exceeded maximum nested value depth".
    try {
        (void)toml::parse(text.substr(0, excess->offset), file);
    } catch (const toml::parse_error& error) {
        if (error.description().find("end-of-file") == std::string_view::npos) {
            const auto& where = error.source().begin;
            const int line = static_cast<int>(where.line), column = static_cast<int>(where.column);
            return Diagnostic{file, line, column, Severity::error, "",
                              plain_syntax_error(error.description(), text, line, column)};
        }
    }
    return Diagnostic{file, excess->line, excess->column, Severity::error, "",
                      fmt::format("nested too deep: more than {} levels of tables, arrays, inline tables "
                                  "and dotted keys within each other (a career file needs 4)",
                                  kMaxCareerNesting)};
}

}  // namespace career
