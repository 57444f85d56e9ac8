"""Bad input never hurts: beside each kind of odd file — too big, nested too deep, odd bytes, a
directory or FIFO named like a career, a symbolic link loop, a link out of the data directory, a file
that cannot be read — the good careers still list, show and compare, the odd one is reported on stderr
naming the file, and nothing crashes or hangs. The odd files are made here, at run time."""
import os
import shutil
import stat
import subprocess
import tempfile

from career_run import BIN, TIMEOUT, CareerTestCase, clean_env, run

GOOD = b'title = "Good Career"\nsummary = "A good one."\n'
OTHER = b'title = "Other Career"\nsummary = "Another good one."\n[salary]\ncountry = "US"\ncurrency = "USD"\n' \
        b'median = 50000\nsource = "made-up"\nbasis = "made up"\n[[sources]]\nid = "made-up"\ntitle = "Made up"\n'
BASE = b'title = "Odd"\nsummary = "S"\n'


class DataDir:
    """A temporary data directory holding two good careers, good.toml and other.toml."""

    def __init__(self):
        self.path = tempfile.mkdtemp(prefix="career-robust-")
        os.chmod(self.path, 0o755)  # readable by `nobody` too, for the unreadable-file test
        self.write("good.toml", GOOD)
        self.write("other.toml", OTHER)

    def write(self, name, data):
        path = os.path.join(self.path, name)
        with open(path, "wb") as f:
            f.write(data)
        return path

    def join(self, name):
        return os.path.join(self.path, name)

    def remove(self):
        shutil.rmtree(self.path, ignore_errors=True)


class OddFiles(CareerTestCase):
    def setUp(self):
        self.data = DataDir()
        self.outside = tempfile.mkdtemp(prefix="career-robust-outside-")
        self.addCleanup(self.data.remove)
        self.addCleanup(shutil.rmtree, self.outside, True)

    def career(self, *args):
        return run(*args, "--data-dir", self.data.path)

    def assertGoodStillWork(self, report=None, list_status=65):
        """list shows both good careers, beside the shipped ones (and reports `report` on stderr),
        show and compare work."""
        listed = self.career("list", "--format", "tsv")
        self.assertEqual(listed.returncode, list_status, listed.stdout + listed.stderr)
        ids = [line.split("\t")[0] for line in listed.stdout.splitlines()[1:]]
        self.assertIn("good", ids)
        self.assertIn("other", ids)
        self.assertIn("interventional-radiologist", ids)  # a guide
        self.assertIn("software-developers", ids)  # an occupation
        if report is None:
            self.assertEqual(listed.stderr, "")
        else:
            self.assertIn(report, listed.stderr)
        shown = self.assertRuns(self.career("show", "good"))
        self.assertIn("Good Career", shown.stdout)
        self.assertEqual(shown.stderr, "")
        compared = self.assertRuns(self.career("compare", "good", "other"))
        self.assertIn("Other Career", compared.stdout)
        return listed

    def test_a_20_mb_file_is_refused_unread_with_the_limit_named(self):
        big = self.data.write("big.toml", BASE + b"# " + b"x" * (20 * 1024 * 1024) + b"\n")
        size = os.path.getsize(big)
        message = f"{big}: error: file too large: {size} bytes, and a career file may have at most 1 MiB " \
                  "(1048576 bytes); not read"
        self.assertGoodStillWork(message)
        shown = self.assertRuns(self.career("show", "big"), 65)
        self.assertEqual(shown.stdout, "")
        self.assertIn(message, shown.stderr)

    def test_arrays_nested_10000_deep(self):
        deep = self.data.write("deep.toml", BASE + b"x = " + b"[" * 10000 + b"]" * 10000 + b"\n")
        message = f"{deep}:3:261: error: Error while parsing value: exceeded maximum nested value depth of 256"
        self.assertGoodStillWork(message)
        self.assertIn(message, self.assertRuns(self.career("show", "deep"), 65).stderr)

    def test_dotted_keys_and_headers_nested_100000_deep(self):
        keys = self.data.write("deep-keys.toml", BASE + b"a." * 100000 + b"a = 1\n")
        tables = self.data.write("deep-tables.toml", BASE + b"[" + b"a." * 100000 + b"a]\n")
        listed = self.assertGoodStillWork(f"{keys}:3:1026: error: nested too deep: more than 512 levels")
        self.assertIn(f"{tables}:3:1025: error: nested too deep", listed.stderr)
        self.assertIn("nested too deep", self.assertRuns(self.career("show", "deep-keys"), 65).stderr)

    def test_integers_past_64_bits(self):
        path = self.data.write("huge-number.toml", BASE + b"[job_outlook]\ngrowth_percent = 99999999999999999999999\n")
        self.assertGoodStillWork(f"{path}:4:41: error: the number '99999999999999999999999' is too large")

    def test_a_nul_byte(self):
        path = self.data.write("nul.toml", b'title = "Odd\0"\nsummary = "S"\n')
        self.assertGoodStillWork(f"{path}:1:13: error: a control character inside a string")

    def test_invalid_utf8_is_an_error_with_its_position(self):
        path = self.data.write("bad-bytes.toml", b'title = "Odd"\nsummary = "ab\xff\xfe"\n')
        listed = self.assertGoodStillWork(f"{path}:2:")
        self.assertIn("invalid utf-8", listed.stderr.lower())

    def test_a_byte_order_mark_is_accepted(self):
        self.data.write("bom.toml", b"\xef\xbb\xbf" + b'title = "Marked Career"\nsummary = "S"\n')
        listed = self.assertGoodStillWork(list_status=0)
        self.assertIn("Marked Career", listed.stdout)
        self.assertIn("Marked Career", self.assertRuns(self.career("show", "bom")).stdout)

    def test_a_directory_or_fifo_named_like_a_career_is_passed_over(self):
        os.mkdir(self.data.join("folder.toml"))
        os.mkfifo(self.data.join("pipe.toml"))  # opened, it would wait for a writer for ever
        self.assertGoodStillWork(list_status=0)
        for name in ["folder", "pipe"]:
            self.assertEqual(self.career("show", name).returncode, 66, name)

    def test_a_symbolic_link_loop_is_reported_not_followed_for_ever(self):
        os.symlink("loop-b.toml", self.data.join("loop-a.toml"))
        os.symlink("loop-a.toml", self.data.join("loop-b.toml"))
        message = ": error: symbolic link not followed: Too many levels of symbolic links"
        listed = self.assertGoodStillWork(self.data.join("loop-a.toml") + message)
        self.assertIn(self.data.join("loop-b.toml") + message, listed.stderr)
        shown = self.career("show", "loop-a")
        self.assertEqual(shown.returncode, 66)
        self.assertIn(self.data.join("loop-a.toml") + message, shown.stderr)

    def test_a_link_out_of_the_data_directory_is_followed_only_to_a_toml_file(self):
        secret = os.path.join(self.outside, "secret")
        with open(secret, "wb") as f:
            f.write(b'title = "Secret Career"\nsummary = "Never to be read."\n')
        with open(os.path.join(self.outside, "shared.toml"), "wb") as f:
            f.write(b'title = "Shared Career"\nsummary = "Kept elsewhere, linked in."\n')
        os.symlink(secret, self.data.join("secret.toml"))
        os.symlink(os.path.join(self.outside, "shared.toml"), self.data.join("shared.toml"))
        os.symlink(self.outside, self.data.join("elsewhere.toml"))  # a directory: passed over
        listed = self.assertGoodStillWork(
            f"{self.data.join('secret.toml')}: error: symbolic link to {secret}, which is not a .toml file, "
            "not followed")
        self.assertIn("Shared Career", listed.stdout)
        self.assertIn("Shared Career", self.assertRuns(self.career("show", "shared")).stdout)
        for name in ["secret", "Secret Career", "elsewhere"]:
            result = self.career("show", name)
            self.assertEqual(result.returncode, 66, name)
            self.assertNotIn("Never to be read", result.stdout + result.stderr)
        self.assertEqual(len(listed.stderr.splitlines()), 1, listed.stderr)

    def test_a_file_that_cannot_be_read_is_named_and_the_others_still_load(self):
        locked = self.data.write("locked.toml", GOOD)
        os.chmod(locked, 0)
        program, as_user = BIN, {}
        if os.geteuid() == 0:
            # Root reads a file of mode 000 all the same; `nobody` does not. `nobody` may not be able
            # to reach the build tree (a clone under /root), so it runs a copy of the program from
            # the data directory, which it can reach.
            program = shutil.copy(BIN, self.data.join("career"))
            os.chmod(program, 0o755)
            as_user = dict(user=65534, group=65534, extra_groups=[])
        message = f"{locked}: error: cannot read the file: Permission denied"
        for args in [("list",), ("show", "locked"), ("show", "good")]:
            result = subprocess.run([program, *args, "--data-dir", self.data.path], capture_output=True, text=True,
                                    env=clean_env(), timeout=TIMEOUT, **as_user)
            with self.subTest(args=args):
                if args == ("show", "good"):
                    self.assertEqual(result.returncode, 0, result.stderr)
                    self.assertIn("Good Career", result.stdout)
                    continue
                self.assertEqual(result.returncode, 65, result.stderr)
                self.assertIn(message, result.stderr)
                if args == ("list",):
                    self.assertIn("Good Career", result.stdout)

    def test_every_odd_file_at_once(self):
        self.data.write("big.toml", BASE + b"#" * (2 * 1024 * 1024))
        self.data.write("deep.toml", BASE + b"x = " + b"[" * 10000)
        self.data.write("deep-keys.toml", BASE + b"a." * 100000 + b"a = 1\n")
        self.data.write("nul.toml", b"\0")
        self.data.write("bad-bytes.toml", b"\xff\xfe\xfd")
        self.data.write("empty.toml", b"")
        os.mkdir(self.data.join("folder.toml"))
        os.mkfifo(self.data.join("pipe.toml"))
        os.symlink("loop.toml", self.data.join("loop.toml"))
        os.symlink("/etc/passwd", self.data.join("passwd.toml"))
        os.symlink("/nonexistent/x.toml", self.data.join("dangling.toml"))
        listed = self.assertGoodStillWork("deep-keys.toml:3:")
        named = {line.split(":")[0] for line in listed.stderr.splitlines()}
        self.assertEqual(named, {self.data.join(name + ".toml") for name in
                                 ["big", "deep", "deep-keys", "nul", "bad-bytes", "empty", "loop", "passwd",
                                  "dangling"]}, listed.stderr)
        self.assertNotIn("root:", listed.stdout + listed.stderr)  # /etc/passwd is never read
