"""The bad-input corpus (tests/corpus/, described in its README.md): `career validate` on each file
reports exactly the diagnostics of its .expected sidecar — position, severity, field path and words —
in order, the same as text and as JSON, with the right summary and exit status. Inputs too big to
keep (a 20 MB file, arrays nested 10,000 deep) are made here, and the checks that need more than one
file (the same id in two directories) are here too."""
import json
import os
import re
import tempfile

from career_run import SOURCE_DIR, CareerTestCase, guides_only_program, run

CORPUS = os.path.join(SOURCE_DIR, "tests", "corpus")
EXPECTED = re.compile(r"^(\d+):(\d+): (error|warning): (\S+):(?: (.*))?$")


def corpus_files():
    return sorted(name for name in os.listdir(CORPUS)
                  if not name.endswith(".expected") and name != "README.md")


def expected_of(name):
    """The expected diagnostics of corpus file `name`, as (line, column, severity, field, words)."""
    with open(os.path.join(CORPUS, os.path.splitext(name)[0] + ".expected"), encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if line.strip()]
    out = []
    for line in lines:
        match = EXPECTED.match(line)
        assert match, f"{name}.expected: cannot read {line!r}"
        row, column, severity, field, words = match.groups()
        out.append((int(row), int(column), severity, None if field == "-" else field, words or ""))
    return out


def as_text(diagnostic):
    """A JSON diagnostic as validate prints it: FILE:LINE:COLUMN: severity: FIELD: message."""
    text = diagnostic["file"]
    if "line" in diagnostic:
        text += f":{diagnostic['line']}:{diagnostic['column']}"
    text += f": {diagnostic['severity']}: "
    if "field" in diagnostic:
        text += diagnostic["field"] + ": "
    return text + diagnostic["message"]


def plural(n, word):
    return f"{n} {word}{'' if n == 1 else 's'}"


class Corpus(CareerTestCase):
    def test_there_are_at_least_40_small_files_each_with_its_expectations(self):
        names = corpus_files()
        self.assertGreaterEqual(len(names), 40)
        for name in names:
            with self.subTest(file=name):
                self.assertLessEqual(os.path.getsize(os.path.join(CORPUS, name)), 4096)
                self.assertTrue(os.path.exists(os.path.join(CORPUS, os.path.splitext(name)[0] + ".expected")))

    def test_each_file_gets_its_expected_diagnostics(self):
        for name in corpus_files():
            with self.subTest(file=name):
                path = os.path.join(CORPUS, name)
                expected = expected_of(name)
                result = run("validate", "--format", "json", path)
                document = json.loads(result.stdout)
                found = document["diagnostics"]
                self.assertEqual(len(found), len(expected), json.dumps(found, indent=1))
                for diagnostic, (line, column, severity, field, words) in zip(found, expected):
                    self.assertEqual(diagnostic["file"], path)
                    self.assertEqual((diagnostic.get("line", 0), diagnostic.get("column", 0)), (line, column),
                                     diagnostic)
                    self.assertEqual(diagnostic["severity"], severity, diagnostic)
                    self.assertEqual(diagnostic.get("field"), field, diagnostic)
                    self.assertIn(words, diagnostic["message"])
                errors = sum(d["severity"] == "error" for d in found)
                warnings = len(found) - errors
                self.assertEqual((document["files"], document["errors"], document["warnings"]),
                                 (1, errors, warnings))
                self.assertEqual(result.returncode, 65 if errors else 0)
                self.assertEqual(result.stderr, "")

                # The text says the same, line for line, then the summary.
                text = run("validate", path)
                self.assertEqual(text.returncode, result.returncode)
                self.assertEqual(text.stdout.split("\n"),
                                 [as_text(d) for d in found] +
                                 [f"1 file, {plural(errors, 'error')}, {plural(warnings, 'warning')}", ""])
                # --strict: a warning fails too.
                self.assertEqual(run("validate", "--strict", path).returncode, 65 if found else 0)

    def test_the_whole_corpus_at_once_groups_by_file_in_position_order(self):
        result = run("validate", "--format", "json", *[os.path.join(CORPUS, n) for n in corpus_files()])
        self.assertEqual(result.returncode, 65)
        document = json.loads(result.stdout)
        self.assertEqual(document["files"], len(corpus_files()))
        files = [d["file"] for d in document["diagnostics"]]
        self.assertEqual(files, sorted(files, key=lambda f: corpus_files().index(os.path.basename(f))))
        for name in corpus_files():
            positions = [(d.get("line", 0), d.get("column", 0)) for d in document["diagnostics"]
                         if os.path.basename(d["file"]) == name]
            self.assertEqual(positions, sorted(positions), name)


class MadeAtRunTime(CareerTestCase):
    def write(self, directory, name, data):
        path = os.path.join(directory, name)
        with open(path, "wb") as f:
            f.write(data)
        return path

    def test_arrays_nested_10000_deep_are_an_error_not_a_crash(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = self.write(tmp, "deep-arrays.toml",
                              b'title = "Deep"\nsummary = "S"\naliases = ' + b"[" * 10000 + b"]" * 10000 + b"\n")
            result = run("validate", path)
            self.assertEqual(result.returncode, 65, result.stdout + result.stderr)
            self.assertRegex(result.stdout, rf"^{re.escape(path)}:3:\d+: error: ")
            self.assertTrue(result.stdout.endswith("1 file, 1 error, 0 warnings\n"), result.stdout)

    def test_a_20_mb_file_is_checked_without_a_crash(self):
        with tempfile.TemporaryDirectory() as tmp:
            line = b'  "' + b"x" * 97 + b'",\n'
            path = self.write(tmp, "huge.toml", b'title = "Huge"\nsummary = "S"\n[role]\nresponsibilities = [\n' +
                              line * (20 * 1024 * 1024 // len(line)) + b"]\n")
            self.assertGreaterEqual(os.path.getsize(path), 20 * 1000 * 1000)
            result = run("validate", path)
            self.assertIn(result.returncode, (0, 65), result.stderr)
            self.assertRegex(result.stdout, r"(^|\n)1 file, \d+ errors?, \d+ warnings?\n$")

    def test_the_same_id_in_two_directories_names_the_file_that_wins(self):
        with tempfile.TemporaryDirectory() as first, tempfile.TemporaryDirectory() as second:
            for directory, title in [(first, "Old"), (second, "New")]:
                self.write(directory, "twice.toml", f'title = "{title}"\nsummary = "S"\n'.encode())
            loser, winner = os.path.join(first, "twice.toml"), os.path.join(second, "twice.toml")
            for args in [("--data-dir", first, "--data-dir", second), (first, second)]:
                with self.subTest(args=args):
                    # A program that ships the guides only: with --data-dir, validate checks every
                    # data directory, and the whole catalog would add a second's work to each run.
                    program = guides_only_program()
                    result = self.assertRuns(run("validate", *args, program=program))
                    self.assertIn(f"{loser}: warning: id: 'twice' is also in {winner}, which is read later "
                                  "and wins", result.stdout)
                    self.assertNotIn(f"{winner}: warning", result.stdout)
                    self.assertEqual(run("validate", "--strict", *args, program=program).returncode, 65)

    def test_a_directory_with_a_broken_and_a_good_career(self):
        with tempfile.TemporaryDirectory() as tmp:
            self.write(tmp, "good.toml", b'title = "Good"\nsummary = "S"\n')
            broken = self.write(tmp, "broken.toml", b'title = "Broken"\n[salary]\ncountry = "US"\n')
            self.write(tmp, "Bad Name.toml", b'title = "Misnamed"\nsummary = "S"\n')
            self.write(tmp, "notes.txt", b"not a career")
            result = run("validate", tmp)
            self.assertEqual(result.returncode, 65)
            self.assertEqual(result.stdout.split("\n"), [
                os.path.join(tmp, "Bad Name.toml") + ": error: id: 'Bad Name' is not a career id: the file name "
                "is the id, and an id is lower-case letters, digits and hyphens, not starting with a hyphen "
                "([a-z0-9][a-z0-9-]*); career skips the file",
                f"{broken}:1:1: error: summary: required key is missing",
                f"{broken}:2:1: error: salary.currency: required key is missing",
                "3 files, 3 errors, 0 warnings",
                "",
            ])
            # The other commands read the same way: the good career still lists.
            listed = run("list", "--data-dir", tmp, "--format", "tsv")
            self.assertEqual(listed.returncode, 65)
            self.assertIn("good", listed.stdout)
            self.assertIn(f"{broken}:2:1: error: salary.currency: required key is missing", listed.stderr)
