// career faq: not written yet.
#include "cli/commands.hpp"

namespace career {

void setup_faq(CLI::App&, const GlobalOptions&, int&) {}

}  // namespace career
