"""Does a role phrase ('the Tory leader') fit a description ('Conservative leader Michael Howard')?

Kept apart from the descriptions themselves because the match is a comparison of word
sets with synonyms and distinguishing words, used when 'the chancellor' is resolved.
"""

from __future__ import annotations

import functools

from bot.extract.name_spans import LEADING_PUNCT, POSSESSIVE_END
from bot.names import fold


_ROLE_NOISE = frozenset("the a an his her their its our this that new current".split())
# Words that make a different role of the same head: a shadow chancellor is no chancellor.
_DISTINGUISHING = frozenset("prime vice deputy shadow former ex then junior assistant acting co".split())
# Spellings of one affiliation: "Tory leader" is the "Conservative leader".
_ROLE_SYNONYMS = {"tory": "conservative", "tories": "conservative", "conservatives": "conservative",
                  "dems": "dem", "democrat": "dem", "democrats": "dem", "liberal": "lib",
                  "pm": "prime minister", "uk": "british", "britain": "british", "labour's": "labour"}


def role_words(text: str) -> list[str]:
    out = []
    for w in fold(text).replace("-", " ").split():
        if w in _ROLE_NOISE:
            continue
        out.extend(_ROLE_SYNONYMS.get(w, w).split())
    return out


@functools.lru_cache(maxsize=4096)
def _role_description_words(description: str) -> frozenset[str]:
    return frozenset(role_words(description))


def role_matches(head: str, mods: set[str], description: str) -> bool:
    words = _role_description_words(description)
    if head not in words or not mods <= words:
        return False
    return not ((words & _DISTINGUISHING) - mods) and not _head_only_owns(head, description)


@functools.lru_cache(maxsize=4096)
def _head_only_owns(head: str, description: str) -> bool:
    """"the chancellor's friend" holds no chancellorship: the head word is only an owner."""
    owner = False
    for raw in description.replace("-", " ").split():
        word = raw.strip(LEADING_PUNCT + ".,;:")
        poss = bool(POSSESSIVE_END.search(word))
        w = fold(word)
        if head in _ROLE_SYNONYMS.get(w, w).split():
            if not poss:
                return False
            owner = True
    return owner
