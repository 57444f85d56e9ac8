"""The catalog's figures are the publishers' figures. Occupations picked at random from the sources
(with a seed that is printed, and each shape a figure takes besides) are shown by the program,
`career show SOC --format json`, and every figure is compared with the spreadsheets in
data/sources/: wages (every percentile, annual and hourly, a wage over the top code as
{ at_least }), employment, the median wage of each year, the projections, the training, the job
zone, the education levels, and O*NET's titles, description, tasks, technology, skills, knowledge,
interests, work values, work styles and related occupations, with the sources they name.

The spreadsheets are read here with openpyxl, each workbook once, read-only (and Table 1.2's cell
links from the workbook's XML, which openpyxl does not read in read-only mode), as
data/sources/README.md describes them, and none of tools/import-occupations' code is used: this
is a second reading of the sources, so that a mistake of the importer (or of the program's reader
and JSON) shows as a difference.

CAREER_FIGURES_SEED=N picks another sample (the default is fixed, so that a run repeats the last);
CAREER_FIGURES_COUNT=N checks N occupations (820: all of them, in about twice the time; .ci/run does)."""
import collections
import json
import os
import random
import re
import sys
import time
import tomllib
import unicodedata
import xml.etree.ElementTree as ElementTree
import zipfile
from decimal import Decimal

try:
    import openpyxl
except ImportError:  # reported by the test, which needs it
    openpyxl = None

from career_run import GUIDES_DIR, OCCUPATIONS_DIR, SOURCE_DIR, CareerTestCase, one_line, onet_credit, run

SOURCES = os.path.join(SOURCE_DIR, "data", "sources")
SEED = int(os.environ.get("CAREER_FIGURES_SEED", "2025"))
COUNT = int(os.environ.get("CAREER_FIGURES_COUNT", "24"))
YEARS = [2020, 2021, 2022, 2023, 2024]
BLS_LICENSE = "public domain (U.S. government work)"
MISSING = "\u2014"  # Table 1.2's dash: not available
PERCENTILES = [("p10", "PCT10"), ("p25", "PCT25"), ("median", "MEDIAN"), ("p75", "PCT75"), ("p90", "PCT90"),
               ("mean", "MEAN")]


# ---------------------------------------------------------------------------------------------
# Reading the spreadsheets

def rows_of(path, sheet=None, header_row=1, codes=None, workbook=None):
    """The rows of one sheet (the first if not named) as dicts keyed by its header row, with their
    row numbers; with codes, only the rows whose first cell is one of them. The workbook at path is
    opened for the purpose, unless it is given open."""
    book = workbook or openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        header = None
        for number, row in enumerate((book[sheet] if sheet else book.worksheets[0]).iter_rows(values_only=True),
                                     start=1):
            if number == header_row:
                header = [str(name).strip() if name is not None else "" for name in row]
            elif header and (row[0] in codes if codes is not None else any(value is not None for value in row)):
                yield number, dict(zip(header, row))
    finally:
        if workbook is None:
            book.close()


def hyperlinks(path, sheet):
    """{row number: address} of the cell links of one sheet. openpyxl reads no links in read-only
    mode, so they are read from the workbook's XML: the sheet's <hyperlink ref=… r:id=…/> and the
    addresses its relationships give those ids."""
    namespaces = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                  "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                  "p": "http://schemas.openxmlformats.org/package/2006/relationships"}
    rid = "{%s}id" % namespaces["r"]

    def relationships(archive, name):
        return {rel.get("Id"): rel.get("Target")
                for rel in ElementTree.fromstring(archive.read(name)).findall("p:Relationship", namespaces)}

    with zipfile.ZipFile(path) as archive:
        workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        [entry] = [s for s in workbook.find("m:sheets", namespaces) if s.get("name") == sheet]
        sheet_file = "xl/" + relationships(archive, "xl/_rels/workbook.xml.rels")[entry.get(rid)]
        targets = relationships(archive, sheet_file.replace("worksheets/", "worksheets/_rels/") + ".rels")
        links = {}
        for link in ElementTree.fromstring(archive.read(sheet_file)).iter("{%s}hyperlink" % namespaces["m"]):
            links[int(re.fullmatch(r"[A-Z]+(\d+)", link.get("ref")).group(1))] = targets[link.get(rid)]
        return links


def oews(path):
    """One OEWS release: {code: row} of its detailed occupations, and (annual, hourly), the top code
    above which it publishes "#", as its Field Descriptions sheet states."""
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        detailed = {row["OCC_CODE"]: row for _, row in rows_of(path, workbook=workbook) if row["O_GROUP"] == "detailed"}
        notes = [" ".join(str(value) for value in row if value)
                 for row in workbook["Field Descriptions"].iter_rows(values_only=True)]
    finally:
        workbook.close()
    for line in notes:
        match = re.search(r"#\s*=.*?\$([\d.,]+) per hour or \$([\d,]+) per year", line)
        if match:
            return detailed, (int(match.group(2).replace(",", "")), float(match.group(1)))
    raise AssertionError(f"{path}: no top code in Field Descriptions")


class Sources:
    """What the test needs of every workbook, each read once: the rows of every candidate
    occupation where the rows are few, and of the sampled ones where they are many."""

    def __init__(self):
        started = time.monotonic()
        bls = os.path.join(SOURCES, "bls")
        ep_path = os.path.join(bls, "ep-2024-34-occupation.xlsx")
        links = hyperlinks(ep_path, "Table 1.2")
        # The SOC major groups' titles, from Table 1.1 ("  Management occupations", "11-0000").
        self.groups = {row["2024 National Employment Matrix code"]: row["2024 National Employment Matrix title"].strip()
                       for _, row in rows_of(ep_path, "Table 1.1", header_row=2)}
        self.ep = {}
        for number, row in rows_of(ep_path, "Table 1.2", header_row=2):
            if row["Occupation type"] == "Line item":
                self.ep[row["2024 National Employment Matrix code"]] = dict(row, ooh=links.get(number))
        self.oews = {year: oews(os.path.join(bls, f"oews-national-M{year}.xlsx")) for year in YEARS}
        onet = os.path.join(SOURCES, "onet-29.3")
        self.onet_path = onet
        self.occupation_data = {row["O*NET-SOC Code"]: row
                                for _, row in rows_of(os.path.join(onet, "Occupation Data.xlsx"))}
        self.job_zones = {row["O*NET-SOC Code"]: row["Job Zone"]
                          for _, row in rows_of(os.path.join(onet, "Job Zones.xlsx"))}
        self.candidates = sorted(set(self.ep) | set(self.oews[2024][0]))
        self.catalog = [soc for soc in self.candidates if soc + ".00" in self.occupation_data]
        self.reading = time.monotonic() - started

    def read_onet(self, codes):
        """The O*NET rows of the occupations checked (codes: O*NET-SOC codes), and what the ids
        and aliases depend on for every occupation."""
        started = time.monotonic()
        path = lambda name: os.path.join(self.onet_path, name + ".xlsx")  # noqa: E731

        def of(name, keep=lambda row: True):
            found = collections.defaultdict(list)
            for _, row in rows_of(path(name), codes=codes):
                if keep(row):
                    found[row["O*NET-SOC Code"]].append(row)
            return found

        self.tasks = of("Task Statements")
        self.technology = of("Technology Skills")
        self.skills = of("Skills")
        self.knowledge = of("Knowledge")
        self.interests = of("Interests", lambda row: row["Scale ID"] == "OI")
        self.work_values = of("Work Values", lambda row: row["Scale ID"] == "EX")
        self.work_styles = of("Work Styles", lambda row: row["Scale ID"] == "IM")
        self.related = of("Related Occupations")
        self.job_zone_names = {row["Job Zone"]: row["Name"] for _, row in rows_of(path("Job Zone Reference"))}
        self.education = of("Education, Training, and Experience",
                            lambda row: row["Element ID"] == "2.D.1" and row["Scale ID"] == "RL")
        self.education_levels = {row["Category"]: row["Category Description"]
                                 for _, row in rows_of(path("Education, Training, and Experience Categories"))
                                 if row["Element ID"] == "2.D.1" and row["Scale ID"] == "RL"}
        # Every occupation's: an alias is a title that names one occupation only.
        self.reported = collections.defaultdict(list)
        for _, row in rows_of(path("Sample of Reported Titles")):
            self.reported[row["O*NET-SOC Code"]].append(row["Reported Job Title"])
        self.alternate = collections.defaultdict(list)
        for _, row in rows_of(path("Alternate Titles")):
            self.alternate[row["O*NET-SOC Code"]].append(str(row["Alternate Title"]))
        with open(os.path.join(self.onet_path, "Read Me.txt"), encoding="utf-8") as f:
            self.onet_release = re.search(r"^(\w+ \d{4}) Release", f.read(), flags=re.M).group(1)
        self.reading += time.monotonic() - started


# ---------------------------------------------------------------------------------------------
# What the program should say, from the sources

def folded(title):
    return " ".join(title.split()).casefold()


def slug(title):
    """An id as data/sources/README.md describes it: the title in lower-case ASCII letters and
    digits, anything else between them one hyphen."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_title.lower()))


def exact(value, places=1):
    """A cell's number as the decimal it was published as (openpyxl gives the nearest double)."""
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    assert number == number.quantize(Decimal(1).scaleb(-places)), value
    return number


def jobs(thousands):
    """Table 1.2 counts in thousands with one decimal: 1,693.8 is 1,693,800 jobs."""
    return int(exact(thousands) * 1000)


def wage(cell, top):
    """OEWS's cell as the program gives it: a number, { at_least } for "#", nothing for "*"."""
    if cell == "#":
        return {"at_least": top}
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        return cell
    assert cell in ("*", "**", "", None), cell
    return None


def element_order(element_id):
    """O*NET's Element IDs in their natural order: 2.A.1.b before 2.A.1.c, 2.C.2 before 2.C.10."""
    return [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in element_id.split(".")]


def most_important(rows, limit=None, with_level=True):
    importance = {row["Element ID"]: row for row in rows if row["Scale ID"] == "IM"}
    level = {row["Element ID"]: row["Data Value"] for row in rows if row["Scale ID"] == "LV"}
    order = sorted(importance, key=lambda e: (-importance[e]["Data Value"], element_order(e)))[:limit]
    out = []
    for element in order:
        item = {"name": importance[element]["Element Name"], "importance": importance[element]["Data Value"]}
        if with_level and element in level:
            item["level"] = level[element]
        out.append(item)
    return out


def profile(rows, names):
    values = {row["Element Name"]: row["Data Value"] for row in rows}
    if not values:
        return None
    assert set(values) == set(names), values
    return {name.lower().replace(" ", "_"): values[name] for name in names}


def without_empty(table):
    return {key: value for key, value in table.items() if value not in (None, [], {})}


def guides_about(soc):
    """The guides in data/careers that name `soc` as their occupation, by id, as `show` lists them."""
    guides = []
    for name in sorted(os.listdir(GUIDES_DIR)):
        if name.endswith(".toml"):
            with open(os.path.join(GUIDES_DIR, name), "rb") as f:
                guide = tomllib.load(f)
            if guide.get("soc") == soc:
                guides.append({"id": name[:-5], "title": guide["title"]})
    return guides


class Expected:
    """One occupation's document, as `career show --format json` should give it, from the sources."""

    def __init__(self, sources, soc, ids, aliases):
        self.s, self.soc, self.code, self.ids = sources, soc, soc + ".00", ids
        ep = sources.ep.get(soc)
        occupation = sources.occupation_data[self.code]
        self.document = without_empty({
            "id": ids[soc], "kind": "occupation", "soc": soc, "title": occupation["Title"],
            "bls_title": ep["2024 National Employment Matrix title"].strip() if ep else
            sources.oews[2024][0][soc]["OCC_TITLE"],
            "summary": occupation["Description"],
            "group": sources.groups.get(soc[:2] + "-0000"),
            "aliases": aliases.get(soc),
            "reported_titles": sources.reported.get(self.code),
            "alternate_titles": self.alternate_titles(occupation["Title"]),
            "wages": self.wages(), "projections": self.projections(), "training": self.training(),
            "work": self.work(),
            # Not a figure: the hand-written guides about the occupation, those that name its code.
            "guides": guides_about(soc)})

    def alternate_titles(self, title):
        seen, titles = {folded(title)}, []
        for alternate in self.s.alternate.get(self.code, []):
            if folded(alternate) not in seen:
                seen.add(folded(alternate))
                titles.append(alternate)
        return titles

    def wages(self):
        current, (annual_top, hourly_top) = self.s.oews[2024]
        if self.soc not in current:
            return None
        row = current[self.soc]
        wages = {"source": "oews-2024", "employment": wage(row["TOT_EMP"], None)}
        for kind, prefix, top in [("annual", "A", annual_top), ("hourly", "H", hourly_top)]:
            wages[kind] = without_empty({key: wage(row[f"{prefix}_{column}"], top) for key, column in PERCENTILES})
        history = []
        for year in YEARS:
            rows, (top, _) = self.s.oews[year]
            if self.soc in rows:
                history.append(without_empty({"year": year, "median": wage(rows[self.soc]["A_MEDIAN"], top),
                                              "source": f"oews-{year}"}))
        wages["history"] = history
        return without_empty(wages)

    def projections(self):
        row = self.s.ep.get(self.soc)
        if row is None:
            return None

        def given(column, convert):
            value = row[column]
            return None if value == MISSING else convert(value)

        median = row["Median annual wage, dollars, 2024[1]"]
        if isinstance(median, str) and median.startswith(">="):
            median = {"at_least": int(median.lstrip(">=$").replace(",", ""))}
        return without_empty({
            "source": "ep-2024-34",
            "employment_2024": given("Employment, 2024", jobs),
            "employment_2034": given("Employment, 2034", jobs),
            "change": given("Employment change, numeric, 2024–34", jobs),
            "change_percent": given("Employment change, percent, 2024–34", float),
            "openings": given("Occupational openings, 2024–34 annual average", jobs),
            "self_employed_percent": given("Percent self employed, 2024", float),
            "median_wage": None if median == MISSING else median,
            # Not a figure: the period and source the program writes beside the growth rate.
            "growth_basis": None if row["Employment change, percent, 2024–34"] == MISSING else "2024–34, BLS"})

    def training(self):
        row = self.s.ep.get(self.soc, {})
        requirements = without_empty({
            "entry_education": row.get("Typical education needed for entry"),
            "work_experience": row.get("Work experience in a related occupation"),
            "on_the_job_training":
                row.get("Typical on-the-job training needed to attain competency in the occupation")})
        requirements = {key: value for key, value in requirements.items() if value != MISSING}
        training = dict(requirements, source="ep-2024-34") if requirements else {}
        zone = self.s.job_zones.get(self.code)
        if zone is not None:
            training.update(job_zone=zone, job_zone_name=self.s.job_zone_names[zone], job_zone_source="onet-29.3")
        levels = [{"level": self.s.education_levels[row["Category"]].split(" - ")[0], "percent": row["Data Value"]}
                  for row in sorted(self.s.education.get(self.code, []), key=lambda row: row["Category"])
                  if row["Data Value"] > 0]
        if levels:
            training.update(education_levels=levels, education_levels_source="onet-29.3")
        return training or None

    def work(self):
        tasks = self.s.tasks.get(self.code, [])
        related = []
        for row in sorted(self.s.related.get(self.code, []), key=lambda row: row["Index"]):
            item = {"soc": row["Related O*NET-SOC Code"], "title": row["Related Title"],
                    "tier": row["Relatedness Tier"]}
            if item["soc"].endswith(".00") and item["soc"][:7] in self.ids:
                item["id"] = self.ids[item["soc"][:7]]
            related.append(item)
        work = without_empty({
            "core_tasks": [row["Task"] for row in tasks if row["Task Type"] == "Core"],
            "supplemental_tasks": [row["Task"] for row in tasks if row["Task Type"] in ("Supplemental", None)],
            "technology": [{"name": str(row["Example"]), "category": row["Commodity Title"],
                            "hot": row["Hot Technology"] == "Y", "in_demand": row["In Demand"] == "Y"}
                           for row in self.s.technology.get(self.code, [])],
            "skills": most_important(self.s.skills.get(self.code, []), 10),
            "knowledge": most_important(self.s.knowledge.get(self.code, []), 10),
            "interests": profile(self.s.interests.get(self.code, []),
                                 ["Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"]),
            "work_values": profile(self.s.work_values.get(self.code, []),
                                   ["Achievement", "Working Conditions", "Recognition", "Relationships", "Support",
                                    "Independence"]),
            "work_styles": most_important(self.s.work_styles.get(self.code, []), with_level=False),
            "related": related})
        return dict(work, source="onet-29.3") if work else None


def catalog_ids(sources):
    """{SOC code: id}: the slug of each occupation's O*NET title, with "-<code>" after it where two
    titles give the same slug."""
    slugs = {soc: slug(sources.occupation_data[soc + ".00"]["Title"]) for soc in sources.catalog}
    counts = collections.Counter(slugs.values())
    return {soc: s if counts[s] == 1 else f"{s}-{soc}" for soc, s in slugs.items()}


def catalog_aliases(sources, ids, socs):
    """{SOC code: aliases} of the occupations socs: their reported titles that no other occupation
    of the catalog reports, that are no occupation's title or id, no guide's id, title or alias,
    and no alternate title of any other O*NET occupation (data/sources/README.md)."""
    import tomllib
    reported_by = collections.defaultdict(set)
    for soc in sources.catalog:
        for title in sources.reported.get(soc + ".00", []):
            reported_by[folded(title)].add(soc)
    taken = {folded(sources.occupation_data[soc + ".00"]["Title"]) for soc in sources.catalog}
    taken |= {folded(i) for i in ids.values()}
    for name in os.listdir(GUIDES_DIR):
        if name.endswith(".toml"):
            with open(os.path.join(GUIDES_DIR, name), "rb") as f:
                guide = tomllib.load(f)
            taken |= {folded(name[:-5]), folded(guide["title"])} | {folded(a) for a in guide.get("aliases", [])}
    alternate_of = collections.defaultdict(set)
    for code, titles in sources.alternate.items():
        for title in titles:
            alternate_of[folded(title)].add(code)
    aliases = {}
    for soc in socs:
        chosen = []
        for title in sources.reported.get(soc + ".00", []):
            key = folded(title)
            if reported_by[key] == {soc} and key not in taken and not alternate_of[key] - {soc + ".00"} \
                    and key not in map(folded, chosen):
                chosen.append(title)
        aliases[soc] = chosen
    return aliases


def shapes(sources):
    """An occupation of each shape a figure can take (the first in code order), so that every run
    checks them whatever the sample."""
    current = sources.oews[2024][0]
    ep = sources.ep
    wanted = {
        "a wage over the top code": lambda soc: soc in current and "#" in current[soc].values(),
        "wages by the hour only": lambda soc: soc in current and current[soc]["A_MEDIAN"] == "*",
        "no wages (not in OEWS)": lambda soc: soc not in current,
        "a projected median wage over the top code": lambda soc: str(ep.get(soc, {}).get(
            "Median annual wage, dollars, 2024[1]")).startswith(">="),
        "no projected median wage": lambda soc: ep.get(soc, {}).get("Median annual wage, dollars, 2024[1]") == MISSING,
        "no share self-employed": lambda soc: ep.get(soc, {}).get("Percent self employed, 2024") == MISSING,
        "a wage history shorter than five years": lambda soc: soc in current and soc not in sources.oews[2020][0],
        "a change that is not the difference of the rounded employment": lambda soc: soc in ep and
            exact(ep[soc]["Employment, 2034"]) - exact(ep[soc]["Employment, 2024"]) !=
            exact(ep[soc]["Employment change, numeric, 2024–34"]),
        "no O*NET detail (no job zone)": lambda soc: soc + ".00" not in sources.job_zones,
    }
    return {what: next(soc for soc in sources.catalog if test(soc)) for what, test in wanted.items()}


# ---------------------------------------------------------------------------------------------
# The test

class FiguresEqualTheSources(CareerTestCase):
    @classmethod
    def setUpClass(cls):
        if openpyxl is None:
            raise AssertionError(f"this test reads data/sources/ with openpyxl, which {sys.executable} lacks: "
                                 "install python3-openpyxl (the README's install line does)")
        cls.sources = Sources()
        cls.ids = catalog_ids(cls.sources)
        cls.shapes = shapes(cls.sources)
        count = min(COUNT, len(cls.sources.catalog))
        cls.sample = sorted(random.Random(SEED).sample(cls.sources.catalog, count))
        cls.checked = sorted(set(cls.sample) | set(cls.shapes.values()))
        cls.sources.read_onet({soc + ".00" for soc in cls.checked})
        cls.aliases = catalog_aliases(cls.sources, cls.ids, cls.checked)
        print(f"\ntest_figures: seed {SEED} (CAREER_FIGURES_SEED), {count} occupations at random "
              f"(CAREER_FIGURES_COUNT) and one of each shape, {len(cls.checked)} in all: {' '.join(cls.checked)}; "
              f"the sources read in {cls.sources.reading:.1f} s", file=sys.stderr)

    def reproduce(self):
        return f"(seed {SEED}: CAREER_FIGURES_SEED={SEED} CAREER_FIGURES_COUNT={COUNT} reproduces this sample)"

    def test_the_catalog_is_every_occupation_with_an_onet_description(self):
        """Every candidate (a line item of Table 1.2 or a detailed occupation of OEWS May 2024) with
        an O*NET description is in the catalog, under the id its title gives it; the others are not."""
        shipped = {}
        for name in os.listdir(OCCUPATIONS_DIR):
            with open(os.path.join(OCCUPATIONS_DIR, name), encoding="utf-8") as f:
                shipped[re.search(r'^soc = "([^"]+)"$', f.read(), flags=re.M).group(1)] = name[:-5]
        self.assertEqual(shipped, self.ids)
        self.assertGreaterEqual(len(shipped), 800)
        left_out = sorted(set(self.sources.candidates) - set(self.sources.catalog))
        self.assertEqual(len(left_out) + len(shipped), len(self.sources.candidates))
        for soc in left_out:
            self.assertEqual(run("show", soc).returncode, 66, soc)

    def test_every_figure_of_the_sample(self):
        for soc in self.checked:
            with self.subTest(soc=soc, id=self.ids[soc]):
                result = self.assertRuns(run("show", soc, "--format", "json"))
                document = json.loads(result.stdout)
                expected = Expected(self.sources, soc, self.ids, self.aliases).document
                for key in sorted(set(expected) | set(document) - {"sources"}):
                    shown, published = document.get(key), expected.get(key)
                    if isinstance(shown, dict) and isinstance(published, dict):  # figure by figure
                        for inner in sorted(set(shown) | set(published)):
                            with self.subTest(soc=soc, key=f"{key}.{inner}"):
                                self.assertEqual(shown.get(inner), published.get(inner),
                                                 f"{soc} {key}.{inner} {self.reproduce()}")
                    else:
                        with self.subTest(soc=soc, key=key):
                            self.assertEqual(shown, published, f"{soc} {key} {self.reproduce()}")
                with self.subTest(soc=soc, key="sources"):
                    self.assertSources(soc, document)
                with self.subTest(soc=soc, key="text"):
                    self.assertText(soc, expected)

    def assertText(self, soc, expected):
        """The text shows the figures with their sources, and O*NET's credit with O*NET's content."""
        text = one_line(self.assertRuns(run("show", soc, "--width", "100")).stdout)
        self.assertIn(onet_credit(), text)
        median = expected.get("wages", {}).get("annual", {}).get("median")
        if isinstance(median, (int, float)):
            self.assertIn(f"${median:,.0f}", text)
            self.assertIn("BLS Occupational Employment and Wage Statistics, national, May 2024", text)
        if "projections" in expected:
            self.assertIn("BLS Employment Projections 2024–34", text)

    def assertSources(self, soc, document):
        """The records the figures name: each named one is there, with the address and licence of
        its source; O*NET's with the credit its licence asks for."""
        records = {record["id"]: record for record in document["sources"]}
        self.assertEqual(len(records), len(document["sources"]), f"{soc}: a source record twice")
        named = {document[table]["source"] for table in ("wages", "projections", "work") if table in document}
        named |= {entry["source"] for entry in document.get("wages", {}).get("history", [])}
        training = document.get("training", {})
        named |= {training[key] for key in ("source", "job_zone_source", "education_levels_source") if key in training}
        ep = self.sources.ep.get(soc)
        expected = set(named) | {"onet-29.3"} | ({"ooh"} if ep and ep["ooh"] else set())
        self.assertEqual(set(records), expected, f"{soc} {self.reproduce()}")
        for year in YEARS:
            if f"oews-{year}" in records:
                self.assertEqual(records[f"oews-{year}"]["license"], BLS_LICENSE)
                self.assertTrue(records[f"oews-{year}"]["title"].endswith(f"May {year}"), records[f"oews-{year}"])
        if "ep-2024-34" in records:
            self.assertEqual(records["ep-2024-34"]["license"], BLS_LICENSE)
            self.assertEqual(records["ep-2024-34"]["url"], "https://www.bls.gov/emp/ind-occ-matrix/occupation.xlsx")
        if "ooh" in records:
            self.assertEqual({key: records["ooh"].get(key) for key in ("url", "license")},
                             {"url": ep["ooh"], "license": BLS_LICENSE}, soc)
        self.assertEqual(records["onet-29.3"], {
            "id": "onet-29.3", "title": "O*NET 29.3 Database",
            "url": f"https://www.onetonline.org/link/summary/{soc}.00",
            "published": self.sources.onet_release, "license": "CC BY 4.0", "credit": onet_credit()})

    def test_the_shapes_are_found(self):
        """Each shape is there to be checked (a source that changed shape would leave it out)."""
        self.assertEqual(len(self.shapes), 9, self.shapes)
        self.assertEqual(self.shapes["no wages (not in OEWS)"], "45-3031")
