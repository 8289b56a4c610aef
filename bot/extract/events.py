"""Who did what to whom, and when: one event per clause whose verb involves an actor.

Read straight off the dependency parse: the verb's subject (or, for "who returned ...",
the noun the clause hangs from; for "expected to host", the controlling subject), its
objects and the actors of its prepositional phrases, plus the time as written
("on Friday", "last month", "since Assad's ouster"), resolved against the publication date.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from bot.article import Article
from bot.extract.actors import ActorTable
from bot.extract.records import EventRec, SentenceRec
from bot.extract.timeexpr import parse_published, resolve_time

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
OBJECT_DEPS = ("dobj", "dative", "obj", "iobj", "oprd")
RELATIVE_PRONOUNS = frozenset("who which that whom whose".split())
# prepositions whose phrase tells when, whatever it contains
ALWAYS_TEMPORAL = frozenset("since until till during throughout".split())
# prepositions that tell when if their object is a date or an event, not an actor
MAYBE_TEMPORAL = frozenset("on in at by after before following within from over".split())
TIME_ADVERBS = frozenset("yesterday today tonight tomorrow".split())
FUTURE_AUX = frozenset("will shall 'll wo".split())
_MAX_TEXT_TOKENS = 25


def find_events(article: Article, doc: Doc, sentences: list[SentenceRec],
                actors: ActorTable) -> list[EventRec]:
    published = parse_published(article.published)
    starts = [s.start for s in sentences]
    events: list[EventRec] = []
    for verb in doc:
        # "according to", "the expected visit": verbs the parser uses as prepositions/adjectives
        if verb.pos_ != "VERB" or verb.dep_ in ("prep", "amod", "compound"):
            continue
        i = bisect.bisect_right(starts, verb.idx) - 1
        if i < 0 or verb.idx >= sentences[i].end:
            continue
        ev = _event(doc, verb, actors, published, sentences[i])
        if ev is not None:
            ev.sentence = i
            events.append(ev)
    return events


def _event(doc: Doc, verb: Token, actors: ActorTable, published, sent: SentenceRec) -> EventRec | None:
    subj = _subject(verb)
    if subj is not None and not sent.start <= subj.idx < sent.end:
        subj = None     # the parser reached into another paragraph
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    subjects = _core_actors(subj, actors) if subj is not None else []
    objects: list[str] = []
    object_text = ""
    direct = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    for o in direct:
        found = _core_actors(o, actors) or _prep_actors(o, actors)
        objects += found
        if not object_text:
            object_text = _np_text(doc, o)
    if passive:
        # "X was toppled by Y": Y acted on X
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        patients = subjects
        subjects = [k for g in agents for k in _core_actors(g, actors)]
        objects = patients + objects
        object_text, subj = (_np_text(doc, subj) if subj is not None else object_text), (agents[0] if agents else None)
    time_tok, time_text, dated = _time(doc, verb)
    prep_word = None
    for c in verb.children:
        if c.dep_ != "prep" or time_tok is not None and c.i == time_tok.i:
            continue
        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if pobj is None:
            continue
        found = _core_actors(pobj, actors)
        if found:
            objects += found
            if prep_word is None and not direct and c.i > verb.i:
                prep_word = c
                object_text = object_text or _np_text(doc, pobj)
    subjects = list(dict.fromkeys(subjects))
    objects = [k for k in dict.fromkeys(objects) if k not in subjects]
    if not subjects and not objects:
        return None
    action = verb.lemma_.lower()
    action_words = [verb]
    prt = next((c for c in verb.children if c.dep_ == "prt"), None)
    if prt is not None:
        action += " " + prt.lower_
        action_words.append(prt)
    if prep_word is not None:
        action += " " + prep_word.lower_
        action_words.append(prep_word)
    if any(c.dep_ == "neg" for c in verb.children):
        action = "not " + action
    future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)
    return EventRec(
        sentence=-1,
        action=action,
        action_text=" ".join(t.text for t in sorted(action_words, key=lambda t: t.i)),
        subjects=subjects,
        objects=objects,
        subject_text=_np_text(doc, subj) if subj is not None else "",
        object_text=object_text,
        time_text=time_text,
        date=resolve_time(time_text, published, future=future) if dated else None,
    )


def _subject(verb: Token) -> Token | None:
    """The verb's own subject, or the one it inherits: a relative clause's noun, a
    controlled infinitive's controller ("Israel asked the US to prevent" -> the US),
    the first of two coordinated verbs."""
    seen = 0
    v = verb
    while seen < 6:
        seen += 1
        own = next((c for c in v.children if c.dep_ in SUBJECT_DEPS), None)
        if own is not None:
            if own.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
                return v.head
            return own
        if v.dep_ == "relcl":
            return v.head
        if v.dep_ == "xcomp":
            obj = next((c for c in v.head.children if c.dep_ in ("dobj", "dative")), None)
            if obj is not None:
                return obj
            v = v.head
            continue
        if v.dep_ in ("conj", "advcl") and v.head.pos_ in ("VERB", "AUX"):
            if v.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) \
                    and v.tag_ != "VBG":
                return None
            v = v.head
            continue
        return None
    return None


def _core_actors(tok: Token, actors: ActorTable) -> list[str]:
    """The actors a noun phrase names at its head (and the heads it is coordinated or in
    apposition with); failing that, the actors that modify its head ("Israeli officials",
    "Trump's administration")."""
    out: list[str] = []
    stack = [tok]
    seen = set()
    while stack:
        t = stack.pop()
        if t.i in seen:
            continue
        seen.add(t.i)
        key = actors.token_actor.get(t.i)
        if key:
            out.append(key)
        for c in t.children:
            if c.dep_ in ("conj", "appos"):
                stack.append(c)
    if out:
        return out
    for c in tok.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod", "npadvmod"):
            key = actors.token_actor.get(c.i)
            if key:
                out.append(key)
    return out


def _prep_actors(tok: Token, actors: ActorTable) -> list[str]:
    """'airstrikes on Syrian military installations' -> Syria: the actors of the object's
    own prepositional phrases, when its head names none."""
    out: list[str] = []
    for c in tok.children:
        if c.dep_ == "prep":
            for g in c.children:
                if g.dep_ == "pobj":
                    out += _core_actors(g, actors)
    return out


def _time(doc: Doc, verb: Token) -> tuple[Token | None, str | None, bool]:
    """The verb's time expression as written (the leftmost if there are several), and
    whether its head is itself a date ("on Friday": yes; "since Assad's ouster": no), i.e.
    whether it can be turned into a calendar date."""
    for c in sorted(verb.children, key=lambda t: t.i):
        low = c.lower_
        if c.dep_ == "prep":
            pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is None:
                continue
            dated = pobj.ent_type_ in ("DATE", "TIME")
            if low in ALWAYS_TEMPORAL or low in MAYBE_TEMPORAL and dated:
                return c, _subtree_text(doc, c), dated
            if low in ("after", "before", "following") and pobj.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP"):
                return c, _subtree_text(doc, c), dated
        elif c.dep_ in ("npadvmod", "tmod", "obl", "advmod", "nmod") and (
                c.ent_type_ in ("DATE", "TIME") or low in TIME_ADVERBS):
            return c, _subtree_text(doc, c), True
    return None, None, False


def _subtree_text(doc: Doc, tok: Token) -> str | None:
    start, end = tok.left_edge.i, tok.right_edge.i + 1
    if end - start > _MAX_TEXT_TOKENS:
        return None
    return doc[start:end].text


def _np_text(doc: Doc, tok: Token) -> str:
    """A noun phrase without its relative clause or apposition, and no longer than needed."""
    end = tok.i + 1
    for c in tok.rights:
        if c.dep_ in ("relcl", "appos", "acl", "punct", "advcl") or c.text in ",;:":
            break
        end = c.right_edge.i + 1
    start = tok.left_edge.i
    while start < tok.i and (doc[start].is_punct or doc[start].lower_ in RELATIVE_PRONOUNS):
        start += 1
    end = min(end, start + _MAX_TEXT_TOKENS)
    return doc[start:end].text
