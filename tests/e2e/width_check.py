"""What "fits the width" means, shared by the tests: terminal columns, and the one line that may be
wider than the width, a lone word that cannot be broken (a URL) behind its indent, bullet or label."""
import re
import unicodedata

ESCAPE = re.compile(r"\x1b\[[0-9;]*m")
URL = re.compile(r"https?://[^\s\"'<>]+")


def display_width(text):
    """Columns on a terminal: East Asian wide characters 2, combining marks 0, the rest 1."""
    text = ESCAPE.sub("", text)
    width = 0
    for c in text:
        if unicodedata.combining(c) or c in "\u200b\u200c\u200d\ufe0f":
            continue
        width += 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
    return width


def url_of(token):
    """A URL as it stands in prose, without the punctuation that may follow it."""
    return token.rstrip(".,;:)")


# What may stand before a lone word on its line: an indent, a bullet, a list marker or a label.
_LONE_WORD = re.compile(r"\s*(?:[•+−*-]\s+|[A-Z][\w ]*:\s+)?(\S+)")


# A career's id: what a user types, so never cut, though at 20 columns it may be wider than the line.
ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def is_lone_word(line, ids=False):
    """Whether `line` is a URL (or, with `ids`, a career's id) alone on its line."""
    match = _LONE_WORD.fullmatch(ESCAPE.sub("", line))
    if not match:
        return False
    word = match.group(1)
    return URL.match(word) is not None or (ids and ID.fullmatch(word) is not None)


def overlong_lines(text, width, ids=False):
    """The lines wider than `width`, but for a URL (or, with `ids`, a career's id) alone on its line."""
    return [line for line in text.splitlines() if display_width(line) > width and not is_lone_word(line, ids)]
