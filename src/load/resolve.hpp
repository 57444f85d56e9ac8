#pragma once
// Which file a name given on the command line is: the one function every command that names a
// career goes through.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/catalog.hpp"
#include "load/index.hpp"

namespace career {

struct CareerName {
    std::string id;
    std::string title;
};

struct Resolution {
    std::optional<CareerFile> file;             // the one career `name` names
    std::vector<CareerName> several;            // the careers it names, when it names more than one
    std::vector<CareerName> containing;         // when it names none: those whose id, title or alias contain it
    std::optional<std::string> suggestion;      // when it names none: a near id, title or alias
    std::vector<Diagnostic> diagnostics;        // when it names none: the catalog's errors (a broken file may be why)
};

// An id (in any case) opens ID.toml alone, without the index; a title in any case, an alias or a
// SOC code is looked up in the names (IndexLoader::names), and in the whole index when they cannot
// answer.
Resolution resolve_name(const IndexLoader& indexes, std::string_view name);

}  // namespace career
