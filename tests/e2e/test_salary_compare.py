"""`career salary` and `career compare`: figures at a glance, and never a zero for a missing one."""
import os
import re
import tempfile

from career_run import CareerTestCase, run
from width_check import overlong_lines

IR = "interventional-radiologist"
WIDTHS = [40, 80, 160]

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
        for width in WIDTHS:
            out = self.assertRuns(run("salary", IR, "--width", str(width))).stdout
            self.assertNotIn("\x1b[", out)
            self.assertEqual(overlong_lines(out, width), [])  # but for a URL, never split
            self.assertIn("E", bar_line(out))

    def test_several_careers_on_one_scale_sorted_by_median(self):
        with tempfile.TemporaryDirectory() as data:
            with open(os.path.join(data, "median-only.toml"), "w") as f:
                f.write(MEDIAN_ONLY)
            out = self.assertRuns(run("salary", "median-only", IR, "--data-dir", data)).stdout
            self.assertLess(out.index("Interventional Radiologist"), out.index("Median Only"))
            out = self.assertRuns(run("salary", IR, "median-only", "--data-dir", data, "--sort", "title")).stdout
            self.assertLess(out.index("Interventional Radiologist"), out.index("Median Only"))
            self.assertIn("M $84,470", out)

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


class Compare(CareerTestCase):
    def test_both_medians_and_the_best_marked(self):
        out = self.assertRuns(run("compare", IR, "software-engineer")).stdout
        self.assertIn("$475,000", out)
        self.assertIn("$105,000", out)
        median_row = next(line for line in out.splitlines() if line.startswith("Median salary"))
        self.assertRegex(median_row, r"\$475,000 \*\s+\$105,000$")

    def test_columns_one_per_career(self):
        out = self.assertRuns(run("compare", IR, "software-engineer", "--width", "100")).stdout
        rows = {line.split("  ")[0]: line for line in out.splitlines() if "  " in line}
        for label in ["Median salary", "Salary range", "Entry-Level", "Senior-Level", "Top 10% from", "Growth",
                      "Market demand", "Years of training", "Stress", "Work-life balance", "Remote-friendly"]:
            self.assertIn(label, rows, out)

    def test_missing_figures_say_not_given(self):
        with tempfile.TemporaryDirectory() as data:
            with open(os.path.join(data, "bare.toml"), "w") as f:
                f.write(BARE)
            out = self.assertRuns(run("compare", IR, "bare", "--data-dir", data, "--width", "100")).stdout
            median_row = next(line for line in out.splitlines() if line.startswith("Median salary"))
            self.assertRegex(median_row, r"\$475,000\s+not given$")  # one figure: nothing to be best at
            self.assertNotIn("$0", out)

    def test_reads_well_at_every_width(self):
        for width in WIDTHS:
            out = self.assertRuns(run("compare", IR, "software-engineer", "--width", str(width))).stdout
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
