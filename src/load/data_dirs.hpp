#pragma once
// Where careers are read from, in order; a later directory overrides a career with the same id.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace career {

struct DataDir {
    std::filesystem::path path;
    std::string origin;  // why it is in the list: "shipped", "XDG_DATA_DIRS", "--data-dir", ...
    bool exists = false;
};

// Reads an environment variable; injected so tests need not touch the real environment.
using EnvLookup = std::function<std::optional<std::string>(const char* name)>;
std::optional<std::string> real_env(const char* name);

// The shipped data, XDG_DATA_DIRS (least important first), XDG_DATA_HOME, CAREER_PATH, --data-dir.
std::vector<DataDir> data_dirs(const std::filesystem::path& executable_dir,
                               const std::vector<std::string>& cli_dirs, const EnvLookup& env);

// The directory of the running program (from /proc/self/exe), not of the current directory.
std::filesystem::path executable_dir();

}  // namespace career
