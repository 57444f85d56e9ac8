#include "render/career_list.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "render/formatting.hpp"
#include "render/text_wrap.hpp"

namespace career {
namespace {

constexpr std::string_view kNoFigure = "—";
constexpr std::string_view kListGap = "  ";
constexpr std::size_t kNarrowestListTitle = 12;

struct ListColumn {
    std::string_view header;
    bool right = false;  // figures are right-aligned so their digits line up
};

using ListRow = std::vector<std::string>;

// How a column too wide for the screen is made to fit: its cells cut with "…", or wrapped onto
// more lines.
enum class Shrink { ellipsize, wrap };

// The lines of a table whose column `shrink` (the titles) narrows down to a dozen columns when the
// table is wider than `width`; nullopt when even that is too wide. Trailing spaces go.
std::optional<std::vector<std::string>> fitted_table(std::span<const ListColumn> columns, std::vector<ListRow> rows,
                                                     std::size_t shrink, std::size_t width, Shrink how) {
    std::vector<std::size_t> widths;
    for (const auto& column : columns) widths.push_back(display_width(column.header));
    for (const auto& row : rows)
        for (std::size_t i = 0; i < columns.size(); ++i) widths[i] = std::max(widths[i], display_width(row[i]));
    std::size_t table_width = (columns.size() - 1) * kListGap.size();
    for (const auto w : widths) table_width += w;
    if (table_width > width) {
        const std::size_t others = table_width - widths[shrink];
        const std::size_t room = width > others ? width - others : 0;
        // Cut, a title keeps a dozen columns; wrapped, its longest word.
        std::size_t narrowest = std::min(widths[shrink], kNarrowestListTitle);
        if (how == Shrink::wrap)
            for (const auto& row : rows)
                for (const auto& word : wrap(row[shrink], 1)) narrowest = std::max(narrowest, display_width(word));
        if (room < narrowest) return std::nullopt;
        widths[shrink] = room;
        if (how == Shrink::ellipsize)
            for (auto& row : rows) row[shrink] = ellipsize(row[shrink], room);
    }
    auto line = [&](const ListRow& row) {
        std::string text;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const std::string pad(widths[i] - std::min(widths[i], display_width(row[i])), ' ');
            text += columns[i].right ? pad + row[i] : row[i] + pad;
            if (i + 1 < columns.size()) text += kListGap;
        }
        while (!text.empty() && text.back() == ' ') text.pop_back();
        return text;
    };
    ListRow header;
    for (const auto& column : columns) header.emplace_back(column.header);
    std::vector<std::string> lines{line(header)};
    for (auto& row : rows) {
        // A wrapped cell's further lines go under it, the other cells of the row empty there.
        const std::vector<std::string> parts = wrap(row[shrink], widths[shrink]);
        row[shrink] = parts.empty() ? "" : parts.front();
        lines.push_back(line(row));
        for (std::size_t i = 1; i < parts.size(); ++i) {
            ListRow more(columns.size());
            more[shrink] = parts[i];
            lines.push_back(line(more));
        }
    }
    return lines;
}

std::string_view kind_cell(const CareerSummary& c) {
    if (c.kind == CareerKind::guide) return "guide";
    return c.has_guide ? "occupation+" : "occupation";
}

// "$133,080", "≥$239,200" for the survey's top code (that or more), "—" when not given.
std::string median_cell(const CareerSummary& c) {
    if (!c.median_salary) return std::string(kNoFigure);
    return (c.median_at_least ? "≥" : "") + format_money(*c.median_salary, c.currency);
}

std::string growth_cell(const CareerSummary& c) {
    return c.growth_percent ? format_percent(*c.growth_percent) : std::string(kNoFigure);
}

// The growth's period and source in a few words: an occupation's "2024–34, BLS"; a guide's figure
// is its source's, which gives no period (`career compare` and `show` name the source).
std::string growth_basis_cell(const CareerSummary& c) {
    if (!c.growth_percent) return {};
    return c.kind == CareerKind::guide ? "no period, guide" : c.growth_basis;
}

// Under the table: where the pay comes from, what the marks mean, how to show a career.
std::vector<std::string> list_legend(const std::vector<CareerSummary>& careers) {
    std::string occupations_basis;
    bool guides = false, at_least = false, has_guide = false;
    for (const auto& c : careers) {
        if (c.kind == CareerKind::occupation && occupations_basis.empty()) occupations_basis = c.salary_basis;
        guides = guides || c.kind == CareerKind::guide;
        at_least = at_least || (c.median_salary && c.median_at_least);
        has_guide = has_guide || c.has_guide;
    }
    std::string pay = "Median pay a year: ";
    if (!occupations_basis.empty())
        pay += occupations_basis + (guides ? " for an occupation, the guide's own source for a guide." : ".");
    else
        pay += "each guide's own source.";
    if (at_least) pay += " ≥: the survey's top code, or more.";
    std::vector<std::string> legend{pay};
    if (has_guide) legend.emplace_back("occupation+: an occupation a guide is about; the guide is listed under the same SOC code.");
    legend.emplace_back("Show one with career show SOC-CODE (an occupation) or career show \"TITLE\" (any career).");
    return legend;
}

// `text` with its words longer than `room` made breakable after their hyphens and slashes
// ("Industrial-Organizational", "Helpers--Installation,"): a space after each piece that fills a
// line, where a line ends anyway since the next piece cannot join it.
std::string breakable_at_hyphens(std::string_view text, std::size_t room) {
    std::string out;
    std::vector<std::string> words;
    for (std::size_t at = 0; at <= text.size();) {
        const std::size_t end = std::min(text.find(' ', at), text.size());
        if (end > at) words.emplace_back(text.substr(at, end - at));
        at = end + 1;
    }
    for (const auto& word : words) {
        if (!out.empty()) out += ' ';
        if (display_width(word) <= room) {
            out += word;
            continue;
        }
        std::string piece;
        for (std::size_t i = 0; i < word.size(); ++i) {
            piece += word[i];
            const bool breaks = (word[i] == '-' || word[i] == '/') && i + 1 < word.size() && word[i + 1] != '-';
            if (!breaks) continue;
            const std::size_t next = word.find_first_of("-/", i + 1);
            const std::size_t rest = (next == std::string::npos ? word.size() : next + 1) - (i + 1);
            if (display_width(piece) + rest > room) {
                out += piece + ' ';
                piece.clear();
            }
        }
        out += piece;
    }
    return out;
}

// A career a block, for a screen too narrow for the table: its code and title, then its kind and
// figures, indented, each wrapped to the width; a blank line between careers. A code with no room
// for the title's first word beside it stands on a line of its own.
void render_list_blocks(const std::vector<CareerSummary>& careers, const Style& style, Sink& out) {
    bool first = true;
    for (const auto& c : careers) {
        if (!first) out.write("\n");
        first = false;
        const std::string title = breakable_at_hyphens(c.title, style.width - 2);
        const std::string prefix = c.soc.empty() ? "" : c.soc + "  ";
        // The first line as long as the code leaves room for, the others indented under the code.
        std::vector<std::string> first_line = wrap(title, style.width - display_width(prefix));
        std::string rest = title;
        if (!first_line.empty() && display_width(first_line.front()) + display_width(prefix) <= style.width) {
            out.write(prefix + first_line.front() + "\n");
            rest = title.size() > first_line.front().size() ? title.substr(first_line.front().size() + 1) : "";
        } else {
            out.write(c.soc + "\n");
        }
        for (const auto& line : wrap(rest, style.width - 2)) out.write("  " + line + "\n");
        std::string growth = "Growth " + growth_cell(c);
        if (const std::string basis = growth_basis_cell(c); !basis.empty()) growth += " (" + basis + ")";
        for (const auto& line : wrap_units({std::string(kind_cell(c)), "Median pay " + median_cell(c), growth}, " · ",
                                           style.width - 2))
            out.write("  " + line + "\n");
    }
}

void write_list_legend(const std::vector<std::string>& legend, const Style& style, Sink& out) {
    out.write("\n");
    for (const auto& paragraph : legend)
        for (const auto& line : wrap(paragraph, style.width)) out.write(style.dim(line) + "\n");
}

constexpr ListColumn kListColumns[] = {
    {"SOC"}, {"TITLE"}, {"KIND"}, {"MEDIAN PAY", true}, {"GROWTH", true}, {"PERIOD, SOURCE"},
};

constexpr ListColumn kGroupColumns[] = {
    {"GROUP"}, {"TITLE"}, {"OCCUPATIONS", true}, {"GUIDES", true},
};

}  // namespace

void render_list_text(const std::vector<CareerSummary>& careers, const Style& style, Sink& out) {
    std::vector<ListRow> rows;
    for (const auto& c : careers)
        rows.push_back({c.soc.empty() ? std::string(kNoFigure) : c.soc, c.title, std::string(kind_cell(c)),
                        median_cell(c), growth_cell(c), growth_basis_cell(c)});
    const auto lines = fitted_table(kListColumns, std::move(rows), 1, style.width, Shrink::ellipsize);
    if (!lines) {
        render_list_blocks(careers, style, out);
    } else {
        out.write(style.bold((*lines)[0]) + "\n");
        for (std::size_t i = 1; i < lines->size(); ++i) out.write((*lines)[i] + "\n");
    }
    write_list_legend(list_legend(careers), style, out);
}

Records list_records(const std::vector<CareerSummary>& careers) {
    Records records{{"id", "title", "kind", "soc", "group", "median_salary", "median_salary_at_least", "salary_basis",
                     "growth_percent", "growth_basis", "openings", "employment", "entry_education", "job_zone",
                     "has_guide"},
                    {}};
    auto text = [](const std::string& s) { return s.empty() ? Cell() : Cell(s); };
    auto count = [](const std::optional<std::int64_t>& n) { return n ? Cell(*n) : Cell(); };
    for (const auto& c : careers) {
        const bool occupation = c.kind == CareerKind::occupation;
        records.rows.push_back({
            c.id, c.title, std::string(occupation ? "occupation" : "guide"), text(c.soc), text(c.group),
            c.median_salary ? Cell(*c.median_salary) : Cell(), c.median_salary ? Cell(c.median_at_least) : Cell(),
            text(c.salary_basis), c.growth_percent ? Cell(*c.growth_percent) : Cell(), text(c.growth_basis),
            count(c.openings), count(c.employment), text(c.entry_education),
            c.job_zone ? Cell(std::int64_t{*c.job_zone}) : Cell(), occupation ? Cell(c.has_guide) : Cell(),
        });
    }
    return records;
}

std::vector<GroupCount> count_groups(const std::vector<CareerSummary>& careers) {
    std::map<std::string, GroupCount> groups;
    for (const auto& c : careers) {
        const std::string_view code = soc_group(c.soc);
        if (code.empty()) continue;
        GroupCount& group = groups[std::string(code)];
        group.code = code;
        if (c.kind == CareerKind::occupation) {
            ++group.occupations;
            if (group.title.empty()) group.title = c.group;
        } else {
            ++group.guides;
        }
    }
    std::vector<GroupCount> out;
    for (auto& [code, group] : groups) out.push_back(std::move(group));
    return out;
}

void render_groups_text(const std::vector<GroupCount>& groups, const Style& style, Sink& out) {
    std::vector<ListRow> rows;
    for (const auto& g : groups)
        rows.push_back({g.code, g.title.empty() ? std::string(kNoFigure) : g.title, std::to_string(g.occupations),
                        std::to_string(g.guides)});
    if (const auto lines = fitted_table(kGroupColumns, rows, 1, style.width, Shrink::wrap)) {
        out.write(style.bold((*lines)[0]) + "\n");
        for (std::size_t i = 1; i < lines->size(); ++i) out.write((*lines)[i] + "\n");
    } else {
        bool first = true;
        for (const auto& row : rows) {
            if (!first) out.write("\n");
            first = false;
            out.write(style.bold(row[0]) + "\n");
            out.write(wrap_indented(row[1], style.width, "  ", "  "));
            for (const auto& line : wrap_units({row[2] + " occupations", row[3] + " guides"}, " · ", style.width - 2))
                out.write("  " + line + "\n");
        }
    }
    out.write("\n");
    for (const auto& line : wrap("Titles: BLS Employment Projections 2024–34, Table 1.1. List a group's careers with "
                                 "career list --group CODE.",
                                 style.width))
        out.write(style.dim(line) + "\n");
}

Records group_records(const std::vector<GroupCount>& groups) {
    Records records{{"code", "title", "occupations", "guides"}, {}};
    for (const auto& g : groups)
        records.rows.push_back({g.code, g.title.empty() ? Cell() : Cell(g.title), std::int64_t{g.occupations},
                                std::int64_t{g.guides}});
    return records;
}

}  // namespace career
