"""Time as written ("on Friday", "in December", "last month") -> an ISO date or month.

Relative expressions need the article's publication date; without it only explicit years
and month-year pairs resolve. A bare weekday or month is taken as the latest one at or
before publication (news reports the past), or the next one when the verb is future
("will be outlined on Monday").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}

_WORD = re.compile(r"[a-z]+|\d+")
_DECADE = re.compile(r"\d0['’]?s\b")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")


def parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


def resolve_time(text: str | None, published: date | None, future: bool = False) -> str | None:
    """'on Friday' (published Mon 2025-02-10) -> '2025-02-07'; 'in December' -> '2024-12';
    'last month' -> '2025-01'; 'by 2007' -> '2007'; 'in recent weeks' -> None."""
    if not text:
        return None
    if _DECADE.search(text):
        return None     # "in the 1970s" is no single year
    words = _WORD.findall(text.lower())
    if "next" in words or "coming" in words:
        future = True
    year = next((int(w) for w in words if _YEAR.match(w)), None)
    month = next((MONTHS[w] for w in words if w in MONTHS and not (w == "may" and _may_is_verb(words))), None)
    day = next((int(w) for w in words if w.isdigit() and 1 <= int(w) <= 31 and not _YEAR.match(w)), None)
    if month is not None:
        if year is None:
            if published is None:
                return None
            year = _month_year(month, published, future)
        if day is not None:
            try:
                return date(year, month, day).isoformat()
            except ValueError:
                return f"{year:04d}-{month:02d}"
        return f"{year:04d}-{month:02d}"
    if year is not None:
        return f"{year:04d}"
    if published is None:
        return None
    for w in words:
        if w in WEEKDAYS:
            delta = (published.weekday() - WEEKDAYS[w]) % 7
            if future:
                return (published + timedelta(days=(WEEKDAYS[w] - published.weekday()) % 7)).isoformat()
            return (published - timedelta(days=delta)).isoformat()
    if "yesterday" in words:
        return (published - timedelta(days=1)).isoformat()
    if "today" in words or "tonight" in words:
        return published.isoformat()
    if "tomorrow" in words:
        return (published + timedelta(days=1)).isoformat()
    for unit in ("month", "year"):
        if unit in words:
            shift = -1 if "last" in words or "previous" in words else 1 if "next" in words else \
                0 if "this" in words else None
            if shift is None:
                return None
            if unit == "year":
                return f"{published.year + shift:04d}"
            m = published.month - 1 + shift
            return f"{published.year + m // 12:04d}-{m % 12 + 1:02d}"
    return None


def _month_year(month: int, published: date, future: bool) -> int:
    if future:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


def _may_is_verb(words: list[str]) -> bool:
    """'May' the month comes with a day or a preposition; 'may' the verb does not."""
    i = words.index("may")
    nxt = words[i + 1] if i + 1 < len(words) else ""
    prev = words[i - 1] if i > 0 else ""
    return not (nxt.isdigit() or prev.isdigit() or prev in ("in", "on", "of", "since", "until", "by", "last", "next", "early", "late", "mid"))
