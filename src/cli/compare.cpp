// career compare: not written yet.
#include "cli/commands.hpp"

namespace career {

void setup_compare(CLI::App&, const GlobalOptions&, int&) {}

}  // namespace career
