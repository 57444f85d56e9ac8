#!/usr/bin/python3
"""Unit tests of the pure helpers of tools/import-occupations.

    /usr/bin/python3 -m unittest tools/test_import_occupations.py   (or run this file)
"""

import importlib.machinery
import importlib.util
import tomllib
import unittest
from pathlib import Path

_path = Path(__file__).resolve().parent / "import-occupations"
_loader = importlib.machinery.SourceFileLoader("import_occupations", str(_path))
_spec = importlib.util.spec_from_loader("import_occupations", _loader)
imp = importlib.util.module_from_spec(_spec)
_loader.exec_module(imp)


class Slug(unittest.TestCase):
    def test_examples(self):
        self.assertEqual(imp.slug("Software Developers"), "software-developers")
        self.assertEqual(imp.slug("Farmworkers and Laborers, Crop, Nursery, and Greenhouse"),
                         "farmworkers-and-laborers-crop-nursery-and-greenhouse")
        self.assertEqual(imp.slug("Computer Systems Engineers/Architects"), "computer-systems-engineers-architects")
        self.assertEqual(imp.slug("  Nurse Anesthetists (CRNA) "), "nurse-anesthetists-crna")
        self.assertEqual(imp.slug("Café Workers – Night"), "cafe-workers-night")
        self.assertEqual(imp.slug("Buyers' Agents"), "buyers-agents")


class TomlString(unittest.TestCase):
    def roundtrip(self, s):
        text = "v = " + imp.toml_string(s) + "\n"
        self.assertEqual(tomllib.loads(text)["v"], s)
        return imp.toml_string(s)

    def test_escapes(self):
        self.assertEqual(self.roundtrip('say "hi"'), r'"say \"hi\""')
        self.assertEqual(self.roundtrip("a\\b"), r'"a\\b"')
        self.assertEqual(self.roundtrip("line\nbreak\ttab\x7f"), r'"line\u000Abreak\u0009tab\u007F"')
        self.assertEqual(self.roundtrip("O*NET® 2024–34 é"), '"O*NET® 2024–34 é"')

    def test_values(self):
        doc = {"a": ["x", "y"], "t": {"n": 1, "f": 2.5, "b": True, "w": {"at_least": 239200}}}
        text = "".join(imp.key_value_lines(doc))
        self.assertEqual(tomllib.loads(text), doc)
        long = ["x" * 60, "y" * 60]
        self.assertTrue(imp.toml_value(long).startswith("[\n  "))
        self.assertEqual(imp.toml_value(["a"]), '["a"]')

    def test_floats(self):
        self.assertEqual(imp.toml_float(100.3), "100.3")
        self.assertEqual(imp.toml_float(14.0), "14.0")
        with self.assertRaises(imp.SourceError):
            imp.toml_float(1e20)


class Numbers(unittest.TestCase):
    def test_thousands(self):
        self.assertEqual(imp.thousands_to_jobs(1895.5, "x"), 1895500)
        self.assertEqual(imp.thousands_to_jobs(1147.9000000000001, "x"), 1147900)
        self.assertEqual(imp.thousands_to_jobs(-0.8, "x"), -800)
        self.assertEqual(imp.thousands_to_jobs(12, "x"), 12000)
        with self.assertRaises(imp.SourceError):
            imp.thousands_to_jobs(1.25, "x")
        with self.assertRaises(imp.SourceError):
            imp.thousands_to_jobs("—", "x")

    def test_wage_cells(self):
        self.assertEqual(imp.wage_cell(133080, "annual", 239200, "x"), 133080)
        self.assertEqual(imp.wage_cell("#", "annual", 239200, "x"), {"at_least": 239200})
        self.assertEqual(imp.wage_cell("#", "hourly", 115.0, "x"), {"at_least": 115.0})
        self.assertIsNone(imp.wage_cell("*", "annual", 239200, "x"))
        self.assertIsNone(imp.wage_cell(None, "annual", 239200, "x"))
        self.assertIsNone(imp.wage_cell("", "hourly", 115.0, "x"))
        self.assertEqual(imp.wage_cell(63.98, "hourly", 115.0, "x"), 63.98)
        r = imp.wage_cell(25, "hourly", 115.0, "x")
        self.assertEqual((r, type(r)), (25.0, float))
        with self.assertRaises(imp.SourceError):
            imp.wage_cell("n/a", "annual", 239200, "x")
        with self.assertRaises(imp.SourceError):
            imp.wage_cell(1.5, "annual", 239200, "x")

    def test_ep_median(self):
        self.assertEqual(imp.ep_median_wage(">=$239,200", "x"), {"at_least": 239200})
        self.assertIsNone(imp.ep_median_wage("—", "x"))
        self.assertEqual(imp.ep_median_wage(49500, "x"), 49500)

    def test_topcodes(self):
        text = "Notes:\n#  = indicates a wage equal to or greater than $115.00 per hour or $239,200 per year \n"
        self.assertEqual(imp.parse_topcodes(text, "x"), (239200, 115.0))
        with self.assertRaises(imp.SourceError):
            imp.parse_topcodes("no notes", "x")


class Ordering(unittest.TestCase):
    def test_natural_key(self):
        ids = ["2.C.10", "2.C.2.a", "2.C.1.b", "2.C.1.a"]
        self.assertEqual(sorted(ids, key=imp.natural_key), ["2.C.1.a", "2.C.1.b", "2.C.2.a", "2.C.10"])

    def test_dedupe(self):
        self.assertEqual(imp.dedupe(["A b", "a  B", "C", "Title"], exclude=["title"]), ["A b", "C"])


class MajorGroups(unittest.TestCase):
    def test_the_group_of_a_code(self):
        self.assertEqual(imp.major_group("29-1224"), "29-0000")
        with self.assertRaises(imp.SourceError):
            imp.major_group("29-12")

    def test_titles_agree_between_the_tables(self):
        ep = {"29-0000": "Healthcare practitioners and technical occupations"}
        oews = {"29-0000": "Healthcare Practitioners and Technical Occupations"}
        self.assertEqual(imp.major_groups(ep, oews, ["29-1224"]), ep)
        with self.assertRaises(imp.SourceError):  # a title that differs
            imp.major_groups(ep, {"29-0000": "Healthcare occupations"}, ["29-1224"])
        with self.assertRaises(imp.SourceError):  # a group OEWS does not have
            imp.major_groups(ep, {}, ["29-1224"])
        with self.assertRaises(imp.SourceError):  # an occupation whose group is not in Table 1.1
            imp.major_groups(ep, oews, ["15-1252"])


if __name__ == "__main__":
    unittest.main()
