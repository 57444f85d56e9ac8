#pragma once
// What every subcommand shares: the global options, the exit statuses, and the context built from
// them (data directories, output style, stdout and stderr).
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <toml++/toml.h>

#include "cli/pager.hpp"
#include "load/catalog.hpp"
#include "load/diagnostic.hpp"
#include "render/records.hpp"
#include "render/style.hpp"

namespace career {

// Documented in career(1), EXIT STATUS. 65 and 66 are sysexits.h's EX_DATAERR and EX_NOINPUT.
enum ExitStatus : int {
    exit_ok = 0,
    exit_failure = 1,
    exit_usage = 2,
    exit_bad_data = 65,
    exit_no_career = 66,
};

struct GlobalOptions {
    std::vector<std::string> data_dirs;
    std::string color = "auto";
    std::optional<int> width;
    std::string format = "text";
    bool no_pager = false;
};

// Thrown by a subcommand for a usage error found after parsing (e.g. a format it lacks).
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Thrown once the reason has been printed, to end the command with `status`.
struct CommandFailed {
    int status;
};

// `out` is standard output, through the pager when stdout is a terminal, paging is not turned off
// (--no-pager, CAREER_PAGER or PAGER empty or "cat") and the text is taller than the screen.
struct Context {
    Catalog catalog;
    Style style;
    PagedSink out;

    static Context make(const GlobalOptions& options);
};

// The career named `name` (id, title or alias). Prints what is wrong and throws CommandFailed
// (66 no such career, 65 bad data) when it cannot be had.
Career find_career(const Context& context, std::string_view name);

// Draws one view of one career (render/views.hpp, render/salary_chart.hpp).
using CareerView = void (*)(const Career& career, const Style& style, Sink& out);
// The same view as a JSON document (render/view_json.hpp).
using CareerViewJson = toml::table (*)(const Career& career);

// A subcommand that takes one CAREER and prints `view` of it, as text: what education, path, day,
// skills and pros-cons have in common. Returns it, for aliases.
CLI::App* add_career_view(CLI::App& app, const GlobalOptions& globals, int& status,
                          const std::string& name, const std::string& description, CareerView view,
                          CareerViewJson json);

// CLI11's help, but a command's aliases follow its description ("(alias: timeline)") rather than
// its name, so the first word of each line in the command list is the command.
class HelpFormatter : public CLI::Formatter {
public:
    std::string make_subcommand(const CLI::App* sub) const override;
};

// Writes `document` as JSON, or `records` as JSON (under `key`), TSV or CSV, as --format asks.
void write_document(const toml::table& document, Context& context);
void write_records(const Records& records, std::string_view key, const GlobalOptions& options,
                   Context& context);

// Adds the global options to the top-level app; subcommands inherit them (fallthrough).
void setup_global_options(CLI::App& app, GlobalOptions& options);

// Rejects a --format the command does not support, naming the ones it does.
void require_format(const GlobalOptions& options, std::string_view command,
                    std::initializer_list<std::string_view> supported);

// Accepts only one of `words`; otherwise says "'x' is not a WHAT; did you mean 'y'?".
CLI::Validator one_of(std::vector<std::string> words, std::string what);

// Prints diagnostics on stderr, one per line; "error:" red and bold, "warning:" yellow and bold
// when stderr_color().
void report(const std::vector<Diagnostic>& diagnostics);

// "career: message" on stderr; "career:" bold when stderr_color().
void print_error(std::string_view message);

// Whether diagnostics on stderr use colour: use_color() for stderr itself (its own isatty), under
// the --color given. setup_global_options records --color as it is parsed; until then, and in
// programs that never parse one, it counts as auto. Judged afresh at each call.
bool stderr_color();

// Parses argv and runs the chosen subcommand; returns the exit status. `run_status` is set by the
// subcommand callbacks.
int run_app(CLI::App& app, int& run_status, int argc, char** argv);

}  // namespace career
