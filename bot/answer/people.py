"""Answers about an actor: who they are, what they said, their timeline (their ties: relations.py)."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answer import facts, named_articles
from bot.answer.pack import article_about, lead_sentences
from bot.answer.actors import PARTY_WORDS, ROLE_SYNONYMS, Actor
from bot.answer.asked import AMOUNT, holds
from bot.answer.lexicon import expand
from bot.answer.excerpts import excerpt, span_excerpt
from bot.answer.forms import ROLE_HEADS
from bot.answer.question import QUOTED_SAYING, Parsed, told_about, told_to, venue
from bot.answer.roles import describes
from bot.answer.search import ACRONYM_SKIP, Concept, fts_term, name_words
from bot.answer.topics import on_topic
from bot.answer.voices import TITLE_WORDS, byline_named, source_sentences, word_in
from bot.answer.thresholds import MAX_EXCERPTS, NOTHING, QUOTE_RUN, REPORT_SHARE, TOPIC_COVERAGE
from bot.answer.words import content_words
from bot.index.read import placeholders, sentences_by_id
from bot.model import ActorCard, Answer, Attribution, Excerpt
from bot.names import fold

if TYPE_CHECKING:
    from bot.answer.engine import Engine


def who_is(e: Engine, p: Parsed) -> Answer:
    actor = e.exact_actor(p.who)
    if actor is None and (spelt := _acronym_spelt(e, p.who or "")):
        answer = who_is(e, replace(p, who=spelt))  # "who's the DPP": the director of public prosecutions
        if answer.found:
            return answer
    # "John Houston, the UKIP guy", "fidelis mukonori in the zimbabwe crisis": a name, with a hint beside it
    # ("steve green - the police guy on pub hours": a spaced dash sets the hint off as a comma does)
    hint = re.match(r"\s*([^,(]+?)\s*(?:[,(]|[-–—]\s)|\s*(?!(?:the|a|an|this|that)\b)([\w'’-]+(?: [\w'’-]+)+?) (?:in|on|at|from|during|of) ",
                    p.who or "", re.I)
    named = e.exact_actor(hint.group(1) or hint.group(2)) if hint else None
    if named is not None and named.kind == "person" and (actor is None or actor.id != named.id and actor.kind != "person"):
        return profile(e, p, named)  # ... "Michael Rafferty of the Hansard Society" is Rafferty, not the society
    role = e.role_actor(p.who) or post_in_body(e, p.who or "") or post_doing(e, p.who or "")
    role_like = bool(re.match(r"(?i)(the|a|an)\s", p.who or "")) or "'" in (p.who or "") or "’" in (p.who or "")
    if role_like and re.match(r"(?i)\s*what\b", p.text) and not any(e.actors.names_a_post(w) for w in _head_words(p.who or "")[-1:]):
        role_like = False  # "what was the treasury leak story at the weekend" names no post whose holder is sought
    if role_like and _ASKS_NEW.search(p.who or "") and (named := _role_in_context(e, p, new=True)) is not None:
        return named  # "the new health minister for Wales" is whom the story calls new in the post
    if role is not None and (actor is None or actor.kind != "person" or role_like):
        return profile(e, p, role, role=p.who)  # a role: "Israel's military secretary" is not Israel
    if actor is None:  # titles may stand beside the name ("Sir Digby Jones"), roles may not:
        actor = e.resolve_one(p.who, allowed=TITLE_WORDS)  # "the president of Tanzania" is not Tanzania
    if actor is None and (named := _role_in_context(e, p)) is not None:
        return named
    if actor is None and (wrote := _author(e, p)) is not None:
        return wrote  # a byline the text never names: "Who is Jeffrey Gettleman?"
    if actor is None:
        fallback = facts.search(e, Parsed("search", p.text, topic=p.who or p.text))
        # "who is the mayor of X" asks for a person; "who's the source on X" may be a paper
        asks_who = bool(re.match(r"(?i)\s*who\b", p.text)) and bool(_OFFICES & set(content_words(p.who or "")))
        # "Who is the first sea ombudsman?": a sentence about some other ombudsman is no answer.
        # ... but what the role is may be told in other words than the question's: "the first woman
        # to divorce her husband through parliament" is "the first woman ever to divorce her husband".
        partial = role_like and re.match(r"(?i)\s*who\b", p.text) and fallback.excerpts[:1] \
            and fallback.excerpts[0].score < 1.0 - 1e-9 and not _holds_the_post(p.who or "", fallback.excerpts[0].quote)
        if fallback.found and role_like:  # "the chief executive of Verizon" is not "Yahoo's chief executive"
            fallback.excerpts = [x for x in fallback.excerpts if not e.post_of_another(p.who or "", x.quote)
                                 and e.post_placed_in(p.who or "", x.quote)  # ... nor a visitor to Tanzania its president
                                 and (not asks_who or _names_someone(e, x.quote))]  # ... nor "polls for mayors at Doncaster"
            fallback.found = bool(fallback.excerpts)
        if fallback.found and not partial:
            # "Eloise Parry, 21, was taken to ...": the sentence that says who the name is first
            says_who = re.compile(re.escape(p.who or "") + r"['’]?,\s+(?:\d{1,3},|(?:the|a|an)\s)", re.I)
            fallback.excerpts.sort(key=lambda x: not says_who.search(x.quote))
            return fallback
        if (held := _holder_in_scene(e, p)) is not None:
            return held
        capitalised = p.who and any(w[:1].isupper() for w in p.who.split())
        return e.nothing(p, f"The pack does not mention {p.who}." if capitalised else NOTHING,
                             suggest=p.who if capitalised else None)
    return profile(e, p, actor)


# A post, then a clause that tells where its holder comes in: "the fisheries minister the MPs
# are meeting in Scotland", "the judge they were up before" (a relative clause without "whom").
_POST_THEN_SCENE = re.compile(r"(?i)^\s*(?P<post>(?:the|a|an) (?:[\w'’-]+ ){0,3}?(?P<head>[\w'’-]+)) "
                              r"(?P<scene>(?:(?:the|a|an|his|her|their|its) (?:[\w'’-]+ ){0,2}?[\w'’-]+|he|she|they|we|you|i) "
                              r"(?:is|are|was|were|will|would|has|have|had|had been)\b.+)$")


def _holder_in_scene(e: Engine, p: Parsed) -> Answer | None:
    """Asked for the holder of a post as a clause sets the scene ("who's the fisheries minister
    the MPs are meeting in Scotland"): the holder of the post in the story of that scene (the
    scene's words in the article, not in the sentence that names the holder)."""
    m = _POST_THEN_SCENE.match(p.who or "")
    if not m or not e.actors.names_a_post(m.group("head")):
        return None
    found = who_is(e, replace(p, who=m.group("post"), text=f"who is {m.group('post')}"))
    scene = e.concepts(m.group("scene"))
    if not found.found or not scene:
        return None
    cov = e.search.article_coverage(scene, sorted({x.article.id for x in found.excerpts}))
    named = [e.search.concept_articles(c) for c in scene if c.actor_ids]  # ... and whom or where it names
    kept = [x for x in found.excerpts if cov.get(x.article.id, 0.0) >= TOPIC_COVERAGE
            and all(x.article.id in articles for articles in named)]
    return replace(found, question=p.text, excerpts=kept) if kept else None


def _head_words(phrase: str) -> list[str]:
    """The words of a phrase before its first preposition or clause ("treasury leak story" of "the
    treasury leak story at the weekend"), the last being its head noun."""
    head = re.split(r"(?i)\s(?:of|for|in|at|on|to|from|with|about|over|who|that|which|during|after|before)\s", phrase, maxsplit=1)[0]
    return content_words(head)


# "the finance minister in the welsh assembly government": a post, then where it is held
_POST_IN = re.compile(r"(?i)^(?:the )?(?P<post>[\w'’-]+(?: [\w'’-]+){0,2}?) (?:(?:up|down|over|out) )?(?:in|at|within) (?:the )?(?P<where>.+)$")


def post_in_body(e: Engine, phrase: str) -> Actor | None:
    """The one holder of the post whose story also names where it is held, by every word of it
    ("welsh", "assembly", "government" in Sue Essex's story)."""
    m = _POST_IN.match(phrase.strip())
    if not m or not e.actors.names_a_post(m.group("post").split()[-1].lower()):
        return None
    return holder_whose_story(e, m.group("post"), m.group("where"))


# "the housing minister telling councils to find sites": a post, then what its holder does
_POST_DOING = re.compile(r"(?i)^the (?P<post>[\w'’-]+(?: [\w'’-]+){0,2}?) (?P<what>(?:who|that) .+|[a-z]+ing .+)$")


# "the solicitor for the commons hunt protesters": a post, then whom its holder acts for
_POST_FOR = re.compile(r"(?i)^the (?P<post>[\w'’-]+(?: [\w'’-]+){0,2}?) (?:for|representing|acting for|on behalf of) (?P<what>.+)$")


def post_doing(e: Engine, phrase: str) -> Actor | None:
    """The one holder of the post whose story tells what the question says they do, or names
    whom they act for."""
    if (m := _POST_FOR.match(phrase.strip())) and m.group("post").split()[-1].lower() in DOER_POSTS:
        return holder_whose_story(e, m.group("post"), m.group("what"))
    m = _POST_DOING.match(phrase.strip())
    if not m or m.group("post").split()[-1].lower() not in _OFFICES | ROLE_HEADS:
        return None
    return holder_whose_story(e, m.group("post"), m.group("what"))


def holder_whose_story(e: Engine, post: str, told: str):
    """Of the people who hold `post`, the one whose story holds every word of `told`, by its
    forms ("scotland" is also the story's "Scottish"); None unless exactly one does."""
    ranked = [(a, score) for a, score in e.actors.by_role(f"the {post}") if a.kind == "person"]
    holders = [a for a, _ in ranked]
    words = [cs for w in content_words(told) if (cs := e.concepts(w))]
    if not holders or not words:
        return None
    # ... every word in one of their stories, not each in another of many
    told_in = set.intersection(*({e.search.article_of(sid) for c in cs for sid in e.search.concept_rows(c)} for cs in words))
    placed = [a for a in holders[:_MAX_HOLDERS] if told_in and told_in & {r[0] for r in e.reader.all(
        "SELECT DISTINCT s.article_id FROM mentions m JOIN sentences s ON s.id = m.sentence_id WHERE m.actor_id = ?", [a.id])}]
    if len(placed) > 1:
        # ... or the one the stories describe as holding the post itself, where the others only
        # share some of its words ("the lib dem leader" is not the party's deputy leader)
        score = dict((a.id, sc) for a, sc in ranked)
        top = max(score[a.id] for a in placed)
        placed = [a for a in placed if score[a.id] == top]
    return placed[0] if len(placed) == 1 else None


# Holders of a post whose stories are read, the likeliest first ("the MP" is held by dozens, and
# the one asked after may be described at length: "the MP for Grantham and Stamford").
_MAX_HOLDERS = 50

# Offices a person named beside a role may already hold, which makes them someone else.
_OFFICES = frozenset("minister secretary spokesman spokeswoman leader mp msp mep chancellor president chairman "
                     "chairwoman mayor governor senator ambassador commissioner".split())
# Posts a question may name by what their holder is doing: "the judge hearing the case".
DOER_POSTS = _OFFICES | ROLE_HEADS | frozenset("judge prosecutor officer inspector chief head boss director editor "
                                                 "lawyer barrister solicitor coroner".split())


def _names_someone(e: Engine, quote: str) -> bool:
    """The sentence names a person, in full (a lone capitalised word the tagger took for someone
    is often a place): "who is the mayor of Doncaster" is not answered by "polls for ... mayors
    at Doncaster"."""
    return any(h.actor.kind == "person" and " " in h.span.strip() for h in e.actors.find_in(quote, fuzzy=False))


# Where a role's name ends and what its holder did begins: "the first woman | to divorce ...".
# ("the president | of the central bank" names whose post it is: that must be said.)
_COMPLEMENT = re.compile(r"(?i)\s(?:to|who|that|which|whose)\s")
_AFTER_POST = re.compile(r"(?i)\s(?:on|over|behind|[a-z]+ing)\s")
# A past participle after the post begins the deed as "who was" would: "the first Scot | confirmed
# dead", "the MP | accused of ..." (not one before its noun: "the first elected mayor", "the newly appointed head")
_PARTICIPLE = re.compile(r"(?i)\s(?=[a-z]{3,}ed\s)")
_BEFORE_NOUN = frozenset("first second third last only next former".split())


def _holds_the_post(role: str, quote: str) -> bool:
    """The quote names the post itself, every word of it ("the first woman"), and the deed that
    makes it ("to divorce"); the rest of what its holder did is left to the coverage of the whole
    question ("through parliament"). The first woman admitted to a guild is not the first to lead
    it, and a post with nothing after it ("the first sea ombudsman") must be there whole."""
    parts = _COMPLEMENT.split(role, maxsplit=1)
    if len(parts) < 2 and (m := _PARTICIPLE.search(role)) and any(
            w not in _BEFORE_NOUN and not w.endswith("ly") for w in content_words(role[:m.start()])):
        parts = [role[:m.start()], role[m.end():]]
    if len(parts) < 2:
        # "the managers facing trial over the crash", "the railtrack managers on trial": the post
        # is what comes before the participle or preposition, and what they do is left to coverage
        head = _AFTER_POST.split(role, maxsplit=1)
        post = content_words(head[0]) if len(head) == 2 else []
        return bool(post) and all(word_in(w, set(content_words(quote))) for w in post)
    post, deed, said = content_words(parts[0]), content_words(parts[1])[:1], set(content_words(quote))
    return bool(post) and bool(deed) and all(word_in(w, said) for w in post + deed)


def _author(e: Engine, p: Parsed) -> Answer | None:
    """Someone only the byline names: who they are is what they wrote."""
    name = fold(p.who or "")
    if len(name.split()) < 2:
        return None  # a surname alone matches too many bylines to say
    rows = [r for r in e.reader.all("SELECT id, title, author, outlet FROM articles WHERE author IS NOT NULL ORDER BY id")
            if name in fold(r["author"])]
    if not rows:
        return None
    ids = [r["id"] for r in rows[:MAX_EXCERPTS]]
    leads = lead_sentences(e, ids)
    # ... after the line that says who they are, if one does: "LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR"
    says = re.compile(r"(?i)\b" + r"\s+".join(map(re.escape, (p.who or "").split())) + r"\s+(?:is|was)\s+(?:the|a|an)\s")
    told = [r[0] for r in e.reader.all(f"SELECT id, text FROM sentences WHERE article_id IN ({placeholders(ids)})"
                                       " ORDER BY id", ids) if says.search(r[1])][:1]
    first = list(sentences_by_id(e.reader, told).values())
    leads = first + [r for r in leads if r["sid"] not in told]
    wrote = "; ".join(f"“{r['title']}”" + (f" ({r['outlet']})" if r["outlet"] else "") for r in rows)
    return Answer(p.text, "who_is", True, [excerpt(r, 1.0) for r in leads],
                  note=f"{rows[0]['author']} wrote {wrote}.")


# A role asked of its new holder: "the new health minister for Wales", "the newly appointed ..."
_ASKS_NEW = re.compile(r"(?i)\bnew(?:ly[- ]appointed)?\s+[\w'’-]+")


def _role_in_context(e: Engine, p: Parsed, new: bool = False) -> Answer | None:
    """A role no description holds ("England's first children's commissioner"): the sentence
    that speaks of the role, and the person the article names for it there or just after
    ("The first children's commissioner for England has been appointed. ... Al Aynsley-Green,
    was chosen ..."). Someone described by the role's head word ("Committee chairman Austin
    Mitchell") is preferred to whoever is named next. `new`: asked for the post's new holder, only
    a sentence that calls the post new ("The new health minister for Wales says ...") tells who
    holds it now; one the story only describes by the post may be the holder before."""
    words = content_words(p.who)
    last = (p.who or "").split()[-1:] or [""]
    role_like = bool(re.match(r"(?i)(the|a|an)\s", p.who or "")) or bool(re.search(r"['’]s?\s", p.who or ""))
    if not words or (last[0][:1].isupper() and not role_like):
        return None  # a name ("King Charles"), not a role ("the river ombudsman", "England's first Commissioner")
    owner = re.match(r"(?i)^(?:the\s+)?(.+?)['’]s?\s", p.who or "")
    if owner and (holder := e.resolve_one(owner.group(1))) is not None and holder.kind == "person":
        return None  # "Gordon Brown's salary as chancellor": a person's thing, not a post
    concepts = e.concepts(p.who)
    asked = {a for c in concepts for a in c.actor_ids}
    # The office the role names: its last word before "of/for/in" ("the MP for Mid-Bedfordshire").
    office = content_words(re.split(r"(?i)\s(?:of|for|in|at|on|as|after|before|during|since|over|from|with)\s", p.who or "", maxsplit=1)[0]) or words
    # ... or before a participle that says what the holder does ("the judge hearing the case")
    doing = re.match(r"(?i)(?:the|a|an)\s+((?:[\w'-]+\s+){0,3}?[\w'-]+)\s+(?!during\b)[a-z]{3,}ing\s", p.who or "")
    if doing and content_words(doing.group(1)) and content_words(doing.group(1))[-1] in DOER_POSTS:
        office = content_words(doing.group(1))
    if words[-1] in ROLE_HEADS:
        office = words  # "who chairs the joint committee on human rights": the post comes last
    head = {office[-1], *ROLE_SYNONYMS.get(office[-1], "").split()}
    if not any(e.actors.names_a_post(w) for w in head):
        return None  # "turnout at the 1997 election" names no post anyone holds
    # the sentences on the role; failing that, on what it is the role of ("The joint committee on
    # human rights found ...", then "Committee chairman Labour MP Jean Corston said")
    found = e.best(concepts) or (e.best([c for c in concepts if c.label not in head]) if len(concepts) > 1 else [])
    placed_in = e.actors.find_in(p.who or "")  # the countries and bodies the role names
    if new:
        calls_new = re.compile(r"(?i)\bnew(?:ly[- ]appointed)?\s+(?:[\w'’-]+\s+){0,3}?(?:"
                               + "|".join(map(re.escape, sorted(head))) + r")\b")
        found = [(row, score) for row, score in found if calls_new.search(row["text"])]
    for row, _ in found[:MAX_EXCERPTS]:
        rows = e.reader.all(
            "SELECT m.sentence_id, m.actor_id, m.text FROM mentions m JOIN sentences s ON s.id = m.sentence_id"
            " WHERE s.article_id = ? ORDER BY m.sentence_id, m.start", [row["article_id"]])
        # where the person is named, not where the lead calls them by the post ("The first ombudsman ...")
        people = [(sid, e.actors.by_id[a]) for sid, a, said in rows
                  if a not in asked and a in e.actors.by_id and e.actors.by_id[a].kind == "person"
                  and fold(e.actors.by_id[a].name).split()[-1] in fold(said)]
        described = [(sid, a) for sid, a in people if any(_same_post(d, head, words) for d in a.descriptions)]
        # (named in full: a lone capitalised word the tagger took for someone is often a place,
        # "Stockton" of "Stockton-on-Tees")
        # ... and holding no other office ("Shadow local government minister Imogen May" is named
        # next to a mayoral poll, not as its mayor)
        nearby = [(sid, a) for sid, a in people if row["sid"] <= sid <= row["sid"] + 2 and " " in a.name.strip()
                  and not any((_OFFICES & set(content_words(d))) - head for d in a.descriptions)]
        pick = (described or nearby)[:1]
        if not pick:
            continue
        sid, person = pick[0]
        # ... where the story prints the post beside the name ("Deputy High Court Judge Richard Mawrey")
        posts = [fold(d) for d in person.descriptions if head & set(content_words(d))]
        own = sentences_by_id(e.reader, [i for i, a in people if a.id == person.id]) if posts else {}
        sid = next((i for i, r in sorted(own.items()) if any(d in fold(r["text"]) for d in posts)), sid)
        if any(e.post_of_another(p.who or "", t) for t in [row["text"], *person.descriptions]):
            continue  # "Yahoo's chief executive" for "the chief executive of Verizon"
        if not all(e.of_country(p.who or "", h, person, row["text"]) for h in placed_in):
            continue  # "riots against French and other foreign nationals" names no French minister
        sents = sentences_by_id(e.reader, list(range(min(sid, row["sid"]), max(sid, row["sid"]) + 1)))
        # Every word of the role is in the passage or the person's description (one may be
        # missing from a long role): "the first sea ombudsman" is not the river ombudsman.
        said = set(content_words(" ".join([*(r["text"] for r in sents.values()), *person.descriptions])))
        # ... a body the story named before and now calls by its head noun ("Committee chairman ...",
        # in the Elderly Care Committee's story) is said by its name
        said |= {w for c in concepts if c.spelt and row["article_id"] in c.spelt_in for w in content_words(" ".join(c.words))}
        missing = [w for w in words if not word_in(w, said)]
        if len(missing) > (1 if len(words) >= 4 else 0) or any(e.actors.resolve(w) for w in missing):
            continue  # ... but never a name in it: "the European central bank" is not the Fed
        if office[-1] in missing and len(office) >= 2 and _other_post(e, office, [r["text"] for r in sents.values()]):
            continue  # ... nor the post itself: the force's chief inspector is not its chief constable
        if abs(sid - row["sid"]) <= 2:  # one verbatim passage from the role to the name
            excerpts = [span_excerpt(e.reader, [sents[i] for i in sorted(sents)], 1.0, voice_of_first=True)]
        else:
            excerpts = [excerpt(sents[sid], 1.0), excerpt(row, 1.0)]
        note = f"{person.name} — {person.description}" if person.description else person.name
        return Answer(p.text, "who_is", True, excerpts, [e.card(person)], note=note)
    return None


# Words that rank a post: "chief constable", "deputy leader", "shadow chancellor".
_RANKS = frozenset("chief deputy assistant vice shadow junior senior acting principal associate".split())


def _other_post(e: Engine, office: list[str], texts: list[str]) -> bool:
    """The passage names another post of the same rank as the one asked: "chief inspector" for
    "chief constable", "deputy leader" for "deputy chairman"."""
    if office[-2] not in _RANKS:
        return False
    rank = re.compile(r"(?i)\b" + re.escape(office[-2]) + r"\s+([a-z]+)\b")
    return any(m.group(1).lower() != office[-1] and e.actors.names_a_post(m.group(1).lower())
               for t in texts for m in rank.finditer(t))


def _same_post(description: str, head: set[str], role: list[str]) -> bool:
    """The description names the role's post: its head word, and no word before it that the role
    lacks ("Committee chairman Councillor" for "the care committee chairman"; not "Prime Minister"
    for "the rural affairs minister")."""
    said = content_words(description)
    at = next((i for i, w in enumerate(said) if w in head), None)
    return at is not None and all(w in role or w in _GENERIC_BEFORE for w in said[:at])


# Words before a post that make it no other post: "former", "new", "Labour" ...
_GENERIC_BEFORE = frozenset("former new current acting then senior junior labour tory conservative lib dem liberal "
                            "democrat democrats snp plaid".split())


def profile(e: Engine, p: Parsed, actor: Actor, role: str | None = None) -> Answer:
    same = [actor, *e.actors.variants(actor)]  # "Betty Boothroyd" is also "Lady Boothroyd"
    rows = e.reader.all(
        "SELECT m.sentence_id AS sid, s.article_id, count(*) AS n FROM mentions m JOIN sentences s ON s.id = m.sentence_id"
        f" WHERE m.actor_id IN ({placeholders(same)}) GROUP BY m.sentence_id ORDER BY m.sentence_id",
        [a.id for a in same])
    if not rows:
        return e.nothing(p)
    per_article: dict[str, int] = {}
    for r in rows:
        per_article[r["article_id"]] = per_article.get(r["article_id"], 0) + 1
    main_article = max(per_article, key=lambda a: per_article[a])
    surname = fold(actor.name).split()[-1]
    sids = [r["sid"] for r in rows]
    if actor.kind == "person" and " " in actor.name.strip():
        # Titled forms the extractor may not have linked ("Baroness Boothroyd"): the surname
        # in the main article names the same person.
        sids += [i for i in e.search.rowids(fts_term(surname) or '""')
                 if e.search.article_of(i) == main_article and i not in sids]
    sents = sentences_by_id(e.reader, sids)
    epithets = _epithets(e, sents, {a.id for a in same})
    desc = [d.lower() for d in actor.descriptions]
    matching: list[str] = []
    if role:  # asked by role: the descriptions that say it come first
        wanted = [w for w in fold(role).split() if w not in ("the", "a", "an", "of")]
        def held(d: str) -> float:  # "Tory" is said "Conservative" too; a party ("lib dem") counts half a remit
            said = {w for w in wanted
                    if any(e.actors._same_word(w, x) or x in ROLE_SYNONYMS.get(w, "").split() for x in fold(d).split())}
            return len(said - PARTY_WORDS) + (0.5 if said & PARTY_WORDS else 0.0)
        most = max((held(d) for d in actor.descriptions), default=0.0)
        # every word of the role, or else the most of it any description says ("the party's Treasury
        # spokesman" for "the lib dems treasury spokesman", before "Lib Dem spokesman")
        matching = [d for d in actor.descriptions if most >= 2 and held(d) == most]
        desc = [d.lower() for d in matching] or desc

    desc = [re.sub(r"^(?:the|a|an) ", "", d) for d in desc]  # "the Lord Chief Justice" ~ "is Lord Chief Justice"
    names = sorted({fold(a.name) for a in same} | {x for a in same for x in a.aliases}, key=len, reverse=True)
    # A clause that says what the person is ("Baroness Boothroyd, who was Speaker"), not one that
    # tells of an event ("Mr Leslie - who was elected in 1997 ..."): "who was" then a noun
    # phrase, not a passive verb.
    who_clause = re.compile(r"(?:%s),? (?:who (?:is|was|has been|had been)(?! \w+ed\b| (?:born|chosen|given|taken|seen|known|"
                            r"made|sent|held|found|told|caught|brought|won|beaten|driven|written|sworn|shot|hit|hurt|put)\b)|"
                            r"who became|the|a|an|now|then|formerly) "
                            % "|".join(re.escape(n) for n in names + ([surname] if " " in actor.name.strip() else [])))

    full = "|".join(re.escape(fold(a.name)) for a in same)
    is_clause = re.compile(r"(?:^|\b(?:mr|mrs|ms|dr|sir|lord|lady) )(?:%s) (?:\d{1,3} )?(?:(?:is|was) (?:a|an|the|one|also|now|due|"
                           r"still|currently|formerly)|(?:has|had) (?:been|previously|also|long)|became)\b|\b(?:%s) \d{1,3} "
                           % ("|".join(re.escape(n) for n in names), full))

    # "The first ombudsman for river users has been appointed." then "Dorothea Vance was chosen
    # ...": a lead that gives the post, shown with the sentence that names its holder
    def says_name(sid: int) -> bool:
        return any(n in fold(sents[sid]["text"]) for n in names)
    named_next = {sid: sents[sid + 1] for sid in sents if sid + 1 in sents and not says_name(sid) and says_name(sid + 1)
                  and sents[sid + 1]["article_id"] == sents[sid]["article_id"]}

    def rank(sid: int) -> tuple:
        row = sents[sid]
        text = row["text"].lower()
        folded = fold(row["text"]) + (" " + fold(named_next[sid]["text"]) if sid in named_next else "")
        # A description said of the person, beside the name ("Lord Woolf, who is Lord Chief
        # Justice"), not of someone else further along the sentence.
        near = [d for n in names for d in desc if d and d in text and _near(folded, n, fold(d))]
        # ... a description of more than a title ("Cardinal") says more of who they are
        # ("Cardinal Cormac Murphy O'Connor, the Archbishop of Westminster")
        said = (0 if any(" " in d for d in near) or who_clause.search(folded)  # "Baroness Boothroyd, who was ..."
                else 1 if near or sid in epithets else 2)  # "... Mary Robinson has said. The former UN commissioner ..."
        named = any(n in folded for n in names)  # "Who is the MP for X?": the answer says the name
        # "John Houston, 54, was due to stand ...", "Mr Bannatyne has previously given ...": the
        # name with an age, or as subject of "is a / was the / has been", says who they are.
        about = bool(is_clause.search(folded))
        # Asked by a role, the sentence that gives it ("the newly elected MP for Sedgefield, Tony
        # Blair"); by name, of the sentences that say who the person is, the main story's first:
        # that is where the reporter introduces them ("Whale whisperer Hori Parata was just seven
        # years old when ..."), not where a later line gives a longer epithet.
        described = max((len(d) for d in desc if d and d in text), default=0) if matching else 0
        return (said, not named, row["article_id"] != main_article, -described, not about,
                row["source"] is not None and row["source_actor"] != actor.id, sid)

    ordered: list[int] = []
    for sid in sorted(sents, key=rank):
        if len(ordered) < MAX_EXCERPTS and not (sid - 1 in ordered and sid - 1 in named_next) \
                and not (sid in named_next and sid + 1 in ordered):  # a sentence is shown once
            ordered.append(sid)
    excerpts = [span_excerpt(e.reader, [sents[sid], epithets[sid]], 1.0) if sid in epithets else
                span_excerpt(e.reader, [sents[sid], named_next[sid]], 1.0) if sid in named_next else excerpt(sents[sid], 1.0)
                for sid in ordered]
    description = (matching[0] if matching else None) or actor.description
    note = f"{actor.name} — {description}" if description else f"{actor.name} ({actor.kind})"
    card = ActorCard(actor.name, actor.kind, description)
    return Answer(p.text, "who_is", True, excerpts, [card], note=note)


# A sentence that opens by calling someone by what they are: "The former UN commissioner for
# human rights and Irish president told Radio 4 ...". A bare "The MP" says no more than the
# name did, and "The prime minister's official spokesman" is someone else.
_EPITHET = re.compile(r"^The (?:(?![\w-]+['’]s )[\w'-]+ ){1,8}?(?:commissioner|president|minister|secretary|leader|chairman|"
                      r"chairwoman|chief|head|director|spokesman|spokeswoman|editor|MP|MEP|MSP|mayor|governor|"
                      r"ambassador|professor|judge|campaigner|businessman|businesswoman|tycoon|founder|author|"
                      r"writer|peer|archbishop|bishop)\b(?!['’]s)(?! of the)")


def _epithets(e: Engine, sents: dict, actor_ids: set[int]) -> dict[int, sqlite3.Row]:
    """Sentences naming the person whose next sentence calls them by what they are, and names
    nobody else: the name sentence -> the epithet sentence that says who they are."""
    after = sentences_by_id(e.reader, [sid + 1 for sid in sents if sid + 1 not in sents])
    # ... the name sentence in their voice or the story's: after "Asked about Sir Ian's comments, the
    # prime minister's official spokesman said ...", "The spokesman declined ..." is the spokesman
    found = {sid - 1: row for sid, row in after.items()
             if row["article_id"] == sents[sid - 1]["article_id"] and _EPITHET.match(row["text"])
             and (sents[sid - 1]["source"] is None or sents[sid - 1]["source_actor"] in actor_ids)}
    if not found:
        return {}
    ids = [r["sid"] for r in found.values()]
    others = {r[0] for r in e.reader.all(
        f"SELECT m.sentence_id FROM mentions m JOIN actors a ON a.id = m.actor_id WHERE a.kind = 'person'"
        f" AND m.sentence_id IN ({placeholders(ids)}) AND m.actor_id NOT IN ({placeholders(actor_ids)})",
        ids + list(actor_ids))}
    return {sid: row for sid, row in found.items() if row["sid"] not in others}


def _near(text: str, name: str, description: str, gap: int = 12) -> bool:
    """The name and the description within a few characters of each other."""
    for m in re.finditer(re.escape(name), text):
        for d in re.finditer(re.escape(description), text):
            if 0 <= d.start() - m.end() <= gap or 0 <= m.start() - d.end() <= gap:
                return True
    return False


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
    if answer.found and len(answer.excerpts) > 1 and (m := _ON_OCCASION.search(p.topic or "")) \
            and (story := article_about(e, m.group(1))) and answer.excerpts[0].article.id != story:
        # "what did hughes say about the lib dem pitch when howard unveiled the manifesto": what he
        # said on that occasion, in the story of it, before what he said on the topic elsewhere
        there = next((x for x in answer.excerpts if x.article.id == story), None)
        if there is not None:
            return replace(answer, excerpts=[there, *(x for x in answer.excerpts if x is not there)])
    return answer


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


def _in_authors_voice(e: Engine, found: Answer, articles: list[str]) -> Answer:
    """What a piece says, when its one author writes it in the first person (a blog post, an
    opinion column, whose "I'd much prefer ..." the index gives its author), is the author's word
    even where a sentence does not say "I"; a news report's own voice stays the story's."""
    if not found.found:
        return found
    rows = e.reader.all(f"SELECT id, author FROM articles WHERE id IN ({placeholders(articles)})", articles)
    authors = {r["id"]: r["author"] for r in rows if r["author"] and not re.search(r",| and |\bstaff\b", r["author"], re.I)}

    def writes_it(article: str) -> bool:
        return e.cached(f"writes_it:{article}", lambda: sum(
            1 for r in e.reader.all("SELECT a.source FROM sentences s JOIN attributions a ON a.sentence_id = s.id "
                                    "WHERE s.article_id = ?", [article]) if fold(r[0]) == fold(authors[article])) >= 2)

    found.excerpts = [replace(x, attribution=Attribution(authors[x.article.id], "person", cue="writes"))
                      if x.attribution is None and x.article.id in authors and writes_it(x.article.id) else x
                      for x in found.excerpts]
    return found


def _statements_by_any(e: Engine, p: Parsed) -> Answer:
    rest, article = named_articles.in_named_article(e, p.who or "")
    if article and not content_words(rest) and p.topic:
        # "what does the aclu author make of opt-out tools": its author, in the first person
        if _AUTHOR.search(p.who or "") and (answer := _statements_by(e, p)).found:
            return answer
        # "what does the nytimes article say about interest": that article's sentences on it
        found = facts.search(e, Parsed("search", p.text, topic=f"{p.topic}, according to {p.who}"))
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
    if answer.found or not p.topic:
        return answer
    if (topic := told_about(p)) and (alt := _statements_by(e, replace(p, topic=topic))).found:
        return alt
    # "The BBC's home affairs correspondent" is two people in the pack: the one who spoke on
    # the topic, when the likelier holder did not.
    # ... and "fox" is Liam Fox, or Chris Fox who spoke on the drinks trade
    for other in e.role_rivals(p.who) or e.namesakes(p.who)[:5]:
        alt = _statements_by(e, p, other)
        if alt.found:
            return alt
    return answer


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
    ids = sorted(set(ids) | set(told_by))

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
    cards = [e.card(a) for a in actors]
    name = actors[0].name if actors else p.who
    concepts = [c for c in e.concepts(p.topic) if not (c.actor_ids & {a.id for a in speakers})]
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


def _amounts_first(ranked: list, asked: set[str]) -> list:
    """Asked how much or how many, the speaker's sentences on the topic that give a figure
    ("the government could ultimately give hundreds of millions") come before those that give
    none, unless they cover the topic far worse."""
    top = ranked[0][1] if ranked else 0.0
    figure = [x for x in ranked if x[1] >= top * AMOUNT_SHARE and holds(AMOUNT, x[0]["text"], asked)]
    return figure + [x for x in ranked if x not in figure]


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
    sex = _sex_of(e, person)
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


def _sex_of(e: Engine, person: Actor) -> str | None:
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
        while len(run) < longest and same_quote(nxt := rows.get(run[-1]["sid"] + 1), row):
            run.append(nxt)
        used.update(r["sid"] for r in run)
        seen.update(_plain(r["text"]) for r in run)
        out.append(span_excerpt(e.reader, run, score))
        if len(out) == limit:
            break
    return out


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


def possessive(name: str) -> str:
    return name + ("’" if name.endswith("s") else "’s")


def timeline(e: Engine, p: Parsed) -> Answer:
    actor = e.resolve_one(p.who)
    if actor is None:
        return e.nothing(p, f"The pack does not mention {p.who}.", suggest=p.who)
    rows = e.reader.all(
        "SELECT DISTINCT e.sentence_id, e.date, e.time_text FROM events e JOIN event_actors ea ON ea.event_id = e.id"
        " WHERE ea.actor_id = ? ORDER BY e.sentence_id", [actor.id])
    if not rows:
        return e.nothing(p, f"The pack records no dated events for {actor.name}.")
    dated = sorted(rows, key=lambda r: (r["date"] is None, r["date"] or "", r["sentence_id"]))
    seen: list[int] = list(dict.fromkeys(r["sentence_id"] for r in dated))
    sents = sentences_by_id(e.reader, seen)
    excerpts = [excerpt(sents[i], 1.0) for i in seen[:8] if i in sents]
    return Answer(p.text, "timeline", True, excerpts, [e.card(actor)], note=f"Timeline of {actor.name}:")


def actor_concept(e: Engine, actor) -> Concept:
    """A body by every name the pack gives it: the Conservatives are its "Tories"."""
    same = [actor, *e.actors.variants(actor)]  # "Beverley Hughes" is also the story's "Beverly Hughes"
    family = e.actors.family(actor)
    # ... and by the word a party's name is printed as where no name was tagged: "former Tory
    # Treasurer Lord Ashcroft" is the Tory Party's ("Tories", "Tory"), "Reform" the Reform Party's
    kin = [e.actors.by_id[i] for i in sorted(family) if i in e.actors.by_id] if actor.kind in ("organization", "group") else []
    words = [w for a in same + kin for w in name_words(a.name)]
    words += [w.removesuffix(" party") for w in words if w.endswith(" party") and len(w.split()) == 2]
    return Concept(f"actor:{actor.id}", words=list(dict.fromkeys(words)), actor_ids={a.id for a in same} | family)


_ACRONYM = re.compile(r"\b[A-Z]{2,5}\b")


def _acronym_spelt(e: Engine, who: str) -> str | None:
    """The phrase an acronym the pack does not name stands for, spelt out by the posts its
    descriptions give: "the DPP" is "the director of public prosecutions". None when it names
    something itself, or no description spells it."""
    m = _ACRONYM.search(who)
    if m is None or e.exact_actor(m.group(0)) is not None:
        return None
    phrase = e.cached("post_acronyms", lambda: _post_acronyms(e)).get(m.group(0))
    return who[:m.start()] + phrase + who[m.end():] if phrase else None


def _post_acronyms(e: Engine) -> dict[str, str]:
    """Initials -> the commonest description of three or more words they spell (read once per index)."""
    counts: dict[str, dict[str, int]] = {}
    for (text,) in e.reader.all("SELECT description FROM actor_descriptions"):
        words = re.findall(r"[\w'’-]+", text.lower())
        while words and words[0] in ("the", "a", "an"):
            words = words[1:]
        initials = "".join(w[0] for w in words if w not in ACRONYM_SKIP).upper()
        if len(words) >= 3 and 2 <= len(initials) <= 5 and initials.isalpha():
            spelt = counts.setdefault(initials, {})
            phrase = " ".join(words)
            spelt[phrase] = spelt.get(phrase, 0) + 1
    return {k: max(v, key=lambda x: (v[x], x)) for k, v in counts.items()}
