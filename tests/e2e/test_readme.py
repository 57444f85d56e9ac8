"""The README shows real output: every `$ career ...` example in it, run now, prints what it shows
("..." in an example stands for lines left out)."""
import os
import re
import shlex

from career_run import SOURCE_DIR, CareerTestCase, run

# Output that depends on the machine it runs on.
MACHINE_SPECIFIC = {"paths"}


def examples():
    with open(os.path.join(SOURCE_DIR, "README.md"), encoding="utf-8") as f:
        readme = f.read()
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
            if words[0] != "career" or "|" in words or words[1] in MACHINE_SPECIFIC:
                continue
            with self.subTest(command=command):
                result = run(*words[1:])
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
