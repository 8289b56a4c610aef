"""Scoring rules of the evaluation harness, kept apart from the engine and the corpus.

Pure functions over plain values (a found flag, the first quote, the first attribution
string) so the rules can be unit-tested without an index, and so the harness judges the
engine only through the public answer contract, never through its internals.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

CORPORA = {"seed", "bbc", "html", "none"}

# Typographic variants an extractor may or may not normalise; the judge must not care.
_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
})
_MISSING = object()


def normalise(text: str) -> str:
    """Case-, quote- and whitespace-insensitive form used for every substring check."""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    return re.sub(r"\s+", " ", text).strip().casefold()


@dataclass(frozen=True)
class Question:
    id: str
    corpus: str
    article: str | None
    kind: str
    question: str
    answerable: bool
    expect_any: tuple[str, ...] = ()
    # None: not judged. ("",) is never used; an empty tuple with attribution_null=True
    # means the article states the fact in its own voice, so the attribution must be null.
    attribution_any: tuple[str, ...] | None = None
    attribution_null: bool = False

    @property
    def judges_attribution(self) -> bool:
        return self.attribution_null or self.attribution_any is not None


def parse_question(obj: dict, where: str = "") -> Question:
    """One JSONL object -> Question; a malformed line is a clear error, not a silent skip."""
    prefix = f"{where}: " if where else ""
    for key in ("id", "corpus", "kind", "question", "answerable"):
        if key not in obj:
            raise ValueError(f"{prefix}missing field {key!r}")
    if obj["corpus"] not in CORPORA:
        raise ValueError(f"{prefix}corpus must be one of {sorted(CORPORA)}, got {obj['corpus']!r}")
    if not isinstance(obj["answerable"], bool):
        raise ValueError(f"{prefix}answerable must be true or false")
    expect = tuple(obj.get("expect_any") or ())
    if obj["answerable"] and not expect:
        raise ValueError(f"{prefix}an answerable question needs a non-empty expect_any")
    if any(not isinstance(e, str) or not e.strip() for e in expect):
        raise ValueError(f"{prefix}expect_any entries must be non-empty strings")
    attr = obj.get("attribution", _MISSING)
    attr_any = obj.get("attribution_any")
    if attr is not _MISSING and attr is not None:
        raise ValueError(f"{prefix}'attribution' may only be null; use attribution_any for names")
    if attr is not _MISSING and attr_any is not None:
        raise ValueError(f"{prefix}give either attribution: null or attribution_any, not both")
    if attr_any is not None and (not attr_any or any(not isinstance(a, str) or not a.strip() for a in attr_any)):
        raise ValueError(f"{prefix}attribution_any must be a non-empty list of strings")
    return Question(
        id=str(obj["id"]), corpus=obj["corpus"], article=obj.get("article"), kind=str(obj["kind"]),
        question=str(obj["question"]), answerable=obj["answerable"], expect_any=expect,
        attribution_any=tuple(attr_any) if attr_any is not None else None,
        attribution_null=attr is None,
    )


def load_questions(path: Path) -> list[Question]:
    """Read the question file; duplicate ids and bad JSON are reported with their line number."""
    questions: list[Question] = []
    seen: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path.name}:{n}: not JSON: {exc.msg}") from None
        q = parse_question(obj, f"{path.name}:{n}")
        if q.id in seen:
            raise ValueError(f"{path.name}:{n}: duplicate id {q.id!r}")
        seen.add(q.id)
        questions.append(q)
    return questions


@dataclass(frozen=True)
class Verdict:
    """How one answer fared. `attribution_ok` is None when the question does not judge it."""

    question: Question
    found: bool
    first_quote: str | None
    first_attribution: str | None
    quote_ok: bool              # answerable: the first excerpt holds an expected substring
    attribution_ok: bool | None
    abstained_ok: bool          # unanswerable: found was false
    error: str | None = None
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        if not self.question.answerable:
            return self.abstained_ok
        return self.quote_ok and self.attribution_ok is not False


def quote_matches(expect_any: Iterable[str], quote: str | None) -> bool:
    if not quote:
        return False
    q = normalise(quote)
    return any(normalise(e) in q for e in expect_any)


def attribution_matches(question: Question, attribution: str | None) -> bool | None:
    """None when not judged; a null expectation wants no attribution at all."""
    if question.attribution_null:
        return attribution is None or not attribution.strip()
    if question.attribution_any is None:
        return None
    if not attribution:
        return False
    a = normalise(attribution)
    return any(normalise(x) in a for x in question.attribution_any)


def judge(question: Question, found: bool, first_quote: str | None, first_attribution: str | None,
          error: str | None = None, seconds: float = 0.0) -> Verdict:
    """Score one answer on its first excerpt only: that is what a reader sees first."""
    if question.answerable:
        quote_ok = bool(found) and quote_matches(question.expect_any, first_quote)
        # Attribution is judged on the first excerpt whenever there is one; a wrong or
        # missing quote makes the attribution count as wrong in the strict figure.
        attribution_ok = attribution_matches(question, first_attribution) if found and first_quote else (
            False if question.judges_attribution else None)
        return Verdict(question, bool(found), first_quote, first_attribution, quote_ok, attribution_ok,
                       abstained_ok=False, error=error, seconds=seconds)
    return Verdict(question, bool(found), first_quote, first_attribution, quote_ok=False, attribution_ok=None,
                   abstained_ok=not found, error=error, seconds=seconds)


@dataclass
class Tally:
    answerable: int = 0
    quote_ok: int = 0
    false_abstentions: int = 0
    attr_judged: int = 0            # answerable questions with an attribution expectation
    attr_ok_strict: int = 0         # right attribution on a right first excerpt, over attr_judged
    attr_on_right_quote: int = 0    # of attr_judged whose first quote was right ...
    attr_ok_on_right_quote: int = 0  # ... how many also had the right attribution
    unanswerable: int = 0
    abstained: int = 0
    errors: int = 0
    seconds: list[float] = field(default_factory=list)

    def add(self, v: Verdict) -> None:
        self.seconds.append(v.seconds)
        self.errors += v.error is not None
        if not v.question.answerable:
            self.unanswerable += 1
            self.abstained += v.abstained_ok
            return
        self.answerable += 1
        self.quote_ok += v.quote_ok
        self.false_abstentions += not v.found
        if v.question.judges_attribution:
            self.attr_judged += 1
            self.attr_ok_strict += bool(v.quote_ok and v.attribution_ok)
            if v.quote_ok:
                self.attr_on_right_quote += 1
                self.attr_ok_on_right_quote += bool(v.attribution_ok)


def tally(verdicts: Iterable[Verdict]) -> tuple[dict[str, Tally], Tally]:
    by_kind: dict[str, Tally] = defaultdict(Tally)
    overall = Tally()
    for v in verdicts:
        by_kind[v.question.kind].add(v)
        overall.add(v)
    return dict(sorted(by_kind.items())), overall


def pct(num: int, den: int) -> str:
    return f"{100.0 * num / den:5.1f}%" if den else "    -"


def format_table(by_kind: dict[str, Tally], overall: Tally) -> str:
    head = (f"{'kind':<13}{'n':>4}  {'first-excerpt':>13}  {'attribution':>11}  {'attr|right':>10}  "
            f"{'abstained':>9}  {'false-abst':>10}")
    lines = [head, "-" * len(head)]

    def row(name: str, t: Tally) -> str:
        n = t.answerable + t.unanswerable
        return (f"{name:<13}{n:>4}  {pct(t.quote_ok, t.answerable):>13}  {pct(t.attr_ok_strict, t.attr_judged):>11}  "
                f"{pct(t.attr_ok_on_right_quote, t.attr_on_right_quote):>10}  "
                f"{pct(t.abstained, t.unanswerable):>9}  {t.false_abstentions:>10}")

    lines += [row(k, t) for k, t in by_kind.items()]
    lines += ["-" * len(head), row("OVERALL", overall)]
    return "\n".join(lines)


def format_failure(v: Verdict) -> str:
    q = v.question
    lines = [f"[{q.id}] ({q.kind}) {q.question}"]
    if q.answerable:
        lines.append(f"    expected any of: {list(q.expect_any)}")
        if q.judges_attribution:
            want = "null (article's own voice)" if q.attribution_null else f"any of {list(q.attribution_any or ())}"
            lines.append(f"    attribution: {want}")
    else:
        lines.append("    expected: found=false (not in the pack)")
    if v.error:
        lines.append(f"    ERROR: {v.error}")
    if not v.found:
        lines.append("    got: found=false")
    else:
        lines.append(f"    got quote: {v.first_quote!r}")
        lines.append(f"    got attribution: {v.first_attribution!r}"
                     + ("" if v.attribution_ok is None else f"  ({'ok' if v.attribution_ok else 'WRONG'})"))
    return "\n".join(lines)
