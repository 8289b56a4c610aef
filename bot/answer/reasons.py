"""'Why did X do Y?': the reason, which the article gives in X's own words or beside a
reason word, rarely in the sentence that reports Y.

The lead ("Jackson has defected to Labour") repeats the question and answers nothing; the
answer is X's statement in the article about Y ("he was disillusioned with the party's
leadership") or a sentence about X that says why ("for fear of damaging the cause").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.fates import mention_contexts
from bot.answer.lexicon import STATE_POSTS
from bot.answer.statements import quote_runs
from bot.answer.voices import source_sentences
from bot.answer.question import Parsed
from bot.answer.actors import Actor
from bot.answer.search import Concept, fts_term
from bot.answer.thresholds import MIN_COVERAGE, TOPIC_COVERAGE
from bot.answer.words import YEAR, content_words
from bot.index.read import placeholders, sentences_by_id
from bot.model import Answer

if TYPE_CHECKING:
    from bot.answer.engine import Engine

WHY = re.compile(r"(?i)^\s*why\b")
# "due to" before a verb tells what is scheduled, not why: "Michael Howard is due to speak later",
# "who had been due to welcome delegates" (not "postponed due to ill health")
_SCHEDULED = (r"(?:be|speak|meet|make|take|give|start|begin|appear|visit|hold|publish|report|announce|come|go|arrive|"
              r"welcome|address|open|launch|deliver|face|stand|vote|decide|sign|return|end|finish|close|attend|hear|"
              r"rule|retire|leave|unveil|present|set|get|have|run|travel|fly|debate|discuss|consider|receive|complete|"
              r"expire|resume|sit|testify|lead|head|join|marry|step|hand|pass|reach|release)")
# Words that introduce a reason.
REASON = re.compile(r"(?i)\b(?:because|as a result|due to(?! " + _SCHEDULED + r"\b)|owing to|on account of|for fear|in case|in order to|so that(?! (?:makes|made|means|meant|is|was|will)\b)|so as to|in protest|"
                    r"on (?:the )?grounds|for (?:health|personal|family) reasons|prompted|sparked|triggered|"
                    r"the reason|reasons? for|was disillusioned|were disillusioned|more effective|the only way|"
                    r"in a bid to|in an effort to|trying to|could help|would help|will help|aimed at|designed to|intended to|"
                    r"(?:are|is|was|were) (?:all )?thought to contribute|to blame|blamed on|"
                    r"(?:will|would|could) (?:allow|enable) (?:him|her|them|it|us|me) to|"  # what a step lets one do is why it is taken
                    # a journey's purpose: "travelled to Idi Amin's Uganda in 1975 to plead for ..."
                    r"(?:went|gone|going|travell?ed|travell?ing|flew|flown|flying|sailed|drove|came|returned|headed) to "
                    r"[^.;:]{1,60}? to (?!(?:the|a|an|his|her|its|their|this|that|be)\b)[a-z]{3,})\b"
                    r"|, (?:saying|arguing|citing|claiming|insisting)\b")

# Asked why a thing is needed ("why does clarke say he needs the powers"), what it is said to be
# needed for is the reason: "the powers are needed to counter terror threats".
NEED_ASKED = re.compile(r"(?i)\bneed(?:s|ed)?\b")
NEEDED_FOR = re.compile(r"(?i)\b(?:is|are|was|were|be|been) (?:needed|required|necessary) to (?!(?:the|a|an|his|her|its|their|this|that|be)\b)[a-z]{3,}")

# The part of REASON that only reports what someone said around the event.
_SAYING = re.compile(r"(?i), (?:saying|arguing|citing|claiming|insisting)\b")

# ... and what someone was held for, which is the reason whoever reports it ("A party spokesman
# said Nick Griffin was arrested on suspicion of incitement").
CHARGE = re.compile(r"(?i)\b(?:on suspicion of|charged with|convicted of|for allegedly|in connection with)\b")

# Words of a why-question that frame it rather than name the event: "Why does X want Y?"
_WHY_FRAME = frozenset("why want wants wanted think thinks believe believes feel feels".split())

# "Why did X resign ...?": a deed X did, the verb right after X
_DEED_ASKED = re.compile(r"(?i)^\s*why (?:did|has|had) (?P<rest>.+)$")
# ... not a verb that only frames another ("why did Blunkett have to apologise")
_DETERMINERS = frozenset("his her its their the a an my our your".split())
_PARTICLES = frozenset("out down up off back away over".split())
_FRAMING = frozenset("have has had get got need want try make let go come be feel think decide choose "
                     "decided chose chosen agree agreed opt opted".split())  # "why has X agreed to take ...": the deed is the next verb


def _deed_asked(e: Engine, question: str, actor: Actor, actor_ids: set[int]) -> Concept | None:
    """The deed a person is asked to have done, when the question names them as its doer:
    "why did Robert Jackson defect" (not "why did the vote to impeach Yoon fail", nor "why did
    Heath's coalition talks collapse"). The name may be any of the person's spellings ("Damian" or
    "Damien"): the question's words may name another of the actors the concept holds."""
    m = _DEED_ASKED.match(question)
    if m is None or actor.kind != "person":
        return None
    words = re.findall(r"[\w'’.-]+", m.group("rest"))[:6]
    for k in range(min(len(words) - 1, 4), 0, -1):  # the longest name first: "yoon suk yeol resign"
        if not content_words(words[k - 1]):
            continue  # a name ends on a word of its own: "galloway get thrown out" is Galloway, then "get"
        named = e.exact_actor(" ".join(words[:k]))
        if named is not None and named.id in actor_ids:
            verb = words[k].lower()
            nxt = words[k + 1].lower() if k + 1 < len(words) else ""
            if nxt in _PARTICLES:
                verb += " " + nxt       # "pull out", "step down"
            elif nxt in _DETERMINERS:
                return None             # "lose his job": the deed is in its object, told in other words
            return None if verb in _FRAMING else next(iter(e.concepts(verb)), None)
    return None


def _told_doing(e: Engine, actor_ids: set[int], deed: Concept) -> bool:
    """Is the person the doer of the deed somewhere: its word shortly after a mention of them
    (named, or meant by a pronoun: "He quit as deputy chairman") or naming it just before ("the
    defection of one of his MPs, Robert Jackson"), nobody else named between ("Charles Clarke's
    first day ... following David Blunkett's resignation"); or a headline that tells it over a
    story that opens on them ("Tory MP defects to Labour")?"""
    if deed.actor_ids:
        return True     # "why did X meet Y": the deed is a meeting with someone, asked otherwise
    words = "(?i:(?:" + "|".join(re.escape(w.rstrip("*")) for w in deed.words) + r")(?:s|es|d|ed|ion|ions|ing|ting)?)\b"
    free = r"(?:(?!\b(?:[A-Z][a-z]+ [A-Z][a-z]+|Mr|Mrs|Ms)\b)[^.;]){0,40}?"   # (case matters: names)
    after = re.compile(r"^(?!\W*(?:to|would|will|could|should|may|might|must|is to|was to)\b)" + free + r"\b" + words)
    before = re.compile(r"\b" + words + free + r"$")
    leads: set[str] = set()
    for row, _, text_before, text_after in mention_contexts(e, actor_ids):
        if after.search(text_after) or before.search(text_before):
            return True
        if row["paragraph"] <= 2:
            leads.add(row["article_id"])
    leads = sorted(leads)
    titled = [a for a, t in e.reader.all(f"SELECT id, title FROM articles WHERE id IN ({placeholders(leads)})", leads)
              if re.search(r"\b" + words, t)]
    for article in titled:  # ... the first person the story names is them, not their aide
        first = e.reader.one("SELECT m.actor_id FROM mentions m JOIN sentences s ON s.id = m.sentence_id"
                             " JOIN actors a ON a.id = m.actor_id WHERE s.article_id = ? AND a.kind = 'person'"
                             " ORDER BY m.start LIMIT 1", [article])
        if first and first[0] in actor_ids:
            return True
    return False


# Words that join an event to its cause when the sentence tells the event itself.
AFTER = re.compile(r"(?i)\b(?:after|over(?! to\b)|following|amid|in response to)\b")  # ("over to the Labour benches" is where, not why)


def _event_spots(text: str, event: list[Concept]) -> list[int]:
    """Where the sentence words the event asked about (its words, not its actors)."""
    words = [w.rstrip("*") for c in event if not c.actor_ids for w in c.words if len(w.rstrip("*")) >= 3]
    return [m.start() for w in words for m in re.finditer(r"(?i)\b" + r"\W+".join(map(re.escape, w.split())), text)]


def _caused_by_it(text: str, event: list[Concept]) -> bool:
    """The event asked about is told only after "after" or "following": the sentence tells what
    it led to, not what led to it ("The ruling came on Charles Clarke's first day ... following
    David Blunkett's resignation")."""
    joint = AFTER.search(text)
    spots = _event_spots(text, event)
    return bool(joint and spots) and min(spots) > joint.start()


# A person named just before a deed, its doer: "Ms Hughes was forced to resign".
_DOER_NAME = re.compile(r"\b(?:Mr|Ms|Mrs|Miss|Dr|Sir|Lord|Lady) [A-Z][\w'’-]+(?=[^.;,]{0,30}$)")


def _done_by_another(text: str, event: list[Concept], actor: Actor) -> bool:
    """The deed asked about is told of someone else, named just before it: "Having received his
    full backing, Ms Hughes was forced to resign ... over abuses" answers nothing of why he quit."""
    spots = _event_spots(text, event)
    if not spots or actor.kind != "person":
        return False
    names = _DOER_NAME.findall(text[max(0, min(spots) - 40):min(spots)])
    return bool(names) and names[-1].split()[-1].lower() != actor.name.split()[-1].lower()


# Nouns of a local body a place's name may open: "the Clwyd North West constituency party".
_LOCAL_BODIES = frozenset("party council constituency association club branch union authority police".split())


def _place_names_a_body(question: str, actor: Actor) -> bool:
    """'why did meyer's clwyd north west constituency party drop him': a place's name before a
    body's noun names that body, which acts for itself, not a state acting through its government."""
    text = question.lower()
    for name in {actor.name.lower(), *(a.lower() for a in actor.aliases)}:
        at = text.find(name)
        if at >= 0:
            after = text[at + len(name):].split()
            return bool(after) and after[0] in _LOCAL_BODIES
    return False


def why(e: Engine, p: Parsed) -> Answer | None:
    """The reason X did Y, or None to let the ordinary handler answer."""
    concepts = e.concepts(p.text, _WHY_FRAME)
    people = [c for c in concepts if any(e.actors.by_id[a].kind in ("person", "organization", "group")
                                         for a in c.actor_ids)]
    people = people or [c for c in concepts if c.actor_ids]  # "Why is Washington lifting sanctions?"
    if not people:
        return None
    who = people[0]
    actor = e.actors.by_id[min(who.actor_ids, key=lambda a: (-e.actors.by_id[a].mentions, a))]
    event = [c for c in concepts if c is not who]
    if not event:
        return None
    deed = _deed_asked(e, p.text, actor, who.actor_ids)
    if deed is not None and not _told_doing(e, who.actor_ids, deed):
        # "Why did Milburn resign?": the pack never says he did; a reason for something else is no answer
        return e.nothing(p, f"The pack does not say that {actor.name} did that.")
    ids, speakers = source_sentences(e, actor.name)
    ids += _reasoned_mentions(e, {a.id for a in speakers} | who.actor_ids)
    if actor.kind == "person":
        ids += _reasoned_by_post(e, actor, who.actor_ids, event)
    state = actor.kind == "place" and not _place_names_a_body(p.text, actor)
    if state:  # a country acts through its government: any reason in the story
        found = e.search.candidates(event)
        ids += [r[0] for r in e.reader.all(f"SELECT id, text FROM sentences WHERE id IN ({placeholders(found)})", found)
                if REASON.search(r[1])] if found else []
    if not ids:
        return None
    ids = sorted(set(ids))
    mine = {a.id for a in speakers} | who.actor_ids
    rows = sentences_by_id(e.reader, ids)
    articles = sorted({r["article_id"] for r in rows.values()})
    article_cov = e.search.article_coverage(event, articles)
    named = [c for c in event if c.actor_ids]  # "... sanctions on Sudan": a story that names Sudan
    if named:
        whole = e.search.article_coverage(named, articles)
        article_cov = {a: c for a, c in article_cov.items() if whole.get(a, 0.0) >= 1.0 - 1e-9}
    sentence_cov = e.search.coverage(event, ids)
    story = max(article_cov, key=lambda a: article_cov[a], default=None)  # the article most about the event
    scored, occasion, gives = [], {}, {}
    body_person = actor.kind != "person" and _asks_of_its_person(p.text, who.words)
    # the deed asked, where the question names it, is what a cause must come before: "quit", not
    # the post it was quit from ("... first day as home secretary following David Blunkett's resignation")
    told = [deed] if deed is not None and not deed.actor_ids else event
    need = bool(NEED_ASKED.search(p.text))
    for i in ids:
        row = rows[i]
        a_cov, s_cov = article_cov.get(row["article_id"], 0.0), sentence_cov[i][0]
        if a_cov < MIN_COVERAGE:
            continue  # an article about something else
        # X's own words give X's reasons; another speaker's, theirs (and a body's own, where the
        # question asks of its person, "ukip's candidate", "the bnp leader", are not that person's)
        own = row["source_actor"] in mine and not (body_person and row["source_actor"] in who.actor_ids)
        # A country's reasons are voiced by its officials and analysts, a person's by the person.
        reason = (bool(REASON.search(row["text"]) or need and NEEDED_FOR.search(row["text"]))
                  and (own or row["source"] is None or state)
                  and (own or s_cov > 0 or row["article_id"] == story))  # ... and about the event
        reason = reason or bool(CHARGE.search(row["text"])) and s_cov > 0
        full = s_cov >= 1.0 - 1e-9
        # "apologised to MPs after the Home Office announced ...": the event and its cause.
        after = not reason and s_cov >= MIN_COVERAGE and bool(AFTER.search(row["text"])) \
            and not _caused_by_it(row["text"], told) and not _done_by_another(row["text"], event, actor)
        restates = full and not reason and not after  # the lead that only repeats the question
        # "..., saying the suspension was unjust" gives what someone said, a weaker reason than
        # "on the grounds of ill health"
        weak = reason and not REASON.search(_SAYING.sub("", row["text"])) and not CHARGE.search(row["text"]) \
            and not (need and NEEDED_FOR.search(row["text"]))
        score = a_cov + 0.5 * s_cov + ((0.3 if weak else 0.6) if reason or after else 0.0) + (0.3 if own else 0.0) \
            - (0.8 if restates else 0.0)
        scored.append((row, score))
        occasion[row["sid"]] = after  # ... on a tie, a reason word says more: "arrested following the rally" is when
        gives[row["sid"]] = reason or after
    scored = [(r, s) for r, s in scored if s >= MIN_COVERAGE + TOPIC_COVERAGE]
    # "... fall through in 1997?": a reason given for some other year answers nothing.
    years = {c.label for c in event if YEAR.fullmatch(c.label)}
    scored = [(r, s) for r, s in scored if years <= sentence_cov[r["sid"]][1]]
    if not scored:
        return None
    # a sentence that gives a reason (or the occasion: "postponed after he stayed in London") before
    # one that gives none, however close to the question or however much in X's own words: for "why
    # won't Howard promise bigger tax cuts", 'Mr Howard said: "... I am being attacked on one side by
    # people who think we ought to be promising more ..."' gives none; "He defended the package,
    # saying it was a plan for the Tories' first Budget ..." does
    scored.sort(key=lambda x: (not gives[x[0]["sid"]], -round(x[1], 3), occasion[x[0]["sid"]], x[0]["sid"]))
    return Answer(p.text, "why", True, quote_runs(e, scored, rows), [e.card(actor)])


# Posts a body's person holds, named after the body: "ukip's suffolk coastal candidate", "the bnp leader".
_BODY_POSTS = STATE_POSTS | frozenset("candidate chairman chairwoman chair treasurer founder deputy member mp mep msp "
                                      "councillor official".split())


def _asks_of_its_person(question: str, words: list[str]) -> bool:
    """The question names the body only to say which person: "why did ukip's suffolk coastal
    candidate quit" asks of the candidate, not of UKIP."""
    names = [w for w in words if w]
    if not names:
        return False
    return bool(re.search(r"(?i)\b(?:%s)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:%s)\b" % (
        "|".join(re.escape(w.rstrip("*")) for w in names), "|".join(sorted(_BODY_POSTS))), question))


def _reasoned_mentions(e: Engine, actor_ids: set[int]) -> list[int]:
    """Sentences naming the actor that give a reason, whoever says them."""
    if not actor_ids:
        return []
    rows = e.reader.all(
        f"SELECT DISTINCT s.id, s.text FROM mentions m JOIN sentences s ON s.id = m.sentence_id"
        f" WHERE m.actor_id IN ({placeholders(actor_ids)})", list(actor_ids))
    # ... and the next sentence when it goes on about them as "he" or "his", no one else named
    # before it: "Michael Howard, who had been due to welcome delegates ... His welcome address had
    # to be postponed after he stayed in London"
    named = sorted({r[0] for r in rows})
    others = {r[0] for r in e.reader.all(
        f"SELECT DISTINCT m.sentence_id FROM mentions m JOIN actors a ON a.id = m.actor_id WHERE m.sentence_id IN"
        f" ({placeholders(named)}) AND a.kind = 'person' AND m.actor_id NOT IN ({placeholders(actor_ids)})",
        named + list(actor_ids))} if named else set()
    after = [i + 1 for i in named if i not in others and i + 1 not in named]
    rows = list(rows) + [(r[0], r[1]) for r in e.reader.all(
        f"SELECT t.id, t.text FROM sentences t JOIN sentences s ON s.id = t.id - 1 AND s.article_id = t.article_id"
        f" WHERE t.id IN ({placeholders(after)})", after) if _GOES_ON.match(r[1])] if after else list(rows)
    return [r[0] for r in rows if REASON.search(r[1]) or AFTER.search(r[1]) or CHARGE.search(r[1])]


def _reasoned_by_post(e: Engine, actor: Actor, actor_ids: set[int], event: list[Concept]) -> list[int]:
    """Sentences on the event asked that give a reason of the person under the post the stories
    call them by ("the prime minister favours a February poll in order to exploit his lead"), in
    a story that names them, no other person named before the post: a careful reader knows whom
    "the prime minister" is there, though the sentence never names him."""
    posts = sorted({d[4:].strip().lower() for d in actor.descriptions
                    if d.lower().startswith("the ") and len(d) > 6 and fts_term(d[4:])})
    exprs = [x for x in (c.match_expr() for c in event if not c.actor_ids) if x]
    if not posts or not exprs:
        return []
    match = "(" + " OR ".join(fts_term(f"the {p}") for p in posts) + ") AND (" + " OR ".join(f"({x})" for x in exprs) + ")"
    rows = e.reader.all("SELECT s.id, s.text, s.article_id, s.start FROM sentences_fts f JOIN sentences s ON s.id = f.rowid"
                        " WHERE sentences_fts MATCH ? LIMIT 200", [match])
    post = re.compile(r"(?i)\bthe (?:" + "|".join(map(re.escape, posts)) + r")\b")
    spots = {r[0]: r[3] + m.start() for r in rows if REASON.search(r[1]) and (m := post.search(r[1]))}
    if not spots:
        return []
    ids = sorted(spots)
    articles = sorted({r[2] for r in rows if r[0] in spots})
    naming = {r[0] for r in e.reader.all(
        f"SELECT DISTINCT s.article_id FROM mentions m JOIN sentences s ON s.id = m.sentence_id WHERE s.article_id IN"
        f" ({placeholders(articles)}) AND m.actor_id IN ({placeholders(actor_ids)})", articles + sorted(actor_ids))}
    # ... the post's holder is the one named first: "Mr Howard said the prime minister ..." is Mr Howard's
    before = {r[0] for r in e.reader.all(
        f"SELECT m.sentence_id, m.start FROM mentions m JOIN actors a ON a.id = m.actor_id WHERE m.sentence_id IN"
        f" ({placeholders(ids)}) AND a.kind = 'person'", ids) if r[1] < spots[r[0]]}
    return [r[0] for r in rows if r[0] in spots and r[2] in naming and r[0] not in before]


# A sentence that goes on about the person named just before: "His welcome address ...", "He quit ..."
_GOES_ON = re.compile(r"(?:He|She|His|Her)\b")
