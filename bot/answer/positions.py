"""A position a named subject takes by what it does, not by a verb of saying: "The Liberal
Democrats unveiled their own proposals to ...", "Earlier the Archbishop of Canterbury wrote to all
three parties urging them ...", "... but Mr Clarke refused to back that change", "Tony Blair has
already ruled out taking part ...". The story reports the subject's own stand: the subject is
whom the excerpt is told of, as a quote would name them."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answer.stance import SUBJECT_VERB_GAP
from bot.model import Attribution, Excerpt

if TYPE_CHECKING:
    from bot.answer.engine import Engine

# Where a subject may open a clause: the sentence's start (after a word that opens it), or after "but".
_OPENING = r"(?:^(?:(?:Earlier|Later|But|However|Meanwhile|Now|Instead|And|Yesterday|Today|Separately),?\s+)?|,?\s+but\s+)"
# A name as printed: capitalised words, with "of"/"in"/"for" (the) between them ("Archbishop of
# Canterbury", "Republicans in the House").
_NAME = r"(?P<who>(?:[Tt]he\s+)?[A-Z][\w'’.&-]*(?:\s+(?:(?:of|in|for)\s+(?:the\s+)?)?[A-Z][\w'’.&-]*){0,6})"
# Acts that take a stand: proposing, urging, refusing, ruling out, wanting.
_STAND = (r"(?P<verb>unveil(?:ed|s)\s+(?:\w+\s+){0,3}(?:proposals?|plans?|policy|policies|manifesto)|"
          r"rul(?:ed|es)\s+out|refus(?:ed|es)\s+to(?!\s+(?:discuss|comment|say|confirm|deny|answer|reveal|speculate|be\s+drawn))|reject(?:ed|s)|urg(?:ed|es)|appeal(?:ed|s)\s+(?:for|to)|"
          r"call(?:ed|s)\s+(?:for|on)|wr(?:ote|ites)\s+to\s+[^.;]{0,60}?\burging|wants?|wanted|propos(?:ed|es)|"
          r"recommend(?:ed|s)|demand(?:ed|s)|pledg(?:ed|es)|vow(?:ed|s)|oppos(?:ed|es))\b")
_TAKES_STAND = re.compile(_OPENING + _NAME + SUBJECT_VERB_GAP + _STAND)
# A question that asks a number asks a fact, not whose stand it is: "how many homes do the Lib Dems want to build".
_COUNT_ASKED = re.compile(r"(?i)\b(?:how (?:many|much)|what (?:percentage|proportion|share|number))\b")
_NOT_NAMES = frozenset("it they this that these those there he she we i the a an".split())

# Intents that ask for someone's stand or words, where whose stand it is matters.
_ASKING_VOICE = frozenset(("stance", "statements_by", "who_said", "search"))


def stand_taker(e: Engine, x: Excerpt) -> Attribution | None:
    """The named subject of a clause that takes a stand, when the index names it there."""
    for m in _TAKES_STAND.finditer(x.quote):
        who = m.group("who")
        if who.lower() in _NOT_NAMES or who.split()[-1].lower() in _NOT_NAMES:
            continue
        row = e.reader.all("SELECT start FROM sentences WHERE article_id = ? AND paragraph = ? AND sentence = ?",
                           [x.article.id, x.paragraph, x.sentence])
        if not row:
            return None
        base = row[0][0]
        lo, hi = m.start("who"), m.end("who")
        named = e.reader.all("SELECT a.name, a.kind, m.start - ?, m.end - ? FROM mentions m JOIN actors a ON a.id = m.actor_id"
                             " JOIN sentences s ON s.id = m.sentence_id WHERE s.article_id = ? AND m.start >= ? AND m.end <= ?",
                             [base, base, x.article.id, base + lo, base + hi])
        inside = [(name, kind) for name, kind, st, end in named if lo <= st and end <= hi]
        if not inside:
            continue  # capitalised words the index names no one by
        people = [(n, k) for n, k in inside if k in ("person", "organization", "group")]
        if people and len(people) == len(inside):
            name, kind = people[0]
            printed = re.sub(r"^[Tt]he\s+", "", who)
            if len(people) == 1 and name in printed and len(printed.split()) > len(name.split()) and printed.istitle():
                name = printed  # "The Liberal Democrats", where the index named only "Democrats"
        else:  # "the Archbishop of Canterbury": a post named by its place, as printed
            name, kind = re.sub(r"^[Tt]he\s+", "", who), "unnamed"
        return Attribution(source=name, kind=kind if kind in ("person", "organization") else "organization",
                           cue=m.group("verb").split()[0])
    return None


def stands_taken(e: Engine, intent: str, excerpts: list[Excerpt], question: str) -> list[Excerpt]:
    """The first excerpt, left without a speaker, credited to the named subject taking a stand in it."""
    if intent not in _ASKING_VOICE or not excerpts or excerpts[0].attribution is not None or _COUNT_ASKED.search(question):
        return excerpts
    a = stand_taker(e, excerpts[0])
    return [replace(excerpts[0], attribution=a), *excerpts[1:]] if a is not None else excerpts
