"""A person's sex as the article shows it: honorifics ('Mrs') and the pronouns that follow.

Needed so that 'Mrs Blair' is not joined to Tony Blair, that 'Mr Straw' is offered as an
alias only with evidence, and that 'he'/'she' find the right person.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from bot.extract.coref import NOUN_SEX
from bot.extract.name_spans import Mention, folded_words
from bot.extract.titles import HONORIFIC_GENDER, norm


def mention_sex(m: Mention) -> str | None:
    sexes = {HONORIFIC_GENDER[norm(t)] for t in m.titles if norm(t) in HONORIFIC_GENDER}
    return next(iter(sexes)) if len(sexes) == 1 else None


def separate_by_sex(doc: Doc, mentions: list[Mention], people: list[Mention], add) -> None:
    """'Mrs Blair' in an article about Tony Blair is not him: a bare surname whose honorific's
    sex contradicts what the article says of the full-name person it matched (his 'Mr', his
    'he') goes to another person of that surname the article names, else becomes its own
    actor 'Mrs Blair'."""
    suspects = [m for m in mentions if m.key and m.kind == "person" and len(m.text.split()) == 1
                and mention_sex(m) and len(folded_words(m.text)) == 1]
    spouses = _spouses(people)
    suspects = [m for m in suspects if not _to_spouse(doc, m, spouses)]
    if not suspects:
        return
    saved = {id(m): m.key for m in suspects}
    by_key: dict[str, list[Mention]] = {}
    for m in suspects:
        by_key.setdefault(m.key or "", []).append(m)
    sex_of: dict[str, str | None] = {}

    def sex(key: str) -> str | None:
        if key not in sex_of:
            said = {mention_sex(m) for m in mentions if m.key == key and id(m) not in saved} - {None}
            if len(said) == 1:
                sex_of[key] = next(iter(said))
            elif said:
                sex_of[key] = None
            else:
                for m in suspects:
                    m.key = None          # her sentences must not count as his pronouns
                sex_of[key] = pronoun_gender(doc, key, mentions)
                for m in suspects:
                    m.key = saved[id(m)]
        return sex_of[key]

    for key, ms in by_key.items():
        for m in ms:
            want = mention_sex(m)
            have = sex(key)
            if have is None or have == want:
                continue
            # another person of that surname, unless an honorific says otherwise (pronouns near
            # a wife's name are often her husband's: "his wife Cherie Blair joined him")
            others = [p for p in people if p.key != key and folded_words(p.text)[-1:] == folded_words(m.text)
                      and {mention_sex(o) for o in mentions if o.key == p.key and id(o) not in saved}
                      <= {None, want}]
            if len({p.key for p in others}) == 1:
                m.key = others[0].key
                continue
            # its own actor, named as written: the mention now spans "Mrs Blair"
            if _span_title(doc, m):
                add(m, m.text)


def _span_title(doc: Doc, m: Mention) -> bool:
    """Widen a bare surname's mention to the honorific before it ("Mrs Blair"), so that
    she is not given his bare surname as an alias."""
    title = next((k for k in range(m.start - 1, max(m.start - 4, -1), -1)
                  if norm(doc[k].text) in HONORIFIC_GENDER), None)
    if title is None:
        return False
    m.start, m.tstart, m.cstart = title, title, doc[title].idx
    m.text = doc[title:m.end].text
    m.titles = []
    return True


# A spouse noun says the sex of the spouse it names ("his wife" is a woman).
SPOUSE_SEX = {w: NOUN_SEX[w] for w in ("wife", "widow", "husband", "widower")}
_SPOUSE_OF = re.compile(r"(?i)^(?P<owner>.+?)['\u2019]s?\s+(?:[\w-]+\s+)*?(?P<noun>wife|widow|husband|widower)$")
_SPOUSE_TO = re.compile(r"(?i)^(?:the\s+)?(?:[\w-]+\s+)*?(?P<noun>wife|widow|husband|widower)\s+of\s+(?P<owner>.+)$")


def _spouses(people: list[Mention]) -> dict[str, list[tuple[Mention, str]]]:
    """Person key -> the spouses the article names for them, with the spouse's sex, from a
    spouse's own description ("Michael Howard's ex-model wife", "the widow of ...")."""
    out: dict[str, list[tuple[Mention, str]]] = {}
    full = {folded_words(p.text): p.key for p in people if p.key}
    for p in people:
        for d in p.descriptions:
            hit = _SPOUSE_OF.match(d.strip()) or _SPOUSE_TO.match(d.strip())
            words = folded_words(hit.group("owner")) if hit else ()
            # "Opposition leader Peter Harwell's wife": the name ends the owner's words
            owner = max(((len(f), k) for f, k in full.items() if f and words[-len(f):] == f), default=(0, None))[1]
            if owner and owner != p.key and all(q is not p for q, _ in out.get(owner, ())):
                out.setdefault(owner, []).append((p, SPOUSE_SEX[hit.group("noun").lower()]))
    return out


def _to_spouse(doc: Doc, m: Mention, spouses: dict[str, list[tuple[Mention, str]]]) -> bool:
    """"Michael Howard's wife, Sandra ... Mrs Howard": the honorific of the spouse's sex with
    the person's surname is the spouse (named by given name alone, or by that surname)."""
    want = mention_sex(m)
    wife = {p.key for p, s in spouses.get(m.key or "", ()) if s == want
            and folded_words(p.text)[-1:] in (folded_words(p.text), folded_words(m.text))}
    if len(wife) != 1:
        return False
    m.key = wife.pop()
    _span_title(doc, m)
    return True


_HE = frozenset(("he", "him", "his", "himself"))
_SHE = frozenset(("she", "her", "hers", "herself"))


def pronoun_gender(doc: Doc, key: str, mentions: list[Mention]) -> str | None:
    """'m' or 'f' when the sentences that name only this person (and the next one) use only
    'he' or only 'she' pronouns; None when unsure."""
    he = she = 0
    by_sent: dict[int, set[str]] = {}
    first: dict[int, int] = {}          # sentence start -> this person's first mention there
    for m in mentions:
        if m.key and m.kind == "person":
            sent_start = doc[m.start].sent.start
            by_sent.setdefault(sent_start, set()).add(m.key)
            if m.key == key:
                first[sent_start] = min(first.get(sent_start, m.start), m.start)
    for start, keys in by_sent.items():
        if keys != {key}:
            continue
        sent = doc[start].sent
        # 'He said: "... Ruth Kelly ..."': a pronoun before the name is someone else's
        span = [t for t in sent if t.i > first[start]]
        if sent.end < len(doc):
            nxt = doc[sent.end].sent
            if not by_sent.get(nxt.start):
                span += list(nxt)
        for t in span:
            low = t.lower_
            if low in _HE:
                he += 1
            elif low in _SHE:
                she += 1
    if he >= 2 * she + 1 and he >= 1 and she == 0 or he >= 3 * max(she, 1):
        return "m"
    if she >= 2 * he + 1 and she >= 1 and he == 0 or she >= 3 * max(he, 1):
        return "f"
    return None
