#pragma once
// What every command is given: the global options, the data directories, the output (paged on a
// terminal) and its style; and the ways a command says what went wrong. Exit statuses are
// career(1)'s, EXIT STATUS.
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <toml++/toml.h>

#include "cli/pager.hpp"
#include "load/catalog.hpp"
#include "load/diagnostic.hpp"
#include "load/index.hpp"
#include "render/records.hpp"
#include "render/style.hpp"
#include "render/terminal.hpp"

namespace career {

// 65 and 66 are sysexits.h's EX_DATAERR and EX_NOINPUT.
enum ExitStatus : int {
    exit_ok = 0,
    exit_failure = 1,
    exit_usage = 2,
    exit_bad_data = 65,
    exit_no_career = 66,
};

enum class Format { text, json, tsv, csv, markdown };

// A name as typed on the command line and the value it stands for: the one list of a fixed set of
// option values, from which the option's parsing, its "did you mean", its help and the completion
// scripts all come.
template <typename Value>
struct Named {
    std::string_view name;
    Value value;
};

std::span<const Named<Format>> format_names();
std::span<const Named<ColorMode>> color_names();

// The formats a command supports.
class Formats {
public:
    constexpr Formats(std::initializer_list<Format> formats) {
        for (Format format : formats) bits_ |= 1u << static_cast<unsigned>(format);
    }
    constexpr bool has(Format format) const { return (bits_ >> static_cast<unsigned>(format)) & 1u; }
    // "text, json or tsv"
    std::string names() const;

private:
    unsigned bits_ = 0;
};

struct GlobalOptions {
    std::vector<std::string> data_dirs;
    ColorMode color = ColorMode::automatic;
    std::optional<int> width;
    Format format = Format::text;
    bool no_pager = false;
};

// `out` is standard output, through the pager when stdout is a terminal, paging is not turned off
// (--no-pager, CAREER_PAGER or PAGER empty or "cat") and the text is taller than the screen.
struct Context {
    Context(const GlobalOptions& options, Catalog catalog, Style style, PagedSink out,
            std::optional<std::filesystem::path> cache_dir)
        : options(options), indexes(std::move(catalog), std::move(cache_dir)), style(style), out(std::move(out)) {}

    const GlobalOptions& options;
    // The data directories, the cache, and the index of every career (load/index.hpp), loaded as
    // far as a command needs it.
    IndexLoader indexes;
    Style style;
    PagedSink out;

    static Context make(const GlobalOptions& options);
    Format format() const { return options.format; }
    const Catalog& catalog() const { return indexes.catalog(); }
    const std::optional<std::filesystem::path>& cache_dir() const { return indexes.cache_dir(); }
    // The whole index, loaded the first time it is asked for.
    const CareerIndex& index() const { return indexes.index(); }
};

// What a command needs, or the exit status that says why it cannot have it; the reason has been
// printed already.
template <typename Value>
class Found {
public:
    Found(Value value) : value_(std::move(value)) {}
    Found(ExitStatus failure) : status_(failure) {}

    explicit operator bool() const { return value_.has_value(); }
    Value& operator*() { return *value_; }
    Value* operator->() { return &*value_; }
    int status() const { return status_; }

private:
    std::optional<Value> value_;
    int status_ = exit_ok;
};

// The career named `name` (id, title or alias; resolve_name), parsed; when there is none, says so
// (66) with the careers whose names contain it, or what is wrong with its file (65).
Found<Career> find_career(const Context& context, std::string_view name);

// The careers the words of a command line name: all the words as one name when they are one (a
// title typed without quotes: nurse practitioner), else each word a career. A word that names none
// ends the search, said as find_career says it; words of which none names a career are taken for
// one name and said so.
Found<std::vector<Career>> find_named_careers(const Context& context, const std::vector<std::string>& words);

// Each career of `names`, in order; the first that cannot be had ends the search.
Found<std::vector<Career>> find_careers(const Context& context, const std::vector<std::string>& names);

// Writes `document` as JSON; `records` as JSON (under `key`), TSV or CSV, as --format asks.
void write_document(const toml::table& document, Context& context);
// One document as it is; several (a command given several careers) as a JSON array of them.
void write_documents(const std::vector<toml::table>& documents, Context& context);
void write_records(const Records& records, std::string_view key, Context& context);

// Prints diagnostics on stderr, one per line; "error:" red and bold, "warning:" yellow and bold
// when stderr_color().
void report(const std::vector<Diagnostic>& diagnostics);

// "career: message" on stderr; "career:" bold when stderr_color().
void print_error(std::string_view message);

// Whether diagnostics on stderr use colour: use_color() for stderr itself (its own isatty), under
// the --color given (set_stderr_color_mode, as --color is parsed; automatic until then).
bool stderr_color();
void set_stderr_color_mode(ColorMode mode);

}  // namespace career
