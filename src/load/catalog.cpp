#include "load/catalog.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>
#include <set>
#include <system_error>
#include <tuple>

#include <fmt/format.h>
#include <time.h>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "load/career_parser.hpp"
#include "load/checks.hpp"
#include "load/suggest.hpp"

namespace career {
namespace fs = std::filesystem;

namespace {

// A career file is a regular file named *.toml. A symbolic link so named is followed only when it
// ends, after every link, at a regular file whose name ends in .toml too, wherever that is; never
// at a directory, a device or a file of another name (career(1), FILES).
bool is_career_file(const fs::directory_entry& entry) {
    std::error_code ec;
    if (entry.path().extension() != ".toml") return false;
    if (!entry.is_symlink(ec)) return entry.is_regular_file(ec);
    const fs::path target = fs::canonical(entry.path(), ec);
    return !ec && target.extension() == ".toml" && fs::is_regular_file(target, ec);
}

// Why a symbolic link named *.toml is not followed, where that needs saying: it leads nowhere (a
// loop, a missing target) or to a file not named *.toml. One to a directory is passed over like a
// directory, and a hidden one (an editor's lock file, .#x.toml) like any hidden file.
std::optional<Diagnostic> unfollowed_link(const fs::directory_entry& entry) {
    std::error_code ec;
    if (entry.path().extension() != ".toml" || entry.path().stem().string().starts_with('.') ||
        !entry.is_symlink(ec))
        return std::nullopt;
    const fs::path target = fs::canonical(entry.path(), ec);
    std::string message;
    if (ec)
        message = "symbolic link not followed: " + ec.message();
    else if (target.extension() != ".toml" && !fs::is_directory(target, ec))
        message = "symbolic link to " + target.string() + ", which is not a .toml file, not followed";
    if (message.empty()) return std::nullopt;
    return Diagnostic{entry.path().string(), 0, 0, Severity::error, "", message};
}

// A directory as Catalog::directories() says it, or "unsettled" where it is not to be trusted
// (Scan::directories), which directories() never says.
void say_directory(std::string& out, const DataDir& dir, const struct stat* status, bool trusted = true) {
    out += dir.path.string();
    if (!trusted) out += "\tunsettled\n";
    else if (!status) out += "\tmissing\n";
    else out += fmt::format("\t{}:{}:{}.{:09}\n", status->st_dev, status->st_ino, status->st_mtim.tv_sec, status->st_mtim.tv_nsec);
}

// Whether a directory last changed so long ago that a change to it now would show in its time of
// change: two seconds, beyond any file system's granularity and a little clock skew.
bool settled(const struct stat& status) {
    struct timespec now {};
    ::clock_gettime(CLOCK_REALTIME, &now);
    return std::abs(now.tv_sec - status.st_mtim.tv_sec) > 2;
}

}  // namespace

std::string Catalog::directories() const {
    std::string out;
    for (const DataDir& dir : dirs_) {
        struct stat status {};
        const bool present = dir.exists && ::stat(dir.path.c_str(), &status) == 0;
        say_directory(out, dir, present ? &status : nullptr);
    }
    return out;
}

void check_references(const std::vector<CareerReference>& references, const std::set<std::string>& ids,
                      std::vector<Diagnostic>& out) {
    for (const auto& reference : references) {
        if (ids.contains(reference.id)) continue;
        Diagnostic d = reference.where;
        d.severity = Severity::warning;
        d.message = "'" + reference.id + "' names no career";
        std::vector<std::string> known(ids.begin(), ids.end());
        if (auto near = closest_match(reference.id, known)) d.message += "; did you mean '" + *near + "'?";
        out.push_back(std::move(d));
    }
}

bool is_valid_id(std::string_view name) {
    if (name.empty() || name.size() > 200 || name.front() == '-') return false;
    // A table, not comparisons: every file name of the catalog comes through here.
    static constexpr auto allowed = [] {
        std::array<bool, 256> table{};
        for (char c = 'a'; c <= 'z'; ++c) table[static_cast<unsigned char>(c)] = true;
        for (char c = '0'; c <= '9'; ++c) table[static_cast<unsigned char>(c)] = true;
        table['-'] = true;
        return table;
    }();
    for (const char c : name)
        if (!allowed[static_cast<unsigned char>(c)]) return false;
    return true;
}

Scan Catalog::scan() const {
    // readdir(3) rather than std::filesystem: its file type saves a stat(2) per file, and a catalog
    // of a thousand careers is scanned on every call that names a career by title.
    struct Found {
        std::string id;
        std::size_t dir;
        std::string path;
        std::size_t name_at;  // where the file name starts in `path`
    };
    std::vector<Found> found;
    std::vector<DIR*> streams(dirs_.size(), nullptr);  // open until the winners are stamped
    Scan scan;
    for (std::size_t d = 0; d < dirs_.size(); ++d) {
        const DataDir& dir = dirs_[d];
        DIR* stream = dir.exists ? (streams[d] = ::opendir(dir.path.c_str())) : nullptr;
        // Its time of change before its files are listed: a change while they are is seen next time.
        struct stat status {};
        if (!stream || ::fstat(::dirfd(stream), &status) != 0) {  // missing, or unreadable
            say_directory(scan.directories, dir, nullptr, !dir.exists);
            continue;
        }
        bool steady = settled(status);
        const std::string prefix = dir.path.string() + "/";
        while (const dirent* entry = ::readdir(stream)) {
            const std::string_view name = entry->d_name;
            if (name == "." || name == "..") continue;
            if (entry->d_type != DT_REG && entry->d_type != DT_DIR) steady = false;
            std::string path;
            path.reserve(prefix.size() + name.size());
            path.append(prefix).append(name);
            // A plain file is what it says; anything else (a link, a directory, a FIFO, a file system
            // that does not say) is looked at closely.
            const bool career_file = entry->d_type == DT_REG ? name.ends_with(".toml")
                                                             : is_career_file(fs::directory_entry(path));
            if (!career_file) {
                if (entry->d_type != DT_REG)
                    if (auto link = unfollowed_link(fs::directory_entry(path))) scan.diagnostics.push_back(std::move(*link));
                continue;
            }
            std::string id(name.substr(0, name.size() - 5));
            if (id.starts_with('.')) continue;  // editors' hidden temporary files
            if (!is_valid_id(id)) {
                if (auto bad_name = check_file_name(path)) scan.diagnostics.push_back(std::move(*bad_name));
                continue;
            }
            found.push_back({std::move(id), d, std::move(path), prefix.size()});
        }
        say_directory(scan.directories, dir, &status, steady);
    }
    // By id; of the same id in several directories, the last directory's wins. (Indices are sorted,
    // not the entries, which are costlier to move.)
    std::vector<std::size_t> order(found.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const int by_id = found[a].id.compare(found[b].id);
        return by_id != 0 ? by_id < 0 : found[a].dir < found[b].dir;
    });
    scan.files.reserve(found.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i + 1 < order.size() && found[order[i + 1]].id == found[order[i]].id) continue;
        Found& file = found[order[i]];
        // Stamped by its name in its open directory: a stat(2) by the whole path walks every
        // directory of it again, which for a thousand files costs more than the rest of the scan.
        struct stat status {};
        std::optional<FileStamp> stamp;
        if (::fstatat(::dirfd(streams[file.dir]), file.path.c_str() + file.name_at, &status, 0) == 0)
            stamp = stamp_of(status);
        scan.files.push_back({std::move(file.id), std::move(file.path), stamp});
    }
    for (DIR* stream : streams)
        if (stream) ::closedir(stream);
    return scan;
}

std::optional<CareerFile> Catalog::file_for_id(std::string_view id) const {
    if (!is_valid_id(id)) return std::nullopt;
    for (auto dir = dirs_.rbegin(); dir != dirs_.rend(); ++dir) {
        if (!dir->exists) continue;
        fs::directory_entry entry(dir->path / (std::string(id) + ".toml"));
        if (is_career_file(entry)) return CareerFile{std::string(id), entry.path().string()};
    }
    return std::nullopt;
}

std::vector<CareerFile> Catalog::every_file() const {
    std::vector<CareerFile> files;
    for (const auto& dir : dirs_) {
        if (!dir.exists) continue;
        std::vector<CareerFile> here;
        std::error_code ec;
        for (fs::directory_iterator it(dir.path, ec), end; !ec && it != end; it.increment(ec)) {
            const std::string id = it->path().stem().string();
            if (is_career_file(*it) && is_valid_id(id)) here.push_back({id, it->path().string()});
        }
        std::sort(here.begin(), here.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
        files.insert(files.end(), here.begin(), here.end());
    }
    return files;
}

std::vector<Diagnostic> overridden_files(const std::vector<CareerFile>& every_file) {
    std::map<std::string, std::string> winner;  // the last of each id, as scan() keeps it
    for (const auto& file : every_file) winner[file.id] = file.path;
    std::vector<Diagnostic> out;
    for (const auto& file : every_file) {
        const std::string& wins = winner[file.id];
        if (wins == file.path) continue;
        out.push_back({file.path, 0, 0, Severity::warning, "id",
                       "'" + file.id + "' is also in " + wins +
                           ", which is read later and wins; this file is not used"});
    }
    return out;
}

}  // namespace career
