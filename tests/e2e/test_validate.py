"""career validate and career new: the whole shipped catalog — the guides and every occupation — is
clean; an occupation's file is checked like a guide's; validate reports on stdout with a summary
last and exits 65 on errors (or on warnings with --strict); new writes a file with every key that
fails validation until its required keys are filled in, and never overwrites."""
import json
import os
import re
import subprocess
import tempfile

from career_run import BIN, GUIDES, GUIDES_DIR, OCCUPATIONS, OCCUPATIONS_DIR, TIMEOUT, CareerTestCase, clean_env, run


class Validate(CareerTestCase):
    def test_the_whole_shipped_catalog_has_no_errors_and_no_warnings(self):
        self.assertGreaterEqual(len(OCCUPATIONS), 800)  # the national catalog (issue 12)
        self.assertEqual(len(GUIDES), 7)
        # Every data directory by default: both shipped ones, every file of each.
        result = self.assertRuns(run("validate", "--strict"))
        self.assertEqual(result.stdout, f"{len(GUIDES) + len(OCCUPATIONS)} files, 0 errors, 0 warnings\n")
        self.assertEqual(result.stderr, "")
        # A directory named on the command line: only its files.
        result = self.assertRuns(run("validate", "--strict", GUIDES_DIR))
        self.assertEqual(result.stdout, f"{len(GUIDES)} files, 0 errors, 0 warnings\n")
        document = json.loads(self.assertRuns(run("validate", "--format", "json", GUIDES_DIR)).stdout)
        self.assertEqual(document, {"files": len(GUIDES), "errors": 0, "warnings": 0, "diagnostics": []})

    def test_an_occupation_is_checked_like_a_guide(self):
        """The clean result above means something: the same checks find what is wrong in an
        occupation's file (its own keys: kind, wages with { at_least = N }, projections)."""
        with open(os.path.join(OCCUPATIONS_DIR, "software-developers.toml"), encoding="utf-8") as f:
            good = f.read()
        changes = [('kind = "occupation"', 'kind = "occupations"'),
                   ("median = 133080, p75", 'median = "lots", p75'),
                   ("p90 = 211450,", "p90 = { at_least = -1 },"),
                   ("change_percent = 15.8", "change_percent = 20000"),
                   ("openings = 115200\n", "openings = 115200\nopenigns = 1\n")]
        bad = good
        for old, new in changes:
            self.assertEqual(bad.count(old), 1, old)
            bad = bad.replace(old, new)
        line_of = {old: bad[:bad.index(new)].count("\n") + 1 for old, new in changes}
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "software-developers.toml")
            with open(path, "w", encoding="utf-8") as f:
                f.write(bad)
            result = run("validate", path)
        self.assertEqual(result.returncode, 65, result.stdout)
        self.assertEqual([re.sub(r":\d+: ", ": ", line.removeprefix(path + ":")) for line in result.stdout.splitlines()], [
            f"{line_of[changes[0][0]]}: error: kind: \"occupations\" is not one of: guide, occupation",
            f"{line_of[changes[1][0]]}: error: wages.annual.median: expected a number or a table {{ at_least = N }}, "
            "found a string",
            f"{line_of[changes[2][0]]}: error: wages.annual.p90.at_least: -1 is not a plausible value (0 to 10,000,000)",
            f"{line_of[changes[3][0]]}: error: projections.change_percent: 20000 is not a plausible value (-100 to "
            "10,000)",
            f"{line_of[changes[4][0]] + 1}: warning: projections.openigns: unknown key; did you mean 'openings'?",
            "1 file, 4 errors, 1 warning"])

    def test_diagnostics_on_stdout_summary_last_and_the_exit_status(self):
        with tempfile.TemporaryDirectory() as tmp:
            bad = os.path.join(tmp, "bad.toml")
            with open(bad, "w") as f:
                f.write('summary = "S"\nsalery = 5\ntitle = "T"\n[work_life]\nbalance = "meh"\n')
            result = run("validate", bad)
            self.assertEqual(result.returncode, 65)
            self.assertEqual(result.stderr, "")
            self.assertEqual(result.stdout.split("\n"), [
                f"{bad}:2:1: warning: salery: unknown key; did you mean 'salary'?",
                f"{bad}:5:11: error: work_life.balance: \"meh\" is not one of: poor, challenging, fair, good, "
                "excellent",
                "1 file, 1 error, 1 warning",
                "",
            ])

    def test_warnings_pass_unless_strict(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "warned.toml")
            with open(path, "w") as f:
                f.write('title = "T"\nsummary = "S"\naliases = ["A", "A"]\n')
            result = self.assertRuns(run("validate", path))
            self.assertTrue(result.stdout.endswith("1 file, 0 errors, 1 warning\n"), result.stdout)
            self.assertEqual(run("validate", "--strict", path).returncode, 65)

    def test_a_missing_path_is_reported_like_any_problem(self):
        result = run("validate", "/nonexistent/x.toml")
        self.assertEqual(result.returncode, 65)
        self.assertEqual(result.stdout.split("\n")[0],
                         "/nonexistent/x.toml: error: cannot read the file: No such file or directory")

    def test_a_command_agrees_with_validate(self):
        with tempfile.TemporaryDirectory() as tmp:
            with open(os.path.join(tmp, "overlap.toml"), "w") as f:
                f.write('title = "T"\nsummary = "S"\n[[tiers]]\ntitle = "A"\nexperience = { min = 0, max = 5 }\n'
                        'source = "x"\n[[tiers]]\ntitle = "B"\nexperience = { min = 3 }\nsource = "x"\n'
                        '[[sources]]\nid = "x"\ntitle = "X"\n')
            shown = run("show", "overlap", "--data-dir", tmp)
            self.assertEqual(shown.returncode, 65)
            checked = run("validate", os.path.join(tmp, "overlap.toml"))
            self.assertEqual(checked.returncode, 65)
            self.assertEqual(shown.stderr.strip(), checked.stdout.split("\n")[0])
            self.assertIn("tiers[1].experience: overlaps tiers[0]", shown.stderr)


class New(CareerTestCase):
    def fill(self, path):
        subprocess.run(["sed", "-i", "-e", 's/^title = ""/title = "My Job"/',
                        "-e", 's/^summary = ""/summary = "What the job is."/', path], check=True)

    def test_into_the_user_data_directory_then_filled_in_it_validates(self):
        with tempfile.TemporaryDirectory() as home:
            result = self.assertRuns(run("new", "my-job", XDG_DATA_HOME=home))
            path = os.path.join(home, "career", "careers", "my-job.toml")
            self.assertEqual(result.stdout, "")
            self.assertIn(f"wrote {path}", result.stderr)

            # Unfilled, it fails: the two required keys are there but empty.
            unfilled = run("validate", path)
            self.assertEqual(unfilled.returncode, 65)
            self.assertRegex(unfilled.stdout, rf"^{re.escape(path)}:\d+:9: error: title: required key is empty\n")
            self.assertTrue(unfilled.stdout.endswith("1 file, 2 errors, 0 warnings\n"), unfilled.stdout)

            self.fill(path)
            self.assertEqual(self.assertRuns(run("validate", "--strict", path)).stdout,
                             "1 file, 0 errors, 0 warnings\n")
            shown = self.assertRuns(run("show", "my-job", XDG_DATA_HOME=home))
            self.assertTrue(shown.stdout.startswith("My Job\n"), shown.stdout)

    def test_it_never_overwrites(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "mine.toml")
            with open(path, "w") as f:
                f.write("precious")
            result = run("new", "mine", "--output", path)
            self.assertEqual(result.returncode, 1)
            self.assertIn(f"{path} already exists; not overwriting it", result.stderr)
            with open(path) as f:
                self.assertEqual(f.read(), "precious")
            with tempfile.TemporaryDirectory() as home:
                self.assertRuns(run("new", "mine", XDG_DATA_HOME=home))
                self.assertEqual(run("new", "mine", XDG_DATA_HOME=home).returncode, 1)

    def test_the_last_data_dir_or_career_path_entry_wins(self):
        with tempfile.TemporaryDirectory() as tmp:
            one, two, home = (os.path.join(tmp, d) for d in ("one", "two", "home"))
            self.assertRuns(run("new", "a", "--data-dir", one, "--data-dir", two, XDG_DATA_HOME=home))
            self.assertTrue(os.path.exists(os.path.join(two, "a.toml")))
            self.assertRuns(run("new", "b", CAREER_PATH=f"{one}:{two}", XDG_DATA_HOME=home))
            self.assertTrue(os.path.exists(os.path.join(two, "b.toml")))
            self.assertFalse(os.path.exists(home))

    def test_output_file_and_standard_output(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "draft.toml")
            self.assertRuns(run("new", "draft", "--output", path))
            printed = self.assertRuns(run("new", "draft", "--output", "-"))
            with open(path) as f:
                self.assertEqual(f.read(), printed.stdout)
            self.assertEqual(printed.stderr, "")
            text = printed.stdout
            # Only the required top-level keys are live; every table is there, commented out.
            live = [line for line in text.split("\n") if line and not line.startswith("#")]
            self.assertEqual(live, ['title = ""', 'summary = ""'])
            for header in ["# [salary]", "# [[education.stages]]", "# [[tiers]]", "# [[day]]", "# [[faq]]",
                           "# [[sources]]"]:
                self.assertIn("\n" + header + "\n", text)
            self.assertIn("\n# median = 0\n", text)

    def test_a_bad_id_is_a_usage_error(self):
        for bad in ["My_Job", "-x", "../x", "a/b", ""]:
            with self.subTest(id=bad):
                result = run("new", bad, "--output", "-")
                self.assertEqual(result.returncode, 2, result.stderr)
                self.assertEqual(result.stdout, "")

    def test_with_no_home_it_asks_for_output(self):
        env = clean_env()
        env.pop("HOME")
        result = subprocess.run([BIN, "new", "x"], capture_output=True, text=True, env=env, timeout=TIMEOUT)
        self.assertEqual(result.returncode, 1)
        self.assertIn("--output", result.stderr)
