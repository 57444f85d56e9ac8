"""The README shows real output: every `$ career ...` example in it, run now, prints what it shows
("..." in an example stands for lines left out)."""
import os
import re
import shlex
import subprocess

from career_run import BIN, SOURCE_DIR, CareerTestCase, clean_env, run

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
            if words[0] != "career" or words[1] in MACHINE_SPECIFIC or ">" in words:
                continue
            with self.subTest(command=command):
                if "|" in words:  # a pipeline, run by the shell with the built career first on PATH
                    env = clean_env(PATH=os.path.dirname(os.path.abspath(BIN)) + ":" + os.environ["PATH"])
                    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True, env=env,
                                            cwd=SOURCE_DIR, timeout=30)
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
