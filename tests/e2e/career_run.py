"""Runs the built `career` as a user would, in an environment that reads only the data we choose."""
import os
import subprocess
import tempfile
import unittest

BIN = os.environ.get("CAREER_BIN", os.path.join(os.path.dirname(__file__), "../../build/career"))
SOURCE_DIR = os.environ.get("CAREER_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "../.."))
SEED = os.path.join(SOURCE_DIR, "..", "shared", "seed", "interventional-radiologist.txt")

# Directories that exist nowhere, so a developer's own careers never leak into a test.
_EMPTY = tempfile.mkdtemp(prefix="career-e2e-home-")


def clean_env(**extra):
    env = {k: v for k, v in os.environ.items()
           if k not in ("NO_COLOR", "CLICOLOR_FORCE", "COLUMNS", "CAREER_PATH", "XDG_DATA_HOME",
                        "XDG_DATA_DIRS", "PAGER", "CAREER_PAGER")}
    env.update(HOME=_EMPTY, XDG_DATA_DIRS=os.path.join(_EMPTY, "none"), TERM="xterm")
    env.update(extra)
    return env


def run(*args, env=None, cwd=None, **extra_env):
    return subprocess.run([BIN, *args], capture_output=True, text=True, env=env or clean_env(**extra_env),
                          cwd=cwd, timeout=30)


def one_line(text):
    """Whitespace collapsed, so a test can look for a sentence however it was wrapped."""
    return " ".join(text.split())


class CareerTestCase(unittest.TestCase):
    def assertRuns(self, result, status=0):
        self.assertEqual(result.returncode, status, msg=f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}")
        return result
