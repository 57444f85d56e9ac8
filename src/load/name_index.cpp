#include "load/name_index.hpp"

#include <algorithm>

#include "model/text.hpp"

namespace career {

std::vector<const IndexedCareer*> careers_named(std::span<const IndexedCareer* const> careers, std::string_view name) {
    std::vector<const IndexedCareer*> found;
    // A SOC code names the occupation that has it as its own; the guides about it only refer to it.
    for (const IndexedCareer* career : careers)
        if (career->kind == CareerKind::occupation && career->soc == name) found.push_back(career);
    if (!found.empty()) return found;
    for (const IndexedCareer* career : careers)
        if (equal_folded(career->title, name) ||
            std::any_of(career->aliases.begin(), career->aliases.end(),
                        [&](std::string_view alias) { return equal_folded(alias, name); }))
            found.push_back(career);
    return found;
}

std::vector<const IndexedCareer*> guides_of(std::span<const IndexedCareer* const> careers, std::string_view soc) {
    std::vector<const IndexedCareer*> found;
    for (const IndexedCareer* career : careers)
        if (career->kind == CareerKind::guide && !soc.empty() && career->soc == soc) found.push_back(career);
    return found;
}

}  // namespace career
