#include "cli/app.hpp"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <sstream>

#include <fmt/format.h>
#include <unistd.h>

#include "load/suggest.hpp"
#include "render/career_json.hpp"
#include "render/terminal.hpp"

namespace career {
namespace {

ColorMode color_mode(std::string_view when) {
    return when == "always" ? ColorMode::always : when == "never" ? ColorMode::never : ColorMode::automatic;
}

// The --color given, for stderr_color(); kept here (not in GlobalOptions) because diagnostics are
// printed where no options are at hand, e.g. for a usage error.
ColorMode stderr_color_mode = ColorMode::automatic;

}  // namespace

Context Context::make(const GlobalOptions& options) {
    const TerminalInfo terminal = TerminalInfo::probe(STDOUT_FILENO);
    Style style;
    style.color = use_color(color_mode(options.color), terminal);
    style.width = static_cast<std::size_t>(output_width(options.width, terminal));
    // Never page into a pipe or a file; the sink decides at flush() whether the text needs it.
    std::optional<std::string> pager;
    if (terminal.is_terminal && !options.no_pager) pager = pager_command(real_env);
    return Context{Catalog(data_dirs(executable_dir(), options.data_dirs, real_env)), style,
                   PagedSink(stdout, std::move(pager), output_rows(terminal))};
}

Career find_career(const Context& context, std::string_view name) {
    Lookup lookup = context.catalog.find(name);
    report(lookup.diagnostics);
    if (lookup.status == LookupStatus::bad_data) throw CommandFailed{exit_bad_data};
    if (lookup.status == LookupStatus::not_found) {
        std::string message = fmt::format("no career named '{}'", name);
        if (lookup.suggestion)
            message += fmt::format("; did you mean '{}'?", *lookup.suggestion);
        else
            message += " ('career list' shows them all)";
        print_error(message);
        throw CommandFailed{exit_no_career};
    }
    return std::move(*lookup.career);
}

CLI::App* add_career_view(CLI::App& app, const GlobalOptions& globals, int& status,
                          const std::string& name, const std::string& description, CareerView view,
                          CareerViewJson json) {
    auto career_name = std::make_shared<std::string>();
    CLI::App* command = app.add_subcommand(name, description);
    command->add_option("career", *career_name, "Career id, title or alias, such as IR")
        ->type_name("CAREER")
        ->required();
    command->callback([career_name, name, view, json, &globals, &status] {
        require_format(globals, name, {"text", "json"});
        Context context = Context::make(globals);
        const Career career = find_career(context, *career_name);
        if (globals.format == "json")
            write_document(json(career), context);
        else
            view(career, context.style, context.out);
        context.out.flush();
        status = exit_ok;
    });
    return command;
}

std::string HelpFormatter::make_subcommand(const CLI::App* sub) const {
    std::string description = sub->get_description();
    const auto& aliases = sub->get_aliases();
    if (!aliases.empty()) {
        std::string names;
        for (const auto& alias : aliases) names += (names.empty() ? "" : ", ") + alias;
        description += fmt::format(" (alias: {})", names);
    }
    std::stringstream out;
    CLI::detail::format_help(out, sub->get_name(), description, get_column_width());
    return out.str();
}

void write_document(const toml::table& document, Context& context) {
    write_json(document, context.out);
}

void write_records(const Records& records, std::string_view key, const GlobalOptions& options,
                   Context& context) {
    if (options.format == "tsv") {
        write_tsv(records, context.out);
    } else if (options.format == "csv") {
        write_csv(records, context.out);
    } else {
        toml::table document;
        document.insert(key, records_array(records));
        write_json(document, context.out);
    }
}

void setup_global_options(CLI::App& app, GlobalOptions& options) {
    // Set before the subcommands are added, so that theirs says the same.
    app.set_help_flag("-h,--help", "Print help and exit");
    app.add_option("--data-dir", options.data_dirs,
                   "Also read careers from this directory (repeatable; read last, so it overrides)")
        ->type_name("DIR")
        ->expected(1)
        ->take_all();
    app.set_version_flag("--version", "career " CAREER_VERSION, "Print the version and exit");
    app.add_option("--color", options.color,
                   "When to use colour and bold: auto (the default), always or never")
        ->type_name("WHEN")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->each([](const std::string& when) { stderr_color_mode = color_mode(when); });
    app.add_flag("--no-pager", options.no_pager, "Never send the output through a pager");
    app.add_option("--width", options.width, "Wrap text to this many columns (at least 20)")
        ->type_name("N")
        ->check(CLI::Range(20, 100000));
    app.add_option("--format", options.format,
                   "Output format: text (the default), json; tsv and csv for tables; markdown for show")
        ->type_name("FORMAT")
        ->check(one_of({"text", "json", "tsv", "csv", "markdown"}, "format"));
}

void require_format(const GlobalOptions& options, std::string_view command,
                    std::initializer_list<std::string_view> supported) {
    for (auto format : supported)
        if (options.format == format) return;
    std::string names;
    for (auto format : supported) names += (names.empty() ? "" : ", ") + std::string(format);
    throw UsageError(fmt::format("'{}' does not support --format {}; it supports: {}", command,
                                 options.format, names));
}

bool stderr_color() { return use_color(stderr_color_mode, TerminalInfo::probe(STDERR_FILENO)); }

void report(const std::vector<Diagnostic>& diagnostics) {
    const bool color = !diagnostics.empty() && stderr_color();
    for (const auto& diagnostic : diagnostics) {
        std::string line = to_string(diagnostic);
        if (color) {
            // to_string() puts the severity right after "FILE:LINE:COLUMN: " or "FILE: ".
            std::size_t at = diagnostic.file.size() + 2;
            if (diagnostic.line > 0) at += fmt::format(":{}:{}", diagnostic.line, diagnostic.column).size();
            const bool error = diagnostic.severity == Severity::error;
            const std::string_view word = error ? "error:" : "warning:";
            const char* escape = error ? "\x1b[1;31m" : "\x1b[1;33m";
            if (line.compare(at, word.size(), word) == 0)
                line.replace(at, word.size(), fmt::format("{}{}\x1b[0m", escape, word));
        }
        std::fprintf(stderr, "%s\n", line.c_str());
    }
}

void print_error(std::string_view message) {
    const char* prefix = stderr_color() ? "\x1b[1mcareer:\x1b[0m" : "career:";
    std::fprintf(stderr, "%s %.*s\n", prefix, static_cast<int>(message.size()), message.data());
}

CLI::Validator one_of(std::vector<std::string> words, std::string what) {
    return CLI::Validator(
        [words, what](std::string& value) -> std::string {
            if (std::find(words.begin(), words.end(), value) != words.end()) return {};
            std::string message = fmt::format("'{}' is not a {}", value, what);
            if (auto near = closest_match(value, words)) message += fmt::format("; did you mean '{}'?", *near);
            return message;
        },
        "", what);
}

namespace {

std::vector<std::string> command_names(const CLI::App& app) {
    std::vector<std::string> names;
    for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
        names.push_back(sub->get_name());
        for (const auto& alias : sub->get_aliases()) names.push_back(alias);
    }
    return names;
}

// What `career` alone prints, as `git` alone does: how to call it, the commands, where to go next.
std::string command_summary(const CLI::App& app) {
    std::vector<const CLI::App*> commands;
    std::size_t widest = 0;
    for (const auto* sub : app.get_subcommands([](const CLI::App* sub) { return !sub->get_group().empty(); })) {
        commands.push_back(sub);
        widest = std::max(widest, sub->get_name().size());
    }
    std::string out = "usage: career COMMAND [ARGUMENTS] [OPTIONS]\n\nThe commands:\n";
    for (const auto* sub : commands)
        out += fmt::format("  {:<{}}  {}\n", sub->get_name(), widest, sub->get_description());
    out += "\n'career help COMMAND' explains a command, 'career --help' adds the options every command\n"
           "takes, and 'man career' is the whole manual.\n";
    return out;
}

}  // namespace

int run_app(CLI::App& app, int& run_status, int argc, char** argv) {
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        // CLI11 numbers its errors from 100; every one of them is a usage error to us.
        print_error(e.what());
        std::fprintf(stderr, "Run 'career --help' for usage.\n");
        return exit_usage;
    } catch (const CommandFailed& failed) {
        return failed.status;
    } catch (const UsageError& e) {
        print_error(e.what());
        return exit_usage;
    } catch (const WriteError& e) {
        if (e.broken_pipe()) return exit_ok;  // the reader has all it wanted, e.g. `| head`
        print_error(e.what());
        return exit_failure;
    } catch (const std::exception& e) {
        // Whatever else goes wrong is reported, never a crash.
        print_error(e.what());
        return exit_failure;
    }
    if (app.get_subcommands().empty() && !app.remaining().empty()) {
        // Not a command: the top level takes the words no command took (allow_extras), to say so.
        const std::string word = app.remaining().front();
        if (word.starts_with('-')) {
            print_error(fmt::format("unknown option '{}'", word));
        } else {
            std::string message = fmt::format("'{}' is not a career command", word);
            if (auto near = closest_match(word, command_names(app)))
                message += fmt::format("; did you mean '{}'?", *near);
            print_error(message);
        }
        std::fprintf(stderr, "Run 'career --help' for usage.\n");
        return exit_usage;
    }
    if (app.get_subcommands().empty()) {
        // No command: a usage error, answered with the list of commands (on stdout, as `git` does,
        // so that `career | less` shows it).
        std::fputs(command_summary(app).c_str(), stdout);
        return exit_usage;
    }
    return run_status;
}

}  // namespace career
