#pragma once
// What naming a career and linking it need of the catalog as a whole: each career's id, title,
// aliases, kind and SOC code. Two things answer it: the index, brought up to date by a scan now
// (CareerIndex, load/index.hpp), and the names file the last scan left (NameFile,
// load/name_file.hpp), read in place without a scan.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "load/cache_file.hpp"
#include "model/summary.hpp"

namespace career {

// What the index holds of one good career file. The texts are views into the index that holds it
// (a cache file as read, or what was parsed now).
struct IndexedCareer {
    std::string_view id, title;
    std::vector<std::string_view> aliases;
    CareerKind kind = CareerKind::guide;
    std::string_view soc;
    std::string path;
    std::string_view details;  // the rest of its summary, encoded: summary() decodes it; empty in a NameFile
    std::optional<FileStamp> stamp;  // its file's, when the index was made

    // The summary `list` shows and filters: decoded when asked for, as only `list` needs it.
    CareerSummary summary() const;
};

class NameIndex {
public:
    virtual ~NameIndex() = default;

    // The career with this id, if it is a good one.
    virtual const IndexedCareer* by_id(std::string_view id) const = 0;
    // The occupation whose SOC code `name` is; else the careers whose title or an alias `name` is,
    // in any case. By id.
    virtual std::vector<const IndexedCareer*> named(std::string_view name) const = 0;
    // The guides that refer to the occupation of SOC code `soc`, by id.
    virtual std::vector<const IndexedCareer*> guides_about(std::string_view soc) const = 0;
    // Whether what this index says of the career file `id` (good, with errors, or none) still holds:
    // a scan's index always; the names file while the file is as it was when written (a file
    // changed in place leaves its directory as it was).
    virtual bool current(std::string_view id) const = 0;
    // Whether all it was asked so far was read whole: false once a part of a names file is found
    // damaged, when an answer may lack careers and the scan must answer instead.
    virtual bool intact() const { return true; }

protected:
    // Only whole indexes are copied or moved, never one through this base.
    NameIndex() = default;
    NameIndex(const NameIndex&) = default;
    NameIndex(NameIndex&&) noexcept = default;
    NameIndex& operator=(const NameIndex&) = default;
    NameIndex& operator=(NameIndex&&) noexcept = default;
};

// Of `careers` (by id, and each at most once), those named() returns for `name`.
std::vector<const IndexedCareer*> careers_named(std::span<const IndexedCareer* const> careers, std::string_view name);
// Of `careers` (by id, and each at most once), those guides_about() returns for `soc`.
std::vector<const IndexedCareer*> guides_of(std::span<const IndexedCareer* const> careers, std::string_view soc);

}  // namespace career
