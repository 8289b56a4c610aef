"""Sentences with paragraph/sentence numbers and offsets that quote `Article.text` verbatim.

spaCy's small English parser decides most boundaries well; this module keeps its decisions
but (1) never lets a sentence cross a paragraph, (2) undoes splits after abbreviations
("Maj. Gen. Roman Gofman", "the U.S. military") and (3) keeps quote marks with the sentence
they belong to, so no sentence is a lone `"` and a quote's closing mark is never orphaned.
All work is per boundary on short windows of text: linear in the article.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from bot.article import PARAGRAPH_SEP, Article
from bot.extract.records import SentenceRec

# Abbreviations that are written before a name and never end a sentence in news prose.
# ("St." is left out: it is also "Street." at the end of a sentence.)
TITLE_ABBREVIATIONS = frozenset("""
mr mrs ms messrs dr prof gen maj col lt capt cmdr cdr adm brig sgt cpl pte gov sen rep rev fr
hon pres supt insp det amb sec gens lieut mgr msgr
""".split())

# Abbreviations that may end a sentence; joined only when lower-case text follows.
OTHER_ABBREVIATIONS = frozenset("""
inc ltd co corp plc bros etc vs v approx est dept univ no nos fig jan feb mar apr jun jul aug
sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun st ave rd jr sr
""".split())

_LAST_WORD = re.compile(r"(?:^|[\s(\[\"'“‘])([A-Za-z][A-Za-z.]*)\.$")
_INITIALISM = re.compile(r"^(?:[A-Za-z]\.)*[A-Za-z]$")     # "U.S" of "U.S.", "a.m" of "a.m."
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")

OPEN_QUOTES = "“‘«"
CLOSE_QUOTES = "”’»"
AMBIGUOUS_QUOTES = "\"'"
_CLOSERS_AFTER = ")]}"


@dataclass(frozen=True)
class ParagraphSpan:
    index: int          # 0-based
    start: int
    end: int


def paragraph_spans(article: Article) -> list[ParagraphSpan]:
    """Offsets of each paragraph inside `article.text` (joined with PARAGRAPH_SEP)."""
    spans: list[ParagraphSpan] = []
    pos = 0
    for i, p in enumerate(article.paragraphs):
        spans.append(ParagraphSpan(i, pos, pos + len(p)))
        pos += len(p) + len(PARAGRAPH_SEP)
    return spans


def split_sentences(article: Article, doc: Doc) -> list[SentenceRec]:
    """Every non-blank stretch of every paragraph, cut into sentences; offsets verbatim."""
    text = article.text
    if len(doc) and (doc[-1].idx + len(doc[-1].text_with_ws) != len(text) or doc[0].idx != 0):
        raise ValueError("doc was not made from article.text: offsets would not match")
    starts = [s.start_char for s in doc.sents]
    out: list[SentenceRec] = []
    for para in paragraph_spans(article):
        lo = bisect.bisect_right(starts, para.start)
        hi = bisect.bisect_left(starts, para.end)
        cuts = [para.start, *sorted(set(starts[lo:hi]) | set(_after_amounts(text, para))), para.end]
        pieces = repair_boundaries(text, para, cuts)
        for n, (s, e) in enumerate(pieces, start=1):
            out.append(SentenceRec(paragraph=para.index + 1, sentence=n, start=s, end=e, text=text[s:e]))
    return out


# A sum that ends a sentence, its unit glued to the number ("worth £644m. Edward Leigh ... said"):
# the parser reads "m." as an abbreviation and runs on into the next sentence.
_AMOUNT_END = re.compile(r"\d(?:m|bn|tn|k)\.[\"'”’)]*\s+(?=[\"'“‘]?[A-Z])")


def _after_amounts(text: str, para: ParagraphSpan) -> list[int]:
    """Where a sentence starts after one ending on a sum: the first character after the space."""
    return [m.end() for m in _AMOUNT_END.finditer(text, para.start, para.end)]


def repair_boundaries(text: str, para: ParagraphSpan, cuts: list[int]) -> list[tuple[int, int]]:
    """Move or drop spaCy's cuts inside one paragraph; return trimmed (start, end) pieces."""
    inner = cuts[1:-1]
    fixed: list[int] = []
    for c in inner:
        c = _move_quote_marks(text, para, c)
        if c <= para.start or c >= para.end:
            continue
        if _joins_abbreviation(text, para, c) or _joins_lowercase(text, para, c) \
                or _joins_unfinished(text, para, c, fixed[-1] if fixed else para.start):
            continue
        fixed.append(c)
    bounds = [para.start, *sorted(set(fixed)), para.end]
    pieces: list[tuple[int, int]] = []
    for s, e in zip(bounds, bounds[1:]):
        s, e = _trim(text, s, e)
        if s >= e:
            continue
        if not _has_word(text, s, e):
            # a lone quote mark or dash: it belongs to a neighbour, never stands alone
            if pieces:
                pieces[-1] = (pieces[-1][0], e)
            else:
                pieces.append((s, e))       # merged forward below
            continue
        if pieces and not _has_word(text, *pieces[-1]):
            s = pieces.pop()[0]
        pieces.append((s, e))
    return pieces


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _has_word(text: str, s: int, e: int) -> bool:
    return any(ch.isalnum() for ch in text[s:e])


def _quote_opens(text: str, para: ParagraphSpan, i: int) -> bool:
    """Is the quote mark at text[i] an opening one? Curly marks say so; straight ones are
    judged by their neighbours ('said: "We' opens, 'weeks."' closes), then by parity."""
    ch = text[i]
    if ch in OPEN_QUOTES:
        return True
    if ch in CLOSE_QUOTES:
        # ’ is also an apostrophe; "’Tis" aside, a right mark never opens
        return False
    before = text[i - 1] if i > para.start else " "
    after = text[i + 1] if i + 1 < para.end else " "
    space_before = before.isspace() or before in "([{—–-"
    space_after = after.isspace() or after in ".,;:!?)]}"
    if space_before and not space_after:
        return True
    if space_after and not space_before:
        return False
    if ch == "'" and before.isalnum() and after.isalnum():
        return False        # an apostrophe: don't
    return text.count(ch, para.start, i) % 2 == 0


def _move_quote_marks(text: str, para: ParagraphSpan, c: int) -> int:
    """Closing marks just after a cut go back to their sentence; opening marks just before
    a cut go forward to theirs."""
    j = c
    while j < para.end and text[j].isspace():
        j += 1
    k = j
    while k < para.end and (text[k] in _CLOSERS_AFTER or
                            (text[k] in CLOSE_QUOTES + AMBIGUOUS_QUOTES and not _quote_opens(text, para, k))):
        k += 1
    if k > j:
        return k
    b = c
    while b > para.start and text[b - 1].isspace():
        b -= 1
    a = b
    while a > para.start and text[a - 1] in OPEN_QUOTES + AMBIGUOUS_QUOTES and _quote_opens(text, para, a - 1):
        a -= 1
    return a if a < b else c


def _joins_abbreviation(text: str, para: ParagraphSpan, c: int) -> bool:
    """A cut right after 'Gen.' / 'Mr.' / 'U.S.' (before lower case) is spaCy misreading a period."""
    b = c
    while b > para.start and text[b - 1].isspace():
        b -= 1
    m = _LAST_WORD.search(text, max(para.start, b - 24), b)
    if not m:
        return False
    word = m.group(1)
    low = word.lower().rstrip(".")
    nxt = _next_word_char(text, para, c)
    if low in TITLE_ABBREVIATIONS:
        return nxt is not None and (nxt.isupper() or nxt.isdigit())
    if low in OTHER_ABBREVIATIONS or _INITIALISM.match(word) and "." in word:
        return nxt is not None and (nxt.islower() or nxt.isdigit())
    if len(word) == 1 and word.isupper():
        # a middle initial: "John F. Kennedy"
        prev = text[max(para.start, m.start(1) - 2):m.start(1)].strip()
        return nxt is not None and nxt.isupper() and prev[-1:].isalpha()
    return False


def _joins_lowercase(text: str, para: ParagraphSpan, c: int) -> bool:
    """A piece that starts in lower case after one that has no sentence-final mark was cut
    mid-sentence ('... as "desperate", | while the ...')."""
    nxt = _next_word_char(text, para, c)
    if nxt is None or not nxt.islower():
        return False
    b = c
    while b > para.start and text[b - 1].isspace():
        b -= 1
    return not _SENTENCE_END.search(text, max(para.start, b - 4), b)


def _joins_unfinished(text: str, para: ParagraphSpan, c: int, start: int) -> bool:
    """A piece that stops on a word, a comma or a dash ('Mr Howard told BBC Radio 4's Today
    programme | Mr Blair had ...') was cut mid-sentence by the parser, whatever case follows.
    An all-capitals piece (a byline, a heading run into the text) keeps its cut."""
    b = c
    while b > start and text[b - 1].isspace():
        b -= 1
    if b <= start or not (text[b - 1].isalnum() or text[b - 1] in ",-–—"):
        return False
    piece = text[start:b]
    return not (piece.upper() == piece and any(ch.isalpha() for ch in piece))


def _next_word_char(text: str, para: ParagraphSpan, c: int) -> str | None:
    for k in range(c, min(para.end, c + 8)):
        ch = text[k]
        if ch.isalnum():
            return ch
        if not (ch.isspace() or ch in OPEN_QUOTES + AMBIGUOUS_QUOTES + "([—–-"):
            return None
    return None
