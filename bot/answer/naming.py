"""The sentences that name the people a question asks about, or point back to them ("he",
"the two men"), so that an answer is told of them and not of someone else."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.actors import tokens
from bot.answer.roles import BODY_KINDS
from bot.answer.search import Concept
from bot.index.read import placeholders
from bot.names import fold

if TYPE_CHECKING:
    from bot.answer.engine import Engine


def person_concepts(e: Engine, concepts: list[Concept]) -> list[Concept]:
    """The concepts that name a person."""
    return [c for c in concepts if any(e.actors.by_id[a].kind == "person" for a in c.actor_ids if a in e.actors.by_id)]


def naming(e: Engine, best: list, concepts: list[Concept], people: set[str], every: bool) -> list:
    """The sentences that name the people asked about (every one of them, or any), or whose
    headline does, the story being about them ("Profile: David Blunkett" over "In 1999, his then
    guide dog Lucy threw up in the Chamber ...")."""
    if not people:
        return best
    labels = e.last_labels()
    headlined = _headlined(e, [c for c in concepts if c.label in people], {r["article_id"] for r, _ in best})

    def names(sid: int) -> bool:
        have = labels.get(sid, set())
        return people <= have if every else bool(have & people)
    asked = [c for c in concepts if c.label in people]
    # "Polling company Mori carried out both surveys. In July 1999 they asked 801 adults ...": a
    # sentence whose subject is a pronoun speaks of whom the sentence before it named
    before = {r["sid"] - 1 for r, _ in best if _PRONOUN_SUBJECT.match(r["text"]) and not names(r["sid"])}
    told = e.search.coverage(asked, sorted(before)) if before and not every else {}
    told = {sid + 1 for sid, (_, have) in told.items() if have & people and len(people) == 1}

    def after_name(r) -> bool:
        return r["sid"] in told and e.search.article_of(r["sid"] - 1) == r["article_id"]
    return [(r, s) for r, s in best if names(r["sid"]) or r["article_id"] in headlined or _the_two(e, r, asked)
            or after_name(r)]


# A sentence whose subject is a pronoun, after an opening phrase of time or place: "In July 1999 they asked ..."
# ... or the bare name of a body's kind: "Meibion Glyndwr began burning property ... The group was linked to ..."
_PRONOUN_SUBJECT = re.compile(r"(?:(?:In|On|At|By|During|Last|This|That|Then|Later|Earlier)\b[^,.;:\"“]{0,30}?,? )?"
                              r"(?i:he|she|they|the (?:" + "|".join(BODY_KINDS) + r"))\s+(?!said\b|says\b|added\b)[a-z]+")


# Two people the story has named, spoken of together: "the greatest ideological divide between
# the two men" is Blair and Brown's in a story on the pair.
THE_TWO = ("the two men", "the two women", "the two leaders", "the two politicians", "the two rivals",
           "the two ministers", "both men", "both women", "the pair")
_THE_TWO = re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, THE_TWO)) + r")\b")


def _the_two(e: Engine, row, people: list[Concept]) -> bool:
    if len(people) != 2 or not _THE_TWO.search(row["text"]):
        return False
    return all(any(e.search.article_of(i) == row["article_id"] for i in e.search.concept_rows(c)) for c in people)


def naming_all(e: Engine, best: list, concepts: list[Concept], question: str, money: bool) -> list:
    """The sentences that name every place the question names (or whose headline, opening
    sentence or neighbour does), and for a sum what was paid for ("pay for AOL"): a figure for
    somewhere or something else answers nothing."""
    paid = re.search(r"(?i)\b(?:pay|paid|paying|spend|spent|spending)\b(?:\s+(?:for|on))?\s+(.+)$", question) \
        if money else None
    parties = {hit.actor.id for hit in e.actors.find_in(paid.group(1))} if paid else set()
    paid_for = [c for c in concepts if c.actor_ids & parties]  # ... named by the sentence itself
    named = paid_for + [c for c in concepts if c not in paid_for
                        and any(e.actors.by_id[a].kind == "place" for a in c.actor_ids if a in e.actors.by_id)]
    if not named or not best:
        return best
    articles = sorted({r["article_id"] for r, _ in best})
    leads = {r[0]: r[1] for r in e.reader.all(  # the story's opening sentence sets where it happens
        f"SELECT article_id, min(id) FROM sentences WHERE article_id IN ({placeholders(articles)}) GROUP BY article_id", articles)}
    near = {i for r, _ in best for i in (r["sid"] - 1, r["sid"], r["sid"] + 1)} | set(leads.values())
    labels = e.search.coverage(named, sorted(near))
    headlined = _headlined(e, named, set(articles))
    # "Hereford hospital": a place that qualifies the noun after it; a story that names that place
    # calls the thing after by its noun ("the hospital"), and so names the place
    qualified = _qualified_by_place(e, question, named)

    def by_noun(r) -> set[str]:
        text = fold(r["text"])
        return {label for label, (noun, rows) in qualified.items()
                if re.search(r"\bthe " + re.escape(noun) + r"\b", text)
                and any(e.search.article_of(i) == r["article_id"] for i in rows)}

    # "australian telcos", "british troops": a place asked by its adjective says whose the thing is,
    # and a story set there (one that names the place anywhere) need not name it beside each thing
    adjective = {c.label for c in named if c not in paid_for and len(c.actor_ids) == 1 and c.words
                 and all(fold(w) != fold(e.actors.by_id[a].name) for a in c.actor_ids for w in c.words[:1])
                 and PLACE_ADJECTIVE.search(c.words[0])}

    def set_in(r) -> set[str]:
        people = e.people_named_in(r["article_id"])
        return {c.label for c in named if c.label in adjective and c.actor_ids & people}

    # "the british mp in kenya": whose the MP is, beside where it happened; a sentence that names
    # the place asked ("in a park in Kenya") and no other place tells of him, told by a story that
    # never says whose he is (but "5,000 US troops in Iraq" are not the British troops asked)
    asked_places = {a for c in named for a in c.actor_ids}
    other_places = _other_places(e, [r["sid"] for r, _ in best], asked_places) \
        if adjective and len(adjective) < len(named) and not paid_for else None

    def whose(r) -> set[str]:
        return adjective if other_places is not None and r["sid"] not in other_places else set()

    def names(r) -> bool:
        if len(labels[r["sid"]][1] | by_noun(r) | set_in(r) | whose(r)) == len(named) or r["article_id"] in headlined:
            return True
        around = [i for i in (r["sid"] - 1, r["sid"] + 1, leads.get(r["article_id"], -1))
                  if e.search.article_of(i) == r["article_id"]]
        return set().union(labels[r["sid"]][1], set_in(r), *(labels[i][1] for i in around)) >= {c.label for c in named} \
            and {c.label for c in paid_for} <= labels[r["sid"]][1]
    return [(r, s) for r, s in best if names(r)]


def _other_places(e: Engine, sids: list[int], asked: set[int]) -> set[int]:
    """The sentences that name a place other than those asked."""
    if not sids:
        return set()
    return {r[0] for r in e.reader.all(
        f"SELECT DISTINCT m.sentence_id FROM mentions m JOIN actors a ON a.id = m.actor_id WHERE a.kind = 'place' "
        f"AND m.sentence_id IN ({placeholders(sids)}) AND m.actor_id NOT IN ({placeholders(sorted(asked))})",
        sids + sorted(asked))}


# The endings of a place's adjective: Australian, British, Chinese, Israeli, Scottish, Welsh, Dutch.
PLACE_ADJECTIVE = re.compile(r"(?i)(?:an|ian|ean|ish|ese|i|ic|ch|sh)$")


def _qualified_by_place(e: Engine, question: str, named: list[Concept]) -> dict[str, tuple[str, frozenset[int]]]:
    """For each place concept the question puts before a noun ("hereford hospital", "powys
    council"): that noun, and the sentences that name the place."""
    words = [f for _, f in tokens(question)]
    out = {}
    for hit in e.actors.find_in(question):
        c = next((c for c in named if hit.actor.id in c.actor_ids), None)
        if c is None or hit.end >= len(words) or e.actors.by_id[hit.actor.id].kind != "place":
            continue
        noun = words[hit.end]
        if noun in _QUALIFIED_NOUNS:
            out[c.label] = (noun, frozenset(e.search.concept_rows(c)))
    return out


# What a place's name qualifies and a story then calls by the noun alone: "Hereford hospital" ... "the hospital".
_QUALIFIED_NOUNS = frozenset("hospital hospitals council councils school schools university college prison airport "
                             "station port police court factory plant mine club team board trust assembly".split())


def _headlined(e: Engine, people: list[Concept], article_ids: set[str]) -> set[str]:
    """The articles whose headline names every one of these people (by a name of theirs)."""
    if not people or not article_ids:
        return set()
    ids = sorted(article_ids)
    def names(actor) -> set[str]:  # full names and the surname, not a first name alone ("david")
        return {n for n in actor.aliases if " " in n} | {fold(actor.name).split()[-1]}

    groups = [set().union(*(names(e.actors.by_id[a]) for a in c.actor_ids if a in e.actors.by_id)) for c in people]
    out = set()
    for r in e.reader.all(f"SELECT id, title FROM articles WHERE id IN ({placeholders(ids)})", ids):
        title = " " + " ".join(re.findall(r"\w+", fold(r["title"]))) + " "
        if all(any(f" {n} " in title for n in group) for group in groups):
            out.add(r["id"])
    return out
