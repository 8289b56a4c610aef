"""Answers about an actor: who they are, their timeline (what they said: statements.py; their ties: relations.py)."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from typing import TYPE_CHECKING, Callable

from bot.answer import facts
from bot.answer.actors import PARTY_WORDS, ROLE_SYNONYMS, Actor
from bot.answer.excerpts import excerpt, span_excerpt
from bot.answer.forms import ROLE_HEADS
from bot.answer.pack import lead_sentences
from bot.answer.question import Parsed
from bot.answer.search import ACRONYM_SKIP, Concept, fts_term, name_words
from bot.answer.thresholds import MAX_EXCERPTS, NOTHING, TOPIC_COVERAGE
from bot.answer.voices import TITLE_WORDS, word_in
from bot.answer.words import content_words
from bot.index.read import placeholders, sentences_by_id
from bot.model import ActorCard, Answer
from bot.names import fold

if TYPE_CHECKING:
    from bot.answer.engine import Engine


def who_is(e: Engine, p: Parsed) -> Answer:
    answer = _who_is(e, p)
    if answer.found and (named := _named_after_post(e, p)):
        # "who is the tory candidate replacing danny kruger in sedgefield": the post is read as "the
        # tory candidate", and the people and places the question goes on to name say which
        # holder; one from a story that does not name them all ("Prospective Tory candidate Andrew
        # Mennear, whose Finchley constituency ...", in a story naming neither) is another candidate
        kept = [x for x in answer.excerpts if facts.story_names(e, x.article.id, named)]
        if not kept:
            return e.nothing(p)
        answer = replace(answer, excerpts=kept)
    return answer


def _named_after_post(e: Engine, p: Parsed) -> list:
    """The actors the question names after the post it asks the holder of, when the parse left
    them out of the post: "who is the tory candidate [replacing danny kruger in sedgefield]"."""
    who = (p.who or "").strip()
    if not re.match(r"(?i)(?:the|a|an)\s", who):
        return []
    at = p.text.lower().find(who.lower())
    rest = p.text[at + len(who):] if at >= 0 else ""
    if at < 0 or not content_words(rest):
        return []
    # (people and places: "in the cabinet" names where the post sits, not which holder)
    return [c for c in e.concepts(rest) if c.actor_ids and c.words and all(
        a in e.actors.by_id and e.actors.by_id[a].kind in ("person", "place") for a in c.actor_ids)]


def _who_is(e: Engine, p: Parsed) -> Answer:
    actor = e.exact_actor(p.who)
    if actor is None and (spelt := _acronym_spelt(e, p.who or "")):
        answer = _who_is(e, replace(p, who=spelt))  # "who's the DPP": the director of public prosecutions
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
    owner = _owner(e, p.who or "") if re.match(r"(?i)\s*who\b", p.text) else None  # a person asked for, not "X's salary"
    if owner is not None and actor is not None and actor.id == owner[0].id:
        actor = None  # "Baha Mousa's father" is not Mousa, though the story calls him a "father-of-two"
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
        if fallback.found and owner is not None:  # ... and "Martin's barrister" is named beside the word
            fallback.excerpts = [x for x in fallback.excerpts if _names_holder(e, owner[0], owner[1], x.quote)]
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


# "baha mousa's father", "tony martin's barrister": someone a person has, named by what they are to them
_OWNED_PERSON = re.compile(r"(?i)^\s*(?:the\s+)?(?P<owner>.+?)['’]s?\s+(?P<thing>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\W*$")


def _owner(e: Engine, who: str) -> tuple[Actor, str] | None:
    """The person a "<person>'s <noun>" phrase names as the owner, and the noun: "who is Baha
    Mousa's father" asks for someone Mousa has, who is not Mousa."""
    m = _OWNED_PERSON.match(who)
    if m is None or not content_words(m.group("thing")):
        return None
    owner = e.exact_actor(m.group("owner"))
    return (owner, content_words(m.group("thing"))[-1]) if owner is not None and owner.kind == "person" else None


def _names_holder(e: Engine, owner: Actor, noun: str, quote: str) -> bool:
    """The passage names someone other than the owner beside the noun: "his barrister, Ann
    Lee", "Martin's barrister Ann Lee", "Ann Lee, Martin's barrister" (not "The barrister who
    had represented Mr Martin ... said Mr Clarke", which names the barrister nowhere)."""
    text = fold(quote)
    return any(h.actor.kind == "person" and h.actor.id != owner.id and _near(text, fold(h.span), noun, gap=20)
               for h in e.actors.find_in(quote, fuzzy=False))


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


# ... or whom its holder acts for, then the post: "the hunt protesters' solicitor"
_FOR_POST = re.compile(r"(?i)^(?:the )?(?P<what>[\w'’-]+(?: [\w'’-]+){0,3}?)(?:['’]s?)? (?P<post>[a-z]+)$")

# Posts whose holder acts for a client, whom a phrase may name before the post.
_COUNSEL = frozenset("lawyer lawyers solicitor solicitors barrister barristers counsel attorney".split())

# ... and a description of one acting for someone: "the men's solicitor", "his lawyer" (not an
# office: the Attorney General is no protester's lawyer)
_SOMEONES_COUNSEL = re.compile(r"(?i)(?:['’]s?|\b(?:his|her|their)) (?:[\w-]+ )?(?:" + "|".join(_COUNSEL) + r")\b")


def post_doing(e: Engine, phrase: str) -> Actor | None:
    """The one holder of the post whose story tells what the question says they do, or names
    whom they act for."""
    if (m := _POST_FOR.match(phrase.strip())) and m.group("post").split()[-1].lower() in DOER_POSTS:
        return holder_whose_story(e, m.group("post"), m.group("what"))
    if (m := _FOR_POST.match(phrase.strip())) and m.group("post").lower() in _COUNSEL:
        return holder_whose_story(e, m.group("post").lower().removesuffix("s"), m.group("what"),
                                  lambda a: any(_SOMEONES_COUNSEL.search(d) for d in a.descriptions))
    m = _POST_DOING.match(phrase.strip())
    if not m or m.group("post").split()[-1].lower() not in _OFFICES | ROLE_HEADS:
        return None
    return holder_whose_story(e, m.group("post"), m.group("what"))


def holder_whose_story(e: Engine, post: str, told: str, keep: Callable[[Actor], bool] = lambda a: True):
    """Of the people who hold `post` (and pass `keep`), the one whose story holds every word of
    `told`, by its forms ("scotland" is also the story's "Scottish"); None unless exactly one does."""
    ranked = [(a, score) for a, score in e.actors.by_role(f"the {post}") if a.kind == "person" and keep(a)]
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
    texts = e.reader.all(f"SELECT id, text FROM sentences WHERE article_id IN ({placeholders(ids)}) ORDER BY id", ids)
    # ... or, in a piece in the first person, the line where the author says what they are or do
    # for work: "I do software development and internet protocol design both for work and for fun"
    # ("I'm a geek" says less than that: after it)
    told = next((found for pattern in (says, _SELF_WORK, _SELF_IS) if (found := [r[0] for r in texts if pattern.search(r[1])][:1])), [])
    first = list(sentences_by_id(e.reader, told).values())
    leads = first + [r for r in leads if r["sid"] not in told]
    wrote = "; ".join(f"“{r['title']}”" + (f" ({r['outlet']})" if r["outlet"] else "") for r in rows)
    return Answer(p.text, "who_is", True, [excerpt(r, 1.0) for r in leads],
                  note=f"{rows[0]['author']} wrote {wrote}.")


# An author's own line on what they do for work: "I work as ...", "... design both for work and for fun".
_SELF_WORK = re.compile(r"\bI (?:work|worked|have worked|['’]ve worked) as\s|\bmy (?:job|day job|profession) is\b|"
                        r"\bI\b[^.;]{0,80}\bfor (?:work|a living)\b")
# ... or what they are: "I'm a lawyer", "I am an engineer"
_SELF_IS = re.compile(r"\bI(?:['’]m| am) (?:a|an)\s")


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
    # phrase, not a passive verb; or a post held "as" (_HELD_AS).
    called = "|".join(re.escape(n) for n in names + ([surname] if " " in actor.name.strip() else []))
    who_clause = re.compile(r"(?:%s),? (?:who (?:is|was|has been|had been)(?! \w+ed\b| (?:born|chosen|given|taken|seen|known|"
                            r"made|sent|held|found|told|caught|brought|won|beaten|driven|written|sworn|shot|hit|hurt|put)\b)|"
                            r"who became|%s|the|a|an|now|then|formerly) " % (called, _HELD_AS))
    held_as = re.compile(r"(?:%s) %s " % (called, _HELD_AS))

    full = "|".join(re.escape(fold(a.name)) for a in same)
    # ... not one that tells what they are doing ("Mr McCabe is also looking for ...")
    is_clause = re.compile(r"(?:^|\b(?:mr|mrs|ms|dr|sir|lord|lady) )(?:%s) (?:\d{1,3} )?(?:(?:is|was) (?:a|an|the|one|due|formerly|"
                           r"(?:also|now|still|currently)(?! [a-z]+ing\b))|(?:has|had) (?:been|previously|also|long)|became)\b|\b(?:%s) \d{1,3} "
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
        # ... and of those, one that stops to give the post the person held ("David Jones - who has
        # resigned as transport secretary - built ...") before a title in passing
        held = bool(held_as.search(folded))
        return (said, not named, row["article_id"] != main_article, -described, not about, not held,
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


# A relative clause giving the post a person held by an active verb "as" it ("who has resigned
# as home secretary", "who served as mayor", "who quit as chairman"): it says who they are as
# "who was home secretary" does (read after fold, so commas and dashes around it are gone).
_HELD_AS = r"who (?:has |had )?(?:[a-z]+ed|quit|stepped down|stood down) as"


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
