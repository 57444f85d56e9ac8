#pragma once
// A career with what the catalog around it says (Career::links): the related roles that name a
// career, a guide's occupation (found by its SOC code through the index, and read from its one
// file through the parsed careers kept in `cache_dir`) and the guides about an occupation. Filled
// in before a career is shown, so that rendering needs no index and never prints a `career show`
// command that would fail.
#include <filesystem>
#include <optional>

#include "load/index.hpp"
#include "model/career.hpp"

namespace career {

void link_career(Career& career, const CareerIndex& index, const std::optional<std::filesystem::path>& cache_dir);

}  // namespace career
