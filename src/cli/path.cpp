// career path: not written yet.
#include "cli/commands.hpp"

namespace career {

void setup_path(CLI::App&, const GlobalOptions&, int&) {}

}  // namespace career
