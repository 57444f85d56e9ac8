"""The manual pages: they lint clean, name every command, say what the help says, and their example
career loads."""
import os
import re
import shutil
import subprocess
import tempfile
import tomllib
import unittest

from career_run import OCCUPATIONS_DIR, SOURCE_DIR, CareerTestCase, listed_commands, one_line, onet_credit, run, section_names

MAN_DIR = os.environ.get("CAREER_MAN_DIR", os.path.join(os.path.dirname(__file__), "../../build/man"))
CAREER_1 = os.path.join(MAN_DIR, "man1", "career.1")
CAREER_5 = os.path.join(MAN_DIR, "man5", "career.5")


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


# The named characters (\(xx, \[xx]) and one-character escapes (\x) that the pages use, as text.
# Anything else is an error, so that a new escape is added here rather than compared as garbage.
NAMED_CHARS = {"aq": "'", "dq": '"', "lq": "\u201c", "rq": "\u201d", "oq": "\u2018", "cq": "\u2019",
               "en": "\u2013", "em": "\u2014", "mi": "\u2212", "ti": "~", "bu": "\u2022", "pc": "\u00b7",
               "->": "\u2192", "<-": "\u2190", "rs": "\\", "ha": "^", "co": "\u00a9", "rg": "\u00ae"}
SIMPLE_ESCAPES = {"-": "-", "e": "\\", "\\": "\\", "&": "", "%": "", "~": " ", " ": " ", "0": " ",
                  "|": "", "^": "", "c": "", ".": "."}
ESCAPE = re.compile(r"\\(?:\((..)|\[([^\]]*)\]|f(?:\[[^\]]*\]|.)|(.))")
# Macros whose arguments are text in one font (joined by spaces) or alternating fonts (joined as is).
FONT_MACROS = {"B": " ", "I": " ", "SM": " ", "SB": " ",
               "BR": "", "BI": "", "IB": "", "IR": "", "RB": "", "RI": ""}
# Requests that only lay the page out; .SH, .SS and .IP keep their text (a heading, a tag).
LAYOUT_REQUESTS = {"TH", "TP", "PP", "LP", "P", "RS", "RE", "EX", "EE", "br", "sp", "in", "HP", "PD", "ad", "na"}


def escapes_to_text(roff):
    def replace(match):
        named, bracketed, simple = match.groups()
        if named is not None or (bracketed is not None and not re.fullmatch(r"u[0-9A-F]{4,5}", bracketed)):
            name = named if named is not None else bracketed
            if name not in NAMED_CHARS:
                raise ValueError(f"roff character \\({name} is not in NAMED_CHARS")
            return NAMED_CHARS[name]
        if bracketed is not None:
            return chr(int(bracketed[1:], 16))
        if simple is None:
            return ""  # a font change: \fB, \fI, \fR, \fP, \f[...]
        if simple not in SIMPLE_ESCAPES:
            raise ValueError(f"roff escape \\{simple} is not in SIMPLE_ESCAPES")
        return SIMPLE_ESCAPES[simple]
    return ESCAPE.sub(replace, roff)


def macro_arguments(text):
    """The arguments of a macro line, split as roff does: on spaces, except inside double quotes
    (where "" is a quote) or after a backslash."""
    args, i = [], 0
    while i < len(text):
        if text[i] == " ":
            i += 1
            continue
        arg, quoted = "", text[i] == '"'
        i += quoted
        while i < len(text):
            if text[i] == "\\":
                arg += text[i:i + 2]
                i += 2
            elif quoted and text.startswith('""', i):
                arg += '"'
                i += 2
            elif (quoted and text[i] == '"') or (not quoted and text[i] == " "):
                i += 1
                break
            else:
                arg += text[i]
                i += 1
        args.append(arg)
    return args


def roff_line_to_text(line):
    """One input line as the text it prints: escapes undone, font macros' arguments joined with their
    fonts dropped, comments and layout requests gone (None for a line that prints nothing)."""
    line = re.sub(r'(?<!\\)\\".*', "", line)
    if not line.startswith((".", "'")):
        return escapes_to_text(line)
    name, _, rest = line[1:].strip().partition(" ")
    args = macro_arguments(rest)
    if name == "" or name in LAYOUT_REQUESTS:
        return None
    if name in FONT_MACROS:
        return escapes_to_text(FONT_MACROS[name].join(args))
    if name in ("SH", "SS"):
        return escapes_to_text(" ".join(args))
    if name == "IP":
        return escapes_to_text(args[0]) if args else None
    raise ValueError(f"roff request .{name} is not known to roff_to_text")


def roff_lines(roff):
    """The input lines, each with any backslash-newline continuation joined on."""
    return re.sub(r"(?<!\\)\\\n", "", roff).split("\n")


def roff_to_text(roff):
    """The text of roff source, line by line: escapes for hyphens, quotes and the like undone, font
    changes dropped, the words of font macros (.B, .BR, .IR, ...) kept as text and layout requests
    (.TP, .PP, .RS, ...) dropped. Only what career(1) and career(5) use is known; anything else
    raises ValueError. (Done here rather than by mandoc, so that the tests need no formatter and can
    see the page's structure: see man_items.)"""
    lines = (roff_line_to_text(line) for line in roff_lines(roff))
    return "\n".join(line for line in lines if line is not None)


class ManItem:
    """A .TP item of a page: its section, nesting (0 at the left margin, 1 inside one .RS, ...), tag
    and body (the text up to the next paragraph, item, indentation or example), and the item it is
    nested in."""

    def __init__(self, section, depth, tag, parent):
        self.section, self.depth, self.tag, self.parent = section, depth, tag, parent
        self.body_lines = []

    @property
    def body(self):
        return one_line(" ".join(self.body_lines))

    @property
    def tag_words(self):
        """The words of the tag without punctuation: "-h, --help" and "careers..." are ["-h", "--help"]
        and ["careers"]."""
        return [word for word in re.split(r"[\s,|\[\]]+|\.\.\.", self.tag) if word]


def man_items(roff):
    """The .TP items of a page, in order, as ManItems."""
    items, section, depth, last_at_depth, current, tag_next = [], None, 0, {}, None, False
    for line in roff_lines(roff):
        request = re.match(r"[.'](\S*)", line).group(1) if line.startswith((".", "'")) else None
        if tag_next:
            parent = last_at_depth.get(depth - 1) if depth > 0 else None
            current = ManItem(section, depth, one_line(roff_line_to_text(line) or ""), parent)
            items.append(current)
            last_at_depth = {d: item for d, item in last_at_depth.items() if d < depth}
            last_at_depth[depth] = current
            tag_next = False
        elif request == "SH":
            section, depth, last_at_depth, current = roff_line_to_text(line), 0, {}, None
        elif request == "TP":
            tag_next, current = True, None
        elif request == "RS":
            depth, current = depth + 1, None
        elif request == "RE":
            depth, current = depth - 1, None
        elif request in ("SS", "PP", "LP", "P", "IP", "HP", "EX", "EE", "br", "sp"):
            current = None
        elif current is not None:
            text = roff_line_to_text(line)
            if text is not None:
                current.body_lines.append(text)
    return items


def help_entries(help_text, block):
    """The entries of one block of CLI11's help ("Options:", "Positionals:", "Subcommands:") as
    (names, description, table): the left column is the names (for an option its flags, then a type
    such as "TEXT", ":{a,b}" or "REQUIRED", which are not names); the description starts at the
    description column, on the same line or, when the left column is too wide, the next, and
    continues on lines indented to that column. Continuation lines indented further are a table,
    such as the section names of --section: (name, text) pairs, a row's text continued on lines
    indented further still."""
    lines = help_text.split("\n")
    if f"{block}:" not in lines:
        return []
    entries, column = [], 24  # cli/app.cpp, HelpFormatter
    for line in lines[lines.index(f"{block}:") + 1:]:
        if not line.strip():
            break
        if re.match(r"  \S", line):
            left, inline = (line[:column], line[column:]) if len(line) > column and line[column - 1] == " " \
                else (line, "")
            names = left.split()[0].split(",")
            entries.append([names, [inline] if inline else [], []])
        elif line.startswith(" " * (column + 3)) and entries[-1][2]:
            name, text = entries[-1][2][-1]
            entries[-1][2][-1] = (name, text + " " + line.strip())
        elif line.startswith(" " * (column + 1)):
            entries[-1][2].append(tuple(line.strip().split(None, 1)))
        elif line.startswith(" " * column):
            entries[-1][1].append(line[column:])
        else:
            raise AssertionError(f"not a line of CLI11's help: {line!r}")
    return [(names, " ".join(description), table) for names, description, table in entries]


def capitalised(text):
    return text[:1].upper() + text[1:]


def section_text(roff, name):
    """The text of one .SH section of a page."""
    match = re.search(rf"^\.SH \"?{re.escape(name)}\"?\n(.*?)(?=^\.SH |\Z)", roff, flags=re.M | re.S)
    return roff_to_text(match.group(1))


def documented_keys(roff):
    """The dotted paths ("salary.median", "education.stages.name") career(5)'s KEYS documents: each
    subsection is a table ("Header" the top level), each item a key of it, and an item that is a
    table ("[[education.stages]]") has its keys indented below it."""
    paths, table, nested, depth, tag_next, in_keys = set(), "", "", 0, False, False
    for line in roff_lines(roff):
        if line.startswith(".SH"):
            in_keys = line == ".SH KEYS"
        elif not in_keys:
            continue
        elif line.startswith(".SS"):
            title = roff_line_to_text(line)
            table = "" if title == "Header" else title.strip("[]")
            paths.add(table)
        elif line in (".RS", ".RE"):
            depth += 1 if line == ".RS" else -1
        elif line == ".TP":
            tag_next = True
        elif tag_next:
            tag, tag_next = roff_line_to_text(line), False
            if tag.startswith("["):
                nested = tag.strip("[]")
                paths.add(nested)
            else:
                prefix = nested if depth > 0 else table
                paths.add(f"{prefix}.{tag}" if prefix else tag)
    return paths - {""}


def file_keys(paths):
    """The dotted paths of the tables and keys in career files, as documented_keys gives them: the
    elements of an array of tables have their keys under the array's path, and a wage written
    { at_least = N } is a value, not a table."""
    keys = set()

    def walk(value, prefix):
        if isinstance(value, list):
            for element in value:
                walk(element, prefix)
        elif isinstance(value, dict) and set(value) != {"at_least"}:
            for key, inner in value.items():
                path = f"{prefix}.{key}" if prefix else key
                keys.add(path)
                walk(inner, path)

    for path in paths:
        with open(path, "rb") as f:
            walk(tomllib.load(f), "")
    return keys


def largest_occupations(count):
    """The largest files of the catalog: together they have every table and key an occupation can
    have (checked by the test that uses them: a key they lack is a key career(5) documents and
    nothing uses)."""
    paths = [os.path.join(OCCUPATIONS_DIR, name) for name in os.listdir(OCCUPATIONS_DIR) if name.endswith(".toml")]
    return sorted(paths, key=os.path.getsize, reverse=True)[:count]


def template_keys(text):
    """The dotted paths of the tables and keys in a file `career new` wrote, commented out or not."""
    paths, table = set(), ""
    for line in text.splitlines():
        line = line.removeprefix("# ")
        header = re.fullmatch(r"\[\[?([a-z_.]+)\]\]?", line)
        key = re.match(r"([a-z_0-9]+) = ", line)
        if header:
            table = header.group(1)
            paths.add(table)
        elif key:
            paths.add(f"{table}.{key.group(1)}" if table else key.group(1))
    return paths


class ManPages(CareerTestCase):
    @unittest.skipUnless(shutil.which("mandoc"), "mandoc is not installed")
    def test_mandoc_lint_is_clean(self):
        for page in [CAREER_1, CAREER_5]:
            result = subprocess.run(["mandoc", "-Tlint", "-Wwarning", page], capture_output=True, text=True)
            self.assertEqual(result.stdout + result.stderr, "", page)

    def test_version_and_date_are_filled_in(self):
        for page in [CAREER_1, CAREER_5]:
            header = next(line for line in read(page).splitlines() if line.startswith(".TH"))
            self.assertNotIn("@", header)
            self.assertRegex(header, r'^\.TH CAREER [15] \d{4}-\d{2}-\d{2} "career \d+\.\d+\.\d+"')

    def test_every_command_and_option_is_in_career_1(self):
        page = roff_to_text(read(CAREER_1))
        help_text = run("--help").stdout
        listed = listed_commands()
        commands = list(listed)
        self.assertGreaterEqual(len(commands), 12, help_text)
        for alias in [alias for aliases in listed.values() for alias in aliases]:
            self.assertTrue(re.search(rf"\b{alias}\b", page), f"alias '{alias}' is not in career(1)")
        options = set(re.findall(r"--[a-z][a-z-]+", help_text))
        for command in commands:
            self.assertTrue(re.search(rf"\b{command}\b", page), f"command '{command}' is not in career(1)")
            options |= set(re.findall(r"--[a-z][a-z-]+", run(command, "--help").stdout))
        for option in options:
            self.assertTrue(option in page, f"option '{option}' is not in career(1)")

    def test_every_section_name_is_in_career_1(self):
        page = roff_to_text(read(CAREER_1))
        help_text = run("show", "--help").stdout
        names = re.findall(r"^ {26}([a-z][a-z-]+) ", help_text, flags=re.M)
        # The same names, in the same order, as a --section that is none lists them.
        listed = re.search(r"\(one of: (.*)\)", run("show", "IR", "--section", "none").stderr).group(1)
        self.assertEqual(re.split(r", | or ", listed), names, help_text)
        for name in names:
            self.assertTrue(name in page, f"section '{name}' is not in career(1)")

    def test_career_5_documents_every_key_career_new_writes_and_the_catalog_uses(self):
        """Two things made of the key table agree with each other and with the catalog: the KEYS
        section the build generates into career(5) documents exactly the keys of the file `career
        new` writes (a guide's) and those of the occupations tools/import-occupations writes."""
        page = read(CAREER_5)
        self.assertNotIn("@CAREER_KEYS@", page)
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "x.toml")
            self.assertRuns(run("new", "x", "--output", path))
            written = template_keys(read(path))
        self.assertGreater(len(written), 80)
        used = file_keys(largest_occupations(10))
        self.assertGreater(len(used - written), 80)  # wages, projections, training, work, ...
        self.assertEqual(documented_keys(page), written | used)

    def test_career_5_describes_occupations_with_the_credit_onet_asks_for(self):
        occupations = one_line(section_text(read(CAREER_5), "OCCUPATIONS"))
        self.assertTrue(onet_credit().startswith("This product includes information from the O*NET 29.3 Database"))
        self.assertIn(onet_credit(), occupations)
        self.assertIn("public domain", occupations)  # BLS data
        for table in ["[wages]", "[projections]", "[training]", "[work]", "[[sources]]"]:
            self.assertIn(table, occupations)

    def test_the_example_in_career_5_loads(self):
        page = read(CAREER_5)
        examples = re.findall(r"^\.EX\n(.*?)^\.EE", page, flags=re.M | re.S)
        self.assertEqual(len(examples), 1)
        with tempfile.TemporaryDirectory() as tmp:
            with open(os.path.join(tmp, "example-technician.toml"), "w", encoding="utf-8") as f:
                f.write(roff_to_text(examples[0]))
            result = self.assertRuns(run("show", "example-technician", "--data-dir", tmp))
            self.assertEqual(result.stderr, "")
            self.assertIn("Example Technician", result.stdout)


# The sections career(1) has, in this order (others may come between).
CAREER_1_SECTIONS = ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS", "OUTPUT FORMATS", "ENVIRONMENT",
                     "FILES", "EXIT STATUS", "EXAMPLES", "SEE ALSO"]


def variables_read():
    """The environment variables the program reads: every getenv("X") or env("X") in src/."""
    names = set()
    for directory, _, files in os.walk(os.path.join(SOURCE_DIR, "src")):
        for name in files:
            if name.endswith((".cpp", ".hpp", ".h", ".cc")):
                source = read(os.path.join(directory, name))
                names |= set(re.findall(r"\b(?:getenv|env)\(\s*\"(\w+)\"\s*\)", source))
    return names


class HelpAgreesWithCareer1(CareerTestCase):
    """`career --help`, `career COMMAND --help` and `career help COMMAND` say what career(1) says: each
    command, argument and option of the help is an item of the page whose description begins with
    the help's words (whitespace collapsed), and each --section name's help begins its item under
    SECTIONS. The page is read as text by roff_to_text, not formatted."""

    @classmethod
    def setUpClass(cls):
        cls.page = read(CAREER_1)
        cls.items = man_items(cls.page)
        cls.top_help = run("--help").stdout

    def item(self, names, candidates, what):
        """The one item among candidates whose tag begins with one of names and holds them all."""
        found = [item for item in candidates if item.tag_words and item.tag_words[0] in names
                 and set(names) <= set(item.tag_words)]
        self.assertEqual(len(found), 1, f"{what}: want one item in career(1) tagged {names}, found "
                                        f"{[item.tag for item in found]}")
        return found[0]

    def assertBegins(self, item, description, what):
        self.assertTrue(description.strip(), f"{what}: no description in the help")
        self.assertTrue(item.body.startswith(one_line(description)),
                        f"{what}: career(1) should begin the item '{item.tag}' with the help's words\n"
                        f"help:      {one_line(description)}\ncareer(1): {item.body}")

    def assertTableAgrees(self, table, what):
        """Each (name, text) row of a table in the help, such as the --section names, is an item of
        career(1) tagged with the name alone and beginning with the text, as a sentence."""
        for name, text in table:
            items = [item for item in self.items if item.tag == name and item.depth == 0]
            self.assertTrue(items, f"{what}: no item tagged '{name}' in career(1)")
            self.assertTrue(any(item.body.startswith(capitalised(one_line(text))) for item in items),
                            f"{what}: no item '{name}' in career(1) begins with "
                            f"'{capitalised(text)}': {[item.body for item in items]}")

    def options(self):
        return [item for item in self.items if item.section == "OPTIONS" and item.depth == 0]

    def commands(self):
        listing = help_entries(self.top_help, "Subcommands")
        self.assertGreaterEqual(len(listing), 13, self.top_help)
        return listing

    def test_the_help_parser_reads_every_block(self):
        show = run("show", "--help").stdout
        [(names, description, table)] = [e for e in help_entries(show, "Options") if "--section" in e[0]]
        self.assertEqual([name for name, _ in table], section_names(), show)
        self.assertEqual(table[0][0], "summary")
        [(names, description, _)] = help_entries(show, "Positionals")
        self.assertEqual(names, ["careers"])
        wrapped = help_entries(self.top_help, "Options")
        self.assertIn(["-h", "--help"], [names for names, _, _ in wrapped])
        color = next(description for names, description, _ in wrapped if names == ["--color"])
        self.assertTrue(color.startswith("When to use colour"), color)  # from the line after its names

    def test_global_options(self):
        entries = help_entries(self.top_help, "Options")
        self.assertGreaterEqual(len(entries), 7, self.top_help)
        for names, description, table in entries:
            with self.subTest(option=names):
                self.assertBegins(self.item(names, self.options(), "OPTIONS"), description, names)
                self.assertTableAgrees(table, names)

    def test_every_command_its_arguments_options_and_aliases(self):
        commands = [item for item in self.items if item.section == "COMMANDS" and item.depth == 0]
        for names, description, _ in self.commands():
            [command] = names
            with self.subTest(command=command):
                match = re.fullmatch(r"(.*?)(?: \(alias(?:es)?: ([^)]*)\))?", description)
                description, aliases = match.group(1), match.group(2)
                item = self.item([command], commands, "COMMANDS")
                self.assertBegins(item, description, command)
                if aliases:
                    label = "Aliases" if ", " in aliases else "Alias"
                    self.assertIn(f"{label}: {aliases}.", item.body, f"{command}: its aliases")

                own_help = self.assertRuns(run(command, "--help")).stdout
                self.assertEqual(self.assertRuns(run("help", command)).stdout, own_help)
                self.assertEqual(own_help.split("\n")[0], description, "the first line of its help")
                inside = [other for other in self.items if other.parent is item]
                for block in ["Positionals", "Options"]:
                    for entry_names, entry_description, table in help_entries(own_help, block):
                        what = f"{command} {entry_names}"
                        with self.subTest(command=command, entry=entry_names):
                            # An item under the command's own, else a global option's (-h,--help).
                            own = [other for other in inside if other.tag_words[:1] in [[n] for n in entry_names]]
                            item_of_entry = self.item(entry_names, own or self.options(), what)
                            self.assertBegins(item_of_entry, entry_description, what)
                            self.assertTableAgrees(table, what)

    def test_a_help_string_the_page_lacks_fails(self):
        [item] = man_items('.SH OPTIONS\n.TP\n.BI \\-\\-width " n"\nWrap \\fItext\\fP to this many\n'
                           '.BR columns " (at least 20)."\nMore.\n')
        self.assertEqual(item.tag_words, ["--width", "n"])
        self.assertEqual(item.body, "Wrap text to this many columns (at least 20). More.")
        self.assertBegins(item, "Wrap text to this many columns (at least 20)", "--width")
        with self.assertRaises(AssertionError):
            self.assertBegins(item, "Wrap text to N columns (at least 20)", "--width")
        with self.assertRaises(AssertionError):
            self.assertTableAgrees([("summary", "the whole career")], "--section")
        with self.assertRaises(AssertionError):
            self.item(["--widht"], [item], "OPTIONS")

    @unittest.skipUnless(shutil.which("mandoc"), "mandoc is not installed")
    def test_roff_to_text_reads_the_items_as_mandoc_formats_them(self):
        formatted = subprocess.run(["mandoc", "-Tutf8", "-O", "width=1000", CAREER_1], capture_output=True,
                                   text=True, check=True).stdout
        formatted = one_line(re.sub(".\x08", "", formatted))  # bold and underline are overstruck
        self.assertGreater(len(self.items), 50)
        for item in self.items:
            self.assertIn(item.body, formatted, item.tag)

    def test_sections_in_order(self):
        headings = [roff_line_to_text(line) for line in self.page.split("\n") if line.startswith(".SH")]
        self.assertEqual([heading for heading in headings if heading in CAREER_1_SECTIONS], CAREER_1_SECTIONS,
                         headings)

    def test_environment_lists_every_variable_the_program_reads(self):
        read_by_program = variables_read()
        self.assertTrue({"CAREER_PATH", "XDG_DATA_HOME", "XDG_DATA_DIRS", "HOME", "NO_COLOR", "CLICOLOR_FORCE",
                         "TERM", "PAGER", "CAREER_PAGER", "COLUMNS", "LINES", "LESS"} <= read_by_program,
                        read_by_program)
        documented = {item.tag for item in self.items if item.section == "ENVIRONMENT" and item.depth == 0}
        self.assertEqual(documented, read_by_program,
                         "ENVIRONMENT in career(1) should have an item for each variable src/ reads, and no other")

    def test_files_lists_the_data_directories_in_the_order_they_are_read(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = self.assertRuns(run("paths", "--format", "tsv", "--data-dir", tmp, CAREER_PATH=tmp)).stdout
        origins = list(dict.fromkeys(line.split("\t")[1] for line in out.splitlines()[1:]))
        self.assertEqual(len(origins), 5, out)
        files = section_text(self.page, "FILES")
        places = [files.find(origin) for origin in origins]
        self.assertNotIn(-1, places, f"FILES should name each of {origins}")
        self.assertEqual(places, sorted(places), f"FILES should name {origins} in this order")
        # Each shipped directory, in the build tree and installed, in the order they are read.
        shipped = [line.split("\t")[0] for line in out.splitlines()[1:] if line.split("\t")[1] == "shipped"]
        self.assertEqual([os.path.basename(path) for path in shipped], ["occupations", "careers"], out)
        for tree in ["data", "share/career"]:
            named = [f"{tree}/{os.path.basename(path)}" for path in shipped]
            places = [files.find(name) for name in named]
            self.assertNotIn(-1, places, f"FILES should name each of {named}")
            self.assertEqual(places, sorted(places), f"FILES should name {named} in this order")
