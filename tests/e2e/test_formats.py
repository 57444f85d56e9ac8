"""Output for scripts: every command in every format it supports, parsed back with real parsers
(json, csv, jq) and compared with the TOML it came from, and every JSON document checked against
the JSON Schema the build generates, build/career.schema.json (its template: man/career.schema.json.in)."""
import csv
import io
import json
import os
import re
import shutil
import subprocess
import tempfile
import tomllib
import unittest

from career_run import (BIN, GUIDES, OCCUPATIONS_DIR, SOURCE_DIR, TIMEOUT, CareerTestCase, clean_env, run,
                        sample_occupations, section_names)

IR = "interventional-radiologist"
DATA = os.path.join(SOURCE_DIR, "data", "careers")
# Occupations whose files have each shape a figure can take, beside a sample of the catalog: every
# table (chief executives), wages only by the hour (actors), no wages at all (fishing and hunting
# workers: not in OEWS), wages above the top code (anesthesiologists), no O*NET detail (an "All
# Other" occupation).
OCCUPATION_SHAPES = ["chief-executives", "actors", "fishing-and-hunting-workers", "anesthesiologists",
                     "agricultural-workers-all-other"]
OCCUPATIONS = sorted(set(OCCUPATION_SHAPES + sample_occupations(8)))
# The sections that show part of an occupation's [work], each with the source of the whole table.
WORK_SECTIONS = ["responsibilities", "tech-stack", "skills", "knowledge", "interests", "work-values", "work-styles",
                 "related"]
BUILD_DIR = os.environ.get("CAREER_BUILD_DIR", os.path.join(SOURCE_DIR, "build"))
SCHEMA_FILE = os.path.join(BUILD_DIR, "career.schema.json")

# Each command with an example argument list, and the formats it supports.
COMMANDS = {
    "show": ([IR], ["text", "json", "markdown"]),
    "list": ([], ["text", "json", "tsv", "csv"]),
    "groups": ([], ["text", "json", "tsv", "csv"]),
    # Guides and occupations, one of them with wages at the survey's top code.
    "salary": ([IR, "software-engineer", "15-1252", "anesthesiologists"], ["text", "json", "tsv", "csv"]),
    "compare": ([IR, "software-engineer", "radiologist", "anesthesiologists"], ["text", "json", "tsv", "csv"]),
    "education": ([IR], ["text", "json"]),
    "ladder": ([IR], ["text", "json"]),
    "day": ([IR], ["text", "json"]),
    "skills": ([IR], ["text", "json"]),
    "pros-cons": ([IR], ["text", "json"]),
    "faq": ([IR, "radiation"], ["text", "json"]),
    "paths": ([], ["text", "json", "tsv", "csv"]),
    "search": (["radiation"], ["text", "json", "tsv", "csv"]),
    # A file with warnings only (so the status is 0), for a document that has diagnostics.
    "validate": ([os.path.join(SOURCE_DIR, "tests", "corpus", "many-warnings.toml")], ["text", "json"]),
}
ALL_FORMATS = ["text", "json", "tsv", "csv", "markdown"]


def toml_of(career_id):
    guide = os.path.join(DATA, career_id + ".toml")
    with open(guide if os.path.exists(guide) else os.path.join(OCCUPATIONS_DIR, career_id + ".toml"), "rb") as f:
        return tomllib.load(f)


def no_duplicate_keys(pairs):
    keys = [key for key, _ in pairs]
    assert len(keys) == len(set(keys)), f"duplicate keys: {keys}"
    return dict(pairs)


def normalised(value, key=""):
    """A career file's content as the JSON gives it: year counts as {min, max}, nothing empty."""
    if isinstance(value, dict):
        out = {k: normalised(v, k) for k, v in value.items()}
        return {k: v for k, v in out.items() if v not in ("", [], {})}
    if isinstance(value, list):
        return [normalised(v) for v in value]
    if key in ("years", "experience") and isinstance(value, int):
        return {"min": value, "max": value}
    return value


class Validators:
    """jsonschema's validate(document, schema), with a validator made once per definition: the
    function itself checks the whole schema again on every call, a third of a second each."""

    def __init__(self, jsonschema):
        self.ValidationError = jsonschema.ValidationError
        self.made = {}
        self.jsonschema = jsonschema

    def validate(self, document, schema):
        key = json.dumps(schema, sort_keys=True)
        if key not in self.made:
            self.made[key] = self.jsonschema.Draft202012Validator(schema)
        self.made[key].validate(document)


def validator():
    import jsonschema
    with open(SCHEMA_FILE, encoding="utf-8") as f:
        schema = json.load(f, object_pairs_hook=no_duplicate_keys)
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema, Validators(jsonschema)


class Formats(CareerTestCase):
    def output(self, command, fmt, *extra):
        args, _ = COMMANDS[command]
        return self.assertRuns(run(command, *args, *extra, "--format", fmt)).stdout

    def test_unsupported_pairs_are_usage_errors_naming_the_supported(self):
        for command, (args, formats) in COMMANDS.items():
            for fmt in ALL_FORMATS:
                if fmt in formats:
                    continue
                result = run(command, *args, "--format", fmt)
                self.assertEqual(result.returncode, 2, f"{command} --format {fmt}")
                supported = formats[0] if len(formats) == 1 else ", ".join(formats[:-1]) + " or " + formats[-1]
                self.assertIn("it supports: " + supported, result.stderr)
                self.assertEqual(result.stdout, "")

    def test_every_json_document_matches_the_schema(self):
        schema, jsonschema = validator()
        for command, (args, formats) in COMMANDS.items():
            with self.subTest(command=command):
                document = json.loads(self.output(command, "json"), object_pairs_hook=no_duplicate_keys)
                jsonschema.validate(document, {**schema, "$ref": f"#/$defs/{command}"})
        # Given several careers, a view prints an array of its documents, one a career.
        for command in ["show", "education", "ladder"]:
            with self.subTest(command=command, careers=2):
                documents = json.loads(self.assertRuns(run(command, IR, "nurse-practitioners", "--format", "json")).stdout)
                self.assertEqual([d["id"] for d in documents], [IR, "nurse-practitioners"])
                for document in documents:
                    jsonschema.validate(document, {**schema, "$ref": f"#/$defs/{command}"})
        # A schema that accepts anything would pass the above: make sure it can fail.
        with self.assertRaises(jsonschema.ValidationError):
            jsonschema.validate({"careers": [{"id": "x", "title": "X", "median_salary": "lots"}]},
                                {**schema, "$ref": "#/$defs/list"})

    def test_every_career_and_every_section_matches_the_schema(self):
        """Every guide and some occupations (their documents are large: a sample, and each shape),
        whole and section by section, a guide's and an occupation's."""
        schema, jsonschema = validator()
        show = {**schema, "$ref": "#/$defs/show"}
        for career_id in GUIDES + OCCUPATIONS:
            with self.subTest(career=career_id):
                document = json.loads(self.assertRuns(run("show", career_id, "--format", "json")).stdout)
                jsonschema.validate(document, show)
        sections = section_names()
        self.assertTrue({"salary", "tiers", "skills", "related"} <= set(sections), sections)
        for career_id in [IR, "chief-executives"]:
            for section in sections:
                with self.subTest(career=career_id, section=section):
                    document = json.loads(self.assertRuns(run("show", career_id, "--format", "json", "--section",
                                                              section)).stdout)
                    jsonschema.validate(document, show)

    def test_a_section_of_an_occupations_work_names_its_source(self):
        """[work] is shown in several sections; each carries the table's source with its part."""
        schema, jsonschema = validator()
        for section in WORK_SECTIONS:
            document = json.loads(self.assertRuns(run("show", "chief-executives", "--format", "json", "--section",
                                                      section)).stdout)
            self.assertEqual(document["work"].get("source"), "onet-29.3", section)
            jsonschema.validate(document, {**schema, "$ref": "#/$defs/show"})

    def test_the_career_schema_holds_the_key_tables_limits(self):
        schema, jsonschema = validator()
        show = {**schema, "$ref": "#/$defs/show"}
        document = json.loads(self.output("show", "json"))
        jsonschema.validate(document, show)
        for change in [lambda d: d["salary"].update(median=-1),
                       lambda d: d["salary"].update(median=10_000_001),
                       lambda d: d["education"]["stages"][0].update(years={"min": 16}),
                       lambda d: d["work_life"].update(stress="extreme"),
                       lambda d: d["salary"].update(bonus=1),
                       lambda d: d.pop("title")]:
            changed = json.loads(json.dumps(document))
            change(changed)
            with self.assertRaises(jsonschema.ValidationError):
                jsonschema.validate(changed, show)
        # An occupation's keys: a wage is a number or { at_least }, and the rest have their limits too.
        document = json.loads(self.assertRuns(run("show", "anesthesiologists", "--format", "json")).stdout)
        jsonschema.validate(document, show)
        self.assertEqual(document["wages"]["annual"]["median"], {"at_least": 239200})
        for change in [lambda d: d.update(kind="occupations"),
                       lambda d: d.update(soc="29-12110"),
                       lambda d: d["wages"]["annual"].update(median={"at_least": -1}),
                       lambda d: d["wages"]["annual"].update(median={"at_most": 239200}),
                       lambda d: d["wages"]["annual"].update(p10="$100,000"),
                       lambda d: d["projections"].update(change_percent=20000),
                       lambda d: d["work"]["skills"][0].update(importance=6),
                       lambda d: d["wages"].update(bonus=1)]:
            changed = json.loads(json.dumps(document))
            change(changed)
            with self.assertRaises(jsonschema.ValidationError):
                jsonschema.validate(changed, show)

    def test_show_json_is_the_toml_normalised(self):
        for career_id in GUIDES + OCCUPATIONS:
            with self.subTest(career=career_id):
                document = json.loads(self.assertRuns(run("show", career_id, "--format", "json")).stdout)
                expected = normalised(toml_of(career_id))
                expected["id"] = career_id
                if "education" in expected and "stages" in expected["education"]:
                    stages = expected["education"]["stages"]
                    for s in stages:
                        # A stage with routes spans them: its years are computed from theirs.
                        if "alternatives" in s:
                            ends = [r["years"].get("max") for r in s["alternatives"]]
                            s["years"] = {"min": min(r["years"]["min"] for r in s["alternatives"])}
                            if None not in ends:
                                s["years"]["max"] = max(ends)
                    # An optional stage counts from 0 in the total.
                    counted = [{"min": 0, **({"max": s["years"]["max"]} if "max" in s["years"] else {})}
                               if s.get("optional") else s["years"] for s in stages]
                    total = {"min": sum(y["min"] for y in counted)}
                    if all("max" in y for y in counted):
                        total["max"] = sum(y["max"] for y in counted)
                    expected["education"]["total_years"] = total
                if "growth_percent" in expected.get("job_outlook", {}):
                    # Computed beside the figure: its period and source (issue 14).
                    self.assertRegex(document["job_outlook"]["growth_basis"], r", (no period given|[0-9]{4}.*)$")
                    expected["job_outlook"]["growth_basis"] = document["job_outlook"]["growth_basis"]
                if "change_percent" in expected.get("projections", {}):
                    self.assertEqual(document["projections"]["growth_basis"], "2024–34, BLS")
                    expected["projections"]["growth_basis"] = "2024–34, BLS"
                self.maxDiff = None
                # The occupation a guide names by its SOC code, found in the catalog, is added
                # (issue 12): its id, SOC code and title, and its official figures.
                if expected.get("kind") == "occupation":
                    # An occupation's guides (the careers that name its SOC code), by id and title.
                    for guide in document.pop("guides", []):
                        self.assertEqual(set(guide), {"id", "title"})
                elif "soc" in expected:
                    official = document.pop("occupation")
                    self.assertEqual(official["soc"], expected["soc"])
                    self.assertEqual(set(official) - {"id", "soc", "title"},
                                     {"wages", "projections", "training", "sources"})
                self.assertEqual(document, expected)

    @unittest.skipUnless(shutil.which("jq"), "jq is not installed")
    def test_jq_reads_the_median(self):
        result = subprocess.run(f"'{BIN}' show {IR} --format json | jq .salary.median", shell=True,
                                capture_output=True, text=True, env=clean_env(), timeout=TIMEOUT)
        self.assertEqual(result.stdout, "475000\n")
        result = subprocess.run(f"'{BIN}' list --format json | jq -r '.careers[] | select(.kind == \"guide\" and "
                                ".growth_percent > 20) | .id'",
                                shell=True, capture_output=True, text=True, env=clean_env(), timeout=TIMEOUT)
        self.assertEqual(sorted(result.stdout.split()), ["data-scientist", "nurse-practitioner", "software-engineer"])

    def test_show_json_sections(self):
        document = json.loads(self.output("show", "json", "--section", "salary,tiers"))
        self.assertEqual(set(document), {"id", "title", "salary", "tiers", "occupation"})
        self.assertEqual(set(document["occupation"]), {"id", "soc", "title", "wages"})
        self.assertEqual(document["salary"]["median"], 475000)
        self.assertEqual(document["tiers"][3]["experience"], {"min": 15})
        # A guide's salary section carries its occupation's official pay beside its own (issue 12).
        self.assertEqual(document["salary"]["source"], "jobicy")

    def test_list_in_every_format_agrees_with_the_toml(self):
        """Every career of both directories, guides and occupations, each field as its file has it."""
        expected = {}
        for directory in (OCCUPATIONS_DIR, DATA):
            for name in sorted(os.listdir(directory)):
                if not name.endswith(".toml"):
                    continue
                with open(os.path.join(directory, name), "rb") as f:
                    data = tomllib.load(f)
                median = data.get("wages", {}).get("annual", {}).get("median", data.get("salary", {}).get("median"))
                projections, training = data.get("projections", {}), data.get("training", {})
                growth = projections.get("change_percent", data.get("job_outlook", {}).get("growth_percent"))
                record = {"id": name[:-5], "title": data["title"], "kind": data.get("kind", "guide"),
                          "soc": data.get("soc"), "median_salary": median.get("at_least") if isinstance(median, dict) else median,
                          "median_salary_at_least": isinstance(median, dict) if median is not None else None,
                          "growth_percent": growth, "openings": projections.get("openings"),
                          "employment": projections.get("employment_2024"),
                          "entry_education": training.get("entry_education"), "job_zone": training.get("job_zone")}
                if record["kind"] == "occupation":
                    record["group"] = data["group"]
                expected[record["id"]] = record
        keys = ["id", "title", "kind", "soc", "median_salary", "median_salary_at_least", "growth_percent", "openings",
                "employment", "entry_education", "job_zone"]
        as_json = {r["id"]: r for r in json.loads(self.output("list", "json"))["careers"]}
        self.assertEqual(set(as_json), set(expected))
        for career_id, record in expected.items():
            got = as_json[career_id]
            self.assertEqual({k: got.get(k) for k in record}, record, career_id)
            self.assertEqual("growth_basis" in got, record["growth_percent"] is not None, career_id)
        typed = {"median_salary": int, "growth_percent": float, "openings": int, "employment": int, "job_zone": int,
                 "median_salary_at_least": lambda v: v == "true"}
        for fmt, dialect in [("tsv", "excel-tab"), ("csv", "excel")]:
            rows = list(csv.DictReader(io.StringIO(self.output("list", fmt), newline=""), dialect=dialect))
            self.assertEqual(len(rows), len(expected), fmt)
            for row in rows:
                got = {k: (typed[k](row[k]) if k in typed else row[k]) if row[k] else None for k in keys}
                want = {k: expected[row["id"]][k] for k in keys}
                if want["growth_percent"] is not None:
                    want["growth_percent"] = float(want["growth_percent"])
                self.assertEqual(got, want, fmt)

    def test_salary_and_compare_records(self):
        salary = json.loads(self.output("salary", "json"))["careers"]
        self.assertEqual(salary[0]["id"], IR)  # highest median first
        self.assertEqual({k: salary[0][k] for k in ("minimum_salary", "median_salary", "entry_salary", "senior_salary",
                                                    "top_10_percent_salary", "salary_basis")},
                         {"minimum_salary": 350000, "median_salary": 475000, "entry_salary": 387500,
                          "senior_salary": 562500, "top_10_percent_salary": 600000,
                          "salary_basis": "the Jobicy guide's salary band, year not given"})
        anesthesiologists = next(c for c in salary if c["id"] == "anesthesiologists")
        annual = tomllib.load(open(os.path.join(OCCUPATIONS_DIR, "anesthesiologists.toml"), "rb"))["wages"]["annual"]
        for key in ("p10", "p25", "median", "p75", "p90"):
            value = annual[key]
            self.assertEqual((anesthesiologists[f"{key}_salary"], anesthesiologists[f"{key}_salary_at_least"]),
                             (value["at_least"], True) if isinstance(value, dict) else (value, False), key)
        self.assertNotIn("entry_salary", anesthesiologists)
        compare = json.loads(self.output("compare", "json"))
        radiologist = next(c for c in compare["careers"] if c["id"] == "radiologist")
        self.assertNotIn("minimum_salary", radiologist)  # not given is absent, never zero
        self.assertEqual(compare["best"]["median_salary"], [IR])
        rows = list(csv.DictReader(io.StringIO(self.output("compare", "csv"), newline="")))
        self.assertEqual([r["id"] for r in rows], [IR, "software-engineer", "radiologist", "anesthesiologists"])
        self.assertEqual(rows[2]["minimum_salary"], "")
        self.assertEqual(rows[0]["training_years_min"], "13")
        self.assertEqual((rows[3]["median_salary"], rows[3]["median_salary_at_least"]), ("239200", "true"))

    def test_views_json(self):
        education = json.loads(self.output("education", "json"))
        self.assertEqual(education["education"]["total_years"], {"min": 13, "max": 14})
        ladder = json.loads(self.output("ladder", "json"))
        self.assertEqual([t["experience"] for t in ladder["tiers"]],
                         [{"min": 0, "max": 2}, {"min": 3, "max": 8}, {"min": 9, "max": 15}, {"min": 15}])
        faq = json.loads(self.output("faq", "json"))
        self.assertEqual(len(faq["faq"]), 2)
        self.assertTrue(all("radiation" in (q["question"] + q["answer"]).lower() for q in faq["faq"]))
        day = json.loads(self.output("day", "json"))
        self.assertEqual([b["start"] for b in day["day"]], ["07:00", "11:00", "15:00"])


class Escaping(CareerTestCase):
    TRICKY = 'title = "Tab\\there, \\"quoted\\", back\\\\slash\\nnew line"\nsummary = "Tricky."\n'

    def test_tsv_escapes_and_csv_quotes_and_json_round_trips(self):
        with tempfile.TemporaryDirectory() as data:
            with open(os.path.join(data, "tricky.toml"), "w") as f:
                f.write(self.TRICKY)
            title = 'Tab\there, "quoted", back\\slash\nnew line'
            tsv = self.assertRuns(run("list", "--format", "tsv", "--data-dir", data)).stdout
            line = next(l for l in tsv.split("\n") if l.startswith("tricky\t"))
            self.assertEqual(line.split("\t")[1], 'Tab\\there, "quoted", back\\\\slash\\nnew line')
            out = self.assertRuns(run("list", "--format", "csv", "--data-dir", data)).stdout
            rows = {r["id"]: r for r in csv.DictReader(io.StringIO(out, newline=""))}
            self.assertEqual(rows["tricky"]["title"], title)
            raw = subprocess.run([BIN, "list", "--format", "csv", "--data-dir", data], capture_output=True,
                                 env=clean_env(), timeout=TIMEOUT).stdout
            self.assertTrue(raw.endswith(b"\r\n") and raw.count(b"\r\n") == raw.count(b"\n") - 1)
            document = json.loads(self.assertRuns(run("show", "tricky", "--format", "json", "--data-dir", data)).stdout)
            self.assertEqual(document["title"], title)


class Markdown(CareerTestCase):
    def test_a_document_that_renders_well(self):
        out = self.assertRuns(run("show", IR, "--format", "markdown")).stdout
        lines = out.split("\n")
        self.assertEqual([l for l in lines if l.startswith("# ")], ["# Interventional Radiologist"])
        headings = [l[3:] for l in lines if l.startswith("## ")]
        for heading in ["Market Demand", "Annual Salary (US, USD)", "Key Responsibilities", "Career Ladder",
                        "A Day in the Life", "Frequently Asked Questions", "Sources & References"]:
            self.assertIn(heading, headings)
        self.assertIn("| Level | Annual salary |", out)
        self.assertIn("| Median | $475,000 |", out)
        self.assertIn("- Fluoroscopy units", out)
        self.assertIn("### What is the difference between diagnostic radiology and interventional radiology?", out)
        self.assertNotIn("\x1b[", out)
        self.assertNotIn("\n\n\n", out)  # one blank line between blocks

    def test_sections_still_have_the_title(self):
        out = self.assertRuns(run("show", IR, "--format", "markdown", "--section", "faq")).stdout
        self.assertTrue(out.startswith("# Interventional Radiologist\n\n## Frequently Asked Questions\n"))
