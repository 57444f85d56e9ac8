#include "cli/app.hpp"

#include <algorithm>
#include <cstdio>
#include <memory>

#include <fmt/format.h>
#include <unistd.h>

#include "cli/commands.hpp"
#include "cli/option_types.hpp"
#include "load/suggest.hpp"
#include "render/text_wrap.hpp"

namespace career {
namespace {

constexpr std::string_view kDescription =
    "career: explore careers: what the work is, what it pays, how long the training takes, how the "
    "ladder goes";

// CLI11's help wrapped to the output's width, with a command's aliases after its description
// ("(alias: timeline)") so that the first word of each line of the command list is the command,
// and our usage line.
class HelpFormatter : public CLI::Formatter {
public:
    explicit HelpFormatter(const GlobalOptions& options) : options_(options) { column_width(24); }

    std::string make_usage(const CLI::App* app, std::string) const override {
        return wrap_indented(usage_line(*app), width(), "Usage: ", "         ");
    }
    std::string make_description(const CLI::App* app) const override {
        const std::string description = app->get_description();
        return description.empty() ? "" : wrap_indented(description, width(), "", "") + "\n";
    }
    std::string make_footer(const CLI::App* app) const override {
        const std::string footer = app->get_footer();
        return footer.empty() ? "" : "\n" + wrap_indented(footer, width(), "", "");
    }
    std::string make_option(const CLI::Option* option, bool is_positional) const override {
        return entry(make_option_name(option, is_positional) + make_option_opts(option),
                     make_option_desc(option));
    }
    std::string make_subcommand(const CLI::App* sub) const override {
        std::string description = sub->get_description();
        const auto& aliases = sub->get_aliases();
        for (std::size_t i = 0; i < aliases.size(); ++i)
            description += fmt::format("{}{}", i == 0 ? (aliases.size() == 1 ? " (alias: " : " (aliases: ") : ", ", aliases[i]);
        if (!aliases.empty()) description += ")";
        return entry(sub->get_name(), description);
    }

private:
    std::size_t width() const {
        return static_cast<std::size_t>(output_width(options_.width, TerminalInfo::probe(STDOUT_FILENO)));
    }

    // "  name      description", the description wrapped under itself; each further line of a
    // description (a list, as --section's) kept as a line of its own.
    std::string entry(const std::string& name, const std::string& description) const {
        const std::size_t column = get_column_width();
        const std::string indent(column, ' ');
        std::string first = "  " + name;
        std::string out;
        if (display_width(first) + 1 > column) {
            out += first + "\n";
            first = indent;
        } else {
            first += std::string(column - display_width(first), ' ');
        }
        if (description.empty()) return out + first.substr(0, first.find_last_not_of(' ') + 1) + "\n";
        std::size_t start = 0;
        while (start <= description.size()) {
            const std::size_t end = std::min(description.find('\n', start), description.size());
            const std::string_view line = std::string_view(description).substr(start, end - start);
            if (start == 0) {
                out += wrap_indented(line, width(), first, indent);
            } else {
                // A row of a list ("  name    text"): the name and its padding kept, the text
                // wrapped under itself.
                std::size_t text_at = line.find_first_not_of(' ');
                text_at = line.find(' ', text_at == std::string_view::npos ? line.size() : text_at);
                text_at = line.find_first_not_of(' ', text_at == std::string_view::npos ? line.size() : text_at);
                if (text_at == std::string_view::npos) text_at = line.size();
                const std::string lead = indent + std::string(line.substr(0, text_at));
                out += wrap_indented(line.substr(text_at), width(), lead, std::string(display_width(lead), ' '));
            }
            start = end + 1;
        }
        return out;
    }

    const GlobalOptions& options_;
};

void add_global_options(CLI::App& app, GlobalOptions& options) {
    // Set before the commands are added, so that theirs says the same.
    app.set_help_flag("-h,--help", "Print help and exit");
    with_values(app.add_option("--data-dir", options.data_dirs,
                               "Also read careers from this directory (repeatable; read last, so it overrides)"),
                OptionValues::Kind::directory)
        ->type_name("DIR")
        ->expected(1)
        ->take_all();
    app.set_version_flag("--version", "career " CAREER_VERSION, "Print the version and exit");
    add_choice_option(app, "--color", options.color, "When to use colour and bold: auto (the default), always or never",
                      color_names(), "colour setting")
        ->type_name("WHEN")
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeLast)
        ->each([](const std::string& number) { set_stderr_color_mode(static_cast<ColorMode>(std::stoi(number))); });
    app.add_flag("--no-pager", options.no_pager, "Never send the output through a pager");
    app.add_option("--width", options.width, "Wrap text to this many columns (at least 20)")
        ->type_name("N")
        ->check(whole_number("columns", kMinimumWidth, 100000, "80"))
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
    add_choice_option(app, "--format", options.format,
                      "Output format: text (the default), json; tsv and csv for tables; markdown for show",
                      format_names(), "format")
        ->type_name("FORMAT")
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
}

// What `career` alone prints, as `git` alone does: how to call it, the commands, where to go next.
std::string command_summary(const CLI::App& app) {
    std::size_t widest = 0;
    for (const auto* sub : visible_commands(app)) widest = std::max(widest, sub->get_name().size());
    std::string out = "usage: career COMMAND [ARGUMENTS] [OPTIONS]\n\nThe commands:\n";
    for (const auto* sub : visible_commands(app))
        out += fmt::format("  {:<{}}  {}\n", sub->get_name(), widest, sub->get_description());
    out += "\n'career help COMMAND' explains a command, 'career --help' adds the options every command\n"
           "takes, and 'man career' is the whole manual.\n";
    return out;
}

std::vector<std::string> option_names(const CLI::App& app) {
    std::vector<std::string> names;
    for (const CLI::Option* option : app.get_options()) {
        for (const auto& name : option->get_lnames()) names.push_back("--" + name);
        for (const auto& name : option->get_snames()) names.push_back("-" + name);
    }
    return names;
}

std::vector<std::string> command_names(const CLI::App& app) {
    std::vector<std::string> names;
    for (const auto* sub : visible_commands(app)) {
        names.push_back(sub->get_name());
        for (const auto& alias : sub->get_aliases()) names.push_back(alias);
    }
    return names;
}

// A word nothing took: an unknown command, an option the command does not have, or an argument
// too many. Named, with what would have been right.
std::string extra_word_message(const CLI::App& app, const CLI::App* command, const std::string& word) {
    if (!command) {
        if (word.starts_with('-')) return fmt::format("unknown option '{}'", word);
        std::string message = fmt::format("'{}' is not a career command", word);
        if (auto near = closest_match(word, command_names(app))) message += fmt::format("; did you mean '{}'?", *near);
        return message;
    }
    const std::string name = command->get_name();
    if (word.starts_with('-') && word.size() > 1) {
        const std::string option = word.substr(0, word.find('='));
        std::vector<std::string> known = option_names(*command);
        const std::vector<std::string> global = option_names(app);
        known.insert(known.end(), global.begin(), global.end());
        std::string message = fmt::format("'career {}' has no option '{}'", name, option);
        if (auto near = closest_match(option, known)) message += fmt::format("; did you mean '{}'?", *near);
        return message;
    }
    return fmt::format("'career {}' does not take '{}'; usage: {}", name, word, usage_line(*command));
}

// CLI11's own message, made to say what to do where we can say it better.
std::string parse_error_message(const CLI::App* command, const CLI::ParseError& error) {
    if (command && dynamic_cast<const CLI::RequiredError*>(&error)) {
        std::string missing = error.what();
        if (missing.ends_with(" is required")) missing.resize(missing.size() - 12);
        for (const CLI::Option* option : command->get_options())
            if (option->get_positional() && option->get_name() == missing)
                return fmt::format("'career {}' needs a {}; usage: {}", command->get_name(),
                                   option->get_type_name(), usage_line(*command));
    }
    return error.what();
}

const CLI::App* chosen_command(const CLI::App& app) {
    for (const auto* sub : app.get_subcommands([](const CLI::App*) { return true; }))
        if (sub->parsed()) return sub;
    return nullptr;
}

// Help on standard output, paged like any other output.
int print_help(const std::string& text, const GlobalOptions& globals) {
    Context context = Context::make(globals);
    context.out.write(text);
    context.out.flush();
    return exit_ok;
}

int usage_error(std::string_view message, const CLI::App* command) {
    print_error(message);
    std::fprintf(stderr, "Run 'career %s--help' for usage.\n",
                 command ? (command->get_name() + " ").c_str() : "");
    return exit_usage;
}

}  // namespace

std::vector<const CLI::App*> visible_commands(const CLI::App& app) {
    return app.get_subcommands([](const CLI::App* sub) { return !sub->get_group().empty(); });
}

std::string usage_line(const CLI::App& command) {
    std::string line = "career";
    if (command.get_parent()) line += " " + command.get_name();
    for (const CLI::Option* option : command.get_options()) {
        if (!option->get_positional()) continue;
        std::string word = option->get_type_name();
        if (option->get_items_expected_max() > 1) word += "...";
        line += " " + (option->get_required() ? word : "[" + word + "]");
    }
    for (const CLI::Option* option : command.get_options()) {
        if (option->get_positional() || option->get_lnames().empty()) continue;
        const std::string& name = option->get_lnames().front();
        if (name == "help") continue;
        std::string word = "--" + name;
        if (!option->get_type_name().empty()) word += " " + option->get_type_name();
        const bool repeatable = option->get_multi_option_policy() == CLI::MultiOptionPolicy::TakeAll ||
                                option->get_expected_max() > 1;
        line += " [" + word + "]" + (repeatable ? "..." : "");
    }
    return line;
}

int run_career(int argc, char** argv) {
    CLI::App app{std::string(kDescription), "career"};
    GlobalOptions globals;
    app.require_subcommand(0, 1);  // none: the list of commands
    app.formatter(std::make_shared<HelpFormatter>(globals));
    app.fallthrough();  // global options may follow the command too
    add_global_options(app, globals);

    std::vector<std::pair<const Command*, Run>> runs;
    std::vector<CLI::App*> apps;
    for (const Command& command : commands()) {
        CLI::App* sub = app.add_subcommand(std::string(command.name), std::string(command.description));
        for (auto alias : command.aliases) sub->alias(std::string(alias));
        if (command.hidden) sub->group("");
        sub->footer("Formats (--format): " + command.formats.names() + ".");
        runs.emplace_back(&command, command.setup(*sub));
        apps.push_back(sub);
    }

    const CLI::App* chosen = nullptr;
    try {
        app.parse(argc, argv);
        chosen = chosen_command(app);
        if (!chosen) {
            // No command: a usage error, answered with the list of commands (on stdout, as `git`
            // does, so that `career | less` shows it).
            std::fputs(command_summary(app).c_str(), stdout);
            return exit_usage;
        }
        const auto at = std::find(apps.begin(), apps.end(), chosen) - apps.begin();
        const auto& [command, run] = runs[static_cast<std::size_t>(at)];
        if (!command->formats.has(globals.format))
            return usage_error(fmt::format("'career {}' does not support --format {}; it supports: {}",
                                           command->name, names_of(format_names())[static_cast<std::size_t>(globals.format)],
                                           command->formats.names()),
                               chosen);
        Context context = Context::make(globals);
        const int status = run(context);
        context.out.flush();
        return status;
    } catch (const CLI::CallForHelp&) {
        return print_help(app.help(), globals);
    } catch (const CLI::CallForAllHelp&) {
        return print_help(app.help("", CLI::AppFormatMode::All), globals);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ExtrasError&) {
        // CLI11 numbers its errors from 100; every one of them is a usage error to us.
        chosen = chosen_command(app);
        return usage_error(extra_word_message(app, chosen, app.remaining().front()), chosen);
    } catch (const CLI::ParseError& e) {
        chosen = chosen_command(app);
        return usage_error(parse_error_message(chosen, e), chosen);
    } catch (const WriteError& e) {
        if (e.broken_pipe()) return exit_ok;  // the reader has all it wanted, e.g. `| head`
        print_error(e.what());
        return exit_failure;
    } catch (const std::exception& e) {
        // Whatever else goes wrong is reported, never a crash.
        print_error(e.what());
        return exit_failure;
    }
}

}  // namespace career
