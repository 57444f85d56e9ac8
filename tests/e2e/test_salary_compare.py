"""`career salary` and `career compare`: figures at a glance, guides and the national catalog on one
scale and side by side, each figure with its source and period, and never a zero for a missing one."""
import json
import os
import re
import tempfile
import tomllib

from career_run import SOURCE_DIR, CareerTestCase, one_line, run
from width_check import overlong_lines

IR = "interventional-radiologist"
WIDTHS = [40, 80, 160]
OCCUPATIONS = os.path.join(SOURCE_DIR, "data", "occupations")

# A career with only a median, as the BLS figures give.
MEDIAN_ONLY = '''title = "Median Only"
summary = "A career whose source gives only a median."
[salary]
country = "US"
currency = "USD"
median = 84470
source = "A test source"
'''
BARE = 'title = "Bare"\nsummary = "A career with no figures at all."\n'


def bar_line(out):
    return next(line for line in out.splitlines() if "├" in line)


def occupation(career_id):
    with open(os.path.join(OCCUPATIONS, career_id + ".toml"), "rb") as f:
        return tomllib.load(f)


def money(amount):
    return f"${amount:,}"


def top_coded_occupation():
    """An occupation whose annual 90th percentile is the survey's top code, `{ at_least = … }`."""
    for name in sorted(os.listdir(OCCUPATIONS)):
        data = occupation(name[:-5])
        p90 = data.get("wages", {}).get("annual", {}).get("p90")
        if isinstance(p90, dict) and "median" in data["wages"]["annual"] and not isinstance(
                data["wages"]["annual"]["median"], dict):
            return name[:-5], data
    raise AssertionError("no top-coded occupation")


class Salary(CareerTestCase):
    def test_figures_and_markers_in_order_along_the_bar(self):
        out = self.assertRuns(run("salary", IR)).stdout
        positions = [out.index(figure) for figure in ["$350,000", "$600,000"]]
        self.assertLess(*positions)
        for figure in ["$387,500", "$475,000", "$562,500", "$600,000+"]:
            self.assertIn(figure, out)
        bar = bar_line(out)
        marks = [bar.index(letter) for letter in "EMST"]
        self.assertEqual(marks, sorted(marks), bar)
        self.assertTrue(bar.lstrip().startswith("├"), bar)
        legend = [out.index(label) for label in ["Entry-Level", "Median (Mid-Level)", "Senior-Level", "Top 10%"]]
        self.assertEqual(legend, sorted(legend))
        self.assertIn("Top 10% of earners", out)

    def test_marks_are_placed_to_scale(self):
        bar = bar_line(self.assertRuns(run("salary", IR, "--width", "102")).stdout).strip()
        self.assertEqual(len(bar), 100)  # 100 columns for $350,000..$600,000: $2,525 a column
        self.assertEqual(bar.index("E"), round((387500 - 350000) / 250000 * 99))
        self.assertEqual(bar.index("M"), round((475000 - 350000) / 250000 * 99))
        self.assertEqual(bar.index("S"), round((562500 - 350000) / 250000 * 99))

    def test_reads_well_at_every_width_without_colour(self):
        for career in [IR, "15-1252", "anesthesiologists"]:
            for width in WIDTHS:
                out = self.assertRuns(run("salary", career, "--width", str(width))).stdout
                self.assertNotIn("\x1b[", out)
                self.assertEqual(overlong_lines(out, width), [])  # but for a URL, never split
                self.assertRegex(bar_line(out), "[EM]")

    def test_several_careers_on_one_scale_sorted_by_median(self):
        with tempfile.TemporaryDirectory() as data:
            with open(os.path.join(data, "median-only.toml"), "w") as f:
                f.write(MEDIAN_ONLY)
            out = self.assertRuns(run("salary", "median-only", IR, "--data-dir", data)).stdout
            self.assertLess(out.index("Interventional Radiologist"), out.index("Median Only"))
            out = self.assertRuns(run("salary", IR, "median-only", "--data-dir", data, "--sort", "title")).stdout
            self.assertLess(out.index("Interventional Radiologist"), out.index("Median Only"))
            self.assertIn("M $84,470", out)

    def test_sort_by_title_is_not_by_id(self):
        with tempfile.TemporaryDirectory() as data:
            for career_id, title, median in [("a-zebra", "Zebra keeper", 50000), ("b-aardvark", "aardvark tamer", 70000),
                                             ("c-mongoose", "Mongoose Handler", 60000)]:
                with open(os.path.join(data, career_id + ".toml"), "w") as f:
                    f.write(MEDIAN_ONLY.replace("Median Only", title).replace("84470", str(median)))
            names = ["a-zebra", "b-aardvark", "c-mongoose"]

            def order(*args):
                document = json.loads(self.assertRuns(run("salary", *names, "--data-dir", data, "--format", "json",
                                                          *args)).stdout)
                return [c["id"] for c in document["careers"]]
            self.assertEqual(order("--sort", "title"), ["b-aardvark", "c-mongoose", "a-zebra"])
            self.assertEqual(order("--sort", "id"), names)
            self.assertEqual(order("--sort", "median"), ["b-aardvark", "c-mongoose", "a-zebra"])  # highest first
            self.assertEqual(order("--sort", "given"), names)

    def test_only_a_median_says_the_rest_is_not_given(self):
        with tempfile.TemporaryDirectory() as data:
            for name, text in [("median-only.toml", MEDIAN_ONLY), ("bare.toml", BARE)]:
                with open(os.path.join(data, name), "w") as f:
                    f.write(text)
            out = self.assertRuns(run("salary", "median-only", "--data-dir", data)).stdout
            self.assertIn("$84,470", out)
            self.assertIn("Range: not given for this career.", out)
            self.assertIn("Entry-, Mid- and Senior-Level pay: not given for this career.", out)
            self.assertNotIn("$0", out)
            out = self.assertRuns(run("salary", "bare", "--data-dir", data)).stdout
            self.assertIn("not given for this career", out)
            self.assertNotIn("$0", out)

    def test_bad_sort_key(self):
        result = self.assertRuns(run("salary", IR, IR, "--sort", "medain"), 2)
        self.assertIn("did you mean 'median'?", result.stderr)


class SalaryOfAnOccupation(CareerTestCase):
    def test_the_percentiles_with_the_middle_half_and_the_median_and_their_source(self):
        annual = occupation("software-developers")["wages"]["annual"]
        out = self.assertRuns(run("salary", "15-1252", "--width", "102")).stdout
        self.assertIn("Annual Wages (US, USD; BLS OEWS, May 2024)", out)
        for label, key in [("10th percentile", "p10"), ("Median", "median"), ("90th percentile", "p90"),
                           ("Mean", "mean")]:
            self.assertRegex(out, rf"\n  . +{label} +{re.escape(money(annual[key]))}\n")
        self.assertIn(f"━  25th to 75th     {money(annual['p25'])} – {money(annual['p75'])}\n", out)
        self.assertIn("Source: BLS Occupational Employment and Wage Statistics, national, May 2024", one_line(out))
        # The bar: the 10th to the 90th percentile on the whole width, the middle half heavier, the median in it.
        bar = bar_line(out).strip()
        self.assertEqual((bar[0], bar[-1], len(bar)), ("├", "┤", 100))
        low, high = annual["p10"], annual["p90"]
        at = lambda amount: round((amount - low) / (high - low) * 99)
        self.assertEqual(bar.index("M"), at(annual["median"]))
        self.assertEqual(bar.index("━"), at(annual["p25"]))
        self.assertEqual(bar.rindex("━"), at(annual["p75"]))

    def test_the_wage_history_as_a_chart(self):
        history = occupation("software-developers")["wages"]["history"]
        out = self.assertRuns(run("salary", "software-developers")).stdout
        chart = out[out.index("Median Annual Wage by Year"):]
        for year in history:
            self.assertRegex(chart, rf"\n  {year['year']}  █+ +{re.escape(money(year['median']))}\n")
        lengths = [len(re.search(rf"{y['year']}  (█+)", chart).group(1)) for y in history]
        self.assertEqual(lengths, sorted(lengths))  # the wage grew every year, and so do the bars
        self.assertIn("in the dollars of that year", one_line(chart))
        self.assertIn(f"Source: BLS OEWS, May {history[0]['year']} to May {history[-1]['year']}", chart)

    def test_a_top_coded_wage_is_drawn_as_or_more_never_zero(self):
        career_id, data = top_coded_occupation()
        top = data["wages"]["annual"]["p90"]["at_least"]
        out = self.assertRuns(run("salary", career_id)).stdout
        self.assertIn(f"90th percentile  {money(top)} or more", out)
        self.assertTrue(bar_line(out).rstrip().endswith("┤→"), bar_line(out))
        self.assertIn("→  Beyond", out)
        self.assertNotIn("$0", out)
        document = json.loads(self.assertRuns(run("salary", career_id, "--format", "json")).stdout)["careers"][0]
        self.assertEqual((document["p90_salary"], document["p90_salary_at_least"]), (top, True))
        self.assertIs(document["median_salary_at_least"], False)

    def test_a_median_at_the_top_code(self):
        out = self.assertRuns(run("salary", "anesthesiologists")).stdout
        self.assertIn("M  Median           $239,200 or more", out)
        self.assertIn("M→", bar_line(out))

    def test_hourly_only_and_no_wages_say_not_available(self):
        out = self.assertRuns(run("salary", "actors")).stdout
        self.assertIn("Annual wages   not available", out)
        self.assertRegex(out, r"Hourly median +\$\d+\.\d\d")
        self.assertNotIn("$0", out)
        out = self.assertRuns(run("salary", "45-3031")).stdout  # fishing and hunting workers: not in OEWS
        self.assertIn("not available", out)
        self.assertNotIn("$0", out)


class GuideAndOccupationOnOneScale(CareerTestCase):
    def test_software_engineer_and_15_1252_read_at_a_glance(self):
        out = self.assertRuns(run("salary", "software-engineer", "15-1252", "--width", "102")).stdout
        annual = occupation("software-developers")["wages"]["annual"]
        low, high = 70000, annual["p90"]  # the guide's minimum, the occupation's 90th percentile
        self.assertIn(f"  {money(low)}", out)
        self.assertIn(money(high), out.splitlines()[3])
        at = lambda amount: round((amount - low) / (high - low) * 99)
        lines = out.splitlines()
        guide_bar = lines[lines.index("Software Engineer") + 1][2:]
        occupation_bar = lines[lines.index("Software Developers (SOC 15-1252)") + 1][2:]
        self.assertEqual(guide_bar.index("├"), 0)
        self.assertEqual(guide_bar.index("M"), at(105000))
        self.assertEqual(occupation_bar.index("├"), at(annual["p10"]))
        self.assertEqual(occupation_bar.index("M"), at(annual["median"]))
        self.assertEqual(occupation_bar.index("┤"), at(annual["p90"]))
        # Each says where its figures come from, next to them.
        self.assertIn("  Source: BLS OEWS, May 2024\n", out)
        self.assertRegex(out, r"  Source: Jobicy career path guide: Software Engineer\n")
        self.assertIn("E Entry-Level · M Median · S Senior-Level · T Top 10% from", out)
        self.assertIn("├ 10th percentile · ━ 25th to 75th · M Median · ┤ 90th percentile", out)
        self.assertLess(out.index("Software Developers"), out.index("Software Engineer\n"))  # highest median first


class SameFigureSameKey(CareerTestCase):
    def test_salary_compare_and_list_name_a_figure_alike(self):
        salary = {c["id"]: c for c in json.loads(run("salary", IR, "15-1252", "--format", "json").stdout)["careers"]}
        compare = {c["id"]: c for c in json.loads(run("compare", IR, "15-1252", "--format", "json").stdout)["careers"]}
        listed = {c["id"]: c for c in json.loads(run("list", "--format", "json").stdout)["careers"]}
        self.assertEqual(salary[IR]["median_salary"], 475000)
        self.assertEqual(salary[IR]["entry_salary"], 387500)
        self.assertNotIn("median", salary[IR])
        self.assertNotIn("entry", salary[IR])
        for career in [IR, "software-developers"]:
            shared = (set(salary[career]) & set(compare[career])) | (set(compare[career]) & set(listed[career]))
            self.assertIn("median_salary", shared)
            for key in shared:
                values = [d[career][key] for d in (salary, compare, listed) if key in d[career]]
                self.assertEqual(len(set(map(json.dumps, values))), 1, key)


class Compare(CareerTestCase):
    def test_both_medians_and_the_best_marked(self):
        out = self.assertRuns(run("compare", IR, "software-engineer")).stdout
        self.assertIn("$475,000", out)
        self.assertIn("$105,000", out)
        median_row = next(line for line in out.splitlines() if line.startswith("Median pay"))
        self.assertRegex(median_row, r"\$475,000 \*\s+\$105,000$")

    def test_columns_one_per_career(self):
        out = self.assertRuns(run("compare", IR, "software-engineer", "--width", "120")).stdout
        rows = {line.split("  ")[0]: line for line in out.splitlines() if "  " in line}
        for label in ["Median pay", "Salary range", "Entry-Level", "Senior-Level", "Top 10% from", "Pay basis",
                      "Growth", "Growth basis", "Market demand", "Years of training", "Stress",
                      "Work-life balance", "Remote-friendly"]:
            self.assertIn(label, rows, out)
        self.assertNotIn("10th percentile", rows)  # no career here has it

    def test_missing_figures_say_not_given(self):
        with tempfile.TemporaryDirectory() as data:
            with open(os.path.join(data, "bare.toml"), "w") as f:
                f.write(BARE)
            out = self.assertRuns(run("compare", IR, "bare", "--data-dir", data, "--width", "100")).stdout
            median_row = next(line for line in out.splitlines() if line.startswith("Median pay"))
            self.assertRegex(median_row, r"\$475,000\s+not given$")  # one figure: nothing to be best at
            self.assertNotIn("$0", out)

    def test_reads_well_at_every_width(self):
        for width in WIDTHS:
            out = self.assertRuns(run("compare", IR, "software-engineer", "15-1252", "--width", str(width))).stdout
            self.assertNotIn("\x1b[", out)
            for line in out.splitlines():
                self.assertLessEqual(len(line), width, line)
            self.assertIn("$105,000", out)
            self.assertTrue(re.search(r"\$475,000[ \u00a0]\*", out), out)  # no-break space when narrow

    def test_needs_two_careers(self):
        self.assertRuns(run("compare", IR), 2)

    def test_unknown_career(self):
        result = self.assertRuns(run("compare", IR, "sofware-engineer"), 66)
        self.assertIn("did you mean 'software-engineer'?", result.stderr)


class CompareAcrossKinds(CareerTestCase):
    def test_a_guide_and_an_occupation_each_figure_with_its_source_and_period(self):
        out = self.assertRuns(run("compare", "software-engineer", "15-1252", "--width", "120")).stdout
        rows = {}
        for line in out.splitlines():
            label = line.split("  ")[0]
            if label and not line.startswith(" "):
                rows[label] = line
        self.assertIn("Software Engineer (guide)", out)
        self.assertIn("Software Developers (SOC 15-1252)", out)
        self.assertRegex(rows["Median pay"], r"\$105,000 +\$133,080 \*$")
        self.assertRegex(rows["10th percentile"], r"not given +\$79,850$")
        self.assertRegex(rows["90th percentile"], r"not given +\$211,450$")
        self.assertRegex(rows["Entry-Level"], r"\$80,500 +not available$")
        self.assertRegex(rows["Pay basis"], r"the Jobicy guide's salary band, year not given +BLS OEWS, May 2024$")
        self.assertRegex(rows["Growth"], r"22% \* +15\.8%$")
        self.assertIn("2024–34, BLS", rows["Growth basis"])
        self.assertIn("no period given", one_line(out[out.index("Growth basis"):]))
        self.assertRegex(rows["Openings a year, 2024–34"], r"not given +115,200$")
        self.assertRegex(rows["Entry education (BLS)"], r"not given +Bachelor's degree$")
        self.assertRegex(rows["Job zone (O*NET)"], r"not given +4 of 5$")

    def test_as_records_with_the_keys_of_list_and_salary(self):
        document = json.loads(self.assertRuns(run("compare", "software-engineer", "15-1252", "anesthesiologists",
                                                  "--format", "json")).stdout)
        careers = {c["id"]: c for c in document["careers"]}
        developers = careers["software-developers"]
        self.assertEqual((developers["kind"], developers["soc"], developers["median_salary"], developers["p10_salary"],
                          developers["growth_percent"], developers["growth_basis"], developers["openings"],
                          developers["entry_education"], developers["job_zone"], developers["salary_basis"]),
                         ("occupation", "15-1252", 133080, 79850, 15.8, "2024–34, BLS", 115200, "Bachelor's degree",
                          4, "BLS OEWS, May 2024"))
        engineer = careers["software-engineer"]
        self.assertEqual((engineer["kind"], engineer["median_salary"], engineer["entry_salary"]), ("guide", 105000, 80500))
        self.assertRegex(engineer["growth_basis"], r"^as stated in .*Jobicy.*, no period given$")
        self.assertNotIn("p10_salary", engineer)  # not given is absent, never zero
        anesthesiologists = careers["anesthesiologists"]
        self.assertEqual((anesthesiologists["median_salary"], anesthesiologists["median_salary_at_least"]), (239200, True))
        self.assertEqual(document["best"]["median_salary"], ["anesthesiologists"])

    def test_sort_by_the_same_keys(self):
        def order(*args):
            document = json.loads(self.assertRuns(run("compare", "software-engineer", "15-1252", IR, "--format",
                                                      "json", *args)).stdout)
            return [c["id"] for c in document["careers"]]
        self.assertEqual(order(), ["software-engineer", "software-developers", IR])
        self.assertEqual(order("--sort", "median"), [IR, "software-developers", "software-engineer"])
        self.assertEqual(order("--sort", "growth"), ["software-engineer", "software-developers", IR])
        self.assertEqual(order("--sort", "title"), [IR, "software-developers", "software-engineer"])


class GrowthSaysItsPeriodAndSource(CareerTestCase):
    def test_in_show_and_its_json(self):
        out = one_line(self.assertRuns(run("show", "15-1252", "--section", "summary", "--width", "200")).stdout)
        self.assertIn("15.8% growth (2024–34, BLS)", out)
        out = one_line(self.assertRuns(run("show", "data-scientist", "--section", "summary,outlook")).stdout)
        self.assertRegex(out, r"36% growth rate \(as stated in .*Jobicy.*, no period given\)")
        self.assertIn("Growth Rate: 36%, as stated in the Jobicy guide, no period given", out)
        document = json.loads(self.assertRuns(run("show", "15-1252", "--format", "json")).stdout)
        self.assertEqual(document["projections"]["growth_basis"], "2024–34, BLS")
        document = json.loads(self.assertRuns(run("show", "data-scientist", "--format", "json")).stdout)
        self.assertRegex(document["job_outlook"]["growth_basis"], r"^as stated in .*, no period given$")

    def test_in_list_and_compare(self):
        out = self.assertRuns(run("list", "--width", "120")).stdout
        for line in out.splitlines()[1:]:
            if not line:
                break
            if re.search(r"\d%", line):
                self.assertTrue(line.endswith("2024–34, BLS") or line.endswith("no period, guide"), line)
