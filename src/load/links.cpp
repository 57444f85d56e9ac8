#include "load/links.hpp"

#include "load/career_cache.hpp"

namespace career {

namespace {

// Links through `names`; false when a career it used is not as `names` says (NameIndex::current), or
// `names` could not be read whole (NameIndex::intact).
bool link_through(Career& career, const NameIndex& names, const std::optional<std::filesystem::path>& cache_dir) {
    CatalogLinks& links = career.links;
    links = CatalogLinks{};
    links.resolved = true;
    for (const auto& id : career.job_outlook.related_roles) {
        if (!names.current(id)) return false;
        if (const IndexedCareer* found = names.by_id(id)) links.related.push_back({id, std::string(found->title)});
    }
    if (career.soc.empty()) return names.intact();
    if (career.kind == CareerKind::occupation) {
        for (const IndexedCareer* guide : names.guides_about(career.soc)) {
            if (!names.current(guide->id)) return false;
            links.guides.push_back({std::string(guide->id), std::string(guide->title)});
        }
        return names.intact();
    }
    // A SOC code names the occupation that has it as its own (NameIndex::named).
    for (const IndexedCareer* found : names.named(career.soc)) {
        if (found->kind != CareerKind::occupation) continue;
        if (!names.current(found->id)) return false;
        LoadedCareer loaded = load_career(found->path, std::string(found->id), cache_dir);
        if (loaded.career) links.occupation = std::make_shared<const Career>(std::move(*loaded.career));
        return true;
    }
    return names.intact();
}

}  // namespace

void link_career(Career& career, const IndexLoader& indexes) {
    if (!link_through(career, indexes.names(), indexes.cache_dir()))
        link_through(career, indexes.index(), indexes.cache_dir());
}

}  // namespace career
