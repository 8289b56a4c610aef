"""Name folding shared by the index writer and the question resolver."""

from __future__ import annotations

import re
import unicodedata

_APOS = "'\u2019\u2018`\u00b4"
_POSSESSIVE = re.compile(r"[" + _APOS + r"]s?$")
_NON_WORD = re.compile(r"[^\w\s-]+")


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Compare names loosely: 'Erdoğan's' -> 'erdogan', 'Maj. Gen.' -> 'maj gen'."""
    t = strip_diacritics(text).lower().strip()
    t = " ".join(_POSSESSIVE.sub("", w) for w in t.split())
    t = _NON_WORD.sub(" ", t).replace("-", " ")
    return " ".join(t.split())
