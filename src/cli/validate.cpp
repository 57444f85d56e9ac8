// career validate [PATH...]: every problem of every career file, then a summary.
//
// Unlike the other commands, whose diagnostics go to standard error beside their output, validate's
// diagnostics are its output: they go to standard output, grouped by file and sorted by position
// within it, and the summary line ("3 files, 2 errors, 1 warning") comes last.
#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <system_error>
#include <tuple>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/option_types.hpp"
#include "load/career_parser.hpp"
#include "load/checks.hpp"

namespace career {
namespace fs = std::filesystem;
namespace {

struct ValidateOptions {
    std::vector<std::string> paths;
    bool strict = false;
};

// What was found, file by file, in the order the files were met.
class Findings {
public:
    void add(Diagnostic diagnostic) {
        note_file(diagnostic.file);
        diagnostics_.push_back(std::move(diagnostic));
    }
    void add(std::vector<Diagnostic> diagnostics) {
        for (auto& d : diagnostics) add(std::move(d));
    }
    // Returns false when the file has been noted before (given twice, or inside a directory given).
    bool note_file(const std::string& file) {
        if (!order_.emplace(file, order_.size()).second) return false;
        return true;
    }

    // Grouped by file, then by position (a problem with the whole file, line 0, first).
    std::vector<Diagnostic> sorted() const {
        std::vector<Diagnostic> out = diagnostics_;
        std::stable_sort(out.begin(), out.end(), [&](const Diagnostic& a, const Diagnostic& b) {
            return std::tie(order_.at(a.file), a.line, a.column) <
                   std::tie(order_.at(b.file), b.line, b.column);
        });
        return out;
    }
    std::size_t files() const { return order_.size(); }
    std::size_t count(Severity severity) const {
        return static_cast<std::size_t>(std::count_if(diagnostics_.begin(), diagnostics_.end(),
                                                      [&](const Diagnostic& d) { return d.severity == severity; }));
    }

private:
    std::map<std::string, std::size_t> order_;
    std::vector<Diagnostic> diagnostics_;
};

struct Checked {
    Findings findings;
    std::set<std::string> ids;  // of the files checked, which related_roles may name
    std::vector<CareerReference> references;
};

void check_file(const fs::path& path, Checked& checked) {
    if (!checked.findings.note_file(path.string())) return;
    std::error_code ec;
    if (fs::exists(path, ec))  // else the one problem is that it cannot be read
        if (auto bad_name = check_file_name(path)) checked.findings.add(std::move(*bad_name));
    const std::string id = path.stem().string();
    ParseResult result = load_career_file(path.string(), id);
    checked.findings.add(std::move(result.diagnostics));
    checked.ids.insert(id);
    checked.references.insert(checked.references.end(), result.references.begin(), result.references.end());
}

// Every file of every directory of `catalog`, those overridden by a later directory too.
void check_catalog(const Catalog& catalog, Checked& checked) {
    Scan scan = catalog.scan();
    checked.findings.add(std::move(scan.diagnostics));  // names that are not ids, unreadable entries
    const std::vector<CareerFile> files = catalog.every_file();
    for (const auto& file : files) check_file(file.path, checked);
    checked.findings.add(overridden_files(files));
}

std::string plural(std::size_t n, std::string_view word) {
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

// As report() colours stderr: "error:" red and bold, "warning:" yellow and bold.
std::string styled(const Diagnostic& diagnostic, bool color) {
    std::string line = to_string(diagnostic);
    if (!color) return line;
    const bool error = diagnostic.severity == Severity::error;
    const std::string word = error ? ": error:" : ": warning:";
    std::size_t at = diagnostic.file.size();
    if (diagnostic.line > 0) at += fmt::format(":{}:{}", diagnostic.line, diagnostic.column).size();
    if (line.compare(at, word.size(), word) == 0)
        line.replace(at + 2, word.size() - 2,
                     fmt::format("{}{}\x1b[0m", error ? "\x1b[1;31m" : "\x1b[1;33m", word.substr(2)));
    return line;
}

toml::table json_document(const Findings& findings, const std::vector<Diagnostic>& diagnostics) {
    toml::array list;
    for (const auto& d : diagnostics) {
        toml::table entry;
        entry.insert("file", d.file);
        if (d.line > 0) {  // absent data is an absent key: a problem with the whole file has no position
            entry.insert("line", static_cast<std::int64_t>(d.line));
            entry.insert("column", static_cast<std::int64_t>(d.column));
        }
        entry.insert("severity", d.severity == Severity::error ? "error" : "warning");
        if (!d.field.empty()) entry.insert("field", d.field);
        entry.insert("message", d.message);
        list.push_back(std::move(entry));
    }
    toml::table document;
    document.insert("files", static_cast<std::int64_t>(findings.files()));
    document.insert("errors", static_cast<std::int64_t>(findings.count(Severity::error)));
    document.insert("warnings", static_cast<std::int64_t>(findings.count(Severity::warning)));
    document.insert("diagnostics", std::move(list));
    return document;
}

int run_validate(const ValidateOptions& options, Context& context) {
    Checked checked;
    if (options.paths.empty()) {
        check_catalog(context.catalog(), checked);
    } else {
        // Directories are checked as data directories, in the order given (a later one overriding
        // an earlier one's file with the same id); anything else as a career file.
        std::vector<DataDir> dirs;
        std::vector<fs::path> files;
        for (const auto& path : options.paths) {
            std::error_code ec;
            if (fs::is_directory(path, ec))
                dirs.push_back({path, "argument", true});
            else
                files.emplace_back(path);
        }
        if (!dirs.empty()) check_catalog(Catalog(dirs), checked);
        for (const auto& file : files) check_file(file, checked);
    }
    // A related role may name any career of the data directories, or one of the files checked.
    std::set<std::string> ids = checked.ids;
    for (const auto& file : context.catalog().scan().files) ids.insert(file.id);
    std::vector<Diagnostic> references;
    check_references(checked.references, ids, references);
    checked.findings.add(std::move(references));

    const Findings& findings = checked.findings;
    const std::vector<Diagnostic> diagnostics = findings.sorted();
    if (context.format() == Format::json) {
        write_document(json_document(findings, diagnostics), context);
    } else {
        for (const auto& d : diagnostics) context.out.write(styled(d, context.style.color) + "\n");
        context.out.write(fmt::format("{}, {}, {}\n", plural(findings.files(), "file"),
                                      plural(findings.count(Severity::error), "error"),
                                      plural(findings.count(Severity::warning), "warning")));
    }
    const bool failed = findings.count(Severity::error) > 0 ||
                        (options.strict && findings.count(Severity::warning) > 0);
    return failed ? exit_bad_data : exit_ok;
}

}  // namespace

Run setup_validate(CLI::App& command) {
    auto options = std::make_shared<ValidateOptions>();
    with_values(command.add_option("paths", options->paths,
                                   "Career files or directories of them (default: every data directory)"),
                OptionValues::Kind::file)
        ->type_name("PATH");
    command.add_flag("--strict", options->strict, "Treat warnings as errors (exit status 65)");
    return [options](Context& context) { return run_validate(*options, context); };
}

}  // namespace career
