"""Every view works for every kind of shipped career: exit 0, lines within the width, no colour in a
pipe, and a missing figure said as "not given", never as a zero. The shipped catalog is the guides
and some 800 occupations: what is cheap is checked for all of them (the list, the related
occupations; `career validate` in test_validate), and what costs a run per career, view and width
for every guide, every shape an occupation's figures take, and a fixed sample of the catalog."""
import json
import os
import re

from career_run import GUIDES, OCCUPATIONS, OCCUPATIONS_DIR, CareerTestCase, run, sample_occupations
from width_check import overlong_lines

VIEWS = ["show", "salary", "education", "ladder", "day", "skills", "pros-cons", "faq"]
WIDTHS = ["40", "80", "160"]
# Each shape an occupation's figures take: every table (chief executives), wages only by the hour
# (actors), no wages at all (fishing and hunting workers, whom OEWS does not survey), wages above
# the top code (anesthesiologists), no O*NET detail (an "All Other" occupation), the longest title.
SHAPES = ["chief-executives", "actors", "fishing-and-hunting-workers", "anesthesiologists",
          "agricultural-workers-all-other", max(OCCUPATIONS, key=len)]
VIEWED = GUIDES + sorted(set(SHAPES + sample_occupations(6)))


def listed():
    return [career["id"] for career in json.loads(run("list", "--format", "json").stdout)["careers"]]


class EveryViewForEveryCareer(CareerTestCase):
    def test_catalog_is_complete(self):
        ids = listed()
        self.assertEqual(sorted(ids), sorted(GUIDES + OCCUPATIONS))
        self.assertGreaterEqual(len(OCCUPATIONS), 800)
        for career in ["interventional-radiologist", "nurse-practitioner", "registered-nurse", "software-engineer",
                       "data-scientist", "radiologist", "software-developers", "registered-nurses"]:
            self.assertIn(career, ids)

    def test_every_view_at_every_width(self):
        for career in VIEWED:
            for view in VIEWS:
                for width in WIDTHS:
                    with self.subTest(career=career, view=view, width=width):
                        result = run(view, career, "--width", width)
                        self.assertEqual(result.returncode, 0, result.stderr)
                        self.assertEqual(result.stderr, "")
                        self.assertNotIn("\x1b[", result.stdout)
                        # A web address or a career's id (the related occupations') longer than the
                        # width are the things that may not fit: they stand alone on a line.
                        self.assertEqual(overlong_lines(result.stdout, int(width), ids=True), [])
                        self.assertNotRegex(result.stdout, r"(?<![\d,])\$0(?![\d,])")

    def test_compare_all_guides(self):
        out = self.assertRuns(run("compare", *GUIDES, "--width", "160")).stdout
        median_row = next(line for line in out.splitlines() if line.startswith("Median pay"))
        self.assertEqual(len(re.findall(r"\$[\d,]+", median_row)), len(GUIDES))
        self.assertEqual(median_row.count("*"), 1)  # one highest median

    def test_salary_of_all_guides_on_one_scale_sorted_by_median(self):
        out = self.assertRuns(run("salary", *GUIDES)).stdout
        medians = [int(m.replace(",", "")) for m in re.findall(r"M \$([\d,]+)", out)]
        self.assertEqual(len(medians), len(GUIDES))
        self.assertEqual(medians, sorted(medians, reverse=True))

    def test_related_roles_name_careers(self):
        ids = set(listed())
        for career in GUIDES:
            out = self.assertRuns(run("show", career, "--section", "outlook")).stdout
            for related in re.findall(r"\(career show ([a-z0-9-]+)\)", out):
                self.assertIn(related, ids)
        for career in VIEWED:
            if career in GUIDES:
                continue
            document = json.loads(self.assertRuns(run("show", career, "--format", "json")).stdout)
            for related in document.get("work", {}).get("related", []):
                if "id" in related:
                    self.assertIn(related["id"], ids, career)
                    shown = self.assertRuns(run("show", related["soc"][:7], "--format", "json", "--section", "summary"))
                    self.assertEqual(json.loads(shown.stdout)["id"], related["id"], career)

    def test_every_related_occupation_of_the_catalog_names_a_career(self):
        """Every occupation's related ids, read from the files (parsing 800 files with tomllib
        would take seconds; the importer writes each related occupation on a line of its own, in
        the array work.related: `{ soc = "...", title = "...", tier = "...", id = "..." },`)."""
        ids, found = set(GUIDES + OCCUPATIONS), 0
        for career in OCCUPATIONS:
            with open(os.path.join(OCCUPATIONS_DIR, career + ".toml"), encoding="utf-8") as f:
                text = f.read()
            block = re.search(r"^related = \[\n(.*?)^\]", text, flags=re.M | re.S)
            if not block:
                continue
            lines = block.group(1).splitlines()
            self.assertTrue(all(line.startswith('  { soc = "') for line in lines), career)
            for related in re.findall(r', id = "([^"]*)" \},$', block.group(1), flags=re.M):
                self.assertIn(related, ids, career)
                found += 1
        self.assertGreater(found, 5000)  # the pattern finds them
