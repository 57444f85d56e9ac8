"""Shell completion: `career completion bash|zsh|fish` prints a script generated from the program's own
definition of its commands and options (the build writes the same into build/completions/ for
installing), and the scripts complete commands, options, section names, sort keys and career names.

The bash tests run the real `_career` function: bash sources the output of `career completion bash`,
sets COMP_WORDS and COMP_CWORD as bash does at a TAB, calls `_career` and prints COMPREPLY. The
script asks the program named on the line being completed (COMP_WORDS[0]) for career names, else
`career` from PATH; so most tests name `career` and put the built program's directory on PATH, and
one names the built program by its path with PATH left alone. zsh and fish are exercised too when
they are installed (zsh through a pseudo-terminal with zsh/zpty, fish with `complete -C`)."""
import os
import re
import shutil
import subprocess
import tempfile
import unittest

from career_run import BIN, SOURCE_DIR, TIMEOUT, CareerTestCase, clean_env, guides_only_env, listed_commands, run, section_names

BIN_DIR = os.path.dirname(os.path.abspath(BIN))
BUILD_DIR = os.environ.get("CAREER_BUILD_DIR", os.path.join(os.path.dirname(__file__), "../../build"))
FILES = {"bash": "career.bash", "zsh": "_career", "fish": "career.fish"}  # in build/completions/


def script(shell):
    result = subprocess.run([BIN, "completion", shell], capture_output=True, env=clean_env(), timeout=TIMEOUT)
    assert result.returncode == 0, result.stderr
    return result.stdout.decode("utf-8")


def path_env(**extra):
    """The test environment with the built program first on PATH, as an installed `career` is."""
    return clean_env(PATH=BIN_DIR + os.pathsep + os.environ.get("PATH", "/usr/bin:/bin"), **extra)


def help_commands():
    """The commands and their aliases, as `career --help` lists them."""
    names = [name for command, aliases in listed_commands().items() for name in [command, *aliases]]
    assert len(names) >= 13, names
    return names


def help_sections():
    """The --section names, in order, as `career show --help` lists them."""
    names = section_names()
    assert names[0] == "summary" and names[-1] == "sources" and "skills" in names, names
    return names


def help_sort_keys():
    """The --sort keys, in order, as `career salary --help` gives them: "median (default), entry, ...,
    or given (as typed)"."""
    text = " ".join(run("salary", "--help").stdout.split("Formats (--format)")[0].split())
    listing = re.search(r"Order of several careers: (.*?)$", text).group(1)
    keys = [re.sub(r"^or ", "", part.strip()).split()[0] for part in listing.split(",")]
    assert len(keys) >= 9, keys
    return keys


def option_values(option):
    """The values of a global option that `career --help` names in its entry (the words of the entry
    that the program takes as a value: `career OPTION WORD paths` is no --option error)."""
    entries = re.split(r"\n(?=  -)", run("--help").stdout.split("Subcommands:")[0])
    entry = next(e for e in entries if re.match(rf"  {option}\b", e))
    words = dict.fromkeys(re.findall(r"(?<![\w-])[a-z]+(?![\w-])", entry.split(None, 1)[1]))
    return [w for w in words if f"{option}:" not in run(option, w, "paths").stderr]


def help_options(*command):
    return set(re.findall(r"--[a-z][a-z-]+", run(*command, "--help").stdout))


def listed_options(*command):
    """The options of the "Options:" part of `career [COMMAND] --help`: the command's own, or the global
    ones."""
    listing = run(*command, "--help").stdout.split("Options:\n")[1].split("\n\n")[0]
    return set(re.findall(r"^  (?:-\w,)?(--[a-z][a-z-]*)", listing, flags=re.M))


def write_career(directory, career_id, title, aliases=()):
    with open(os.path.join(directory, career_id + ".toml"), "w", encoding="utf-8") as f:
        f.write(f'title = "{title}"\nsummary = "A career of the tests."\n')
        if aliases:
            f.write("aliases = [" + ", ".join(f'"{a}"' for a in aliases) + "]\n")


BASH_DRIVER = r"""
source <("${SCRIPT_FROM:-career}" completion bash) || exit 1
COMP_WORDS=("$@")
COMP_CWORD=$(($# - 1))
_career
printf '%s\n' "${COMPREPLY[@]}"
"""


def complete_bash(*words, env=None):
    """What `_career` offers for a line of `words`, the last being the word at the cursor."""
    result = subprocess.run(["bash", "--norc", "--noprofile", "-c", BASH_DRIVER, "bash", *words],
                            capture_output=True, text=True, env=env or path_env(), timeout=TIMEOUT)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    return [line for line in result.stdout.split("\n") if line]


class TheCommand(CareerTestCase):
    def test_the_build_installs_what_the_command_prints(self):
        for shell, name in FILES.items():
            with self.subTest(shell=shell):
                with open(os.path.join(BUILD_DIR, "completions", name), "rb") as f:
                    built = f.read()
                result = subprocess.run([BIN, "completion", shell], capture_output=True, env=clean_env(),
                                        timeout=TIMEOUT)
                self.assertEqual(result.returncode, 0, result.stderr)
                self.assertEqual(result.stdout, built)
                self.assertEqual(result.stderr, b"")

    def test_an_unknown_shell_is_a_usage_error_naming_the_shells(self):
        result = self.assertRuns(run("completion", "powershell"), 2)
        self.assertEqual(result.stdout, "")
        self.assertIn("'powershell' is not a supported shell (one of: bash, zsh or fish)", result.stderr)
        self.assertIn("did you mean 'bash'?", self.assertRuns(run("completion", "bsh"), 2).stderr)
        self.assertRuns(run("completion"), 2)

    def test_completion_is_in_help_and_the_names_command_is_not(self):
        out = run("--help").stdout
        self.assertRegex(out, r"\n  completion +Print a shell completion script")
        self.assertNotIn("__complete", out)

    def test_zsh_script_is_a_compdef_file(self):
        self.assertTrue(script("zsh").startswith("#compdef career\n"))

    def test_bash_script_parses(self):
        result = subprocess.run(["bash", "-n"], input=script("bash"), capture_output=True, text=True, timeout=TIMEOUT)
        self.assertEqual((result.returncode, result.stderr), (0, ""))
        self.assertIn("complete -F _career career", script("bash"))

    @unittest.skipUnless(shutil.which("zsh"), "zsh is not installed")
    def test_zsh_script_parses(self):
        result = subprocess.run(["zsh", "-n"], input=script("zsh"), capture_output=True, text=True, timeout=TIMEOUT)
        self.assertEqual((result.returncode, result.stderr), (0, ""))

    @unittest.skipUnless(shutil.which("fish"), "fish is not installed")
    def test_fish_script_parses(self):
        with tempfile.NamedTemporaryFile("w", suffix=".fish") as f:
            f.write(script("fish"))
            f.flush()
            result = subprocess.run(["fish", "--no-config", "-n", f.name], capture_output=True, text=True,
                                    timeout=TIMEOUT, env=clean_env())
        self.assertEqual((result.returncode, result.stderr), (0, ""))


class CompleteNames(CareerTestCase):
    def test_ids_then_aliases_one_a_line(self):
        names = self.assertRuns(run("__complete-names")).stdout.split("\n")
        self.assertEqual(names[-1], "")
        names = names[:-1]
        self.assertIn("interventional-radiologist", names)
        self.assertIn("IR", names)
        self.assertIn("Diagnostic Radiologist", names)
        self.assertLess(names.index("software-engineer"), names.index("IR"))
        self.assertEqual(len(names), len(set(names)))
        ids = [name for name in names if re.fullmatch(r"[a-z0-9][a-z0-9-]*", name)]
        self.assertEqual(ids, sorted(ids))

    def test_data_dir_and_career_path_careers_are_named_and_bad_files_are_quiet(self):
        with tempfile.TemporaryDirectory() as mine, tempfile.TemporaryDirectory() as theirs:
            write_career(mine, "my-career", "My Career", ["MC", "IR"])
            write_career(theirs, "their-career", "Their Career")
            with open(os.path.join(mine, "broken.toml"), "w") as f:
                f.write("title = \n")
            result = run("--data-dir", mine, "__complete-names", CAREER_PATH=theirs)
            self.assertEqual((result.returncode, result.stderr), (0, ""))
            names = result.stdout.split()
            self.assertIn("my-career", names)
            self.assertIn("their-career", names)
            self.assertIn("MC", names)
            self.assertEqual(names.count("IR"), 1)
            self.assertNotIn("broken", names)


class Bash(CareerTestCase):
    def test_a_command(self):
        self.assertEqual(complete_bash("career", "sh"), ["show"])
        self.assertEqual(complete_bash("career", "pa"), ["path", "paths"])

    def test_every_command(self):
        self.assertEqual(sorted(complete_bash("career", "")), sorted(help_commands()))

    def test_a_command_after_global_options(self):
        self.assertEqual(complete_bash("career", "--color", "never", "--data-dir", "/tmp", "sh"), ["show"])

    def test_a_career_id(self):
        # "interve": "inter" is the start of occupations' ids too (interior-designers, ...).
        self.assertEqual(complete_bash("career", "show", "interve"), ["interventional-radiologist"])
        self.assertEqual(complete_bash("career", "timeline", "interve"), ["interventional-radiologist"])
        self.assertEqual(complete_bash("career", "show", "--width", "60", "interve"), ["interventional-radiologist"])
        self.assertEqual(complete_bash("career", "show", "software-dev"), ["software-developers"])  # an occupation

    def test_an_alias(self):
        self.assertIn("IR", complete_bash("career", "show", "I"))
        # Among the guides (the catalog's aliases start with "Diag" too), a name with a space, escaped.
        self.assertEqual(complete_bash("career", "show", "Diag", env=guides_only_env()), [r"Diagnostic\ Radiologist"])

    def test_one_career_for_faq_several_for_the_others(self):
        self.assertEqual(complete_bash("career", "faq", "IR", ""), [])  # then words to look for
        self.assertIn("registered-nurse", complete_bash("career", "show", "IR", "reg"))
        self.assertIn("registered-nurse", complete_bash("career", "salary", "IR", "reg"))
        self.assertIn("registered-nurse", complete_bash("career", "compare", "IR", "SWE", "reg"))
        self.assertEqual(complete_bash("career", "list", ""), [])

    def test_a_section(self):
        self.assertEqual(complete_bash("career", "show", "--section", "sal"), ["salary"])
        self.assertEqual(complete_bash("career", "show", "IR", "--section", "salary,tie"), ["salary,tiers"])
        self.assertEqual(complete_bash("career", "show", "--section", ""), help_sections())

    def test_a_colour_format_and_sort_key(self):
        self.assertEqual(complete_bash("career", "--color", ""), ["auto", "always", "never"])
        self.assertEqual(complete_bash("career", "--color", "=", "a"), ["auto", "always"])  # --color=a
        self.assertEqual(complete_bash("career", "salary", "IR", "--sort", "me"), ["median"])
        self.assertEqual(complete_bash("career", "salary", "IR", "--sort", ""), help_sort_keys())
        self.assertEqual(complete_bash("career", "list", "--format", "t"), ["text", "tsv"])
        self.assertEqual(sorted(complete_bash("career", "--format", "")), sorted(option_values("--format")))
        self.assertEqual(complete_bash("career", "--width", ""), [])

    def test_every_option_of_every_command(self):
        for command in help_commands():
            with self.subTest(command=command):
                self.assertLessEqual(listed_options(command) | listed_options(),
                                     set(complete_bash("career", command, "--")))

    def test_options(self):
        self.assertLessEqual(help_options(), set(complete_bash("career", "--")))
        self.assertIn("--section", complete_bash("career", "show", "--s"))
        self.assertNotIn("--section", complete_bash("career", "list", "--s"))
        self.assertEqual(complete_bash("career", "salary", "--so"), ["--sort"])

    def test_the_sort_keys_of_the_help_are_accepted(self):
        for key in help_sort_keys():
            self.assertRuns(run("salary", "IR", "RN", "--sort", key))

    def test_help_and_completion_arguments(self):
        self.assertEqual(complete_bash("career", "help", "sh"), ["show"])
        self.assertEqual(complete_bash("career", "completion", ""), ["bash", "zsh", "fish"])

    def test_a_data_dir_earlier_on_the_line(self):
        with tempfile.TemporaryDirectory() as tmp:
            write_career(tmp, "my-career", "My Career")
            self.assertEqual(complete_bash("career", "show", "my"), [])
            self.assertEqual(complete_bash("career", "--data-dir", tmp, "show", "my"), ["my-career"])
            self.assertEqual(complete_bash("career", "show", "--data-dir", tmp, "my"), ["my-career"])
            self.assertEqual(complete_bash("career", f"--data-dir={tmp}", "show", "my"), ["my-career"])

    def test_a_data_dir_is_a_directory(self):
        with tempfile.TemporaryDirectory() as tmp:
            os.mkdir(os.path.join(tmp, "mydata"))
            open(os.path.join(tmp, "myfile"), "w").close()
            self.assertEqual(complete_bash("career", "--data-dir", os.path.join(tmp, "my")),
                             [os.path.join(tmp, "mydata")])

    def test_a_career_path_career(self):
        with tempfile.TemporaryDirectory() as tmp:
            write_career(tmp, "my-career", "My Career", ["MyC"])
            self.assertEqual(complete_bash("career", "show", "my", env=path_env(CAREER_PATH=tmp)), ["my-career"])
            self.assertEqual(complete_bash("career", "show", "My", env=path_env(CAREER_PATH=tmp)), ["MyC"])

    def test_bad_career_files_are_quiet(self):
        with tempfile.TemporaryDirectory() as tmp:
            with open(os.path.join(tmp, "broken.toml"), "w") as f:
                f.write("title = [\n")
            # complete_bash fails on any stderr.
            self.assertEqual(complete_bash("career", "--data-dir", tmp, "show", "interve"),
                             ["interventional-radiologist"])

    def test_the_program_on_the_line_is_asked(self):
        # No `career` on PATH: the script runs the one named on the line.
        env = clean_env(PATH="/usr/bin:/bin", SCRIPT_FROM=os.path.abspath(BIN))
        self.assertEqual(complete_bash(os.path.abspath(BIN), "show", "interve", env=env),
                         ["interventional-radiologist"])


ZSH_RC = r"""
PROMPT=
autoload -Uz compinit
compinit -u -D
source <(career completion zsh)
bindkey '^M' undefined
bindkey '^J' undefined
bindkey '^I' complete-word
null-line () { echo -E - $'\0' }
compprefuncs=( null-line )
comppostfuncs=( null-line exit )
zstyle ':completion:*' list-grouped false
zstyle ':completion:*' insert-tab false
compadd () {
    if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then
        builtin compadd "$@"
        return $?
    fi
    typeset -a __hits
    builtin compadd -A __hits "$@"
    local ret=$? hit
    for hit in $__hits; do echo -E - "HIT:$hit"; done
    return ret
}
echo ok
"""

# Types a line and TAB into an interactive zsh on a pseudo-terminal; prints each completion offered.
ZSH_DRIVER = r"""
zmodload zsh/zpty || exit 1
zpty z zsh -f -i
local line
zpty -w z "source ${(q)1}"
while zpty -r z line; do [[ $line == ok* ]] && break; done
zpty -w z "$2"$'\t'
integer nulls=0
while zpty -r z line; do
  [[ $line == *HIT:* ]] && print -r -- "${${line#*HIT:}%$'\r'*}"
  [[ $line == *$'\0'* ]] && (( ++nulls >= 2 )) && break
done
zpty -d z
"""


@unittest.skipUnless(shutil.which("zsh"), "zsh is not installed")
class Zsh(CareerTestCase):
    def complete(self, line, env=None):
        with tempfile.NamedTemporaryFile("w", suffix=".zsh") as rc:
            rc.write(ZSH_RC)
            rc.flush()
            result = subprocess.run(["zsh", "-f", "-c", ZSH_DRIVER, "zsh", rc.name, line], capture_output=True,
                                    text=True, env=env or path_env(), timeout=2 * TIMEOUT)
        self.assertEqual(result.returncode, 0, result.stderr)
        return sorted(set(result.stdout.split("\n")) - {""})

    def test_commands_options_and_careers(self):
        self.assertEqual(self.complete("career sh"), ["show"])
        self.assertEqual(self.complete("career "), sorted(help_commands()))
        # "interventional-": "Interventional Neuroradiologist" is an occupation's alias (and fish
        # matches a word in lower case in any case).
        self.assertEqual(self.complete("career show interventional-"), ["interventional-radiologist"])
        self.assertIn("IR", self.complete("career tiers I"))
        self.assertEqual(self.complete("career show --section sal"), ["salary"])
        self.assertEqual(self.complete("career show --section salary,tie"), ["tiers"])
        self.assertEqual(self.complete("career --color "), ["always", "auto", "never"])
        self.assertEqual(self.complete("career salary IR --sort me"), ["median"])
        self.assertEqual(self.complete("career help sh"), ["show"])
        self.assertEqual(self.complete("career completion "), ["bash", "fish", "zsh"])

    def test_every_option_of_every_command(self):
        for command in help_commands():
            with self.subTest(command=command):
                self.assertLessEqual(listed_options(command) | listed_options(),
                                     set(self.complete(f"career {command} --")))

    def test_a_data_dir_earlier_on_the_line(self):
        with tempfile.TemporaryDirectory() as tmp:
            write_career(tmp, "my-career", "My Career")
            self.assertEqual(self.complete(f"career --data-dir {tmp} show my"), ["my-career"])
            self.assertEqual(self.complete("career show my", env=path_env(CAREER_PATH=tmp)), ["my-career"])


@unittest.skipUnless(shutil.which("fish"), "fish is not installed")
class Fish(CareerTestCase):
    def complete(self, line, env=None):
        with tempfile.NamedTemporaryFile("w", suffix=".fish") as f:
            f.write(script("fish"))
            f.flush()
            result = subprocess.run(["fish", "--no-config", "-c", "source $argv[1]; complete -C $argv[2]",
                                     f.name, line], capture_output=True, text=True, env=env or path_env(),
                                    timeout=2 * TIMEOUT)
        self.assertEqual((result.returncode, result.stderr), (0, ""))
        return sorted(line.split("\t")[0] for line in result.stdout.split("\n") if line)

    def test_commands_options_and_careers(self):
        self.assertEqual(self.complete("career sh"), ["show"])
        self.assertEqual(self.complete("career "), sorted(help_commands()))
        # "interventional-": "Interventional Neuroradiologist" is an occupation's alias (and fish
        # matches a word in lower case in any case).
        self.assertEqual(self.complete("career show interventional-"), ["interventional-radiologist"])
        self.assertIn("IR", self.complete("career tiers I"))
        self.assertEqual(self.complete("career faq IR "), [])
        self.assertIn("registered-nurse", self.complete("career show IR reg"))
        self.assertEqual(self.complete("career show --section sal"), ["salary"])
        self.assertEqual(self.complete("career show --section salary,tie"), ["salary,tiers"])
        self.assertEqual(self.complete("career --color "), ["always", "auto", "never"])
        self.assertEqual(self.complete("career salary IR --sort me"), ["median"])
        self.assertEqual(self.complete("career help sh"), ["show"])
        self.assertEqual(self.complete("career completion "), ["bash", "fish", "zsh"])

    def test_every_option_of_every_command(self):
        for command in help_commands():
            with self.subTest(command=command):
                self.assertLessEqual(listed_options(command) | listed_options(),
                                     set(self.complete(f"career {command} --")))

    def test_a_data_dir_earlier_on_the_line(self):
        with tempfile.TemporaryDirectory() as tmp:
            write_career(tmp, "my-career", "My Career")
            self.assertEqual(self.complete(f"career --data-dir {tmp} show my"), ["my-career"])
            self.assertEqual(self.complete("career show my", env=path_env(CAREER_PATH=tmp)), ["my-career"])


if __name__ == "__main__":
    unittest.main()
