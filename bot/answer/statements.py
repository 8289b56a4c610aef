"""What did X say: the sentences a speaker says, or is quoted or reported as saying, on the
question's topic, with the later sentences of a long quote that do not repeat the name."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answer import described, facts, named_articles
from bot.answer.actors import Actor
from bot.answer.asked import AMOUNT, ANSWER_TYPES, holds
from bot.answer.excerpts import excerpt, span_excerpt
from bot.answer.forms import EVIDENCE_WORDS
from bot.answer.lexicon import expand
from bot.answer.pack import article_about, lead_sentences
from bot.answer.people import actor_concept, post_doing
from bot.answer.question import QUOTED_SAYING, Parsed, told_about, told_to, venue
from bot.answer.roles import describes
from bot.answer.search import Concept, fts_term
from bot.answer.thresholds import MAX_EXCERPTS, QUOTE_RUN, REPLY_SHARE, REPORT_SHARE, TOPIC_COVERAGE
from bot.answer.topics import on_topic
from bot.answer.voices import byline_named, source_sentences
from bot.answer.words import content_words
from bot.index.read import placeholders, sentences_by_id, story_text
from bot.model import Answer, Attribution, Excerpt
from bot.names import fold

if TYPE_CHECKING:
    from bot.answer.engine import Engine


# Who wrote an article, as a question calls them: "the ACLU writer", "the Herald Sun columnist".
_AUTHOR = re.compile(r"(?i)\b(?:writer|author|columnist|blogger|technologist|guy|journalist|reporter)\b")  # "the aclu guy"


def statements_by(e: Engine, p: Parsed) -> Answer:
    answer = _statements_by_any(e, p)
    if answer.found and _ASKS_REASON.match(p.topic or "") and not any(
            facts.gives_reason(x.quote) or _SAYS_WHY.search(x.quote) for x in answer.excerpts):
        # "what did Cunningham say about his reasons for standing down" asks why: "Jack Cunningham
        # has said he will stand down" tells what he will do, and no reason for it
        return e.nothing(p, f"{p.who} is quoted in the pack, but gives no reason for it.")
    if answer.found and (whom := told_to(p)) and (heard := told_them(whom, answer.excerpts)) and heard is not answer.excerpts[0]:
        # "what did falconer tell the bbc about ...": what he told the BBC ("He told BBC News: ...")
        # comes before what he said elsewhere on it, if it is on the topic asked ("what did blair
        # tell the observer about compensation culture" is not what else he told the paper)
        concepts = e.concepts(told_about(p) or p.topic or "")
        if _on(concepts, heard.quote) >= TOLD_SHARE * _on(concepts, answer.excerpts[0].quote) > 0:
            return replace(answer, excerpts=[heard, *(x for x in answer.excerpts if x is not heard)])
    if answer.found and len(answer.excerpts) > 1 and (m := QUOTED_SAYING.match(p.text)) \
            and (carried := _carried_by(m.group("paper"), answer.excerpts)) is not None and carried is not answer.excerpts[0]:
        # "what did the guardian quote kruger as saying": the words the paper carried ("Mr Kruger
        # was quoted in the Guardian newspaper saying: ...") before what else he said
        return replace(answer, excerpts=[carried, *(x for x in answer.excerpts if x is not carried)])
    if answer.found and GIST.match(p.text) and (lead := _their_lead(e, answer.excerpts[0])) is not None:
        # "what was the gist of kennedy's new year message": the story of it opens on its gist
        # ("Voters will have a clear choice ..., said Charles Kennedy"), in the speaker's name
        return replace(answer, excerpts=[lead, *(x for x in answer.excerpts if x.quote != lead.quote)])
    if answer.found and len(answer.excerpts) > 1 and _said_with_the_asked(e, p, answer.excerpts[0]):
        # "how did the tories hit back at the lib dems": words the two said together ("The Tories
        # and the Lib Dems have called for ...") are none the one said to the other
        apart = next((x for x in answer.excerpts if not _said_with_the_asked(e, p, x)), None)
        if apart is not None:
            answer = replace(answer, excerpts=[apart, *(x for x in answer.excerpts if x is not apart)])
    if answer.found and (deed := _AFTER_DEED.search(p.text)):
        # "what did tomaney say after the north east voted no": words said after a deed done, in a
        # story that tells it done ("voted"); a story from before the vote ("hoped for a late flurry
        # of votes") holds none of them
        told = [x for x in answer.excerpts if _prints(e, x.article.id, deed.group(1))]
        if not told:
            return e.nothing(p, f"{p.who} is quoted in the pack, but not after that.")
        answer = replace(answer, excerpts=told)
    if answer.found and len(answer.excerpts) > 1 and (m := _ON_OCCASION.search(p.topic or "")) \
            and (story := article_about(e, m.group(1))) and answer.excerpts[0].article.id != story:
        # "what did hughes say about the lib dem pitch when howard unveiled the manifesto": what he
        # said on that occasion, in the story of it, before what he said on the topic elsewhere
        there = next((x for x in answer.excerpts if x.article.id == story), None)
        if there is not None:
            return replace(answer, excerpts=[there, *(x for x in answer.excerpts if x is not there)])
    return answer


def _said_with_the_asked(e: Engine, p: Parsed, x: Excerpt) -> bool:
    """The excerpt is said by the speaker asked together with another the topic names ("The Tories
    and the Lib Dems", asked what the Tories said to the Lib Dems)."""
    source = x.attribution.source if x.attribution else ""
    if not p.topic or not p.who or not re.search(r"\band\b", source):
        return False
    speaker = {h.actor.id for h in e.actors.find_in(p.who, lower_names=True)}
    asked = {h.actor.id for h in e.actors.find_in(p.topic, lower_names=True)} - speaker
    said = {h.actor.id for h in e.actors.find_in(source)}
    return bool(speaker & said) and bool(asked & said)


# "... after the north east voted no", "after the tories sacked him": a deed the words came after,
# by its verb in the past (not "after being charged", a passive, nor "after his email ended up at
# Newsnight", a verb with a particle: a story may tell those in other words)
_AFTER_DEED = re.compile(r"(?i)\bafter (?!(?:being|he|she|they|it|i|we|you)\b)(?:[\w'’-]+ ){1,4}?([a-z]{3,}ed)\b"
                         r"(?! (?:up|out|off|down|in|on|over|back|away)\b)")


def _prints(e: Engine, article_id: str, word: str) -> bool:
    """The story prints the word (its headline or a sentence): one indexed read of the story."""
    pattern = re.compile(r"(?i)\b" + re.escape(word) + r"\b")
    title = e.reader.one("SELECT title FROM articles WHERE id = ?", [article_id])
    return bool(title and pattern.search(title[0] or "")) or bool(pattern.search(story_text(e.reader, article_id)))


# "what was the gist of X's message": what it comes to, as the story of it sums it up
GIST = re.compile(r"(?i)^(?:what (?:is|was|are|were) |what['’]s )?(?:the )?(?:gist|thrust|substance|essence|crux|upshot|main point) of ")


def _their_lead(e: Engine, first: Excerpt) -> Excerpt | None:
    """The opening sentence of the first excerpt's story, when it is in the same speaker's name."""
    lead = next(iter(lead_sentences(e, [first.article.id])), None)
    if lead is None or not lead["source"] or first.attribution is None or first.quote.startswith(lead["text"]):
        return None
    if fold(lead["source"]).split()[-1:] != fold(first.attribution.source).split()[-1:]:
        return None
    return excerpt(lead, first.score)


# A topic that asks why: "why he took a seat in the lords", "his reasons for standing down"
_ASKS_REASON = re.compile(r"(?i)\s*(?:why\b|(?:(?:his|her|their|its|the|[\w'’-]+['’]s?) )?(?:reasons?|motives?|motivation) (?:for|behind)\b)")


# ... which the words may give as such: "That's why they need grocery", "the reason why I am resigning"
_SAYS_WHY = re.compile(r"(?i)\b(?:why|reasons?|because)\b")


# "... when howard unveiled the manifesto", "... after the vote": the occasion the words were said on
_ON_OCCASION = re.compile(r"(?i)\b(?:when|as|after) ((?!(?:he|she|they|it|i|we|you)\b)[\w'’-]+ (?:[\w'’-]+ ){0,2}?"
                          r"(?:[\w'’-]+ed|won|lost|made|gave|took|came|went|said|spoke|met|set out)\b.*)$")


# What share of the first excerpt's hold on the topic an excerpt told to whom the question names needs.
TOLD_SHARE = 0.4


def _on(concepts: list[Concept], text: str) -> float:
    """The weight of the topic's concepts a passage prints (any of each one's words, whole)."""
    words = f" {fold(text)} "
    return sum(c.weight for c in concepts if any(f" {fold(w)} " in words for w in c.words if w))


def _carried_by(paper: str, excerpts: list[Excerpt]) -> Excerpt | None:
    """The first excerpt that tells the paper quoted or reported its words ("was quoted in the
    Herald newspaper saying", "told the Guardian")."""
    return _first_told(r"quoted|quoting|quotes|reported|told|telling|interview with", paper, excerpts)


def told_them(whom: str, excerpts: list[Excerpt]) -> Excerpt | None:
    """The first excerpt that says its words were told to whom the question names: "told BBC
    News", "speaking to the BBC", "in an interview with the BBC", "in a statement to the BBC" for
    "the bbc"; "told a news conference", "speaking at a news conference" for "the news conference"."""
    return _first_told(r"told|tells|telling|speaking to|spoke to|talking to|interview with|said to|statement to|letter to|"
                       r"speaking at|spoke at", whom, excerpts)


def _first_told(verbs: str, whom: str, excerpts: list[Excerpt]) -> Excerpt | None:
    """The first excerpt where one of the verbs is followed, within a few words, by every word of whom."""
    words = content_words(whom)
    if not words:
        return None
    pattern = r"\b(?:" + verbs + r")\b[^.?!:]{0,40}?" + r"".join(rf"(?=[^.?!:]{{0,40}}?\b{re.escape(w)}\b)" for w in words)
    return next((x for x in excerpts if re.search(pattern, fold(x.quote))), None)


# a byline of several hands ("Stella Kim, Jennifer Jett", "Our Foreign Staff"): nobody's first person
_SEVERAL_AUTHORS = re.compile(r",| and |\bstaff\b", re.I)


def _in_authors_voice(e: Engine, found: Answer, articles: list[str]) -> Answer:
    """What a piece says, when its one author writes it in the first person (a blog post, an
    opinion column, whose "I'd much prefer ..." the index gives its author), is the author's word
    even where a sentence does not say "I"; a news report's own voice stays the story's."""
    if not found.found:
        return found
    rows = e.reader.all(f"SELECT id, author FROM articles WHERE id IN ({placeholders(articles)})", articles)
    authors = {r["id"]: r["author"] for r in rows if r["author"] and not _SEVERAL_AUTHORS.search(r["author"])}
    found.excerpts = [replace(x, attribution=Attribution(authors[x.article.id], "person", cue="writes"))
                      if x.attribution is None and x.article.id in authors and _writes_it(e, x.article.id, authors[x.article.id]) else x
                      for x in found.excerpts]
    return found


def _writes_it(e: Engine, article: str, author: str) -> bool:
    """The piece's one author writes it in the first person: the index gives them two of its sentences or more."""
    return len(_authors_sentences(e, article, author)) >= 2


def _authors_sentences(e: Engine, article: str, author: str) -> frozenset[int]:
    """The sentences of a piece the index gives its author (read once per piece)."""
    return e.cached(f"authors_sentences:{article}", lambda: frozenset(
        r[0] for r in e.reader.all("SELECT s.id, a.source FROM sentences s JOIN attributions a ON a.sentence_id = s.id "
                                   "WHERE s.article_id = ?", [article]) if fold(r[1]) == fold(author)))


def _own_pieces(e: Engine, ids: list[int]) -> dict[int, str]:
    """The sentences in the own voice of a piece whose one author (the speaker of some of the
    sentences `ids`) writes it in the first person (a column, a blog post): their word as much as
    their "I" sentences are, though they say no "I" ("Nearly every website that has a "Like"
    button is actually encouraging your browser to ...")."""
    bylines = e.cached("bylines", lambda: {r["id"]: r["author"] for r in e.reader.all(
        "SELECT id, author FROM articles WHERE author IS NOT NULL") if not _SEVERAL_AUTHORS.search(r["author"])})
    said = set(ids)
    # (only the pieces the speaker's sentences are in: an index lookup each, no scan of the pack)
    articles = {e.search.article_of(i) for i in said} & bylines.keys()
    pieces = {a: bylines[a] for a in articles if _writes_it(e, a, bylines[a]) and said & _authors_sentences(e, a, bylines[a])}
    if not pieces:
        return {}
    return {r[0]: pieces[r[1]] for r in e.reader.all(
        f"SELECT s.id, s.article_id FROM sentences s LEFT JOIN attributions a ON a.sentence_id = s.id"
        f" WHERE s.article_id IN ({placeholders(list(pieces))}) AND a.sentence_id IS NULL", list(pieces)) if r[0] not in said}


def _statements_by_any(e: Engine, p: Parsed) -> Answer:
    rest, article = named_articles.in_named_article(e, p.who or "")
    piece = p.who or ""
    if article and content_words(rest) and named_articles.says_which(e, rest, article) and fold(piece).endswith(fold(rest)):
        # "what does the aclu piece on being tracked by facebook say about X": that piece
        piece, rest = piece[:len(piece) - len(rest)].strip(), ""
    if article and not content_words(rest) and p.topic:
        # "what does the aclu author make of opt-out tools": its author, in the first person
        if _AUTHOR.search(p.who or "") and (answer := _statements_by(e, p)).found:
            return answer
        # "what does the nytimes article say about interest": that article's sentences on it
        found = facts.search(e, Parsed("search", p.text, topic=f"{p.topic}, according to {piece}"))
        return _in_authors_voice(e, found, article)
    answer = _statements_by(e, p)
    if not answer.found and p.topic and not answer.actors and named_articles.outlet_articles(e, p.who or ""):
        # "what did the nyt report about appraisal rights": nobody quoted by that name, but the
        # outlet's own articles say it
        found = facts.search(e, Parsed("search", p.text, topic=f"{p.topic}, according to {p.who} article"))
        if found.found:  # ... in its own voice, which is the outlet's
            return Answer(p.text, "statements_by", True, [
                replace(x, attribution=x.attribution or Attribution(x.article.outlet or p.who or "", "outlet", cue="reported"))
                for x in found.excerpts])
    if not answer.found and p.topic and (author := byline_named(e, p.who or "")) and not e.resolve_one(p.who):
        # "what does laurie oakes think of the bill": a columnist says it in the column's own voice
        # (not those it quotes: "The Press Council is concerned ..." is the council's view)
        found = facts.search(e, Parsed("search", p.text, topic=f"{p.topic}, according to {author}'s column"))
        wrote = Attribution(author, "person", cue="wrote")
        own = [replace(x, attribution=x.attribution or wrote) for x in found.excerpts
               if x.attribution is None or fold(author) in fold(x.attribution.text)]
        if own:
            return Answer(p.text, "statements_by", True, own, note=f"{author} wrote the article; these are its own words.")
    if not answer.found and (charge := _CHARGING.match(p.text)):
        # "what is zenimax accusing oculus of": a charge may be laid by a lawsuit, not a quote; the
        # story tells it in its own words ("ZeniMax's lawsuit, which accuses Oculus ...")
        found = facts.search(e, Parsed("search", p.text, topic=charge.group(1)))
        if found.found:
            return found
    if not answer.found and not answer.actors and (holder := post_doing(e, p.who or "")) is not None:
        # "the mp who got mugged in kenya": the one holder of the post whose story tells it
        alt = _statements_by(e, p, holder)
        if alt.found:
            return alt
    if not answer.found and not answer.actors and (named := _name_after_description(e, p.who or "")) is not None:
        # "FDA union leader jonathan baume", "suspended ukip candidate john houston": the words
        # before a full name describe the person it names
        alt = _statements_by(e, p, named)
        if alt.found:
            return alt
    if not answer.found and not answer.actors and not p.topic and (told := _work_told(e, p)) is not None:
        return told
    if answer.found or not p.topic:
        return answer
    if (topic := told_about(p)) and (alt := _statements_by(e, replace(p, topic=topic))).found \
            and _to_listener(e, told_to(p) or "", alt.excerpts):
        return alt
    # "The BBC's home affairs correspondent" is two people in the pack: the one who spoke on
    # the topic, when the likelier holder did not.
    # ... and "fox" is Liam Fox, or Chris Fox who spoke on the drinks trade
    for other in e.role_rivals(p.who) or e.namesakes(p.who)[:5]:
        alt = _statements_by(e, p, other)
        if alt.found:
            return alt
    return answer


# "what did the wave height research forecast": a work (a study, a poll, a report), not a speaker
_WORK = re.compile(r"(?i)\b(?:" + EVIDENCE_WORDS + r")$")
_NO_FINDING = re.compile(r"(?i)say|says|said|tell|tells|told|think|thinks|thought|mean|means|meant|write|writes|wrote")


def _work_told(e: Engine, p: Parsed) -> Answer | None:
    """What a work the question names did ("forecast", "predict", "recommend"): a study is no
    speaker, so the pack quotes nobody by its name; the story on it tells its finding, in a
    sentence that holds the verb asked. That story must print every word of the work's name
    (a "pacific" study is not the Atlantic one); a bare "say" or "think" names no finding."""
    who = (p.who or "").strip()
    verb = re.search(re.escape(who) + r"\s+([a-z]+)\W*$", p.text, re.IGNORECASE) if _WORK.search(who) else None
    if verb is None or _NO_FINDING.fullmatch(verb.group(1)) or not (deed := e.concepts(verb.group(1))) \
            or not (named := e.concepts(who)):
        return None
    told: dict[str, list[int]] = {}
    for i in sorted(e.search.concept_rows(deed[0])):
        told.setdefault(e.search.article_of(i) or "", []).append(i)

    def prints_name(article_id: str) -> bool:
        text = fold(story_text(e.reader, article_id))
        return all(any(re.search(r"\b" + re.escape(fold(w)), text, re.IGNORECASE) for w in c.words) for c in named)
    stories = [a for a in told if a and prints_name(a)]
    if not stories:
        return None
    cov = e.search.article_coverage(named, stories)
    rows = sentences_by_id(e.reader, told[max(stories, key=lambda a: cov.get(a, 0.0))])
    # (in the story's own voice first: "Sepa predict ..." is another's forecast in the same story)
    ids = sorted(rows, key=lambda i: (rows[i]["source"] is not None, i))[:MAX_EXCERPTS]
    return Answer(p.text, "statements_by", True, [excerpt(rows[i], 1.0) for i in ids]) if ids else None


def _to_listener(e: Engine, whom: str, excerpts: list[Excerpt]) -> bool:
    """Whether the words were told to whom the question names, when that is a person of the pack:
    "what did Bush tell Blair about the tsunami" asks what Blair heard, and Bush's words on the
    tsunami that never name Blair were said to others (the press, the public). Only a listener
    the pack knows as a person is checked: a paper or a station ("the BBC") may print what it was
    told without naming itself."""
    people = [h for h in e.actors.find_in(whom) if h.actor.kind == "person"]

    def names(text: str, h) -> bool:
        return all(re.search(rf"\b{re.escape(w)}\b", fold(text)) for w in content_words(h.span))
    # ... or words sent to listeners the sentence names only as "them" or "the men" ("has written to
    # two of the men telling them ..."), in a story that names every listener asked
    return not people or any(names(x.quote, h) for h in people for x in excerpts) or any(
        _SENT_TO.search(x.quote) and all(names(story_text(e.reader, x.article.id), h) for h in people) for x in excerpts)


# Words sent to someone: "telling them", "informing him", "has written to", "a letter to"
_SENT_TO = re.compile(r"(?i)\b(?:telling|told|informing|informed|assuring|assured|warning|warned) (?:them|him|her)\b|"
                      r"\b(?:wrote|written|writes|writing|sent|a letter) to\b")


def _name_after_description(e: Engine, phrase: str) -> Actor | None:
    """The person whose full name (two words or more) ends a phrase that describes them first:
    "FDA union leader jonathan baume" is Jonathan Baume. Not one the words before tie to another
    ("the wife of tony blair", "blair's aide", "brown and tony blair")."""
    words = fold(phrase).split()
    hits = [h for h in e.actors.resolve(phrase) if h.end == len(words) and h.end - h.start >= 2 and h.start > 0
            and h.actor.kind == "person" and len(h.actor.name.split()) >= 2]
    if len(hits) != 1:
        return None
    before = words[:hits[0].start]
    if any(w in _TIES or w.endswith(("'s", "’s", "s'", "s’")) for w in before):
        return None
    person = hits[0].actor
    # ... every word of it agreeing with the pack: how it describes them, or the words (or their
    # initials: "fda") of the sentences that name them or lead up to them ("Brown has criticised a
    # union leader ... Jonathan Baume, of the top civil servants' union"); "police commissioner ken
    # hollis" names no one when no story has him a commissioner
    named = sorted({sid + step for (sid,) in e.reader.all("SELECT sentence_id FROM mentions WHERE actor_id = ?", [person.id])
                    for step in (-1, 0)})
    told = " ".join(r["text"] for r in sentences_by_id(e.reader, named).values())
    if not all(describes(w, [*person.descriptions, told]) for w in content_words(" ".join(before))):
        return None
    return person


# Words by which the description before a name ties the name to someone else.
_TIES = {"of", "for", "to", "and", "with", "by", "from", "at", "on", "against", "about", "or", "than", "like"}


# "what is X accusing Y of": the charge, whoever or whatever lays it.
_CHARGING = re.compile(r"(?i)^\s*what(?:['’]?s| is| are| was| were) (.+? (?:accusing|blaming|criticising|criticizing|condemning)\b.*?)\W*$")


def _statements_by(e: Engine, p: Parsed, actor: Actor | None = None) -> Answer:
    ids, speakers = source_sentences(e, p.who or "", actor)
    if p.topic and len(speakers) > 1:
        # "what did UKIP say about Kilroy-Silk becoming leader": a member the topic names speaks
        # for himself there, not for the party asked about
        named = set().union(*(c.actor_ids for c in e.concepts(p.topic)))
        others = {a.id for a in speakers[1:] if a.id in named} - {speakers[0].id}
        if others:
            speakers = [a for a in speakers if a.id not in others]
            said = e.rows(ids)
            ids = [i for i in ids if i in said and said[i]["source_actor"] not in others]
    actors = speakers[:1]
    told_by = _pronoun_quotes(e, speakers[0], set(ids)) if speakers and speakers[0].kind == "person" else {}
    written = _own_pieces(e, ids) if p.topic and not any(a.kind != "person" for a in speakers) else {}
    # ... and the words of "the Tory spokesman" the story has just named, or "a judge" it names next
    as_described = described.speaking_as(e, speakers[0], set(ids) | set(told_by)) \
        if speakers and speakers[0].kind == "person" else {}
    ids = sorted(set(ids) | set(told_by) | set(as_described) | set(written))

    def through() -> list[int]:  # a paper speaks through those quoted in it; a person does not
        return [] if any(a.kind == "person" for a in speakers) else _said_in(e, p.who or "")
    spoken = [] if ids else list(dict.fromkeys(_spoken_mentions(e, speakers) + through()))
    if not ids and not spoken:
        if actors:
            return e.nothing(p, f"The pack mentions {actors[0].name} but quotes nothing from them.")
        if _a_thing(e, p.who or "") and p.topic:
            # "What did the alleged Treasury leak say Brown was ready to tax?": a document or an
            # event says things in the articles' own words; what the question asks is found there
            found = facts.search(e, Parsed("search", p.text, topic=f"{p.who} {p.topic}"))
            if found.found:
                return found
        return e.nothing(p, f"Nobody called {p.who} is quoted in the pack.", suggest=p.who)
    rows = e.rows(ids + spoken)
    for sid in told_by:  # ... the words are theirs: the excerpt names them
        if sid in rows:
            rows[sid] = {**dict(rows[sid]), "source": actors[0].name, "source_kind": "person", "source_actor": actors[0].id,
                         "cue": told_by[sid]}
    for sid, author in written.items():  # ... what they write in their own piece
        if sid in rows:
            rows[sid] = {**dict(rows[sid]), "source": author, "source_kind": "person", "cue": "writes",
                         "source_actor": actors[0].id if actors else None}
    for sid, said in as_described.items():  # ... by name, with how the story calls them there
        if sid in rows:
            rows[sid] = {**dict(rows[sid]), "source": f"{actors[0].name}, {said[:1].lower()}{said[1:]}", "source_kind": "person",
                         "source_actor": actors[0].id}
    cards = [e.card(a) for a in actors]
    name = actors[0].name if actors else p.who
    # the remark must be on "Trump's Sudan policy", not anyone's: the owner is part of the topic
    concepts = [c for c in e.concepts(p.topic, owners_asked=True) if not (c.actor_ids & {a.id for a in speakers})]
    if concepts and _REPORT_NOUN.search(p.topic or ""):
        # "what did Defra say about the audit office report": in a topic "report" is the paper,
        # which the answer calls "the report" ("We welcome the report"), not a verb of saying
        concepts.append(Concept("report", words=["reports"]))  # printed "report" or "reports" only
        e.search.weigh(concepts)
        concepts[-1].weight *= REPORT_SHARE
    if concepts:
        ranked = on_topic(e, concepts, ids, rows, p.topic, question=p.text, head=True)
        if not ranked and ids:
            spoken = [i for i in _spoken_mentions(e, speakers) + through() if i not in rows]
            rows.update(sentences_by_id(e.reader, spoken))
        if not ranked and spoken:
            # The extractor may have missed who spoke: their mentions beside words of speech,
            # when the sentence itself is on the topic.
            cov = e.search.coverage(concepts, spoken)
            ranked = [(r, sc) for r, sc in on_topic(e, concepts, spoken, rows, p.topic, question=p.text, head=True)
                      if cov[r["sid"]][0] >= TOPIC_COVERAGE]
        if not ranked and actors and actors[0].kind != "person" and _ASKS_DEED.search(p.text):
            ranked = _done_by(e, actors[0], concepts)
        if not ranked:
            return e.nothing(p, f"{name} is quoted in the pack, but not about {p.topic}.")
        if _HOW_MUCH.match(p.topic or ""):
            ranked = _amounts_first(ranked, set(content_words(p.topic)))
        elif _HOW_LONG.match(p.topic or ""):  # "how long the ban will last": a span of time ("for 700 years")
            ranked = _amounts_first(ranked, set(content_words(p.topic)), ANSWER_TYPES["duration"])
        if _asks_reply(p):
            ranked = _replies_first(ranked)
        if _WHEN_ASKED.search(p.text):
            ranked = _answers_to_question_put(e, concepts, ranked, [rows[i] for i in ids if i in rows])
        ranked = _reported_speech_first(p, ranked)
        if (there := _venue_stories(e, p.text, {r["article_id"] for r, _ in ranked})) and ranked[0][0]["article_id"] not in there:
            # "what did blair write in the telegraph about ...": what he said there, in the story
            # that names where, before what he said on it elsewhere
            ranked = sorted(ranked, key=lambda x: x[0]["article_id"] not in there)
        return Answer(p.text, "statements_by", True, quote_runs(e, ranked, rows), cards)
    ordered = [(rows[i], 1.0) for i in (ids or spoken)]
    if _ASKS_NEWS.search(p.text):  # "what has Cunningham announced": what he will do, not his remarks on others
        ordered.sort(key=lambda x: not _NEWS.search(x[0]["text"]))
    excerpts = quote_runs(e, ordered, rows, limit=None, longest=None)
    note = "" if len(excerpts) <= 5 else f"{len(excerpts)} passages; the first 5:"
    return Answer(p.text, "statements_by", True, excerpts[:5], cards, note=note)


def _venue_stories(e: Engine, question: str, article_ids: set[str]) -> set[str]:
    """Of these articles, those that name where the question says the words were said ("the
    Telegraph", "Five News", "PMQs" as "prime minister's questions"), in a sentence (found by the
    index, not by reading the stories) or the headline; none when all or none do."""
    where = venue(question)
    if not where or not article_ids:
        return set()
    ways = expand(where) if " " not in where else (where,)
    expr = " OR ".join(t for w in ways if (t := fts_term(w)))
    there = {e.search.article_of(i) for i in e.search.rowids(expr)} & article_ids if expr else set()
    ids = sorted(article_ids)
    pattern = "|".join(r"(?<![\w-])" + re.escape(fold(w)) + r"(?![\w-])" for w in ways)
    if re.fullmatch(r"[a-z]{2,5}", where):  # "plp": the Parliamentary Labour Party, by its initials
        pattern += "|" + r"\s+".join(r"\b" + c + r"[\w'’-]*" for c in where.rstrip("s"))
    there |= {r[0] for r in e.reader.all(f"SELECT id, title FROM articles WHERE id IN ({placeholders(ids)})", ids)
              if re.search(pattern, f" {fold(r[1] or '')} ")}
    return there if len(there) < len(article_ids) else set()


# What the speaker says another said: "what did X say the man shouted at him", "what did South
# Africa say Mugabe told Zuma": the clause after "say" is someone's words, its verb one of speech.
_OTHERS_WORDS = re.compile(r"(?i)^(?:[\w'’-]+ ){1,6}?(shouted|yelled|screamed|chanted|told|whispered|said)\b")


def _reported_speech_first(p: Parsed, ranked: list) -> list:
    """Asked what the speaker says another said, the speaker's sentences that report those words
    (a verb of that speech: "He said the man shouted: ...") come before those that only set the
    scene the question names ("a guy tipped a bucket of farmyard muck over me")."""
    m = _OTHERS_WORDS.match(p.topic or "")
    if not m or not re.search(r"(?i)\b(?:say|says|said|claim|claims|claimed)\s+" + re.escape(p.topic or ""), p.text):
        return ranked
    verb = m.group(1).lower()
    forms = _SPEECH_FORMS.get(verb, verb[:-2] + r"(?:s|ed|ing)?")

    def reports(row) -> bool:  # ... the other's speech, not the speaker's own ("Mr Prescott told BBC News")
        own = "|".join(["he", "she", "i", *(re.escape(w) for w in (row["source"] or "").split()[-1:])])
        text = re.sub(r"(?i)\b(?:" + own + r")(?: has| had| also| then)? (?:" + forms + r")\b", " ", row["text"])
        return re.search(r"(?i)\b(?:" + forms + r")\b", text) is not None
    told = [x for x in ranked if reports(x[0])]
    return told + [x for x in ranked if x not in told]


# The forms of the irregular verbs of speech ("MPs told Blair": "They told us ...", "telling").
_SPEECH_FORMS = {"told": "tell|tells|told|telling", "said": "say|says|said|saying"}


# A topic that asks for a figure: "how many extra students end up enrolling", "how much
# money will go on aid".
_HOW_MUCH = re.compile(r"(?i)\s*how (?:much|many)\b")


# A sentence holding a figure outranks one scoring this much better that holds none.
AMOUNT_SHARE = 0.5


# ... or how long something lasts or takes: "how long the hunting ban will last"
_HOW_LONG = re.compile(r"(?i)\s*how long\b")


def _amounts_first(ranked: list, asked: set[str], wanted: re.Pattern[str] = AMOUNT) -> list:
    """Asked how much or how many (or, `wanted` a duration, how long), the speaker's sentences
    on the topic that give a figure ("the government could ultimately give hundreds of
    millions") come before those that give none, unless they cover the topic far worse."""
    top = ranked[0][1] if ranked else 0.0
    figure = [x for x in ranked if x[1] >= top * AMOUNT_SHARE and holds(wanted, x[0]["text"], asked)]
    return figure + [x for x in ranked if x not in figure]


# A question after how someone answered another: "how did blair answer howard's claim that ...",
# "how did chirac react to ...", "what did kemp say in reply to ...".
_ASKS_REPLY = r"(?:(?:say |said )?in (?:response|reply|reaction|answer) to|answer(?:ed)?|respond(?:ed)?|repl(?:y|ied)|" \
              r"react(?:ed)?|hit back|retort(?:ed)?|rebut(?:ted)?)\b"


def _asks_reply(p: Parsed) -> bool:
    """The question's own verb, after whom it asks of, is one of answering (not the topic's:
    "what did howard say about how brits responded")."""
    return bool(p.who) and re.match(r"(?i)\s*(?:how|what) (?:did|does|do|has|have|had|will|would) " + re.escape(p.who)
                                    + r" " + _ASKS_REPLY, p.text) is not None


# ... and the sentences that tell the speaker answering: "Mr Blair replied: ...", "he hit back",
# "In response, ...", "Tony Blair has dismissed reports ..."
_REPLIES = re.compile(r"(?i)\b(?:repl(?:y|ies|ied|ying)|respon(?:d|ds|ded|ding|se)|retort(?:s|ed|ing)?|hit(?:s|ting)? back|"
                      r"counter(?:s|ed|ing)|answer(?:s|ed|ing)|rebut(?:s|ted|ting)?|rebuff(?:s|ed|ing)?|dismiss(?:es|ed|ing)|"
                      r"reject(?:s|ed|ing)|react(?:s|ed|ing)?|reaction)\b")



def _replies_first(ranked: list) -> list:
    """Asked how the speaker answered something, the sentences on it that tell them answering
    ("Mr Blair replied: ...") come before those that only tell what they said on it, unless
    they cover it far worse."""
    if not ranked:
        return ranked
    # (in the story that best covers what was answered: a reply in another is to something else)
    top, story = ranked[0][1], ranked[0][0]["article_id"]
    replies = [x for x in ranked if x[1] >= top * REPLY_SHARE and x[0]["article_id"] == story and _REPLIES.search(x[0]["text"])]
    return replies + [x for x in ranked if x not in replies]


# A question that says the words answered a question put to the speaker: "what did brown say
# when asked if poverty in africa can really be halved", "... when pressed on the date".
_WHEN_ASKED = re.compile(r"(?i)\bwhen (?:asked|pressed|quizzed|questioned|challenged|grilled)\b")


# ... and a sentence that puts a question, in the story's voice: "Can poverty in the continent
# really be halved?", "Mr Milburn brushed aside questions over why ...", "Asked whether ..."
_PUTS_QUESTION = re.compile(r"\?[\"”’']?\s*$|(?i:\b(?:asked|questions? (?:over|about|on|of)|pressed (?:on|about|over)|quizzed)\b)")


def _answers_to_question_put(e: Engine, concepts: list[Concept], ranked: list, said: list) -> list:
    """Asked what the speaker said when asked something, a sentence of theirs (of `said`) just
    after one that puts that question ("Can poverty in the continent really be halved? Brown
    replies that no one thought the Berlin Wall would ever come down either.") is their answer,
    though it does not repeat the question's words; unless their best sentence on the topic
    puts it to them itself ("Asked whether ..., Mr Blair said ...")."""
    if not ranked or _PUTS_QUESTION.search(ranked[0][0]["text"]):
        return ranked
    before = e.rows([r["sid"] - 1 for r in said])
    asked = {sid for sid, r in before.items() if r["source"] is None and _PUTS_QUESTION.search(r["text"])}
    cov = e.search.coverage(concepts, sorted(asked))
    answers = [r for r in said if r["sid"] - 1 in asked and before[r["sid"] - 1]["article_id"] == r["article_id"]
               and cov[r["sid"] - 1][0] >= TOPIC_COVERAGE]
    if not answers:
        return ranked
    score = {x[0]["sid"]: x[1] for x in ranked}  # (best first, as ranked; then by how well the question put covers it)
    answers.sort(key=lambda r: (r["sid"] not in score, -score.get(r["sid"], cov[r["sid"] - 1][0])))
    first = [(r, score.get(r["sid"], ranked[0][1])) for r in answers]
    return first + [x for x in ranked if x[0]["sid"] not in {r["sid"] for r in answers}]


# The paper a topic names: "the audit office report", "the report", "reports of a split".
_REPORT_NOUN = re.compile(r"(?i)\breports?\b")


# A question after someone's news, and the sentences that give it: a decision, a pledge, a plan.
_ASKS_NEWS = re.compile(r"(?i)\b(?:announce|announced|announcing|unveil|unveiled|reveal|revealed|pledge|pledged|promise|"
                        r"promised|propose|proposed|decide|decided)\W*$")


_NEWS = re.compile(r"(?i)\b(?:announced?|announcing|unveil(?:ed|s)?|revealed?|reveals|pledged?|promised?|proposed?|"
                   r"decided|will|is to|are to|plans? to|is set to|intends? to|is going to)\b")


# "What did the UK announce for ...?": a country or body's news is often told, not quoted.
_ASKS_DEED = re.compile(r"(?i)\bwhat (?:has|have|had|did|does|do|will) .+? (?:announce|announced|pledge|pledged|promise|"
                        r"promised|unveil|unveiled|propose|proposed|decide|decided|offer|offered|give|do)\b")


def _done_by(e: Engine, actor: Actor, topic: list[Concept]) -> list:
    """Sentences on the topic in which the country or body does something ("Britain is to give a
    £4m grant to help women survivors ..."), told in the article's own voice."""
    who = actor_concept(e, actor)
    concepts = [who, *topic]
    e.search.weigh(concepts)
    found = e.best(concepts, require={who.label}, min_cov=0.0)
    labels = e.last_labels()
    weight = sum(c.weight for c in topic) or 1.0
    on = [(r, s) for r, s in found if sum(c.weight for c in topic if c.label in labels.get(r["sid"], set())) / weight
          >= TOPIC_COVERAGE]
    doers = e.subject_sentences(who.actor_ids, [r["sid"] for r, _ in on])
    names = sorted({fold(n) for n in actor.aliases if len(n) > 1}, key=len, reverse=True)
    opens = [r["sid"] for r, _ in on if any(re.match(r"(?:the )?" + re.escape(n) + r"\b", fold(r["text"])) for n in names)]
    return [(r, s) for r, s in on if r["sid"] in doers or r["sid"] in opens]


_SAYING = (r"said|says|saying|told|tells|added|adding|adds|insisted|argued|warned|claimed|wrote|writes|stressed|"
           r"explained|declared")


_SPEECH = re.compile(r"[\"“”]|\b(?:" + _SAYING + r")\b")


# ... and the verbs by which a person's own mention says something (admitting is saying)
_SPEECH_VERB = r"(?:" + _SAYING + r"|claims|admits|admitted|admitting|confirmed|denied|revealed)\b"


def _spoken_mentions(e: Engine, speakers: list[Actor]) -> list[int]:
    """Sentences that name one of the speakers beside words of speech, attributed to no other
    known actor: what the extractor may have failed to attribute ("..., adding that it was ...")."""
    if not speakers:
        return []
    ids = [a.id for a in speakers]
    rows = e.reader.all(
        "SELECT DISTINCT s.id, s.text, at.actor_id, at.source FROM mentions m JOIN sentences s ON s.id = m.sentence_id"
        " LEFT JOIN attributions at ON at.sentence_id = s.id"
        f" WHERE m.actor_id IN ({placeholders(ids)}) ORDER BY s.id", ids)
    # ... nobody, or a source the extractor could not tie to anyone that may be the speaker
    # ("Whole Foods co"), not someone else it names ("... author Dan Lewis" for Labour)
    names = {w for a in speakers for w in content_words(a.name)}
    person = all(a.kind == "person" for a in speakers)
    # ... or the speaker speaks inside another's report: "South Africa said Mr Mugabe had told
    # President Jacob Zuma that ..."
    surnames = {a.name.split()[-1] for a in speakers if a.kind == "person" and a.name.split()}
    inner = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(surnames))) + r")(?:,[^,]{1,60},)? (?:had |has |have )?"
                       r"(?:told|said|tells|says|warned|insisted|argued|claimed)\b") if surnames else None
    last_names = {a.name.split()[-1] for a in speakers if a.name.split()}
    # ... or a claim is answered "by" the speaker: "Mr Llwyd's theory has been questioned by
    # Plaid's former president, Dafydd Wigley"
    answered = re.compile(_ANSWERED_BY + r"(?:[\w'’,-]+ ){0,6}?(?:" + "|".join(map(re.escape, sorted(surnames))) + r")\b") \
        if surnames else None
    # ... and a person's own speech, in a sentence the extractor tied to no one: the sentence's
    # mention of them (a name, "she", "a prospective candidate") says it ("Ms Hughes said", "said Ms
    # Hughes", "has resigned after admitting"), not words quoted beside a mention of them ("A few
    # \"don't worries\" as Mrs Hutchings was led back ...")
    called: dict[int, set[str]] = {}
    if person:
        for sid, said in e.reader.all(f"SELECT sentence_id, text FROM mentions WHERE actor_id IN ({placeholders(ids)})", ids):
            called.setdefault(sid, set()).add(said)

    def own(sid: int, text: str) -> bool:
        names = "|".join(re.escape(n) for n in sorted(called.get(sid, ())) if n.strip())
        return bool(names) and re.search(r"(?:^|\W)(?:" + names + r")\b(?:,[^,]{1,60},)?(?: [^\s,;:.!?\"“”]+){0,10}? " + _SPEECH_VERB +
                                         r"|\b" + _SPEECH_VERB + r"(?: [\w'’.-]+){0,3}? (?:" + names + r")\b", text) is not None
    return [r[0] for r in rows if (_SPEECH.search(r[1]) and (not person or r[3] is not None or own(r[0], r[1]))
                                   or answered is not None and answered.search(r[1]) and r[3] is None)
            and not _only_possessed(r[1], last_names) and (
        r[3] is None or r[2] in ids or r[2] is None and _may_speak_for(r[1], r[3], names, person)
        or inner is not None and inner.search(r[1]))]


# A quote a pronoun speaks: '"Welcome to ...," he said.', 'She told Mr Blair: "..."'.
_PRONOUN_SAID = re.compile(r"[\"”],?\s+(?:he|she) (?P<v>" + _SAYING + r")\b"
                           r"|^(?:He|She) (?:also )?(?P<v2>" + _SAYING + r")\b[^\"“]{0,60}[:,]?\s*[\"“]")


def _pronoun_quotes(e: Engine, person: Actor, known: set[int]) -> dict[int, str]:
    """Quotes spoken by "he" or "she" just after a sentence that names the person and no one else:
    the story goes on with its speaker ("... press conference hosted by election co-ordinator Alan
    Milburn ..." then '"Welcome to the ... media centre," he said.'), even where the indexer tied
    the pronoun to no one, or to someone the story has not named for sentences. (Read once per
    person: a much-quoted one is named in thousands of sentences.)"""
    found = e.cached(("pronoun_quotes", person.id), lambda: _pronoun_quotes_of(e, person))
    return {sid: verb for sid, verb in found.items() if sid not in known}


def _pronoun_quotes_of(e: Engine, person: Actor) -> dict[int, str]:
    named = [r[0] for r in e.reader.all("SELECT DISTINCT sentence_id FROM mentions WHERE actor_id = ?", [person.id])]
    after = sorted({sid + 1 for sid in named})
    if not after:
        return {}
    rows = {sid: r for sid, r in e.rows(after).items() if e.search.article_of(sid) == e.search.article_of(sid - 1)}
    rows = {sid: r for sid, r in rows.items() if (m := _PRONOUN_SAID.search(r["text"]))}
    if not rows:
        return {}
    wanted = sorted({j for sid in rows for j in range(sid - 3, sid + 1)})
    mentioned: dict[int, set[int]] = {}
    for sid, actor_id in e.reader.all(f"SELECT sentence_id, actor_id FROM mentions WHERE sentence_id IN ({placeholders(wanted)})", wanted):
        mentioned.setdefault(sid, set()).add(actor_id)
    sex = sex_of(e, person)
    voices = e.rows(sorted(sid - 1 for sid in rows))
    out = {}
    for sid, r in rows.items():
        m = _PRONOUN_SAID.search(r["text"])
        if sex and ("she" in m.group(0).lower().split()) != (sex == "f"):
            continue  # "he" is not a woman's word
        before = {a for a in mentioned.get(sid - 1, set()) if a in e.actors.by_id and e.actors.by_id[a].kind == "person"}
        if before != {person.id}:
            continue  # another person named just before may be the one speaking
        other = r["source_actor"]
        if r["source"] is not None and (other is None or any(other in mentioned.get(j, set()) for j in range(sid - 3, sid + 1))):
            continue  # a speaker the story names there or just before: the indexer's reading stands
        if (said := voices.get(sid - 1)) and said["source"] is not None and said["source_actor"] != person.id:
            continue  # the person named inside another's words ("Mr Brown liked to ..., the Tory leader said")
        out[sid] = m.group("v") or m.group("v2")
    return out


_HE = frozenset("he him his himself mr".split())


_SHE = frozenset("she her herself mrs ms miss".split())


def sex_of(e: Engine, person: Actor) -> str | None:
    """'m' or 'f' as the stories show it (the pronouns they tie to the person, an honorific of
    theirs, a noun that describes them: "the Birmingham woman"); None if unknown or mixed."""
    words = {fold(r[0]).split()[0] for r in e.reader.all("SELECT DISTINCT text FROM mentions WHERE actor_id = ?", [person.id])
             if r[0].strip()}
    words |= {fold(a).split()[0] for a in person.aliases if a.strip()}
    words |= {w for d in person.descriptions for w in fold(d).split() if w in ("man", "woman")}
    he, she = bool(words & (_HE | {"man"})), bool(words & (_SHE | {"woman"}))
    return "m" if he and not she else "f" if she and not he else None


# Verbs by which a speaker answers another's claim, in the passive: "... questioned by X".
_ANSWERED_BY = (r"\b(?:questioned|criticised|criticized|challenged|disputed|rejected|dismissed|condemned|"
                r"attacked|denounced|welcomed|praised|hailed|endorsed) by ")


def _only_possessed(text: str, names: set[str]) -> bool:
    """The speaker is named only as an owner ("Leoncia Casalme's visa application"): no speaker there."""
    said = [m for n in names for m in re.finditer(r"\b%s\b" % re.escape(n), text)]
    return bool(said) and all(re.match(r"['’]s?\b", text[m.end():m.end() + 3]) for m in said)


def _said_in(e: Engine, who: str) -> list[int]:
    """Sentences where someone speaks through the paper or programme asked about: "Martin
    Mubanga claimed in the Observer", "told the Today programme" (the pack may know no actor
    of that name, only the words)."""
    words = content_words(who)
    expr = fts_term(" ".join(words)) if words and len(words) <= 3 else None
    if not expr:
        return []
    ids = sorted(e.search.rowids(expr))[:_MAX_SAID_IN]
    medium = re.compile(r"(?i)\b(?:(?:said|says|claimed|claims|wrote|writes|revealed|reveals|quoted) (?:in|to|on) |(?:told|tells) )(?:the )?"
                        + r"\W+".join(map(re.escape, words)) + r"\b")
    return [sid for sid, r in e.rows(ids).items() if medium.search(r["text"])]


_MAX_SAID_IN = 200  # sentences printing the name that are read for it


def _may_speak_for(text: str, source: str, names: set[str], person: bool = False) -> bool:
    """An unresolved source speaks for the asked body when it names the body ("Whole Foods
    co") or the sentence sets it beside the body ("Rhodri Vale, from the campaign group Open
    Rivers Trust, said"). A person speaks only as themselves: "Obama administration officials"
    are not Obama."""
    said_by = content_words(source)
    if person:
        return bool(said_by) and said_by[-1] in names
    if names & set(said_by):
        return True
    at = text.find(source)
    after = text[at + len(source):at + len(source) + 80] if at >= 0 else ""
    m = re.match(r",\s+(?:from|of|for|at|with|representing)\b([^,]*)", after)
    return bool(m and names & set(content_words(m.group(1))))


def quote_runs(e: Engine, ranked: list[tuple[sqlite3.Row, float]], rows: dict,
               limit: int | None = MAX_EXCERPTS, longest: int | None = QUOTE_RUN) -> list[Excerpt]:
    """The best sentences, best first, each within the rest of its quote: a later sentence of
    a quote ("The first minister should withdraw these remarks.") comes with the line that
    opens it, and an opening line with what follows ("He added: ..."), up to `longest`
    sentences in all; `limit` excerpts (None: every one). A sentence repeated in a syndicated
    copy is shown once."""
    longest = longest or len(rows) + 1
    used: set[int] = set()
    out: list[Excerpt] = []

    def same_quote(a: sqlite3.Row | None, b: sqlite3.Row) -> bool:
        return (a is not None and a["sid"] not in used and _plain(a["text"]) not in seen and a["article_id"] == b["article_id"]
                and a["source"] is not None and a["source"] == b["source"])

    seen: set[str] = set()
    for row, score in ranked:
        if row["sid"] in used or _plain(row["text"]) in seen:  # the same sentence in a syndicated copy
            continue
        run = [row]
        while len(run) < longest and row["continuation"] and same_quote(prev := rows.get(run[0]["sid"] - 1), row):
            run.insert(0, prev)
            if not prev["continuation"]:
                break  # the quote's opening line
        while len(run) < longest and same_quote(prev := rows.get(run[0]["sid"] - 1), row) and _left_open(prev["text"]):
            run.insert(0, prev)  # ... and so does a quotation its line before opened and left open
        while len(run) < longest and same_quote(nxt := rows.get(run[-1]["sid"] + 1), row):
            run.append(nxt)
        used.update(r["sid"] for r in run)
        seen.update(_plain(r["text"]) for r in run)
        out.append(span_excerpt(e.reader, run, score))
        if len(out) == limit:
            break
    return out


def _left_open(text: str) -> bool:
    """A sentence that opens a quotation and does not close it ('"These days it is like a zoo.'):
    the quotation goes on in the next sentence, which may be the one that names the speaker
    ('People just want to gawk at us," says Parata.'), so the two are one quote."""
    text = text.strip()
    if text[:1] == "“":
        return text.count("“") > text.count("”")
    return text[:1] == '"' and text.count('"') % 2 == 1


def _plain(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


# What a document is called: it "says" things, and no one speaks for it.
_DOCUMENTS = frozenset("""leak leaks letter memo document documents paper papers bill plan plans manifesto budget review
inquiry audit book ruling judgment judgement dossier advert poster leaflet email report reports poll polls survey
study research figures statistics data analysis""".split())


def _a_thing(e: Engine, phrase: str) -> bool:
    """'the alleged treasury leak', 'the latest poll': a document, in words the pack uses, no name."""
    words = phrase.split()
    return bool(words) and words[0].lower() in ("the", "a", "an", "this", "that") and words[-1].lower() in _DOCUMENTS \
        and not any(w[:1].isupper() for w in words[1:]) \
        and all(e.search.df(fts_term(w) or '""') > 0 for w in content_words(phrase))
