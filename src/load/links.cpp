#include "load/links.hpp"

#include "load/career_cache.hpp"

namespace career {

void link_career(Career& career, const CareerIndex& index, const std::optional<std::filesystem::path>& cache_dir) {
    CatalogLinks& links = career.links;
    links = CatalogLinks{};
    links.resolved = true;
    for (const auto& id : career.job_outlook.related_roles)
        if (const IndexedCareer* found = index.by_id(id)) links.related.push_back({id, std::string(found->title)});
    if (career.soc.empty()) return;
    if (career.kind == CareerKind::occupation) {
        for (const IndexedCareer& other : index.careers)
            if (other.kind == CareerKind::guide && other.soc == career.soc)
                links.guides.push_back({std::string(other.id), std::string(other.title)});
        return;
    }
    // A SOC code names the occupation that has it as its own (CareerIndex::named).
    for (const IndexedCareer* found : index.named(career.soc)) {
        if (found->kind != CareerKind::occupation) continue;
        LoadedCareer loaded = load_career(found->path, std::string(found->id), cache_dir);
        if (loaded.career) links.occupation = std::make_shared<const Career>(std::move(*loaded.career));
        return;
    }
}

}  // namespace career
