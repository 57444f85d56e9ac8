"""Output for scripts and terminals: the pager, and colour judged for stdout and stderr apiece."""
import os
import shutil
import tempfile

from career_run import BIN, SOURCE_DIR, CareerTestCase, clean_env, on_terminal, run

IR = "interventional-radiologist"
IR_FILE = os.path.join(SOURCE_DIR, "data", "careers", f"{IR}.toml")


class Pager(CareerTestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="career-pager-")
        self.log = os.path.join(self.dir, "paged")
        self.pager = os.path.join(self.dir, "pager")
        # Records that it ran, how many lines it was given, and the LESS it was given.
        with open(self.pager, "w") as f:
            f.write(f'#!/bin/sh\nlines=$(wc -l)\necho "PAGED $lines LESS=$LESS" >> "{self.log}"\n')
        os.chmod(self.pager, 0o755)

    def tearDown(self):
        shutil.rmtree(self.dir)

    def paged(self):
        """What the pager recorded, or None when it never ran."""
        if not os.path.exists(self.log):
            return None
        with open(self.log) as f:
            return f.read()

    def test_long_text_on_a_terminal_goes_to_the_pager(self):
        status, screen = on_terminal("show", IR, CAREER_PAGER=self.pager)
        self.assertEqual(status, 0, screen)
        lines = len(run("show", IR, "--width", "80").stdout.splitlines())
        self.assertGreater(lines, 24)
        self.assertEqual(self.paged(), f"PAGED {lines} LESS=FRX\n")
        self.assertNotIn("Frequently Asked Questions", screen)  # the pager had it, not the terminal

    def test_less_is_left_as_the_user_set_it(self):
        status, screen = on_terminal("show", IR, CAREER_PAGER=self.pager, LESS="-i")
        self.assertEqual(status, 0, screen)
        self.assertTrue(self.paged().endswith("LESS=-i\n"), self.paged())

    def test_pager_is_used_when_career_pager_is_unset(self):
        status, screen = on_terminal("show", IR, PAGER=self.pager)
        self.assertEqual(status, 0, screen)
        self.assertTrue(self.paged().startswith("PAGED "), self.paged())

    def test_no_pager_option(self):
        for args in [("--no-pager", "show", IR), ("show", IR, "--no-pager")]:
            status, screen = on_terminal(*args, CAREER_PAGER=self.pager)
            self.assertEqual(status, 0, screen)
            self.assertIn("Frequently Asked Questions", screen)
        self.assertIsNone(self.paged())

    def test_text_that_fits_is_not_paged(self):
        status, screen = on_terminal("show", IR, "--section", "summary", CAREER_PAGER=self.pager)
        self.assertEqual(status, 0, screen)
        self.assertIn("Interventional Radiologist", screen)
        self.assertIsNone(self.paged())
        # The same text on a screen too short for it is.
        lines = len(run("show", IR, "--section", "summary", "--width", "80").stdout.splitlines())
        on_terminal("show", IR, "--section", "summary", rows=lines - 1, CAREER_PAGER=self.pager)
        self.assertEqual(self.paged(), f"PAGED {lines} LESS=FRX\n")

    def test_empty_or_cat_career_pager_means_no_pager_and_overrides_pager(self):
        for value in ["", "cat"]:
            status, screen = on_terminal("show", IR, CAREER_PAGER=value, PAGER=self.pager)
            self.assertEqual(status, 0, screen)
            self.assertIn("Frequently Asked Questions", screen)
        status, screen = on_terminal("show", IR, PAGER="")
        self.assertIn("Frequently Asked Questions", screen)
        self.assertIsNone(self.paged())

    def test_never_in_a_pipe(self):
        result = self.assertRuns(run("show", IR, CAREER_PAGER=self.pager, PAGER=self.pager))
        self.assertIn("Frequently Asked Questions", result.stdout)
        self.assertIsNone(self.paged())

    def test_lines_when_the_terminal_does_not_say(self):
        status, screen = on_terminal("show", IR, rows=0, cols=0, CAREER_PAGER=self.pager)
        self.assertEqual(status, 0, screen)
        self.assertIsNone(self.paged())
        status, screen = on_terminal("show", IR, rows=0, cols=0, CAREER_PAGER=self.pager, LINES="30")
        self.assertEqual(status, 0, screen)
        self.assertTrue(self.paged().startswith("PAGED "), self.paged())

    def test_a_pager_that_cannot_run_falls_back_to_the_terminal(self):
        status, screen = on_terminal("show", IR, CAREER_PAGER=os.path.join(self.dir, "no-such-pager"))
        self.assertEqual(status, 0, screen)
        self.assertIn("Frequently Asked Questions", screen)

    def test_quitting_the_pager_early_ends_quietly(self):
        # Reads one line and goes, as a user quitting less on the first screen.
        status, screen = on_terminal("show", IR, "--color=never", CAREER_PAGER="head -n 1")
        self.assertEqual(status, 0, screen)
        self.assertEqual(screen, "Interventional Radiologist\n")
        # Reads nothing at all: a write after it has gone is a broken pipe (the unit tests make sure of
        # one with more text than a pipe holds).
        status, screen = on_terminal("show", IR, "--width", "20", CAREER_PAGER="exec 0<&-; sleep 0.1")
        self.assertEqual((status, screen), (0, ""))


class ColourEnvironment(CareerTestCase):
    def test_clicolor_force_colours_a_pipe(self):
        self.assertIn("\x1b[", self.assertRuns(run("show", IR, CLICOLOR_FORCE="1")).stdout)
        self.assertIn("\x1b[", self.assertRuns(run("show", IR, CLICOLOR_FORCE="1", TERM="dumb")).stdout)

    def test_clicolor_force_zero_or_empty_does_not(self):
        for value in ["0", ""]:
            self.assertNotIn("\x1b[", self.assertRuns(run("show", IR, CLICOLOR_FORCE=value)).stdout)

    def test_no_color_and_color_never_win_over_clicolor_force(self):
        self.assertNotIn("\x1b[", self.assertRuns(run("show", IR, NO_COLOR="1", CLICOLOR_FORCE="1")).stdout)
        self.assertNotIn("\x1b[", self.assertRuns(run("show", IR, "--color=never", CLICOLOR_FORCE="1")).stdout)

    def test_color_always_wins_over_no_color(self):
        self.assertIn("\x1b[", self.assertRuns(run("show", IR, "--color=always", NO_COLOR="1")).stdout)


class StderrColour(CareerTestCase):
    def setUp(self):
        # A career with an unknown key, which is a warning, beside one that does not parse: an error.
        self.dir = tempfile.mkdtemp(prefix="career-stderr-")
        with open(IR_FILE) as f:
            text = f.read()
        with open(os.path.join(self.dir, "odd.toml"), "w") as f:
            f.write("colour_scheme = 1\n" + text)
        with open(os.path.join(self.dir, "broken.toml"), "w") as f:
            f.write('title = "Broken\n')
        self.out = os.path.join(self.dir, "out")

    def tearDown(self):
        shutil.rmtree(self.dir)

    def test_plain_in_a_pipe(self):
        result = run("show", "nosuch")
        self.assertEqual(result.returncode, 66)
        self.assertTrue(result.stderr.startswith("career: no career named 'nosuch'"), result.stderr)
        result = run("list", "--data-dir", self.dir)
        self.assertIn(": error: ", result.stderr)
        self.assertIn(": warning: ", result.stderr)
        self.assertNotIn("\x1b[", result.stderr)

    def test_clicolor_force_colours_stderr(self):
        result = run("show", "nosuch", CLICOLOR_FORCE="1")
        self.assertTrue(result.stderr.startswith("\x1b[1mcareer:\x1b[0m no career named"), result.stderr)
        result = run("list", "--data-dir", self.dir, CLICOLOR_FORCE="1")
        self.assertIn(": \x1b[1;31merror:\x1b[0m ", result.stderr)
        self.assertIn(": \x1b[1;33mwarning:\x1b[0m colour_scheme: unknown key", result.stderr)
        self.assertNotIn("\x1b[", run("show", "nosuch", "--color=never", CLICOLOR_FORCE="1").stderr)
        self.assertNotIn("\x1b[", run("show", "nosuch", NO_COLOR="1", CLICOLOR_FORCE="1").stderr)

    def test_color_option_applies_to_stderr_wherever_it_is_given(self):
        for args in [("--color=always", "show", "nosuch"), ("show", "nosuch", "--color", "always"),
                     ("--color=always", "no-such-command")]:
            self.assertIn("\x1b[1mcareer:\x1b[0m", run(*args).stderr, args)

    def test_stderr_on_a_terminal_stdout_in_a_file(self):
        status, screen = on_terminal("show", "odd", "--section", "salary", "--data-dir", self.dir,
                                     stdout=self.out, rows=60)
        self.assertEqual(status, 0, screen)
        self.assertIn("\x1b[1;33mwarning:\x1b[0m", screen)
        with open(self.out) as f:
            out = f.read()
        self.assertIn("$475,000", out)
        self.assertNotIn("\x1b[", out)

    def test_stdout_on_a_terminal_stderr_in_a_file(self):
        status, screen = on_terminal("show", "odd", "--section", "salary", "--data-dir", self.dir,
                                     stderr=self.out, rows=60)
        self.assertEqual(status, 0, screen)
        self.assertIn("\x1b[", screen)
        self.assertIn("$475,000", screen)
        with open(self.out) as f:
            err = f.read()
        self.assertIn(": warning: colour_scheme: unknown key", err)
        self.assertNotIn("\x1b[", err)

    def test_on_a_terminal_unless_no_color_or_dumb(self):
        self.assertIn("\x1b[1mcareer:\x1b[0m", on_terminal("show", "nosuch")[1])
        self.assertNotIn("\x1b[", on_terminal("show", "nosuch", NO_COLOR="1")[1])
        self.assertNotIn("\x1b[", on_terminal("show", "nosuch", TERM="dumb")[1])
