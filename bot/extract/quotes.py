"""Where direct quotes run in an article's text, so every sentence of a quote can keep its speaker.

News prose marks quotes with straight or curly double marks and bends the rules in two
ways this module follows on purpose:

- a quote that runs over several sentences may re-open each new sentence with a mark
  without closing the last one (`... 26 weeks. "We are going to ...`);
- a quote that runs over several paragraphs leaves each paragraph open and re-opens the
  next one with a mark.

Runs that belong to one such continuing quote share a `chain` number; attribution gives
the whole chain one speaker.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

OPENING = "“«„"
CLOSING = "”»"
STRAIGHT = '"'
ALL_MARKS = OPENING + CLOSING + STRAIGHT
_WORD = re.compile(r"\w+")
_OPEN_BEFORE = "([{—–-/"
_CLOSE_AFTER = ".,;:!?)]}…—–"


@dataclass(frozen=True)
class QuoteRun:
    start: int      # offset of the opening mark in the text
    end: int        # offset just past the closing mark, or the paragraph's end if left open
    chain: int      # runs of one continuing quote share this number
    closed: bool    # False when the paragraph ended before a closing mark


def _opens(text: str, i: int, lo: int, hi: int, is_open: bool) -> bool:
    """Judge one mark: curly marks say which they are unless their neighbours plainly
    contradict them; straight ones go by their neighbours, then by the current state."""
    ch = text[i]
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    space_before = before.isspace() or before in _OPEN_BEFORE
    space_after = after.isspace() or after in _CLOSE_AFTER
    if ch in OPENING:
        return not (is_open and space_after and not space_before)
    if ch in CLOSING:
        return not is_open and space_before and not space_after
    if space_before and not space_after:
        return True
    if space_after and not space_before:
        return False
    return not is_open


def find_quote_runs(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteRun]:
    """Every quoted stretch of `text`, paragraph by paragraph (offsets are into `text`)."""
    runs: list[QuoteRun] = []
    chain = -1
    carried = False                 # the previous paragraph ended inside a quote
    for lo, hi in paragraphs:
        open_at: int | None = None
        first = lo
        while first < hi and text[first].isspace():
            first += 1
        for i in range(lo, hi):
            if text[i] not in ALL_MARKS:
                continue
            if _opens(text, i, lo, hi, open_at is not None):
                cut = _lost_close(text, open_at, i) if open_at is not None else None
                if cut is not None:
                    # a new quote inside a later sentence: the open one ended at that sentence's
                    # start with its mark left out ("... health agenda. Dr Gibbons said ... after "a")
                    runs.append(QuoteRun(open_at, cut, chain, False))
                    chain += 1
                    open_at = i
                    continue
                if open_at is not None:
                    # re-opened without a close: the same quote goes on in a new sentence
                    runs.append(QuoteRun(open_at, _rstrip(text, open_at, i), chain, False))
                elif not (carried and i == first):
                    chain += 1
                open_at = i
            elif open_at is not None:
                runs.append(QuoteRun(open_at, i + 1, chain, True))
                open_at = None
            # a closing mark with nothing open is a stray: ignore it
        carried = open_at is not None
        if open_at is not None:
            runs.append(QuoteRun(open_at, _rstrip(text, open_at, hi), chain, False))
    return runs


_SENTENCE_START = re.compile(r"[.!?]\s+(?=[A-Z])")


def _lost_close(text: str, open_at: int, i: int) -> int | None:
    """Where an open quote ended when a mark re-opens one in the middle of a later sentence
    (after a word, not at the sentence's start): the last sentence break before the mark."""
    k = i - 1
    while k > open_at and text[k].isspace():
        k -= 1
    if not (text[k].isalnum() or text[k] == ","):
        return None     # re-opened at a sentence's start: the same quote goes on
    breaks = [m.start() + 1 for m in _SENTENCE_START.finditer(text, open_at + 1, k)]
    return breaks[-1] if breaks else None


def _rstrip(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


class QuoteMap:
    """Answers 'is this offset inside a quote?' and 'how much of this stretch is quoted?'."""

    def __init__(self, text: str, runs: list[QuoteRun]):
        self.text = text
        self.runs = runs
        self._starts = [r.start for r in runs]
        self._chain_words: dict[int, int] = {}
        for r in runs:
            n = sum(1 for w in text[r.start:r.end].split() if any(c.isalnum() for c in w))
            self._chain_words[r.chain] = self._chain_words.get(r.chain, 0) + n

    def chain_words(self, chain: int) -> int:
        """Words in a whole continuing quote: too few and it is a scare quote, not speech."""
        return self._chain_words.get(chain, 0)

    def run_at(self, offset: int) -> QuoteRun | None:
        k = bisect.bisect_right(self._starts, offset) - 1
        if k >= 0 and self.runs[k].start <= offset < self.runs[k].end:
            return self.runs[k]
        return None

    def inside(self, offset: int) -> bool:
        return self.run_at(offset) is not None

    def runs_in(self, start: int, end: int) -> list[QuoteRun]:
        """Runs that overlap text[start:end]."""
        k = max(0, bisect.bisect_right(self._starts, start) - 1)
        out = []
        while k < len(self.runs) and self.runs[k].start < end:
            if self.runs[k].end > start:
                out.append(self.runs[k])
            k += 1
        return out

    def quoted_words(self, start: int, end: int) -> tuple[int, int, int]:
        """(words inside quotes, all words, longest quoted run's words) in text[start:end]."""
        total = inside = longest = 0
        per_run: dict[int, int] = {}
        for m in _WORD.finditer(self.text, start, end):
            total += 1
            run = self.run_at(m.start())
            if run is not None:
                inside += 1
                per_run[run.start] = per_run.get(run.start, 0) + 1
        if per_run:
            longest = max(per_run.values())
        return inside, total, longest
