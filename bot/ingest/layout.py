"""Which blocks of a page are the article: general rules, no list of site phrases.

A scraped page is furniture (weather widgets, section labels, "share" buttons,
related-story lists, copyright lines) wrapped around a run of prose paragraphs.
The rules, shared by plain text, Markdown and HTML:

- prose = ends like a sentence (. ! ? … optionally followed by closing quotes
  or brackets, or a lead-in colon) and has at least 6 words; or is long (20+
  words) with sentence punctuation inside it;
- headline-like = 2-30 words, starts with a capital or digit, mostly words
  rather than numbers, no final period, not a byline;
- the headline is the first headline-like line of 4+ words before the body,
  or a shorter headline-like first line (BBC layout), the former winning only
  with 5+ words; failing both, any headline-like line, else the first
  sentence of the body;
- the body starts at the first prose block (but a one-sentence question that
  looks like a headline, seen before any headline, is the headline), or at a
  long (12+ words) standfirst or a short (4+ words) opening sentence followed
  by prose, after the headline; it ends at the last block that ends like a
  sentence;
- a "By Name" line before the body is the author; everything else before and
  after the body is furniture;
- inside the body, short labels (5 words or fewer, no sentence punctuation,
  capitalised, between a finished sentence and a capitalised block) are
  furniture such as "Advertisement"; a fragment of a broken sentence is kept.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

PARA = "para"
HEADING = "heading"
# A body heading this long that ends like a sentence is a sentence of the story.
SENTENCE_HEADING_WORDS = 6

_CLOSERS = "\"'”’»)]}›"
_SENTENCE_END = re.compile(r"(?:[.!?…][" + re.escape(_CLOSERS) + r"]*|[:;])$")
_QUESTION_END = re.compile(r"[?!][" + re.escape(_CLOSERS) + r"]*$")
_INNER_PUNCT = re.compile(r"[.,;:!?](\s|$)")
_BYLINE = re.compile(r"^by\s+(?P<name>[^\W\d_][^.!?]*?)\s*$", re.I)
_COPYRIGHT = re.compile(r"^\W*(©|\(c\)|copyright\b)", re.I)

MIN_PROSE_WORDS = 6
LONG_PROSE_WORDS = 20
MAX_LABEL_WORDS = 5
MAX_HEADLINE_WORDS = 30
MAX_BYLINE_WORDS = 10
STANDFIRST_WORDS = 12


@dataclass
class Unit:
    """One candidate paragraph, already whitespace-normalised."""

    text: str
    kind: str = PARA          # para | heading (Markdown/HTML headings are known to be headings)
    level: int = 0            # heading level, 0 for paragraphs


@dataclass
class Layout:
    title: str | None
    author: str | None
    paragraphs: list[str]


def clean(text: str) -> str:
    """NFC, and every run of whitespace (incl. no-break space) becomes one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def words(text: str) -> list[str]:
    return [t for t in text.split() if any(c.isalpha() for c in t)]


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))


def is_copyright(text: str) -> bool:
    return bool(_COPYRIGHT.match(text)) or "all rights reserved" in text.casefold()


def byline_name(text: str) -> str | None:
    m = _BYLINE.match(text)
    if not m or len(text.split()) > MAX_BYLINE_WORDS:
        return None
    name = m.group("name").strip(" ,|-–—")
    first = next((c for c in name if c.isalpha()), "")
    return name if first.isupper() else None


def is_prose(text: str) -> bool:
    n = len(words(text))
    if is_copyright(text):
        return False
    if ends_sentence(text) and n >= MIN_PROSE_WORDS:
        return True
    return n >= LONG_PROSE_WORDS and bool(_INNER_PUNCT.search(text))


def _first_alnum(text: str) -> str:
    return next((c for c in text if c.isalnum()), "")


def is_headline(text: str) -> bool:
    """Several words, capitalised, no final period, mostly words rather than numbers."""
    tokens = text.split()
    n = len(words(text))
    if not 2 <= n <= MAX_HEADLINE_WORDS or len(text) > 250:
        return False
    if text.rstrip(_CLOSERS).endswith((".", ",", ";", ":", "…")):
        return False
    first = _first_alnum(text)
    if not (first.isupper() or first.isdigit()):
        return False
    if n / len(tokens) < 0.6 or byline_name(text) or is_copyright(text):
        return False
    return True


def _is_label(text: str, previous: str | None, following: str | None) -> bool:
    """A short capitalised line between finished sentences: "Advertisement", "Share this"."""
    if following is not None and _first_alnum(following).islower():
        return False                        # "Jamaican" / "stretched her unbeaten record..."
    if ends_sentence(text) or len(words(text)) > MAX_LABEL_WORDS:
        return False
    if text.rstrip(_CLOSERS).endswith((",", "-", "–", "—", "&")):
        return False                        # "On Tuesday," goes on in the next block
    if not _first_alnum(text)[:1].isupper() and not _first_alnum(text)[:1].isdigit():
        return False                        # "was", "did": a broken sentence, keep it
    return previous is None or ends_sentence(previous)


def _is_body_end(unit: Unit) -> bool:
    return (unit.kind == PARA and not is_copyright(unit.text)
            and ((ends_sentence(unit.text) and len(words(unit.text)) >= 2) or is_prose(unit.text)))


def _single_sentence(text: str) -> bool:
    return not re.search(r"[.!?…][" + re.escape(_CLOSERS) + r"]*\s+\S", text)


def _find_body(units: list[Unit], title_known: bool) -> tuple[int | None, int | None]:
    """(index of the headline, index of the first body unit), scanning from the top.

    The headline is the first headline-like unit of 4+ words, or a shorter
    headline-like first line (the BBC layout: headline, blank line, body); when
    there are both, the later one wins only with 5+ words, so a short site name
    on line 1 does not beat the real headline, nor a referee's name a short
    BBC headline.
    Before any headline, a one-sentence question that looks like a headline
    ("Will Tory tax cuts lift spirits?") is the headline, not the first paragraph.
    After one, a long unpunctuated block (a standfirst) or a short opening
    sentence followed by prose opens the body.
    """
    first_line: int | None = None     # a short headline-like line 1
    headline: int | None = None       # the first headline-like unit of 4+ words
    for i, u in enumerate(units):
        have_title = title_known or headline is not None or first_line is not None
        looks_headline = is_headline(u.text)
        if u.kind == PARA and is_prose(u.text):
            question_headline = (looks_headline and _QUESTION_END.search(u.text)
                                 and _single_sentence(u.text))
            if have_title or not question_headline:
                return _pick(units, headline, first_line), i
        elif u.kind == PARA and have_title and not byline_name(u.text) and not is_copyright(u.text):
            if len(words(u.text)) >= STANDFIRST_WORDS:
                return _pick(units, headline, first_line), i
            # "Jamie Costin should be paralysed." - a short opening sentence before prose
            nxt = units[i + 1] if i + 1 < len(units) else None
            if (ends_sentence(u.text) and len(words(u.text)) >= 4
                    and nxt is not None and nxt.kind == PARA and is_prose(nxt.text)):
                return _pick(units, headline, first_line), i
        if looks_headline:
            if headline is None and len(words(u.text)) >= 4:
                headline = i
            elif i == 0:
                first_line = i
    return _pick(units, headline, first_line), None


def _pick(units: list[Unit], headline: int | None, first_line: int | None) -> int | None:
    """A later headline beats a short first line only if it is clearly a headline (5+ words)."""
    if headline is None or (first_line is not None and len(words(units[headline].text)) < 5):
        return first_line
    return headline


def lay_out(units: list[Unit], title: str | None = None) -> Layout:
    """Split units into headline, byline and body paragraphs (see module docstring).

    `title` is one already known (Markdown `# Title`, HTML metadata); it then is
    not looked for, and a block repeating it is not kept as a paragraph.
    """
    units = [u for u in units if any(c.isalnum() for c in u.text)]
    headline, start = _find_body(units, title is not None)
    if start is None:
        return Layout(title=title, author=_author(units), paragraphs=[])
    end = max(i for i in range(start, len(units)) if _is_body_end(units[i]))

    before = units[:start]
    if title is None:
        if headline is not None:
            title = units[headline].text
        else:
            # A marked-up heading (Markdown #, HTML <h1>) beats a line that only looks like one.
            headings = [u.text for u in before if u.kind == HEADING and is_headline(u.text)]
            title = next(iter(headings or [u.text for u in before if is_headline(u.text)]), None)
    known = title.casefold() if title else None

    paragraphs: list[str] = []
    body = units[start:end + 1]
    for k, u in enumerate(body):
        if u.kind != PARA and not is_sentence_heading(u) or is_copyright(u.text) or u.text.casefold() == known:
            continue
        following = body[k + 1].text if k + 1 < len(body) else None
        if _is_label(u.text, paragraphs[-1] if paragraphs else None, following):
            continue
        paragraphs.append(u.text)
    return Layout(title=title, author=_author(before), paragraphs=paragraphs)


def is_sentence_heading(u: Unit) -> bool:
    """A heading inside the body that is a sentence of the story, as some sites set their key
    lines ("<h2>Fiona Parry issued a plea for people to stay away from pills ...</h2>"), not a
    section label ("Background", "What happens next?")."""
    return u.kind == HEADING and u.level >= 2 and len(u.text.split()) >= SENTENCE_HEADING_WORDS \
        and bool(re.search(r"[.!][" + re.escape(_CLOSERS) + r"]*$", u.text))


def _author(units: list[Unit]) -> str | None:
    for u in units:
        name = byline_name(u.text)
        if name:
            return name
    return None


def derived_title(paragraphs: list[str], limit: int = 100) -> str:
    """A title for an article that has none: its first sentence, cut at a word if long."""
    first = paragraphs[0]
    m = re.search(r"[.!?…][" + re.escape(_CLOSERS) + r"]*(\s|$)", first)
    sentence = first[: m.end()].strip() if m else first
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:-–— ") + "…"
