"""Answers found by what a sentence says: who said a claim, when, what happened, free search."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.actors import ROLE_SYNONYMS
from bot.answer.excerpts import excerpt, span_excerpt
from bot.answer.question import FIGURE, MONTHS, NAME_OF, QUESTION_START, WEEKDAYS, YEAR, Parsed, content_words
from bot.answer.search import FRACTIONS, NUMBER_WORDS, Concept, expand
from bot.answer.thresholds import (ANSWER_TYPE_BONUS, ARTICLE_SLACK, CLEAR_WINNER, LEAD_BONUS, LONG_CLAIM_COVERAGE, MAX_EXCERPTS, MIN_COVERAGE,
                                   NEAR_ACTOR, NOTHING, QUOTED_CLAIM_SLACK, SPEAKER_BONUS, SUBJECT_BONUS)
from bot.index.read import placeholders, sentences_by_id
from bot.names import fold
from bot.model import Answer

if TYPE_CHECKING:
    from bot.answer.engine import Engine

# Month and day names as articles print them, capitalised: "a march", "may" are not times.
_TIME_RX = re.compile(
    r"\b(?:" + "|".join(w.capitalize() for w in MONTHS + WEEKDAYS) + r"|(?i:yesterday|today(?! programme)|tomorrow|"
    r"(?:last|next|this) (?:week|month|year)|(?:1[6-9]|20)\d\d|recent (?:weeks|months|days)|since|ago|"
    r"\d{1,2}[:.]\d\d ?(?:am|pm|gmt|bst)|\d{1,2} ?(?:am|pm)|\d{4} ?(?:gmt|bst)|midnight|noon|midday|"
    r"(?:in|since|from|until|till|by|before|after|around) 1[0-5]\d\d))\b")  # "set up in 1337"


# Verbs that report a clause: "who said / claimed / warned (that) <subject> <verb> ...".
_CLAUSE_VERB = re.compile(r"(?i)^\s*(?:who|which \w+) (?:first )?(?:said|says|claimed|claims|warned|warns|reported|reports|"
                          r"suggested|suggests|argued|argues|insisted|insists|predicted|predicts|believes|thinks|"
                          r"reckons|reckoned)(?: that)? ")


def _claim_subject(e: Engine, p: Parsed):
    """The actor a reported clause opens with: in "Who claimed the Lib Dems would put up
    National Insurance?" the Lib Dems are who the claim is about."""
    if not _CLAUSE_VERB.match(p.text) or not p.topic:
        return None
    hits = e.actors.find_in(p.topic)
    words = p.topic.split()
    lead = 1 if words and words[0].lower() in ("the", "a", "an") else 0
    if not hits or hits[0].start > lead or re.search(r"['’]s?$", hits[0].span):
        return None  # "brown's forecast was too rosy": the claim is about the forecast
    return hits[0].actor


def _on_subject(e: Engine, found: list, about: set[str], subject_ids: set[int] = frozenset()) -> list:
    """The sentences that name the claim's subject, or say "we" in a quote ("We exported a
    financial crisis", for "Who said America exported ..."), or "he" in a quote just after a
    sentence naming the subject ("His message to the chancellor ... "He has been prudent")."""
    if not about:
        return found
    labels = e.last_labels()
    named = e.search.actor_rows(subject_ids) if subject_ids else frozenset()
    return [(r, s) for r, s in found if about & labels.get(r["sid"], set())
            or r["direct_quote"] and re.search(r"(?i)\b(?:we|our|us)\b", r["text"])
            or r["direct_quote"] and _PRONOUN.search(r["text"])
            and any(j in named and e.search.article_of(j) == r["article_id"] for j in (r["sid"] - 1, r["sid"] - 2))]


_PRONOUN = re.compile(r"(?i)\b(?:he|she|him|her|his|they|them|their|it|its)\b")


def _clear_winner(e: Engine, ranked: list, concepts: list[Concept], require: set[str] | None) -> list:
    """A claim in the asker's own words ("far too rosy" for "way too optimistic") may cover
    little more than half of the one sentence that makes it: that sentence answers when a named
    speaker says it and no other story comes close."""
    if not ranked or ranked[0][0]["source_kind"] not in ("person", "organization", "outlet"):
        return []
    top, score = ranked[0]
    rivals = e.best(concepts, min_cov=0.0, pairs=True, require=require)
    other = max((s for r, s in rivals if r["article_id"] != top["article_id"]), default=0.0)
    return [(top, score)] if score - other >= CLEAR_WINNER else []


_MORE = re.compile(r"(?i)\b(?:more|greater|higher|over|above)\s+than\b|\bover \$?£?\d")
_LESS = re.compile(r"(?i)\b(?:less|fewer|lower|under|below)\s+than\b|\bunder \$?£?\d")


def _same_way(claim: str, text: str) -> bool:
    """'Facebook paid more than the $4bn asking price' is not said by '... for less than its
    original $4 billion asking price': a comparison in the claim must not be turned round."""
    if _MORE.search(claim) and _LESS.search(text) and not _MORE.search(text):
        return False
    return not (_LESS.search(claim) and _MORE.search(text) and not _LESS.search(text))


def _family(e: Engine, actor) -> set[int]:
    return {actor.id} | e.actors.family(actor) if actor is not None else set()


def _actor_ids(concepts: list[Concept]) -> set[int]:
    return {a for c in concepts for a in c.actor_ids}


# "Which Labour MP ...", "which senator ...": the kind of speaker a who-said question names.
_HOLDER_ROLE = re.compile(r"(?i)^\s*which ((?:[\w-]+ ){0,2}?(?:mp|mps|backbencher|senator|campaigner|academic|"
                          r"economist|minister|peer|leader|spokesman|spokeswoman|councillor|mayor|analyst|expert|"
                          r"judge|bishop|professor|lawyer|msp|mep|tory|conservative|democrat|republican))\b")


def _speaker_is(e: Engine, row, head: str) -> bool:
    """The sentence's named speaker is of that kind: "Labour MP Louise Ellman said", or
    described so elsewhere in the pack."""
    if not row["source"] or row["source_kind"] not in ("person", "organization"):
        return False
    heads = {head, head.rstrip("s"), *ROLE_SYNONYMS.get(head, "").split()}
    said = set(re.findall(r"[a-z]+", fold(row["source"])))
    actor = e.actors.by_id.get(row["source_actor"]) if row["source_actor"] is not None else None
    described = {w for d in (actor.descriptions if actor else []) for w in re.findall(r"[a-z]+", fold(d))}
    return bool(heads & (said | described))


def who_said(e: Engine, p: Parsed) -> Answer:
    concepts = e.concepts(p.topic)
    min_cov = MIN_COVERAGE if len(concepts) < 5 else LONG_CLAIM_COVERAGE
    # A figure is the claim: "£200m" is not said by "£80m", however many other words they share.
    require = {c.label for c in concepts if FIGURE.fullmatch(c.label) or c.label in NUMBER_WORDS or c.label in FRACTIONS
               or c.label.startswith("share:")} or None
    # ... and so is whom a reported clause is about: "who claimed the Lib Dems would ..." is not
    # answered by "the chancellor would ...".
    subject = _claim_subject(e, p)
    about = {c.label for c in concepts if subject is not None and subject.id in c.actor_ids}

    def ranked(min_cov: float) -> list:
        found = e.best(concepts, min_cov=min_cov, pairs=True, require=require, near=NEAR_ACTOR)
        found = [(r, sc) for r, sc in _on_subject(e, found, about, _family(e, subject)) if _same_way(p.topic, r["text"])]
        # "Who said ...?" asks for a speaker: of two sentences saying as much, the one that names
        # who says it answers; an unattributed one must say clearly more.
        return sorted(found, key=lambda x: -round(x[1] + (SPEAKER_BONUS if x[0]["source"] else 0.0), 3))

    best = ranked(min_cov)
    if not best:
        # A claim put in the asker's words covers less of a quote than of a lead: a speaker's
        # own words may cover a little less, never an unattributed sentence.
        named = {c.label for c in concepts if c.actor_ids}
        labels = e.last_labels()
        best = [(r, s) for r, s in ranked(min_cov - QUOTED_CLAIM_SLACK) if r["source"] and r["direct_quote"]
                and (not named or named & labels.get(r["sid"], set()))]  # ... and names whom the claim names
    if not best:
        best = _clear_winner(e, ranked(MIN_COVERAGE - QUOTED_CLAIM_SLACK), concepts, require)
    if not best and (holder := _HOLDER_ROLE.match(p.text)):
        # "Which Labour MP warned ...?": the kind of speaker is part of the claim; a named
        # speaker of that kind may say it in fewer of the asker's words
        head = holder.group(1).lower().split()[-1]
        best = [(r, s) for r, s in ranked(MIN_COVERAGE - 2 * QUOTED_CLAIM_SLACK) if _speaker_is(e, r, head)]
    if not best:
        return e.nothing(p, "Nothing in the pack says that.")
    top = best[:MAX_EXCERPTS]
    pairs = e.last_pairs()
    partners = sentences_by_id(e.reader, [pairs[r["sid"]] for r, _ in top if r["sid"] in pairs])
    alone = e.search.coverage(concepts, [x for r, _ in top for x in (r["sid"], pairs.get(r["sid"]) or r["sid"])])

    def passage(r) -> list:
        """The sentence and the next one that completes the claim, when the same voice says both;
        two voices: the one that says more of the claim, alone ("...," said A. B said that ...)."""
        partner = partners.get(pairs.get(r["sid"], -1))
        if partner is None:
            return [r]
        if r["source"] and partner["source"] and r["source"] != partner["source"]:
            return [r] if alone[r["sid"]][0] >= alone[partner["sid"]][0] else [partner]
        return [r, partner]

    excerpts, shown = [], set()
    for r, s in top:
        said = passage(r)
        if require and not require <= set().union(*(alone[x["sid"]][1] for x in said)):
            continue  # the figure was in the neighbour another voice said, not in what is shown
        rows = [x for x in said if x["sid"] not in shown]  # a sentence is shown once
        if rows:
            shown.update(x["sid"] for x in rows)
            excerpts.append(span_excerpt(e.reader, rows, s))
    if not excerpts:
        return e.nothing(p, "Nothing in the pack says that.")
    first = excerpts[0]
    a = first.attribution
    note = (f"{a.text} ({a.cue})." if a and a.cue else f"{a.text}." if a else "The article says so in its own voice.")
    return Answer(p.text, "who_said", True, excerpts, note=note)


# "When are the mock elections happening / being held?": when is the answer, not a word of it.
_WHEN_FRAME = frozenset("happen happens happened happening held".split())


# "... as Lib Dem leader", "... as chancellor": the post a question ends on, after the person.
_AS_POST = re.compile(r"(?i)\s+as (?:an? |the |his |her |their )?(?:[\w'’-]+\s+){0,3}[\w'’-]+\W*$")


# "Labour's majority after the election", "Amazon's market value": what someone has, asked by its name.
_OWNED = re.compile(r"(?i)^\s*(?:what(?:'s|’s|s| is| was| were| are| will be)\s+)?(?:the\s+)?(?P<owner>[\w .&-]+?)['’]s?\s+"
                    r"(?P<thing>[\w -]+?)(?=\s+(?:in|at|on|for|of|after|before|during|since|as|over|under|by|from|to|with|and)\b|\W*$)")


# Things someone has that are what they say, worded any way: not a word an answer must hold.
_SAID_THINGS = frozenset("plan plans view views position stance policy policies line aim aims goal goals link links "
                         "relationship relations ties connection figure figures number numbers claim claims response "
                         "reaction role part record comments remarks words message argument case point answer idea "
                         "ideas proposal proposals vision strategy approach attitude thoughts opinion verdict".split())


def _owned_thing(e: Engine, text: str, concepts: list[Concept]) -> set[str]:
    """"What was Labour's majority after the election?": the majority is what is asked; a
    sentence on Labour and the election that never gives one is no answer, nor one that gives
    someone else's."""
    m = _OWNED.match(text or "")
    owner = e.resolve_one(m.group("owner")) if m and ("'" in text or "’" in text) else None
    head = (content_words(m.group("thing")) or [""])[-1] if owner is not None else ""
    if head in _SAID_THINGS:
        return set()  # "Howard's plan for ...", "the TUC's figure": what they said, in any words
    thing = {c.label for c in concepts if not c.actor_ids and head and head in c.label.split()}
    return thing | {c.label for c in concepts if owner is not None and owner.id in c.actor_ids} if thing else set()


# "What is the capital of New Zealand?": a thing of a place, asked by its name.
_THING_OF = re.compile(r"(?i)^\s*what(?:'s|’s|s| is| was| are| were)\s+the\s+(?P<thing>[a-z]+)\s+of\s+(?P<owner>[\w .'’-]+?)\W*$")


def thing_of_place(e: Engine, text: str) -> re.Pattern | None:
    """"The capital of New Zealand" must be printed as that place's ("capital of New Zealand",
    "New Zealand's capital"): "New Zealand ... the whale stranding capital of the world" names
    both and answers nothing. The pattern an answer must match, when a place is asked for such a thing."""
    m = _THING_OF.match(text)
    place = e.resolve_one(m.group("owner")) if m else None
    if place is None or place.kind != "place" or m.group("thing").lower() in _SAID_THINGS:
        return None
    thing = re.escape(m.group("thing").lower()) + r"s?"
    names = "|".join(sorted({re.escape(n) for n in {place.name, *place.aliases} if len(n) > 2}, key=len, reverse=True))
    return re.compile(rf"(?i)\b{thing}\s+of\s+(?:the\s+)?(?:{names})\b|\b(?:{names})(?:['’]s?)?\s+(?:[\w-]+\s+)?{thing}\b")


def _done_before_post(e: Engine, text: str | None, extra_stop: frozenset[str] = frozenset()) -> set[str]:
    """"When did Kennedy resign as Lib Dem leader?": the post says who he is, and "Lib Dem
    leader Charles Kennedy" covering it is no answer; what he did (resign) must be said."""
    m = _AS_POST.search(text or "")
    if not m or not e.actors.find_in(text[:m.start()]):
        return set()
    return {c.label for c in e.concepts(text[:m.start()], extra_stop) if not c.actor_ids}


# A when-question about something done, and the words that put a deed in the future or in
# another's mouth: "urged Yoon to step down", "the only way ... is to resign".
_PAST_ASKED = re.compile(r"(?i)\s*when (?:did|was|were|has|have|had)\b")
_URGED = re.compile(r"(?i)\b(?:urged?|urging|calls? (?:on|for)|called (?:on|for)|calling (?:on|for)|demand(?:s|ed|ing)?|"
                    r"asked|ask(?:s|ing)?|wants?|wanted|pressed|pressure[sd]?|pressing|should|must|"
                    r"refused?|refusing|is to|are to|way [^.]{0,60}? is to|"
                    r"would|planned to|intends? to|intended to|intention|promise[sd]?|pledge[sd]?|vow(?:s|ed)?|"
                    r"likely|unlikely|expected to|set to|due to|could|might|plans?|proposals?|bid|attempts?|efforts?|"
                    r"threatened to|going to)\b[^.;]{0,40}$")


_PASSIVE_ASKED = re.compile(r"(?i)\s*when (?:was|were)\b.*\b\w+(?:ed|en)\W*$")


def _doers_of(e: Engine, sentence_ids: list[int], actor_ids: set[int], words: list[str]) -> set[int]:
    """Sentences where the actor asked about does the deed asked about to others: asked what was
    done to them, those tell the opposite."""
    if not sentence_ids or not actor_ids or not words:
        return set()
    stems = [w.rstrip("*").lower()[:5] for w in words if len(w.rstrip("*")) >= 4]
    rows = e.reader.all(
        "SELECT e.sentence_id, e.action, coalesce(e.object_text, '') AS obj FROM events e JOIN event_actors ea ON ea.event_id = e.id"
        f" WHERE ea.role = 'subject' AND ea.actor_id IN ({placeholders(actor_ids)}) AND e.sentence_id IN ({placeholders(sentence_ids)})",
        list(actor_ids) + list(sentence_ids))
    return {r["sentence_id"] for r in rows
            if any(st in w.lower()[:len(st) + 3] for st in stems for w in (r["action"] + " " + r["obj"]).split())}


def _only_urged(text: str, words: list[str]) -> bool:
    """Every mention of what was asked is wished, urged, refused or only promised ("he would
    step down"), never done."""
    spots = [m.start() for w in words if w and not w.endswith("*")
             for m in re.finditer(r"(?i)\b" + r"\W+".join(map(re.escape, w.split())) + r"\w*", text)]
    return bool(spots) and all(_URGED.search(text[max(0, i - 60):i]) for i in spots)


def when(e: Engine, p: Parsed) -> Answer:
    # "When did Labour last hold its conference in Manchester?": "the first time since 1917"
    last = bool(_LAST_DONE.search(p.text))
    frame = _WHEN_FRAME | ({"last"} if last else set())
    concepts = e.concepts(p.topic, frame)
    if not concepts:
        return e.nothing(p)
    best = e.best(concepts, subjects=_actor_ids(concepts), require=_done_before_post(e, p.topic, frame) or None)
    # "When did Mugabe flee to South Africa?": what was done is asked, and a sentence naming
    # only who and where ("South Africa said Mr Mugabe ...") does not say it
    deed = [c for c in concepts if not c.actor_ids and not YEAR.fullmatch(c.label)]
    if deed and len(deed) < len(concepts):
        labels = e.last_labels()
        best = [(r, s) for r, s in best if labels.get(r["sid"], set()) & {c.label for c in deed}]
    # ... and where it was done: "visit Nigeria" is not answered by "touring Africa" (the doer,
    # named first, may be told by its leader: "the US" by "President Bill Clinton")
    places = {c.label for c in concepts[1:] if any(e.actors.by_id[a].kind == "place" for a in c.actor_ids if a in e.actors.by_id)}
    if places:
        labels = e.last_labels()
        best = [(r, s) for r, s in best if places <= labels.get(r["sid"], set())]
    # "When did Blunkett become an MP?" is not answered by when Hague did: a person asked about
    # is named by the sentence (or by its headline, the story being about them)
    people = {c.label for c in person_concepts(e, concepts)}
    best = _naming(e, best, concepts, people, every=True)
    timed = set(_timed_sentences(e, [r["sid"] for r, _ in best]))
    pick = [(r, s) for r, s in best if r["sid"] in timed or _TIME_RX.search(r["text"])]
    post = set(content_words(m.group(0))) if (m := _AS_POST.search(p.topic or "")) else set()
    deed = [c for c in deed if not set(c.label.split()) & post]  # "resign", not "as prime minister"
    done: list[str] = []
    if _PAST_ASKED.match(p.text):  # "when did Yoon resign?" is not answered by "urged Yoon to step down"
        # ... the deed is the verb, the first word after the doer ("lift", not "its arms embargo")
        topic = (p.topic or "").lower()
        verbs = sorted((c for c in deed if not c.label.endswith("ly") and c.label in topic), key=lambda c: topic.find(c.label))
        done = [w for c in verbs[:1] for w in c.words]
        pick = [(r, s) for r, s in pick if not _only_urged(r["text"], done)]
        best = [(r, s) for r, s in best if not _only_urged(r["text"], done)]
        if _PASSIVE_ASKED.match(p.text):  # "when was Yoon arrested?" is not "Yoon had ordered the arrest of ..."
            doers = _doers_of(e, [r["sid"] for r, _ in best], _actor_ids(concepts), done)
            pick = [(r, s) for r, s in pick if r["sid"] not in doers]
            best = [(r, s) for r, s in best if r["sid"] not in doers]
    if not pick:  # a "when" answer must say when: in the next sentence, or two sentences together
        # (who did it and what was done in one of them: not Dane in one and Brandt resigning in the next)
        together = people | {c.label for c in deed} if people and deed else set()
        spans = _told_next(e, best[:MAX_EXCERPTS]) or _passages(e, concepts, set(), _TIME_RX, set(content_words(p.topic)),
                                                                together=together)
        if done:  # ... and done there, not only urged or promised
            held = e.search.coverage(concepts, [r["sid"] for rows, _ in spans for r in rows])
            spans = [(rows, sc) for rows, sc in spans
                     if any(together <= held[r["sid"]][1] and not _only_urged(r["text"], done) for r in rows)]
        if people:  # "Orla Finch chairs ... Tobias Crane became an MP in 2001" is not when Finch did
            own = e.search.coverage(concepts, [r["sid"] for rows, _ in spans for r in rows])
            spans = [(rows, sc) for rows, sc in spans if ANAPHOR.match(rows[-1]["text"])
                     or any(people <= own[r["sid"]][1] for r in rows if _TIME_RX.search(r["text"]))]
        if spans:
            return Answer(p.text, "when", True, [span_excerpt(e.reader, rows, sc) for rows, sc in spans])
        return e.nothing(p, "The pack does not say when." if best else NOTHING)
    # of equals, the sentence whose dated event joins the actors asked about: "Gordon Brown will
    # deliver his Budget ... on 16 March" before a quote that mentions both in passing
    joined = _dated_events_joining(e, [r["sid"] for r, _ in pick], concepts)
    # "Since Assad's ouster, Israel has ..." dates other things by the event asked about
    if last and not any(_FIRST_SINCE.search(r["text"]) for r, _ in pick):
        pick = _first_since(e, pick) + pick
    pick.sort(key=lambda x: (last and not _FIRST_SINCE.search(x[0]["text"]), _only_since(x[0]["text"]),
                             -round(x[1], 3), -joined.get(x[0]["sid"], 0)))
    if _wh(p.text) == "clock":  # "What time ...?": a clock time comes first, "at 1230 GMT", not "on 16 March"
        clock = _ANSWER_TYPES["clock"]
        pick.sort(key=lambda x: not clock.search(x[0]["text"]))
    top = pick[:MAX_EXCERPTS]
    event = e.reader.one("SELECT time_text, date FROM events WHERE sentence_id = ? AND time_text IS NOT NULL"
                            " ORDER BY id LIMIT 1", [top[0][0]["sid"]])
    note = ""
    if event:
        note = f"{event['time_text'][0].upper()}{event['time_text'][1:]}" + (f" ({event['date']})" if event["date"] else "") + "."
    return Answer(p.text, "when", True, [excerpt(r, s) for r, s in top], note=note)


# "when did X last ...": the verb's "last", not "last year"; answered by "the first time since".
_LAST_DONE = re.compile(r"(?i)\b(?:did|does|was|were|has|have|had)\b.*\blast\b(?! (?:year|week|month|night|time|summer|"
                        r"autumn|winter|spring|election|general election|decade|century|day|weekend)\b)")
_A_YEAR = re.compile(rf"\b{YEAR.pattern}\b")
_FIRST_SINCE = re.compile(r"(?i)\b(?:first|last) time (?:since|in|was)\b|\bfor the first time since\b|\blast (?:did|held|took|was)\b")


def _first_since(e: Engine, pick: list) -> list:
    """In the story of the best answer, the sentence that says when it last happened in other
    words: "The Labour Party will hold its conference in Manchester ... It will be the first
    time since 1917 that the party has chosen Manchester"."""
    if not pick:
        return []
    top, score = pick[0]
    rows = e.reader.all("SELECT id FROM sentences WHERE article_id = ? AND id BETWEEN ? AND ?",
                        [top["article_id"], top["sid"] - 3, top["sid"] + 3])
    found = sentences_by_id(e.reader, [r[0] for r in rows if r[0] != top["sid"]])
    return [(r, score) for _, r in sorted(found.items())
            if _FIRST_SINCE.search(r["text"]) and _A_YEAR.search(r["text"])]


def _only_since(text: str) -> bool:
    """The sentence's one time word is "since", and no date follows it."""
    found = [m.group(0).lower() for m in _TIME_RX.finditer(text)]
    return bool(found) and all(w == "since" for w in found)


# A sentence that goes on with the one before it rather than starting afresh.
ANAPHOR = re.compile(r"(?:That|This|It|He|She|They|These|Those|At that (?:point|time|stage)|After that|Afterwards|The (?:event|meeting|ceremony|launch|visit|talks|rally|"
                     r"summit|conference|gathering|protest|march|debate|hearing|trial|vote|ballot|move|decision))\b")


def _dated_events_joining(e: Engine, sentence_ids: list[int], concepts: list[Concept]) -> dict[int, int]:
    """For each sentence, how many of the question's concepts its dated events name as their
    subject or object (an actor, or a word of the subject's or object's text)."""
    if not sentence_ids:
        return {}
    joined: dict[int, set[str]] = {}
    events = e.reader.all(
        "SELECT e.id, e.sentence_id, lower(coalesce(e.subject_text, '') || ' ' || coalesce(e.object_text, '')) AS said"
        f" FROM events e WHERE e.time_text IS NOT NULL AND e.sentence_id IN ({placeholders(sentence_ids)})", sentence_ids)
    if not events:
        return {}
    ids = [r["id"] for r in events]
    actors_of: dict[int, set[int]] = {}
    for event_id, actor_id in e.reader.all(
            f"SELECT event_id, actor_id FROM event_actors WHERE event_id IN ({placeholders(ids)})", ids):
        actors_of.setdefault(event_id, set()).add(actor_id)
    for r in events:
        words = set(re.findall(r"\w+", r["said"]))
        for c in concepts:
            if c.actor_ids & actors_of.get(r["id"], set()) or any(w in words for w in c.words):
                joined.setdefault(r["sentence_id"], set()).add(c.label)
    return {sid: len(labels) for sid, labels in joined.items()}


def _told_next(e: Engine, best: list, holds=_TIME_RX.search) -> list:
    """Sentences covering the question whose answer is told by the next sentence, which goes
    on with them: "... Jane Campbell, the first woman ever to divorce her husband. That happened
    in 1801 ...", "... the rarely used Royal Prerogative ... It is only the 13th time ...". The
    first sentence alone covers the question; the second only gives the answer."""
    nxt = sentences_by_id(e.reader, [r["sid"] + 1 for r, _ in best])
    out = []
    for r, score in best:
        after = nxt.get(r["sid"] + 1)
        if (after is not None and after["article_id"] == r["article_id"] and ANAPHOR.match(after["text"])
                and holds(after["text"])):
            out.append(([r, after], score))
    return out


def _timed_sentences(e: Engine, sentence_ids: list[int]) -> list[int]:
    if not sentence_ids:
        return []
    return [r[0] for r in e.reader.all(
        f"SELECT DISTINCT sentence_id FROM events WHERE time_text IS NOT NULL AND sentence_id IN ({placeholders(sentence_ids)})",
        sentence_ids)]


def happened(e: Engine, p: Parsed) -> Answer:
    text = " ".join(x for x in (p.who, p.topic, p.time) if x)
    concepts = e.concepts(text, frozenset({"since", "last", "during", "after", "before", "done"}))
    if not concepts:
        return e.nothing(p)
    best = e.best(concepts, subjects=_actor_ids(concepts[:1]))
    if p.time:
        month = next((m for m in MONTHS if m in p.time.lower()), None)
        if month:
            extra = e.reader.all(
                "SELECT e.sentence_id FROM events e WHERE lower(e.time_text) LIKE ? ORDER BY e.sentence_id",
                [f"%{month}%"])
            have = {r["sid"] for r, _ in best}
            rows = sentences_by_id(e.reader, [e[0] for e in extra if e[0] not in have])
            best = sorted(best + [(r, 1.0) for r in rows.values()], key=lambda x: x[0]["sid"])
    if not best:
        return e.nothing(p)
    return Answer(p.text, "events", True, [excerpt(r, s) for r, s in best[:MAX_EXCERPTS + 2]])


def search(e: Engine, p: Parsed) -> Answer:
    """Anything else: the sentences that cover the question best, preferring those that hold
    the kind of thing asked for (a number for 'how much', a reason for 'why' ...)."""
    text = p.topic or p.text
    wh = _wh(p.text)
    # "according to the ACLU piece": which article, not a word its sentences must hold
    text, only = in_named_article(e, text)
    # "How big is the estate?": 'big' asks for a size, the article gives "140,000-acre"; "Which
    # leaders did Blair meet?": 'leaders' is what the answer names ("Silvio Berlusconi").
    how_much = re.match(r"(?i)\s*how much\b", p.text)  # "how much are fishermen paid": 'paid' stays a word of it
    frame = _FRAME_WORDS | _TIME_TAKEN if wh == "duration" else \
        _FRAME_WORDS if wh in ("how much", "age", "distance", "clock") or how_much else \
        _MONEY_WORDS if wh == "money" else \
        frozenset(("go", "goes", "went", "result", "outcome")) if wh == "tally" else \
        frozenset(("verdict", "verdicts")) if wh == "verdict" else \
        frozenset(("called", "named", "renamed", "name")) if wh == "name" else frozenset()
    if which := re.match(r"(?i)\s*which (\w+)", p.text):
        frame = frame | {which.group(1).lower()}
    if re.match(r"(?i)\s*where\b", p.text) and wh is None:
        frame = frame | {"stand", "stood", "standing"}  # where X stands is the answer, not a word of it
    if told := _TOLD_BY.search(p.text):
        frame = frame | {told.group(1).lower()}  # "How big a cap does the commission suggest?": who tells, not what
    if _HAPPENED.match(p.text):
        frame = frame | {"happened", "happend", "happen", "happens", "went", "going"}  # what happened is the answer, not a word of it
    if only:
        # "which browser does the ACLU piece on Facebook tracking non-users recommend": in the
        # article named, what it is about and what it does ("recommend", "call") pick no sentence
        frame = frame | _ARTICLE_ACTS | set(content_words(" ".join(
            r["title"] for r in e.reader.all(f"SELECT title FROM articles WHERE id IN ({placeholders(only)})", only))))
    concepts = e.concepts(text, frame)
    if len(concepts) == 1 and not concepts[0].actor_ids and not only:
        # One ordinary word: "sanctions" is a topic to brief on; "Is it true?" asks nothing we hold.
        if len(p.text.split()) <= 3 and not QUESTION_START.match(p.text) and re.fullmatch(r"[\w\s'’-]+", p.text):
            from bot.answer.pack import briefing
            return briefing(e, Parsed("briefing", p.text, topic=text))
        return e.nothing(p)
    # A person the question names must be in the answer: coverage alone can pick a sentence
    # that shares the other words but is about someone else.
    people = {c.label for c in person_concepts(e, concepts)}
    # ... and so must a year or a share it names: turnout "in 2001" does not answer for 1997, nor "75%" for "a third",
    # and what it asks someone did or has
    required = {c.label for c in concepts if YEAR.fullmatch(c.label) or c.label.startswith("share:")}
    done = _done_before_post(e, text, frame) if wh in ("how much", "money", "tally") else set()
    required |= done  # "how much is Howard paid as Tory leader": paid, said of him
    required |= _owned_thing(e, text, concepts)
    # "What happened to Michael Ferguson?": a sentence where he does or undergoes something
    # ("escaped"), before those where others speak of him
    subjects = _happened_to(e, p.text)
    best = e.best(concepts, require=required or None, article_ids=only, subjects=subjects)
    if subjects:  # ... told in the article's own voice before another's ("Police said Ferguson ...")
        does = e.subject_sentences(subjects, [r["sid"] for r, _ in best])
        best.sort(key=lambda x: (-round(x[1] + (SUBJECT_BONUS if x[0]["sid"] in does else 0.0) + _lead(x[0]), 3),
                                 x[0]["source"] is not None))
    if not best and which:
        # "Which browser is best for privacy?": the answer may name the kind itself ("the most
        # privacy-preserving browser is the Tor Browser"); then the word is a concept like any other.
        concepts = e.concepts(text, frame - {which.group(1).lower()})
        best = e.best(concepts, require=required or None, article_ids=only)
    best = _naming(e, best, concepts, people, every=False)
    wanted = _ANSWER_TYPES.get(wh)
    if wh == "how much" and _SIZE_ASKED.match(p.text):
        wanted = _AMOUNT  # "How big a cap ...?": a figure, not "would first have to be" (but "how many
        # Tories have defected?" may be told as "the third Tory to defect")

    def counts_asked(text: str) -> bool:
        """"How many votes did she win?" is not answered by "two white and five ethnic minority
        women": a count in words must count what was asked."""
        counted = re.match(r"(?i)\s*how many (\w+)", p.text)
        if not counted or re.search(r"\d", text):
            return True
        return _counts(text, set(expand(counted.group(1).lower())) | {counted.group(1).lower()}, in_words=True)

    if wanted is not None and wh != "why":
        # "How many ...", "When ...", "Where ...": an answer must hold a number, a time, a place,
        # and one the question did not bring itself ("from Obama" is not where Obama went).
        # ... counting what was asked in its spelt-out words too: "how many Asbos" -> "2,600
        # anti-social behaviour orders"
        asked = set(content_words(text)) | {w for c in concepts for x in c.spelt for w in content_words(x)}
        covering = best
        best = [(r, s) for r, s in best if _holds(wanted, r["text"], asked)
                or wh == "how much" and _counts(r["text"], asked)]
        best = [(r, s) for r, s in best if counts_asked(r["text"])]
        if wh == "age":  # the age beside the asked person's name, not the burglar's in his story
            ids = {a for c in concepts for a in c.actor_ids}
            best = [(r, s) for r, s in best if _beside_name(e, wanted, r["text"], ids)]
        # (what someone is paid is said of them, in the sentence that gives the sum)
        best += _in_whole_articles(e, concepts, wanted, asked, {r["sid"] for r, _ in best}, people,
                                   required | (people if done else set()))
        # "What was the turnout in Erewash?": not the national figure; "What did Verizon pay for
        # AOL?": not what it paid for Yahoo. The places (and, for a sum, the parties) asked about are named.
        best = _naming_all(e, best, concepts, p.text, wh == "money")
        if not best:
            best = _under_headlines(e, concepts, people, lambda text: _holds(wanted, text, asked), required)
        if not best and (told := _told_next(e, covering[:2 * MAX_EXCERPTS], lambda text: _holds(wanted, text, asked))):
            return Answer(p.text, "search", True, [span_excerpt(e.reader, rows, sc) for rows, sc in told])
        if not best and wh == "name":
            best = covering  # "his new party, Veritas": a name given without the word "called"
    if not best:
        spans = [(rows, sc) for rows, sc in _passages(e, concepts, people | required, wanted if wh != "why" else None,
                                                       set(content_words(text)), together=done | people if done else set())
                 if counts_asked(" ".join(r["text"] for r in rows))]
        if spans:
            if _HAPPENED.match(p.text):
                spans.sort(key=lambda x: _to_come(" ".join(r["text"] for r in x[0])))
            return Answer(p.text, "search", True, [span_excerpt(e.reader, rows, sc) for rows, sc in spans])
        caps = [w for w in re.findall(r"\b[A-Z][\w'’-]+", text)][1:]
        return e.nothing(p, suggest=" ".join(caps) if caps else None)
    if wanted is not None:
        # of equals, a number counting what was asked first: "529 quangos" before "at least 111 of the bodies"
        many = bool(re.match(r"(?i)\s*how many\b", p.text))

        def typed(text: str) -> float:  # ... and an amount in digits before a word that may be one ("first")
            counts = many and (_counts(text, asked) or _counts(text, asked, in_words=True, exact=True))
            if not wanted.search(text) and not counts:
                return 0.0
            digits = wh in ("how much", "money") and any(re.search(r"\d", m.group(0)) for m in wanted.finditer(text)) or counts
            return ANSWER_TYPE_BONUS * (1.5 if digits else 1.0)
        best.sort(key=lambda x: -(x[1] + typed(x[0]["text"])))
    elif re.match(r"(?i)\s*(?:who|whom)\b", p.text) or which:
        # "Who is standing against Ingram?", "Which leaders did Blair meet?": the answer names
        # someone the question does not.
        named = _names_someone_new(e, [r["sid"] for r, _ in best], {a for c in concepts for a in c.actor_ids})
        kind = re.compile(r"(?i)\b" + re.escape(which.group(1)) + r"(?:s|es)?\b") if which else None
        if kind:  # "Which regiment ...?": a sentence of the story that names a regiment comes first
            best += _in_whole_articles(e, concepts, kind, set(content_words(text)), {r["sid"] for r, _ in best}, people)
        best.sort(key=lambda x: (bool(kind) and not kind.search(x[0]["text"]),
                                 x[0]["sid"] not in named, -x[1]))  # naming nobody answers no "who"
    elif _HAPPENED.match(p.text):
        best.sort(key=lambda x: (_to_come(x[0]["text"]), -round(x[1] + _lead(x[0]), 3)))
    elif m := _WHAT_IS.match(p.text):
        # "What's Labour's election slogan?": the sentence that gives it ('slogan will be: "..."')
        # before one that only talks about it ("the slogan was the reaction to polling").
        gives = re.compile(r"(?i)\b" + re.escape(m.group(1)) + r"s?\b\W{0,3}(?:(?:will|would) be|is|was|are|were|"
                           r"called|named|reads?)?\W{0,3}[\"“‘]")
        best.sort(key=lambda x: -(x[1] + (ANSWER_TYPE_BONUS if gives.search(x[0]["text"]) else 0.0)))
    return Answer(p.text, "search", True, [excerpt(r, s) for r, s in best[:MAX_EXCERPTS]])


# What an article does with what it says: "which browser does the piece recommend / call the best".
_ARTICLE_ACTS = frozenset("recommend recommends recommended say says said call calls called rate rates rated describe "
                          "describes described suggest suggests suggested".split())


# "What happened at the talks?": what was done comes before what "will take place this weekend".
_HAPPENED = re.compile(r"(?i)\s*what (?:has |had |have )?(?:happened|happend|happens|went on|is going on|was going on)\b")
_FUTURE = re.compile(r"(?i)\b(?:will|shall|is to|are to|is due to|are due to|is expected to|are expected to|plans? to)\b")
_PAST = re.compile(r"(?i)\b(?:has|have|had|was|were|did)\b")


def _happened_to(e: Engine, question: str) -> set[int] | None:
    """The actor "what happened to ..." asks about, when the question names them and no thing
    of theirs ("to Lord Dubs' bill", "to the vote to impeach Yoon" ask about a bill, a vote)."""
    m = re.match(r"(?i)\s*what (?:has |had )?happened to (.+?)(?:\s+(?:in|at|on|after|before|during|since|when|over|last|this)\b.*)?\W*$",
                 question)
    actor = e.exact_actor(m.group(1)) if m else None
    return {actor.id} if actor is not None else None


def _lead(row) -> float:
    """A story's opening sentence tells what happened; later ones tell around it. One that
    opens on a speaker ("Police said X was dangerous") tells what someone said instead."""
    opens_on_speaker = bool(row["source"]) and fold(row["text"]).startswith(fold(row["source"]))
    return LEAD_BONUS if row["paragraph"] == 1 and row["sentence"] == 1 and not opens_on_speaker else 0.0


def _to_come(text: str) -> bool:
    return bool(_FUTURE.search(text)) and not _PAST.search(text)


# "What's Labour's election slogan?": a thing the article may give in quotation marks.
_WHAT_IS = re.compile(r"(?i)^\s*what(?:'s|’s| is| was| will be| are| were)\s+(?:[\w'’-]+\s+){0,4}?(\w{3,})\W*$")


# "the ACLU piece", "the Guardian article", "Gillmor's blog post", "the ACLU technologist": an
# article by its outlet, its web site or its author.
_ARTICLE_REF = re.compile(r"(?i)[,;]?\s*\b(?:(?:according to|in|from|by|does|did|do)\s+)?(?:the\s+)?"
                          r"(?P<name>[\w.'’&-]+(?:\s+[\w.'’&-]+){0,2}?)(?:['’]s)?\s+"
                          r"(?:piece|article|story|blog post|blog|op-ed|column|write-up|feature|writer|author|columnist|blogger|"
                          r"technologist)\b(?:\s+(?:say|says|said))?")


def in_named_article(e: Engine, text: str) -> tuple[str, list[str] | None]:
    """The question without its reference to an article of the pack, and that article."""
    for m in _ARTICLE_REF.finditer(text):
        name = fold(m.group("name"))
        ids = [a for a, marks in e.cached("article_marks", lambda: _article_marks(e)).items()
               if name in marks or any(mark.endswith(" " + name) for mark in marks)]  # "the Gazette": Wendham Gazette
        if ids:
            return (text[:m.start()] + " " + text[m.end():]).strip(), ids
    return text, None


def _article_marks(e: Engine) -> dict[str, set[str]]:
    """What each article may be called by: its outlet, its site ("aclu" of www.aclu.org), its
    author's full name and surname."""
    out: dict[str, set[str]] = {}
    for r in e.reader.all("SELECT id, outlet, author, url FROM articles"):
        marks: set[str] = set()
        if r["outlet"]:
            marks |= {fold(r["outlet"]), fold(r["outlet"]).removeprefix("the ")}
        if r["url"] and (host := re.match(r"(?i)^\w+://(?:www\.)?([^/:]+)", r["url"])):
            site = host.group(1).lower().split(".")[0]
            marks |= {site, site.removeprefix("the")}  # "theguardian"
        for author in re.split(r",| and ", r["author"] or ""):
            if author.strip():
                marks |= {fold(author), fold(author).split()[-1]}
        out[r["id"]] = marks
    return out


def person_concepts(e: Engine, concepts: list[Concept]) -> list[Concept]:
    """The concepts that name a person."""
    return [c for c in concepts if any(e.actors.by_id[a].kind == "person" for a in c.actor_ids if a in e.actors.by_id)]


def _naming(e: Engine, best: list, concepts: list[Concept], people: set[str], every: bool) -> list:
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
    return [(r, s) for r, s in best if names(r["sid"]) or r["article_id"] in headlined]


def _naming_all(e: Engine, best: list, concepts: list[Concept], question: str, money: bool) -> list:
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

    def names(r) -> bool:
        if len(labels[r["sid"]][1]) == len(named) or r["article_id"] in headlined:
            return True
        around = [i for i in (r["sid"] - 1, r["sid"] + 1, leads.get(r["article_id"], -1))
                  if e.search.article_of(i) == r["article_id"]]
        return set().union(labels[r["sid"]][1], *(labels[i][1] for i in around)) >= {c.label for c in named} \
            and {c.label for c in paid_for} <= labels[r["sid"]][1]
    return [(r, s) for r, s in best if names(r)]


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


def _passages(e: Engine, concepts: list[Concept], people: set[str], wanted: re.Pattern | None,
              asked: set[str], together: set[str] = frozenset()) -> list:
    """The fallback when no sentence covers the question alone: two adjacent sentences that do
    together, holding the kind of answer asked for when one is asked for (and `together`, what
    is done and who does it, in one of them)."""
    out = []
    for rows, score in e.passages(concepts, require=people or None, together=together):
        if wanted is None or _holds(wanted, " ".join(r["text"] for r in rows), asked):
            out.append((rows, score))
    return out[:MAX_EXCERPTS]


def _under_headlines(e: Engine, concepts: list[Concept], people: set[str], holds, require: set[str] = frozenset()) -> list:
    """Sentences that answer with their headline's help, holding what is asked for, and naming
    the person asked about themselves (and the required concepts)."""
    found = e.under_headlines(concepts, min_cov=MIN_COVERAGE - ARTICLE_SLACK)
    labels = e.last_labels()
    return [(r, s) for r, s in found if holds(r["text"]) and (not people or labels.get(r["sid"], set()) & people)
            and require <= labels.get(r["sid"], set())]


def _names_someone_new(e: Engine, sentence_ids: list[int], asked: set[int]) -> set[int]:
    """Sentences that mention a person or body the question did not name."""
    if not sentence_ids:
        return set()
    rows = e.reader.all(f"SELECT sentence_id, actor_id FROM mentions WHERE sentence_id IN ({placeholders(sentence_ids)})",
                        sentence_ids)
    return {r[0] for r in rows if r[1] not in asked and e.actors.by_id.get(r[1]) is not None
            and e.actors.by_id[r[1]].kind in ("person", "organization", "group")}


def _beside_name(e: Engine, wanted: re.Pattern, text: str, actor_ids: set[int]) -> bool:
    """An answer of the wanted kind right beside one of the actors' names: "Lynton Crosby, 48,"
    (just after it), "the 16-year-old burglar Fred Barras" (a few words before it)."""
    names = {n for a in actor_ids if a in e.actors.by_id for n in e.actors.by_id[a].aliases if len(n) > 2}
    if not names:
        return False
    name = re.compile(r"(?i)\b(?:" + "|".join(r"\W+".join(map(re.escape, n.split())) for n in names) + r")\b")
    spots = [(m.start(), m.end()) for m in name.finditer(text)]
    return any(0 <= a.start() - end <= 3 or 0 <= start - a.end() <= 25
               for a in wanted.finditer(text) for start, end in spots)


# A number and the words after it: in digits ("16 other Lib Dem MPs") or in words ("five
# shields", "dozens of protesters"; a lookahead, so "two men and five women" counts both).
_VAGUE_COUNTS = frozenset("hundred hundreds thousand thousands million millions dozen dozens several".split())
_DIGIT_COUNT = re.compile(r"\b(\d[\d,.]*)((?:\s+[A-Za-z]+){1,3})")
_WORD_COUNT = re.compile(r"(?i)\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                         r"fifty|hundreds?|thousands?|millions?|dozens?|several)\b(?=((?:\s+(?:of\s+)?[\w-]+){1,3}))")


def _counts(text: str, asked: set[str], in_words: bool = False, exact: bool = False) -> bool:
    """A number counting what the question counts: "How many householders ...?" -> "only 11
    householders" (a number the question brought itself, "15 years", is no answer). Exact: a
    number, not "thousands of"."""
    for m in (_WORD_COUNT if in_words else _DIGIT_COUNT).finditer(text):
        if exact and m.group(1).lower() in _VAGUE_COUNTS:
            continue
        if m.group(1).lower() not in asked and asked & set(m.group(2).lower().split()):
            return True
    return False


def _holds(wanted: re.Pattern, text: str, asked: set[str]) -> bool:
    """The sentence holds an answer of the wanted kind that is not a word of the question."""
    for m in wanted.finditer(text):
        words = set(content_words(m.group(0)))
        if not words or not words <= asked:
            return True
    return False


def _in_whole_articles(e: Engine, concepts: list[Concept], wanted: re.Pattern, asked: set[str],
                       have: set[int], people: set[str], require: set[str] = frozenset()) -> list:
    """Answers the question's own sentence search missed: in an article that covers every
    concept, a sentence that covers most of them and holds the wanted kind of answer ("The
    papers are believed to have been found ... in a street in Mayfair", in the story of the
    Musharraf papers). Ranked after the sentences that cover the question themselves."""
    pair = len(concepts) == 2 and bool(people)  # "how long has Cunningham been an MP": "He has represented ... since 1970"
    if len(concepts) < 3 and not pair:
        return []
    ids = e.search.candidates(concepts)
    articles = sorted({e.search.article_of(i) for i in ids})
    whole = [a for a, c in e.search.article_coverage(concepts, articles).items() if c >= 1.0 - 1e-9]
    if not whole:
        return []
    # ... and whose headline is about the question, not an aside of a story about something else.
    titles = {r["id"]: set(content_words(r["title"])) for r in e.reader.all(
        f"SELECT id, title FROM articles WHERE id IN ({placeholders(whole)})", whole)}
    whole = [a for a in whole if any(w in titles[a] for c in concepts for x in c.words for w in content_words(x))]
    if not whole:
        return []
    found = e.best(concepts, article_ids=whole, min_cov=0.0 if pair else MIN_COVERAGE - ARTICLE_SLACK,
                   require=(people if pair else set()) | require or None)
    found = [(r, s) for r, s in found if s >= MIN_COVERAGE - ARTICLE_SLACK - 1e-9]
    labels = e.last_labels()
    return [(r, s - ARTICLE_SLACK) for r, s in found
            if r["sid"] not in have and _holds(wanted, r["text"], asked)
            and (not people or labels.get(r["sid"], set()) & people or len(whole) == 1)]


# Words of a "how much / how many / how big" question that ask for the number, not about a topic.
_FRAME_WORDS = frozenset("big large much many long old times often far high tall size number amount quickly fast soon".split())


# "How long did the Commons spend debating the bill?": the time spent is the answer, not a word of it.
_TIME_TAKEN = frozenset("spend spent spending take takes took taken taking last lasts lasted".split())


# A question that ends on who tells it: "... does the Electoral Commission suggest?"
_TOLD_BY = re.compile(r"(?i)\b(?:does|do|did|will|would)\b.*\b(suggest|suggests|suggested|recommend|recommends|recommended|"
                      r"propose|proposes|proposed|think|thinks|predict|predicts|predicted|estimate|estimates|estimated|"
                      r"expect|expects|reckon|reckons|believe|believes|argue|argues|claim|claims)\W*$")


# ... and those of "what did X pay": the article says "bought ... for $13.7 billion".
_MONEY_WORDS = _FRAME_WORDS | frozenset("pay paid paying spend spent spending cost costs price".split())


def _wh(question: str) -> str | None:
    if re.match(r"(?i)\s*(?:how did|how was|what was|what were)\b.*\bvotes?\b", question):
        return "tally"  # "How did the Commons vote go on the bill?": the figures, "297 votes to 203"
    if re.match(r"(?i)\s*what\b.*\b(?:pay|paid|spend|spent|cost|charge|charged|price|worth|fee|sum|salary|salaries|wage|wages)\b", question):
        return "money"  # "What did Amazon pay for Whole Foods?", "What was the asking price?"
    if re.match(r"(?i)\s*how much\b(?! (?:less|more|lower|higher|smaller|bigger|larger)\b).*\b(?:cost|costs|costing|"
                r"price|priced|charge|charged|charging|fee|fees|worth|pay|paid|paying|spend|spent|spending|earn|earns|"
                r"earned|earning|get paid|fined?|fines)\b", question):
        return "money"  # "How much will the new facilities cost?": a sum, not "90% of courts" (but "how
        # much less do women earn?" is a gap: "19% less")
    if m := re.match(r"(?i)\s*what(?: is|'s|s| was| were| are| will be) the (?:final |overall |total |(?:max|maximum|minimum|biggest|largest|highest|top|lowest|smallest) (?:possible )?)?(turnout|death toll|toll|majority|"
                     r"margin|score|tally|cost|price|fine|bill)\b", question):
        # "What was the turnout in ...?": a figure ("fell to 59%"), not "an election was held in 1974"
        return "money" if m.group(1).lower() in ("cost", "price", "fine", "bill") else "how much"
    if re.match(r"(?i)\s*what(?: is|'s| was| were) the (?:final |jury'?s? |court'?s? )?verdict\b", question):
        return "verdict"  # "What was the verdict in the trial?": guilty or cleared, not "are to go on trial"
    if re.match(r"(?i)\s*what (?:size|amount|level|sum|figure)\b", question):
        return "how much"  # "What size of donation cap did the commission float?": "a £10,000 cap"
    if re.match(r"(?i)\s*what (?:share|proportion|percentage|fraction|part) of\b", question):
        return "how much"  # "What share of spending will go on interest?": "13 percent of government spending"
    if NAME_OF.match(question):
        return "name"  # "What will Yahoo be called after the sale?": a name, given as one
    if re.match(r"(?i)\s*how old\b", question):
        return "age"  # "How old is Lynton Crosby?": an age, not any number in his story
    if re.match(r"(?i)\s*where (?:does|do|did|is|are|was|were) .+? (?:stand|stood|standing) (?:on|over|in)\b", question):
        return None  # "Where does Howard stand on stem cell research?": a view, not a place
    if re.match(r"(?i)\s*how far\b(?! (?:has|have|had|did|does|do|will|would|is|are|was|were|can|could) \S+ (?:gone|got|come|go|get))",
                question):
        return "distance"  # "How far is the new HQ from the old one?": "three doors away", not any number
    if re.match(r"(?i)\s*(?:what|which) time\b|\s*at what time\b|\s*what hour\b", question):
        return "clock"  # "What time is the Budget?": "at 1230 GMT", not "on 16 March"
    if re.match(r"(?i)\s*how (?:long|quickly|fast|soon)\b", question):
        return "duration"  # "How long has Mugabe been running Zimbabwe?": "since 1980", "for two years"
    if re.match(r"(?i)\s*where (?:do|does|did|will|would) \S+(?: \S+)? (?:rank|come|finish|place)\b(?! (?:from|out|up))",
                question):
        return "how much"  # "Where does the UK rank for ...?": "third behind Sweden", not a place
    m = re.match(r"(?i)\s*(how (?:much|many|long|big|large|often)|why|where|when|who|whom)\b", question)
    return m.group(1).lower().split()[0] if m and m.group(1).lower().startswith(("why", "where", "when", "who")) \
        else ("how much" if m else None)


# A size or a sum asked for, which no "first" or "twice" tells.
_SIZE_ASKED = re.compile(r"(?i)\s*(?:how (?:big|large|much)|what (?:size|amount|level|sum|figure))\b")

# An amount: a sum, a share, a count, a size.
_AMOUNTS = (r"[£$€¥]\s?\d|\b\d+(?:\.\d+)?p\b|\d[\d,.]*(?:\s*|-)(?:%|per ?cent|percent|million|billion|bn|m\b|k\b|people|years?|"
            r"months?|weeks?|days?|hours?|miles|km|acres?|hectares?|tonnes?|votes?|seats?)|"
            r"\b\d{1,3}(?:,\d{3})+\b|\b\d+-\d+\b|\b\d+(?:st|nd|rd|th)\b|"
            r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundreds?|thousands?|millions?|billions?|dozens?)\b|"
            r"\b(?:less|more|fewer) than \d|\b(?:about|around|nearly|almost|roughly|some|over|under|up to|as many as|at least|at most) \d")
_AMOUNT = re.compile(_AMOUNTS, re.IGNORECASE)

# What a sentence that answers each kind of question usually holds.
_ANSWER_TYPES = {
    "how much": re.compile(_AMOUNTS + r"|\b(?:once|twice|first|second|third|fourth|fifth)\b", re.IGNORECASE),
    "duration": re.compile(r"\bsince (?:\w+ ){0,3}(?:1[6-9]|20)\d\d\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|"
                           r"ten|twelve|eighteen|twenty|thirty|forty|fifty|several|many)[ -](?:years?|months?|weeks?|days?|"
                           r"hours?|decades?)\b(?![- ]old)|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                           r"tenth|\d+(?:st|nd|rd|th)) (?:day|week|month|year)\b|"  # "the seventh week of"
                           r"\b(?:lasted|lasting|lasts|took|takes) (?:about |around |nearly |almost |over |more than |under )?"
                           r"(?:an?|half an?) (?:hour|day|week|month|year|decade)\b", re.IGNORECASE),  # "lasted around an hour"
    "age": re.compile(r"(?<![\d,.£$€])\b\d{1,3}\b(?=,(?!\d))|\baged \d|\bat the age of \d|\b\d{1,3}-year-old|\b\d{1,3} years? old|"
                      r"\bin (?:his|her|their) (?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)",
                      re.IGNORECASE),
    "tally": re.compile(r"\b\d+\s*(?:-|–|votes? to)\s*\d+\b|\b\d[\d,]* of (?:the )?\d[\d,]* (?:votes|ballots)\b|\bmajority (?:of|was (?:cut|reduced) to|fell to) \d+|"
                        r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:votes? )?to "
                        r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|nil|none)\b(?! (?:another|other))",
                        re.IGNORECASE),  # "by an eight to one majority"
    "money": re.compile(r"[£$€¥]\s?\d|\d[\d,.]*\s*(?:million|billion|bn|pounds|dollars|euros|pence|p\b)", re.IGNORECASE),
    "why": re.compile(r"\b(?:because|since|after|amid|over|due to|owing to|following|in protest|for fear|so that|"
                      r"in order to|reason|as a result|citing|blamed|said (?:it|he|she|they) (?:was|were|had))\b", re.IGNORECASE),
    "where": re.compile(r"\b(?:in|at|to|from|near|outside|inside) (?:the )?"
                        r"(?!(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prime|President|Chancellor)\b)[A-Z][\w’'-]+"),  # not "in Mr Brown's stead"
    "distance": re.compile(r"\b(?:\d[\d,.]*|a few|a couple of|one|two|three|four|five|six|seven|eight|nine|ten|dozens? of|"
                           r"hundreds? of|several|many)[ -](?:miles?|km|kilometres?|kilometers?|metres?|meters?|yards?|"
                           r"feet|foot|doors?|streets?|blocks?|minutes?'?s? (?:walk|drive))\b|\bnext door\b", re.IGNORECASE),
    "clock": re.compile(r"\b(?:\d{1,2}[:.]\d\d\s?(?:[ap]\.?m\b\.?|gmt|bst|et|edt|est)?|\d{1,2}\s?[ap]\.?m\b\.?|\d{4}\s?(?:gmt|bst)|"
                        r"midnight|noon|midday)", re.IGNORECASE),
    "when": _TIME_RX,
    "name": re.compile(r"(?i)\b(?:name|names|named|renamed|rename|called|dubbed|known as)\b"),
    "verdict": re.compile(r"(?i)\b(?:guilty|acquitted|acquittal|cleared|convicted|conviction|verdict|jailed|sentenced|"
                          r"found (?:not )?liable|walked free|hung jury)\b"),
}
