#pragma once
// What several unit test files need: scratch directories, and looking into rendered text.
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <unistd.h>

#include "load/career_parser.hpp"
#include "load/catalog.hpp"
#include "load/index.hpp"
#include "load/resolve.hpp"

// A scratch directory for tests that need real files, removed when the test ends.
struct TempDir {
    std::filesystem::path path;

    explicit TempDir(std::string_view name) {
        path = std::filesystem::temp_directory_path() /
               ("career-test-" + std::string(name) + "-" + std::to_string(::getpid()));
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    // Writes `text` to `name` inside the directory (making subdirectories) and returns its path.
    std::filesystem::path write(const std::string& name, const std::string& text) const {
        return write_file(path / name, text);
    }

    static std::filesystem::path write_file(const std::filesystem::path& file, const std::string& text) {
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << text;
        return file;
    }
};

inline bool contains(std::string_view haystack, std::string_view needle) {
    return haystack.find(needle) != std::string_view::npos;
}

// The lines of `text`, without their newlines.
inline std::vector<std::string_view> lines_of(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

// What a command does with a name: resolve it (load/resolve.hpp), then parse the file it names.
enum class LookupStatus { found, bad_data, not_found };

struct Lookup {
    LookupStatus status = LookupStatus::not_found;
    std::optional<career::Career> career;
    std::vector<career::Diagnostic> diagnostics;  // of the file read, or the catalog's errors
    std::optional<std::string> suggestion;
};

inline Lookup find(const career::Catalog& catalog, std::string_view name) {
    const career::Resolution resolution = career::resolve_name(career::IndexLoader(catalog, std::nullopt), name);
    Lookup lookup;
    if (!resolution.file) {
        lookup.diagnostics = resolution.diagnostics;
        lookup.suggestion = resolution.suggestion;
        return lookup;
    }
    career::ParseResult result = career::load_career_file(resolution.file->path, resolution.file->id);
    lookup.diagnostics = std::move(result.diagnostics);
    lookup.career = std::move(result.career);
    lookup.status = lookup.career ? LookupStatus::found : LookupStatus::bad_data;
    return lookup;
}

// Every good career, parsed, and every file's problems, as the index has them.
struct LoadedCareers {
    std::vector<career::Career> careers;
    std::vector<career::Diagnostic> diagnostics;
};

inline LoadedCareers load_all(const career::Catalog& catalog) {
    career::CareerIndex index = career::load_index(catalog, std::nullopt);
    LoadedCareers loaded;
    loaded.diagnostics = std::move(index.diagnostics);
    for (const auto& entry : index.careers)
        if (auto result = career::load_career_file(entry.path, std::string(entry.id)); result.career)
            loaded.careers.push_back(std::move(*result.career));
    return loaded;
}
