"""The index cache is never stale: list and search see every edit, touch, deletion and addition at
once, and a damaged cache file is ignored and rebuilt. Each test has a cache of its own, so these
run a program that ships the guides only: with the catalog of occupations each rebuild of the cache
would parse some 800 files more, and prove nothing more."""
import os
import re
import shutil
import tempfile
import time

from career_run import CareerTestCase, guides_only_program, run


def checksum(data, seed=0):
    """The cache files' checksum (load/cache_file.cpp): 32 bytes a step in four lanes, then 8 bytes
    a step, little-endian."""
    mask = (1 << 64) - 1
    k1, k2 = 0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9
    rotl = lambda x, r: ((x << r) | (x >> (64 - r))) & mask
    mix = lambda h, word: (rotl(h ^ ((word * k1) & mask), 29) * k2) & mask
    word_at = lambda at: int.from_bytes(data[at:at + 8], "little")
    lanes = [seed ^ ((len(data) * k1) & mask), (seed + k1) & mask, (seed + k2) & mask, seed ^ k2]
    at = 0
    while at + 32 <= len(data):
        lanes = [mix(lane, word_at(at + 8 * i)) for i, lane in enumerate(lanes)]
        at += 32
    h = lanes[0] ^ rotl(lanes[1], 17) ^ rotl(lanes[2], 31) ^ rotl(lanes[3], 47)
    while at + 8 <= len(data):
        h = mix(h, word_at(at))
        at += 8
    h = mix(h, int.from_bytes(data[at:] + bytes(8 - (len(data) - at)), "little"))
    return h ^ (h >> 31)


def career_text(title, word):
    return (f'title = "{title}"\nsummary = "A career about {word}."\n[salary]\ncountry = "US"\ncurrency = "USD"\n'
            'median = 50000\nsource = "test"\nbasis = "a test figure"\n[[sources]]\nid = "test"\ntitle = "A test source"\n')


class Cache(CareerTestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="career-cache-")
        self.data = os.path.join(self.tmp, "data")
        self.cache = os.path.join(self.tmp, "cache")
        os.mkdir(self.data)
        self.write("alpha", "Alpha", "apples")
        self.write("beta", "Beta", "bananas")

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def write(self, career_id, title, word):
        path = os.path.join(self.data, career_id + ".toml")
        with open(path, "w") as f:
            f.write(career_text(title, word))
        return path

    def career(self, *args):
        return run(*args, "--data-dir", self.data, XDG_CACHE_HOME=self.cache, program=guides_only_program())

    def listed(self):
        out = self.assertRuns(self.career("list", "--format", "tsv")).stdout
        return {line.split("\t")[0]: line.split("\t")[1] for line in out.splitlines()[1:]
                if line.split("\t")[0] in ("alpha", "beta", "gamma")}

    def found(self, word):
        result = self.career("search", word, "--format", "tsv")
        return sorted(line.split("\t")[1] for line in result.stdout.splitlines()[1:])

    def test_the_cache_is_written(self):
        self.listed()
        self.found("apples")
        version = run("--version").stdout.split()[1].encode()
        for name in ["index", "search"]:
            with open(os.path.join(self.cache, "career", name), "rb") as f:
                content = f.read()
            self.assertRegex(content, rb"^career-cache 4 " + name.encode() + rb" career " + re.escape(version) +
                             rb" rules [0-9a-f]{16}\n")
            self.assertIn(self.data.encode(), content)

    def test_edit_touch_delete_add(self):
        self.assertEqual(self.listed(), {"alpha": "Alpha", "beta": "Beta"})
        self.assertEqual(self.found("apples"), ["alpha"])

        # An edit that keeps the size: only the modification time tells.
        path = self.write("alpha", "Omega", "apples")
        stat = os.stat(path)
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        self.assertEqual(self.listed()["alpha"], "Omega")
        # An edit that changes the size.
        self.write("alpha", "Alpha Prime", "cherries")
        self.assertEqual(self.listed()["alpha"], "Alpha Prime")
        self.assertEqual(self.found("cherries"), ["alpha"])
        self.assertEqual(self.career("search", "apples").returncode, 1)
        # A touch changes nothing but the time.
        os.utime(path, None)
        self.assertEqual(self.listed()["alpha"], "Alpha Prime")
        # Deleted.
        os.remove(os.path.join(self.data, "beta.toml"))
        self.assertEqual(self.listed(), {"alpha": "Alpha Prime"})
        self.assertEqual(self.career("search", "bananas").returncode, 1)
        # Added.
        self.write("gamma", "Gamma", "grapes")
        self.assertEqual(self.listed(), {"alpha": "Alpha Prime", "gamma": "Gamma"})
        self.assertEqual(self.found("grapes"), ["gamma"])

    def test_show_sees_an_edit_in_place_that_leaves_the_directory_as_it_was(self):
        # Without a scan, show trusts the names the last one left only while no data directory has
        # changed (a directory changed in the last two seconds is never trusted: this one is aged),
        # and each career it uses only while that career's file is as it was.
        with open(os.path.join(self.data, "alpha.toml"), "a") as f:
            f.write('[job_outlook]\nrelated_roles = ["beta"]\n')
        old = time.time() - 60
        os.utime(self.data, (old, old))
        self.assertIn("Beta", self.assertRuns(self.career("show", "alpha")).stdout)
        self.assertRuns(self.career("show", "Beta"))
        self.assertTrue(os.path.exists(os.path.join(self.cache, "career", "names")))

        for title in ["Bravo Role", "Charlie Role"]:
            with open(os.path.join(self.data, "beta.toml"), "w") as f:  # in place: the directory stays
                f.write(career_text(title, "bananas"))
            self.assertEqual(os.stat(self.data).st_mtime, old)
            shown = self.assertRuns(self.career("show", "alpha")).stdout
            self.assertIn(title, shown)
            self.assertNotIn("Bravo Role" if title != "Bravo Role" else "Beta", shown)
            self.assertRuns(self.career("show", title.lower()))
        self.assertEqual(self.career("show", "Bravo Role").returncode, 66)

    def test_search_sees_every_edit_at_once_and_reads_the_index_it_keeps_otherwise(self):
        search_file = os.path.join(self.cache, "career", "search")
        self.assertEqual(self.found("apples"), ["alpha"])
        built = os.stat(search_file)
        # Nothing changed: the search file is read, not written again.
        self.assertEqual(self.found("bananas"), ["beta"])
        self.assertEqual(os.stat(search_file).st_ino, built.st_ino)
        self.assertEqual(os.stat(search_file).st_mtime_ns, built.st_mtime_ns)

        # An edit that keeps the size, told by the modification time alone: the title too.
        path = self.write("alpha", "Omega", "apples")
        stat = os.stat(path)
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        out = self.assertRuns(self.career("search", "omega", "--format", "tsv")).stdout
        self.assertEqual([[line.split("\t")[i] for i in (1, 4, 5)] for line in out.splitlines()[1:]], [["alpha", "Omega", "title"]])
        self.assertEqual(self.career("search", "alpha").returncode, 1)
        # An edit that changes the size.
        self.write("alpha", "Omega", "cherries")
        self.assertEqual(self.found("cherries"), ["alpha"])
        self.assertEqual(self.career("search", "apples").returncode, 1)
        # Deleted, added.
        os.remove(os.path.join(self.data, "beta.toml"))
        self.assertEqual(self.career("search", "bananas").returncode, 1)
        self.write("gamma", "Gamma", "grapes")
        self.assertEqual(self.found("grapes"), ["gamma"])
        self.assertEqual(self.found("cherries"), ["alpha"])
        # A file that turns bad is not searched; good again, it is.
        with open(os.path.join(self.data, "gamma.toml"), "w") as f:
            f.write('title = "Gamma"\n')
        self.assertEqual(self.career("search", "gamma").returncode, 1)
        self.write("gamma", "Gamma", "grapes")
        self.assertEqual(self.found("grapes"), ["gamma"])

    def test_the_old_texts_cache_is_removed(self):
        os.makedirs(os.path.join(self.cache, "career"))
        old = os.path.join(self.cache, "career", "texts")
        with open(old, "w") as f:
            f.write("what an older version kept for search")
        self.assertEqual(self.found("apples"), ["alpha"])
        self.assertFalse(os.path.exists(old))

    def test_a_file_that_turns_bad_is_reported_every_time(self):
        self.listed()
        with open(os.path.join(self.data, "beta.toml"), "w") as f:
            f.write('title = "Beta"\n')  # no summary
        for _ in range(2):
            result = self.career("list")
            self.assertEqual(result.returncode, 65)
            self.assertIn("beta.toml:1:1: error: summary: required key is missing", result.stderr)
            self.assertNotIn("beta ", result.stdout)

    def test_a_damaged_cache_is_ignored_and_rebuilt(self):
        self.listed()
        self.found("apples")
        for name in ["index", "search"]:
            cache_file = os.path.join(self.cache, "career", name)
            with open(cache_file, "rb") as f:
                good = f.read()
            for damaged in [good[: len(good) // 2], good.replace(b"Alpha", b"Alphx"), b"", b"\x00" * 100,
                            good.split(b"\n")[0] + b"\n\x03\x00\x00\x00abc\nend 99 0\n"]:
                with open(cache_file, "wb") as f:
                    f.write(damaged)
                self.assertEqual(self.listed(), {"alpha": "Alpha", "beta": "Beta"})
                self.assertEqual(self.found("apples"), ["alpha"])
                with open(cache_file, "rb") as f:
                    self.assertEqual(f.read(), good)  # rebuilt as it was

    def test_a_cache_of_another_version_or_other_rules_is_not_used(self):
        self.listed()
        cache_file = os.path.join(self.cache, "career", "index")
        with open(cache_file, "rb") as f:
            good = f.read()
        header, rest = good.split(b"\n", 1)
        payload, footer = rest.rsplit(b"\nend ", 1)
        # The same entries, well formed, but saying "Alphx": a program that used them would list it.
        stale = payload.replace(b"\x05\x00\x00\x00Alpha", b"\x05\x00\x00\x00Alphx")
        for other in [re.sub(rb"rules [0-9a-f]{16}", b"rules 0123456789abcdef", header),
                      re.sub(rb" career \S+ ", b" career 0.0.1 ", header)]:
            self.assertNotEqual(other, header)
            with open(cache_file, "wb") as f:
                f.write(other + b"\n" + stale + b"\nend %d %016x\n" % (len(stale), checksum(stale)))
            self.assertEqual(self.listed(), {"alpha": "Alpha", "beta": "Beta"})
        # The check itself can fail: the same stale entries under the right header are used.
        with open(cache_file, "wb") as f:
            f.write(header + b"\n" + stale + b"\nend %d %016x\n" % (len(stale), checksum(stale)))
        self.assertEqual(self.listed(), {"alpha": "Alphx", "beta": "Beta"})

    def test_an_unwritable_cache_only_slows(self):
        with open(os.path.join(self.tmp, "not-a-directory"), "w") as f:
            f.write("x")
        result = run("list", "--data-dir", self.data, "--format", "tsv",
                     XDG_CACHE_HOME=os.path.join(self.tmp, "not-a-directory"), program=guides_only_program())
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("alpha\t", result.stdout)
        self.assertEqual(result.stderr, "")
