"""`career show`: the whole Interventional Radiologist guide, and its sections."""
import subprocess

from career_run import BIN, CareerTestCase, clean_env, on_terminal, one_line, run
from width_check import overlong_lines

IR = "interventional-radiologist"

FAQ_QUESTIONS = [
    "What is the difference between diagnostic radiology and interventional radiology?",
    "How long does it take to become an interventional radiologist?",
    "Are interventional radiology procedures painful for patients?",
    "What are the risks associated with interventional radiology procedures?",
    "Is interventional radiology a physically demanding job?",
    "Can interventional radiologists specialize further?",
    "How do interventional radiologists stay current with advancements?",
    "What kinds of patients do interventional radiologists typically treat?",
    "Is there a significant job market for interventional radiologists internationally?",
]
CASE_STUDIES = [
    "Minimally Invasive Treatment of Peripheral Arterial Disease",
    "Image-Guided Tumor Ablation for Liver Cancer",
    "Emergency Embolization for Postpartum Hemorrhage",
]
TIERS = [
    ("Fellowship Trainee", "0–2 years"),
    ("Attending Interventional Radiologist", "3–8 years"),
    ("Senior Interventional Radiologist", "9–15 years"),
    ("Interventional Radiology Director or Section Chief", "15+ years"),
]
PROS = [
    "Minimally invasive procedures reduce patient recovery times and surgical risks.",
    "High demand for interventional radiologists offers strong job security.",
    "Diverse procedures keep daily work challenging and intellectually stimulating.",
    "High salary potential reflecting extensive education and specialized skills.",
    "Opportunity to collaborate with multidisciplinary clinical teams.",
    "Continuous advancements allow engagement with cutting-edge technology.",
]
CONS = [
    "Long and rigorous educational and training requirements.",
    "Exposure to ionizing radiation necessitates strict safety measures.",
    "High-stress environment due to emergency interventions and procedural risks.",
    "Potential physical strain from prolonged standing during procedures.",
    "Difficult work-life balance with irregular or long hours in some settings.",
    "Keeping up with rapid technological changes requires ongoing education.",
]


class ShowWholeGuide(CareerTestCase):
    @classmethod
    def setUpClass(cls):
        result = run("show", IR)
        assert result.returncode == 0, result.stderr
        cls.out = result.stdout
        cls.flat = one_line(result.stdout)

    def test_salary_figures(self):
        for figure in ["$475,000", "$387,500", "$562,500", "$350,000–$600,000", "$600,000+"]:
            self.assertIn(figure, self.out)
        self.assertIn("Median: $475,000", self.flat)
        self.assertIn("Entry-Level: $387,500", self.flat)
        self.assertIn("Mid-Level: $475,000", self.flat)
        self.assertIn("Senior-Level: $562,500", self.flat)

    def test_tiers_with_their_years(self):
        for title, years in TIERS:
            self.assertIn(f"{title} Experience: {years}", self.flat)

    def test_every_faq_question(self):
        for question in FAQ_QUESTIONS:
            self.assertIn(question, self.flat)

    def test_every_case_study(self):
        for title in CASE_STUDIES:
            self.assertIn(title, self.out)

    def test_every_pro_and_con(self):
        for item in PROS + CONS:
            self.assertIn(item, self.flat)
        self.assertLess(self.flat.index(PROS[-1]), self.flat.index(CONS[0]))

    def test_stress_growth_and_source(self):
        self.assertIn("Stress Level: High", self.flat)
        self.assertIn("Balance Rating: Challenging", self.flat)
        self.assertIn("Growth Rate: 8%", self.flat)
        self.assertIn("Source: U.S. Bureau of Labor Statistics", self.flat)
        self.assertIn("8% growth rate", self.flat)

    def test_day_blocks_with_times(self):
        for block in ["Morning (7:00 AM – 11:00 AM)", "Midday (11:00 AM – 3:00 PM)",
                      "Afternoon (3:00 PM – 6:00 PM)"]:
            self.assertIn(block, self.out)

    def test_training_total_agrees_with_faq(self):
        self.assertIn("Total: 13–14 years", self.out)
        self.assertIn("13 to 14 years of post-secondary education", self.flat)

    def test_sections_in_the_guides_order(self):
        headings = ["Market Demand", "Annual Salary (US, USD)", "Key Responsibilities", "Work Setting",
                    "Tech Stack", "Skills and Qualifications", "Education Level", "Tech Skills",
                    "Soft Abilities", "Path to Interventional Radiologist", "Required Education",
                    "Career Path Tiers", "Global Outlook", "Job Market Today", "A Day in the Life",
                    "Work-Life Balance & Stress", "Skill Map", "Pros & Cons for Interventional Radiologist",
                    "Common Mistakes of Beginners", "Contextual Advice", "Examples and Case Studies",
                    "Portfolio Tips", "Job Outlook & Related Roles", "Frequently Asked Questions",
                    "Sources & References"]
        lines = self.out.splitlines()
        positions = [lines.index(h) for h in headings]
        self.assertEqual(positions, sorted(positions))

    def test_related_roles_with_their_ids(self):
        self.assertIn("radiologist (career show radiologist)", self.out)
        self.assertIn("radiation-therapist (career show radiation-therapist)", self.out)

    def test_no_page_trailer(self):
        self.assertNotIn("Jobicy+", self.out)
        self.assertNotIn("Share career guide", self.out)

    def test_lines_fit_the_default_width(self):
        for line in self.out.splitlines():
            self.assertLessEqual(len(line), 80, line)


class ShowOptions(CareerTestCase):
    def test_section_salary_only(self):
        out = self.assertRuns(run("show", IR, "--section", "salary")).stdout
        self.assertIn("$475,000", out)
        self.assertNotIn("Frequently Asked Questions", out)
        self.assertNotIn("Career Path Tiers", out)

    def test_sections_repeatable_and_comma_separated(self):
        out = self.assertRuns(run("show", IR, "--section", "faq,tiers", "--section", "salary")).stdout
        self.assertIn("Frequently Asked Questions", out)
        self.assertIn("Career Path Tiers", out)
        self.assertLess(out.index("Annual Salary"), out.index("Career Path Tiers"))
        self.assertNotIn("Key Responsibilities", out)

    def test_unknown_section_is_a_usage_error_with_a_suggestion(self):
        result = run("show", IR, "--section", "salry")
        self.assertRuns(result, 2)
        self.assertIn("did you mean 'salary'?", result.stderr)

    def test_by_title_in_any_case_and_by_alias(self):
        for name in ["Interventional Radiologist", "INTERVENTIONAL RADIOLOGIST", "IR", "ir"]:
            out = self.assertRuns(run("show", name, "--section", "summary")).stdout
            self.assertTrue(out.startswith("Interventional Radiologist\n"), name)

    def test_width_option_wraps(self):
        out = self.assertRuns(run("show", IR, "--width", "40")).stdout
        self.assertEqual(overlong_lines(out, 40), [])  # but for a URL, never split, alone on its line
        self.assertIn("Frequently Asked Questions", out)

    def test_columns_variable_sets_the_width(self):
        out = self.assertRuns(run("show", IR, COLUMNS="50")).stdout
        self.assertEqual(overlong_lines(out, 50), [])
        self.assertTrue(any(45 < len(line) <= 50 for line in out.splitlines()))

    def test_works_from_any_directory(self):
        result = run("show", IR, "--section", "salary", cwd="/")
        self.assertIn("$475,000", self.assertRuns(result).stdout)


class ShowColour(CareerTestCase):
    def test_no_escapes_in_a_pipe(self):
        self.assertNotIn("\x1b[", self.assertRuns(run("show", IR)).stdout)

    def test_color_always_adds_escapes_and_no_color_wins_over_auto(self):
        self.assertIn("\x1b[", self.assertRuns(run("show", IR, "--color=always")).stdout)
        self.assertNotIn("\x1b[", self.assertRuns(run("show", IR, NO_COLOR="1")).stdout)
        self.assertNotIn("\x1b[", self.assertRuns(run("show", IR, "--color", "never")).stdout)

    def test_colour_on_a_terminal_unless_no_color_or_dumb(self):
        def shown(**env):
            return on_terminal("show", IR, "--section", "salary", "--no-pager", **env)[1]

        self.assertIn("\x1b[", shown())
        self.assertNotIn("\x1b[", shown(NO_COLOR="1"))
        self.assertNotIn("\x1b[", shown(TERM="dumb"))


class ShowIntoAClosedPipe(CareerTestCase):
    def test_head_ends_quietly(self):
        result = subprocess.run(f"'{BIN}' show {IR} | head -n 1; echo \"status=${{PIPESTATUS[0]}}\"",
                                shell=True, executable="/bin/bash", capture_output=True, text=True,
                                env=clean_env(), timeout=30)
        self.assertEqual(result.stderr, "")
        self.assertEqual(result.stdout, "Interventional Radiologist\nstatus=0\n")

    def test_full_disk_is_an_error(self):
        with open("/dev/full", "w") as full:
            result = subprocess.run([BIN, "show", IR], stdout=full, stderr=subprocess.PIPE, text=True,
                                    env=clean_env(), timeout=30)
        self.assertEqual(result.returncode, 1)
        self.assertIn("No space left on device", result.stderr)
