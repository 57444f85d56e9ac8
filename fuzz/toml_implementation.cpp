// toml++'s implementation, compiled once into the fuzz target with its instrumentation, so that the
// fuzzer sees the parser's branches and AddressSanitizer its memory (CMakeLists.txt, CAREER_FUZZ).
#define TOML_IMPLEMENTATION
#include <toml++/toml.h>
