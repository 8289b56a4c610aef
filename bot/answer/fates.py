"""What happened to someone: the sentences where they undergo something ("He was sacked for his
gaffe", "Eloise Parry, 21, was taken to hospital"), not every sentence that names them. ("What
happened with X" asks for their news, which the opening of their story tells.)

A question that only names someone asks after their fate; the sentence that answers it often
names them by a pronoun, which the index's mentions have already resolved. What follows the
mention tells whether they are the one something is done to.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from bot.answer.excerpts import excerpt
from bot.answer.question import Parsed
from bot.answer.thresholds import CONSEQUENCE_REACH, MAX_EXCERPTS, MIN_COVERAGE
from bot.answer.voices import TITLE_WORDS
from bot.answer.words import content_words
from bot.index.read import placeholders, sentences_by_id
from bot.model import Answer
from bot.names import fold

if TYPE_CHECKING:
    from bot.answer.engine import Engine

HAPPENED_TO = re.compile(r"(?i)^\s*(?:so\s+)?what(?:['’]s|\s+has|\s+had)?\s+(?:happened|happens)\s+to\s+"
                         r"(?P<who>[^?]+?)(?:\s+(?:after|following|since|once|when)\s+(?P<since>[^?]+?))?\s*\??\s*$")

# Verbs of reporting and thinking, whose passive says what is said, not what was done to them,
_SAID = (r"(?:reported|said|quoted|asked|told|understood|thought|believed|expected|seen|known|urged|pressed|invited"
         r"|worried|concerned|pleased|delighted|disappointed|interested|prepared|determined|committed|convinced"
         r"|satisfied|tired|involved|joined|accompanied)\b")  # ... and states of mind, not deeds

# Participles that do not end in -ed: "was taken", "had his passport stolen"
_PARTICIPLES = ("taken given shown thrown driven beaten stolen chosen bitten forgotten hidden held kept left sent "
                "spent lost caught brought bought fought hurt hit shot cut put led met paid made found sold struck "
                "stuck hung won overthrown ousted").split()
_PASSIVE = r"(?:\w{3,}ed|" + "|".join(_PARTICIPLES) + r")\b"
# After the mention: an aside ("Eloise Parry, 21, was ..."), or the rest of a list it heads ("Robert
# Mugabe, his wife Grace and two ministers are ..."), then a passive, a fate verb or a plight
_UNDERGOES = re.compile(
    r"^(?:(?:\s*,[^,]{1,80}){1,2},|\s*,[^,.;]{1,80}?\band\b[^,.;]{1,80}?(?=\s+(?:are|were|have|had)\b))?\s+"
    r"(?:(?:are|is|were|was|remains?|remained) (?:now |still )?(?:under (?:house )?arrest|in custody|in detention|in hiding)\b|"
    r"(?:was|were|has been|had been|have been|is being|got|gets|is to be|will be)\s+"
    r"(?:(?:not|never)\s+)?(?:\w+ly\s+)?(?!(?:due|set|able|unable|born|sure|keen|aware)\b|" + _SAID + r")" + _PASSIVE +
    r"|(?:has|had)\s+(?:had\s+)?(?:\w+\s+){1,6}?" + _PASSIVE + r"(?=\s+(?:by|from|over|after|in|at|on)\b)"
    r"|(?:has\s+|had\s+|is to\s+|will\s+)?(?:died?|resign(?:ed)?|quit|collapsed|escaped|fled|disappeared|vanished|"
    r"defected|step(?:ped)? down|st(?:an|oo)d down|was forced)\b)", re.I)
# A name after a preposition is not the subject: "several videos of Mrs Hassan have been broadcast"
_OBJECT_BEFORE = re.compile(r"(?i)\b(?:of|by|for|to|with|about|on|from|at|in|against|and)\s+(?:[A-Z][\w'’-]*\s+)*$")


def mention_contexts(e: Engine, actor_ids: set[int]) -> Iterator[tuple[sqlite3.Row, str, str, str]]:
    """Each mention of the actors, pronouns included, in sentence order: the sentence, the words
    of the mention, and the sentence's text before and after it (what they do or undergo)."""
    ids = sorted(actor_ids)
    mentions = e.reader.all(f"SELECT sentence_id, start, end, text FROM mentions WHERE actor_id IN ({placeholders(ids)})"
                            " ORDER BY sentence_id, start", ids)
    rows = sentences_by_id(e.reader, sorted({m[0] for m in mentions}))
    for sid, start, end, said in mentions:
        if (row := rows.get(sid)) is not None:
            yield row, said, row["text"][:start - row["start"]], row["text"][end - row["start"]:]


def happened_to(e: Engine, p: Parsed) -> Answer | None:
    """The sentences where the one asked about undergoes something, the story that names them
    most first and each story in its own order; None when the question is not of that shape or
    nothing is said to have happened to them (the usual search answers then)."""
    m = HAPPENED_TO.match(p.text)
    if m is None:
        return None
    who = [w for w in fold(m.group("who")).split() if w not in TITLE_WORDS]   # "sir nicholas scott"
    actor = e.exact_actor(m.group("who"))
    first = who[0] if len(who) > 1 else None
    if actor is None and len(who) == 2:
        # "Eloise Parry", whom the index holds under her mother's name: the surname's one
        # person, in the sentences that print the given name asked
        actor = e.exact_actor(who[1])
        if actor is not None and fold(actor.name).split()[:1] == [first]:
            actor = None
    if actor is None or actor.kind not in ("person", "organization"):
        return None
    if not set(content_words(m.group("who"))) <= set(content_words(actor.name)) | TITLE_WORDS | set(
            content_words(" ".join(actor.aliases))) | {first}:
        return None     # "what happened to kilroy-silk in manchester": a scene the search must match
    own = fold(actor.name).split()[:1] == [first] or first is None
    rows: dict[int, sqlite3.Row] = {}
    counts: Counter[str] = Counter()    # mentions per story: the story that names them most first
    found: list[int] = []
    for row, said, before, after in mention_contexts(e, {actor.id}):
        sid = row["sid"]
        rows[sid] = row
        counts[row["article_id"]] += 1
        if sid in found:
            continue
        # "Fiona Parry" or "his mother" is not the Eloise Parry asked about
        given = re.search(r"([A-Z][a-z]+)\s+$", before) if len(said.split()) == 1 else None
        named = fold(given.group(1)) if given else (fold(said).split()[0] if len(said.split()) > 1 else None)
        if first and named and named != first and named not in TITLE_WORDS:
            continue
        if not own and named != first:
            continue    # "she", "Parry": the index's person, whom the given name asked is not
        if _UNDERGOES.match(after) and not _OBJECT_BEFORE.search(before):
            found.append(sid)
    if not found:
        return None
    # a story that opens on it first ("Sir Nicholas Scott has died ..."), then the story that names them most
    # "what happened to Flight after his remarks on cuts": of their fates, the one told beside
    # what it followed ("He quit ... after apparently suggesting ... cuts") first
    beside = e.search.coverage(e.concepts(m.group("since")), found) if m.group("since") else {}
    found.sort(key=lambda i: (-round(beside[i][0], 3) if beside else 0.0,
                              not (rows[i]["paragraph"] == 1 and rows[i]["sentence"] == 1),
                              -counts[rows[i]["article_id"]], rows[i]["article_id"], i))
    return Answer(p.text, "search", True, [excerpt(rows[i], 1.0) for i in found[:MAX_EXCERPTS]],
                  actors=[e.card(actor)])


# What a question on a thing's fate asks about is no word of the answer: "what happened to shares ..."
_FATE_WORDS = frozenset(("happened", "happend", "happen", "happens", "happening"))
_OWN_EVENT = re.compile(r"(?i)(?:he|she|they|it|we|you|his|her|their|its)\b")
_WHAT_IS_LEFT = re.compile(r"(?i)^what(?:['’]s| is| was)? (?:left|remains|remained) of ")
# A sentence that opens by pointing back to what the story has just told: "At that point, Yahoo will ..."
_POINTS_BACK = re.compile(r"(?:At that (?:point|time|stage)|After that|Afterwards|Then|Since then|As a result|Following (?:this|that|the)\b)")


def thing_after(e: Engine, p: Parsed) -> Answer | None:
    """"What happened to shares in UK casino firms after Jowell announced the limit", "what happens
    to Yahoo's name once the Verizon deal closes": the thing asked about is what the answer tells
    of; the event after which it happened only says when, and a story tells that event first, then
    the fate in a sentence that points back to it ("... fell by between 10 and 25% following the
    announcement", "At that point, Yahoo will change its name"). So a sentence must cover the thing
    asked (as any question's words), and of those, one in the story that tells the event, holding
    most of the question, comes first. None when the question is not of that shape or no sentence
    covers the thing."""
    m = HAPPENED_TO.match(p.text)
    # (an event of their own, "... when they landed at Northolt", is told of them: the usual search)
    if m is None or not m.group("since") or _OWN_EVENT.match(m.group("since")):
        return None
    # ("what's left of Yahoo" is Yahoo, what remains of it)
    thing = e.concepts(_WHAT_IS_LEFT.sub("", m.group("who")), _FATE_WORDS)
    event = e.concepts(m.group("since"), _FATE_WORDS)
    if not thing or not event:
        return None
    state = e.search_state()
    found = e.best(thing, named_before=True)
    if not found:
        e.restore_search_state(state)
        return None
    sids = [r["sid"] for r, _ in found]
    whole = e.search.coverage(thing + event, sids)
    # the stories that tell the event: one of their sentences holds most of it
    told = e.search.coverage(event, e.search.candidates(event))
    stories = {e.search.article_of(sid) for sid, (score, _) in told.items() if score >= MIN_COVERAGE - 1e-9}
    # ... and in each, the sentence that tells it best (the earliest of equals): what happens after
    # the event is told there or in the few sentences after it, not in those that tell the event again
    # ("The rights of Yahoo shareholders in this sale ..." is the sale, not what follows it)
    telling: dict[str, int] = {}
    for sid, (score, _) in sorted(told.items(), key=lambda x: (-round(x[1][0], 3), x[0])):
        telling.setdefault(e.search.article_of(sid) or "", sid)

    def follows(row: sqlite3.Row) -> bool:
        # (or tells it itself: "Lord Archer spent two years in prison after being convicted of perjury")
        return 0 <= row["sid"] - telling.get(row["article_id"], -1) <= CONSEQUENCE_REACH

    # ... of equals, one that points back to the event ("At that point, ...") before one that does
    # not, and one that follows it before one told apart from it
    found.sort(key=lambda x: (x[0]["article_id"] not in stories, -round(x[1], 3), not _POINTS_BACK.match(x[0]["text"]),
                              not follows(x[0]), -round(whole[x[0]["sid"]][0], 3)))
    return Answer(p.text, "search", True, [excerpt(r, s) for r, s in found[:MAX_EXCERPTS]])


def thing_undergoes(e: Engine, p: Parsed) -> Answer | None:
    """"What happened to the uk e-university": a thing's fate is told where it undergoes something
    ("The e-University was scrapped last year"), not where it is only named, however fully ("UK
    e-University was a terrible waste of public money"). Of the sentences that cover the thing,
    those where its last word is followed by a passive or a fate verb, first; None when the
    question is not of that shape or no sentence tells the thing undergoing anything."""
    m = HAPPENED_TO.match(p.text)
    if m is None or m.group("since"):
        return None
    words = re.findall(r"[\w'’-]+", m.group("who"))
    thing = e.concepts(m.group("who"), _FATE_WORDS)
    if not words or not thing:
        return None
    state = e.search_state()
    # (a short thing's every word need not be there: "the e-University" is the "uk e-university" asked)
    found = [(r, s) for r, s in e.best(thing, named_before=True, min_cov=0.0) if s >= MIN_COVERAGE - 1e-9]
    head = re.compile(rf"(?i)\b{re.escape(words[-1])}\b")
    undergoes = [(r, s) for r, s in found if any(_UNDERGOES.match(r["text"][h.end():]) and not _OBJECT_BEFORE.search(r["text"][:h.start()])
                                                 for h in head.finditer(r["text"]))]
    if not undergoes:
        e.restore_search_state(state)
        return None
    shown = {r["sid"] for r, _ in undergoes}
    return Answer(p.text, "search", True, [excerpt(r, s) for r, s in [*undergoes, *(x for x in found if x[0]["sid"] not in shown)][:MAX_EXCERPTS]])
