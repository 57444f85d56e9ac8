#pragma once
// The careers in the data directories: which files there are, and finding one career by name.
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "load/cache_file.hpp"
#include "load/career_parser.hpp"
#include "load/data_dirs.hpp"
#include "load/diagnostic.hpp"
#include "model/career.hpp"

namespace career {

// An id is a file name without ".toml": [a-z0-9][a-z0-9-]*. Only such a name ever becomes a path,
// which is what keeps a career name from reaching outside the data directories.
bool is_valid_id(std::string_view name);

struct CareerFile {
    std::string id;
    std::string path;  // a string, not a std::filesystem::path: splitting a thousand paths costs
    std::optional<FileStamp> stamp{};  // its size and time of change, as Catalog::scan() found them
};

struct Scan {
    std::vector<CareerFile> files;  // one per id, the last directory's, sorted by id
    std::vector<Diagnostic> diagnostics;
    // The data directories as the scan found them, as Catalog::directories() says them, but
    // "unsettled" for one whose files could have changed since without its time of change saying
    // so: one changed in the last two seconds (a time stamp is only so fine), or holding a symbolic
    // link or an entry of no known type.
    std::string directories;
};

class Catalog {
public:
    explicit Catalog(std::vector<DataDir> dirs) : dirs_(std::move(dirs)) {}

    const std::vector<DataDir>& dirs() const { return dirs_; }

    Scan scan() const;
    // The data directories as they are now: each one's path, and its device, inode and time of
    // change, or that it is missing. A file added to one, removed or renamed changes its time of
    // change; a file changed in place does not.
    std::string directories() const;
    // Every career file of every directory in reading order, those a later one overrides too
    // (what `career validate` checks); files whose names are not ids are left to scan().
    std::vector<CareerFile> every_file() const;
    std::optional<CareerFile> file_for_id(std::string_view id) const;

private:
    std::vector<DataDir> dirs_;
};

// Warns about each related role (job_outlook.related_roles) that names none of `ids`.
void check_references(const std::vector<CareerReference>& references, const std::set<std::string>& ids,
                      std::vector<Diagnostic>& out);

// A warning for each file of every_file() that another, read later, overrides: the same id in two
// data directories, saying which file wins.
std::vector<Diagnostic> overridden_files(const std::vector<CareerFile>& every_file);

}  // namespace career
