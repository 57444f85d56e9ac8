"""The manual pages: they lint clean, name every command, and their example career loads."""
import os
import re
import shutil
import subprocess
import tempfile
import unittest

from career_run import CareerTestCase, run

MAN_DIR = os.environ.get("CAREER_MAN_DIR", os.path.join(os.path.dirname(__file__), "../../build/man"))
CAREER_1 = os.path.join(MAN_DIR, "man1", "career.1")
CAREER_5 = os.path.join(MAN_DIR, "man5", "career.5")


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def roff_to_text(roff):
    """The literal text of roff source: escapes for hyphens, quotes and the like undone."""
    for escape, char in [(r"\-", "-"), (r"\(dq", '"'), (r"\(aq", "'"), (r"\(ti", "~"), (r"\e", "\\"),
                         (r"\(en", "–"), (r"\&", ""), (r"\%", "")]:
        roff = roff.replace(escape, char)
    return roff


class ManPages(CareerTestCase):
    @unittest.skipUnless(shutil.which("mandoc"), "mandoc is not installed")
    def test_mandoc_lint_is_clean(self):
        for page in [CAREER_1, CAREER_5]:
            result = subprocess.run(["mandoc", "-Tlint", "-Wwarning", page], capture_output=True, text=True)
            self.assertEqual(result.stdout + result.stderr, "", page)

    def test_version_and_date_are_filled_in(self):
        for page in [CAREER_1, CAREER_5]:
            header = next(line for line in read(page).splitlines() if line.startswith(".TH"))
            self.assertNotIn("@", header)
            self.assertRegex(header, r'^\.TH CAREER [15] \d{4}-\d{2}-\d{2} "career \d+\.\d+\.\d+"')

    def test_every_command_and_option_is_in_career_1(self):
        page = roff_to_text(read(CAREER_1))
        help_text = run("--help").stdout
        command_list = help_text.split("Subcommands:")[1]
        commands = re.findall(r"^  (\w[\w-]*)\s", command_list, flags=re.M)
        self.assertGreaterEqual(len(commands), 12, help_text)
        for alias in re.findall(r"\(alias: ([\w-]+)\)", command_list):
            self.assertTrue(re.search(rf"\b{alias}\b", page), f"alias '{alias}' is not in career(1)")
        options = set(re.findall(r"--[a-z][a-z-]+", help_text))
        for command in commands:
            self.assertTrue(re.search(rf"\b{command}\b", page), f"command '{command}' is not in career(1)")
            options |= set(re.findall(r"--[a-z][a-z-]+", run(command, "--help").stdout))
        for option in options:
            self.assertTrue(option in page, f"option '{option}' is not in career(1)")

    def test_every_section_name_is_in_career_1(self):
        page = roff_to_text(read(CAREER_1))
        help_text = run("show", "--help").stdout
        names = re.findall(r"^ {32}([a-z][a-z-]+) ", help_text, flags=re.M)
        self.assertEqual(len(names), 26, help_text)
        for name in names:
            self.assertTrue(name in page, f"section '{name}' is not in career(1)")

    def test_the_example_in_career_5_loads(self):
        page = read(CAREER_5)
        examples = re.findall(r"^\.EX\n(.*?)^\.EE", page, flags=re.M | re.S)
        self.assertEqual(len(examples), 1)
        with tempfile.TemporaryDirectory() as tmp:
            with open(os.path.join(tmp, "example-technician.toml"), "w", encoding="utf-8") as f:
                f.write(roff_to_text(examples[0]))
            result = self.assertRuns(run("show", "example-technician", "--data-dir", tmp))
            self.assertEqual(result.stderr, "")
            self.assertIn("Example Technician", result.stdout)
