"""When something was done, and what happened: dated deeds, told in the past."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answer.asked import ANSWER_TYPES, TIME_RX, asked_kind
from bot.answer.excerpts import excerpt, span_excerpt
from bot.answer.facts import AS_POST, WORDS_ASKED, answer_voice, done_before_post
from bot.answer.outcomes import ANAPHOR, to_come, told_next
from bot.answer.stories import passages, stories_on
from bot.answer.topics import LIGHT_HEADS
from bot.answer.naming import naming, person_concepts
from bot.answer.people import DOER_POSTS
from bot.answer.question import Parsed
from bot.answer.search import LIGHT_VERBS, Concept
from bot.answer.pack import lead_rows
from bot.answer.thresholds import LEAD_SENTENCES, MAX_EXCERPTS, MIN_COVERAGE, NEAR_TIME, NOTHING
from bot.answer.voices import word_in
from bot.answer.words import MONTHS, SPEECH_ACTIONS, STOPWORDS, WEEKDAYS, YEAR, content_words
from bot.index.read import placeholders, sentences_by_id
from bot.model import Answer
from bot.names import fold

if TYPE_CHECKING:
    from bot.answer.engine import Engine


def _actor_ids(concepts: list[Concept]) -> set[int]:
    return {a for c in concepts for a in c.actor_ids}


# "When are the mock elections happening / being held?": when is the answer, not a word of it.
_WHEN_FRAME = frozenset("happen happens happened happening held".split())


# Words between the doer and the deed that are no deed: "when did the US first impose ...".
_NOT_DEEDS = frozenset("first last ever again also still just then finally initially originally eventually "
                       "formally officially actually really time".split())


# Words of a doer's phrase besides names: "the", "BNP leader", "Labour MP".
_DOER_WORDS = frozenset("the a an leader chairman chairwoman president minister secretary chancellor mp mep msp "
                        "mayor chief spokesman spokeswoman boss candidate deputy shadow former prime".split())

# A body of people the topic may open on as its doer, unnamed: "when did police catch X", "when
# did MPs vote on ...", "when did troops leave": the deed is the verb after it.
_BODY_DOERS = frozenset("police detectives officers investigators prosecutors troops soldiers forces mps msps meps peers "
                        "lords ministers officials government councillors council voters judges jury court".split())


def _doer_end(e: Engine, concepts: list, topic: str) -> int:
    """Where the doer the topic opens on ends ("BNP leader Nick Griffin", "the US"): names,
    posts and articles from the start; the deed is asked after them. (A party's name searched
    as a word is a name too: "the Conservatives announce ...")"""
    named = [range(m.start(), m.end()) for c in concepts if c.actor_ids or _body_named(e, c) for w in c.words[:1]
             if (m := re.search(r"\b" + re.escape(w.lower()) + r"\b", topic))]
    end, doer = 0, False
    for m in re.finditer(r"[\w'’-]+", topic):
        if any(m.start() in r for r in named) or not doer and m.group(0) in _BODY_DOERS:
            end, doer = m.end(), True
        elif m.group(0) in _DOER_WORDS:
            end = m.end()
        else:
            break
    return end if doer else -1  # no name first ("a TV debate ... called off"): no deed told apart


def _body_named(e: Engine, c: Concept) -> bool:
    """A word concept that is the whole name of a party or people the pack knows ("conservatives",
    "tories"; not "borders" of "the borders railway", a word that may only qualify the next)."""
    actors = e.actors.alias.get(c.label, [])
    return bool(actors) and all(a.kind == "group" for a in actors)


# A when-question about something done, and the words that put a deed in the future or in
# another's mouth: "urged Yoon to step down", "the only way ... is to resign".
_PAST_ASKED = re.compile(r"(?i)\s*when (?:did|was|were|has|have|had)\b")
_URGED = re.compile(r"(?i)\b(?:urged?|urging|calls? (?:on|for)|called (?:on|for)|calling (?:on|for)|demand(?:s|ed|ing)?|"
                    r"asked|ask(?:s|ing)?|wants?|wanted|pressed|pressure[sd]?|pressing|should|must|"
                    r"refused?|refusing|is to|are to|way [^.]{0,60}? is to|"
                    r"would|planned to|intends? to|intended to|intention|promise[sd]?|pledge[sd]?|vow(?:s|ed)?|"
                    r"likely|unlikely|expected to|set to|due to|could|might|plans?|proposals?|bid|attempts?|efforts?|"
                    r"threatened to|going to|ambitions?|hopes? to|hoping to|hoped to|aspires? to|aspirations?|"
                    r"wish(?:es)? to|wished to)\b[^.;]{0,40}$")


_PARTICIPLE = re.compile(r"(?:ed|en)$")
_PASSIVE_ASKED = re.compile(r"(?i)\s*when (?:was|were)\b.*\b\w+(?:ed|en)\W*$")
_PASSIVE_TO_COME = re.compile(r"(?i)\s*when (?:is|are|will|would|should|could|can|might|must)\b.*\bbe (?:\w+ly )?(?P<verb>\w+(?:ed|en))\W*$")


def _doers_of(e: Engine, sentence_ids: list[int], actor_ids: set[int], words: list[str]) -> set[int]:
    """Sentences where the actor asked about does the deed asked about to others: asked what was
    done to them, those tell the opposite."""
    if not sentence_ids or not actor_ids or not words:
        return set()
    rows = e.reader.all(
        "SELECT e.sentence_id, e.action, coalesce(e.object_text, '') AS obj FROM events e JOIN event_actors ea ON ea.event_id = e.id"
        f" WHERE ea.role = 'subject' AND ea.actor_id IN ({placeholders(actor_ids)}) AND e.sentence_id IN ({placeholders(sentence_ids)})",
        list(actor_ids) + list(sentence_ids))
    return {r["sentence_id"] for r in rows if _does(words, r["action"] + " " + r["obj"])}


def _does(words: list[str], action: str) -> bool:
    """Does an event's action (as lemmas) do one of the deed's words ("resign" in "resign from")?"""
    stems = [w.rstrip("*").lower()[:5] for w in words if len(w.rstrip("*")) >= 4]
    return any(st in w.lower()[:len(st) + 3] for st in stems for w in action.split())


def _done_by_another(e: Engine, sentence_ids: list[int], actor_ids: set[int], words: list[str]) -> set[int]:
    """Sentences where someone else does the deed asked about and the one asked about does not:
    "when did Blair resign" is not "Mr Campbell quit ... after being Tony Blair's right-hand man"."""
    if not sentence_ids or not actor_ids or not words:
        return set()
    rows = e.reader.all(
        "SELECT e.sentence_id, e.action, ea.actor_id FROM events e JOIN event_actors ea ON ea.event_id = e.id"
        " JOIN actors a ON a.id = ea.actor_id"
        f" WHERE ea.role = 'subject' AND a.kind = 'person' AND e.sentence_id IN ({placeholders(sentence_ids)})",
        list(sentence_ids))
    doing = [r for r in rows if _does(words, r["action"])]
    mine = {r["sentence_id"] for r in doing if r["actor_id"] in actor_ids}
    return {r["sentence_id"] for r in doing if r["actor_id"] not in actor_ids} - mine


# "Mr Blair will one day stand down": to come, right before the deed
_WILL = re.compile(r"(?i)\b(?:will|shall)(?:\s+\w+){0,2}\s+$")


def _only_urged(text: str, words: list[str], to_come: bool = True) -> bool:
    """Every mention of what was asked is wished, urged, refused, only promised ("he would
    step down") or, with to_come, to come ("will one day stand down"), never done. ("When did
    Labour last hold its conference in Manchester": "... will hold ... the first time since 1917")"""
    spots = [m.start() for w in words if w and not w.endswith("*")
             for m in re.finditer(r"(?i)\b" + r"\W+".join(map(re.escape, w.split())) + r"\w*", text)]
    return bool(spots) and all(_URGED.search(text[max(0, i - 60):i]) or to_come and _WILL.search(text[max(0, i - 30):i])
                               for i in spots)


# "When is the strike planned for", "when is the ban supposed to come in": the schedule is what
# is asked, not a word the answer holds ("a strike already earmarked for 23 March").
_SCHEDULED = re.compile(r"(?i)\b(?:supposed|meant|planned|scheduled|due|expected|slated|intended)\s+(?:to|for)\b")
# "when did X become the first woman to ...": a first (or only, youngest ...) is told by calling X
# that, not by the verb ("Jane Campbell, the first woman ever to divorce her husband. That
# happened in 1801"); "become prime minister" still asks for the becoming
_BECOME_FIRST = re.compile(r"(?i)\bbec(?:o|a)m(?:e|es|ing)(?= (?:the|a) (?:first|only|last|youngest|oldest)\b)")
# "when was the YouGov poll carried out", "when did the checks take place": a verb that only says the
# event asked about happened; the event is the noun ("YouGov polled ... on 16-18 December")
_TOOK_PLACE = re.compile(r"(?i)\b(?:(?:carry|carries|carried|carrying) out|conducted|undertaken|(?:take|takes|took|taken|taking) place)\b")


# "..., according to the bbc political editor": who tells it, ending the question
_ACCORDING_TAIL = re.compile(r"(?i),?\s+according to (?!(?:whom|who|which|what)\b)(?P<src>\S.*?)\W*$")


def _as_described(text: str) -> str:
    """A description folded as a story may word it: "the BBC's political editor" is "bbc political editor"."""
    words = re.sub(r"['’]s\b", "", fold(text)).split()
    return " ".join(words[1:] if words[:1] in (["the"], ["a"], ["an"]) else words)


def when(e: Engine, p: Parsed) -> Answer:
    answer = _when(e, p)
    if not answer.found and (taken := _post_taken(p.topic or "")):
        # "when did Kinnock become Labour leader": no sentence says he became it, one says he was elected it
        bare, took = taken
        alt = _when(e, replace(p, topic=bare))
        kept = [x for x in alt.excerpts if took.search(x.quote)]
        if kept:
            return replace(alt, excerpts=kept)
    if answer.found or not p.topic or not (m := _ACCORDING_TAIL.search(p.topic)):
        return answer
    # "when will blair go to the queen ..., according to the bbc political editor": the source is
    # one the story names ("Andrew Marr says Mr Blair will ask the Queen on 4 or 5 April ..."), the
    # post asked being what the pack calls him; its words are no part of the answer. The question
    # without it, answered in that source's voice.
    post = _as_described(m.group("src"))
    told = {fold(a.name) for a in e.actors.by_id.values()
            if a.kind == "person" and any(_as_described(d) == post for d in a.descriptions)}
    if not told:
        return answer
    bare = _when(e, replace(p, topic=p.topic[:m.start()]))
    theirs = [x for x in bare.excerpts if x.attribution and fold(x.attribution.source) in told]
    if not bare.found or not theirs:
        return answer
    return replace(bare, excerpts=theirs)


# "become" a post, as the question asks it: "become Labour leader", "become permanent secretary"
_BECOME_POST = re.compile(r"(?i)\bbec(?:o|a)m(?:e|es|ing)\s+(?:an?\s+|the\s+)?(?!(?:first|only|last|youngest|oldest|more|less|law)\b)")
# ... and a post is taken by being elected, appointed or made to it ("after the 1983 defeat he was
# elected leader", "Sir John was made permanent secretary in April 2001"), the post's word after the
# verb (in the passive: "the party named its new leader" is the party's deed)
_TOOK_POST = (r"(?i)\b(?:became|become|becomes|took over as|(?:was|were|is|are|been|be|being)\s+(?:[\w'’-]+ly\s+)?"
              r"(?:elected|appointed|made|named|chosen|installed|promoted to|sworn in as))\s+(?:[\w'’-]+\s+){0,3}?")


def _post_taken(topic: str) -> tuple[str, re.Pattern] | None:
    """The question without "become", and what a sentence that tells the post taken holds; None
    when no post is asked of "become"."""
    m = _BECOME_POST.search(topic)
    rest = content_words(topic[m.end():]) if m else []
    if not m or not rest or not topic[:m.start()].strip():
        return None
    return topic[:m.start()] + topic[m.end():], re.compile(_TOOK_POST + re.escape(rest[-1]) + r"\b", re.IGNORECASE)


def _when(e: Engine, p: Parsed) -> Answer:
    if p.topic and (_SCHEDULED.search(p.topic) or _BECOME_FIRST.search(p.topic) or _TOOK_PLACE.search(p.topic)):
        bare = _TOOK_PLACE.sub(" ", _BECOME_FIRST.sub(" ", _SCHEDULED.sub(" ", p.topic)))
        p = replace(p, topic=re.sub(r"\s+", " ", bare).strip())
    # "When did Labour last hold its conference in Manchester?": "the first time since 1917"
    last = bool(_LAST_DONE.search(p.text))
    frame = _WHEN_FRAME | ({"last"} if last else set())
    concepts = e.concepts(p.topic, frame)
    if not concepts:
        return e.nothing(p)
    best = e.best(concepts, subjects=_actor_ids(concepts), require=done_before_post(e, p.topic, frame) or None, named_before=True)
    # "When did Mugabe flee to South Africa?": what was done is asked, and a sentence naming
    # only who and where ("South Africa said Mr Mugabe ...") does not say it
    deed = [c for c in concepts if not c.actor_ids and not YEAR.fullmatch(c.label)]
    # ... but a light verb says little of it: "when is Bush coming to Europe" is answered by "Mr
    # Bush is due in Europe at the end of January"
    if deed and len(deed) < len(concepts) and any(c.label not in LIGHT_VERBS for c in deed):
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
    best = naming(e, best, concepts, people, every=True)
    timed = set(_timed_sentences(e, [r["sid"] for r, _ in best]))
    pick = [(r, s) for r, s in best if r["sid"] in timed or _says_when(r["text"])]
    post = set(content_words(m.group(0))) if (m := AS_POST.search(p.topic or "")) else set()
    deed = [c for c in deed if not set(c.label.split()) & post]  # "resign", not "as prime minister"
    done: list[str] = []
    if _PAST_ASKED.match(p.text):  # "when did Yoon resign?" is not answered by "urged Yoon to step down"
        # ... the deed is the verb, the first word after the doer ("lift", not "its arms embargo")
        topic = (p.topic or "").lower()
        after = _doer_end(e, concepts, topic)  # "when was BNP leader Nick Griffin arrested": after the name
        # (a light verb's deed is its object: "put the embargo on" is the embargo, "imposed")
        verbs = sorted((c for c in deed if not c.label.endswith("ly") and c.label not in _NOT_DEEDS and c.label not in LIGHT_VERBS
                        and c.label not in _MAKE and topic.find(c.label) >= after >= 0), key=lambda c: topic.find(c.label))
        if _PASSIVE_ASKED.match(p.text) and verbs and not _PARTICIPLE.search(verbs[0].label):
            # ... but in the passive the deed is the participle, and a noun first after the doer is
            # what it was done to: "when were the Guildford Four's convictions overturned" asks when
            # they were overturned (not any sentence on convictions)
            verbs.sort(key=lambda c: not _PARTICIPLE.search(c.label))
        # ... unless it is a saying: "when did Howard say the country is heading the wrong way" asks
        # when he said it, what he said being no deed of his ("Britain is heading ...", he said)
        if after >= 0 and _SAY_FIRST.match(topic[after:]):
            verbs = []
            pick = [(r, s) for r, s in pick if _SAYS.search(r["text"])]
            best = [(r, s) for r, s in best if _SAYS.search(r["text"])]
        done = [w for c in verbs[:1] for w in c.words]
        pick = [(r, s) for r, s in pick if not _only_urged(r["text"], done, not last)]
        best = [(r, s) for r, s in best if not _only_urged(r["text"], done, not last)]
        if verbs:  # ... and it must be done there: "how good a prime minister Gordon Brown will make" is
            # not when he became one, nor "Mr Howard's overall message" when he quit
            labels = e.last_labels()
            # ... though comments asked after are made by any verb of saying: "when did Baume make
            # his comments" is "On Wednesday ... Mr Baume told BBC News"
            spoken = _SPEECH_DEED.fullmatch(verbs[0].label) is not None
            pick = [(r, s) for r, s in pick if verbs[0].label in labels.get(r["sid"], set())
                    or spoken and _SAYS.search(r["text"])]
            best = [(r, s) for r, s in best if verbs[0].label in labels.get(r["sid"], set())
                    or spoken and _SAYS.search(r["text"])]
        if _PASSIVE_ASKED.match(p.text):  # "when was Yoon arrested?" is not "Yoon had ordered the arrest of ..."
            doers = _doers_of(e, [r["sid"] for r, _ in best], _actor_ids(concepts), done)
            pick = [(r, s) for r, s in pick if r["sid"] not in doers]
            best = [(r, s) for r, s in best if r["sid"] not in doers]
        elif people:  # (a person's name: "Snapchat", taken for one, has a CEO who does its deeds)
            asked = {a for c in person_concepts(e, concepts) for a in c.actor_ids
                     if a in e.actors.by_id and " " in e.actors.by_id[a].name}
            others = _done_by_another(e, [r["sid"] for r, _ in best], asked, done)
            pick = [(r, s) for r, s in pick if r["sid"] not in others]
            best = [(r, s) for r, s in best if r["sid"] not in others]
    elif (m := _PASSIVE_TO_COME.match(p.text)):  # "when would the first ID cards be issued": the time is
        # that of the issuing ("The first cards would be issued in 2008"), not of another event in a
        # sentence on the cards ("Clarke faces his first real test on Monday ... over the ID cards bill")
        # (the participle itself, a verb: not "issue" of "not an easy issue")
        done_rx = re.compile(r"(?i)\b" + re.escape(m.group("verb")) + r"\b")
        held = [(r, s) for r, s in pick if done_rx.search(r["text"])]
        pick = held or pick
    if not pick:  # a "when" answer must say when: in the next sentence, or two sentences together
        # (who did it and what was done in one of them: not Dane in one and Brandt resigning in the next)
        together = people | {c.label for c in deed} if people and deed else set()
        spans = told_next(e, best[:MAX_EXCERPTS]) or passages(e, concepts, set(), TIME_RX, set(content_words(p.topic)),
                                                                together=together) or _lead_told_next(e, best, concepts)
        if done:  # ... and done there, not only urged or promised
            held = e.search.coverage(concepts, [r["sid"] for rows, _ in spans for r in rows])
            spans = [(rows, sc) for rows, sc in spans
                     if any(together <= held[r["sid"]][1] and not _only_urged(r["text"], done, not last) for r in rows)]
        if people:  # "Orla Finch chairs ... Tobias Crane became an MP in 2001" is not when Finch did
            own = e.search.coverage(concepts, [r["sid"] for rows, _ in spans for r in rows])
            spans = [(rows, sc) for rows, sc in spans if ANAPHOR.match(rows[-1]["text"])
                     or any(people <= own[r["sid"]][1] for r in rows if TIME_RX.search(r["text"]))]
        if titled := _headline_dated(e, p.text, concepts, " ".join(r["text"] for r in spans[0][0]) if spans else None):
            return Answer(p.text, "when", True, [excerpt(r, s) for r, s in titled[:MAX_EXCERPTS]])
        if spans:
            # ... speaking in the voice of the sentence that tells the time ("They will mark the 36th
            # anniversary of the line closure ... Anne Borthwick ... said ...": the date is the story's)
            return Answer(p.text, "when", True, [span_excerpt(e.reader, rows, sc, voice=answer_voice(rows, TIME_RX.search))
                                                 for rows, sc in spans])
        # ... or in the one story on it, whose opening names what is asked about and a later
        # sentence the rest, with its time: "A pilot scheme ... will start in October"
        told = _when_in_story(e, concepts) if not _PAST_ASKED.match(p.text) and not people else \
            _when_in_story(e, concepts, people) if people and done and not set(done) & _LINKING else []
        if told:
            return Answer(p.text, "when", True, [excerpt(r, s) for r, s in told[:MAX_EXCERPTS]])
        # ... or by the occasion, when the story gives no date: "the Conservative leader said in
        # his New Year message", "A day ahead of the government's pre-Budget report, Mr Kennedy ..."
        held = [(r, s) for r, s in best if _another_occasion(r["text"], concepts)]
        if held:
            return Answer(p.text, "when", True, [excerpt(r, s) for r, s in held[:MAX_EXCERPTS]])
        # ... or as the story's news, done as it was written: "Tony Blair has become the Labour Party's
        # longest-serving prime minister" opens the story on it, so it happened on the story's day
        news = _news_of_the_day(e, best, done) if _PAST_ASKED.match(p.text) else []
        if news:
            day = e.reader.one("SELECT published FROM articles WHERE id = ?", [news[0][0]["article_id"]])
            return Answer(p.text, "when", True, [excerpt(r, s) for r, s in news[:MAX_EXCERPTS]],
                          note=f"On the day of the story{f' ({day[0][:10]})' if day and day[0] else ''}, which opens on it as its news.")
        return e.nothing(p, "The pack does not say when." if best else NOTHING)
    # of equals, the sentence whose dated event joins the actors asked about: "Gordon Brown will
    # deliver his Budget ... on 16 March" before a quote that mentions both in passing
    joined = _dated_events_joining(e, [r["sid"] for r, _ in pick], concepts)
    # "Since Assad's ouster, Israel has ..." dates other things by the event asked about
    if last and not any(_FIRST_SINCE.search(r["text"]) for r, _ in pick):
        pick = _first_since(e, pick) + pick
    # "when are the dockers walking out" is not when a leader "warned last week" of walkouts
    saying = not _PAST_ASKED.match(p.text) and not _SPEECH_ASKED.search(p.text)
    # "when did the US first put an embargo on Sudan": the origin, which a story gives as background
    # by its year ("In 1997, ..."), not the news of the day it is dated by ("said late Thursday")
    first = bool(_FIRST_DONE.match(p.text)) and any(_A_YEAR.search(r["text"]) for r, _ in pick)
    # "when did the EU put its arms embargo on China" is not "... likely to be lifted in the next six
    # months": what was done is dated in the past, and a sentence dated only ahead tells what is to come;
    # nor "when was Mubanga arrested" "... following his arrest in Zambia": dated by the deed, not dating it
    ahead = _not_dating(e, [r for r, _ in pick], done) if _PAST_ASKED.match(p.text) else set()
    pick.sort(key=lambda x: (last and not _FIRST_SINCE.search(x[0]["text"]), first and not _A_YEAR.search(x[0]["text"]),
                             _only_since(x[0]["text"]), x[0]["sid"] in ahead,
                             saying and _dates_only_saying(x[0]["text"]),
                             -round(x[1], 3), -joined.get(x[0]["sid"], 0)))
    pick = _calendar_first(pick)
    pick = _day_of_year_first(pick)
    if asked_kind(p.text) == "clock":  # "What time ...?": a clock time comes first, "at 1230 GMT", not "on 16 March"
        clock = ANSWER_TYPES["clock"]
        pick.sort(key=lambda x: not clock.search(x[0]["text"]))
    if titled := _headline_dated(e, p.text, concepts, pick[0][0]["text"]):
        shown = {r["sid"] for r, _ in titled}
        pick = titled + [x for x in pick if x[0]["sid"] not in shown]
    top = pick[:MAX_EXCERPTS]
    event = e.reader.one("SELECT time_text, date FROM events WHERE sentence_id = ? AND time_text IS NOT NULL"
                            " ORDER BY id LIMIT 1", [top[0][0]["sid"]])
    note = ""
    if event:
        note = f"{event['time_text'][0].upper()}{event['time_text'][1:]}" + (f" ({event['date']})" if event["date"] else "") + "."
    return Answer(p.text, "when", True, [excerpt(r, s) for r, s in top], note=note)


def _lead_told_next(e: Engine, best: list, concepts: list[Concept]) -> list:
    """"When do army chiefs meet to decide on the Scottish regiments": the story opens "Military
    chiefs are expected to meet to make a final decision on the future of Scotland's Army
    regiments", and its next paragraph tells that at more length, with the day: "A committee of
    the Army Board ... will discuss plans for restructuring regiments on Monday". A story's lead
    is told again in the sentence after it, which need not point back by "it" or "they". A lead
    that covers the question with no time, and the story's next sentence, in its own voice,
    giving a time (not of a saying) and naming again a thing of the question the lead names (a
    name alone may be of anything), answer together."""
    leads = [(r, s) for r, s in best[:MAX_EXCERPTS] if r["paragraph"] == 1 and r["sentence"] == 1]
    if not leads:
        return []
    things = {c.label for c in concepts if not c.actor_ids}
    nxt = sentences_by_id(e.reader, [r["sid"] + 1 for r, _ in leads])
    held = e.search.coverage(concepts, [r["sid"] for r, _ in leads] + list(nxt))
    out = []
    for r, score in leads:
        after = nxt.get(r["sid"] + 1)
        if (after is not None and after["article_id"] == r["article_id"] and after["source"] is None
                and TIME_RX.search(after["text"]) and not _dates_only_saying(after["text"])
                and held.get(after["sid"], (0.0, set()))[1] & held.get(r["sid"], (0.0, set()))[1] & things):
            out.append(([r, after], score))
    return out


# A time a reader can place without the story's own date: a year, or a month with its day or year
# ("on 18 February", "in March 2002", "in 1989"); not "on Friday", "next month", "last week".
_MONTH = "|".join(m.capitalize() for m in MONTHS)
_CALENDAR = re.compile(rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)? (?:{_MONTH})|(?:{_MONTH}) \d{{1,2}}(?:st|nd|rd|th)?\b|"
                       rf"{YEAR.pattern}(?![/-]\d))\b")
_A_MONTH = re.compile(rf"\b(?:{_MONTH})\b")
_RELATIVE = re.compile(r"(?i)" + "|".join(WEEKDAYS) + r"|yesterday|today|tomorrow|ago|(?:last|next|this) (?:week|month|year)|"
                       r"recent (?:weeks|months|days)|\d{1,2}[:.]\d\d ?(?:am|pm|gmt|bst)|\d{1,2} ?(?:am|pm)|\d{4} ?(?:gmt|bst)|"
                       r"midnight|noon|midday")  # (a clock time is of the story's day too: "from 0001 GMT on Friday")
# How much less a calendar-dated sentence may cover than the best one and still come before it.
_CALENDAR_MARGIN = 0.6


def _calendar_first(pick: list) -> list:
    """"When does the hunting ban kick in": "The ban comes into force on 18 February" says when, and
    "The ban on hunting with dogs comes into effect from 0001 GMT on Friday" only with the story's
    dateline. When the best sentence dates what it tells only relative to that day (a weekday, "next
    month", "last week": no month, no year), the best that gives a calendar date and covers nearly as
    much comes first."""
    top = pick[0][0]["text"]
    times = [m.group(0) for m in TIME_RX.finditer(top)]
    if len(pick) < 2 or not times or not all(_RELATIVE.fullmatch(t) for t in times) or _A_MONTH.search(top):
        return pick  # (a sentence dated by an occasion, "at the next election", "on the eve of his 93rd birthday", keeps its place)
    floor = pick[0][1] * _CALENDAR_MARGIN
    for i, (r, s) in enumerate(pick[1:MAX_EXCERPTS], 1):
        if s >= floor and _CALENDAR.search(r["text"]) and not _dates_only_saying(r["text"]):
            return [pick[i]] + pick[:i] + pick[i + 1:]
    return pick


# A day of a month with its year: "on 17 October 2000", "October 17, 2000"
_DAY_OF_YEAR = re.compile(rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)? (?:{_MONTH}),? |(?:{_MONTH}) \d{{1,2}}(?:st|nd|rd|th)?,? )(?P<year>{YEAR.pattern})\b")


def _day_of_year_first(pick: list) -> list:
    """"When did the Hatfield rail crash happen": "... over the Hatfield rail crash in 2000" names
    the year in passing, and "The accident, on 17 October 2000, happened when ..." in the same
    story gives its day. When the best sentence dates only by a year (no month), the best of the
    same story that gives a day of that year and covers nearly as much comes first."""
    if len(pick) < 2:
        return pick
    top = pick[0][0]
    years = {y for m in TIME_RX.finditer(top["text"]) for y in YEAR.findall(m.group(0))}
    if not years or _A_MONTH.search(top["text"]):
        return pick
    floor = pick[0][1] * _CALENDAR_MARGIN
    for i, (r, s) in enumerate(pick[1:MAX_EXCERPTS], 1):
        if r["article_id"] == top["article_id"] and s >= floor and not _dates_only_saying(r["text"]) and any(
                m.group("year") in years for m in _DAY_OF_YEAR.finditer(r["text"])):
            return [pick[i]] + pick[:i] + pick[i + 1:]
    return pick


# "when is the pensions strike (planned for)": a thing asked by its name alone, with at most a word
# that it is to come
_THING_WHEN = re.compile(r"(?i)^\s*(?:when|what date|what day)(?:\s+(?:is|are|was|were)|['’]s)\s+(?P<thing>.+?)"
                         r"(?:\s+(?:planned|scheduled|due|expected|set|slated|earmarked|pencill?ed in|happening|taking place))?"
                         r"(?:\s+(?:for|to be|to happen|to take place))?\W*$")


def _compound_asked(question: str, concepts: list[Concept]) -> list[tuple[Concept, Concept]]:
    """The two words that end the name of the thing a question asks the time of, side by side,
    the second its head: "when is the council pensions strike planned" (not two actors, a light
    verb, nor a thing named with a deed: "when will the union announce its strike ballot")."""
    m = _THING_WHEN.match(question)
    plain = {c.label: c for c in concepts if not c.actor_ids and " " not in c.label and c.label not in LIGHT_VERBS}
    words = re.findall(r"[\w'’-]+", m.group("thing").lower()) if m else []
    return [(plain[a], plain[b])] if len(words) >= 2 and (a := words[-2]) in plain and (b := words[-1]) in plain and a != b else []


def _side_by_side(first: Concept, head: Concept, words: list[str]) -> bool:
    """The two concepts are adjacent words of the text, in that order ("pension strike")."""
    def holds(c: Concept, w: str) -> bool:
        return any(word_in(x, {w}) if not x.endswith("*") else w.startswith(x[:-1]) for x in c.words if " " not in x)
    return any(holds(first, a) and holds(head, b) for a, b in zip(words, words[1:]))


def _dated_near(text: str, head: Concept) -> bool:
    """A time stands within a few words of the head noun: "a strike already earmarked for 23
    March", "a 23 March walkout" (not "talks on strikes ... will take place this weekend")."""
    alts = "|".join(r"\W+".join(map(re.escape, w.rstrip("*").split())) for w in head.words if w.rstrip("*"))
    if not alts:
        return False
    for h in re.finditer(r"(?i)\b(?:" + alts + r")\w*", text):
        for t in TIME_RX.finditer(text):
            between = text[h.end():t.start()] if t.start() >= h.end() else text[t.end():h.start()]
            if len(re.findall(r"[\w'’-]+", between)) <= NEAR_TIME:
                return True
    return False


def _headline_dated(e: Engine, question: str, concepts: list[Concept], top: str | None) -> list:
    """"When is the pensions strike planned": the thing asked, named by two words ("pensions
    strike"), is what a story whose headline names it so is about ("Talks aim to avert pension
    strike"); there, a sentence giving a time beside the head noun ("a strike already earmarked
    for 23 March") dates it, before the best answer found otherwise (`top`) when that holds the
    words apart ("Next Friday's strike action ... hitting ... pensions offices") or not at all.
    Empty when no compound is asked, `top` names it so itself, or no such story dates it."""
    pairs = _compound_asked(question, concepts)
    if not pairs or top and any(_side_by_side(a, b, re.findall(r"[\w'’-]+", top.lower())) for a, b in pairs):
        return []
    state = e.search_state()
    try:
        for first, head in pairs:
            arts = sorted(e.search.concept_articles(first) & e.search.concept_articles(head))
            if not arts:
                continue
            titled = [r["id"] for r in e.reader.all(f"SELECT id, title FROM articles WHERE id IN ({placeholders(arts)})", arts)
                      if _side_by_side(first, head, re.findall(r"[\w'’-]+", r["title"].lower()))]
            dated = [(r, s) for r, s in e.best([head], article_ids=titled)
                     if r["source"] is None and _dated_near(r["text"], head) and not _dates_only_saying(r["text"])] if titled else []
            if dated:
                return sorted(dated, key=lambda x: x[0]["sid"])
    finally:
        e.restore_search_state(state)
    return []


# Verbs whose sense is their complement: "became Britain's longest-serving chancellor" is no
# answer to when he became prime minister, the story having said "prime minister" elsewhere.
_LINKING = LIGHT_VERBS | frozenset("become becomes became becoming turn turns turned turning make makes made making "
                                   "be is are was were been being".split())


def _when_in_story(e: Engine, concepts: list[Concept], done_by: set[str] | None = None) -> list:
    """"When does the 18th birthday citizenship pilot start?": the one story on it opens on the
    ceremonies for 18th birthdays, and says later "A pilot scheme ... will start in October". The
    story's headline and opening hold some of the question, a later sentence all the rest and a
    time (not only the time it was said), in the story's own words, of what is to come (not "...
    in Dell's buyout in 2013", an aside). What was done by people asked (`done_by`) is told by a
    sentence that names them, done or to come: "George W Bush will display a more consensual
    approach ... as he begins his second term", then "Mr Bush was sworn in ... on Thursday"."""
    found = _rest_in_story(e, concepts, done_by or set())
    return [(r, s) for r, s in found if (done_by or to_come(r["text"]))
            and TIME_RX.search(r["text"]) and not _dates_only_saying(r["text"])]


def _rest_in_story(e: Engine, concepts: list[Concept], require: set[str] = frozenset()) -> list:
    """The one story on the question, whose headline and opening hold some of it: its later
    sentences, in the story's own voice, that hold all the rest (and `require`). "What have police
    done about crack houses under the antisocial behaviour crackdown": the story opens on the
    crackdown, and says later "Police have also closed 150 crack houses"."""
    if len(concepts) < 3:
        return []
    whole = stories_on(e, concepts, concepts)
    if len(whole) != 1:
        return []  # none, or several stories: which one the question means cannot be told
    title = e.reader.one("SELECT title FROM articles WHERE id = ?", [whole[0]])
    leads = sorted(lead_rows(e, whole, LEAD_SENTENCES).get(whole[0], frozenset()))
    opening = e.search.coverage(concepts, leads)
    opened = set().union(e.covered_by_title(concepts, title[0] if title else ""), *(labels for _, labels in opening.values()))
    rest = {c.label for c in concepts} - opened
    # a head that only introduces what the story opened on need not be said again: "the super
    # casino issue" is the super-casinos, and "The vote is due to be taken on Wednesday" tells its vote
    rest = rest - LIGHT_HEADS or rest
    if not opened or not rest:
        return []
    found = e.best(concepts, article_ids=whole, min_cov=0.0, require=rest | require)
    return [(r, s) for r, s in found if r["sid"] not in leads and r["source"] is None]


# "when did X last ...": the verb's "last", not "last year"; answered by "the first time since".
_LAST_DONE = re.compile(r"(?i)\b(?:did|does|was|were|has|have|had)\b.*\blast\b(?! (?:year|week|month|night|time|summer|"
                        r"autumn|winter|spring|election|general election|decade|century|day|weekend)\b)")
_A_YEAR = re.compile(rf"\b{YEAR.pattern}\b")
# "when did X first do Y", "when was he originally elected": the adverb of the deed, not "the first
# woman", "her first speech" nor "become first minister"
_FIRST_DONE = re.compile(r"(?i)\s*when (?:did|was|were|had)\b.*?(?<!\bthe)(?<!\ba)(?<!\bher)(?<!\bhis)(?<!\bits)(?<!\btheir)"
                         r"(?<!\bbecome)(?<!\bbecame)(?<!\bbe) (?:first|originally|initially) (?!time\b)[a-z]+")
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


# A time right after a verb of saying dates the saying: "warned last week that there could be
# further walkouts", "said on Monday".
_SAYING_BEFORE = re.compile(r"(?i)\b(?:said|says|told|warned|warns|announced|added|claimed|insisted|argued|admitted|"
                            r"revealed|suggested|stated)\s+(?:on\s+)?$")
# An occasion that tells when without a date: "in his New Year message", "in a speech to the
# party conference", "a day ahead of the pre-Budget report", "on the eve of the poll".
_OCCASION = re.compile(
    r"(?i)\b(?:in|during|at|while giving) (?:his|her|their|its|the|a|an)(?: [\w'’-]+){0,4}? "
    r"(?:message|speech|address|broadcast|interview|statement|conference|debate|rally|hustings|visit|tour|"
    r"press conference|summit|launch|question time|questions)\b|"
    # ("a day ahead of the report", "ahead of the summit"; not "quit before the next election", a deed's own time)
    r"\b(?:(?:a|one|two|three|four|five|a few|several|\d+) (?:days?|weeks?|hours?|months?) (?:ahead of|before|after)|"
    r"(?:just|shortly|hours|days) ahead of|ahead of) (?:the|his|her|their|its|a) (?:[\w'’-]+ ){0,4}?"
    r"(?:report|budget|election|poll|vote|speech|conference|summit|debate|launch|meeting|statement|visit|ballot|"
    r"referendum|talks)\b|"
    r"\b(?:on the eve of|in the run-up to|at the launch of) (?:the|his|her|their|its|a)\b")


def _another_occasion(text: str, concepts: list[Concept]) -> bool:
    """The sentence is dated by an occasion other than the event asked about: "when are army chiefs
    meeting" is not told by "Speaking ahead of the expected Army Board meeting, a spokesman said"."""
    asked = {w.lower() for c in concepts for w in c.words}
    return any(m.group(0).split()[-1].lower() not in asked for m in _OCCASION.finditer(text))


# "make" before what is made says little of it: "make his comments", "make a speech", "make the decision";
# nor does "take" before what is taken: "take legal action" is "raised a legal challenge", "take part"
_MAKE = frozenset("make makes made making take takes took taken taking".split())


# A deed that is a saying ("his comments", "the remarks"), and a sentence that says something.
_SPEECH_DEED = re.compile(r"(?i)comments?|remarks?|statements?|speech|say|said|saying|claims?|claimed")
_SAYS = re.compile(r"(?i)\b(?:said|says|say|saying|told|tells|spoke|comment(?:s|ed)?|remark(?:s|ed)?|stated|declared|"
                   r"claimed|argued|insisted|warned|added)\b")
_SAY_FIRST = re.compile(r"(?i)\s*(?:say|tell|claim|warn|insist|argue|suggest)\b(?! (?:about|of|on)\b)")
_SPEECH_ASKED = re.compile(r"(?i)\b(?:say|says|said|saying|tell|told|warn\w*|announc\w*|comment\w*|remark\w*|claim\w*|"
                           r"statement|speech|interview|reveal\w*|admit\w*|insist\w*)\b")


def _dates_only_saying(text: str) -> bool:
    """Every time the sentence gives dates the saying of it, not what is said to come."""
    found = list(TIME_RX.finditer(text))
    return bool(found) and all(_SAYING_BEFORE.search(text[max(0, m.start() - 30):m.start()]) for m in found)


def _only_since(text: str) -> bool:
    """The sentence's one time word is "since", and no date follows it."""
    found = [m.group(0).lower() for m in TIME_RX.finditer(text)]
    return bool(found) and all(w == "since" for w in found)


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


# A year that ends a capitalised name is part of the name, not a time told: "the Y Vote Mock
# Elections 2005", "Euro 2004" (not "May 2005", "Christmas 2004", "In 2005").
_NAME_YEAR = re.compile(r"\b([A-Z][\w'’-]*) (?:1[6-9]|20)\d\d\b")
_TIME_NAMES = frozenset(w.lower() for w in MONTHS + WEEKDAYS) | {"christmas", "easter", "autumn", "spring", "summer", "winter", "new"}


def _says_when(text: str) -> bool:
    """A time the sentence tells, a year in a name aside."""
    bare = _NAME_YEAR.sub(lambda m: m.group(0) if m.group(1).lower() in _TIME_NAMES or m.group(1).lower() in STOPWORDS
                          else m.group(1), text)
    return TIME_RX.search(bare) is not None


# A time ahead of the story's day: "in the next six months", "next week", "tomorrow", "within weeks".
_AHEAD = re.compile(r"(?i)\b(?:next|coming|forthcoming|upcoming|tomorrow|later this|within)\b")


# The deed told in the present perfect, as news: "has become", "have been knighted", "has now quit".
_PERFECT = re.compile(r"(?i)\b(?:has|have)\s+(?:just\s+|now\s+|\w+ly\s+)?(?:been\s+)?(?P<verb>[a-z]+)")


def _news_of_the_day(e: Engine, best: list, done: list[str]) -> list:
    """Sentences that say all that was asked, in the story's own voice, and open their story telling
    the deed asked as just done ("... has become ..."): the news of the story's day."""
    whole = [(r, s) for r, s in best if s >= 1.0 - 1e-9 and r["source"] is None]
    if not done or not whole:
        return []
    leads = lead_rows(e, sorted({r["article_id"] for r, _ in whole}), 1)
    return [(r, s) for r, s in whole if r["sid"] in leads.get(r["article_id"], ())
            and any(_does(done, m.group("verb")) for m in _PERFECT.finditer(r["text"]))]


def _not_dating(e: Engine, rows: list, done: list[str]) -> set[int]:
    """Sentences whose every time (in their words, and of their dated events) lies ahead of the
    story's day, or names the deed asked (`done`): they date what is to come, or other things by
    the deed, not the deed done."""
    times = {r["sid"]: [m.group(0) for m in TIME_RX.finditer(r["text"])] for r in rows}
    if times:
        for sid, text in e.reader.all(
                f"SELECT sentence_id, time_text FROM events WHERE time_text IS NOT NULL AND sentence_id IN ({placeholders(times)})",
                list(times)):
            times[sid].append(text)
    return {sid for sid, told in times.items()
            if told and (all(_AHEAD.search(t) for t in told) or done and all(_does(done, t) for t in told))}


def _timed_sentences(e: Engine, sentence_ids: list[int]) -> list[int]:
    if not sentence_ids:
        return []
    return [r[0] for r in e.reader.all(
        f"SELECT DISTINCT sentence_id FROM events WHERE time_text IS NOT NULL AND sentence_id IN ({placeholders(sentence_ids)})",
        sentence_ids)]


def happened(e: Engine, p: Parsed) -> Answer:
    # "what has the attorney general done about ...": the deed of who holds the post (Lord Goldsmith),
    # whom the story may name without it
    if p.who and (holder := _holder_of(e, p.who)) is not None:
        p = replace(p, who=holder.name)
    text = " ".join(x for x in (p.who, p.topic, p.time) if x)
    concepts = e.concepts(text, frozenset({"since", "last", "during", "after", "before", "done", "once", "actually"}))
    if not concepts:
        return e.nothing(p)
    best = e.best(concepts, subjects=_actor_ids(concepts[:1]), named_before=True, deeds=True)
    # of equals, what the story tells before what another person says of it: "what are the MPs up
    # to in Scotland" is "A group of MPs are on a ... mission to Scotland", not "Mr Howard said ...
    # Scottish MPs" (a deed reported by "security sources" is still the story's telling of it)
    # ... and, unless words are asked, before what the doer asked about says of it: "what did Kruger do
    # after his remark" is "A Conservative election challenger is quitting after ...", not "Mr Kruger
    # was quoted ... saying: ..." ("what did X announce" still takes X's own words)
    asked = set() if WORDS_ASKED.search(p.text) is None else _actor_ids(concepts)
    best.sort(key=lambda x: (-round(x[1], 3), x[0]["source_kind"] == "person" and x[0]["source_actor"] not in asked))
    labels = e.last_labels()
    if p.time:
        month = next((m for m in MONTHS if re.search(rf"\b{m}\b", p.time.lower())), None)  # "may", not "mayor"
        if month:
            extra = e.reader.all(
                "SELECT e.sentence_id FROM events e WHERE lower(e.time_text) LIKE ? ORDER BY e.sentence_id",
                [f"%{month}%"])
            have = {r["sid"] for r, _ in best}
            rows = sentences_by_id(e.reader, [e[0] for e in extra if e[0] not in have])
            best = sorted(best + _dated_in(e, concepts, month, rows), key=lambda x: (-round(x[1], 3), x[0]["sid"]))
    doer = _actor_ids(e.concepts(p.who)) if p.who else set()
    if doer and not p.time:
        top = best[0][0] if best else None
        if top is None:
            deed = _deed_in_story(e, concepts, doer)
        elif (not any(c.actor_ids & doer and c.label in labels.get(top["sid"], ()) for c in concepts)
              or top["source_actor"] in doer and top["direct_quote"] and WORDS_ASKED.search(p.text) is None) \
                and not (_HE_OPENS.match(top["text"]) and not _SAYS.search(top["text"]) and _story_about(e, doer, top["article_id"])):
            # (in a story about X, a sentence that opens on "He" or "She" doing something tells X's deed:
            # "He did it most obviously with his increase in national insurance contributions ...")
            # the best sentence leaves X out: X's deed in its story, or, where that story tells none
            # of X, in the story on X and the topic ("what did Prescott do about the strike threat": a
            # union officer's warning in another story is not; "Mr Prescott held a private meeting")
            deed = _deed_in_story(e, concepts, doer, [top["article_id"]]) or [
                x for x in _deed_in_story(e, concepts, doer) if x[1] >= best[0][1] - 1e-9]
        else:
            deed = []
        if deed:
            shown = {r["sid"] for r, _ in deed}
            best = deed + [x for x in best if x[0]["sid"] not in shown]
    if doer and (then := _deed_after_event(e, p, doer)):
        shown = {r["sid"] for r, _ in then}
        best = then + [x for x in best if x[0]["sid"] not in shown]
    if dated := _dated_by_event(e, p, concepts, doer):
        best = dated + [x for x in best if x[0]["sid"] != dated[0][0]["sid"]]
    if p.who and e.resolve_one(p.who) is None and (printed := _printed_name(e, p.who)):
        # "what did scottish water do ...": a doer the index took for no actor, that the pack prints
        # as a name ("Scottish Water"), does what a sentence printing it tells, not what another
        # sentence holding more of the rest of the question tells of others
        hold = [x for x in best if x[0]["sid"] in printed] or [
            x for x in e.best(concepts, min_cov=0.0, article_ids=sorted({e.search.article_of(i) for i in printed}))
            if x[0]["sid"] in printed]
        shown = {r["sid"] for r, _ in hold}
        best = hold + [x for x in best if x[0]["sid"] not in shown]
    if not best and not p.time:  # no sentence tells it all: the one story on it, whose opening tells
        # what the deed was done under and a later sentence the rest
        best = _rest_in_story(e, concepts, {c.label for c in concepts if c.actor_ids & doer})
    if not best:
        return e.nothing(p)
    if _DID_ASKED.search(p.text):  # "what did the Budget do on stamp duty": of equals, what was done before
        # what was only guessed at or promised ("speculation about ... the threshold on stamp duty")
        best = _deeds_before_guesses(best)
    # "what did Blair do on Tuesday about the tsunami": the weekday the question names is when it
    # happened; a sentence that gives it comes first (a month or year asked is p.time, read above)
    timed = {c.label for c in concepts if c.label in WEEKDAYS}
    if timed and not p.time:
        best.sort(key=lambda x: not timed & labels.get(x[0]["sid"], set()))
    # ... and so does the week it names: "what is Kennedy doing this week" is "... preparations this
    # week as he visits ...", not "a week-long tour" nor "next week's vote"
    if (week := _THIS_WEEK.search(p.text)) and not p.time:
        said = re.compile(r"(?i)\b" + r"\s+".join(week.group(0).lower().split()) + r"\b")
        best.sort(key=lambda x: not said.search(x[0]["text"]))
    return Answer(p.text, "events", True, [excerpt(r, s) for r, s in best[:MAX_EXCERPTS + 2]])


# A word a name prints in lower case: "Save the Scottish Regiments", "Friends of the Earth"
_NAME_JOINS = frozenset(("the", "of", "and", "for", "on", "in", "a", "an", "de", "&"))


def _printed_name(e: Engine, phrase: str) -> frozenset[int]:
    """The sentences printing the phrase, of two words or more, as a name: each of its words
    capitalised ("Scottish Water", where the question has "scottish water"). Empty when no
    sentence prints it so: "the mps", "police" are no one's name."""
    words = re.findall(r"[\w'’&-]+", phrase)
    while words and words[0].lower() in _NAME_JOINS:
        words = words[1:]
    if len(words) < 2 or words[-1].lower() in _NAME_JOINS:
        return frozenset()
    ids = sorted(e.search.rowids('"' + " ".join(re.sub(r"[^\w]", " ", w) for w in words) + '"'))
    if not ids or len(ids) > 200:
        return frozenset()
    said = re.compile(r"\b" + r"\W+".join(re.escape(w) for w in words) + r"\b", re.I)
    return frozenset(i for i, r in sentences_by_id(e.reader, ids).items()
                     if any(all(w[:1].isupper() or w.lower() in _NAME_JOINS for w in m.group(0).split())
                            for m in said.finditer(r["text"])))


# A week the question dates its deed by, as it names a weekday: "this week", "last weekend"
_THIS_WEEK = re.compile(r"(?i)\b(?:this|last|next) week(?:end)?\b")


def _dated_in(e: Engine, concepts: list[Concept], month: str, rows: dict[int, sqlite3.Row]) -> list:
    """Sentences whose event is dated in the month asked, scored as holding the month though
    they may not print it, and by the rest of the question as any sentence is: "what happened
    last July over stop and search" is the July sentence on stop and search, not any July's."""
    total = sum(c.weight for c in concepts) or 1.0
    held = e.search.coverage(concepts, list(rows))
    return [(r, sum(c.weight for c in concepts if c.label == month or c.label in held.get(sid, (0.0, set()))[1]) / total)
            for sid, r in rows.items()]


# A sentence whose subject is a person told by a pronoun ("He did it ...", "She then ...").
_HE_OPENS = re.compile(r"(?:He|She)\b")


# "... once it emerged his firm had a client ...", "... after Bin Laden's men bombed the embassies": the
# event after which the deed asked was done
_AFTER_EVENT = re.compile(r"(?i)^(?:once|after|when|following)\s+(?P<event>.+)$")
_EVENT_REACH = 3  # sentences on from the event a story tells what the doer did next
_EVENT_SHARE = 0.34  # of the event's words, what its sentence holds (the question tells it in its own words)


def _deed_after_event(e: Engine, p: Parsed, doer: set[int]) -> list:
    """"What did Clinton do after Bin Laden's men bombed the embassies": a story tells the event,
    then what the doer did next, in a sentence of its own where the doer is the subject of a deed
    ("In 1998, Bin Laden's agents blew up the embassies ... In retaliation, Mr. Clinton ordered a
    cruise missile strike"). The event's sentence, in a story naming the doer, is the one that holds
    most of it; the doer's first deed in the few sentences after it answers."""
    m = _AFTER_EVENT.match(p.topic or "")
    if m is None:
        return []
    event = [c for c in e.concepts(m.group("event"), _AFTER_WORDS) if not c.actor_ids & doer]
    stories = sorted({r[0] for r in e.reader.all(
        f"SELECT DISTINCT s.article_id FROM mentions m JOIN sentences s ON s.id = m.sentence_id WHERE m.actor_id IN ({placeholders(doer)})",
        sorted(doer))})
    if len(event) < 2 or not stories:
        return []
    state = e.search_state()
    told = e.best(event, article_ids=stories, min_cov=_EVENT_SHARE)
    e.restore_search_state(state)
    if not told:
        return []
    top = told[0][0]
    after = sentences_by_id(e.reader, list(range(top["sid"] + 1, top["sid"] + _EVENT_REACH + 1)))
    after = {sid: r for sid, r in after.items() if r["article_id"] == top["article_id"]}
    did = e.subject_sentences(doer, sorted(after), deeds=True)
    return [(after[sid], told[0][1]) for sid in sorted(did)[:1]]


_AFTER_WORDS = frozenset({"since", "last", "during", "after", "before", "done", "once", "actually"})


# "what happened hours after the interview", "what did Heath do once the talks failed": the event
# the question dates its answer by
_AFTER_ASKED = re.compile(r"(?i)(?:^|\s)(?:after|following|once|within (?:\w+ )?(?:hours|days|minutes|weeks|moments) of)\s+(?P<event>\S.*)$")
# A sentence that dates itself by an event it names: "Hours after the interview, a gunman opened fire",
# "Within hours of his final talks with Mr Thorpe, Sir Edward told the nation ...": the event named
# again by a noun ("the interview"), not a clause telling another ("after Liberals demanded he quit")
_DATED_BY = re.compile(r"(?i)\b(?:after|following|within (?:\w+ )?(?:hours|days|minutes|weeks|moments) of)\s+"
                       r"(?:the|his|her|its|their|this|that)\s+(?P<what>(?:[\w'’-]+\s+){0,2}[\w'’-]+)")
_DATED_STORIES = 2  # stories that tell the event most, where the sentence dated by it is looked for
# ... not one to come ("after the next election" is not after the 2001 one)
_TO_COME = re.compile(r"(?i)^(?:next|coming|forthcoming|upcoming|future)\b")


def _names_event(phrase: str, heads: list[str], event: str) -> bool:
    """The phrase of an "after" names the event asked: one of its words (by the word's first
    letters, as "talks" names "talks"), every number of it ("the 2001 election"), and not as to come."""
    return (any(re.search(r"(?i)\b" + re.escape(h), phrase) for h in heads) and not _TO_COME.match(phrase)
            and all(re.search(rf"\b{n}\b", phrase) for n in re.findall(r"\d+", event)))


def _dated_by_event(e: Engine, p: Parsed, concepts: list[Concept], doer: set[int]) -> list:
    """"What happened hours after Obama's BBC interview": the story that tells the event dates what
    came next by it ("Hours after the interview, a gunman opened fire ..."), in words of its own,
    not the sentence telling the event itself. Of the stories telling the event, the one or two
    that cover the question most are read; the first sentence whose "after"/"within hours of"
    phrase names the event by one of its words (of the doer asked, one where the doer is the
    subject: "Sir Edward told the nation") answers."""
    m = _AFTER_ASKED.search(p.time or p.topic or "")
    if m is None:
        return []
    event = [c for c in e.concepts(m.group("event"), _AFTER_WORDS) if not c.actor_ids & doer]
    heads = [w.rstrip("*").lower()[:max(4, len(w.rstrip("*")) - 2)] for c in event if not c.actor_ids for w in c.words]
    if len(event) < 2 or not heads:
        return []
    state = e.search_state()
    told = e.best(event, min_cov=_EVENT_SHARE)
    e.restore_search_state(state)
    stories = list(dict.fromkeys(r["article_id"] for r, _ in told))
    cov = e.search.article_coverage(concepts, stories)
    for article in sorted(stories, key=lambda a: -round(cov.get(a, 0.0), 3))[:_DATED_STORIES]:
        ids = [sid for sid, text in e.reader.all("SELECT id, text FROM sentences WHERE article_id = ? ORDER BY id", [article])
               if any(_names_event(d.group("what"), heads, m.group("event")) for d in _DATED_BY.finditer(text))]
        if doer:
            ids = sorted(e.subject_sentences(doer, ids))
        if ids:
            return [(sentences_by_id(e.reader, ids[:1])[ids[0]], told[0][1])]
    return []


# Words of a post one person holds ("leader", "secretary", "attorney general").
_PERSONAL_POSTS = DOER_POSTS | frozenset(("attorney", "general"))


def _holder_of(e: Engine, who: str):
    """The person who holds the post a question names instead of a name ("the attorney general",
    "the scottish tory leader"), or None: a name, or no post, or nobody holding it."""
    # (a post a person holds, by its word before "of": "the archbishop of canterbury", whom the stories
    # call so, and "the government", "the budget" are not asked by a holder's name)
    office = content_words(re.split(r"(?i)\s(?:of|for|in|at|on)\s", who, maxsplit=1)[0])
    if not office or not re.match(r"(?i)(?:the|a|an)\s", who) or e.exact_actor(who) is not None \
            or not set(office) & _PERSONAL_POSTS or not e.actors.names_a_post(office[-1]):
        return None
    holder = e.role_actor(who)
    return holder if holder is not None and holder.kind == "person" else None


_DID_ASKED = re.compile(r"(?i)\bwhat (?:did|has|have|had)\b")
_GUESSED = re.compile(r"(?i)\b(?:speculation|speculated|speculating|rumou?rs?|rumou?red|possible|possibly|might|could|"
                      r"if (?:he|she|they|it|we) (?:win|wins|won|is elected|are elected))\b")


def _deeds_before_guesses(best: list) -> list:
    """Of sentences that cover the question equally, those that tell what was done come before
    those that only guess at it or promise it; the order is otherwise kept."""
    runs: list[list] = []
    for x in best:
        if runs and round(runs[-1][0][1], 3) == round(x[1], 3):
            runs[-1].append(x)
        else:
            runs.append([x])
    return [x for run in runs for x in sorted(run, key=lambda x: bool(_GUESSED.search(x[0]["text"])))]


def _deed_in_story(e: Engine, concepts: list[Concept], doer: set[int], articles: list[str] | None = None) -> list:
    """What X did about T, told in the story on X and T: the story that covers the question
    most, and in it the sentence where X does something (not says it), on T most, earliest."""
    own = [c for c in concepts if c.actor_ids & doer]
    fresh = not articles
    articles = articles or sorted(set().union(*(e.search.concept_articles(c) for c in own)))
    cov = e.search.article_coverage(concepts, articles)
    top = max(cov.values(), default=0.0)
    if top < MIN_COVERAGE:
        return []
    picks = [a for a, s in cov.items() if s >= top - 1e-9]
    topic = [c for c in concepts if c not in own]
    about = {a for a in picks if _story_about(e, doer, a)}
    if fresh and topic:  # a story found by its words alone must be about the topic from its opening on
        leads = lead_rows(e, picks, LEAD_SENTENCES)
        told = e.search.coverage(topic, sorted(i for ids in leads.values() for i in ids))
        # ... or about X: "Former NI minister Scott dies" tells his deeds on any topic
        picks = [a for a in picks if any(told[i][1] for i in leads.get(a, ())) or a in about]
        if not picks:
            return []
    sids = [r[0] for r in e.reader.all(f"SELECT id FROM sentences WHERE article_id IN ({placeholders(picks)})", picks)]
    deeds = e.subject_sentences(doer, sids, deeds=True) | e.post_subject_sentences(doer, sids)
    deeds |= _his_deeds(e, [a for a in picks if a in about])
    if not deeds:
        return []
    scored = e.search.coverage(topic, sorted(deeds)) if topic else {sid: (0.0, set()) for sid in deeds}
    if not fresh and topic:  # in the story of the best sentence, a deed of X's on none of T is not what X did about T
        scored = {sid: v for sid, v in scored.items() if v[1]}
    rows = sentences_by_id(e.reader, list(scored))
    ranked = sorted(rows, key=lambda sid: (-round(scored[sid][0], 3), sid))
    return [(rows[sid], top) for sid in ranked]


def _story_about(e: Engine, doer: set[int], article: str) -> bool:
    """The story is about a person asked: its headline names them, and it names no other person
    as often ("Former NI minister Scott dies")."""
    people = [e.actors.by_id[a] for a in doer if a in e.actors.by_id and e.actors.by_id[a].kind == "person"]
    if not people:
        return False
    row = e.reader.one("SELECT title FROM articles WHERE id = ?", [article])
    title = (row[0] if row else "") or ""
    names = {n for x in people for n in (x.name, *x.aliases) if len(n) > 2}
    if not any(re.search(r"(?i)(?<![\w])" + re.escape(n) + r"(?![\w])", title) for n in names):
        return False
    counts = e.person_mentions(article)
    mine = sum(n for a, n in counts.items() if a in doer)
    return mine > 0 and all(n < mine for a, n in counts.items() if a not in doer)


def _his_deeds(e: Engine, articles: list[str]) -> set[int]:
    """In a story about one person, a deed whose subject is "he" or "she" is theirs ("He also
    merged the New University of Ulster and the Ulster Polytechnic"), not a saying."""
    if not articles:
        return set()
    rows = e.reader.all(
        "SELECT e.sentence_id FROM events e JOIN sentences s ON s.id = e.sentence_id"
        f" WHERE lower(e.subject_text) IN ('he', 'she') AND s.article_id IN ({placeholders(articles)})"
        f" AND e.action NOT IN ({placeholders(SPEECH_ACTIONS)})", articles + sorted(SPEECH_ACTIONS))
    return {r[0] for r in rows}


# "did Ford appeal his sentence", "has the escapee been caught": whether a deed was done, asked
_DONE_ASKED = re.compile(r"(?i)^\s*(?:did|has|have|had)\s+(?P<rest>\S.*?)\W*$")
# ... its deed told with a verb of ending up: "end up in jail", "end up suspending"
_END_UP = re.compile(r"(?i)\b(?:end|ends|ended|ending) up\b")
# ... in the passive, by its participle: "has the Carstairs escapee been caught"
_BEEN = re.compile(r"\bbeen (\w+)")
# ... a going, told by where: "did Blair go to Arafat's grave" is "visited the tomb"
_GOING = re.compile(r"(?i)\s*(?:\w+ly )?(?:go|goes|went|gone|going|travel\w*|head|headed)\b")
# A no answers as well as a yes: "Tony Blair has ruled out taking part in a televised debate"
_REFUSED = re.compile(r"(?i)\b(?:ruled out|refused|rejected|declined|turned down|will not|won['’]t|would not|did not|never)\b")


def deed_asked(e: Engine, question: str) -> list[str]:
    """The words of the deed a yes-or-no question asks was done: the first word after the doer
    it opens on that is no light verb nor adverb ("appeal" of "did James Ford appeal his
    sentence"; "caught" of "has the escapee been caught"). Empty when no doer opens it, or
    when a saying or a going is asked (what was said, where one went, is the answer)."""
    m = _DONE_ASKED.match(question)
    if not m:
        return []
    topic = _END_UP.sub(" ", m.group("rest")).lower()
    concepts = e.concepts(topic)
    after = _doer_end(e, concepts, topic)
    if after < 0 or _SAY_FIRST.match(topic[after:]) or _GOING.match(topic[after:]):
        return []
    verbs = sorted((c for c in concepts if not c.actor_ids and c.label not in _NOT_DEEDS and c.label not in LIGHT_VERBS
                    and c.label not in _MAKE and c.label not in _LINKING and topic.find(c.label) >= after),
                   key=lambda c: topic.find(c.label))
    been = _BEEN.search(topic)
    passive = [c for c in verbs if been and c.label == been.group(1)]
    return list((passive or verbs)[0].words) if verbs else []


# "When did X sign ...": the question asks when a deed was done, which it takes as done
_WHEN_DONE = re.compile(r"(?i)^\s*when\s+(?=(?:did|has|have|had)\s)")


def when_deed(e: Engine, question: str) -> list[str]:
    """The forms of the one-word verb a "when did X <verb> ..." question asks the time of ("sign"
    of "when did Israel and Turkey sign a military agreement"): a passage that never tells it
    done tells the time of something else (an envoy sent to Moscow, a deal hammered out, not
    completed). Empty for a phrasal verb or a noun ("bring in", "come out", "his comments"),
    which a story tells in other words ("imposed", "announced their support"), and for "when did X
    last <verb>", which a story tells by the time it is done again ("the first time since 1988
    that the party has chosen Torquay")."""
    if not _WHEN_DONE.match(question) or _LAST_DONE.search(question):
        return []
    words = deed_asked(e, _WHEN_DONE.sub("", question, count=1))
    forms = [w for w in words if not w.endswith("*")]
    return words if words and " " not in words[0] and len(forms) >= 3 else []


def tells_deed(text: str, words: list[str]) -> bool:
    """The passage tells the deed as done (prints it, and not only as wished or to come, as
    "would rather go to jail"), or tells that it was refused."""
    if _REFUSED.search(text):
        return True
    spots = [w for w in words if w and not w.endswith("*") and re.search(r"(?i)\b" + r"\W+".join(map(re.escape, w.split())) + r"\w*", text)]
    return bool(spots) and not _only_urged(text, words)
