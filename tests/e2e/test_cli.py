"""The command line itself: usage errors, exit statuses, suggestions, help, version, paths."""
import json
import os
import re
import tempfile

from career_run import GUIDES_DIR, CareerTestCase, listed_commands, run, section_names


class UsageErrors(CareerTestCase):
    def test_unknown_option_exits_2(self):
        result = self.assertRuns(run("--no-such-option"), 2)
        self.assertIn("unknown option '--no-such-option'", result.stderr)
        self.assertEqual(result.stdout, "")

    def test_misspelled_command_gets_did_you_mean(self):
        result = self.assertRuns(run("shwo", "IR"), 2)
        self.assertIn("did you mean 'show'?", result.stderr)

    def test_missing_argument_exits_2(self):
        self.assertRuns(run("show"), 2)

    def test_no_command_lists_the_commands_and_where_to_learn_more(self):
        for args in [(), ("--width", "60")]:
            result = self.assertRuns(run(*args), 2)
            self.assertTrue(result.stdout.startswith("usage: career COMMAND"), result.stdout)
            for command in ["show", "list", "salary", "compare", "search", "validate", "help"]:
                self.assertRegex(result.stdout, rf"\n  {command} +\S")
            self.assertIn("'career help COMMAND' explains a command", result.stdout)
            self.assertNotIn("__complete", result.stdout)

    def test_bad_option_value_exits_2(self):
        self.assertRuns(run("show", "IR", "--color=sometimes"), 2)
        self.assertRuns(run("show", "IR", "--width", "5"), 2)

    def test_unsupported_format_names_the_supported_ones(self):
        result = self.assertRuns(run("show", "IR", "--format", "tsv"), 2)
        self.assertIn("supports: text", result.stderr)


# A valid call of each command, to which a mistake is added (validate one file: every data directory
# would be the whole catalog, a second's work that proves nothing more here).
VALID_CALLS = {
    "show": ["IR"], "list": [], "salary": ["IR"], "education": ["IR"], "timeline": ["IR"], "ladder": ["IR"], "path": ["IR"],
    "tiers": ["IR"], "day": ["IR"], "skills": ["IR"], "pros-cons": ["IR"], "faq": ["IR"], "compare": ["IR", "RN"],
    "search": ["nurse"], "paths": [], "groups": [], "validate": [os.path.join(GUIDES_DIR, "registered-nurse.toml")],
    "new": ["x", "--output", "-"], "completion": ["bash"],
    "help": ["show"],
}


# The commands that show one view of each career they are given.
CAREER_VIEWS = ("show", "education", "timeline", "ladder", "path", "tiers", "day", "skills", "pros-cons")


def every_command_name():
    """Every command and alias `career --help` lists."""
    return [name for command, aliases in listed_commands().items() for name in [command, *aliases]]


class NothingTypedIsDropped(CareerTestCase):
    def test_every_command_is_tried_here(self):
        self.assertEqual(sorted(every_command_name()), sorted(VALID_CALLS))

    def test_an_unknown_option_is_a_usage_error_naming_it_on_every_command(self):
        for command, args in VALID_CALLS.items():
            with self.subTest(command=command):
                self.assertRuns(run(command, *args))
                for placed in [[command, *args, "--no-such-option"], [command, "--no-such-option", *args]]:
                    result = self.assertRuns(run(*placed), 2)
                    self.assertIn("no option '--no-such-option'", result.stderr)
                    self.assertEqual(result.stdout, "")

    def test_a_close_option_gets_did_you_mean(self):
        for args, wrong, right in [(["list"], "--min-salry", "--min-salary"), (["validate"], "--strcit", "--strict"),
                                   (["search", "nurse"], "--limt", "--limit"), (["show", "IR"], "--secton", "--section"),
                                   (["show", "IR"], "--widht", "--width")]:
            with self.subTest(wrong=wrong):
                result = self.assertRuns(run(*args, wrong, "1"), 2)
                self.assertIn(f"no option '{wrong}'; did you mean '{right}'?", result.stderr)

    def test_a_surplus_argument_is_a_usage_error_naming_it(self):
        for command, args in VALID_CALLS.items():
            if command in ("salary", "compare", "search", "validate", "faq") + CAREER_VIEWS:
                continue  # these take any number of words
            with self.subTest(command=command):
                result = self.assertRuns(run(command, *args, "surplus-word"), 2)
                self.assertIn("'surplus-word'", result.stderr)
                self.assertEqual(result.stdout, "")

    def test_a_word_too_many_for_a_view_is_a_career_it_names(self):
        for command in CAREER_VIEWS:
            with self.subTest(command=command):
                result = self.assertRuns(run(command, "IR", "surplus-word"), 66)
                self.assertIn("no career named 'surplus-word'", result.stderr)
                self.assertEqual(result.stdout, "")

    def test_words_of_a_title_without_quotes_are_the_title(self):
        for command in CAREER_VIEWS:
            with self.subTest(command=command):
                quoted = self.assertRuns(run(command, "nurse practitioner")).stdout
                self.assertEqual(self.assertRuns(run(command, "nurse", "practitioner")).stdout, quoted)
        result = self.assertRuns(run("day", "nurse", "practitonier"), 66)
        self.assertIn("no career named 'nurse practitonier'; did you mean 'Nurse Practitioner'?", result.stderr)

    def test_several_careers_are_shown_one_after_another(self):
        both = self.assertRuns(run("education", "RN", "NP")).stdout
        self.assertIn("Registered Nurse", both)
        self.assertIn("Nurse Practitioner", both)
        self.assertLess(both.index("Registered Nurse"), both.index("Nurse Practitioner"))
        documents = json.loads(self.assertRuns(run("day", "RN", "NP", "--format", "json")).stdout)
        self.assertEqual([d["id"] for d in documents], ["registered-nurse", "nurse-practitioner"])
        # Sections of several careers each say whose they are; of one, the title is left out.
        shown = self.assertRuns(run("show", "RN", "NP", "--section", "salary")).stdout
        self.assertTrue(shown.startswith("Registered Nurse\n================\n"), shown[:60])
        self.assertIn("\nNurse Practitioner\n==================\n", shown)
        one = self.assertRuns(run("show", "RN", "--section", "salary")).stdout
        self.assertTrue(one.startswith("Annual Salary"), one[:60])

    def test_global_options_go_before_or_after_the_command(self):
        before = self.assertRuns(run("--width", "50", "--format", "json", "show", "IR", "--section", "salary"))
        after = self.assertRuns(run("show", "IR", "--section", "salary", "--width", "50", "--format", "json"))
        self.assertEqual(before.stdout, after.stdout)
        self.assertTrue(before.stdout.startswith("{"))

    def test_a_value_that_is_not_a_number_says_what_is_expected(self):
        result = self.assertRuns(run("list", "--min-salary", "200k"), 2)
        self.assertIn("expected a whole number of dollars, e.g. 200000", result.stderr)
        result = self.assertRuns(run("list", "--max-training-years", "4.5"), 2)
        self.assertIn("expected a whole number of years", result.stderr)

    def test_a_section_that_is_the_start_of_one_gets_did_you_mean_and_the_list(self):
        result = self.assertRuns(run("show", "IR", "--section", "pros"), 2)
        self.assertIn("did you mean 'pros-cons'?", result.stderr)
        names = section_names()  # as `career show --help` lists them
        self.assertIn("skills", names)  # an occupation's section as well as a guide's
        self.assertIn(f"(one of: {', '.join(names[:-1])} or {names[-1]})", result.stderr)

    def test_a_sort_key_that_is_none_names_the_valid_keys(self):
        result = self.assertRuns(run("list", "--sort", "pay"), 2)
        self.assertIn("(one of: id, title, median", result.stderr)
        # The same figure has the same key in list and salary.
        self.assertRuns(run("list", "--sort", "median"))
        self.assertRuns(run("salary", "IR", "RN", "--sort", "median"))

    def test_a_missing_career_names_the_usage(self):
        result = self.assertRuns(run("show"), 2)
        self.assertIn("'career show' needs a CAREER; usage: career show CAREER... [--section NAME]...", result.stderr)


class UnknownCareer(CareerTestCase):
    def test_misspelled_career_exits_66_with_a_suggestion(self):
        result = self.assertRuns(run("show", "interventional-radiolgist"), 66)
        self.assertIn("no career named 'interventional-radiolgist'; did you mean 'interventional-radiologist'?",
                      result.stderr)
        self.assertEqual(result.stdout, "")

    def test_misspelled_title(self):
        result = self.assertRuns(run("show", "Interventional Radiolgist"), 66)
        self.assertIn("did you mean 'Interventional Radiologist'?", result.stderr)

    def test_part_of_a_name_lists_the_careers_that_have_it_and_points_to_search(self):
        for part, first in [("nurse", "nurse-anesthetists (Nurse Anesthetists)"),
                            ("therapist", "therapists-all-other (Therapists, All Other)"),
                            ("radiolog", "radiologic-technologists-and-technicians (Radiologic Technologists and Technicians)")]:
            with self.subTest(part=part):
                result = self.assertRuns(run("show", part), 66)
                self.assertIn(f"no career named '{part}'; these have it in their names: {first}", result.stderr)
                self.assertIn(f"career search {part} finds careers by the words in them", result.stderr)
                self.assertEqual(result.stdout, "")
        # A name that begins with the part comes before one that only has it in an alias.
        listed = self.assertRuns(run("show", "nurse"), 66).stderr
        self.assertLess(listed.index("registered-nurses"), listed.index("epidemiologists"))

    def test_a_name_is_never_a_path(self):
        with tempfile.TemporaryDirectory() as outside:
            data = os.path.join(outside, "data")
            os.mkdir(data)
            # A perfectly good career file just outside the data directory.
            with open(os.path.join(outside, "secret.toml"), "w") as f:
                f.write('title = "Secret"\nsummary = "Should never be read."\n')
            for name in ["../secret", "../secret.toml", os.path.join(outside, "secret"), "x/../../secret",
                         "/etc/passwd", "../../../../../../etc/passwd", "secret\n", "."]:
                result = run("show", name, "--data-dir", data)
                self.assertEqual(result.returncode, 66, name)
                self.assertNotIn("Secret", result.stdout + result.stderr, name)


class HelpAndVersion(CareerTestCase):
    def test_help_lists_the_commands(self):
        out = self.assertRuns(run("--help")).stdout
        for command in ["show", "list", "paths", "help"]:
            self.assertIn(command, out)

    def test_help_command_is_command_help(self):
        via_help = self.assertRuns(run("help", "show")).stdout
        via_flag = self.assertRuns(run("show", "--help")).stdout
        self.assertEqual(via_help, via_flag)
        self.assertIn("--section", via_help)
        self.assertIn("core-functions", via_help)

    def test_help_for_an_unknown_command(self):
        result = self.assertRuns(run("help", "sho"), 2)
        self.assertIn("did you mean 'show'?", result.stderr)

    def test_version(self):
        self.assertRegex(self.assertRuns(run("--version")).stdout, r"^career \d+\.\d+\.\d+\n$")


class Paths(CareerTestCase):
    def test_order_and_existence(self):
        with tempfile.TemporaryDirectory() as tmp:
            env_dir = os.path.join(tmp, "from-env")
            cli_dir = os.path.join(tmp, "from-cli")
            os.mkdir(cli_dir)
            home = os.path.join(tmp, "home")
            out = self.assertRuns(run("paths", "--data-dir", cli_dir, CAREER_PATH=env_dir,
                                      XDG_DATA_HOME=home, XDG_DATA_DIRS="/a:/b")).stdout
            lines = out.splitlines()
            self.assertEqual(len(lines), 7, out)
            # Both shipped directories, the catalog of occupations then the guides; each directory
            # read overrides the ones before it.
            for line, directory in zip(lines[:2], ["occupations", "careers"]):
                self.assertRegex(line, rf"^\S*/data/{directory} +shipped$", out)
            self.assertTrue(lines[2].startswith("/b/career/careers"), out)
            self.assertTrue(lines[3].startswith("/a/career/careers"), out)
            self.assertTrue(lines[4].startswith(os.path.join(home, "career", "careers")), out)
            self.assertTrue(lines[5].startswith(env_dir) and lines[5].endswith("(missing)"), out)
            self.assertTrue(lines[6].startswith(cli_dir) and not lines[6].endswith("(missing)"), out)
