// What an option takes is recorded where it is defined, for the completion scripts.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "cli/option_types.hpp"

using namespace career;

TEST_SUITE("completion") {

TEST_CASE("what an option takes is recorded with it, and goes with it") {
    CLI::App app;
    std::string text;
    CLI::Option* recorded = with_values(app.add_option("--recorded", text), OptionValues::Kind::file);
    CHECK(values_of(*recorded).kind == OptionValues::Kind::file);
    app.remove_option(recorded);
    // Made where the removed one was (malloc gives the freed block back, as it did when this was
    // written): it takes anything, as nothing was recorded for it.
    CLI::Option* plain = app.add_option("--plain", text);
    CHECK(values_of(*plain).kind == OptionValues::Kind::anything);
    // Recording validates nothing: any value is still taken.
    CLI::Option* directory = with_values(app.add_option("--directory", text), OptionValues::Kind::directory);
    CHECK_NOTHROW(app.parse(std::vector<std::string>{"/no/such/place", "--directory"}));
    CHECK(text == "/no/such/place");
    CHECK(values_of(*directory).kind == OptionValues::Kind::directory);
}

}  // TEST_SUITE
