// The completion scripts come from the CLI11 tree they are given: here a small one built by the
// test, not the program's (tests/e2e/test_completion.py runs the program's in each shell).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "cli/completion_spec.hpp"
#include "cli/option_types.hpp"

using namespace career;

namespace {

enum class Flavour { vanilla, chocolate };
constexpr Named<Flavour> kFlavours[] = {{"vanilla", Flavour::vanilla}, {"chocolate", Flavour::chocolate}};
enum class Topping { honey, sprinkles };
constexpr Named<Topping> kToppings[] = {{"honey", Topping::honey}, {"sprinkles", Topping::sprinkles}};

// A program with a global option, a command with an alias, options and arguments, and a hidden
// command; made as app.cpp makes career's.
struct Bakery {
    CLI::App app{"A bakery", "career"};
    std::vector<std::string> dirs, words, cakes;
    std::string name;
    Flavour flavour{};
    std::vector<Topping> toppings;
    int count = 0;
    bool loud = false;
    CLI::App* bake = nullptr;

    Bakery() {
        app.set_help_flag("-h,--help", "Print help and exit");
        with_values(app.add_option("--data-dir", dirs, "Also read careers from this directory"),
                    OptionValues::Kind::directory)
            ->type_name("DIR")
            ->expected(1)
            ->take_all();
        bake = app.add_subcommand("bake", "Bake a cake");
        bake->alias("cook");
        add_choice_option(*bake, "--flavour", flavour, "The flavour", std::span<const Named<Flavour>>(kFlavours),
                          "flavour")
            ->type_name("FLAVOUR");
        bake->add_option("--count", count, "How many")->type_name("N");
        bake->add_flag("--loud", loud, "Say so");
        with_values(bake->add_option("career", name, "A career"), OptionValues::Kind::career)->type_name("CAREER");
        bake->add_option("words", words, "Words")->type_name("WORD");
        app.add_subcommand("__secret", "Hidden")->group("");
    }

    // What the test adds: a command, an alias, an option and its values.
    void add_decorate() {
        CLI::App* decorate = app.add_subcommand("decorate", "Decorate a cake");
        decorate->alias("ice");
        add_choice_option(*decorate, "--topping", toppings, "Toppings, comma-separated",
                          std::span<const Named<Topping>>(kToppings), "topping")
            ->type_name("TOPPING")
            ->delimiter(',');
        with_values(decorate->add_option("cakes", cakes, "One to three careers"), OptionValues::Kind::career)
            ->type_name("CAREER")
            ->expected(1, 3);
    }
};

const CompletedOption* find_option(const std::vector<CompletedOption>& options, const std::string& name) {
    for (const auto& option : options)
        for (const auto& one : option.names)
            if (one == name) return &option;
    return nullptr;
}

std::vector<std::string> scripts_of(const CLI::App& app) {
    const CompletionSpec spec = completion_spec(app);
    return {bash_completion(spec), zsh_completion(spec), fish_completion(spec)};
}

}  // namespace

TEST_SUITE("completion") {

TEST_CASE("the spec holds the visible commands, their options and arguments, and the global options") {
    Bakery bakery;
    const CompletionSpec spec = completion_spec(bakery.app);

    REQUIRE(spec.commands.size() == 1);  // not __secret
    const CompletedCommand& bake = spec.commands.front();
    CHECK(bake.names == std::vector<std::string>{"bake", "cook"});
    CHECK(bake.description == "Bake a cake");

    const CompletedOption* help = find_option(spec.options, "--help");
    REQUIRE(help);
    CHECK(help->names == std::vector<std::string>{"--help", "-h"});
    CHECK(help->alone);
    CHECK_FALSE(help->takes_value);
    const CompletedOption* data_dir = find_option(spec.options, "--data-dir");
    REQUIRE(data_dir);
    CHECK(data_dir->takes_value);
    CHECK(data_dir->repeatable);
    CHECK(data_dir->values.kind == OptionValues::Kind::directory);

    // The command's own options: not its --help, which the global one stands for.
    CHECK_FALSE(find_option(bake.options, "--help"));
    const CompletedOption* flavour = find_option(bake.options, "--flavour");
    REQUIRE(flavour);
    CHECK(flavour->values.kind == OptionValues::Kind::one_of);
    CHECK(flavour->values.names == std::vector<std::string>{"vanilla", "chocolate"});
    CHECK(flavour->value_name == "FLAVOUR");
    CHECK_FALSE(flavour->list);
    const CompletedOption* count = find_option(bake.options, "--count");
    REQUIRE(count);
    CHECK(count->takes_value);
    CHECK(count->values.kind == OptionValues::Kind::anything);
    const CompletedOption* loud = find_option(bake.options, "--loud");
    REQUIRE(loud);
    CHECK_FALSE(loud->takes_value);

    REQUIRE(bake.arguments.size() == 2);
    CHECK(bake.arguments[0].name == "CAREER");
    CHECK(bake.arguments[0].values.kind == OptionValues::Kind::career);
    CHECK(bake.arguments[0].first == 0);
    CHECK(bake.arguments[0].end == 1u);
    CHECK(bake.arguments[1].values.kind == OptionValues::Kind::anything);
    CHECK(bake.arguments[1].first == 1);
    CHECK_FALSE(bake.arguments[1].end);  // to the end of the line

    CHECK(spec.value_options() == std::vector<std::string>{"--data-dir", "--flavour", "--count"});
    CHECK(spec.command_words() == std::vector<std::string>{"bake", "cook"});
}

TEST_CASE("a comma-separated option and a bounded number of arguments") {
    Bakery bakery;
    bakery.add_decorate();
    const CompletionSpec spec = completion_spec(bakery.app);
    REQUIRE(spec.commands.size() == 2);
    const CompletedCommand& decorate = spec.commands[1];
    const CompletedOption* topping = find_option(decorate.options, "--topping");
    REQUIRE(topping);
    CHECK(topping->list);
    CHECK(topping->values.names == std::vector<std::string>{"honey", "sprinkles"});
    REQUIRE(decorate.arguments.size() == 1);
    CHECK(decorate.arguments[0].first == 0);
    CHECK(decorate.arguments[0].end == 3u);
}

TEST_CASE("a command and an option added to the tree are in each shell's script; a hidden command is not") {
    Bakery bakery;
    for (const std::string& script : scripts_of(bakery.app)) {
        CHECK(script.find("decorate") == std::string::npos);
        CHECK(script.find("topping") == std::string::npos);
        CHECK(script.find("honey") == std::string::npos);
        CHECK(script.find("vanilla chocolate") != std::string::npos);
        CHECK(script.find("flavour") != std::string::npos);
        CHECK(script.find("loud") != std::string::npos);
        CHECK(script.find("cook") != std::string::npos);
    }
    bakery.add_decorate();
    const std::vector<std::string> scripts = scripts_of(bakery.app);
    const char* shells[] = {"bash", "zsh", "fish"};
    for (std::size_t i = 0; i < scripts.size(); ++i) {
        CAPTURE(shells[i]);
        const std::string& script = scripts[i];
        CHECK(script.find("decorate") != std::string::npos);
        CHECK(script.find("ice") != std::string::npos);
        CHECK(script.find("topping") != std::string::npos);
        CHECK(script.find("honey sprinkles") != std::string::npos);
        CHECK(script.find("__secret") == std::string::npos);
    }
    // Each in the form its shell reads.
    CHECK(scripts[0].find("decorate | ice)") != std::string::npos);
    CHECK(scripts[0].find("--topping) _career_list 'honey sprinkles'; return 0 ;;") != std::string::npos);
    CHECK(scripts[1].find("'ice:Decorate a cake (alias of decorate)'") != std::string::npos);
    CHECK(scripts[1].find("'*--topping=[Toppings, comma-separated]:topping:_values -s , topping honey sprinkles'") !=
          std::string::npos);
    CHECK(scripts[2].find("complete -c career -n '__career_using decorate ice' -l topping -x "
                          "-a '(__fish_append , honey sprinkles)'") != std::string::npos);
}

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
