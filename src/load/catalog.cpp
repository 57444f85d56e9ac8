#include "load/catalog.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <system_error>

#include "load/career_parser.hpp"
#include "load/checks.hpp"
#include "load/suggest.hpp"

namespace career {
namespace fs = std::filesystem;

namespace {

// Titles and aliases match in any ASCII case: "interventional radiologist", "ir".
bool equal_folded(std::string_view a, std::string_view b) {
    auto fold = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [&](char x, char y) { return fold(x) == fold(y); });
}

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

}  // namespace

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

namespace {

std::set<std::string> ids_of(const Scan& scan) {
    std::set<std::string> ids;
    for (const auto& file : scan.files) ids.insert(file.id);
    return ids;
}

}  // namespace

bool is_valid_id(std::string_view name) {
    if (name.empty() || name.size() > 200 || name.front() == '-') return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

Scan Catalog::scan() const {
    std::map<std::string, fs::path> by_id;  // later directories overwrite earlier ones
    Scan scan;
    for (const auto& dir : dirs_) {
        if (!dir.exists) continue;
        std::error_code ec;
        for (fs::directory_iterator it(dir.path, ec), end; !ec && it != end; it.increment(ec)) {
            if (!is_career_file(*it)) {
                if (auto link = unfollowed_link(*it)) scan.diagnostics.push_back(std::move(*link));
                continue;
            }
            const std::string id = it->path().stem().string();
            if (id.starts_with('.')) continue;  // editors' hidden temporary files
            if (auto bad_name = check_file_name(it->path())) {
                scan.diagnostics.push_back(std::move(*bad_name));
                continue;
            }
            by_id[id] = it->path();
        }
    }
    for (auto& [id, path] : by_id) scan.files.push_back({id, std::move(path)});
    return scan;
}

std::optional<CareerFile> Catalog::file_for_id(std::string_view id) const {
    if (!is_valid_id(id)) return std::nullopt;
    for (auto dir = dirs_.rbegin(); dir != dirs_.rend(); ++dir) {
        if (!dir->exists) continue;
        fs::directory_entry entry(dir->path / (std::string(id) + ".toml"));
        if (is_career_file(entry)) return CareerFile{std::string(id), entry.path()};
    }
    return std::nullopt;
}

LoadedCareers Catalog::load_all() const {
    Scan found = scan();
    const std::set<std::string> ids = ids_of(found);
    LoadedCareers loaded;
    loaded.diagnostics = std::move(found.diagnostics);
    for (const auto& file : found.files) {
        ParseResult result = load_career_file(file.path.string(), file.id);
        loaded.diagnostics.insert(loaded.diagnostics.end(), result.diagnostics.begin(),
                                  result.diagnostics.end());
        check_references(result.references, ids, loaded.diagnostics);
        if (result.career) loaded.careers.push_back(std::move(*result.career));
    }
    return loaded;
}

Lookup Catalog::find(std::string_view name) const {
    Lookup lookup;
    // Ids are lower case; "Interventional-Radiologist" still means the file.
    std::string lowered(name);
    std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    if (auto file = file_for_id(lowered)) {
        ParseResult result = load_career_file(file->path.string(), file->id);
        lookup.diagnostics = std::move(result.diagnostics);
        if (!result.references.empty()) check_references(result.references, ids_of(scan()), lookup.diagnostics);
        lookup.career = std::move(result.career);
        lookup.status = lookup.career ? LookupStatus::found : LookupStatus::bad_data;
        return lookup;
    }

    LoadedCareers all = load_all();
    std::vector<std::string> names;
    for (auto& career : all.careers) {
        bool match = equal_folded(career.title, name);
        for (const auto& alias : career.aliases) match = match || equal_folded(alias, name);
        if (match) {
            lookup.status = LookupStatus::found;
            lookup.career = std::move(career);
            return lookup;
        }
        names.push_back(career.id);
        names.push_back(career.title);
        names.insert(names.end(), career.aliases.begin(), career.aliases.end());
    }
    // Not found: the broken files may be why, so their problems are part of the answer.
    lookup.diagnostics = std::move(all.diagnostics);
    lookup.suggestion = closest_match(name, names);
    return lookup;
}

std::vector<CareerFile> Catalog::every_file() const {
    std::vector<CareerFile> files;
    for (const auto& dir : dirs_) {
        if (!dir.exists) continue;
        std::vector<CareerFile> here;
        std::error_code ec;
        for (fs::directory_iterator it(dir.path, ec), end; !ec && it != end; it.increment(ec)) {
            const std::string id = it->path().stem().string();
            if (is_career_file(*it) && is_valid_id(id)) here.push_back({id, it->path()});
        }
        std::sort(here.begin(), here.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
        files.insert(files.end(), here.begin(), here.end());
    }
    return files;
}

std::vector<Diagnostic> overridden_files(const std::vector<CareerFile>& every_file) {
    std::map<std::string, fs::path> winner;  // the last of each id, as scan() keeps it
    for (const auto& file : every_file) winner[file.id] = file.path;
    std::vector<Diagnostic> out;
    for (const auto& file : every_file) {
        const fs::path& wins = winner[file.id];
        if (wins == file.path) continue;
        out.push_back({file.path.string(), 0, 0, Severity::warning, "id",
                       "'" + file.id + "' is also in " + wins.string() +
                           ", which is read later and wins; this file is not used"});
    }
    return out;
}

}  // namespace career
