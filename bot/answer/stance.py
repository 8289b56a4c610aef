"""What X wants, fears or plans: sentences naming X with a word of that meaning, or X's own
words on the question's topic when nothing names the stance outright."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answer.described import named_by_description
from bot.answer.excerpts import excerpt
from bot.answer.lexicon import CAMPAIGN_BODY_WORDS, SYNONYMS
from bot.answer.people import DOER_POSTS, holder_whose_story, post_doing, post_in_body, possessive
from bot.answer.statements import quote_runs
from bot.answer.topics import on_topic
from bot.answer.question import Parsed
from bot.answer.search import Concept, fts_term, name_words, share
from bot.answer.thresholds import (AIM_TOPIC, DIRECT_BONUS, MAX_EXCERPTS, NOTHING, PREMISE_SHARE, RESERVATION_BONUS, STANCE_BONUS,
                                   STANCE_TOPIC, SUBJECT_BONUS)
from bot.answer.voices import source_sentences
from bot.answer.words import MONTHS, THREAT_WORDS, WEEKDAYS, content_words, stance_words
from bot.index.read import placeholders, sentences_by_id
from bot.model import ActorCard, Answer, Attribution, Excerpt

if TYPE_CHECKING:
    from bot.answer.engine import Engine

# Those a question leaves unnamed, as a story does: "some people", "critics", "many".
_UNNAMED = re.compile(r"(?i)^\s*(?:(?:some|many|several|a few|few|other|most)(?: (?:people|observers|critics|experts|analysts|"
                      r"commentators|voters|politicians|countries|members|mps|of them))?|others|critics|sceptics|skeptics|"
                      r"opponents|detractors|people)\s*$")
_UNNAMED_HOLDERS = ("some", "many", "others", "critics", "sceptics", "opponents")


def unnamed(who: str | None) -> bool:
    return bool(who) and bool(_UNNAMED.match(who))


# Posts one person holds for a party: "the tory leader", "the green msp", "the labour candidate".
_PERSON_POSTS = DOER_POSTS | {"candidate"}


def _post_holder(e: Engine, who: str | None, topic: str | None):
    """'the tory leader', 'the green msp': a party's post asked by its name is held by one person,
    whose stance is asked, not the party's (as what they said is): of the post's holders, the
    one whose stories hold the topic, when only one's do."""
    if not who or not re.match(r"(?i)the\s", who) or e.exact_actor(who) is not None:
        return None
    body = e.resolve_one(who)
    last = (content_words(who) or [""])[-1]
    if body is None or body.kind != "group" or last not in _PERSON_POSTS:
        return None  # ("the government", "the ofsted chief": no party's post)
    held = holder_whose_story(e, re.sub(r"(?i)^the\s+", "", who.strip()), topic) if topic else None
    return held if held is not None and held.kind == "person" else None


# Reporting verbs that voice a fear: "Mr Frankel warns that ..."
WARNING_CUES = frozenset("warn warns warned warning cautioned cautions fears feared".split())


def stance(e: Engine, p: Parsed, instead: bool = True) -> Answer | None:
    """What X wants / fears / plans: sentences naming X with a word of that meaning,
    or X's own words on the question's topic. `instead` false: a sentence voicing the stance
    on the topic itself, or None."""
    if p.who and e.resolve_one(p.who) is None and (kin := _FAMILY.match(p.who)) \
            and (head := e.resolve_one(kin.group(1))) is not None and head.kind == "person":
        # "the parata family" is Parata and his family: what they want is told of him with them
        p = Parsed(p.intent, p.text, who=kin.group(1), topic=p.topic, stance=p.stance)
    if p.who and e.resolve_one(p.who) is None and (d := _DESCRIBED.match(p.who)) and content_words(d.group("head")) \
            and not e.search.df(fts_term(p.who) or '""') and post_doing(e, p.who) is None:
        # "the unions meeting prescott": those asked are "the unions"; what they are doing says
        # which story, and is the topic's as much as the question's other words
        p = Parsed(p.intent, p.text, who=d.group("head"), topic=" ".join(x for x in (d.group("clause"), p.topic) if x),
                   stance=p.stance)
    if p.who and (named := _body_as_printed(e, p.who)) is not None:
        p = Parsed(p.intent, p.text, who=named, topic=p.topic, stance=p.stance)
    pair = re.split(r"(?i)\s+(?:and|&)\s+", p.who or "", maxsplit=1)
    actor = e.resolve_one(p.who) if len(pair) < 2 or e.resolve_one(pair[1]) is None else None
    if len(pair) < 2 and (held := _post_holder(e, p.who, p.topic)) is not None:
        actor = held  # "the tory leader" is the one who leads the Tories, not the Tories
    if actor is None and len(pair) == 2 and (actor := e.resolve_one(pair[0])) is not None:
        p = Parsed(p.intent, p.text, who=pair[0], topic=" ".join(x for x in (pair[1], p.topic) if x), stance=p.stance)
        # "what do the SNP and the Tories want": the first, with the second as part of the topic
    if actor is None and len(pair) < 2 and p.who:
        # "the tory candidate in finchley": the one holder of the post whose story names the place
        actor = post_in_body(e, p.who) or post_doing(e, p.who)
    as_named: re.Pattern | None = None  # how a description never printed whole is named, where found apart
    if actor is not None:
        same = [actor, *e.actors.variants(actor)]  # "Vince Cable" is also the story's "Vincent Cable"
        spelt, spelt_in = e.called_after(actor)  # "The commission also recommended ..."
        # ... and by the names of the same body ("Lib Dems", "Liberal Democrats"), where the
        # index missed the mention
        same += [e.actors.by_id[i] for i in sorted(e.actors.family(actor)) if i in e.actors.by_id]
        who = Concept(f"actor:{actor.id}", words=list(dict.fromkeys(w for a in same for w in name_words(a.name))),
                      actor_ids={a.id for a in same} | e.actors.family(actor), spelt=spelt, spelt_in=spelt_in)
        name = actor.name
    elif unnamed(p.who):
        # "why are some people worried about ...": those who hold it go unnamed in the story too
        # ("Some are worried that ...", "Critics fear ..."), and the story tells it in its own voice
        who = Concept("who", words=list(_UNNAMED_HOLDERS))
        name = p.who
    else:
        words = content_words(p.who)
        if not words or any(e.search.df(fts_term(w) or '""') == 0 for w in words):
            if words and source_sentences(e, p.who or "")[0]:  # a byline's author, never named in the text
                return _said_instead(e, p, p.who or "", e.concepts(p.topic), [])
            return e.nothing(p, f"The pack does not mention {p.who}." if p.who else NOTHING, suggest=p.who)
        # a name the actor table missed: match its words; and a description by its last word
        # where the story printed it whole ("Five public sector unions met ..." ... "The five unions ...")
        words = content_words(p.who or "")
        head, printing = words[-1] if len(words) > 1 else "", []
        if head and len(head) > 3 and head.endswith("s"):
            printing = sorted({e.search.article_of(i) for i in e.search.rowids(fts_term(" ".join(words)) or '""')})
        if head and len(head) > 3 and not printing \
                and not any(e.search.df(fts_term(w) or '""') for w in name_words(p.who or "")):
            printing = _told_apart(e, words)
            # ... where the story names it by that word ("The media union", "a committee of MPs"),
            # not in another's words on their own ("his campaign", "Bosses, journalists, ...")
            as_named = re.compile(r"(?i)(?:\b(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}|^)%s\b" % re.escape(head)) \
                if printing else None
        who = Concept("who", words=name_words(p.who or "") + _members_of(words), spelt=(head,) if printing else (),
                      spelt_in=frozenset(printing))
        name = p.who
    if (own_means := _BY_OWN_MEANS.match(p.topic or "")) and content_words(own_means.group("topic")):
        # "promising on immigration with his new party": X's own means are whose stance, not its topic
        p = Parsed(p.intent, p.text, who=p.who, topic=own_means.group("topic"), stance=p.stance)
    if (after := _NEXT.match(p.topic or "")) is not None:
        # "what is X planning next": what comes after is any plan of X's, not one that says "next"
        p = Parsed(p.intent, p.text, who=p.who, topic=after.group("topic") or None, stance=p.stance)
    stance_concept = Concept(f"stance:{p.stance}", words=stance_words(p.stance))
    if p.stance == "plan" and _THREAT_ASKED.search(p.text):
        stance_concept.words = [*stance_concept.words, *THREAT_WORDS]
    if p.stance == "plan" and _OFFER_ASKED.search(p.text):
        # "what are the lib dems offering new mums": an offer is told as one ("new mothers would
        # be offered ...") as often as by a word of planning
        stance_concept.words = [*stance_concept.words, *_OFFER_WORDS]
    asked, premise = _premise(p.topic)
    if p.stance in ("want", "plan") and (alt := _INSTEAD.match(asked or "")):
        # "what does X want instead of Y": X's alternative is a want ("a far better solution would be ...");
        # "instead of" marks Y, what X would have in place of it, and is no word of the topic
        stance_concept.words = [*stance_concept.words, *_ALTERNATIVE]
        asked, premise = None, " ".join(x for x in (asked[alt.end():], premise) if x)
    topic = [c for c in e.concepts(asked) if c.label != who.label] if asked else []
    known = {c.label for c in topic}
    setting = [c for c in e.concepts(premise) if c.label not in known and c.label != who.label] if premise else []
    topic += setting
    concepts = [who, stance_concept] + topic
    e.search.weigh(concepts)
    for c in setting:  # what has happened is the question's premise, not what is asked
        c.weight *= PREMISE_SHARE
    best = e.best(concepts, require={who.label}, min_cov=0.0, subjects=who.actor_ids if actor else None)
    # "Anne Borthwick, of Campaign for Borders Rail, said ...": her later words in that story,
    # which do not name the group again, are the group's as much as that sentence is
    delegated = _delegates_words(e, concepts, who, {r["sid"] for r, _ in best}) if actor is not None else []
    # ... and a spokesman right after X's own sentence speaks for X, in a sentence of his own
    spoken = _spokesman_next(e, concepts, who, [r for r, _ in best], {r["sid"] for r, _ in best + delegated}) \
        if actor is not None and actor.kind != "person" else []
    # ... and an offer told of those it is made to ("Under the package, new mothers would be offered
    # ..."), in a story that names X: X's offer, though the sentence leaves X to the story
    offered = _offered_to(e, concepts, who, topic, {r["sid"] for r, _ in best + delegated + spoken}) \
        if actor is not None and topic and _OFFER_ASKED.search(p.text) else []
    best += delegated + spoken + offered
    delegated_ids = {r["sid"] for r, _ in delegated}
    offered_ids = {r["sid"] for r, _ in offered}
    topic_labels = {c.label for c in topic}
    # "The Lib Dems would allow people to swap these winter fuel payments ...": X as the subject
    # of a sentence on the topic that says what X would or will do states X's aim as well as
    # X's own words do ("X was speaking about ..." does not).
    opens = _opening_on(e, who.actor_ids, [r["sid"] for r, _ in best]) if actor else set()
    # ... also where the index missed the mention ("The Liberal Democrats have ...", read as the
    # US "Democrats"): a sentence opening on X's name as printed
    by_name = {r["sid"] for r, _ in best if _opens_on_subject(r["text"], who.words, stance_concept.words)} \
        if actor is not None else set()
    opens |= by_name
    if who.spelt:  # "The commission also recommended ...", in a story that named the Law Commission
        called = re.compile(r"(?i)the (?:%s)\b" % "|".join(map(re.escape, who.spelt)))
        opens |= {r["sid"] for r, _ in best if r["article_id"] in who.spelt_in and called.match(r["text"])}
    # ("He plans to axe 104,000 jobs": a sentence opening on a pronoun the index tied to X is X's
    # as X's own words are, and its "he" is X)
    pronoun_led = {r["sid"] for r, _ in best if r["sid"] in opens and _PRONOUN_OPENING.match(r["text"])} if actor else set()
    subject_of = e.subject_sentences(who.actor_ids, [r["sid"] for r, _ in best]) | opens if actor else set()
    if actor is None and not unnamed(p.who):
        # "House Republicans introduced legislation that would make the tax cuts permanent":
        # those the question names, opening the sentence, are its subject as an actor is
        subject_of = {r["sid"] for r, _ in best if _opens_with(r["text"], who.words)}
    # "What is the Press Council worried about with the bill?": "The Press Council is concerned
    # the laws would ...", in a story that names the bill elsewhere, voices the fear on it.
    whole = {a for a, cov in e.search.article_coverage(topic, sorted({r["article_id"] for r, _ in best})).items()
             if cov >= 1.0 - 1e-9} if topic else set()

    # Those a phrase names (the actor table lacks them) hold the view where they are the source,
    # or not only the object of a preposition ("We will seek pledges from individual MPs")
    named = re.compile(r"(?i)\b(?:%s)\b" % "|".join(re.escape(w) for w in who.words if w))

    def theirs(row) -> bool:
        if as_named is not None and row["article_id"] in who.spelt_in and not as_named.search(row["text"]) \
                and not named.search(row["text"]):
            return False  # (the description's last word, as the story names it: `_told_apart`)
        if named.search(row["source"] or ""):
            return True
        found = [m.start() for m in named.finditer(row["text"])]
        return not found or not all(_OBJECT_OF.search(row["text"][:i]) for i in found)

    told = _naming(e, who.actor_ids, [r["sid"] for r, _ in best]) if actor is not None else set()
    # "Mike Hobday, of the League Against Cruel Sports, said ...": one who speaks for X voices X's stance
    voice = (_speaks_for(e, who.actor_ids, [r for r, _ in best]) | delegated_ids | {r["sid"] for r, _ in spoken}) \
        if actor is not None else set()
    if actor is not None:
        # ... and so does "An Operation Black Vote spokesman", "Mr Blair's official spokesman": a
        # spokesman of X, whom the source names (and so the sentence does, as a mention would)
        for_them = _subject_names(who.words, [a.name for a in same], who.spelt)
        # (the index may tie such a spokesman to X already: still X's spokesman)
        spokes = {r["sid"] for r, _ in best if (r["source_actor"] is None or r["source_actor"] in who.actor_ids)
                  and _spokesman_for(r["source"], for_them)}
        voice |= spokes
        told |= spokes

    # ... and, for those the actor table lacks, a speaker the story calls by the question's words,
    # or by their last word where it printed them whole ("The five unions meeting Mr Prescott want
    # ...", in a story on "five public sector unions")
    printed = re.compile(r"(?i)\b(?:%s)\b" % "|".join(re.escape(w) for w in [*who.words, *who.spelt] if w)) \
        if actor is None and not unnamed(p.who) and [*who.words, *who.spelt] else None

    def calls_them(row, text: str | None) -> bool:
        m = printed.search(text or "") if printed is not None else None
        return bool(m) and (m.group(0).lower() in who.words or row["article_id"] in who.spelt_in)

    # ... and a source that is X's name as printed, where the index tied it to another ("The
    # Liberal Democrats are promising ...", read as the US "Democrats")
    own_name = re.compile(r"(?i)(?:the )?(?:%s)" % "|".join(re.escape(w) for w in who.words if w)) \
        if actor is not None and any(who.words) else None

    def own(row) -> bool:
        return row["source_actor"] in who.actor_ids or row["sid"] in voice or row["sid"] in offered_ids \
            or own_name is not None and bool(own_name.fullmatch((row["source"] or "").strip()))

    def called_own(row) -> bool:
        return calls_them(row, row["source"]) and calls_them(row, row["text"]) if row["source_actor"] is None else False

    def stated(row) -> bool:
        """X the subject of its own word of that stance ("The Lib Dems are asking the watchdog to
        ..."), in a story covering all the topic: X's stance on it, though the sentence calls the
        topic otherwise."""
        return actor is not None and row["article_id"] in whole and row["sid"] in subject_of \
            and stance_concept.label in e.last_labels().get(row["sid"], set()) \
            and _says_directly(row["text"], for_them,  # (set wherever actor is)
                               [w for w in stance_concept.words if w not in _NOT_DIRECT], False,
                               person=actor.kind == "person", denied=p.stance == "want" and not _NEGATION.search(p.text))

    def relevant(row) -> bool:
        labels = e.last_labels().get(row["sid"], set())
        on_topic = _share(topic, labels)
        if topic_labels and not on_topic:
            # X wants something, but not what was asked about, unless X's own sentence of
            # that stance sits in a story covering all the topic
            return instead and stance_concept.label in labels and row["article_id"] in whole \
                and own(row)
        if stance_concept.label in labels:
            # "... should encourage young people to drink" voices a want, but "ministers" alone
            # is not the topic "ministers over free personal care" (X's own sentence of that stance,
            # in a story covering all the topic, is on it as one sharing none of it is, above; and so is
            # one there whose subject X is of its own word of that stance, `stated`)
            return (not topic_labels or on_topic >= STANCE_TOPIC
                    or instead and row["article_id"] in whole and (own(row) and row["sid"] in told or called_own(row))
                    or instead and stated(row)) \
                and (actor is not None or theirs(row))
        if p.stance == "fear" and (row["cue"] or "").lower() in WARNING_CUES and own(row):
            return True  # "Mr Frankel warns that ...": a fear, in the reporting verb
        if topic_labels and on_topic < 0.5 and own(row) and _names_the_thing(e, topic, labels, row["article_id"] in whole):
            return True
        return bool(topic_labels) and on_topic >= 0.5 and (
            own(row)
            or row["sid"] in subject_of and bool(_AIM.search(row["text"])))

    considered = best
    best = [(r, sc) for r, sc in best if relevant(r)]
    if not best and instead and actor is not None and topic_labels:
        # "In October, the Council of Scottish Colonels proposed the merger of the Royal Scots ...":
        # in a story covering all the topic, X the subject of its own word of that stance tells X's
        # stance on it, though the sentence calls the topic otherwise (where nothing else does)
        best = [(r, sc) for r, sc in considered if stated(r)]
    # A sentence that voices the stance outranks one that is only on the topic.
    labels = e.last_labels()
    voiced = {sid for sid, ls in labels.items() if stance_concept.label in ls}
    if topic and p.stance == "view":
        # ... a view on the topic's rarest thing: "Straw on the EU rebate" is not his objections on China's arms
        rarest = max(topic, key=lambda c: c.weight).label
        voiced = {sid for sid in voiced if rarest in labels.get(sid, set())}
    denied_want: set[int] = set()
    if p.stance == "want":
        # ... by a word of wanting in the active voice: "The commission ... had been asked to
        # consider reforms" says what others wanted of it, not what it wants
        words = set(stance_concept.words)
        voiced -= {r["sid"] for r, _ in best if _only_passive(r["text"], words)}
        # ... and by a word of wanting in that sense: "such phone calls are illegal", "asked
        # whether", "told the press" name a thing or a question, not a want
        voiced -= {r["sid"] for r, _ in best if _only_other_sense(r["text"], words)}
        if not _NEGATION.search(p.text):
            # ... and not denied: "he does not want higher tax rates" says what X does not want,
            # and covers the question's want no more than a sentence without the word
            denied_want = {r["sid"] for r, _ in best if _only_negated(r["text"], words)}
            voiced -= denied_want
        # ... and X's, not the topic's: asked what X wants the government to do, "the government
        # wants to recruit ..." (in X's own words) tells what the government wants
        them = {w.lower() for c in topic for w in c.words if w and " " not in w and not w.endswith("*")}
        voiced -= {r["sid"] for r, _ in best if them and _only_wanted_by(r["text"], words, them)}
    # ... and most of all one where X is the subject of the word of that stance: "Lord Falconer
    # wants ...", "he urged ...", "The Lib Dems want it replaced", not another's want X reports
    # ("Labour was avoiding ... because it wanted"); "he" is X only in X's own sentence.
    subjects = _subject_names(who.words, [a.name for a in same] if actor is not None else [], who.spelt)
    verbs = [w for w in stance_concept.words if w not in _NOT_DIRECT] + (["would", *_WANT_VERBS] if p.stance == "plan" else [])
    denied = p.stance == "want" and not _NEGATION.search(p.text)  # "he does not want ..." is no want of his
    beyond = [c for c in topic if not _in_name(c, [a.name for a in same] if actor is not None else [])]
    # ("he", "we" in the words of one who speaks for X are X, on the topic asked: "We've long urged
    # them to go drag hunting", said of hunts by the League's spokesman)
    direct = {r["sid"] for r, _ in best if _says_directly(
        r["text"], subjects, verbs, r["source_actor"] in who.actor_ids or r["sid"] in pronoun_led or r["sid"] in voice and (
            not topic_labels or _share(beyond, labels.get(r["sid"], set())) > 0),
        person=actor is not None and actor.kind == "person", denied=denied)}
    # ... and, in X's own words, what X says ought to be done ("Lord Holme argued that broadcasters
    # "should make the decision"", "She said questions must be answered"): X's want, though told
    # less outright than by X's own verb of wanting ("Mr Howard called for a return to O-levels")
    ought = {r["sid"] for r, _ in best if own(r) and r["sid"] not in direct and _OUGHT.search(r["text"])} \
        if p.stance == "want" else set()
    if p.stance == "plan":
        # ... by a word of planning, not "going to" a place: "were going to the full council",
        # "to go to court" (the index reads "going to" and "go to" alike); and what X wants to
        # do is what X plans ("Mr Tolland wants ...", not "the money Britain wanted to spend")
        voiced -= {r["sid"] for r, _ in best if _only_going_somewhere(r["text"])}
        voiced |= {r["sid"] for r, _ in best if r["sid"] in direct and _share(topic, labels.get(r["sid"], set())) > 0}
    if actor is not None:
        # ... held by X: "Labour, in particular, fears ...", not "... the real threat to Labour"
        voiced &= {r["sid"] for r, _ in best if own(r) or r["sid"] in subject_of}
        # ... and not in the words of another body: "a Labour spokesperson said: 'the Liberal
        # Democrats would restrict access ...'" is Labour's charge, not the Lib Dems' plan
        rival = {r["sid"] for r, _ in best if r["sid"] not in voice and _another_body(e, r, who.actor_ids)}
        voiced -= rival
        direct -= rival
    else:  # ... by those the question names
        voiced &= {r["sid"] for r, _ in best if theirs(r)}
    if p.stance in ("plan", "want") and topic_labels:
        # "The party would cut the number of MPs by a fifth, Michael Howard has said": what X says
        # X's side would do, on all of the topic, voices the plan as well as the word "plan" does
        voiced |= {r["sid"] for r, _ in best if (own(r) or r["sid"] in opens)
                   and _AIM.search(r["text"]) and _share(topic, labels.get(r["sid"], set())) >= AIM_TOPIC}
    # (the words of one who speaks for X where they do not name X tell X's stance only where the
    # speaker, "we" or "she" holds it: "the Home Secretary is going to be a marriage registrar" is no plan of theirs)
    voiced -= delegated_ids - direct
    if instead and best and all(r["sid"] in delegated_ids and r["sid"] not in voiced for r, _ in best):
        # ... and the rest of their words are only X's words on the topic, which X's own sentence
        # and the one after it tell first where there is one: "Rhian Beynon of the JCWI said ..."
        said = _said_instead(e, p, name, topic, [e.card(actor)] if actor else [])
        if said.found:
            return said
    # ... and X's alone: "The Tories and the Lib Dems have called for ..." is a stance X shares,
    # which tells X's own less than X's own sentence ("A judge should look into ..., the Lib Dems
    # say"); where X voices it alone, the shared one counts as one that only names X
    shared = {r["sid"] for r, _ in best if _jointly(r["source"], [a.name for a in same])} if actor is not None else set()
    if voiced - shared and shared:
        voiced -= shared
        direct -= shared
    else:
        shared = set()
    # ... and one that X voices, or that tells what X does ("Labour, in particular, fears ...",
    # "Clarke published plans ..."), one that only names X ("... the real threat to Labour",
    # "Mr Howard and Mr Kennedy have said ..., Lord Holme said").
    unwanted = stance_concept.weight / (sum(c.weight for c in concepts) or 1.0)
    # ... and, for a fear no sentence of X's names, X's reservation: "But the Tory leader argued that
    # the EU constitution was not designed to take in ..." after X's praise of the same thing
    reserved = {r["sid"] for r, _ in best if r["sid"] not in voiced and own(r) and _RESERVATION.match(r["text"])} \
        if p.stance == "fear" else set()
    # ... and, where no sentence of a story covering all the topic names it, X the subject of its
    # own word of that stance in the story whose headline names all the topic ("But the Tories
    # want the information commissioner to investigate", under "Whitehall shredding increasing")
    # is on the topic that story is on, though the sentence does not name it again; it outranks
    # one on the topic in a story on another matter
    named_there = any(r["article_id"] in whole and _share(topic, labels.get(r["sid"], set())) >= STANCE_TOPIC
                      for r, _ in best)
    stated_there = [(r, sc) for r, sc in best if r["sid"] in direct and stated(r)] if not named_there else []
    titled = e._headlines_cover(topic, [r["sid"] for r, _ in stated_there]) if stated_there else {}
    told_there = _on_story_topic(concepts, topic, labels, [
        (r, sc) for r, sc in stated_there if titled.get(r["article_id"], set()) >= topic_labels])
    best = [(r, told_there.get(r["sid"], sc)) for r, sc in best]
    best.sort(key=lambda x: -round(x[1] + (STANCE_BONUS if x[0]["sid"] in voiced else 0.0)
                                   - (unwanted if x[0]["sid"] in denied_want else 0.0)
                                   + (DIRECT_BONUS if x[0]["sid"] in direct else 0.0)
                                   + (DIRECT_BONUS / 2 if x[0]["sid"] in ought else 0.0)
                                   + (RESERVATION_BONUS if x[0]["sid"] in reserved else 0.0)
                                   + (SUBJECT_BONUS if (x[0]["source_actor"] in who.actor_ids  # its own words before its chairman's
                                      or own_name is not None and own_name.fullmatch((x[0]["source"] or "").strip())
                                      or x[0]["sid"] in subject_of and not x[0]["source"]) and x[0]["sid"] not in shared
                                      else 0.0), 3))
    cards = [e.card(actor)] if actor else []
    if not best and p.stance in ("view", "plan"):
        # "Veritas position on asylum seekers", "what would Veritas do about asylum seekers": no
        # sentence backs, opposes or plans, but "Veritas wanted to grant an amnesty" is where it
        # stands (a want on the topic itself, not elsewhere in its story)
        wants = stance(e, Parsed(p.intent, p.text, who=p.who, topic=p.topic, stance="want"), instead=False)
        if wants is not None:
            return wants
    if not best:
        return _said_instead(e, p, name, topic, cards) if instead else None
    if actor is not None and actor.kind != "person":
        best = _persons_words_last(e, best, who.actor_ids)
    led = _led_by(e, who.actor_ids, [r["sid"] for r, _ in best[:MAX_EXCERPTS] if r["sid"] in subject_of]) \
        if actor is not None else subject_of
    led |= by_name  # ("The Liberal Democrats have ... called for": theirs, told of them)
    led |= offered_ids  # ("new mothers would be offered ...": X's offer, told in X's story)
    if actor is not None:  # "... which Mr Howard has pledged to plough back": his (not "Yahoo will change ...")
        led |= {r["sid"] for r, _ in best[:MAX_EXCERPTS] if r["sid"] in direct and _says_directly(
            r["text"], subjects, [v for v in verbs if v not in _MODALS], r["source_actor"] in who.actor_ids,
            person=actor.kind == "person")}
    kind_of = re.compile(r"(?i)the (?:%s)" % "|".join(map(re.escape, who.spelt))) if actor is not None and who.spelt else None
    return Answer(p.text, "stance", True, [_held_by(excerpt(r, sc), actor, who.words, r["sid"] in led, by_kind=(
        kind_of is not None and r["source_actor"] is None and r["article_id"] in who.spelt_in
        and bool(kind_of.fullmatch((r["source"] or "").strip())))) for r, sc in best[:MAX_EXCERPTS]], cards)


def _another_body(e: Engine, row, actor_ids: set[int]) -> bool:
    """The sentence quotes a body other than X (a party, a company, a union) in its own words:
    what it says X would do is its charge or its reading of X, not X's own stance (a paper or a
    report that tells of X, "Israel has asked the US ..., HaYom reported", tells X's)."""
    speaker = row["source_actor"]
    other = e.actors.by_id.get(speaker) if speaker is not None and speaker not in actor_ids else None
    return other is not None and other.kind in ("organization", "group") and bool(row["direct_quote"]) \
        and row["source_kind"] not in ("outlet", "report")


def _on_story_topic(concepts: list[Concept], topic: list[Concept], labels: dict[int, set[str]],
                    rows: list) -> dict[int, float]:
    """Scores of X's own stance sentences in a story covering all the topic, as if they named the
    topic they leave to the story: credit for the topic they do not name, where they name less
    than STANCE_TOPIC of it."""
    total = sum(c.weight for c in concepts) or 1.0
    lifted = {}
    for r, sc in rows:
        have = labels.get(r["sid"], set())
        if topic and _share(topic, have) < STANCE_TOPIC:
            lifted[r["sid"]] = sc + sum(c.weight for c in topic if c.label not in have) / total
    return lifted


def _persons_words_last(e: Engine, best: list, ids: set[int]) -> list:
    """A body's stance is told in its own words, not in the "he said" of a person the index
    credits to it: after "Edward Leigh, chairman of the Commons public accounts committee,
    said ...", his "The government must ..., " he said" is his, not the National Audit Office's
    (the person `described.named_speakers` credits it to). Those go after the body's own, among
    the first few read (each costs a lookup of the sentences before)."""
    keep, later = [], []
    for r, sc in best:
        if len(keep) >= MAX_EXCERPTS:
            break
        credited = excerpt(r, sc)
        moved = named_by_description(e, credited) if r["source_actor"] in ids else credited
        (later if moved.attribution != credited.attribution and moved.attribution.kind == "person" else keep).append((r, sc))
    return keep + later + best[len(keep) + len(later):]


_AND = re.compile(r"(?i)\s+(?:and|&)\s+")


def _jointly(source: str | None, names: list[str]) -> bool:
    """A source naming X with others ("The Tories and the Lib Dems", "the SNP and the Tories"),
    not one name that holds "and" itself ("Marks and Spencer")."""
    if not source or not _AND.search(source):
        return False
    return not any(_AND.search(n) and n.lower() in source.lower() for n in names)


def _names_the_thing(e: Engine, topic: list[Concept], labels: set[str], story_covers: bool) -> bool:
    """X's own words naming the thing asked about ("the White Paper"), in a story that covers
    the rest of the topic ("the aviation white paper", the story being on aviation): on the
    topic, though the sentence leaves the thing's qualifier to the story. A place is no such
    thing: "the Iraq legal advice" is the advice, not anything on Iraq."""
    things = {c.label for c in topic if c.actor_ids
              and all(getattr(e.actors.by_id.get(i), "kind", "place") != "place" for i in c.actor_ids)}
    return story_covers and bool(things) and things <= labels and len(things) < len(topic)


def _share(topic: list[Concept], labels: set[str]) -> float:
    """The weighted share of the topic a sentence covers."""
    return sum(c.weight for c in topic if c.label in labels) / (sum(c.weight for c in topic) or 1.0)


def _held_by(x: Excerpt, actor, words: list[str], subject: bool, by_kind: bool = False) -> Excerpt:
    """A sentence in the story's own voice whose subject is X ("The Lib Dems would allow
    people to swap ...", "Tory leader Michael Howard has written to Tony Blair demanding ...")
    tells X's stance: X is whom it is told of, as a quote would name X. `by_kind`: its source is
    X by its kind alone ("The union says ...", in a story that named the PCS), and so is X."""
    if by_kind and actor is not None and x.attribution is not None:
        return replace(x, attribution=replace(x.attribution, source=actor.name))
    if x.attribution is not None or not subject:
        return x
    if actor is not None:
        kind = actor.kind if actor.kind in ("person", "organization") else "organization"
        return replace(x, attribution=Attribution(source=actor.name, kind=kind))
    m = _opens_with(x.quote, words)
    return replace(x, attribution=Attribution(source=m.group(0), kind="organization")) if m else x


# What may come before the subject of a sentence: titles and posts ("Tory leader", "Prime
# Minister"), "the", a word that opens it ("Earlier", "But").
_BEFORE_SUBJECT = re.compile(r"^(?:(?:the|former|shadow|deputy|acting|party|leader|chairman|chairwoman|chair|chief|"
                             r"spokesman|spokeswoman|secretary|minister|president|director|executive|boss|candidate|"
                             r"general|[A-Z][\w'’.-]*),?\s+)*$")


# A date set before the subject: "In June last year, Mr Wallace announced ...", "On Monday, the
# Tories ..." (not a step in what is told, "At that point, Yahoo will change ...", nor a phrase
# that names another: "In a letter to Mr Blair, ..." holds no comma before the name).
_FRONTED = re.compile(r"^(?:In|On|During|Last|Earlier|Since)\b[^,;:\"“]{0,30}?\b(?:" + "|".join(MONTHS + WEEKDAYS)
                      + r"|year|month|week|weekend|(?:19|20)\d\d)\b[^,;:\"“]{0,20},\s+", re.I)


def _led_by(e: Engine, actor_ids: set[int], sentence_ids: list[int]) -> set[int]:
    """Sentences whose subject X is also what they open on: X named before anything but its
    titles ("Tory leader Michael Howard has written ..."), not X in a clause further on ("The
    commissioner is to look into how Labour uses its call centres")."""
    if not actor_ids or not sentence_ids:
        return set()
    rows = e.reader.all(
        f"SELECT m.sentence_id, substr(s.text, 1, m.start - s.start) FROM mentions m JOIN sentences s ON s.id = m.sentence_id"
        f" WHERE m.actor_id IN ({placeholders(actor_ids)}) AND m.sentence_id IN ({placeholders(sentence_ids)})",
        [*actor_ids, *sentence_ids])
    return {sid for sid, before in rows if _BEFORE_SUBJECT.match(_FRONTED.sub("", before or ""))}


def _opens_with(text: str, words: list[str]) -> re.Match | None:
    """The sentence opens on one of the phrases ("House Republicans introduced ...", "The
    media union is adamant ..."): the words as printed."""
    phrases = [w for w in words if w]
    if not phrases:
        return None
    return re.match(r"(?i)(?:the )?((?:%s))\b" % "|".join(map(re.escape, phrases)), text)


# What may follow a subject: an auxiliary or adverb ("The Liberal Democrats have ..."), a verb of
# saying, or a past form ("The Tories pledged").
_AFTER_SUBJECT = re.compile(r"(?i)^\s*(?:has|have|had|is|are|was|were|would|will|shall|should|could|can|may|might|must|"
                            r"does|do|did|also|now|still|already|again|not|never|today|yesterday|say|says|said|\w+ly|\w+ed)\b")


def _opens_on_subject(text: str, words: list[str], verbs: list[str]) -> bool:
    """The sentence opens on X's name as printed, as the subject of what follows ("The Liberal
    Democrats have ... called for", "The Lib Dems want"), not as a word of another's title
    ("Conservative leader Michael Howard ...")."""
    m = _opens_with(text, words)
    if m is None:
        return False
    rest = text[m.end():]
    if _AFTER_SUBJECT.match(rest):
        return True
    nxt = re.match(r"\s*([\w'’]+)", rest)
    return bool(nxt) and nxt.group(1).lower() in verbs


def _said_instead(e: Engine, p: Parsed, name: str, topic: list[Concept], cards: list[ActorCard]) -> Answer:
    """Nothing names the stance; what X said (on the topic, if asked) usually shows it."""
    verb = {"fear": "fears", "want": "wants", "plan": "plans", "view": "thinks"}.get(p.stance or "want", "wants")
    noun = {"fear": "worries", "want": "aims", "plan": "plans", "view": "position"}.get(p.stance or "want", "aims")
    stance = Concept(f"stance:{p.stance}", words=stance_words(p.stance))
    e.search.weigh([stance])
    ids, speakers = source_sentences(e, p.who or "")
    rows = sentences_by_id(e.reader, ids)
    ranked = on_topic(e, topic, ids, rows, p.topic, question=p.text) if topic else [(rows[i], 0.0) for i in ids]
    if not ranked:
        return e.nothing(p, f"The pack does not say what {name} {verb}.")
    said = e.search.coverage([stance], [r["sid"] for r, _ in ranked])
    ranked.sort(key=lambda x: (-round(x[1] + (0.5 if said[x[0]["sid"]][1] else 0.0), 3), x[0]["sid"]))
    cards = cards or [e.card(a) for a in speakers[:1]]
    return Answer(p.text, "stance", True, quote_runs(e, ranked, rows), cards,
                  note=f"The pack does not state {possessive(name)} {noun} outright; here is what was said:")


_BE = frozenset("am is are was were be been being".split())


def _only_passive(text: str, words: set[str]) -> bool:
    """Every word of wanting the sentence holds is a passive participle: "had been asked to",
    "were urged to" (a phrase of wanting, "would like", is never passive), or what such a one
    is asked to do: "was being urged to push for action" is others' want of X."""
    def passive(toks: list[str], i: int) -> bool:
        return _passive(toks, i) or i > 1 and toks[i - 1] == "to" and toks[i - 2] in words and _passive(toks, i - 2)
    return _every_use(text, words, passive)


def _passive(toks: list[str], i: int) -> bool:
    if not (toks[i].endswith("ed") or toks[i] == "sought"):
        return False
    j = i - 1 if i and not toks[i - 1].endswith("ly") else i - 2
    return j >= 0 and toks[j] in _BE


def _only_other_sense(text: str, words: set[str]) -> bool:
    """Every word of wanting the sentence holds is used in another sense: a call not "for" or
    "on" anything ("phone calls", "called it a scar"), an asking of a question ("asked whether"),
    "the press" (a phrase of wanting is never another sense)."""
    return _every_use(text, words, _other_sense)


def _other_sense(toks: list[str], i: int) -> bool:
    t, after = toks[i], toks[i + 1] if i + 1 < len(toks) else ""
    if t.startswith("call"):
        return after not in ("for", "on", "upon")
    if t.startswith("ask"):
        return after in _ASKED
    return t == "press" and i > 0 and toks[i - 1] == "the"


# A word that denies what follows: "does not want", "doesn't want", "never wanted".
_NEGATION = re.compile(r"(?i)\b(?:not|never)\b|n['’]t\b")


# Between a subject and its verb: the auxiliaries and adverbs of SUBJECT_VERB_GAP, as tokens.
_GAP_WORDS = frozenset("has have had is are was were would will does do did also now still already again been not "
                       "further previously recently today yesterday".split())


def _only_wanted_by(text: str, words: set[str], subjects: set[str]) -> bool:
    """Every word of wanting the sentence holds has one of `subjects` (the topic's words) right
    before it as its subject: "the government wants to recruit" is the government's want ("Blair
    should set out ..." is what X says Blair ought to do: X's want of Blair)."""
    def theirs(toks: list[str], i: int) -> bool:
        if toks[i] in ("should", "must"):
            return False
        j = i - 1
        while j >= 0 and (toks[j] in _GAP_WORDS or toks[j].endswith("ly")):
            j -= 1
        return j >= 0 and toks[j] in subjects
    return _every_use(text, words, theirs)


def _only_negated(text: str, words: set[str]) -> bool:
    """Every word of wanting the sentence holds is denied: "he does not want higher tax rates",
    "they never sought" (a phrase of wanting is never denied here)."""
    return _every_use(text, words, _negated)


def _negated(toks: list[str], i: int) -> bool:
    before = toks[max(0, i - 2):i]
    return any(t in ("not", "never") or t.endswith("n't") for t in before)


def _every_use(text: str, words: set[str], test) -> bool:
    """The sentence holds words of the stance, and `test` (its words, a position) holds for
    every one of them; a phrase of the stance ("would like") makes it false."""
    low = text.lower().replace("’", "'")
    if any(" " in w and re.search(r"\b%s\b" % re.escape(w), low) for w in words):
        return False
    toks = re.findall(r"[a-z']+", low)
    hits = [i for i, t in enumerate(toks) if t in words]
    return bool(hits) and all(test(toks, i) for i in hits)


# A spokesman named by whom they speak for: "An Operation Black Vote spokesman", "Mr Blair's
# official spokesman", "The Tory spokesman".
_SPOKESMAN = re.compile(r"(?i)^(?:(?:an?|the)\s+)?(?P<whose>.+?)(?:['’]s)?\s+(?:official\s+|press\s+)?spokes(?:man|woman|person)$")


def _spokesman_for(source: str | None, names: list[str]) -> bool:
    m = _SPOKESMAN.match(source or "")
    return bool(m) and any(re.search(r"(?i)\b%s\b" % re.escape(n), m.group("whose")) for n in names if n)


_FOR_BODY_AFTER = re.compile(r"(?i)^,\s+(?:of|from|for)\s+(?:the\s+)?$")


def _speaks_for(e: Engine, actor_ids: set[int], rows: list) -> set[int]:
    """Sentences whose speaker speaks for X, by the words that tie them: "Mike Hobday, of the
    League Against Cruel Sports, said", "Vincent Cable, for the Liberal Democrats, called on ..."
    (a post before the name, "Stop Gatwick Expansion chairman Ned Parr", is left to the body's
    own words, which come first)."""
    speakers = {r["sid"]: r["source_actor"] for r in rows if r["source_actor"] is not None and r["source_actor"] not in actor_ids}
    if not actor_ids or not speakers:
        return set()
    found = e.reader.all(
        f"SELECT m.sentence_id, m.actor_id, m.start - s.start, m.end - s.start, s.text FROM mentions m"
        f" JOIN sentences s ON s.id = m.sentence_id WHERE m.sentence_id IN ({placeholders(speakers)})",
        list(speakers))
    ends: dict[int, list[int]] = {}  # where the speaker's own mentions end, by sentence
    for sid, aid, _, end, _ in found:
        if aid == speakers[sid]:
            ends.setdefault(sid, []).append(end)
    return {sid for sid, aid, start, _, text in found if aid in actor_ids
            and any(end <= start and _FOR_BODY_AFTER.match(text[end:start]) for end in ends.get(sid, ()))}


# What ties a person to the body named after them: "Mike Hobday, of the League Against Cruel
# Sports", "Ashok Vishwanathan of Operation Black Vote", "Anne Borthwick, of Campaign for Borders
# Rail" (the body's name, as the story prints it, may hold the name the index found).
_OF_BODY = re.compile(r"^,?\s+(?:of|from|for)\s+(?:the\s+)?(?:[A-Z][\w'&-]*\s+)*(?:(?:for|of|against|to)\s+(?:the\s+)?)?$")


def _delegates_words(e: Engine, concepts: list[Concept], who: Concept, seen: set[int]) -> list:
    """The words of one a story ties to X by "P, of X," in the sentences of that story that do
    not name X: P speaks for X there (the sentences are P's own, spoken or quoted)."""
    ids = sorted(who.actor_ids)
    if not ids:
        return []
    ties = e.reader.all(
        f"SELECT s.article_id, p.actor_id, substr(s.text, p.end - s.start + 1, x.start - p.end) FROM mentions x"
        f" JOIN mentions p ON p.sentence_id = x.sentence_id JOIN sentences s ON s.id = x.sentence_id"
        f" JOIN actors a ON a.id = p.actor_id"
        f" WHERE x.actor_id IN ({placeholders(ids)}) AND a.kind = 'person' AND p.end <= x.start AND x.start - p.end <= 60",
        ids)
    tied = {(art, pid) for art, pid, between in ties if pid not in who.actor_ids and _OF_BODY.match(between or "")}
    if not tied:
        return []
    sids = []
    for art, pid in sorted(tied):  # ("Mr Vishwanathan said" is the same Ashok Vishwanathan)
        pids = sorted({pid} | ({v.id for v in e.actors.variants(e.actors.by_id[pid])} if pid in e.actors.by_id else set()))
        sids += [r[0] for r in e.reader.all(
            f"SELECT t.sentence_id FROM attributions t JOIN sentences s ON s.id = t.sentence_id"
            f" WHERE t.actor_id IN ({placeholders(pids)}) AND s.article_id = ?", [*pids, art]) if r[0] not in seen]
    return _scored_as_theirs(e, concepts, who, sids)


def _scored_as_theirs(e: Engine, concepts: list[Concept], who: Concept, sids: list[int]) -> list:
    """Sentences scored as if they named X (their speaker speaks for X), best first."""
    if not sids:
        return []
    weights = {c.label: c.weight for c in concepts}
    total = sum(weights.values()) or 1.0
    labels = e.last_labels()
    out = []
    rows = sentences_by_id(e.reader, sids)
    for sid, (_, covered) in e.search.coverage(concepts, sids).items():
        if sid not in rows:
            continue
        covered = covered | {who.label}
        labels[sid] = covered
        out.append((rows[sid], share(weights, covered, total)))
    return sorted(out, key=lambda x: -x[1])


# "Home Affairs spokesman Mark Oaten also demanded ...": a spokesman named by a post and a name
_POST_SPOKESMAN = re.compile(r"^(?:[A-Z][\w'’-]*\s+){0,3}spokes(?:man|woman|person)\s+(?:[A-Z][\w'’-]*\s+){1,3}")


def _spokesman_next(e: Engine, concepts: list[Concept], who: Concept, rows: list, seen: set[int]) -> list:
    """Right after X's own sentence ("The Liberal Democrats say ..."), the next one's spokesman,
    named by a post that names no other body ("Home Affairs spokesman Mark Oaten also demanded
    ..."), is X's spokesman: a reader takes the post as X's, and those words as X's."""
    after = {r["sid"] + 1: r["article_id"] for r in rows if r["source_actor"] in who.actor_ids}
    nxt = sentences_by_id(e.reader, [s for s in after if s not in seen])
    cands = [s for s, row in nxt.items() if row["article_id"] == after[s] and row["source_actor"] is not None
             and row["source_actor"] not in who.actor_ids and (post := _POST_SPOKESMAN.match(row["text"])) and post.end() <= _POST_SPAN]
    if not cands:
        return []
    # (no body named in the post: "Labour spokesman John Reid" speaks for Labour, not X)
    other = {r[0] for r in e.reader.all(
        f"SELECT m.sentence_id FROM mentions m JOIN sentences s ON s.id = m.sentence_id JOIN actors a ON a.id = m.actor_id"
        f" WHERE m.sentence_id IN ({placeholders(cands)}) AND a.kind != 'person' AND m.start - s.start < ?",
        [*cands, _POST_SPAN])}
    return _scored_as_theirs(e, concepts, who, [s for s in cands if s not in other])


_POST_SPAN = 60  # characters: a post and a name open the sentence


def _naming(e: Engine, actor_ids: set[int], sentence_ids: list[int]) -> set[int]:
    """Sentences that name the actor (the story's report of what X holds, not a quote of X's)."""
    if not actor_ids or not sentence_ids:
        return set()
    return {r[0] for r in e.reader.all(
        f"SELECT DISTINCT sentence_id FROM mentions WHERE actor_id IN ({placeholders(actor_ids)})"
        f" AND sentence_id IN ({placeholders(sentence_ids)})", [*actor_ids, *sentence_ids])}


def _opening_on(e: Engine, actor_ids: set[int], sentence_ids: list[int]) -> set[int]:
    """Sentences that open on the actor ("He repeated his pledge not to do post-election
    deals", "The Conservative Party would cut ..."): its subject, though the parse found no event there."""
    if not actor_ids or not sentence_ids:
        return set()
    return {r[0] for r in e.reader.all(
        f"SELECT m.sentence_id FROM mentions m JOIN sentences s ON s.id = m.sentence_id"
        f" WHERE (m.start = s.start OR m.start = s.start + 4 AND substr(s.text, 1, 4) = 'The ')"  # "The Tories would ..."
        f" AND m.actor_id IN ({placeholders(actor_ids)}) AND m.sentence_id IN ({placeholders(sentence_ids)})",
        [*actor_ids, *sentence_ids])}


# A topic, then the holder's own means: "immigration with his new party" (not what is done with
# them: "to do with his £35bn of savings", "let pensioners do with their winter fuel cash").
_BY_OWN_MEANS = re.compile(r"(?i)^(?P<topic>.+?(?<!\bdo)(?<!\bdoes)(?<!\bdid)(?<!\bdone)(?<!\bdoing)) with (?:his|her|their|its) [^,;]+$")

# A topic ending on "next", an adverb: "what is X planning next", "what do they want to do next".
_NEXT = re.compile(r"(?i)^(?P<topic>.*?)\s*\bnext\W*$")

# A question that asks a threat: "what are the tories threatening to do", "what is X's threat".
_THREAT_ASKED = re.compile(r"(?i)\bthreat(?:en\w*|s)?\b")

# A question that asks an offer: "what is X offering Y", and the words that tell one.
_OFFER_ASKED = re.compile(r"(?i)\boffer(?:s|ed|ing)?\b")
_OFFER_WORDS = ("offer", "offers", "offered", "offering")

# An offer in the passive, told of those it is made to: "new mothers would be offered ...".
_OFFERED = re.compile(r"(?i)\b(?:would|will|could|are|is|were|was|be|to)\s+(?:be\s+|being\s+|been\s+)?offered\b")


def _offered_to(e: Engine, concepts: list[Concept], who: Concept, topic: list[Concept], seen: set[int]) -> list:
    """Sentences of a story naming X that tell an offer made to those the topic names, in the
    passive ("Children would be offered two hours' free sports training a week"), scored as if
    they named X."""
    articles = sorted({a for sid in e.search.concept_rows(who) if (a := e.search.article_of(sid))})
    if not articles:
        return []
    ids = e.search.candidates([c for c in concepts if c is not who], limit=100, article_ids=articles)
    rows = sentences_by_id(e.reader, [i for i in ids if i not in seen])
    words = [w for c in topic for w in c.words if w and not w.endswith("*")]

    def told_to(text: str) -> bool:
        m = _OFFERED.search(text)
        return bool(m) and any(re.search(r"(?i)\b%s\b" % re.escape(w), text[:m.start()]) for w in words)
    return _scored_as_theirs(e, concepts, who, [sid for sid, r in rows.items() if r["article_id"] in articles and told_to(r["text"])])


# What is asked in place of another thing, and the words that offer one.
_INSTEAD = re.compile(r"(?i)\s*(?:instead of|rather than|in place of|as an alternative to)\b")
_ALTERNATIVE = ("instead", "rather", "better", "alternative", "preferable")

# A clause that sets what is asked in its time, as its premise: "now he's given up on becoming pm",
# "once the ban kicks in", "after putting savings into frontline services". The answer tells what
# follows from it, and need not restate it; its words count for a share of their weight, and
# "now", "once" and "after" for none.
_PREMISE = re.compile(r"(?i)^(?P<asked>.*?)[\s,]*\b(?:once(?! (?:again|more)\b)|now(?: that)?(?= (?!(?:about|on|over|in|for|with|regarding|to|at|of|and|or|instead|rather|then)\b)\w+(?:['’]\w+)? \w)|"
                      r"after(?= \w+ing\b)|having(?= \w+(?:ed|en|n)\b))"
                      r" (?P<premise>.+)$")


def _members_of(words: list[str]) -> list[str]:
    """A body asked by one common noun ("the government", "the army") is voiced by the people
    who make it up, as stories name them: "Ministers do not support ...", "Troops want ...":
    the paraphrase lexicon's plural synonyms of the noun."""
    if len(words) != 1:
        return []
    return [w for w in SYNONYMS.get(words[0], ()) if " " not in w and w.endswith("s") and w != words[0]]


def _premise(topic: str | None) -> tuple[str | None, str | None]:
    """The topic asked, and the premise set after it (None where there is none)."""
    m = _PREMISE.match(topic or "")
    if m is None or not content_words(m.group("premise")):
        return topic, None
    return m.group("asked").strip() or None, m.group("premise")


def _told_apart(e: Engine, words: list[str]) -> list[str]:
    """The stories that print every word of a description never printed whole ("the journalists'
    union", "the australian media union"): there the story calls it by its last word ("The media
    union is adamant journalists' metadata ...", "the Australian ... union")."""
    held: set[str] | None = None
    for w in words:
        arts = {e.search.article_of(i) for i in e.search.rowids(fts_term(w) or '""')}
        held = arts if held is None else held & arts
        if not held:
            return []
    return sorted(a for a in held or () if a)


def _in_name(c: Concept, names: list[str]) -> bool:
    """A word of the topic that is a word of X's name ("black" of "Operation Black Vote"): where
    X is named, it is printed, and tells nothing of the topic."""
    return any(re.search(r"(?i)\b%s\b" % re.escape(w), n) for w in c.words if w and not w.endswith("*") for n in names)


# A sentence that sets a reservation against what came before: "But ...", "However, ...".
_RESERVATION = re.compile(r"(?i)^(?:but|however|yet|although|though)\b")

# A sentence opening on a pronoun of a person or a body: "He plans ...", "They want ...".
_PRONOUN_OPENING = re.compile(r"(?:He|She|They|It|We)\b")

# A household by its name: "the parata family".
_FAMILY = re.compile(r"(?i)^(?:the )?([\w'’-]+) family$")


def _body_as_printed(e: Engine, who: str) -> str | None:
    """"the votes at 16 campaign": a campaigning body the pack never prints so, asked by another
    word for its kind than the story's ("The Votes at 16 alliance"); the one printed form with
    another such word, or None (a phrase the pack prints, or one printed with none or several)."""
    words = who.split()
    if len(content_words(who)) < 2 or words[-1].lower() not in CAMPAIGN_BODY_WORDS or e.search.df(fts_term(who) or '""'):
        return None
    printed = [f"{' '.join(words[:-1])} {kind}" for kind in sorted(CAMPAIGN_BODY_WORDS - {words[-1].lower()})
               if e.search.df(fts_term(f"{' '.join(words[:-1])} {kind}") or '""')]
    return printed[0] if len(printed) == 1 else None


# Who, and a clause on what they are doing: "the unions meeting prescott", "the MPs pushing lords reform".
_DESCRIBED = re.compile(r"(?i)^(?P<head>(?:the |these |those )?[\w'’-]+(?: [\w'’-]+){0,3}?) (?P<clause>[a-z]{3,}ing (?:[\w'’-]+ ?){1,4})$")


# A phrase a few words after a preposition: "pledges from individual MPs and would-be MPs".
_OBJECT_OF = re.compile(r"(?i)\b(?:from|to|by|for|with|against|of|among|at|on)\s+(?:[\w'-]+\s+){0,4}$")


# What a sentence says someone would do, not what they did.
_AIM = re.compile(r"\b(?:would|will|plans? to|planning to|intends? to|is to|are to|aims? to|proposes?|proposing|"
                  r"pledged?|pledges|promised?|promises|vowed?|vows|ruled out|rules out|refused? to|refuses to|threaten(?:s|ed)? to)\b", re.I)


# Words of a stance that are not verbs X does: "should", "must" (what ought to be), "insist"
# (a claim as often as a demand).
_NOT_DIRECT = frozenset("should must insist insists goal goals threat threats danger dangers risk risks".split())
# What ought to be done, as one says it of another or of a thing ("broadcasters should make",
# "questions must be answered"), not of oneself in passing ("I must say", "I should add").
_OUGHT = re.compile(r"(?i)(?<!\bI )\b(?:should|must)\b(?! say\b| add\b| admit\b| confess\b)")
# What X wants is what X plans to do: "Lord Falconer wants all crown courts to ...".
_WANT_VERBS = ("want", "wants", "wanted", "would like")
# ... X's own sentence calls X by a pronoun: a person "he", "she", "I", "we"; a body "it", "they", "we".
_PERSON_PRONOUNS = ("he", "she", "i", "we")
_BODY_PRONOUNS = ("it", "they", "we")
# Between the subject and its verb: auxiliaries and adverbs ("has also called", "is now seeking").
SUBJECT_VERB_GAP = r"(?:\s+(?:has|have|had|is|are|was|were|would|will|does|do|did|also|now|still|already|again|been|not|"\
                   r"further|previously|recently|today|yesterday|\w+ly))*\s+"


# ... a phrase set off by commas ("Vincent Cable, for the Liberal Democrats, called on"), and X's
# first verb of two joined by "and" ("Mr Kennedy will also highlight the anger ... and call for").
_APPOSITION = r"(?:,\s+(?:[^\s,.;:]+\s+){0,7}[^\s,.;:]+,)?"
_FIRST_VERB = r"(?:[^.;:,]{1,120}?\band" + SUBJECT_VERB_GAP + r")?"
# ... but not across the start of another clause, whose verb is another's or another matter's.
_NEW_CLAUSE = re.compile(r"(?i)\b(?:that|who|whom|whose|which|said|says|say|told|tell|while|but|because|if|when|where|"
                         r"as|although|though|whether|after|before|since|than|and (?:the|a|an|his|her|their|its))\b")


def _subject_names(words: list[str], names: list[str], spelt: tuple[str, ...]) -> list[str]:
    """How a story calls X as a subject: its name, its last word ("Ms Jamieson"), its short form."""
    out = [w for w in [*words, *spelt] if w]
    out += [n.split()[-1].lower() for n in names if len(n.split()) > 1 and n.split()[-1][:1].isupper()]
    return list(dict.fromkeys(w for w in out if len(w) > 2))


def _says_directly(text: str, subjects: list[str], verbs: list[str], theirs: bool, person: bool = False,
                   denied: bool = False) -> bool:
    """X (or, in X's own sentence, he/she/they/we) right before a word of the stance, as its
    subject: "Lord Falconer wants", "he urged", "The TUC has called on"; "called" naming a thing
    ("called it a scar") or "asked" a question ("asked whether") is no want."""
    who = [*subjects, *((_PERSON_PRONOUNS if person else _BODY_PRONOUNS) if theirs else ())]
    if not who or not verbs:
        return False
    # ... in any of its forms: "accusing him ... and calling for him to apologise", "are promising to"
    verbs = list(dict.fromkeys([*verbs, *(f for v in verbs for f in _VERB_FORMS.get(v, ()))]))
    pattern = r"(?i)\b(%s)(%s)(%s)\b(?:\s+(\w+))?" % (
        "|".join(map(re.escape, who)), _APPOSITION + SUBJECT_VERB_GAP + _FIRST_VERB, "|".join(map(re.escape, sorted(verbs, key=len, reverse=True))))
    for m in re.finditer(pattern, text):
        subject, between, verb, after = m.group(1).lower(), m.group(2), m.group(3).lower(), (m.group(4) or "").lower()
        if _AFTER_PREPOSITION.search(text[:m.start()]):
            continue  # "many in France would prefer": France is not who prefers
        said_and = _said_and(between, verb)
        if _NEW_CLAUSE.search(between) and not said_and:
            continue  # "X said the Tories would ...", "X, who says ...,": another's verb, or another clause
        if denied and _NEGATION.search(between.rsplit(" and ", 1)[-1] if said_and else between):
            continue  # "he does not want": what X does not want (when that is not what is asked)
        if between.strip() == "" and " " not in verb and not verb.endswith(("s", "ed", "ght")) and verb not in _MODALS \
                and subject not in ("they", "we", "i") and not subject.endswith("s"):
            continue  # a bare word after a name is a noun ("Tory support for ..."), but "the Lib Dems want"
        if verb.startswith("call") and after not in ("on", "for", "upon"):
            continue
        if verb.startswith("ask") and after in _ASKED:
            continue
        return True
    return False


# X's saying verb, then what X said, then X's second verb joined by "and": "David Davis said it was
# not possible to overstate ... and urged the government to ...".
_SAID_AND = re.compile(r"(?i)^\s+(?:(?:has|have|had|also)\s+)*(?P<say>said|says)\b(?P<said>[^.;:]*)\band" + SUBJECT_VERB_GAP + r"$")


def _said_and(between: str, verb: str) -> bool:
    """X said something and then did the stance's verb, in the same tense ("said ... and urged",
    "says ... and calls for"): X is the subject of both, as no clause of another's comes between
    ("X said the Tories would ..." is theirs)."""
    m = _SAID_AND.match(between)
    if m is None or _NEW_CLAUSE.search(m.group("said")):
        return False
    return verb.endswith("ed") if m.group("say").lower() == "said" else verb.endswith("s")


_ASKED = frozenset("if whether about what why how when who which".split())
# The forms of a verb of a stance that its list leaves out (the search folds them; a subject's
# verb is matched as printed).
_VERB_FORMS = {"call": ("calling",), "ask": ("asking",), "demand": ("demanding",), "hope": ("hoping",),
               "wish": ("wishing",), "recommend": ("recommending",), "advocate": ("advocating",),
               "favour": ("favouring",), "favor": ("favoring",), "promise": ("promises", "promising"),
               "pledge": ("pledges", "pledging"), "propose": ("proposing",), "intend": ("intending",),
               "commit": ("commits", "committing")}
_MODALS = ("will", "would")
_AFTER_PREPOSITION = re.compile(r"(?i)\b(?:in|of|from|to|by|for|with|at|on|against|among)\s+(?:the\s+)?$")


# Words of planning other than "going to", as printed.
_PLAN_WORD = re.compile(r"(?i)\b(?:plan\w*|intend\w*|propos\w*|will|aim\w*|prepar\w*|consider\w*|expect\w*|pledg\w*|"
                        r"promis\w*|commit\w*|set to)\b")
# "going to" before a verb is a plan ("going to win"); before a place or a body it is a journey.
_GOING_TO = re.compile(r"(?i)\b(?:go|goes|going|went|gone)\s+to\s+(\w+)")
_NOT_VERB = frozenset("the a an his her their its our my your this that these those court courts prison jail school "
                      "hospital war church work bed sea university college parliament london".split())


def _only_going_somewhere(text: str) -> bool:
    """The sentence's only word of planning is a going to a place ("going to the full council",
    "go to court"), not "going to" do something."""
    if _PLAN_WORD.search(text):
        return False
    after = [m.group(1) for m in _GOING_TO.finditer(text)]
    return bool(after) and all(a.lower() in _NOT_VERB or a[:1].isupper() for a in after)
