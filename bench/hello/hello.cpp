// Parses its command line with CLI11 and prints with fmt; toml++ is called only when given a file,
// so that the library is linked and loaded, as career's is, but no time is spent in it.
#include <CLI/CLI.hpp>
#include <fmt/core.h>
#include <toml++/toml.h>

int main(int argc, char** argv) {
    CLI::App app{"hello"};
    std::string file;
    app.add_option("file", file);
    CLI11_PARSE(app, argc, argv);
    if (!file.empty()) fmt::print("{} keys\n", toml::parse_file(file).size());
    fmt::print("hello, world\n");
}
