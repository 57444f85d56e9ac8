"""Nothing of the seed guide is lost: every line of it appears in `career show`."""
import re

from career_run import SEED, CareerTestCase, one_line, run

# Lines of the page that `career show` says differently, each with how it says it instead.
SAID_DIFFERENTLY = {
    "Interventional Radiologist Career Path Guide": "Interventional Radiologist",  # the title
    "Low": "(scale: Low · Moderate · High · Very High)",  # the gauge and its level
    "High": "Demand: High (scale: Low",
    "growth rate": "8% growth rate",
    "median salary": "$475,000 median salary",
    "8%": "8% growth rate",
    "$475,000": "$475,000 median salary",
    "350,000—600,000": "Range: $350,000–$600,000",
    "Entry-Level": "Entry-Level: $387,500",
    "$387,500": "Entry-Level: $387,500",
    "Mid-Level": "Mid-Level: $475,000",
    "Senior-Level": "Senior-Level: $562,500",
    "$562,500": "Senior-Level: $562,500",
    # The growth figure is the guide's statement, cited as such (issue 13).
    "Source: U.S. Bureau of Labor Statistics": "which names the U.S. Bureau of Labor Statistics as its source",
    # "Path" named three things; each has its own name now (issue 14): the way in, the ladder.
    "Path to Interventional Radiologist": "The Way In",
    "Career Path Tiers": "Career Ladder",
}


def normalise(text):
    """Dashes and spacing as the terminal shows them; the page's emoji decorations and our headings'
    underlines dropped."""
    text = re.sub(r"^[-=]+$", "", text.replace("–", "-"), flags=re.M)
    text = re.sub(r"^(📈|🇺🇸|✅|❌)\s*", "", text.strip())
    return one_line(text.lstrip("•"))


class NothingLost(CareerTestCase):
    def test_every_line_of_the_seed_is_shown(self):
        shown = normalise(self.assertRuns(run("show", "interventional-radiologist", "--width", "100000")).stdout)
        with open(SEED, encoding="utf-8") as f:
            page = f.read()
        guide = page[:page.index("Share career guide")]  # the page's own trailer is not the career
        checked = 0
        for raw in guide.splitlines():
            line = normalise(raw)
            if not line:
                continue
            expected = normalise(SAID_DIFFERENTLY.get(line, line))
            self.assertTrue(expected in shown, f"seed line not shown: {raw!r}")
            checked += 1
        self.assertGreater(checked, 250)
