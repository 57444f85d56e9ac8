// career salary: not written yet.
#include "cli/commands.hpp"

namespace career {

void setup_salary(CLI::App&, const GlobalOptions&, int&) {}

}  // namespace career
