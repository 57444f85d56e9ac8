#pragma once
// A career with what the catalog around it says (Career::links): the related roles that name a
// career, a guide's occupation (found by its SOC code through the index, and read from its one
// file through the parsed careers kept in the cache) and the guides about an occupation. Filled
// in before a career is shown, so that rendering needs no index and never prints a `career show`
// command that would fail.
#include "load/index.hpp"
#include "model/career.hpp"

namespace career {

// Through the names (IndexLoader::names) where every career it uses is as they say, else through the
// whole index.
void link_career(Career& career, const IndexLoader& indexes);

}  // namespace career
