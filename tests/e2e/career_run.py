"""Runs the built `career` as a user would, in an environment that reads only the data we choose."""
import atexit
import fcntl
import random
import re
import os
import pty
import shutil
import struct
import subprocess
import termios
import tempfile
import unittest

BIN = os.environ.get("CAREER_BIN", os.path.join(os.path.dirname(__file__), "../../build/career"))
# How long one run of the program may take: 30 s, or longer where it runs under the sanitizers
# (tests/CMakeLists.txt), which make parsing the catalog some twenty times slower.
TIMEOUT = float(os.environ.get("CAREER_TEST_TIMEOUT", "30"))
SOURCE_DIR = os.environ.get("CAREER_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "../.."))
SEED = os.path.join(SOURCE_DIR, "tests", "seed", "interventional-radiologist.txt")

# What the program ships (it reads both, `career paths`): the hand-written guides and the national
# catalog of occupations that tools/import-occupations generates from data/sources/.
GUIDES_DIR = os.path.join(SOURCE_DIR, "data", "careers")
OCCUPATIONS_DIR = os.path.join(SOURCE_DIR, "data", "occupations")


def ids_in(directory):
    return sorted(name[:-5] for name in os.listdir(directory) if name.endswith(".toml"))


GUIDES = ids_in(GUIDES_DIR)
OCCUPATIONS = ids_in(OCCUPATIONS_DIR)


def onet_credit():
    """The credit O*NET's CC BY 4.0 licence asks for, in the wording data/sources/README.md gives
    (its block quote under "Attribution"), whitespace collapsed."""
    with open(os.path.join(SOURCE_DIR, "data", "sources", "README.md"), encoding="utf-8") as f:
        readme = f.read()
    attribution = readme[readme.index("## Attribution"):]
    quote = re.search(r"^> (.*?)\n(?!>)", attribution, flags=re.M | re.S).group(1)
    return one_line(quote.replace("\n> ", " "))


def sample_occupations(count, seed=12):
    """A fixed sample of the catalog, for checks that cost a run or more per career: the same on
    every run, so a failure names a career that fails again (each subTest names it)."""
    return sorted(random.Random(seed).sample(OCCUPATIONS, count))

# A home of our own, so a developer's own careers never leak into a test, and a cache of our own,
# so a test never reads or writes the user's real one: the one ctest gives all the tests of a run
# (CAREER_TEST_CACHE, emptied as the run starts; tests/CMakeLists.txt), else one for this process.
_EMPTY = tempfile.mkdtemp(prefix="career-e2e-home-")
atexit.register(shutil.rmtree, _EMPTY, True)
if os.environ.get("CAREER_TEST_CACHE"):
    _CACHE = os.environ["CAREER_TEST_CACHE"]
    os.makedirs(_CACHE, exist_ok=True)
else:
    _CACHE = tempfile.mkdtemp(prefix="career-e2e-cache-")
    atexit.register(shutil.rmtree, _CACHE, True)


def clean_env(**extra):
    env = {k: v for k, v in os.environ.items()
           if k not in ("NO_COLOR", "CLICOLOR_FORCE", "COLUMNS", "CAREER_PATH", "XDG_DATA_HOME",
                        "XDG_DATA_DIRS", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "PAGER", "CAREER_PAGER",
                        "LESS", "LINES")}
    env.update(HOME=_EMPTY, XDG_DATA_DIRS=os.path.join(_EMPTY, "none"), XDG_CACHE_HOME=_CACHE, TERM="xterm")
    env.update(extra)
    return env


def run(*args, env=None, cwd=None, program=None, **extra_env):
    if env is None:
        env = guides_only_env(**extra_env) if program and program == _GUIDES_ONLY else clean_env(**extra_env)
    return subprocess.run([program or BIN, *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=TIMEOUT)


_GUIDES_ONLY = None


def guides_only_program():
    """The built program, copied beside a data directory that ships the guides only: what `career`
    is without the catalog of occupations, for a test about a few careers of its own (the program
    finds its shipped data next to itself, data/careers and data/occupations, and always reads it;
    --data-dir and CAREER_PATH only add to it). Made once per test process. run(program=...) runs it
    in guides_only_env()."""
    global _GUIDES_ONLY
    if _GUIDES_ONLY is None:
        home = tempfile.mkdtemp(prefix="career-e2e-guides-only-")
        atexit.register(shutil.rmtree, home, True)
        os.mkdir(os.path.join(home, "cache"))
        os.mkdir(os.path.join(home, "data"))
        os.symlink(os.path.abspath(GUIDES_DIR), os.path.join(home, "data", "careers"))
        _GUIDES_ONLY = shutil.copy(BIN, os.path.join(home, "career"))
    return _GUIDES_ONLY


def guides_only_env(**extra):
    """The test environment for the guides-only program: it comes first on PATH, and has a cache of
    its own (in the shared one it would drop the catalog's entries, which the next test would then
    build again). Values in extra win."""
    home = os.path.dirname(guides_only_program())
    return clean_env(**{"PATH": home + os.pathsep + os.environ.get("PATH", "/usr/bin:/bin"),
                        "XDG_CACHE_HOME": os.path.join(home, "cache"), **extra})


def one_line(text):
    """Whitespace collapsed, so a test can look for a sentence however it was wrapped."""
    return " ".join(text.split())


class CareerTestCase(unittest.TestCase):
    def assertRuns(self, result, status=0):
        self.assertEqual(result.returncode, status, msg=f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}")
        return result


def on_terminal(*args, rows=24, cols=80, stdout=None, stderr=None, **env):
    """Runs career on a pseudo-terminal of rows x cols. stdout or stderr, when given, is a file to
    send that stream to instead. Returns (exit status, what the terminal showed)."""
    pid, fd = pty.fork()
    if pid == 0:
        try:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
            for target, stream in [(1, stdout), (2, stderr)]:
                if stream is not None:
                    os.dup2(os.open(stream, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), target)
            os.execve(BIN, [BIN, *args], clean_env(**env))
        finally:
            os._exit(127)
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), b"".join(chunks).decode().replace("\r\n", "\n")


def section_names():
    """The --section names, in order, as `career show --help` lists them (under the description
    column, cli/app.cpp's HelpFormatter, indented by two)."""
    return re.findall(r"^ {26}([a-z][a-z-]+) ", run("show", "--help").stdout, flags=re.M)


def listed_commands():
    """The commands and the aliases of each, as `career --help` lists them: its command list has a
    command at the start of each entry and its aliases after its description, "(alias: timeline)"
    or "(aliases: path, tiers)", perhaps wrapped over two lines."""
    listing = run("--help").stdout.split("Subcommands:")[1]
    commands = re.findall(r"^  (\w[\w-]*)\s", listing, flags=re.M)
    aliases = {}
    entries = re.split(r"\n(?=  \w)", listing.strip("\n"))
    for entry in entries:
        command = entry.split()[0]
        found = re.search(r"\(alias(?:es)?: ([^)]*)\)", " ".join(entry.split()))
        aliases[command] = found.group(1).split(", ") if found else []
    assert list(aliases) == commands, (list(aliases), commands)
    return aliases
