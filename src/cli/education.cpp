// career education: not written yet.
#include "cli/commands.hpp"

namespace career {

void setup_education(CLI::App&, const GlobalOptions&, int&) {}

}  // namespace career
