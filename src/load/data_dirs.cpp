#include "load/data_dirs.hpp"

#ifndef CAREER_RELATIVE_DATADIR  // set by the build, from GNUInstallDirs
#define CAREER_RELATIVE_DATADIR "../share/career"
#endif
#ifndef CAREER_INSTALL_DATADIR
#define CAREER_INSTALL_DATADIR "/usr/local/share/career"
#endif

#include <cstdlib>
#include <system_error>

namespace career {
namespace fs = std::filesystem;

namespace {

std::vector<std::string> split_path_list(const std::string& list) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t colon = std::min(list.find(':', start), list.size());
        if (colon > start) parts.push_back(list.substr(start, colon - start));  // skip empty entries
        start = colon + 1;
    }
    return parts;
}

void add(std::vector<DataDir>& dirs, fs::path path, std::string origin) {
    std::error_code ec;
    const bool exists = fs::is_directory(path, ec);
    dirs.push_back({std::move(path), std::move(origin), exists});
}

// In a build tree the shipped data sits in data/ beside the program (a link to the source tree's
// data/); once installed, in ../share/career relative to it, so a moved prefix still works; the
// path the build was configured to install to is the last resort. It holds the occupations of the
// national catalog (occupations/) and the guides (careers/).
fs::path shipped_dir(const fs::path& executable_dir) {
    std::error_code ec;
    const fs::path candidates[] = {
        executable_dir / "data",
        (executable_dir / CAREER_RELATIVE_DATADIR).lexically_normal(),
        fs::path(CAREER_INSTALL_DATADIR),
    };
    for (const auto& candidate : candidates)
        if (fs::is_directory(candidate / "careers", ec)) return candidate;
    return candidates[1];
}

}  // namespace

std::optional<std::string> real_env(const char* name) {
    const char* value = std::getenv(name);
    if (!value) return std::nullopt;
    return std::string(value);
}

std::vector<DataDir> data_dirs(const fs::path& executable_dir, const std::vector<std::string>& cli_dirs,
                               const EnvLookup& env) {
    std::vector<DataDir> dirs;
    const fs::path shipped = shipped_dir(executable_dir);
    add(dirs, shipped / "occupations", "shipped");
    add(dirs, shipped / "careers", "shipped");

    // XDG lists the most important directory first; we read least important first so it wins.
    auto xdg_dirs = env("XDG_DATA_DIRS");
    auto system_dirs = split_path_list(xdg_dirs && !xdg_dirs->empty() ? *xdg_dirs
                                                                     : "/usr/local/share:/usr/share");
    for (auto it = system_dirs.rbegin(); it != system_dirs.rend(); ++it)
        add(dirs, fs::path(*it) / "career" / "careers", "XDG_DATA_DIRS");

    auto data_home = env("XDG_DATA_HOME");
    if (data_home && !data_home->empty()) {
        add(dirs, fs::path(*data_home) / "career" / "careers", "XDG_DATA_HOME");
    } else if (auto home = env("HOME"); home && !home->empty()) {
        add(dirs, fs::path(*home) / ".local" / "share" / "career" / "careers", "XDG_DATA_HOME");
    }

    if (auto career_path = env("CAREER_PATH"))
        for (const auto& dir : split_path_list(*career_path)) add(dirs, dir, "CAREER_PATH");

    for (const auto& dir : cli_dirs) add(dirs, dir, "--data-dir");
    return dirs;
}

fs::path executable_dir() {
    std::error_code ec;
    fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (ec) return fs::current_path(ec);
    return self.parent_path();
}

}  // namespace career
