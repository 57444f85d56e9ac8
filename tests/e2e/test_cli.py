"""The command line itself: usage errors, exit statuses, suggestions, help, version, paths."""
import os
import tempfile

from career_run import CareerTestCase, run


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


class UnknownCareer(CareerTestCase):
    def test_misspelled_career_exits_66_with_a_suggestion(self):
        result = self.assertRuns(run("show", "interventional-radiolgist"), 66)
        self.assertIn("no career named 'interventional-radiolgist'; did you mean 'interventional-radiologist'?",
                      result.stderr)
        self.assertEqual(result.stdout, "")

    def test_misspelled_title(self):
        result = self.assertRuns(run("show", "Interventional Radiolgist"), 66)
        self.assertIn("did you mean 'Interventional Radiologist'?", result.stderr)

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
            self.assertEqual(len(lines), 6, out)
            self.assertIn("shipped", lines[0])
            self.assertNotIn("missing", lines[0])
            self.assertTrue(lines[1].startswith("/b/career/careers"), out)
            self.assertTrue(lines[2].startswith("/a/career/careers"), out)
            self.assertTrue(lines[3].startswith(os.path.join(home, "career", "careers")), out)
            self.assertTrue(lines[4].startswith(env_dir) and lines[4].endswith("(missing)"), out)
            self.assertTrue(lines[5].startswith(cli_dir) and not lines[5].endswith("(missing)"), out)
