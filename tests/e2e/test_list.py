"""`career list`, and one bad file never hiding the good ones."""
import os
import shutil
import tempfile

from career_run import SOURCE_DIR, CareerTestCase, run

IR_FILE = os.path.join(SOURCE_DIR, "data", "careers", "interventional-radiologist.toml")


class List(CareerTestCase):
    def test_text(self):
        out = self.assertRuns(run("list")).stdout
        lines = out.splitlines()
        self.assertEqual(lines[0].split(), ["ID", "TITLE", "MEDIAN", "SALARY", "GROWTH"])
        self.assertIn(["interventional-radiologist", "Interventional", "Radiologist", "$475,000", "8%"],
                      [line.split() for line in lines[1:]])
        ids = [line.split()[0] for line in lines[1:]]
        self.assertEqual(ids, sorted(ids))
        # Figures right-aligned: every median ends in the same column.
        ends = {line.index("$") + len(line.split()[-2]) for line in lines[1:] if "$" in line}
        self.assertEqual(len(ends), 1, out)

    def test_tsv(self):
        out = self.assertRuns(run("list", "--format", "tsv")).stdout
        lines = out.splitlines()
        self.assertEqual(lines[0], "id\ttitle\tmedian_salary\tgrowth_percent")
        self.assertIn("interventional-radiologist\tInterventional Radiologist\t475000\t8", lines)
        self.assertTrue(all(line.count("\t") == 3 for line in lines))


class BadData(CareerTestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="career-bad-")
        shutil.copy(IR_FILE, os.path.join(self.dir, "copy-of-ir.toml"))
        with open(os.path.join(self.dir, "broken.toml"), "w") as f:
            f.write('title = "Broken"\nsummary = "x"\n[salary]\ncountry = "US"\ncurrency = "USD"\n'
                    'median = "a lot"\n')
        with open(os.path.join(self.dir, "unparsable.toml"), "w") as f:
            f.write('title = "Unparsable\n')

    def tearDown(self):
        shutil.rmtree(self.dir)

    def test_list_reports_bad_files_and_lists_the_good(self):
        result = run("list", "--data-dir", self.dir)
        self.assertEqual(result.returncode, 65)
        self.assertIn("copy-of-ir", result.stdout)
        self.assertIn("interventional-radiologist", result.stdout)
        self.assertNotIn("Broken", result.stdout)
        self.assertIn(os.path.join(self.dir, "broken.toml") + ":6:10: error: salary.median: expected",
                      result.stderr)
        self.assertIn(os.path.join(self.dir, "unparsable.toml") + ":1:", result.stderr)

    def test_show_of_a_bad_file_exits_65_and_prints_nothing(self):
        result = run("show", "broken", "--data-dir", self.dir)
        self.assertEqual(result.returncode, 65)
        self.assertEqual(result.stdout, "")
        self.assertIn("broken.toml:6:10: error: salary.median", result.stderr)

    def test_show_of_a_good_file_beside_a_bad_one(self):
        result = run("show", "copy-of-ir", "--data-dir", self.dir)
        self.assertEqual(result.returncode, 0)
        self.assertIn("$475,000", result.stdout)
        self.assertEqual(result.stderr, "")

    def test_later_directory_overrides_same_id(self):
        with open(os.path.join(self.dir, "interventional-radiologist.toml"), "w") as f:
            f.write('title = "Overridden"\nsummary = "Mine."\n')
        out = self.assertRuns(run("show", "interventional-radiologist", "--data-dir", self.dir)).stdout
        self.assertTrue(out.startswith("Overridden\n"))


class UserDataDirectories(CareerTestCase):
    def test_career_path_and_xdg_data_home(self):
        with tempfile.TemporaryDirectory() as tmp:
            for where, title in [(os.path.join(tmp, "cp"), "From Career Path"),
                                 (os.path.join(tmp, "home", "career", "careers"), "From Data Home")]:
                os.makedirs(where)
                with open(os.path.join(where, title.lower().replace(" ", "-") + ".toml"), "w") as f:
                    f.write(f'title = "{title}"\nsummary = "A test career."\n')
            out = self.assertRuns(run("list", CAREER_PATH=os.path.join(tmp, "cp"),
                                      XDG_DATA_HOME=os.path.join(tmp, "home"))).stdout
            self.assertIn("from-career-path", out)
            self.assertIn("from-data-home", out)


class Filters(CareerTestCase):
    def ids(self, *args):
        out = self.assertRuns(run("list", "--format", "tsv", *args)).stdout
        return [line.split("\t")[0] for line in out.splitlines()[1:]]

    def test_min_salary(self):
        self.assertEqual(self.ids("--min-salary", "300000"), ["interventional-radiologist", "radiologist"])

    def test_max_training_years(self):
        ids = self.ids("--max-training-years", "4")
        self.assertIn("software-engineer", ids)
        self.assertIn("registered-nurse", ids)  # 2–4 years: can be done within 4
        self.assertNotIn("interventional-radiologist", ids)
        self.assertNotIn("nurse-practitioner", ids)  # 7–9 years

    def test_demand_at_least(self):
        self.assertEqual(self.ids("--demand", "very-high"),
                         ["data-scientist", "nurse-practitioner", "registered-nurse", "software-engineer"])
        self.assertIn("interventional-radiologist", self.ids("--demand", "high"))

    def test_remote_and_tag(self):
        # remote_friendly is the Jobicy page's tag, carried on each of the five Jobicy guides (issue 13).
        self.assertEqual(self.ids("--remote"), ["data-scientist", "interventional-radiologist", "nurse-practitioner",
                                                "registered-nurse", "software-engineer"])
        self.assertEqual(self.ids("--tag", "technology"), ["data-scientist", "software-engineer"])
        self.assertEqual(self.ids("--tag", "TECHNOLOGY"), ["data-scientist", "software-engineer"])

    def test_a_filter_that_matches_nothing_exits_1_naming_the_tags(self):
        result = self.assertRuns(run("list", "--tag", "gardening"), 1)
        self.assertEqual(result.stdout, "")
        self.assertIn("no career matches the filters; the tags are ", result.stderr)
        self.assertIn("healthcare", result.stderr)
        self.assertIn("technology", result.stderr)
        self.assertEqual(self.assertRuns(run("list", "--min-salary", "9000000"), 1).stdout, "")

    def test_sort_and_reverse(self):
        by_salary = self.ids("--sort", "salary")
        self.assertEqual(by_salary[0], "registered-nurse")
        self.assertEqual(by_salary[-1], "interventional-radiologist")
        self.assertEqual(self.ids("--sort", "salary", "--reverse")[0], "interventional-radiologist")
        self.assertEqual(self.ids("--sort", "growth", "--reverse")[0], "nurse-practitioner")
        self.assertEqual(self.ids("--sort", "training")[0], "radiation-therapist")
        self.assertEqual(self.ids("--sort", "title"), sorted(self.ids(), key=lambda i: i))
        self.assertEqual(self.ids("--reverse"), sorted(self.ids(), reverse=True))

    def test_filters_combine(self):
        self.assertEqual(self.ids("--tag", "healthcare", "--min-salary", "100000", "--sort", "salary"),
                         ["nurse-practitioner", "radiologist", "interventional-radiologist"])

    def test_bad_values_are_usage_errors(self):
        self.assertIn("did you mean 'high'?", self.assertRuns(run("list", "--demand", "hihg"), 2).stderr)
        self.assertRuns(run("list", "--sort", "pay"), 2)
        self.assertRuns(run("list", "--min-salary", "lots"), 2)
