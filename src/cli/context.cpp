#include "cli/context.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>

#include <fmt/format.h>
#include <unistd.h>

#include "load/career_cache.hpp"
#include "load/resolve.hpp"
#include "render/career_json.hpp"

namespace career {
namespace {

constexpr std::array kFormatNames{
    Named<Format>{"text", Format::text}, Named<Format>{"json", Format::json},
    Named<Format>{"tsv", Format::tsv},   Named<Format>{"csv", Format::csv},
    Named<Format>{"markdown", Format::markdown},
};

constexpr std::array kColorNames{
    Named<ColorMode>{"auto", ColorMode::automatic},
    Named<ColorMode>{"always", ColorMode::always},
    Named<ColorMode>{"never", ColorMode::never},
};

// The --color given, for stderr_color(): diagnostics are printed where no options are at hand, for
// example for a usage error.
ColorMode stderr_color_mode = ColorMode::automatic;

}  // namespace

std::span<const Named<Format>> format_names() { return kFormatNames; }
std::span<const Named<ColorMode>> color_names() { return kColorNames; }

std::string Formats::names() const {
    std::vector<std::string_view> names;
    for (const auto& [name, format] : kFormatNames)
        if (has(format)) names.push_back(name);
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += fmt::format("{}{}", i == 0 ? "" : i + 1 == names.size() ? " or " : ", ", names[i]);
    return out;
}

Context Context::make(const GlobalOptions& options) {
    const TerminalInfo terminal = TerminalInfo::probe(STDOUT_FILENO);
    Style style;
    style.color = use_color(options.color, terminal);
    style.width = static_cast<std::size_t>(output_width(options.width, terminal));
    // Never page into a pipe or a file; the sink decides at flush() whether the text needs it.
    std::optional<std::string> pager;
    if (terminal.is_terminal && !options.no_pager) pager = pager_command(real_env);
    return Context{options, Catalog(data_dirs(executable_dir(), options.data_dirs, real_env)), style,
                   PagedSink(stdout, std::move(pager), output_rows(terminal)), default_cache_dir(real_env)};
}

namespace {

// "a (Title A), b (Title B)": careers as one line, the first `most` of them.
std::string career_list(const std::vector<CareerName>& careers, std::size_t most) {
    std::string out;
    for (std::size_t i = 0; i < careers.size() && i < most; ++i)
        out += fmt::format("{}{} ({})", i == 0 ? "" : ", ", careers[i].id, careers[i].title);
    if (careers.size() > most) out += fmt::format(" and {} more", careers.size() - most);
    return out;
}

// `word` as a shell reads it back: as it is when it is plain, else in single quotes.
std::string shell_quoted(std::string_view word) {
    const bool plain = !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == '/';
    });
    if (plain) return std::string(word);
    std::string out = "'";
    for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

Resolution resolve(const Context& context, std::string_view name) {
    return resolve_name(context.indexes, name);
}

Found<Career> load(const Context& context, const CareerFile& file) {
    LoadedCareer result = load_career(file.path, file.id, context.cache_dir());
    report(result.diagnostics);
    if (!result.career) return exit_bad_data;
    return std::move(*result.career);
}

// Says why `name` names no one career.
ExitStatus not_one_career(std::string_view name, const Resolution& resolution) {
    if (!resolution.several.empty()) {
        print_error(fmt::format("'{}' names {} careers: {}; name one by its id", name, resolution.several.size(),
                                career_list(resolution.several, 10)));
        return exit_no_career;
    }
    // Not found: the broken files may be why, so their problems are part of the answer.
    report(resolution.diagnostics);
    std::string message = fmt::format("no career named '{}'", name);
    if (!resolution.containing.empty())
        message += fmt::format("; these have it in their names: {}", career_list(resolution.containing, 10));
    else if (resolution.suggestion)
        message += fmt::format("; did you mean '{}'?", *resolution.suggestion);
    print_error(message);
    std::fprintf(stderr, "career search %s finds careers by the words in them; career list shows them all.\n",
                 shell_quoted(name).c_str());
    return exit_no_career;
}

}  // namespace

Found<Career> find_career(const Context& context, std::string_view name) {
    const Resolution resolution = resolve(context, name);
    if (resolution.file) return load(context, *resolution.file);
    return not_one_career(name, resolution);
}

Found<std::vector<Career>> find_named_careers(const Context& context, const std::vector<std::string>& words) {
    if (words.size() > 1) {
        // Words typed without quotes that together are one name: that career.
        std::string joined;
        for (const auto& word : words) joined += (joined.empty() ? "" : " ") + word;
        const Resolution together = resolve(context, joined);
        if (together.file) {
            Found<Career> career = load(context, *together.file);
            if (!career) return static_cast<ExitStatus>(career.status());
            return std::vector<Career>{std::move(*career)};
        }
        // Else each word is a career; if none is, the words were meant as one name.
        std::vector<Resolution> each;
        for (const auto& word : words) each.push_back(resolve(context, word));
        if (std::none_of(each.begin(), each.end(), [](const Resolution& r) { return r.file.has_value(); }))
            return not_one_career(joined, together);
        std::vector<Career> careers;
        for (std::size_t i = 0; i < words.size(); ++i) {
            if (!each[i].file) return not_one_career(words[i], each[i]);
            Found<Career> career = load(context, *each[i].file);
            if (!career) return static_cast<ExitStatus>(career.status());
            careers.push_back(std::move(*career));
        }
        return careers;
    }
    return find_careers(context, words);
}

Found<std::vector<Career>> find_careers(const Context& context, const std::vector<std::string>& names) {
    std::vector<Career> careers;
    for (const auto& name : names) {
        Found<Career> career = find_career(context, name);
        if (!career) return static_cast<ExitStatus>(career.status());
        careers.push_back(std::move(*career));
    }
    return careers;
}

void write_document(const toml::table& document, Context& context) { write_json(document, context.out); }

void write_documents(const std::vector<toml::table>& documents, Context& context) {
    if (documents.size() == 1) return write_document(documents.front(), context);
    toml::array array;
    for (const auto& document : documents) array.push_back(document);
    write_json(array, context.out);
}

void write_records(const Records& records, std::string_view key, Context& context) {
    switch (context.format()) {
        case Format::tsv: write_tsv(records, context.out); break;
        case Format::csv: write_csv(records, context.out); break;
        default: {
            toml::table document;
            document.insert(key, records_array(records));
            write_json(document, context.out);
        }
    }
}

void set_stderr_color_mode(ColorMode mode) { stderr_color_mode = mode; }

bool stderr_color() { return use_color(stderr_color_mode, TerminalInfo::probe(STDERR_FILENO)); }

void report(const std::vector<Diagnostic>& diagnostics) {
    const bool color = !diagnostics.empty() && stderr_color();
    for (const auto& diagnostic : diagnostics) {
        std::string line = to_string(diagnostic);
        if (color) {
            // to_string() puts the severity right after "FILE:LINE:COLUMN: " or "FILE: ".
            std::size_t at = diagnostic.file.size() + 2;
            if (diagnostic.line > 0) at += fmt::format(":{}:{}", diagnostic.line, diagnostic.column).size();
            const bool error = diagnostic.severity == Severity::error;
            const std::string_view word = error ? "error:" : "warning:";
            const char* escape = error ? "\x1b[1;31m" : "\x1b[1;33m";
            if (line.compare(at, word.size(), word) == 0)
                line.replace(at, word.size(), fmt::format("{}{}\x1b[0m", escape, word));
        }
        std::fprintf(stderr, "%s\n", line.c_str());
    }
}

void print_error(std::string_view message) {
    const char* prefix = stderr_color() ? "\x1b[1mcareer:\x1b[0m" : "career:";
    std::fprintf(stderr, "%s %.*s\n", prefix, static_cast<int>(message.size()), message.data());
}

}  // namespace career
