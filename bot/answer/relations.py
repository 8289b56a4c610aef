"""Relations: how two actors the pack names are tied ("Israel and Russia", "how are Opik and
Luff connected"): a sentence naming both (one acting on the other first), a passage where the
second sentence points back, a description of one that names the other, or the same place held
in one body."""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answer import facts, outcomes
from bot.answer.actors import Actor
from bot.answer.excerpts import excerpt, span_excerpt
from bot.answer.naming import THE_TWO
from bot.answer.people import actor_concept
from bot.answer.question import Parsed
from bot.answer.search import Concept, fts_term, share
from bot.answer.statements import sex_of
from bot.answer.thresholds import DESCRIBED_BONUS, MAX_EXCERPTS, NOTHING
from bot.answer.words import STOPWORDS, content_words
from bot.index.read import placeholders, sentences_by_id
from bot.model import Answer
from bot.names import fold

if TYPE_CHECKING:
    from bot.answer.engine import Engine

# A place in one's family, and posts held for or against another ("Mr Brown's former adviser Ed Balls")
_KIN_AND_POSTS = ("wife husband son daughter father mother brother sister "
                  "adviser advisor advisers aide aides protege mentor successor predecessor friend friends rival rivals "
                  "colleague colleagues deputy boss counterpart counterparts").split() + [
                  "opposite number"]  # the post that faces another's across the floor: "his Tory opposite number Mr Davis"
# Words that say how two are tied.
_REL_WORDS = ("relationship relations ties agreement cooperation cooperate talks deal alliance allies ally "
              "partnership partner deconfliction coordination rivalry tension tensions conflict dispute "
              "between bilateral "
              # ownership, family and work tie one actor to another too
              "bought buy acquired acquisition owns owned owner merger merged takeover controlled subsidiary "
              "married").split() + _KIN_AND_POSTS + (
              # ... and what two feel for each other ("mutual animosity and contempt", "profound mutual mistrust")
              "mutual animosity mistrust distrust enmity friendship").split()


def _first_of_two(e: Engine, first: str | None, second: str | None) -> Actor | None:
    """"david and ed miliband": two people of one surname, the first by a given name only."""
    words, rest = (first or "").split(), (second or "").split()
    if len(words) == 1 and len(rest) == 2:
        shared = e.resolve_one(f"{words[0]} {rest[1]}")
        name = fold(shared.name).split() if shared is not None else []
        if shared is not None and shared.kind == "person" and fold(words[0]) in name and name[-1] == fold(rest[1]):
            return shared
    return e.resolve_one(first)


def _namesake_beside(e: Engine, phrase: str | None, actor: Actor | None, partner: Actor | None) -> Actor | None:
    """Of the people a bare name may be ("heseltine": Lord Heseltine, Michael Heseltine), the
    one named in the stories of the other person asked about, when the one chosen is not."""
    if actor is None or partner is None or actor.kind != "person" or partner.id == actor.id:
        return actor
    namesakes = [x for x in e.actors.alias.get(fold(phrase or ""), []) if x.kind == "person" and x.id != partner.id]
    if len(namesakes) < 2 or actor not in namesakes:
        return actor
    theirs = e._articles_naming(partner)
    if e._articles_naming(actor) & theirs:
        return actor
    beside = [x for x in namesakes if e._articles_naming(x) & theirs]
    return beside[0] if len(beside) == 1 else actor


# "what's her link", "how are they connected": words that ask for a link, not words of it
_LINK_FRAME = frozenset("link links linked linking connection connections connect connected connects related".split())
_LINK_ASKED = re.compile(r"(?i)\b(?:" + "|".join(_LINK_FRAME) + r")\b")
# "the lord chancellor post": the post, named
_POST_WORD = re.compile(r"(?i)\s+(?:post|job|role|office|position)\W*$")


# "us and sudan": a side that is the word "us" alone (lower case in a question) is the country
_US = re.compile(r"(?i)^(?:the\s+)?us$")
# "grace mugabe and mnangagwa's ouster": a thing of one named, whose tie to the other is asked
_OWNED_THING = re.compile(r"(?i)^(?P<owner>[\w.-]+(?:\s+[\w.-]+){0,2}?)(?:['’]s|(?<=s)['’])\s+(?P<thing>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)$")


def _sides(e: Engine, p: Parsed) -> Parsed:
    """The two sides as a reader takes them: "us" beside another side is the US, and "mnangagwa's
    ouster", which names no one, is Mnangagwa, the thing ("ouster") then the tie asked about."""
    sides, things = [], []
    for side in (p.who, p.other):
        if side and _US.match(side):
            side = "US"
        elif side and (m := _OWNED_THING.match(side)) and e.resolve_one(side) is None and e.resolve_one(m["owner"]) is not None:
            side = m["owner"]
            things.append(m["thing"])
        sides.append(side)
    return replace(p, who=sides[0], other=sides[1], topic=" ".join(filter(None, (*things, p.topic))) or None)


def relation(e: Engine, p: Parsed) -> Answer:
    if together := _named_together(e, p.who or "", p.other or ""):
        return Answer(p.text, "relation", True, [excerpt(r, 1.0) for r in together[:MAX_EXCERPTS]])
    p = _sides(e, p)
    a, b = _first_of_two(e, p.who, p.other), e.resolve_one(p.other)
    b = _namesake_beside(e, p.other, b, a)  # "meyer and heseltine": the Heseltine of Meyer's stories
    a = _namesake_beside(e, p.who, a, b)
    if a is None or b is None or a.id == b.id:
        # "douglas hogg's connection to the lord chancellor post": the post is what is named
        # ... and "margaret moran and the sexism research - what's her link": the two are the topic,
        # not the words asking for a link ("link", "connected"), which the answer need not hold
        topic = _POST_WORD.sub("", p.text)
        if p.who and p.other and (a is None) != (b is None) and _LINK_ASKED.search(p.text):
            rest = [w for w in content_words(p.topic) if w not in _LINK_FRAME] if p.topic else []
            topic = " ".join([_POST_WORD.sub("", p.who), _POST_WORD.sub("", p.other), *rest])
        fallback = facts.search(e, Parsed("search", p.text, topic=topic))
        if fallback.found:
            return fallback
        if (a is None) != (b is None) and (told := _named_in_story_of(e, a or b, p.other if a is not None else p.who)):
            return Answer(p.text, "relation", True, [excerpt(r, 1.0) for r in told], [e.card(a or b)])
        missing = p.who if a is None else p.other
        return e.nothing(p, f"The pack does not mention {missing}." if missing else NOTHING, suggest=missing)
    ca, cb = actor_concept(e, a), actor_concept(e, b)
    # ... and a body by its head word once its story has named it: "the Commission for Africa" is
    # then "the commission" ("the commission - which includes singer Bob Geldof")
    for c, x in ((ca, a), (cb, b)):
        if (head := _head_word(x)) and f"the {head}" not in c.words:
            c.words = [*c.words, f"the {head}"]
    rel = Concept("relation", words=_REL_WORDS)
    # "Israel and Turkey: how are relations?": what follows the pair says which tie is asked about
    asked = [c for c in e.concepts(p.topic) if not c.actor_ids & {a.id, b.id}] if p.topic else []
    concepts = [ca, cb, rel, *asked]
    e.search.weigh(concepts)
    rel.weight = min(rel.weight, 1.0)
    # ... and, in a story that names the two most of all its people, "the two men" or "the pair" is
    # both of them: "there is mutual animosity between the two men" (in a story on Whelan, mostly
    # on Blair and Brown, "the two men" are Blair and Brown)
    both = _pair_stories(e, ca, cb, e.search.concept_articles(ca) & e.search.concept_articles(cb))
    for c in (ca, cb):  # (an actor's concept spells out no acronym: its spelt forms are free)
        c.spelt, c.spelt_in = THE_TWO, both
    best = e.best(concepts, require={ca.label, cb.label}, min_cov=0.0)
    # ... and one where one of the two does something to "him" or "her", the other, named just before
    # (where the index read "him" as the other, the sentence is found already: it acts on the other all the same)
    acted = _acts_on_one_before(e, ca, cb, concepts)
    listed = {r["sid"] for r, _ in best}
    best = sorted([*best, *(x for x in acted if x[0]["sid"] not in listed)], key=lambda x: -round(x[1], 3))
    # Of equals, a sentence where one does something to the other says how they are tied:
    # "Amazon bought Whole Foods in August 2017", not "... at Amazon-owned Whole Foods Market"
    acts = _one_acts_on_other(e, ca, cb, [r["sid"] for r, _ in best[:100]]) | {r["sid"] for r, _ in acted}
    # ... and a sentence that describes one by the other says it best: "Alan Milburn - a key ally of Tony Blair"
    described = _described_by_other(e, a, b, [r for r, _ in best[:100]])
    # ... or by a clause on one that names the other: "Mr Blair, who was instrumental in returning
    # Mr Livingstone to the Labour Party"
    described |= _clause_names_other(e, ca, cb, [r for r, _ in best[:100]])
    best = [(r, sc + (DESCRIBED_BONUS if r["sid"] in described else 0.0)) for r, sc in best]
    # ... and a word of a tie counts only where it ties the two asked: "the recent squabbles between
    # Mr Blair and Mr Brown" ties Blair to Brown, not Robin Cook to Brown; "Mr Blair and Mr Brown
    # could only deal with the media frenzy" is coping with a thing, not a deal
    labels = e.last_labels()
    names = [w for w in [*ca.words, *cb.words, *(x.name.split()[-1].lower() for x in (a, b))] if w]
    # (... and so does the question's own word for the tie, "relationship", where the sentence says it of others)
    ties = [rel, *(c for c in asked if c.label in _REL_SET or c.label in _LINK_FRAME)]
    total = sum(c.weight for c in concepts) or 1.0
    tied = [r for r, _ in best[:100] if rel.label in labels.get(r["sid"], set())]
    spans = _spans_of(e, ca.actor_ids | cb.actor_ids, [r["sid"] for r in tied])
    others = {r["sid"] for r in tied if _ties_others(r["text"], names, spans.get(r["sid"], []))}
    best = [(r, sc - sum(c.weight for c in ties if c.label in labels.get(r["sid"], set())) / total if r["sid"] in others else sc)
            for r, sc in best]
    # ... and one that names them side by side, one by the other ("Lord Woolf's Sentencing Guidelines
    # Council", "the council - led by Lord Woolf"), more than one naming them apart
    beside = _side_by_side(e, ca, cb, [r for r, _ in best[:100]])
    # (... and one whose words of a tie tie others comes after one that has none: "Peter Misselbrook,
    # executive partner of Tods Murray" is no tie of McLetchie's)
    # (... one where one of the two speaks of the other outside those words ties the two another
    # way, and keeps its place: Brown's "Mr Baume was never present at meetings between himself and
    # the prime minister")
    others -= _speaks_of_other(e, ca, cb, [r for r in tied if r["sid"] in others], names, spans)
    # ... and one that names the two as alternatives comes after one that ties them: "a body such as
    # the Hansard Society or Electoral Commission could ..." says nothing of how the two are tied
    either = _joined(e, ca, cb, [r for r, _ in best[:100]], _EITHER.fullmatch)
    # ... and, of equals still, one where one of the two names the other in his own quoted words says
    # how they are tied first-hand: Kennedy's "Tony Blair, Michael Howard and myself were all class of
    # '83", not "Tony Blair offered his congratulations, as did ... Michael Howard and ... Charles Kennedy"
    # (nor "Within hours of his talks with Mr Thorpe, Sir Edward told the nation ...": the story's words)
    first_hand = _speaks_of_other(e, ca, cb, [r for r, _ in best[:100] if _quotes_a_name(r["text"], names)], names, spans)
    best.sort(key=lambda x: (-round(x[1], 3), x[0]["sid"] not in acts, x[0]["sid"] not in beside, x[0]["sid"] in others,
                             x[0]["sid"] in either, x[0]["sid"] not in first_hand))
    if not best:
        # "... 24 donations from Bearwood Corporate Services. This company is controlled by the
        # party's former treasurer Lord Ashcroft": one names the other as "this company", "he";
        # "Mr Campbell quit Number 10 ... Labour have not said how it would affect his Downing
        # Street replacement David Hill": or as "his"
        # ... or by what it calls them: "Opinion was more divided over Rodney Hylton-Potts ... Mr
        # MacKenzie thought the smooth-talking former solicitor ... deserved a chance"
        spans = [(rows, sc) for rows, sc in e.passages(concepts, min_cov=0.0, require={ca.label, cb.label})
                 if outcomes.ANAPHOR.match(rows[1]["text"]) or _PRONOUN.search(rows[1]["text"]) or _CALLED_BY_POST.search(rows[1]["text"])
                 or _BOTH.match(rows[1]["text"])]
        # ... where a word of a tie ties the two, as in one sentence: "not easy to deal with" is none
        labels = e.last_labels()
        spans = sorted(((rows, sc - rel.weight / total if rel.label in labels.get(rows[0]["sid"], set())
                         and _ties_others(" ".join(r["text"] for r in rows), names) else sc) for rows, sc in spans),
                       key=lambda x: (-round(x[1], 3), x[0][0]["sid"]))
        if spans:
            return Answer(p.text, "relation", True, [span_excerpt(e.reader, rows, sc) for rows, sc in spans[:MAX_EXCERPTS]],
                          [e.card(a), e.card(b)])
        # ... or each is told to hold the same place in one body, in one story: "the Middle Way
        # Group, of which Mr Opik is a co-chairman", "Peter Luff, another co-chairman of Middle Way"
        if shared := _same_place_in_body(e, ca, cb):
            return Answer(p.text, "relation", True, [excerpt(r, 1.0) for r in shared], [e.card(a), e.card(b)])
        # ... or one speaks, in his own words, of "he" in the story on the other: Charles Kennedy's
        # "When I was first elected ..., he was the 'Father of the House'" in "Ex-PM Lord Callaghan dies"
        if spoken := _speaks_of_subject(e, (a, cb), (b, ca)):
            return Answer(p.text, "relation", True, [excerpt(r, 1.0) for r in spoken], [e.card(a), e.card(b)])
        # ... or a sentence names one beside "he" or "his" that goes back to the other, the last person
        # the story named: "... the new Lord Kinnock ... From there he went to Cardiff University, where
        # he met his future wife Glenys"
        if called := _called_by_pronoun(e, (a, ca, cb), (b, cb, ca)):
            return Answer(p.text, "relation", True, [excerpt(r, 1.0) for r in called], [e.card(a), e.card(b)])
        return e.nothing(p, f"The pack does not connect {a.name} and {b.name}.")
    return Answer(p.text, "relation", True, [excerpt(r, s) for r, s in best[:MAX_EXCERPTS]],
                  [e.card(a), e.card(b)])


# A story covers the thing asked when its sentences, between them, hold this share of its words
_STORY_COVERS = 0.75


def _named_in_story_of(e: Engine, actor: Actor, thing: str | None) -> list[sqlite3.Row]:
    """"japan and the g8 tsunami debt deal", "sir john stevens and the tory burglar law plan": one
    side an actor, the other a thing no sentence names whole. The story that tells the thing
    (its sentences, between them, hold the words asked) says how the actor is tied to it where it
    names the actor beside a word of the thing: "The deal ... was hammered out ... after Japan ...
    finally signed up to it". Its first such sentence, of each story that tells the thing."""
    concepts = [c for c in e.concepts(thing) if not c.actor_ids & {actor.id}] if thing else []
    if not concepts:
        return []
    ca = actor_concept(e, actor)
    e.search.weigh(concepts)
    stories = e.search.concept_articles(ca)
    covers = {a: cov for a, cov in e.search.article_coverage(concepts, sorted(stories)).items() if cov >= _STORY_COVERS}
    if not covers:
        return []
    named = [sid for sid in e.search.actor_rows(ca.actor_ids) if e.search.article_of(sid) in covers]
    cov = e.search.coverage(concepts, named)
    rows = sentences_by_id(e.reader, [sid for sid in named if cov[sid][0] > 0.0])
    firsts: dict[str, sqlite3.Row] = {}
    for r in sorted(rows.values(), key=lambda r: (r["paragraph"], r["sentence"])):
        firsts.setdefault(e.search.article_of(r["sid"]), r)
    return sorted(firsts.values(), key=lambda r: -covers[e.search.article_of(r["sid"])])[:MAX_EXCERPTS]


# A sentence that goes on about what the one before named, taken together: "Both schemes are run by ..."
# (not one naming the two itself: "Both the Cardinal and Archbishop ... Rowan Williams appealed")
_BOTH = re.compile(r"(?:Both|Each|Neither|Either)(?: of)?(?: (?:the|these|those|their))? (?!(?:the|these|those|their)\b)"
                   r"[a-z][\w-]*\b(?! and\b)")


_OPENING_QUOTE = re.compile(r"[\"“]")


def _speaks_of_subject(e: Engine, *pairs: tuple[Actor, Concept]) -> list[sqlite3.Row]:
    """The sentences where one of the two, quoted in their own words, speaks of "he" or "she" in a
    story whose headline names the other: in a story on someone, what another says of "him" is said of them."""
    out: list[sqlite3.Row] = []
    for speaker, subject in pairs:
        ids = [r[0] for r in e.reader.all("SELECT sentence_id FROM attributions WHERE actor_id = ? AND direct_quote = 1",
                                          [speaker.id])]
        rows = sentences_by_id(e.reader, ids)
        titled = {r["article_id"] for r in rows.values() if e.covered_by_title([subject], r["title"])}
        for sid in sorted(rows):
            r = rows[sid]
            if r["article_id"] not in titled or subject.label in e.search.coverage([subject], [sid]).get(sid, (0, set()))[1]:
                continue  # (one that names the other is found by the search)
            quoted = r["text"] if r["continuation"] else r["text"][m.start():] if (m := _OPENING_QUOTE.search(r["text"])) else ""
            if _THIRD_PERSON.search(quoted):
                out.append(r)
    return out[:MAX_EXCERPTS]


# How far back the person a pronoun goes back to may be named, in sentences
_PRONOUN_REACH = 3
# ... not a pronoun in a phrase put before the one it stands for: "At the end of his trip, Mr Blair said"
_NAMED_AFTER_OPENING = re.compile(r"[^,]*,\s*(?:[A-Z][\w'’.-]*\s+){0,3}")


def _called_by_pronoun(e: Engine, *sides: tuple[Actor, Concept, Concept]) -> list[sqlite3.Row]:
    """Sentences that name one of the two (not the other) after a "he", "his", "she" or "her" that
    no one is named before, nor the index ties to someone else, where the last person the story
    named before the sentence, within a few sentences, is the other, of that pronoun's sex: a reader
    takes the pronoun for that person ("His first attempt ... was thwarted by ... Michael Ancram"
    in a profile of Gordon Brown)."""
    out: dict[int, sqlite3.Row] = {}
    for person, own, named in sides:
        if person.kind != "person":
            continue
        stories = e.search.concept_articles(own) & e.search.concept_articles(named)
        ids = sorted(i for i in e.search.concept_rows(named) - e.search.concept_rows(own) if e.search.article_of(i) in stories)
        rows = e.rows(ids)
        spans = _spans_of(e, named.actor_ids, ids)
        pronouns = {}  # sentence -> the first pronoun before the other's name
        for sid in ids:
            at = min((s for s, _ in spans.get(sid, [])), default=None)
            if at is not None and (m := _THIRD_PERSON.search(rows[sid]["text"][:at])) \
                    and not _NAMED_AFTER_OPENING.fullmatch(rows[sid]["text"][m.end():at]):
                pronouns[sid] = m
        if not pronouns:
            continue
        sex = sex_of(e, person)
        near = sorted({j for sid in pronouns for j in range(sid - _PRONOUN_REACH, sid + 1)})
        people: dict[int, list[tuple[int, int]]] = {}  # sentence -> (where, who) of the people it names
        for sid, actor, start in e.reader.all(
                "SELECT m.sentence_id, m.actor_id, m.start FROM mentions m JOIN actors a ON a.id = m.actor_id"
                f" WHERE a.kind = 'person' AND m.sentence_id IN ({placeholders(near)})", near):
            people.setdefault(sid, []).append((start, actor))
        for sid, m in pronouns.items():
            if sex is not None and (m.group(0).lower() in ("she", "her", "hers")) != (sex == "f"):
                continue
            if any(where <= rows[sid]["start"] + m.start() and who not in named.actor_ids for where, who in people.get(sid, [])):
                continue  # someone named before the pronoun, or the pronoun the index ties to another: theirs
            back = [j for j in range(sid - 1, sid - _PRONOUN_REACH - 1, -1)
                    if e.search.article_of(j) == rows[sid]["article_id"] and people.get(j)]
            if back and max(people[back[0]])[1] in own.actor_ids:
                out[sid] = rows[sid]
    return [out[i] for i in sorted(out)][:MAX_EXCERPTS]


def _head_word(actor) -> str | None:
    """The word a body's name is shortened to: "commission" of "Commission for Africa", "union"
    of "Transport and General Workers Union"."""
    words = actor.name.lower().split()
    if actor.kind != "organization" or len(words) < 2:
        return None
    head = words[0] if words[1] in ("of", "for", "on") else words[-1]
    return head if head.isalpha() and head not in STOPWORDS else None


# A person named before, now called "he" or "she" (in someone's own quoted words, a third
# person: not the speaker, who says "I")
_PRONOUN = re.compile(r"\b(?:he|him|his|she|her|hers)\b")
_THIRD_PERSON = re.compile(_PRONOUN.pattern, re.I)
# A person named before, now called by a former post or an age: "the smooth-talking former
# solicitor", "the ex-minister", "the 59-year-old"
_CALLED_BY_POST = re.compile(r"\bthe (?:[\w'’-]+ )?(?:former|ex-[a-z]+|one-time|\d+-year-old)\b")


def _pair_stories(e: Engine, ca: Concept, cb: Concept, articles: frozenset[str]) -> frozenset[str]:
    """Of the stories, those where each of the two asked about is named in more sentences than
    any other person."""
    if not articles:
        return frozenset()
    ids = sorted(articles)
    rest: dict[str, int] = {}
    for article, actor, n in e.reader.all(
            "SELECT s.article_id, m.actor_id, count(DISTINCT m.sentence_id) FROM mentions m JOIN sentences s ON s.id = m.sentence_id"
            " JOIN actors a ON a.id = m.actor_id"
            f" WHERE a.kind = 'person' AND s.article_id IN ({placeholders(ids)}) GROUP BY s.article_id, m.actor_id", ids):
        if actor not in ca.actor_ids | cb.actor_ids:
            rest[article] = max(rest.get(article, 0), n)
    named = [Counter(e.search.article_of(i) for i in e.search.concept_rows(c)) for c in (ca, cb)]
    return frozenset(a for a in articles if min(named[0][a], named[1][a]) > rest.get(a, 0))


# How far from a body's name a word may be and still say the place its member holds in it:
# "another co-chairman of Middle Way", "the Middle Way Group, of which Mr Opik is a co-chairman"
_PLACE_REACH = 40


def _same_place_in_body(e: Engine, ca: Concept, cb: Concept) -> list[sqlite3.Row]:
    """Two never named in one sentence, each named in a sentence of one story beside the same
    body (a name that is the other's or begins it: "Middle Way", "Middle Way Group") and the same
    word for the place held in it, said near that name in both: the two sentences, in story order."""
    ids = e.search.candidates([ca, cb])
    cov = e.search.coverage([ca, cb], ids)
    by_article: dict[str, tuple[list[int], list[int]]] = {}
    for sid, (_, labels) in sorted(cov.items()):
        if labels == {ca.label} or labels == {cb.label}:
            pair = by_article.setdefault(e.search.article_of(sid), ([], []))
            pair[0 if ca.label in labels else 1].append(sid)
    pairs = [(x, y) for xs, ys in by_article.values() for x in xs for y in ys]
    if not pairs:
        return []
    sids = sorted({i for pair in pairs for i in pair})
    rows = sentences_by_id(e.reader, sids)
    own = ca.actor_ids | cb.actor_ids
    bodies: dict[int, list[tuple[str, str]]] = {}  # sentence -> (folded body name, the words near it)
    for sid, actor, start, end in e.reader.all(
            "SELECT m.sentence_id, m.actor_id, m.start - s.start, m.end - s.start FROM mentions m"
            " JOIN sentences s ON s.id = m.sentence_id JOIN actors a ON a.id = m.actor_id"
            f" WHERE a.kind != 'person' AND m.sentence_id IN ({placeholders(sids)})", sids):
        if actor in own or sid not in rows:
            continue
        text = rows[sid]["text"]
        near = text[max(0, start - _PLACE_REACH):start] + " " + text[end:end + _PLACE_REACH]
        bodies.setdefault(sid, []).append((fold(text[start:end]), near))

    def tie(x: int, y: int) -> bool:
        for name_x, near_x in bodies.get(x, []):
            for name_y, near_y in bodies.get(y, []):
                if (name_x + " ").startswith(name_y + " ") or (name_y + " ").startswith(name_x + " "):
                    words = {w for w in content_words(near_x) if len(w) >= 5} & set(content_words(near_y))
                    if words - set(content_words(name_x + " " + name_y)) - set(ca.words) - set(cb.words):
                        return True
        return False
    for x, y in sorted(pairs, key=lambda p: (min(p), max(p))):
        if tie(x, y):
            return [rows[i] for i in sorted((x, y))]
    return []


def _acts_on_one_before(e: Engine, ca: Concept, cb: Concept, concepts: list[Concept]) -> list[tuple[sqlite3.Row, float]]:
    """Sentences where one of the two does something to "him" or "her" and the sentence before, in
    the same story, opens on the other: "Tory co-chairman Liam Fox said the comments were at odds
    with Tony Blair's prediction ... But Mr Clarke accused him of trying to score 'cheap political
    points'" ties Clarke to Fox. Each scored as if it named both."""
    ids = sorted(ca.actor_ids | cb.actor_ids)
    one, two = e.search.concept_rows(ca), e.search.concept_rows(cb)
    after = sorted({i for i in one if i - 1 in two} | {i for i in two if i - 1 in one})
    if not ids or not after:
        return []
    found = {(sid, actor, subject) for sid, actor, subject in e.reader.all(
        "SELECT ev.sentence_id, ea.actor_id, ev.subject_text FROM events ev CROSS JOIN event_actors ea ON ea.event_id = ev.id"
        f" WHERE ev.sentence_id IN ({placeholders(after)}) AND ea.role = 'subject' AND ea.actor_id IN ({placeholders(ids)})"
        " AND lower(ev.object_text) IN ('him', 'her')", [*after, *ids]) if subject}
    if not found:
        return []
    rows = sentences_by_id(e.reader, sorted({i for sid, _, _ in found for i in (sid - 1, sid)}))
    weights = {c.label: c.weight for c in concepts}
    total = sum(weights.values()) or 1.0
    cov = e.search.coverage(concepts, sorted(sid for sid, _, _ in found))
    out = []
    for sid, actor, subject in sorted(found):
        other = cb if actor in ca.actor_ids else ca
        if sid not in rows or sid - 1 not in rows or rows[sid - 1]["article_id"] != rows[sid]["article_id"]:
            continue
        # ... the pronoun the object of the verb right after the doer ("Mr Clarke accused him"), not
        # one that may go back to a thing named between ("Mr Blunkett had treated the nanny ... used her")
        if not re.search(re.escape(subject) + r"\s+(?:[a-z]+\s+){1,2}(?:him|her)\b", rows[sid]["text"]):
            continue
        first = e.reader.one("SELECT m.actor_id FROM mentions m JOIN actors a ON a.id = m.actor_id"
                             " WHERE m.sentence_id = ? AND a.kind = 'person' ORDER BY m.start LIMIT 1", [sid - 1])
        if first and first[0] in other.actor_ids:
            labels = cov.get(sid, (0.0, set()))[1] | {ca.label, cb.label}
            out.append((rows[sid], share(weights, labels, total)))
    return out


def _one_acts_on_other(e: Engine, first: Concept, second: Concept, sentence_ids: list[int]) -> set[int]:
    """Sentences with an event whose subject is one of the two and whose object is the other,
    by the actors the extractor linked or by the names it printed."""
    if not sentence_ids:
        return set()
    roles: dict[int, dict[str, set[int]]] = {}
    for ev, role, actor in e.reader.all(
            "SELECT ea.event_id, ea.role, ea.actor_id FROM event_actors ea JOIN events ev ON ev.id = ea.event_id"
            f" WHERE ev.sentence_id IN ({placeholders(sentence_ids)})", sentence_ids):
        roles.setdefault(ev, {}).setdefault(role, set()).add(actor)

    def plays(c: Concept, ev: int, role: str, text: str | None) -> bool:
        said = fold(text or "")  # ... the phrase is the name ("Brackenmoor Foods"), not "Whole Foods' halibut deal"
        return bool(roles.get(ev, {}).get(role, set()) & c.actor_ids) or any(w and (said == w or said.endswith(" " + w))
                                                                               for w in c.words)

    out = set()
    for ev, sid, subject, obj in e.reader.all(
            f"SELECT id, sentence_id, subject_text, object_text FROM events WHERE sentence_id IN ({placeholders(sentence_ids)})",
            sentence_ids):
        if plays(first, ev, "subject", subject) and plays(second, ev, "object", obj) \
                or plays(second, ev, "subject", subject) and plays(first, ev, "object", obj):
            out.add(sid)
    return out


def _speaks_of_other(e: Engine, ca: Concept, cb: Concept, rows: list[sqlite3.Row], names: list[str],
                     spans: dict[int, list[tuple[int, int]]]) -> set[int]:
    """Sentences the index gives to one of the two as its speaker that name the other outside the
    words of a tie that tie others: Brown's "Mr Baume was never present at meetings between himself
    and the prime minister" speaks of Baume; Cook's "the recent squabbles between Mr Blair and Mr
    Brown" and McLetchie's "the other partners at Tods Murray" speak of others' ties, Kinnock's
    "Mr Blair and Mr Brown could only deal with ..." of the pair."""
    ids = sorted(ca.actor_ids | cb.actor_ids)
    by_id = {r["sid"]: r for r in rows}
    if not ids or not by_id:
        return set()
    said = e.reader.all(f"SELECT sentence_id, actor_id FROM attributions WHERE sentence_id IN ({placeholders(sorted(by_id))})"
                        f" AND actor_id IN ({placeholders(ids)})", [*sorted(by_id), *ids])
    marks = {c.label: _spans_of(e, c.actor_ids, sorted(by_id)) for c in (ca, cb)}
    out = set()
    for sid, actor in said:
        other = cb if actor in ca.actor_ids else ca
        text = by_id[sid]["text"]
        at = list(marks[other.label].get(sid, []))
        at += [m.span() for w in other.words if w for m in re.finditer(r"(?i)\b" + re.escape(w) + r"\b", text)]
        void = _void_spans(text, names, spans.get(sid, []))
        if any(not any(a <= i < b or i >= b and _OF_IT.fullmatch(text[b:i]) for a, b in void)
               and not (_AND_BEFORE.search(text[:i]) or _AND_AFTER.match(text[j:])) for i, j in at):
            out.add(sid)
    return out


# A speaker's own words, in quotation marks
_QUOTED = re.compile(r'["“][^"“”]+["”]')


def _quotes_a_name(text: str, names: list[str]) -> bool:
    """Whether a name of the two stands inside quotation marks: the speaker's own words."""
    return any(re.search(r"(?i)\b" + re.escape(w) + r"\b", m.group(0)) for m in _QUOTED.finditer(text) for w in names if w)


# What joins a post to the body it is held in: "partners at Tods Murray", "partner of"
_OF_IT = re.compile(r"(?i)\s+(?:of|at|in|for|with)\s+(?:the\s+)?")
# ... and a name in a pair with another, of whom what is said is said of the pair: "Mr Blair and Mr Brown"
_AND_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+and\s+(?:(?:Mr|Mrs|Ms|Dr|Lord|Lady|Sir)\.?\s+)?$")
_AND_AFTER = re.compile(r"\s+and\s+[A-Z]")


# Between two names side by side, what offers one in place of the other: "A or B", "A, or the B", "A nor B"
_EITHER = re.compile(r"(?i),?\s+n?or\s+(?:(?:the|mr|mrs|ms|dr|lord|lady|sir)\b\.?\s*)*")

# Between two names side by side, what makes one the other's: a possessive or an aside saying who
# leads or owns it ("Lord Woolf's Sentencing Guidelines Council", "the council - led by Lord Woolf",
# "partner of Tods Murray"), not a list ("Tony Blair and Gordon Brown") nor a verb ("X said Mr Y")
_BESIDE_REACH = 14
_OWNED_BY = re.compile(r"(?i)(?:['’]s?|\s*[-–—,(]?\s*(?:(?:led|chaired|headed|run|owned|founded|set up|controlled) by|of|at))\s+"
                       r"(?:(?:the|mr|mrs|ms|dr|lord|lady|sir)\b\.?\s*)*")


def _side_by_side(e: Engine, ca: Concept, cb: Concept, rows: list[sqlite3.Row]) -> set[int]:
    """Sentences where a name of one of the two stands just before a name of the other, what is
    between them making one the other's (a possessive, "led by", "of")."""
    return _joined(e, ca, cb, rows, lambda gap: 0 < len(gap) <= _BESIDE_REACH and bool(_OWNED_BY.fullmatch(gap)))


def _joined(e: Engine, ca: Concept, cb: Concept, rows: list[sqlite3.Row], joins: Callable[[str], bool]) -> set[int]:
    """Sentences where the text from a name of one of the two to a later name of the other joins
    them as `joins` says (the index's mentions give where each is named)."""
    if not rows:
        return set()
    by_id = {r["sid"]: r for r in rows}
    ids = sorted(by_id)
    spans: dict[int, list[tuple[int, int, bool]]] = {}
    for sid, actor, start, end in e.reader.all(
            "SELECT m.sentence_id, m.actor_id, m.start - s.start, m.end - s.start FROM mentions m"
            f" JOIN sentences s ON s.id = m.sentence_id WHERE m.sentence_id IN ({placeholders(ids)})", ids):
        if actor in ca.actor_ids or actor in cb.actor_ids:
            spans.setdefault(sid, []).append((start, end, actor in ca.actor_ids))
    out = set()
    for sid, marks in spans.items():
        text = by_id[sid]["text"]
        for _, e1, one in marks:
            for s2, _, two in marks:
                if one != two and s2 > e1 and joins(text[e1:s2]):
                    out.add(sid)
    return out


_REL_SET = frozenset(_REL_WORDS)
# "deal" after a modal or "to" is a verb, coping with a thing: "could only deal with", "not easy to deal with"
_DEAL_VERB = re.compile(r"(?i)\b(?:to|can|could|would|will|must|should|shall|may|might|only|cannot|not|n't)\s+deal\s+with\b")
# "between A and B": the pair a tie is said of; each side a few words long
_BETWEEN = re.compile(r"(?i)\bbetween\s+((?:[\w'’.-]+\s+){0,5}?)and\s+((?:[\w'’.-]+\s*){1,3})")
# ... where a side may be the two asked, called otherwise
_PAIR_CALLED = re.compile(r"(?i)\b(?:them|they|us|we|him|her|the two|the pair|both|each other|one another)\b")


def _spans_of(e: Engine, actor_ids: set[int], sentence_ids: list[int]) -> dict[int, list[tuple[int, int]]]:
    """Where in each sentence the actors are named, as the index found them."""
    out: dict[int, list[tuple[int, int]]] = {}
    if not actor_ids or not sentence_ids:
        return out
    for sid, start, end in e.reader.all(
            "SELECT m.sentence_id, m.start - s.start, m.end - s.start FROM mentions m JOIN sentences s ON s.id = m.sentence_id"
            f" WHERE m.actor_id IN ({placeholders(actor_ids)}) AND m.sentence_id IN ({placeholders(sentence_ids)})",
            [*actor_ids, *sentence_ids]):
        out.setdefault(sid, []).append((start, end))
    return out


def _ties_others(text: str, names: list[str], spans: list[tuple[int, int]] = ()) -> bool:
    """Every word of a tie in the sentence ties others than the two asked, or is no tie: it stands in
    "between A and B" where a side names neither of the two ("squabbles between Mr Blair and Mr
    Brown", asked of Robin Cook and Brown), it is "deal with" a thing ("could only deal with"), or
    it is a post held by someone else named beside it ("Peter Misselbrook, executive partner of")."""
    void = _void_spans(text, names, spans)
    if not void:
        return False
    ties = [t.start() for t in re.finditer(r"[\w'’-]+", text) if _tie_word(t.group(0))]
    return bool(ties) and all(any(a <= i < b for a, b in void) for i in ties)


def _void_spans(text: str, names: list[str], spans: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Where the sentence's words of a tie tie others, or are none (see _ties_others)."""
    named = re.compile(r"(?i)\b(?:%s)\b" % "|".join(re.escape(n) for n in names)) if names else None
    void: list[tuple[int, int]] = [m.span() for m in _DEAL_VERB.finditer(text)]
    for m in _BETWEEN.finditer(text):
        sides = [(m.start(g) + x.start(), m.start(g) + x.end()) for g in (1, 2) for x in re.finditer(r"[^,]*[^,\s][^,]*", m.group(g))]

        def theirs(a: int, b: int) -> bool:  # a side that names one of the two, or calls them both
            return bool(named and named.search(text[a:b])) or bool(_PAIR_CALLED.search(text[a:b])) \
                or any(s < b and a < t for s, t in spans)
        if len(sides) >= 2 and not all(theirs(a, b) for a, b in sides):
            before = re.search(r"([\w'’-]+)\s+$", text[:m.start()])
            void.append((before.start() if before else m.start(), m.end()))
    return void + _posts_of_others(text, named, spans)


def _tie_word(word: str, words: frozenset[str] = _REL_SET) -> bool:
    """A word of a tie (of `words`), or its plural ("partners")."""
    w = word.lower()
    return w in words or w.endswith("s") and w[:-1] in words


# Words of a tie that are a post one holds for another, or a place in their family: the holder
# is printed beside it ("Peter Misselbrook, executive partner of ...", "colleagues Foreign
# Secretary Jack Straw") or set apart from the two ("the other partners")
_HELD = frozenset([*_KIN_AND_POSTS, "partner", "ally", "allies"])
_HOLDER_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*),\s+(?:(?:an?|the)\s+)?(?:[a-z][\w-]*\s+){0,2}$")
_HOLDER_AFTER = re.compile(r"\s+((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)")
_OTHER_BEFORE = re.compile(r"(?i)\bother\s+(?:[\w-]+\s+)?$")


def _posts_of_others(text: str, named: re.Pattern | None, spans: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Where a post or a family place is held by, or of, someone the sentence names beside it who is
    not one of the two asked: "Peter Misselbrook, executive partner of Tods Murray", asked of
    McLetchie and Tods Murray, ties Misselbrook to the firm."""
    out = []
    for t in re.finditer(r"[\w'’-]+", text):
        if not _tie_word(t.group(0), _HELD):
            continue
        before, after = text[:t.start()], text[t.end():]
        if _OTHER_BEFORE.search(before):
            out.append(t.span())
            continue
        m = _HOLDER_BEFORE.search(before)
        span = m.span(1) if m else None
        if span is None and (m := _HOLDER_AFTER.match(after)):
            span = (t.end() + m.start(1), t.end() + m.end(1))
        if span and not (named and named.search(text[span[0]:span[1]])) and not any(a < span[1] and span[0] < b for a, b in spans):
            out.append(t.span())
    return out


# A clause on the name just before it: ", who was instrumental in ...", ", which owns ..."
_CLAUSE_ON = re.compile(r"\s*,\s+(?:who|which)\s+[^,;:\"“”]*$")


def _clause_names_other(e: Engine, ca: Concept, cb: Concept, rows: list[sqlite3.Row]) -> set[int]:
    """Sentences where a clause on a name of one of the two (", who ...") names the other before it ends."""
    return _joined(e, ca, cb, rows, lambda gap: bool(_CLAUSE_ON.fullmatch(gap)))


def _described_by_other(e: Engine, a: Actor, b: Actor, rows: list[sqlite3.Row]) -> set[int]:
    """Sentences that print a description of one of the two that names the other: "a key ally
    of Tony Blair" for Alan Milburn, "Veritas' deputy leader" for Damien Hockney."""
    if not rows:
        return set()
    out: set[int] = set()
    for one, other in ((a, b), (b, a)):
        kin = {other.id} | e.actors.family(other)
        for d in one.descriptions:
            if any(h.actor.id in kin for h in e.actors.find_in(d, fuzzy=False)):
                out |= {r["sid"] for r in rows if d.lower() in r["text"].lower()}
    return out


def _named_together(e: Engine, first: str, other: str) -> list[sqlite3.Row]:
    """"How are Jim and Margaret Cuthbert related?": two people of one family name, the first
    by first name alone. The sentences that print the pair as asked say how."""
    if len(first.split()) != 1 or len(other.split()) < 2 or not first[:1].isalpha():
        return []
    expr = fts_term(f"{first} and {other}")
    ids = sorted(e.search.rowids(expr)) if expr else []
    rows = sentences_by_id(e.reader, ids)
    # ... the first name standing alone: "Tony Blair and Gordon Brown" is not a Blair named Brown
    return [rows[i] for i in ids if i in rows and _pair_stands_alone(rows[i]["text"], first, other)]


def _pair_stands_alone(text: str, first: str, other: str) -> bool:
    """The text prints "<first> and <other>" with no capitalised word just before it."""
    words = f"{first} and {other}".split()
    for m in re.finditer(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b", text, re.I):
        before = text[:m.start()].split()
        if not before or not before[-1][:1].isupper():
            return True
    return False
