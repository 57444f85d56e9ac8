// career day: not written yet.
#include "cli/commands.hpp"

namespace career {

void setup_day(CLI::App&, const GlobalOptions&, int&) {}

}  // namespace career
