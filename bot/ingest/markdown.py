"""Markdown -> units, with a CommonMark parser so markup never leaks into quotes.

Headings become heading units (the first `# H1`, or a `title:` in front matter,
is the article title; headings inside the body are section labels, not
statements, and are left out of the paragraphs). Emphasis and code marks are
dropped, a link becomes its text, images, raw HTML, code blocks and tables are
dropped. Typographic replacement is off, so quotes and dashes stay verbatim.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from bot.ingest.layout import HEADING, PARA, Unit, clean
from bot.ingest.plaintext import block_units

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FM_TITLE = re.compile(r"^title\s*:\s*(?P<v>.+?)\s*$", re.M | re.I)

_parser = MarkdownIt("commonmark", {"typographer": False, "html": True}).enable(["table", "strikethrough"])


def split_front_matter(text: str) -> tuple[str | None, str]:
    """YAML front matter -> (its title, the rest). Only the title is of use to us."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return None, text
    t = _FM_TITLE.search(m.group("body"))
    title = clean(t.group("v").strip("\"'")) if t else None
    return title or None, text[m.end():]


def _inline_lines(token: Token) -> list[str]:
    """An inline token's text, split where the source had line breaks."""
    lines: list[str] = [""]
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            lines[-1] += child.content
        elif child.type in ("softbreak", "hardbreak"):
            lines.append("")
        # link_open/close, em/strong/s open/close: markup only; image, html_inline: dropped
    return [line for line in lines if line.strip()]


def markdown_units(text: str) -> tuple[str | None, list[Unit]]:
    """Return (title from front matter, units). Heading units carry their level."""
    fm_title, body = split_front_matter(text)
    tokens = _parser.parse(body)
    units: list[Unit] = []
    skip_depth = 0
    for i, tok in enumerate(tokens):
        if tok.type == "table_open":
            skip_depth += 1
        elif tok.type == "table_close":
            skip_depth -= 1
        # fence, code_block and html_block carry no inline token, so they drop out here
        if skip_depth or tok.type != "inline":
            continue
        opener = tokens[i - 1] if i else None
        lines = _inline_lines(tok)
        if not lines:
            continue
        if opener is not None and opener.type == "heading_open":
            units.append(Unit(clean(" ".join(lines)), HEADING, int(opener.tag[1:])))
        else:
            units.extend(Unit(clean(u), PARA) for u in block_units(lines))
    return fm_title, units


def markdown_title(units: list[Unit]) -> str | None:
    """The first level-1 heading, if the document has one."""
    return next((u.text for u in units if u.kind == HEADING and u.level == 1), None)
