// career completion bash|zsh|fish: prints a completion script for that shell, generated from the
// program's own CLI11 tree (cli/completion_spec.hpp), so that it completes exactly the commands and
// options the program has. The build runs it to make the installed files (CMakeLists.txt).
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
#include "cli/completion_spec.hpp"
#include "cli/option_types.hpp"

namespace career {
namespace {

enum class Shell { bash, zsh, fish };

constexpr Named<Shell> kShells[] = {{"bash", Shell::bash}, {"zsh", Shell::zsh}, {"fish", Shell::fish}};

std::string completion_script(Shell shell, const CLI::App& app) {
    const CompletionSpec spec = completion_spec(app);
    switch (shell) {
        case Shell::bash: return bash_completion(spec);
        case Shell::zsh: return zsh_completion(spec);
        case Shell::fish: return fish_completion(spec);
    }
    return {};
}

// A name a shell can take as one line of output: no control characters such as a newline.
bool is_one_line(std::string_view name) {
    return !name.empty() &&
           std::none_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
}

// Those that start with `prefix` (as typed: a shell matches case and all), ids then aliases: bash
// would take seconds to match thousands of names itself.
int print_names(Context& context, std::string_view prefix) {
    const CareerIndex& index = context.index();  // diagnostics ignored on purpose
    std::unordered_set<std::string_view> seen;
    std::string out;
    for (const auto& career : index.careers) {
        if (career.id.starts_with(prefix)) out.append(career.id).push_back('\n');
        seen.insert(career.id);
    }
    for (const auto& career : index.careers)
        for (const auto alias : career.aliases)
            if (alias.starts_with(prefix) && is_one_line(alias) && seen.insert(alias).second)
                out.append(alias).push_back('\n');
    context.out.write(out);
    return exit_ok;
}

}  // namespace

Run setup_completion(CLI::App& command) {
    auto shell = std::make_shared<Shell>();
    add_choice_option(command, "shell", *shell, "The shell: bash, zsh or fish", std::span<const Named<Shell>>(kShells),
                      "supported shell")
        ->type_name("SHELL")
        ->required();
    const CLI::App* app = command.get_parent();
    return [shell, app](Context& context) {
        context.out.write(completion_script(*shell, *app));
        return static_cast<int>(exit_ok);
    };
}

Run setup_complete_names(CLI::App& command) {
    auto prefix = std::make_shared<std::string>();
    command.add_option("prefix", *prefix, "Only the names that start with this");
    return [prefix](Context& context) { return print_names(context, *prefix); };
}

}  // namespace career
