"""`career search`: full-text search over every career and section, ranked, with snippets."""
import json
import os
import tempfile

from career_run import CareerTestCase, on_terminal, run, guides_only_program


def guides(*args, **env):
    """The program that ships the guides alone, for what is about their words (the catalog's
    occupations have many of the same)."""
    return run(*args, program=guides_only_program(), **env)


def result_lines(out):
    """(id, section) of each result, from its header: "id  Title  [section]" on one line, or, where
    that does not fit, the id on a line of its own and "  Title  [section]" under it. Snippets are
    indented further."""
    results, pending = [], None
    for line in out.splitlines():
        if line and not line.startswith(" "):
            if "[" in line:
                results.append((line.split()[0], line.rsplit("[", 1)[1].rstrip("]")))
            else:
                pending = line.strip()
        elif pending and line.startswith("  ") and not line.startswith("    ") and line.rstrip().endswith("]"):
            results.append((pending, line.rsplit("[", 1)[1].rstrip("]")))
            pending = None
    return results


class Search(CareerTestCase):
    def test_every_word_must_match_in_one_section(self):
        out = self.assertRuns(run("search", "radiation", "safety")).stdout
        ids = [career for career, _ in result_lines(out)]
        self.assertIn("interventional-radiologist", ids)
        self.assertNotIn("software-engineer", ids)
        for line in out.splitlines():
            self.assertNotIn("\x1b[", line)

    def test_title_and_alias_rank_first(self):
        out = self.assertRuns(run("search", "radiologist")).stdout
        results = result_lines(out)
        self.assertEqual(results[0][1], "title")
        self.assertIn(results[0][0], ["radiologist", "interventional-radiologist"])
        by_alias = result_lines(self.assertRuns(run("search", "swe")).stdout)
        self.assertEqual(by_alias[0], ("software-engineer", "title"))

    def test_case_insensitive_and_phrases(self):
        lower = self.assertRuns(run("search", "radiation", "safety")).stdout
        upper = self.assertRuns(run("search", "RADIATION", "Safety")).stdout
        self.assertEqual(lower, upper)
        phrase = result_lines(self.assertRuns(run("search", "radiation safety")).stdout)
        self.assertTrue(phrase)
        self.assertLessEqual(len(phrase), len(result_lines(lower)))
        # A phrase in the wrong order matches nothing.
        self.assertRuns(run("search", "safety radiation"), 1)

    def test_section_and_limit(self):
        results = result_lines(self.assertRuns(run("search", "patients", "--section", "faq")).stdout)
        self.assertTrue(results)
        self.assertTrue(all(section == "faq" for _, section in results))
        self.assertEqual(len(result_lines(self.assertRuns(run("search", "the", "--limit", "2")).stdout)), 2)
        self.assertIn("did you mean 'faq'?", self.assertRuns(run("search", "x", "--section", "fqa"), 2).stderr)

    def test_no_result_is_status_1_like_grep(self):
        result = self.assertRuns(run("search", "underwater", "basket", "weaving"), 1)
        self.assertEqual(result.stdout, "")
        self.assertIn("no careers match: underwater basket weaving", result.stderr)

    def test_formats(self):
        document = json.loads(self.assertRuns(run("search", "radiation", "--format", "json")).stdout)
        self.assertEqual(document["results"][0]["rank"], 1)
        self.assertTrue(all("radiation" in r["snippet"].lower() for r in document["results"]))
        tsv = self.assertRuns(run("search", "radiation", "--format", "tsv")).stdout.splitlines()
        self.assertEqual(tsv[0], "rank\tid\tkind\tsoc\ttitle\tsection\tsnippet")
        self.assertTrue(all(line.count("\t") == 6 for line in tsv))

    def test_snippets_fit_the_width_and_highlight_on_a_terminal(self):
        for width in ["40", "80", "160"]:
            out = self.assertRuns(run("search", "radiation", "--width", width)).stdout
            for line in out.splitlines():
                if line.startswith("    "):
                    self.assertLessEqual(len(line), int(width), line)
        status, shown = on_terminal("search", "radiation", "--no-pager", "--width", "80")
        self.assertEqual(status, 0)
        self.assertIn("\x1b[1;33m", shown)

    def test_whole_words_and_their_beginnings_never_the_inside_of_a_word(self):
        # "ml" is inside "USMLE" (the radiologists' licensing exam) and ".html" (a data scientist's
        # source), and is no word of any shipped career.
        result = self.assertRuns(guides("search", "ml"), 1)
        self.assertIn("no careers match: ml", result.stderr)
        ids = {career for career, _ in result_lines(self.assertRuns(guides("search", "usmle")).stdout)}
        self.assertEqual(ids, {"interventional-radiologist", "radiologist"})
        self.assertIn("data-scientist", self.assertRuns(guides("search", "html")).stdout)
        self.assertIn("data-scientist", self.assertRuns(guides("search", ".html")).stdout)
        # The beginning of a word finds the word.
        ids = {career for career, _ in result_lines(self.assertRuns(guides("search", "radiolog")).stdout)}
        self.assertTrue({"radiologist", "interventional-radiologist"} <= ids)
        # The names of languages and platforms are words.
        with tempfile.TemporaryDirectory() as data:
            with open(os.path.join(data, "app-developer.toml"), "w") as f:
                f.write('title = "App Developer"\nsummary = "Builds ML features in C# on .NET, not in C."\n')
            for word in ["ml", "C#", "c#", ".NET", "net", "ML features"]:
                out = self.assertRuns(guides("search", word, "--data-dir", data)).stdout
                self.assertEqual(result_lines(out)[0], ("app-developer", "summary"), word)
            self.assertNotIn("app-developer", guides("search", "C++", "--data-dir", data).stdout)
            self.assertNotIn("app-developer", guides("search", "features ML", "--data-dir", data).stdout)

    def test_snippets_keep_list_items_apart(self):
        out = self.assertRuns(guides("search", "c#", "--section", "tech-stack", "--width", "160")).stdout
        self.assertIn("C#, Go or C++ · Git and hosted code repositories · Integrated", out)
        document = json.loads(self.assertRuns(guides("search", "C#", "--format", "json")).stdout)
        self.assertIn("C#, Go or C++ · Git and hosted code repositories", document["results"][0]["snippet"])
        # A snippet begins with the item that holds the match.
        out = self.assertRuns(guides("search", "hosted code", "--width", "80")).stdout
        self.assertIn("    …Git and hosted code repositories · ", out)
        # A phrase never runs from one item into the next.
        self.assertRuns(guides("search", "C++ Git", "--section", "tech-stack"), 1)

    def test_an_exact_name_ranks_its_career_first(self):
        with tempfile.TemporaryDirectory() as data:
            with open(os.path.join(data, "x-ray-technician.toml"), "w") as f:
                f.write('title = "X-Ray Technician"\naliases = ["Radiologist Assistant"]\n'
                        'summary = "Assists the radiologist."\n')
            results = result_lines(self.assertRuns(run("search", "radiologist", "assistant", "--data-dir", data)).stdout)
            self.assertEqual(results[0], ("x-ray-technician", "title"))
            results = result_lines(self.assertRuns(run("search", "Radiologist", "--data-dir", data)).stdout)
            self.assertEqual(results[0], ("radiologist", "title"))

    def test_users_own_careers_are_searched(self):
        with tempfile.TemporaryDirectory() as data:
            with open(os.path.join(data, "beekeeper.toml"), "w") as f:
                f.write('title = "Beekeeper"\nsummary = "Keeps honeybees and harvests honey."\n')
            out = self.assertRuns(guides("search", "honey", "--data-dir", data)).stdout
            self.assertEqual(result_lines(out)[0], ("beekeeper", "summary"))
