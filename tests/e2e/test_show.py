"""`career show`: the whole Interventional Radiologist guide, and its sections."""
import json
import os
import re
import subprocess
import tempfile

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
        # The growth figure is the guide's statement, cited as such, with its period (none).
        self.assertIn("Growth Rate: 8%, as stated in the Jobicy guide, which names the U.S. Bureau of Labor "
                      "Statistics as its source, no period given", self.flat)
        self.assertIn("Source: Jobicy career path guide: Interventional Radiologist, "
                      "https://jobicy.com/careers/interventional-radiologist", self.flat)
        self.assertIn("8% growth rate (as stated in the Jobicy guide", self.flat)

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
                    "Soft Abilities", "The Way In", "Required Education",
                    "Career Ladder", "Global Outlook", "Job Market Today", "A Day in the Life",
                    "Work-Life Balance & Stress", "Skill Map", "Pros & Cons for Interventional Radiologist",
                    "Common Mistakes of Beginners", "Contextual Advice", "Examples and Case Studies",
                    "Portfolio Tips", "Job Outlook & Related Roles", "Frequently Asked Questions",
                    "Sources & References"]
        lines = self.out.splitlines()
        positions = [lines.index(h) for h in headings]
        self.assertEqual(positions, sorted(positions))

    def test_related_roles_with_their_titles_and_commands_marked_as_ours(self):
        self.assertIn("• Radiologist (career show radiologist)", self.out)
        self.assertIn("• Radiation Therapist (career show radiation-therapist)", self.out)
        self.assertIn("Related Roles Chosen for this guide, not taken from its source.", self.flat)

    def test_the_guide_page_is_its_source(self):
        sources = self.out[self.out.index("Sources & References\n"):]
        self.assertIn("Jobicy career path guide: Interventional Radiologist, date not given, "
                      "https://jobicy.com/careers/interventional-radiologist", one_line(sources))
        self.assertNotIn("None listed.", sources)

    def test_the_fellowship_tier_is_the_fellowship_stage(self):
        self.assertIn("Fellowship Trainee Experience: 0–2 years (the Interventional radiology fellowship "
                      "stage of the training, counted once)", self.flat)

    def test_no_page_trailer(self):
        self.assertNotIn("Jobicy+", self.out)
        self.assertNotIn("Share career guide", self.out)

    def test_lines_fit_the_default_width(self):
        for line in self.out.splitlines():
            self.assertLessEqual(len(line), 80, line)


class WhatEachFigureIs(CareerTestCase):
    """Issue 13: every figure says what it is and where it is from, and what a source does not give
    says "not given" where a user looks."""

    def test_the_salary_band_says_its_basis_and_year(self):
        out = one_line(self.assertRuns(run("show", IR, "--section", "salary")).stdout)
        self.assertIn("Basis: the Jobicy guide's salary band, year not given", out)
        out = one_line(self.assertRuns(run("show", "radiologist", "--section", "salary")).stdout)
        self.assertIn("Basis: U.S. Bureau of Labor Statistics median pay for radiologists, as quoted by "
                      "InterviewGrid, May 2021", out)

    def test_figures_the_source_does_not_give_say_so(self):
        for career in ["radiologist", "radiation-therapist"]:
            out = self.assertRuns(run("show", career, "--section", "salary")).stdout
            for label in ["Range", "Entry-Level", "Mid-Level", "Senior-Level", "Top 10%"]:
                self.assertRegex(out, rf"\n{re.escape(label)}: +not given\n", career)
            self.assertNotIn("$0", out)

    def test_growth_says_its_basis_and_period(self):
        out = one_line(self.assertRuns(run("show", "nurse-practitioner", "--section", "summary,outlook")).stdout)
        self.assertIn("45% growth rate (as stated in the Jobicy guide, no period given)", out)
        self.assertIn("Growth Rate: 45%, as stated in the Jobicy guide, no period given", out)

    def test_remote_friendly_is_the_jobicy_tag_on_all_five_jobicy_guides(self):
        for career in ["interventional-radiologist", "nurse-practitioner", "registered-nurse", "software-engineer",
                       "data-scientist"]:
            out = one_line(self.assertRuns(run("show", career, "--section", "summary")).stdout)
            self.assertIn("remote-friendly (tagged so by Jobicy career path guide:", out)
        for career in ["radiologist", "radiation-therapist"]:
            self.assertNotIn("remote-friendly", self.assertRuns(run("show", career, "--section", "summary")).stdout)

    def test_top_earners_quoted_whole(self):
        for career in ["nurse-practitioner", "registered-nurse", "software-engineer", "data-scientist"]:
            out = one_line(self.assertRuns(run("show", career, "--section", "salary")).stdout)
            self.assertRegex(out, r"per year, especially with specialized skills in high-demand areas\.", career)

    def test_each_stage_names_the_source_it_comes_from(self):
        out = one_line(self.assertRuns(run("show", "radiologist", "--section", "education")).stdout)
        self.assertIn("Bachelor's degree (pre-medical), Medical school (MD or DO): Radiologist Career Profile, "
                      "LiveAbout", out)
        self.assertIn("Subspecialty fellowship: Complete Radiologist Career Guide, Himalayas", out)

    def test_the_ikigain_address_is_the_page_itself(self):
        out = self.assertRuns(run("show", "software-engineer")).stdout
        self.assertIn("https://www.ikigain.org/careers/software-engineer", out)
        self.assertNotIn("plantilla", out)

    def test_the_radiation_therapist_page_by_its_title(self):
        out = one_line(self.assertRuns(run("show", "radiation-therapist", "--section", "salary")).stdout)
        self.assertIn("Source: Top 5 Paying Medical Imaging Careers, Ultrasound Schools Info", out)


class GuidesAndOccupations(CareerTestCase):
    """Issue 12: a guide shows its occupation's official figures, each with its source, beside its own;
    the occupation names its guides; no related role is a command that fails (issue 14)."""

    def test_a_guide_shows_its_occupations_official_figures_with_their_sources(self):
        out = one_line(self.assertRuns(run("show", "registered-nurse", "--width", "100")).stdout)
        self.assertIn("Occupation: Registered Nurses (SOC 29-1141): career show registered-nurses", out)
        self.assertIn("Official figures: Registered Nurses (SOC 29-1141)", out)
        self.assertIn("Median: $93,600", out)
        self.assertIn("Basis: percentiles of the annual wages of all workers, BLS OEWS, May 2024 "
                      "Source: BLS Occupational Employment and Wage Statistics, national, May 2024", out)
        self.assertIn("Official outlook: Registered Nurses (SOC 29-1141) Change, 2024–34: 4.9% (+166,100 jobs)", out)
        self.assertIn("Official entry requirements: Registered Nurses (SOC 29-1141) Typical entry education: "
                      "Bachelor's degree", out)
        self.assertIn("Source: BLS Employment Projections 2024–34", out)
        # Beside the guide's own figures, which keep their own source.
        self.assertLess(out.index("Source: Jobicy career path guide: Registered Nurse (RN)"),
                        out.index("Official figures: Registered Nurses"))

    def test_every_guide_names_an_occupation_of_the_catalog(self):
        for career in ["interventional-radiologist", "nurse-practitioner", "registered-nurse", "software-engineer",
                       "data-scientist", "radiologist", "radiation-therapist"]:
            document = json.loads(self.assertRuns(run("show", career, "--format", "json")).stdout)
            self.assertRegex(document["soc"], r"^\d\d-\d{4}$", career)
            self.assertEqual(document["occupation"]["soc"], document["soc"], career)
            self.assertIn("median", document["occupation"]["wages"]["annual"], career)

    def test_the_occupation_names_its_guides(self):
        out = self.assertRuns(run("show", "29-1224", "--section", "summary")).stdout
        self.assertIn("Guide: Interventional Radiologist: career show interventional-radiologist\n", out)
        self.assertIn("Guide: Radiologist: career show radiologist\n", out)
        document = json.loads(self.assertRuns(run("show", "radiologists", "--format", "json")).stdout)
        self.assertEqual([g["id"] for g in document["guides"]], ["interventional-radiologist", "radiologist"])

    def test_a_related_role_that_names_no_career_is_no_command(self):
        with tempfile.TemporaryDirectory() as tmp:
            with open(os.path.join(tmp, "lonely.toml"), "w", encoding="utf-8") as f:
                f.write('title = "Lonely"\nsummary = "S."\n[job_outlook]\n'
                        'related_roles = ["registered-nurse", "no-such-career"]\n')
            out = self.assertRuns(run("show", "lonely", "--data-dir", tmp, "--section", "outlook")).stdout
            self.assertIn("• Registered Nurse (career show registered-nurse)", out)
            self.assertIn("• no-such-career (not in this catalog)", out)
            self.assertNotIn("career show no-such-career", out)
            # show says nothing on stderr about it: validate is where the warning is.
            self.assertEqual(run("show", "lonely", "--data-dir", tmp).stderr, "")
            self.assertIn("names no career", run("validate", os.path.join(tmp, "lonely.toml"), "--data-dir", tmp).stdout)


class ShowOptions(CareerTestCase):
    def test_section_salary_only(self):
        out = self.assertRuns(run("show", IR, "--section", "salary")).stdout
        self.assertIn("$475,000", out)
        self.assertNotIn("Frequently Asked Questions", out)
        self.assertNotIn("Career Ladder", out)

    def test_sections_repeatable_and_comma_separated(self):
        out = self.assertRuns(run("show", IR, "--section", "faq,tiers", "--section", "salary")).stdout
        self.assertIn("Frequently Asked Questions", out)
        self.assertIn("Career Ladder", out)
        self.assertLess(out.index("Annual Salary"), out.index("Career Ladder"))
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
