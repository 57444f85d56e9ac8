"""The key table's generator (tools/key_table.cpp), which the build runs on src/model/keys.toml: each
file of tests/key_table/ is a table with one mistake, and its first line, "# expect: MESSAGE", what
the generator must say of it (file:line:column, as the build shows it) before it stops the build."""
import os
import subprocess
import tempfile
import unittest

from career_run import SOURCE_DIR

BUILD_DIR = os.environ.get("CAREER_BUILD_DIR", os.path.join(SOURCE_DIR, "build"))
GENERATOR = os.path.join(BUILD_DIR, "career_key_table")
CASES = os.path.join(SOURCE_DIR, "tests", "key_table")


class KeyTableGenerator(unittest.TestCase):
    def generate(self, keys):
        with tempfile.TemporaryDirectory() as out:
            output = os.path.join(out, "key_table.inc")
            result = subprocess.run([GENERATOR, keys, output], cwd=CASES, capture_output=True,
                                    text=True, timeout=60)
            if not os.path.exists(output):
                return result, None
            with open(output, encoding="utf-8") as f:
                return result, f.read()

    def test_each_mistake_is_named_where_it_is(self):
        cases = sorted(name for name in os.listdir(CASES) if name.endswith(".toml"))
        self.assertGreaterEqual(len(cases), 5)
        for name in cases:
            with self.subTest(name), open(os.path.join(CASES, name), encoding="utf-8") as f:
                expect = f.readline().removeprefix("# expect: ")
                result, output = self.generate(name)
                self.assertEqual(result.returncode, 1)
                self.assertEqual(result.stderr, expect)
                self.assertIsNone(output, "nothing is written for a table with a mistake")

    def test_the_shipped_table_gives_each_key_a_row(self):
        keys = os.path.join(SOURCE_DIR, "src", "model", "keys.toml")
        result, output = self.generate(keys)
        self.assertEqual((result.returncode, result.stderr), (0, ""))
        with open(keys, encoding="utf-8") as f:
            count = sum(line == "[[key]]\n" for line in f)
        self.assertEqual(output.count("#line "), count)
        # What a key leaves to its table comes from it: wages is the salary section's, and generated.
        self.assertIn('{"wages.annual.p10", ValueKind::wage, false, Section::salary, '
                      'Limits{.min = 0, .max = 10000000},\n     "The 10th percentile.", false, true},',
                      output)


if __name__ == "__main__":
    unittest.main()
