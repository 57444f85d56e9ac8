"""Every view works for every career shipped: exit 0, lines within the width, no colour in a pipe,
and a missing figure said as "not given", never as a zero."""
import re

from career_run import CareerTestCase, run

VIEWS = ["show", "salary", "education", "path", "day", "skills", "pros-cons", "faq"]
WIDTHS = ["40", "80", "160"]


def shipped_ids():
    lines = run("list", "--format", "tsv").stdout.splitlines()[1:]
    return [line.split("\t")[0] for line in lines]


class EveryViewForEveryCareer(CareerTestCase):
    def test_catalog_is_complete(self):
        ids = shipped_ids()
        for career in ["interventional-radiologist", "nurse-practitioner", "registered-nurse", "software-engineer",
                       "data-scientist", "radiologist"]:
            self.assertIn(career, ids)

    def test_every_view_at_every_width(self):
        for career in shipped_ids():
            for view in VIEWS:
                for width in WIDTHS:
                    with self.subTest(career=career, view=view, width=width):
                        result = run(view, career, "--width", width)
                        self.assertEqual(result.returncode, 0, result.stderr)
                        self.assertEqual(result.stderr, "")
                        self.assertNotIn("\x1b[", result.stdout)
                        too_long = [line for line in result.stdout.splitlines() if len(line) > int(width)]
                        # A web address longer than the width is the one thing that may not fit.
                        self.assertEqual([line for line in too_long if "://" not in line], [])
                        self.assertNotRegex(result.stdout, r"(?<![\d,])\$0(?![\d,])")

    def test_compare_all(self):
        ids = shipped_ids()
        out = self.assertRuns(run("compare", *ids, "--width", "160")).stdout
        median_row = next(line for line in out.splitlines() if line.startswith("Median salary"))
        self.assertEqual(len(re.findall(r"\$[\d,]+", median_row)), len(ids))
        self.assertEqual(median_row.count("*"), 1)  # one highest median

    def test_salary_of_all_on_one_scale_sorted_by_median(self):
        ids = shipped_ids()
        out = self.assertRuns(run("salary", *ids)).stdout
        medians = [int(m.replace(",", "")) for m in re.findall(r"M \$([\d,]+)", out)]
        self.assertEqual(len(medians), len(ids))
        self.assertEqual(medians, sorted(medians, reverse=True))

    def test_related_roles_name_careers(self):
        for career in shipped_ids():
            out = self.assertRuns(run("show", career, "--section", "outlook")).stdout
            for related in re.findall(r"\(career show ([a-z0-9-]+)\)", out):
                self.assertIn(related, shipped_ids())
