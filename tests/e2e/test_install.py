"""`cmake --install` gives a working career anywhere: installed into a prefix, the prefix moved
elsewhere, the program still finds its careers (the guides and the whole catalog of occupations),
its manual and its completions there."""
import os
import shutil
import subprocess
import tempfile

from career_run import GUIDES, OCCUPATIONS, TIMEOUT, CareerTestCase, clean_env

BUILD_DIR = os.environ.get("CAREER_BUILD_DIR", os.path.join(os.path.dirname(__file__), "../../build"))

EXPECTED_FILES = [
    "bin/career",
    "share/career/careers/interventional-radiologist.toml",
    "share/career/occupations/software-developers.toml",
    "share/man/man1/career.1",
    "share/man/man5/career.5",
    "share/bash-completion/completions/career",
    "share/zsh/site-functions/_career",
    "share/fish/vendor_completions.d/career.fish",
    "share/doc/career/README.md",
    "share/doc/career/LICENSE",
    "share/doc/career/career.schema.json",
]


class Install(CareerTestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="career-install-")
        first = os.path.join(cls.tmp, "first")
        subprocess.run(["cmake", "--install", BUILD_DIR, "--prefix", first], check=True, capture_output=True)
        cls.prefix = os.path.join(cls.tmp, "moved", "elsewhere")
        os.makedirs(os.path.dirname(cls.prefix))
        shutil.move(first, cls.prefix)  # the prefix is relocatable
        cls.career = os.path.join(cls.prefix, "bin", "career")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def installed(self, *args):
        # A cache of its own: in the one the other tests share, the installed catalog's entries (other
        # paths) would replace theirs, and the next test would parse the whole catalog again.
        return subprocess.run([self.career, *args], capture_output=True, text=True, cwd="/", timeout=TIMEOUT,
                              env=clean_env(XDG_CACHE_HOME=os.path.join(self.tmp, "cache")))

    def test_the_files(self):
        for path in EXPECTED_FILES:
            self.assertTrue(os.path.isfile(os.path.join(self.prefix, path)), path)

    def test_every_career_is_installed(self):
        for directory, ids in [("careers", GUIDES), ("occupations", OCCUPATIONS)]:
            installed = os.listdir(os.path.join(self.prefix, "share", "career", directory))
            installed = sorted(name[:-5] for name in installed if name.endswith(".toml"))
            self.assertEqual(installed, ids, directory)

    def test_show_and_list_from_the_moved_prefix(self):
        result = self.assertRuns(self.installed("show", "interventional-radiologist", "--section", "salary"))
        self.assertIn("$475,000", result.stdout)
        result = self.assertRuns(self.installed("show", "15-1252", "--section", "salary"))  # by SOC code
        self.assertIn("$133,080", result.stdout)
        listed = [line.split("\t")[0] for line in self.assertRuns(self.installed("list", "--format", "tsv")).stdout
                  .splitlines()[1:]]
        self.assertEqual(sorted(listed), sorted(GUIDES + OCCUPATIONS))

    def test_careers_come_from_the_prefix_not_the_build_tree(self):
        lines = self.assertRuns(self.installed("paths", "--format", "tsv")).stdout.splitlines()[1:]
        shipped = [line.split("\t")[0] for line in lines if line.split("\t")[1] == "shipped"]
        self.assertEqual(shipped, [os.path.join(self.prefix, "share", "career", directory)
                                   for directory in ["occupations", "careers"]])

    def test_man_finds_both_pages(self):
        if not shutil.which("man"):
            self.skipTest("man is not installed")
        man_dir = os.path.join(self.prefix, "share", "man")
        for section, heading in [("1", "CAREER(1)"), ("5", "CAREER(5)")]:
            result = subprocess.run(["man", "-M", man_dir, section, "career"], capture_output=True, text=True,
                                    env=clean_env(MANPAGER="cat", PAGER="cat"), timeout=TIMEOUT)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertIn(heading, result.stdout)
