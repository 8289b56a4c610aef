"""The other names one actor goes by: surnames, first names, honorific forms, acronyms.

Two directions: which full-name person a short form written in the article means
('Erdoğan', 'Menzies', 'UN'), and which forms a question may use for an actor the
article wrote otherwise ('Mr Straw', 'Sir Menzies Campbell', 'President Erdogan').
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from bot.extract.name_spans import PARTICLES, PEER_TITLES, Mention, folded_words
from bot.extract.records import ActorRec
from bot.extract.sex import pronoun_gender
from bot.extract.titles import (
    ADDRESS_OFFICES,
    FEMALE_HONORIFICS,
    HONORIFIC_GENDER,
    KNIGHTLY,
    MALE_HONORIFICS,
    is_honorific_or_rank,
    norm,
)
from bot.names import fold


def surname_forms(name: str) -> list[str]:
    """'Bashar al-Assad' -> ['al-Assad', 'Assad']; 'Osama bin Laden' -> ['bin Laden', 'Laden']."""
    words = name.split()
    if len(words) < 2:
        return []
    last = words[-1]
    out = [last]
    if len(words) >= 3 and words[-2].lower() in PARTICLES:
        out.insert(0, f"{words[-2]} {last}")
    if "-" in last:
        head, _, tail = last.partition("-")
        if head.lower() in PARTICLES and tail:
            out.append(tail)
    return out


def named_by_honorific(name: str) -> bool:
    """'Mrs Blair': a person the article knows only by honorific and surname."""
    words = name.split()
    return len(words) > 1 and norm(words[0]) in ("mr", "mrs", "ms", "miss")


def family_name_first(word: str, people: list[Mention], singles: set[str], addressed: set[str]) -> bool:
    """Is `word` the first word of one full-name person whom the article calls by that first
    word alone but never by the last ("Yoon" of Yoon Suk Yeol, "Xi" of Xi Jinping)? Then it
    is the family name, even after an office title ("President Yoon"); it must be written
    after an address at least once, as a family name is."""
    w = fold(word)
    owners = {p.key for p in people if len(folded_words(p.text)) > 1 and folded_words(p.text)[0] == w}
    if len(owners) != 1 or w not in addressed:
        return False
    last = next(folded_words(p.text)[-1] for p in people if p.key in owners)
    return last not in singles


# A Korean given name as English news romanises it, after the family name: "Jae-myung" of Lee
# Jae-myung, "Dong-hoon" (not a double-barrelled surname, "Kilroy-Silk", both halves capitalised)
_GIVEN_HYPHENED = re.compile(r"[A-Z][a-z]+-[a-z]+")


def family_named_before(word: str, people: list[Mention], at: int) -> Mention | None:
    """The person with a hyphened given name ("Lee Jae-myung") whose family name `word` is
    ("Lee said"), of those named before this mention the first named: such a name is written
    family name first, and the story calls its bearer by that name alone (a second Lee it
    brings in later, "Interior Minister Lee Sang-min", it names in full)."""
    w = fold(word)
    hits = [p for p in people if p.start < at and len(p.text.split()) == 2 and folded_words(p.text)[0] == w
            and _GIVEN_HYPHENED.fullmatch(p.text.split()[-1])]
    return min(hits, key=lambda p: p.start) if hits else None


def is_address(titles: list[str]) -> bool:
    """Titles that address a person before their surname: honorifics, ranks, 'President',
    'Prime Minister'; not halves of office titles ('Secretary' Hewitt, 'Minister' Pugh)."""
    words = [norm(t) for t in titles]
    if all(is_honorific_or_rank(w) for w in words):
        return True
    return words[-1] in ADDRESS_OFFICES or words[-2:] == ["prime", "minister"]


def honorific_aliases(doc: Doc, rec: ActorRec, seen: set[str], surnames: list[str],
                       mentions: list[Mention]) -> None:
    """'Mr Straw', 'Mr Jack Straw', 'Sir Menzies', 'Ms Hewitt': the forms a question may use,
    whichever one the article wrote. Mr/Ms/Mrs/Miss only with evidence of the person's sex
    (an honorific or the pronouns that follow them), or 'Mrs Blair' would name Tony Blair."""
    words = rec.name.split()
    if words[0] in PEER_TITLES or named_by_honorific(rec.name):
        return              # "Lord Falconer" is the name; "Mr Falconer" is no one
    full = rec.name if len(words) > 1 else None
    last = surnames[-1:] if full else ([rec.name] if rec.name[:1].isupper() else [])
    sex = {HONORIFIC_GENDER[h] for h in seen if h in HONORIFIC_GENDER}
    if not sex:
        g = pronoun_gender(doc, rec.key, mentions)
        sex = {g} if g else set()
    heads = {h for h in seen if h not in KNIGHTLY and h not in ("lord", "lady", "baroness")}
    if len(sex) == 1:
        heads |= {h.lower() for h in (MALE_HONORIFICS if "m" in sex else FEMALE_HONORIFICS)}
    for h in sorted(heads):
        title = _HONORIFIC_SPELLING.get(h, h.capitalize())
        rec.aliases.update(f"{title} {x}" for x in [*last, *([full] if full else [])])
    for h in seen & KNIGHTLY:
        title = h.capitalize()
        rec.aliases.update(f"{title} {x}" for x in [*last, *([full, words[0]] if full else [])])


_HONORIFIC_SPELLING = {"dr": "Dr", "prof": "Prof", "professor": "Professor"}


def person_by_first_name(text: str, people: list[Mention]) -> Mention | None:
    """The one full-name person of the article whose first name this is ('Menzies')."""
    words = folded_words(text)
    if len(words) != 1:
        return None
    keys = {}
    for p in people:
        pw = folded_words(p.text)
        if pw == words:
            return p        # "Charles" after "Prince Charles": the man known by that one name
        if len(pw) > 1 and pw[0] == words[0] and p.text.split()[0] not in PEER_TITLES:
            keys[p.key] = p
    return next(iter(keys.values())) if len(keys) == 1 else None


def in_order(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Are the words of `short` all in `long`, in the same order ('te kaurinui' in
    'te kaurinui robert parata')?"""
    rest = iter(long)
    return all(w in rest for w in short)


def person_by_words(text: str, people: list[Mention]) -> Mention | None:
    """The one person whose fuller name holds this name of two or more words in order:
    'Te Kaurinui' and 'Kaurinui Robert' are 'Te Kaurinui Robert Parata'. An article that
    names a person in full writes shorter forms of that name for them, not for someone
    else; two candidates and it is nobody."""
    words = folded_words(text)
    if len(words) < 2:
        return None
    keys: dict[str | None, Mention] = {}
    for p in people:
        pw = folded_words(p.text)
        if len(pw) > len(words) and in_order(words, pw):
            keys[p.key] = p
    return next(iter(keys.values())) if len(keys) == 1 else None


def names_a_person(words: tuple[str, ...], person_names: list[tuple[str, ...]]) -> bool:
    """Is an 'organisation' of two or more words a person's name written shorter or fuller
    ('Te Kaurinui Parata' beside 'Te Kaurinui Robert Parata' or 'Te Kaurinui')? Fuller
    only when every added word is a word of the article's person names, so 'John Lewis
    Partnership' stays a company."""
    if len(words) < 2:
        return False
    name_words = {w for pw in person_names for w in pw}
    for pw in person_names:
        if len(pw) < 2:
            continue
        if len(words) <= len(pw) and in_order(words, pw):
            return True
        if len(words) > len(pw) and in_order(pw, words) and all(w in name_words for w in words):
            return True
    return False


def person_for(text: str, people: list[Mention], at: int,
                used: dict[tuple[str, ...], str] | None = None) -> Mention | None:
    """The full-name person a shorter form refers to: 'Gofman', 'Erdoğan', 'al-Assad',
    'Tayyip Erdogan'. With two candidates, the one this short form already meant (an
    article keeps one person's short form: father "Parata", son "Te Kaurinui"), else the
    one named last before this mention."""
    words = folded_words(text)
    if not words:
        return None
    hits = []
    for p in people:
        pw = folded_words(p.text)
        if len(pw) > len(words) and pw[-len(words):] == words:
            hits.append(p)
    if not hits and len(words) == 1:
        hits = [p for p in people if len(p.text.split()) > 1 and _first_barrel(p.text) == words[0]]
    if not hits:
        return None
    keys = {h.key for h in hits}
    if len(keys) == 1:
        found = hits[0]
    elif used is not None and used.get(words) in keys:
        found = next(h for h in hits if h.key == used[words])
    else:
        before = [h for h in hits if h.start < at]
        found = max(before, key=lambda h: h.start) if before else min(hits, key=lambda h: h.start)
    if used is not None and found.key:
        used.setdefault(words, found.key)
    return found


def _first_barrel(name: str) -> str | None:
    """'Robert Kilroy-Silk' -> 'kilroy': the first half of a double-barrelled surname, which
    an article may write alone for the person ('Kilroy has one agenda'); not a particle
    ('al-Assad') and not a surname of more than two halves."""
    head, dash, tail = name.split()[-1].partition("-")
    if not dash or not head[:1].isupper() or not tail[:1].isupper() or "-" in tail \
            or head.lower() in PARTICLES or len(head) < 3:
        return None
    return fold(head) or None


def acronym_target(text: str, orgs: list[Mention]) -> Mention | None:
    """'UN' after 'United Nations', 'BCC' after 'British Chambers of Commerce'."""
    if not (text.isupper() and 2 <= len(text) <= 6 and text.isalpha()):
        return None
    for o in orgs:
        initials = "".join(w[0] for w in o.text.split() if w.lower() not in ("of", "the", "and", "for", "&"))
        if initials.upper() == text:
            return o
    return None
