// career pros-cons: not written yet.
#include "cli/commands.hpp"

namespace career {

void setup_pros_cons(CLI::App&, const GlobalOptions&, int&) {}

}  // namespace career
