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


def urls_of_guide(path):
    """The URLs of a guide and of the occupation it names by its SOC code, whose figures it shows."""
    urls = urls_in_file(path)
    with open(path, encoding="utf-8") as f:
        soc = re.search(r'^soc = "([0-9-]+)"', f.read(), flags=re.M)
    for occupation in glob.glob(os.path.join(SOURCE_DIR, "data", "occupations", "*.toml")) if soc else []:
        with open(occupation, encoding="utf-8") as f:
            if f'\nsoc = "{soc.group(1)}"\n' in f.read():
                urls |= urls_in_file(occupation)
    return urls


def listed(*args):
    """Every career `list ARGS` shows, as (SOC code or "—", title)."""
    document = json.loads(run("list", *args, "--format", "json").stdout)
    return [(c.get("soc", "—"), c["title"]) for c in document["careers"]]


class ListFitsTheWidth(CareerTestCase):
    def check(self, out, width, careers):
        self.assertEqual(overlong_lines(out, width), [], f"at {width} columns:\n{out}")
        lines = out.splitlines()
        flat = "".join(out.split())
        starts = {line.split("  ")[0] for line in lines}
        for soc, title in careers:
            # Named by its SOC code at the start of a line (a guide without one, by its title); its
            # title whole (perhaps broken after a hyphen) or cut with "…".
            if soc != "—":
                self.assertIn(soc, starts, f"{soc} at {width} columns:\n{out}")
            self.assertTrue("".join(title.split()) in flat or re.search(re.escape(title[:4]) + r"[^\n]*…", out),
                            f"{title} at {width} columns")

    def test_every_width(self):
        careers = listed()
        for width in [20, 30, 40, 50, 60, 70, 80, 160]:
            with self.subTest(width=width):
                self.check(self.assertRuns(run("list", "--width", str(width))).stdout, width, careers)

    def test_a_terminal_50_columns_wide(self):
        status, shown = on_terminal("list", "--group", "29", "--no-pager", cols=50)
        self.assertEqual(status, 0)
        self.check(ESCAPE.sub("", shown), 50, listed("--group", "29"))

    def test_a_wide_list_is_still_a_table(self):
        for width in [80, 160]:
            lines = self.assertRuns(run("list", "--width", str(width))).stdout.splitlines()
            self.assertEqual(lines[0].split(), ["SOC", "TITLE", "KIND", "MEDIAN", "PAY", "GROWTH", "PERIOD,", "SOURCE"])
            self.assertEqual(lines.index(""), 1 + len(listed()))

    def test_a_narrow_list_is_one_block_a_career(self):
        out = self.assertRuns(run("list", "--width", "40")).stdout
        self.assertNotIn("MEDIAN PAY", out)
        self.assertIn("\n15-1252  Software Developers\n  occupation+ · Median pay $133,080\n"
                      "  Growth 15.8% (2024–34, BLS)\n", out)
        self.assertIn("Interventional Radiologist\n  guide · Median pay $475,000\n", out)

    def test_a_title_cut_to_fit_keeps_its_characters_whole(self):
        # "Ünïcödé" and CJK titles are cut between characters, never inside one.
        with self.subTest("utf-8"):
            import tempfile
            with tempfile.TemporaryDirectory() as data:
                with open(os.path.join(data, "wide-title.toml"), "w", encoding="utf-8") as f:
                    f.write('title = "Ünïcödé 漢字漢字漢字漢字漢字漢字漢字漢字漢字 Title"\nsummary = "x"\n')
                for width in range(60, 80):
                    result = self.assertRuns(run("list", "--data-dir", data, "--kind", "guide", "--width", str(width)))
                    self.assertEqual(overlong_lines(result.stdout, width), [], result.stdout)
                    self.assertIn("Ünïcödé 漢", result.stdout)


class UrlsAreNeverSplit(CareerTestCase):
    def test_every_url_of_every_view_is_whole_on_one_line(self):
        for career, path in zip(CAREERS, CAREER_FILES):
            known = urls_of_guide(path)
            for view in CAREER_VIEWS:
                for width in [40, 58, 80]:
                    out = self.assertRuns(run(view, career, "--width", str(width))).stdout
                    shown = {url_of(url) for url in URL.findall(out)}
                    with self.subTest(career=career, view=view, width=width):
                        self.assertEqual(shown - known, set(), "a URL cut in two")
                        # A URL is never broken before its scheme either: no line ends in "https:/".
                        self.assertNotRegex(out, r"https?:/?\n")
                        if view == "show":
                            self.assertEqual(urls_in_file(path) - shown, set(), "URLs missing")

    def test_salary_radiologist_at_80(self):
        out = self.assertRuns(run("salary", "radiologist", "--width", "80")).stdout
        self.assertIn("        https://www.interviewgrid.com/career/radiologist_career_path_and_overview\n", out)


def money(amount):
    return f"${amount:,}"


# Occupations of the national catalog beside the guides: one with wages at the survey's top code.
SALARY_CAREERS = CAREERS + ["software-developers", "anesthesiologists"]


class SalaryMarksStayWithTheirAmounts(CareerTestCase):
    def marks(self, band):
        """(mark, amount as shown) for each mark of a band or an occupation's percentiles, as `career
        salary` draws them."""
        if band["kind"] == "occupation":
            def wage(key):
                return money(band[key]) + (" or more" if band[key + "_at_least"] else "")
            return [(mark, wage(key)) for mark, key in [("├", "p10_salary"), ("M", "median_salary"),
                                                        ("┤", "p90_salary")] if key in band]
        marks = []
        if band.get("entry_salary") is not None:
            marks.append(("E", money(band["entry_salary"])))
        if band.get("median_salary") is not None:
            marks.append(("M", money(band["median_salary"])))
        if band.get("mid_salary") is not None and band.get("mid_salary") != band.get("median_salary"):
            marks.append(("m" if band.get("median_salary") is not None else "M", money(band["mid_salary"])))
        if band.get("senior_salary") is not None:
            marks.append(("S", money(band["senior_salary"])))
        if band.get("top_10_percent_salary") is not None:
            marks.append(("T", money(band["top_10_percent_salary"]) + "+"))
        return marks

    def check(self, out, bands, width):
        self.assertEqual(overlong_lines(out, width), [], out)
        lines = out.splitlines()
        for line in lines:
            if re.fullmatch(r"[ ├─┤━→EMSTm]*", line):
                continue  # a bar, its marks in their places
            self.assertNotRegex(line, r"(^|\s)[EMSTm├┤]:?$", f"a mark at the end of a line at {width}:\n{out}")
        for band in bands:
            for letter, amount in self.marks(band):
                together = re.compile(r"(^|\s)" + letter + r"\s(.*\s)?" + re.escape(amount) + r"(\s|$)")
                self.assertTrue(any(together.search(line) for line in lines),
                                f"{letter} {amount} apart at {width} columns:\n{out}")

    def test_one_career(self):
        document = json.loads(self.assertRuns(run("salary", *SALARY_CAREERS, "--format", "json")).stdout)
        bands = {band["id"]: band for band in document["careers"]}
        for career in SALARY_CAREERS:
            for width in range(20, 121, 2):
                with self.subTest(career=career, width=width):
                    out = self.assertRuns(run("salary", career, "--width", str(width))).stdout
                    self.check(out, [bands[career]], width)

    def test_several_careers(self):
        document = json.loads(self.assertRuns(run("salary", *SALARY_CAREERS, "--format", "json")).stdout)
        for width in range(20, 121, 2):
            with self.subTest(width=width):
                out = self.assertRuns(run("salary", *SALARY_CAREERS, "--width", str(width))).stdout
                self.check(out, document["careers"], width)


class SearchHeadersFit(CareerTestCase):
    def test_headers_fit_and_keep_the_id_whole(self):
        for words in SEARCHES:
            document = json.loads(self.assertRuns(run("search", *words, "--format", "json")).stdout)
            for width in [20, 30, 40, 58, 80, 120]:
                with self.subTest(words=words, width=width):
                    out = self.assertRuns(run("search", *words, "--width", str(width))).stdout
                    self.assertEqual(overlong_lines(out, width, ids=True), [], out)
                    headers = [line for line in out.splitlines() if not line.startswith(" ")]
                    # An occupation is named by its SOC code, a guide by its id.
                    self.assertEqual([line.split(" ")[0] for line in headers],
                                     [r["soc"] if r["kind"] == "occupation" else r["id"] for r in document["results"]],
                                     out)
                    for result in document["results"]:
                        self.assertIn(f"[{result['section']}]", out)

    def test_a_wide_header_is_unchanged(self):
        out = self.assertRuns(run("search", "radiation", "safety", "--width", "80")).stdout
        self.assertIn("interventional-radiologist  Interventional Radiologist  [job-market]\n", out)


class PathsFit(CareerTestCase):
    def test_paths_fit_and_are_whole(self):
        document = json.loads(self.assertRuns(run("paths", "--format", "json")).stdout)
        longest = max(len(d["path"]) for d in document["data_dirs"])
        for width in [20, 30, 40, 58, 80, 120]:
            with self.subTest(width=width):
                out = self.assertRuns(run("paths", "--width", str(width))).stdout
                lines = out.splitlines()
                for line in lines:
                    # Only a path alone on its line may be wider than the width: it is never cut.
                    if display_width(line) > width:
                        self.assertRegex(line, r"^\S+$", out)
                for d in document["data_dirs"]:
                    self.assertTrue(any(line.split("  ")[0].strip() == d["path"] for line in lines), out)
                    self.assertIn(d["origin"], out)
                if width >= longest + 40:
                    self.assertEqual(len(lines), len(document["data_dirs"]), out)  # still a table


# --- career education: the bars and their labels come from the same numbers ------------------------

BAR = re.compile(r"^([ █░→]*[█░→])(?: (years? .*))?$")
MARK = re.compile(r"^years? (\d+)(?:–(\d+)| or later)?$")


def parse_mark(text):
    match = MARK.match(text)
    assert match, text
    low = int(match.group(1))
    if text.endswith("or later"):
        return low, None
    return low, int(match.group(2)) if match.group(2) else low


def education_bars(out):
    """Each stage's bar as (first cell, end of █, end of ░, cell of →) and its label (low, high)."""
    lines = out.splitlines()
    stages = []
    for i, line in enumerate(lines):
        match = BAR.match(line)
        if not match:
            continue
        cells = match.group(1)
        label = match.group(2) or lines[i + 1]
        start = len(cells) - len(cells.lstrip(" "))
        solid_end = cells.rfind("█") + 1 if "█" in cells else start
        light_end = cells.rfind("░") + 1 if "░" in cells else solid_end
        arrow = cells.find("→") if "→" in cells else None
        stages.append(((start, solid_end, light_end, arrow), parse_mark(label)))
    return stages


def column(years, cells_a_year):
    return math.floor(years * cells_a_year + 0.5)


class EducationBarsMatchTheirLabels(CareerTestCase):
    def test_every_career_at_every_width(self):
        for career in CAREERS:
            for width in [20, 40, 58, 80, 120]:
                out = self.assertRuns(run("education", career, "--width", str(width))).stdout
                stages = education_bars(out)
                if not stages:
                    continue
                with self.subTest(career=career, width=width):
                    # The chart's scale, from the last stage: it ends where the last label says.
                    (_, last_solid, last_light, last_arrow), (last_low, last_high) = stages[-1]
                    end = last_light if last_high is not None else last_arrow
                    cells_a_year = end / (last_high if last_high is not None else last_low)
                    self.assertGreaterEqual(cells_a_year, 1, out)
                    earliest_start = 0
                    for (start, solid_end, light_end, arrow), (low, high) in stages:
                        # A stage starts when the one before may end at the earliest, its required
                        # years are solid up to the earliest end its label gives, and its optional
                        # ones light up to the latest; an open end is an arrow where the solid ends.
                        self.assertEqual(start, column(earliest_start, cells_a_year), out)
                        self.assertEqual(solid_end, column(low, cells_a_year), out)
                        if high is None:
                            self.assertEqual(arrow, solid_end, out)
                        else:
                            self.assertIsNone(arrow, out)
                            self.assertEqual(light_end, column(high, cells_a_year), out)
                        earliest_start = low
                    total = re.search(r"Total: (\d+)(?:–(\d+)|\+)? years?", " ".join(out.split()))
                    self.assertEqual(int(total.group(1)), last_low, out)

    def test_nurse_practitioner_at_58(self):
        out = self.assertRuns(run("education", "nurse-practitioner", "--width", "58")).stdout
        (start, solid_end, light_end, _), label = education_bars(out)[-1]
        self.assertEqual(label, (7, 9))
        self.assertEqual((start, solid_end, light_end), (25, 35, 45))  # 5 cells a year


class NoViewIsWiderThanTheWidth(CareerTestCase):
    def test_every_view_of_every_career(self):
        for width in [40, 58, 80, 120]:
            for career in CAREERS:
                for view in CAREER_VIEWS:
                    out = self.assertRuns(run(view, career, "--width", str(width))).stdout
                    with self.subTest(view=view, career=career, width=width):
                        self.assertEqual(overlong_lines(out, width), [], out)

    def test_compare_list_and_search(self):
        for width in [40, 58, 80, 120]:
            commands = [["compare", *CAREERS], ["compare", CAREERS[0], CAREERS[-1]], ["list"], ["groups"],
                        ["compare", "software-engineer", "15-1252", "anesthesiologists"],
                        ["salary", "software-engineer", "15-1252", "anesthesiologists"]]
            commands += [["search", *words] for words in SEARCHES]
            for command in commands:
                out = self.assertRuns(run(*command, "--width", str(width))).stdout
                with self.subTest(command=command, width=width):
                    self.assertEqual(overlong_lines(out, width), [], out)
