#include "load/resolve.hpp"

#include <algorithm>

#include "load/suggest.hpp"
#include "model/text.hpp"

namespace career {

Resolution resolve_name(const IndexLoader& indexes, std::string_view name) {
    Resolution resolution;
    // Ids are lower case; "Interventional-Radiologist" still means the file.
    if (auto file = indexes.catalog().file_for_id(folded(name))) {
        resolution.file = std::move(file);
        return resolution;
    }
    // The names the cache holds answer when they name careers whose files are as they were; a name
    // they do not know is looked for in the index, scanned.
    const NameIndex& names = indexes.names();
    std::vector<const IndexedCareer*> named = names.named(name);
    if (named.empty() || !names.intact() ||
        !std::all_of(named.begin(), named.end(), [&](const IndexedCareer* career) { return names.current(career->id); }))
        named = indexes.index().named(name);
    if (named.size() == 1) {
        resolution.file = CareerFile{std::string(named.front()->id), named.front()->path};
        return resolution;
    }
    for (const IndexedCareer* career : named)
        resolution.several.push_back({std::string(career->id), std::string(career->title)});
    if (!named.empty()) return resolution;
    const CareerIndex& all = indexes.index();
    for (const IndexedCareer* career : all.containing(name))
        resolution.containing.push_back({std::string(career->id), std::string(career->title)});
    const std::vector<std::string> every_name = all.names();
    resolution.suggestion = closest_match(name, every_name);
    for (const auto& d : all.diagnostics)
        if (d.severity == Severity::error) resolution.diagnostics.push_back(d);
    return resolution;
}

}  // namespace career
