"""The README shows real output: every `$ career ...` example in it, run now, prints what it shows
("..." in an example stands for lines left out); its Quick start is two commands, which CI runs;
what it says of the catalog is what is shipped, with the credit O*NET's licence asks for."""
import os
import re
import shlex
import subprocess

from career_run import (BIN, GUIDES, OCCUPATIONS, SOURCE_DIR, TIMEOUT, CareerTestCase, clean_env, one_line, onet_credit,
                        run)

# Output that depends on the machine it runs on.
MACHINE_SPECIFIC = {"paths"}


def read(*path):
    with open(os.path.join(SOURCE_DIR, *path), encoding="utf-8") as f:
        return f.read()


def section(text, heading):
    """The text of one "## heading" section of a Markdown file."""
    return re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", text, flags=re.M | re.S).group(1)


def examples():
    readme = read("README.md")
    for block in re.findall(r"```console\n(.*?)```", readme, flags=re.S):
        parts = re.split(r"^\$ (.*)\n", block, flags=re.M)
        for command, shown in zip(parts[1::2], parts[2::2]):
            yield command, shown.rstrip("\n").split("\n")


def shows(expected, actual):
    """Whether `actual` lines read as `expected`, where "..." skips any number of lines."""
    at, skipping = 0, False
    for line in expected:
        if line == "...":
            skipping = True
            continue
        if skipping:
            while at < len(actual) and actual[at] != line:
                at += 1
        if at >= len(actual) or actual[at] != line:
            return False
        at += 1
        skipping = False
    return skipping or at == len(actual)


class Readme(CareerTestCase):
    def test_examples_are_real_output(self):
        checked = 0
        for command, shown in examples():
            words = shlex.split(command)
            if words[0] != "career" or words[1] in MACHINE_SPECIFIC or ">" in words:
                continue
            with self.subTest(command=command):
                if "|" in words:  # a pipeline, run by the shell with the built career first on PATH
                    env = clean_env(PATH=os.path.dirname(os.path.abspath(BIN)) + ":" + os.environ["PATH"])
                    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True, env=env,
                                            cwd=SOURCE_DIR, timeout=TIMEOUT)
                else:
                    result = run(*words[1:], cwd=SOURCE_DIR)  # from the top of the clone, as a reader runs them
                self.assertTrue(shows(shown, (result.stdout + result.stderr).rstrip("\n").split("\n")),
                                f"README shows for `{command}`:\n" + "\n".join(shown) +
                                "\n\nbut it prints:\n" + result.stdout + result.stderr)
                checked += 1
        self.assertGreaterEqual(checked, 10)

    def test_the_elision_rule(self):
        self.assertTrue(shows(["a", "...", "d"], ["a", "b", "c", "d"]))
        self.assertTrue(shows(["a", "..."], ["a", "b"]))
        self.assertFalse(shows(["a", "d"], ["a", "b", "d"]))
        self.assertFalse(shows(["a"], ["a", "b"]))


class WhatTheReadmeSays(CareerTestCase):
    def test_quick_start_is_two_commands_that_ci_runs(self):
        blocks = re.findall(r"```sh\n(.*?)```", section(read("README.md"), "Quick start"), flags=re.S)
        self.assertEqual(len(blocks), 2, blocks)
        self.assertTrue(all(block.count("\n") == 1 for block in blocks), blocks)  # one line each
        first, second = (block.strip() for block in blocks)
        ci = read(".ci", "run")
        # Word for word, in a subshell, so that `set -e` stops at a failure inside it (.ci/run).
        self.assertTrue(f"({second})" in ci.splitlines(), second)
        built = first[first.index(" && cmake -S ") + 4:]  # all but its apt-get, which CI does its own way
        self.assertTrue(built in ci, built)
        packages = re.search(r"apt-get install -y --no-install-recommends ([^&]*)&&", first).group(1).split()
        self.assertTrue({"python3-openpyxl", "python3-jsonschema"} <= set(packages), packages)
        self.assertTrue(set(packages) <= set(re.search(r"packages=\(([^)]*)\)", ci, flags=re.S).group(1).split()))

    def test_the_catalog_is_described_as_shipped_with_its_credit(self):
        readme = read("README.md")
        catalog = one_line(section(readme, "The catalog"))
        self.assertIn(f"one file for each of {len(OCCUPATIONS)} US occupations", catalog)
        self.assertIn(f"national catalog of {len(OCCUPATIONS)} US occupations", one_line(readme))
        self.assertIn(f"and {len(GUIDES)} guides written by hand", one_line(readme))
        sources_readme = one_line(read("data", "sources", "README.md"))
        left_out = int(re.search(r"Left out: \*\*(\d+)\*\*", sources_readme).group(1))
        candidates = int(re.search(r"Candidates: (\d+) codes", sources_readme).group(1))
        self.assertEqual(candidates, len(OCCUPATIONS) + left_out)
        self.assertIn(f"{candidates} candidates, {len(OCCUPATIONS)} in the catalog", catalog)
        self.assertIn(f"{left_out} are left out", catalog)
        self.assertIn("`data/sources/README.md`", catalog)
        # The credit, as data/sources/README.md words it, quoted whole; BLS data is public domain.
        quoted = one_line(" ".join(line[2:] for line in section(readme, "The catalog").splitlines()
                                   if line.startswith("> ")))
        self.assertEqual(quoted, onet_credit())
        self.assertIn("BLS data (OEWS, Employment Projections, the Occupational Outlook Handbook) is in the public "
                      "domain", catalog)
