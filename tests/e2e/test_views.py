"""The focused views of a career: education (timeline), ladder (path, tiers), day, skills, pros-cons, faq."""
import os
import re
import tempfile

from career_run import CareerTestCase, one_line, run
from width_check import overlong_lines

IR = "interventional-radiologist"
VIEWS = ["education", "ladder", "day", "skills", "pros-cons", "faq"]
WIDTHS = [40, 80, 160]

STAGES = ["Undergraduate degree", "Medical school (MD or DO)", "Diagnostic radiology residency",
          "Interventional radiology fellowship"]
MILESTONES = ["USMLE or COMLEX", "State medical licensure", "ABR board certification"]
TIERS = [("Fellowship Trainee", "0–2 years"),
         ("Attending Interventional Radiologist", "3–8 years"),
         ("Senior Interventional Radiologist", "9–15 years"),
         ("Interventional Radiology Director or Section Chief", "15+ years")]
DAY_BLOCKS = [("Morning", "7:00 AM – 11:00 AM"), ("Midday", "11:00 AM – 3:00 PM"),
              ("Afternoon", "3:00 PM – 6:00 PM")]
SKILL_CATEGORIES = ["Foundational Skills", "Technical Procedural Skills", "Professional & Interpersonal Skills",
                    "Technology Proficiency"]
FIRST_PRO = "Minimally invasive procedures"
FIRST_CON = "Long and rigorous educational"
LAST_PRO = "Continuous advancements allow engagement with cutting-edge technology."


def positions(text, needles):
    """Where each needle first occurs; fails the caller's order check with -1 for a missing one."""
    return [text.find(needle) for needle in needles]


class EveryViewAtEveryWidth(CareerTestCase):
    def test_exit_0_lines_fit_no_escapes(self):
        for view in VIEWS:
            for width in WIDTHS:
                with self.subTest(view=view, width=width):
                    result = self.assertRuns(run(view, IR, "--width", str(width)))
                    self.assertTrue(result.stdout.startswith("Interventional Radiologist\n"))
                    self.assertNotIn("\x1b[", result.stdout)
                    # A URL longer than the line stands whole on a line of its own.
                    self.assertEqual(overlong_lines(result.stdout, width), [], result.stdout)

    def test_no_escapes_with_no_color_even_when_asked_for_auto(self):
        for view in VIEWS:
            self.assertNotIn("\x1b[", self.assertRuns(run(view, IR, NO_COLOR="1")).stdout)

    def test_color_always_only_adds_emphasis(self):
        for view in VIEWS:
            plain = self.assertRuns(run(view, IR, "--width", "80")).stdout
            coloured = self.assertRuns(run(view, IR, "--width", "80", "--color", "always")).stdout
            self.assertIn("\x1b[", coloured, view)
            self.assertEqual(re.sub(r"\x1b\[[0-9;]*m", "", coloured), plain, view)

    def test_text_only(self):
        for view in VIEWS:
            result = self.assertRuns(run(view, IR, "--format", "tsv"), 2)
            self.assertIn("supports: text", result.stderr)

    def test_unknown_career_exits_66(self):
        for view in VIEWS:
            result = self.assertRuns(run(view, "interventional-radiolgist"), 66)
            self.assertIn("did you mean 'interventional-radiologist'?", result.stderr)
            self.assertEqual(result.stdout, "")


class Education(CareerTestCase):
    def test_total_stages_and_milestones(self):
        for width in WIDTHS:
            out = self.assertRuns(run("education", IR, "--width", str(width))).stdout
            flat = one_line(out)
            self.assertIn("Total: 13–14 years of training", flat)
            stages = positions(flat, STAGES)
            self.assertNotIn(-1, stages, width)
            self.assertEqual(stages, sorted(stages), width)
            milestones = positions(flat, MILESTONES)
            self.assertNotIn(-1, milestones, width)
            self.assertEqual(milestones, sorted(milestones), width)
            self.assertLess(stages[-1], milestones[0])
            self.assertIn("Source: Jobicy career path guide: Interventional Radiologist", flat)

    def test_cumulative_years_and_the_optional_year(self):
        out = self.assertRuns(run("education", IR, "--width", "80")).stdout
        for mark in ["year 4", "year 8", "year 12", "years 13–14"]:
            self.assertRegex(out, rf"[█░] {mark}\n")
        fellowship = next(line for line in out.splitlines() if line.endswith("years 13–14"))
        self.assertIn("█░", fellowship)  # the required year solid, the optional one light

    def test_bars_are_cumulative(self):
        out = self.assertRuns(run("education", IR, "--width", "80")).stdout
        bars = [line for line in out.splitlines() if "█" in line and "required" not in line]
        self.assertEqual(len(bars), 4)
        for before, after in zip(bars, bars[1:]):
            end = len(before.split(" year")[0].rstrip())
            start = len(after) - len(after.lstrip())
            self.assertEqual(start, end)

    def test_total_agrees_with_the_faq(self):
        faq = one_line(self.assertRuns(run("faq", IR, "how", "long")).stdout)
        self.assertIn("13 to 14 years", faq)

    def test_alias_timeline(self):
        self.assertEqual(self.assertRuns(run("timeline", IR)).stdout,
                         self.assertRuns(run("education", IR)).stdout)


class EducationRoutes(CareerTestCase):
    """Issue 13: alternatives and optional steps in training, each with its own length, and the total
    that follows."""

    def test_registered_nurse_both_routes_and_a_2_to_4_year_total(self):
        for width in WIDTHS:
            out = self.assertRuns(run("education", "registered-nurse", "--width", str(width))).stdout
            flat = one_line(out)
            self.assertIn("Nursing degree: 2–4 years, by route", flat)
            self.assertIn("• Associate Degree in Nursing (ADN): 2 years", flat)
            self.assertIn("• Bachelor of Science in Nursing (BSN): 4 years", flat)
            self.assertIn("Total: 2–4 years of training", flat)
            self.assertIn("░ the years of a longer route", flat)

    def test_a_route_after_another_qualification(self):
        flat = one_line(self.assertRuns(run("education", "radiation-therapist")).stdout)
        self.assertIn("• Certificate program: 1 year, after a qualification in radiography (not counted)", flat)
        self.assertIn("Total: 1–4 years of training; a route that follows another qualification counts its own "
                      "years only", flat)

    def test_an_optional_stage_counts_from_0(self):
        flat = one_line(self.assertRuns(run("education", "radiologist")).stdout)
        self.assertIn("Subspecialty fellowship: 1–2 years, optional", flat)
        self.assertIn("years 13–15", flat)
        self.assertIn("Total: 13–15 years of training", flat)

    def test_a_milestone_with_its_years_and_its_source(self):
        flat = one_line(self.assertRuns(run("education", "data-scientist", "--width", "200")).stdout)
        self.assertIn("Master's degree (optional, often preferred): 2 years, not counted in the total", flat)
        self.assertIn("Master's degree (optional, often preferred): How to Become a Data Scientist, Grand Canyon "
                      "University blog", flat)
        self.assertIn("Total: 4 years of training", flat)


class Ladder(CareerTestCase):
    def test_tiers_in_order_with_their_years(self):
        for width in WIDTHS:
            flat = one_line(self.assertRuns(run("ladder", IR, "--width", str(width))).stdout)
            found = positions(flat, [title for title, _ in TIERS])
            self.assertNotIn(-1, found, width)
            self.assertEqual(found, sorted(found), width)
            for title, years in TIERS:
                self.assertRegex(flat, rf"{re.escape(title)} [█→ ]*{re.escape(years)}")

    def test_years_from_the_start_of_training_counted_once(self):
        # The first tier, the fellowship trainee, is the fellowship stage of the training: the ladder
        # starts where the fellowship does, after 12 years, and its years are not added twice.
        flat = one_line(self.assertRuns(run("ladder", IR)).stdout)
        for year in ["year 12", "year 15", "year 21", "year 27"]:
            self.assertIn(f"From start of training: {year}", flat)
        self.assertIn("Training before the first tier: 12 years (see career education). The first tier is the "
                      "training's Interventional radiology fellowship stage", flat)
        self.assertNotIn("years 13–14", flat)

    def test_a_tier_without_years_says_so(self):
        with tempfile.TemporaryDirectory() as tmp:
            with open(os.path.join(tmp, "ladder.toml"), "w", encoding="utf-8") as f:
                f.write('title = "Ladder"\nsummary = "S."\n[[tiers]]\ntitle = "Junior"\n[[tiers]]\ntitle = "Senior"\n')
            out = self.assertRuns(run("ladder", "ladder", "--data-dir", tmp)).stdout
            self.assertIn("1. Junior\n   Experience: years not given\n", out)
            self.assertIn("2. Senior\n   Experience: years not given\n", out)
            self.assertNotIn("█", out)
            show = one_line(self.assertRuns(run("show", "ladder", "--data-dir", tmp, "--section", "tiers")).stdout)
            self.assertIn("1. Junior Experience: years not given", show)

    def test_open_ended_top_tier_has_an_arrow(self):
        out = self.assertRuns(run("ladder", IR)).stdout
        self.assertIn("█→ 15+ years", out)

    def test_aliases_tiers_and_path_its_old_name(self):
        ladder = self.assertRuns(run("ladder", IR)).stdout
        self.assertIn("Career Ladder\n", ladder)
        self.assertEqual(self.assertRuns(run("tiers", IR)).stdout, ladder)
        self.assertEqual(self.assertRuns(run("path", IR)).stdout, ladder)


class OneNameForEachThing(CareerTestCase):
    """"Path" named the ladder, the way in and the training; each has its own name now, and a view
    with nothing for a career names the views that have something."""

    def test_the_way_in_is_a_section_still_taken_by_its_old_name(self):
        way_in = self.assertRuns(run("show", IR, "--section", "way-in")).stdout
        self.assertTrue(way_in.startswith("The Way In\n"), way_in[:80])
        self.assertIn("Embarking on a career as an interventional radiologist", way_in)
        self.assertEqual(self.assertRuns(run("show", IR, "--section", "path")).stdout, way_in)

    def test_a_student_asking_the_way_in_to_an_occupation_is_sent_to_its_training(self):
        out = one_line(self.assertRuns(run("show", "nurse-practitioners", "--section", "way-in")).stdout)
        self.assertIn("Not given for this career.", out)
        self.assertIn("its training: career education nurse-practitioners", out)
        self.assertIn("Typical entry education: Master's degree", one_line(
            self.assertRuns(run("education", "nurse-practitioners")).stdout))

    def test_a_guide_without_a_ladder_names_the_views_it_has(self):
        out = one_line(self.assertRuns(run("ladder", "nurse-practitioner")).stdout)
        self.assertIn("Not given for this career. What its guide does give:", out)
        self.assertIn("the way in: career show nurse-practitioner --section way-in", out)
        self.assertIn("its training: career education nurse-practitioner", out)
        self.assertNotIn("career ladder nurse-practitioner", out)

    def test_the_commands_are_the_programs_own(self):
        # Every command a pointer names runs, and is not itself a "not given".
        out = self.assertRuns(run("ladder", "nurse-practitioner")).stdout
        commands = re.findall(r": (career [^\n]+)", out)
        self.assertGreaterEqual(len(commands), 4, out)
        for command in commands:
            with self.subTest(command=command):
                shown = self.assertRuns(run(*command.split()[1:])).stdout
                self.assertNotIn("What its guide does give:", shown)


class Day(CareerTestCase):
    def test_blocks_with_times_in_order(self):
        for width in WIDTHS:
            flat = one_line(self.assertRuns(run("day", IR, "--width", str(width))).stdout)
            found = positions(flat, [f"{name}: {times}" for name, times in DAY_BLOCKS])
            self.assertNotIn(-1, found, width)
            self.assertEqual(found, sorted(found), width)
            self.assertIn("Focus: Pre-procedural Planning and Patient Rounds", flat)
            self.assertIn("Review imaging studies and patient histories to plan procedures", flat)

    def test_bars_on_one_axis(self):
        out = self.assertRuns(run("day", IR, "--width", "80")).stdout
        bars = [line for line in out.splitlines() if "█" in line]
        self.assertEqual(len(bars), 3)
        self.assertEqual(len({len(bar) for bar in bars}), 1)  # one axis, first start to last end
        self.assertTrue(bars[0].startswith("█"))
        self.assertTrue(bars[-1].endswith("█"))
        # 4, 4 and 3 hours long.
        lengths = [bar.count("█") for bar in bars]
        self.assertEqual(lengths[0], lengths[1])
        self.assertEqual(lengths[0] * 3, lengths[2] * 4)


class Skills(CareerTestCase):
    def test_categories_tech_skills_and_soft_abilities(self):
        for width in WIDTHS:
            flat = one_line(self.assertRuns(run("skills", IR, "--width", str(width))).stdout)
            found = positions(flat, SKILL_CATEGORIES)
            self.assertNotIn(-1, found, width)
            self.assertEqual(found, sorted(found), width)
            for text in ["Core competencies essential for mastering interventional radiology.",
                         "Catheter and Guidewire Manipulation", "Tech Skills",
                         "Proficiency in fluoroscopic imaging techniques", "Radiation safety and dose management",
                         "Soft Abilities", "Attention to detail", "Continuous learning mindset"]:
                self.assertIn(text, flat)


class ProsCons(CareerTestCase):
    def test_side_by_side_when_wide(self):
        out = self.assertRuns(run("pros-cons", IR, "--width", "160")).stdout
        self.assertTrue(any(FIRST_PRO in line and FIRST_CON in line for line in out.splitlines()), out)
        self.assertTrue(any(re.match(r"^Pros +│ Cons$", line) for line in out.splitlines()), out)

    def test_one_after_the_other_when_narrow(self):
        out = self.assertRuns(run("pros-cons", IR, "--width", "40")).stdout
        flat = one_line(out)
        self.assertFalse(any(FIRST_PRO in line and FIRST_CON in line for line in out.splitlines()))
        self.assertLess(flat.index(LAST_PRO), flat.index(FIRST_CON))
        self.assertLess(out.index("\nPros\n"), out.index(FIRST_PRO))
        self.assertLess(out.index("Continuous advancements"), out.index("\nCons\n"))
        self.assertLess(out.index("\nCons\n"), out.index(FIRST_CON))

    def test_columns_line_up(self):
        out = self.assertRuns(run("pros-cons", IR, "--width", "100")).stdout
        rows = [line for line in out.splitlines() if "│" in line or "┼" in line]
        self.assertGreater(len(rows), 12)
        self.assertEqual(len({max(line.find("│"), line.find("┼")) for line in rows}), 1, out)

    def test_every_item_once(self):
        for width in WIDTHS:
            out = self.assertRuns(run("pros-cons", IR, "--width", str(width))).stdout
            self.assertEqual(out.count("+ "), 6, width)
            self.assertEqual(out.count("− "), 6, width)


class Faq(CareerTestCase):
    def test_all_questions_without_words(self):
        out = self.assertRuns(run("faq", IR)).stdout
        self.assertIn("Can interventional radiologists specialize further?", out)
        self.assertIn("What is the difference between diagnostic radiology", out)

    def test_only_the_entries_with_every_word(self):
        out = self.assertRuns(run("faq", IR, "radiation")).stdout
        flat = one_line(out)
        self.assertIn("What are the risks associated with interventional radiology procedures?", flat)
        self.assertNotIn("Can interventional radiologists specialize further?", flat)
        self.assertNotIn("How long does it take", flat)
        # Each question shown has the word in it or in its answer.
        questions = [entry for entry in re.split(r"\n(?=\S.*\?\n)", out.split("questions)\n", 1)[1]) if entry.strip()]
        self.assertGreaterEqual(len(questions), 2)
        for entry in questions:
            self.assertIn("radiation", entry.lower())

    def test_words_in_any_case_and_all_of_them(self):
        out = one_line(self.assertRuns(run("faq", IR, "RADIATION", "Exposure")).stdout)
        self.assertIn("What are the risks associated", out)
        self.assertNotIn("physically demanding", out)
        self.assertIn("Matching: RADIATION Exposure (1 of 9 questions)", out)

    def test_no_match_is_status_1_like_grep(self):
        result = self.assertRuns(run("faq", IR, "radiation", "zebra"), 1)
        self.assertEqual(result.stdout, "")
        self.assertIn("no questions match: radiation zebra", result.stderr.lower())

    def test_global_options_after_the_words(self):
        out = self.assertRuns(run("faq", IR, "radiation", "--width", "40")).stdout
        self.assertTrue(all(len(line) <= 40 for line in out.splitlines()))
        self.assertIn("What are the risks", out)


class CareerWithoutTheData(CareerTestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.TemporaryDirectory()
        with open(os.path.join(cls.dir.name, "bare.toml"), "w", encoding="utf-8") as f:
            f.write('title = "Bare"\nsummary = "A career with nothing but a title and a summary."\n')

    @classmethod
    def tearDownClass(cls):
        cls.dir.cleanup()

    def test_every_view_says_not_given_and_never_zero(self):
        for view in VIEWS:
            for width in WIDTHS:
                with self.subTest(view=view, width=width):
                    result = self.assertRuns(run(view, "bare", "--data-dir", self.dir.name, "--width", str(width)))
                    out = result.stdout
                    self.assertEqual(result.stderr, "")
                    self.assertTrue(out.startswith("Bare\n===="))
                    self.assertIn("not given", one_line(out).lower())
                    self.assertNotIn("0 years", out)
                    self.assertNotIn("0 year", out)
                    self.assertNotIn("$0", out)
                    self.assertNotIn("█", out)
                    for line in out.splitlines():
                        self.assertLessEqual(len(line), width, line)

    def test_education_names_what_is_missing(self):
        out = one_line(self.assertRuns(run("education", "bare", "--data-dir", self.dir.name)).stdout)
        self.assertIn("Training stages: not given for this career.", out)
        self.assertNotIn("Total", out)

    def test_faq_with_words_on_a_career_without_a_faq(self):
        out = self.assertRuns(run("faq", "bare", "radiation", "--data-dir", self.dir.name)).stdout
        self.assertIn("not given", out.lower())
