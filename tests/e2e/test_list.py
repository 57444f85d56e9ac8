"""`career list` over the national catalog and the guides: columns, filters like the Occupational
Outlook Handbook's, sort keys, `career groups`, and one bad file never hiding the good ones."""
import glob
import json
import os
import re
import shutil
import tempfile
import tomllib

from career_run import SOURCE_DIR, CareerTestCase, run

IR_FILE = os.path.join(SOURCE_DIR, "data", "careers", "interventional-radiologist.toml")
OCCUPATIONS = os.path.join(SOURCE_DIR, "data", "occupations")
HEADER = ["SOC", "TITLE", "KIND", "MEDIAN", "PAY", "GROWTH", "PERIOD,", "SOURCE"]


def records(*args):
    """`career list ARGS --format json`'s records."""
    result = run("list", *args, "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["careers"]


def guide(career_id, title, soc=None, median=None, growth=None, tag="listtest"):
    """A small guide's file."""
    text = f'title = "{title}"\nsummary = "A guide for the tests."\ntags = ["{tag}"]\n'
    if soc:
        text = f'soc = "{soc}"\n' + text
    if growth is not None:
        text += f'[job_outlook]\ngrowth_percent = {growth}\nsource = "A test source"\n'
    if median is not None:
        text += f'[salary]\ncountry = "US"\ncurrency = "USD"\nmedian = {median}\nsource = "A test source"\n'
    return career_id, text


class TempData(CareerTestCase):
    """A data directory of our own beside the shipped catalog."""
    CAREERS = []

    def setUp(self):
        self.data = tempfile.mkdtemp(prefix="career-list-")
        for career_id, text in self.CAREERS:
            with open(os.path.join(self.data, career_id + ".toml"), "w") as f:
                f.write(text)

    def tearDown(self):
        shutil.rmtree(self.data)


class Columns(CareerTestCase):
    def test_text_names_each_career_by_its_soc_code_and_title_and_tells_its_kind(self):
        out = self.assertRuns(run("list", "--width", "120")).stdout
        lines = out.splitlines()
        self.assertEqual(lines[0].split(), HEADER)
        self.assertIn("15-1252  Software Developers ", out)
        row = next(line for line in lines if line.startswith("15-1252 "))
        self.assertRegex(row, r"^15-1252  Software Developers +occupation\+? +\$133,080 +15\.8%  2024–34, BLS$")
        ir = next(line for line in lines if " Interventional Radiologist " in line)
        self.assertRegex(ir, r"  guide +\$475,000 +8%  no period, guide$")
        # Figures right-aligned: every median ends in the same column, every growth rate too.
        table = lines[1:lines.index("")]
        self.assertEqual(len({line.index("$") + len(line[line.index("$"):].split()[0]) for line in table
                              if "$" in line}), 1)
        self.assertEqual(len({m.end() for line in table for m in [re.search(r"\d%", line)] if m}), 1)

    def test_the_catalog_and_the_guides_all_listed(self):
        listed = records()
        kinds = [r["kind"] for r in listed]
        self.assertGreaterEqual(kinds.count("occupation"), 800)
        self.assertGreaterEqual(kinds.count("guide"), 7)
        self.assertEqual(len({r["id"] for r in listed}), len(listed))
        text = self.assertRuns(run("list", "--width", "200")).stdout.splitlines()
        self.assertEqual(text.index(""), 1 + len(listed))  # a line each, then the legend

    def test_in_soc_order_by_default_careers_without_a_code_last(self):
        socs = [r.get("soc") for r in records()]
        coded = [s for s in socs if s]
        self.assertEqual(coded, sorted(coded))
        self.assertEqual(socs[:len(coded)], coded)

    def test_a_top_coded_median_is_at_least_its_top_code(self):
        out = self.assertRuns(run("list", "--width", "120")).stdout
        row = next(line for line in out.splitlines() if line.startswith("29-1211 "))  # anesthesiologists
        self.assertIn("≥$239,200", row)
        self.assertIn("≥: the survey's top code, or more.", " ".join(out.split()))
        anesthesiologists = next(r for r in records() if r.get("soc") == "29-1211")
        self.assertEqual(anesthesiologists["median_salary"], 239200)
        self.assertIs(anesthesiologists["median_salary_at_least"], True)
        self.assertNotIn("$0", out)

    def test_the_legend_says_where_pay_comes_from_and_how_to_show_a_career(self):
        out = " ".join(self.assertRuns(run("list")).stdout.split())
        self.assertIn("Median pay a year: BLS OEWS, May 2024 for an occupation, the guide's own source for a guide.",
                      out)
        self.assertIn('Show one with career show SOC-CODE (an occupation) or career show "TITLE" (any career).', out)

    def test_machine_formats_carry_soc_kind_and_the_figures_as_numbers(self):
        out = self.assertRuns(run("list", "--format", "tsv")).stdout
        lines = out.splitlines()
        self.assertEqual(lines[0].split("\t"), ["id", "title", "kind", "soc", "group", "median_salary",
                                                "median_salary_at_least", "salary_basis", "growth_percent",
                                                "growth_basis", "openings", "employment", "entry_education",
                                                "job_zone", "has_guide"])
        self.assertIn("software-developers\tSoftware Developers\toccupation\t15-1252\tComputer and mathematical "
                      "occupations\t133080\tfalse\tBLS OEWS, May 2024\t15.8\t2024–34, BLS\t115200\t1693800\t"
                      "Bachelor's degree\t4\t", out)
        self.assertTrue(all(line.count("\t") == 14 for line in lines))
        developers = next(r for r in records() if r["id"] == "software-developers")
        self.assertEqual(developers["growth_percent"], 15.8)
        self.assertEqual(developers["growth_basis"], "2024–34, BLS")
        self.assertEqual(developers["openings"], 115200)
        ir = next(r for r in records() if r["id"] == "interventional-radiologist")
        self.assertEqual((ir["kind"], ir["median_salary"], ir["median_salary_at_least"], ir["growth_percent"]),
                         ("guide", 475000, False, 8))
        self.assertRegex(ir["growth_basis"], r"^as stated in .+, no period given$")


class GuidesBesideTheirOccupations(TempData):
    # An occupation no shipped guide is about: computer programmers.
    CAREERS = [guide("my-developer-guide", "My Developer Guide", soc="15-1251", median=100000, growth=12)]

    def test_an_occupation_a_guide_is_about_says_so_and_the_guide_follows_it(self):
        out = self.assertRuns(run("list", "--data-dir", self.data, "--group", "15", "--width", "120")).stdout
        lines = out.splitlines()
        occupation = next(i for i, line in enumerate(lines) if line.startswith("15-1251  Computer Programmers "))
        self.assertRegex(lines[occupation], r"  occupation\+ ")
        self.assertRegex(lines[occupation + 1], r"^15-1251  My Developer Guide +guide +\$100,000 +12%")
        self.assertIn("occupation+: an occupation a guide is about; the guide is listed under the same SOC code.",
                      " ".join(out.split()))
        listed = {r["id"]: r for r in records("--data-dir", self.data, "--group", "15")}
        self.assertIs(listed["computer-programmers"]["has_guide"], True)
        self.assertIs(listed["computer-systems-analysts"]["has_guide"], False)
        self.assertIs(listed["software-developers"]["has_guide"], True)  # the software engineer's guide
        self.assertNotIn("has_guide", listed["my-developer-guide"])
        self.assertEqual(listed["my-developer-guide"]["group"], "Computer and mathematical occupations")
        without = {r["id"]: r for r in records("--group", "15")}
        self.assertIs(without["computer-programmers"]["has_guide"], False)


class Filters(CareerTestCase):
    def ids(self, *args):
        return [r["id"] for r in records(*args)]

    def test_group(self):
        listed = records("--group", "29")
        self.assertGreater(len(listed), 50)
        self.assertTrue(all(r["soc"].startswith("29-") for r in listed))
        self.assertIn("registered-nurses", [r["id"] for r in listed])
        self.assertEqual(self.ids("--group", "29-0000"), [r["id"] for r in listed])
        result = self.assertRuns(run("list", "--group", "99"), 1)
        self.assertIn("no career is in group 99 (career groups lists the groups)", result.stderr)
        self.assertEqual(result.stdout, "")
        self.assertIn("expected a SOC major group", self.assertRuns(run("list", "--group", "2"), 2).stderr)

    def test_education_words_in_any_case(self):
        listed = records("--education", "MASTER")
        self.assertGreater(len(listed), 20)
        self.assertTrue(all(r["entry_education"] == "Master's degree" for r in listed))
        self.assertEqual({r["entry_education"] for r in records("--education", "high school")},
                         {"High school diploma or equivalent"})
        self.assertEqual({r["entry_education"] for r in records("--education", "doctoral")},
                         {"Doctoral or professional degree"})
        result = self.assertRuns(run("list", "--education", "apprenticeship"), 1)
        self.assertIn("the entry education levels are ", result.stderr)
        self.assertIn("Master's degree", result.stderr)

    def test_median_range_and_the_old_name(self):
        listed = records("--min-median", "140000", "--max-median", "160000")
        self.assertGreater(len(listed), 5)
        self.assertTrue(all(140000 <= r["median_salary"] <= 160000 for r in listed))
        self.assertEqual(self.ids("--min-salary", "200000"), self.ids("--min-median", "200000"))
        # "$239,200 or more" is at least 239,200, and within no maximum.
        self.assertIn("anesthesiologists", self.ids("--min-median", "239200"))
        self.assertNotIn("anesthesiologists", self.ids("--max-median", "9000000"))
        self.assertEqual(self.ids("--min-median", "300000"), ["interventional-radiologist", "radiologist"])

    def test_growth_openings_and_job_zone(self):
        listed = records("--min-growth", "20")
        self.assertTrue(listed and all(r["growth_percent"] >= 20 for r in listed))
        self.assertIn("nurse-practitioners", [r["id"] for r in listed])
        self.assertTrue(all(r["growth_percent"] >= 2.5 for r in records("--min-growth", "2.5")))
        self.assertIn("expected a number of per cent", self.assertRuns(run("list", "--min-growth", "lots"), 2).stderr)
        listed = records("--min-openings", "100000")
        self.assertTrue(listed and all(r["openings"] >= 100000 for r in listed))
        self.assertIn("registered-nurses", [r["id"] for r in listed])
        listed = records("--job-zone", "5")
        self.assertTrue(listed and all(r["job_zone"] == 5 for r in listed))
        self.assertRuns(run("list", "--job-zone", "6"), 2)

    def test_kind(self):
        guides = records("--kind", "guide")
        self.assertEqual({r["kind"] for r in guides}, {"guide"})
        self.assertIn("interventional-radiologist", [r["id"] for r in guides])
        self.assertEqual({r["kind"] for r in records("--kind", "occupation")}, {"occupation"})

    def test_the_guides_filters(self):
        ids = self.ids("--max-training-years", "4")
        self.assertIn("software-engineer", ids)
        self.assertIn("registered-nurse", ids)  # 2–4 years: can be done within 4
        self.assertNotIn("interventional-radiologist", ids)
        # The five guides from Jobicy's pages carry its remote-friendly tag.
        self.assertEqual(set(self.ids("--remote")), {"interventional-radiologist", "nurse-practitioner",
                                                     "registered-nurse", "software-engineer", "data-scientist"})
        self.assertEqual(set(self.ids("--tag", "TECHNOLOGY")), {"data-scientist", "software-engineer"})
        self.assertIn("interventional-radiologist", self.ids("--demand", "high"))

    def test_filters_combine(self):
        listed = records("--group", "29", "--education", "doctoral", "--min-growth", "5", "--sort", "median")
        self.assertTrue(listed)
        for r in listed:
            self.assertTrue(r["soc"].startswith("29-") and r["growth_percent"] >= 5, r)
            self.assertEqual(r["entry_education"], "Doctoral or professional degree")

    def test_a_filter_that_matches_nothing_exits_1_naming_what_there_is(self):
        result = self.assertRuns(run("list", "--tag", "gardening"), 1)
        self.assertEqual(result.stdout, "")
        self.assertIn("no career matches the filters; the tags are ", result.stderr)
        self.assertIn("healthcare", result.stderr)
        self.assertEqual(self.assertRuns(run("list", "--min-median", "9000000"), 1).stdout, "")

    def test_bad_values_are_usage_errors(self):
        self.assertIn("did you mean 'high'?", self.assertRuns(run("list", "--demand", "hihg"), 2).stderr)
        self.assertIn("did you mean 'occupation'?", self.assertRuns(run("list", "--kind", "ocupation"), 2).stderr)
        self.assertRuns(run("list", "--min-median", "lots"), 2)


class Sorts(TempData):
    # Ids in one order, titles in another (and in other cases): a sort by title is not a sort by id.
    CAREERS = [guide("a-zebra", "Zebra keeper", median=50000, growth=1),
               guide("b-aardvark", "aardvark tamer", median=70000, growth=3),
               guide("c-mongoose", "Mongoose Handler", median=60000, growth=2)]

    def ids(self, *args):
        return [r["id"] for r in records("--data-dir", self.data, "--tag", "listtest", *args)]

    def test_title_is_not_id(self):
        self.assertEqual(self.ids("--sort", "title"), ["b-aardvark", "c-mongoose", "a-zebra"])
        self.assertEqual(self.ids("--sort", "title", "--reverse"), ["a-zebra", "c-mongoose", "b-aardvark"])
        self.assertEqual(self.ids("--sort", "id"), ["a-zebra", "b-aardvark", "c-mongoose"])

    def test_figures_lowest_first_and_reversed(self):
        self.assertEqual(self.ids("--sort", "median"), ["a-zebra", "c-mongoose", "b-aardvark"])
        self.assertEqual(self.ids("--sort", "salary"), self.ids("--sort", "median"))  # the old name
        self.assertEqual(self.ids("--sort", "growth", "--reverse"), ["b-aardvark", "c-mongoose", "a-zebra"])

    def test_the_catalogs_figures(self):
        for key, field in [("median", "median_salary"), ("growth", "growth_percent"), ("openings", "openings"),
                           ("employment", "employment")]:
            with self.subTest(key=key):
                listed = records("--kind", "occupation", "--sort", key)
                values = [r[field] for r in listed if field in r]
                self.assertEqual(values, sorted(values))
                self.assertTrue(all(field in r for r in listed[:len(values)]))  # without the figure last
                reverse = [r[field] for r in records("--kind", "occupation", "--sort", key, "--reverse") if field in r]
                self.assertEqual(reverse, sorted(values, reverse=True))

    def test_a_bad_key_names_the_keys(self):
        result = self.assertRuns(run("list", "--sort", "pay"), 2)
        self.assertIn("(one of: id, title, median, growth, openings, employment, training, soc or salary)",
                      result.stderr)


class Groups(TempData):
    CAREERS = [guide("my-nursing-guide", "My Nursing Guide", soc="29-1141")]

    def test_every_major_group_with_its_title_from_the_sources_and_its_counts(self):
        out = self.assertRuns(run("groups", "--width", "120")).stdout
        lines = out.splitlines()
        self.assertEqual(lines[0].split(), ["GROUP", "TITLE", "OCCUPATIONS", "GUIDES"])
        self.assertRegex(out, r"\n29 +Healthcare practitioners and technical occupations +\d+ +\d+\n")
        groups = json.loads(self.assertRuns(run("groups", "--format", "json")).stdout)["groups"]
        self.assertEqual(len(groups), 22)
        self.assertEqual([g["code"] for g in groups], sorted(g["code"] for g in groups))
        occupations = [r for r in records() if r["kind"] == "occupation"]
        self.assertEqual(sum(g["occupations"] for g in groups), len(occupations))
        for g in groups:
            self.assertEqual(g["occupations"], sum(1 for r in occupations if r["soc"][:2] == g["code"]))

    def test_the_titles_are_the_files_group_keys(self):
        groups = {g["code"]: g["title"] for g in json.loads(run("groups", "--format", "json").stdout)["groups"]}
        files = sorted(glob.glob(os.path.join(OCCUPATIONS, "*.toml")))
        self.assertGreaterEqual(len(files), 800)
        for path in files[::40]:
            with open(path, "rb") as f:
                occupation = tomllib.load(f)
            self.assertEqual(groups[occupation["soc"][:2]], occupation["group"], path)

    def test_a_guide_counts_in_its_occupations_group(self):
        before = {g["code"]: g for g in json.loads(run("groups", "--format", "json").stdout)["groups"]}
        after = {g["code"]: g for g in json.loads(run("groups", "--format", "json", "--data-dir", self.data).stdout)["groups"]}
        self.assertEqual(after["29"]["guides"], before["29"]["guides"] + 1)
        self.assertEqual(after["29"]["occupations"], before["29"]["occupations"])

    def test_tsv_and_csv(self):
        lines = self.assertRuns(run("groups", "--format", "tsv")).stdout.splitlines()
        self.assertEqual(lines[0], "code\ttitle\toccupations\tguides")
        self.assertTrue(any(line.startswith("29\tHealthcare practitioners and technical occupations\t") for line in lines))
        self.assertTrue(self.assertRuns(run("groups", "--format", "csv")).stdout.startswith("code,title,occupations,guides\n"))

    def test_a_surplus_word_is_a_usage_error(self):
        self.assertIn("'29'", self.assertRuns(run("groups", "29"), 2).stderr)


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
        result = run("list", "--data-dir", self.dir, "--kind", "guide", "--format", "tsv")
        self.assertEqual(result.returncode, 65)
        self.assertIn("copy-of-ir\t", result.stdout)
        self.assertIn("interventional-radiologist\t", result.stdout)
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
            result = run("list", "--kind", "guide", "--format", "tsv", CAREER_PATH=os.path.join(tmp, "cp"),
                         XDG_DATA_HOME=os.path.join(tmp, "home"))
            self.assertRuns(result)
            self.assertIn("from-career-path\t", result.stdout)
            self.assertIn("from-data-home\t", result.stdout)
