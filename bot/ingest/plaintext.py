"""Plain text -> units: paragraphs are separated by blank lines.

Inside a block of lines, a line break is a hard wrap (joined with a space) when
the block is wrapped prose: the line is long enough to have been wrapped and the
block has sentence punctuation, or the next line carries on in lower case. A
block of short unpunctuated lines ("More News" / "Latest News") is a list of
labels, one unit each; a block with very long lines holds one paragraph per line
(text copied from a web page); a bullet ("- ", "* ", "• ", "1. ") starts a unit
and a symbol bullet is dropped from its text.
"""

from __future__ import annotations

import html
import html.entities
import re

from bot.ingest.layout import PARA, Unit, clean, ends_sentence

WRAPPED_LINE_MIN = 40     # a hard-wrapped line is at least this long
UNWRAPPED_LINE = 120      # nobody hard-wraps wider than this: such a line is a paragraph
_BULLET = re.compile(r"^\s*(?:[-*•‣◦▪–]|\d{1,3}[.)])\s+")
_SYMBOL_BULLET = re.compile(r"^[-*•‣◦▪–]\s+")
_BLANK = re.compile(r"^\s*$")
# Only what is written as an entity: "&#191;", "&#x2019;", "&amp;", "&rsquo;" (a bare "&" stays).
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(text: str) -> str:
    """Text exported from a web page keeps HTML entities ("Blair&#191;s"): decode each one
    as a browser would, and leave every other character exactly as written."""
    def one(m: re.Match[str]) -> str:
        ent = m.group(0)
        if ent[1] != "#" and ent[1:] not in html.entities.html5:
            return ent          # "&notanentity;" is text, not "¬anentity;"
        return html.unescape(ent)
    return _ENTITY.sub(one, text)


def blocks(text: str) -> list[list[str]]:
    """Lines grouped by blank lines."""
    out: list[list[str]] = []
    current: list[str] = []
    for line in text.splitlines():
        if _BLANK.match(line):
            if current:
                out.append(current)
                current = []
        else:
            current.append(line)
    if current:
        out.append(current)
    return out


def _starts_lower(line: str) -> bool:
    first = next((c for c in line.strip() if c.isalpha()), "")
    return first.islower()


def block_units(lines: list[str]) -> list[str]:
    """One block of lines -> its paragraphs (see module docstring)."""
    stripped = [line.strip() for line in lines]
    longest = max(len(s) for s in stripped)
    one_per_line = longest > UNWRAPPED_LINE
    punctuated = any(ends_sentence(s) or ". " in s for s in stripped)
    units: list[list[str]] = [[stripped[0]]]
    for prev, line in zip(stripped, stripped[1:]):
        joined = not _BULLET.match(line) and not one_per_line and (
            _starts_lower(line) or (len(prev) >= WRAPPED_LINE_MIN and punctuated))
        if joined:
            units[-1].append(line)
        else:
            units.append([line])
    # A symbol bullet is layout, not words; a number ("1.") may be content, so it stays.
    return [_SYMBOL_BULLET.sub("", " ".join(u)) for u in units]


def text_units(text: str) -> list[Unit]:
    return [Unit(clean(decode_entities(u)), PARA) for block in blocks(text) for u in block_units(block)]
