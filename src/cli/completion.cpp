// career completion bash|zsh|fish: prints a completion script for that shell. The scripts are the
// files in completions/, embedded at build time (CMakeLists.txt), so the command prints exactly them.
//
// career __complete-names (hidden): every career id, then every alias, one a line, for the scripts
// to offer as CAREER arguments. It reads the same data directories as any other command, so a
// user's own careers and a --data-dir given on the line being completed are honoured; diagnostics
// are dropped, as a completion must not write on the terminal.
#include <algorithm>
#include <memory>
#include <string_view>

#include "cli/commands.hpp"

namespace career {
namespace {

struct Script {
    std::string_view shell;
    std::string_view text;
};

constexpr Script scripts[] = {
    {"bash",
#include "completions/career_bash.inc"
    },
    {"zsh",
#include "completions/_career.inc"
    },
    {"fish",
#include "completions/career_fish.inc"
    },
};

// A name a shell can take as one line of output: no control characters such as a newline.
bool is_one_line(std::string_view name) {
    return !name.empty() &&
           std::none_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
}

void print_names(const GlobalOptions& globals) {
    Context context = Context::make(globals);
    const LoadedCareers loaded = context.catalog.load_all();  // diagnostics ignored on purpose
    std::vector<std::string> seen;
    for (const auto& career : loaded.careers) {
        context.out.write(career.id + "\n");
        seen.push_back(career.id);
    }
    for (const auto& career : loaded.careers) {
        for (const auto& alias : career.aliases) {
            if (!is_one_line(alias) || std::find(seen.begin(), seen.end(), alias) != seen.end()) continue;
            context.out.write(alias + "\n");
            seen.push_back(alias);
        }
    }
    context.out.flush();
}

}  // namespace

void setup_completion(CLI::App& app, const GlobalOptions& globals, int& status) {
    auto shell = std::make_shared<std::string>();
    std::vector<std::string> shells;
    for (const auto& script : scripts) shells.emplace_back(script.shell);

    CLI::App* completion =
        app.add_subcommand("completion", "Print a shell completion script: bash, zsh or fish");
    completion->add_option("shell", *shell, "The shell: bash, zsh or fish")
        ->type_name("SHELL")
        ->required()
        ->check(one_of(shells, "supported shell (bash, zsh, fish)"));
    completion->callback([shell, &status] {
        FileSink out(stdout);
        for (const auto& script : scripts)
            if (script.shell == *shell) out.write(script.text);
        out.flush();
        status = exit_ok;
    });

    CLI::App* names = app.add_subcommand("__complete-names", "Print every career id and alias, one a line");
    names->group("");  // hidden: for the completion scripts, not for people
    names->callback([&globals, &status] {
        print_names(globals);
        status = exit_ok;
    });
}

}  // namespace career
