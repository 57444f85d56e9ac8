"""Every view fits the width it is given (issue 14, "Widths and wrapping"): tables shrink or turn into
lists, URLs are never split, a salary mark stays beside its amount, search headers and `paths` fit,
and the training bars of `career education` agree with their labels."""
import glob
import json
import math
import os
import re

from career_run import SOURCE_DIR, CareerTestCase, on_terminal, one_line, run
from width_check import ESCAPE, URL, display_width, overlong_lines, url_of

CAREER_FILES = sorted(glob.glob(os.path.join(SOURCE_DIR, "data", "careers", "*.toml")))
CAREERS = [os.path.splitext(os.path.basename(path))[0] for path in CAREER_FILES]
CAREER_VIEWS = ["show", "salary", "education", "path", "day", "skills", "pros-cons", "faq"]
SEARCHES = [["nurse"], ["radiation"], ["therapist"], ["engineer"], ["data"], ["the"], ["radiation", "safety"]]


def urls_in_file(path):
    with open(path, encoding="utf-8") as f:
        return {url_of(url) for url in URL.findall(f.read())}


def listed():
    """Every career `list` shows, as (id, title)."""
    document = json.loads(run("list", "--format", "json").stdout)
    return [(c["id"], c["title"]) for c in document["careers"]]


class UrlsAreNeverSplit(CareerTestCase):
    def test_every_url_of_every_view_is_whole_on_one_line(self):
        for career, path in zip(CAREERS, CAREER_FILES):
            known = urls_in_file(path)
            for view in CAREER_VIEWS:
                for width in [40, 58, 80]:
                    out = self.assertRuns(run(view, career, "--width", str(width))).stdout
                    shown = {url_of(url) for url in URL.findall(out)}
                    with self.subTest(career=career, view=view, width=width):
                        self.assertEqual(shown - known, set(), "a URL cut in two")
                        # A URL is never broken before its scheme either: no line ends in "https:/".
                        self.assertNotRegex(out, r"https?:/?\n")
                        if view == "show":
                            self.assertEqual(known - shown, set(), "URLs missing")

    def test_salary_radiologist_at_80(self):
        out = self.assertRuns(run("salary", "radiologist", "--width", "80")).stdout
        self.assertIn("        https://www.interviewgrid.com/career/radiologist_career_path_and_overview\n", out)
