// career skills: not written yet.
#include "cli/commands.hpp"

namespace career {

void setup_skills(CLI::App&, const GlobalOptions&, int&) {}

}  // namespace career
