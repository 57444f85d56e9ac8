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
#include <unordered_set>

#include "cli/commands.hpp"
#include "cli/option_types.hpp"

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

int print_names(Context& context) {
    const CareerIndex& index = context.index();  // diagnostics ignored on purpose
    std::unordered_set<std::string_view> seen;
    std::string out;
    for (const auto& career : index.careers) {
        out.append(career.id).push_back('\n');
        seen.insert(career.id);
    }
    for (const auto& career : index.careers)
        for (const auto alias : career.aliases)
            if (is_one_line(alias) && seen.insert(alias).second) out.append(alias).push_back('\n');
    context.out.write(out);
    return exit_ok;
}

}  // namespace

Run setup_completion(CLI::App& command) {
    auto shell = std::make_shared<std::string>();
    static const std::vector<std::string_view> shells = [] {
        std::vector<std::string_view> names;
        for (const auto& script : scripts) names.push_back(script.shell);
        return names;
    }();
    command.add_option("shell", *shell, "The shell: bash, zsh or fish")
        ->type_name("SHELL")
        ->required()
        ->check(CLI::Validator(
            [](std::string& name) -> std::string {
                if (std::find(shells.begin(), shells.end(), name) != shells.end()) return {};
                return not_one_of(name, shells, "supported shell");
            },
            "", "shell"));
    return [shell](Context& context) {
        for (const auto& script : scripts)
            if (script.shell == *shell) context.out.write(script.text);
        return static_cast<int>(exit_ok);
    };
}

Run setup_complete_names(CLI::App&) { return print_names; }

}  // namespace career
