"""Who speaks as a question names them: the sentences attributed to "Reuters", "the lord
chancellor", "the Usdaw general secretary", "Number 10" or "Acpo", whether the phrase names an
actor, a role, a body's people, or a source the articles word differently."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from bot.answer.actors import PARTY_WORDS, ROLE_SYNONYMS, Actor, parties
from bot.answer.lexicon import ENTOURAGE, STATE_POSTS
from bot.answer.named_articles import in_named_article
from bot.answer.search import ACRONYM_SKIP, Concept, expand, fts_term, name_words
from bot.answer.words import content_words
from bot.index.read import placeholders
from bot.names import fold

if TYPE_CHECKING:
    from bot.answer.engine import Engine

# How close a misspelt speaker's name must be to the source's (rapidfuzz ratio).
MISSPELT_NAME = 85

# Words that may stand beside a name in "who is ...": forms of address, not roles.
TITLE_WORDS = frozenset("sir lord lady dame baroness baron dr mr mrs ms miss cardinal archbishop bishop rev "
                        "reverend rabbi imam pastor sheikh canon gen maj col prof professor father fr sister".split())


def _whole(name: str) -> str:
    """A name as a pattern that may run on into a longer one ("zuck": "zuckerberg"), unless it
    ends in initials: "the un" is not "the unnamed reports"."""
    return re.escape(name) + (r"(?!\w)" if len((name.split() or [name])[-1]) <= 3 else "")


def _person_with_body(e: Engine, who: str) -> Actor | None:
    """The actor the whole phrase names; but of a person named with their body ("andy richards
    from swansea uaf", "Dr Richard Lewis of the BMA"), the person, who speaks, not the body,
    which only says which person (when the pack knows both names, the body's may win the tie)."""
    actor = e.exact_actor(who)
    if actor is not None and actor.kind != "person" and (person := e.qualified_actor(who)) is not None:
        return person
    return actor


def source_sentences(e: Engine, who: str, actor: Actor | None = None) -> tuple[list[int], list[Actor]]:
    """Sentences attributed to `who`: the actor it names (or the role it names: "the lord
    chancellor"), or sources the articles word that way ("Israeli media", "the education
    department" for "the Department for Education"). `actor`: who the phrase names, when the
    caller has decided."""
    if actor is None and (spoken := _spokespeople_of(e, who)):
        # "Blair's spokesman" is the source the articles print as "Mr Blair's official spokesman"
        return [r[0] for r in e.reader.all(f"SELECT sentence_id FROM attributions WHERE source IN ({placeholders(spoken)})"
                                           " ORDER BY sentence_id", sorted(spoken))], []
    if actor is None and entourage_asked(e, who):
        return [], []  # "blair's aides": nobody the pack quotes so, and not Mr Blair himself
    if actor is None and (kind := _bodies_of_kind(e, who)):
        # "the police": every force the stories quote ("West Mercia police said") and everyone
        # whose post names the kind ("assistant chief constable of Gloucestershire Police"), not
        # only the one person whose post best holds the word ("Norfolk police chief")
        word = kind_word(who)
        officers = [a.id for a in e.actors.by_id.values() if a.kind == "person"
                    and any(re.search(r"\b" + re.escape(word) + r"\b", fold(d)) for d in a.descriptions)]
        return [r[0] for r in e.reader.all(
            f"SELECT DISTINCT sentence_id FROM attributions WHERE source IN ({placeholders(kind)})"
            f" OR actor_id IN ({placeholders(officers) if officers else 'NULL'}) ORDER BY sentence_id",
            sorted(kind) + officers)], []
    actor = actor or _person_with_body(e, who) or e.qualified_actor(who) or _body_of_post(e, who, e.role_actor(who)) \
        or e.relative_actor(who) or e.resolve_one(who)
    if actor is None and (author := byline_named(e, who)):
        who = author  # "the aclu author", "the ACLU's Gillmor": the byline of the ACLU's piece
    wanted: set[str] = set()
    folded = fold(who)
    # A person named in full speaks as themselves: a source that only opens with their name
    # ("Obama administration officials", "Mayor Cyril Dane's officials") is someone else.
    # ... and one the articles know by a first name ("his brother Ed", asked as "Ed Miliband") is
    # not everyone of that first name ("Ed Balls")
    ending = _POST_NOMINALS + r"\W*$" if actor is not None and actor.kind == "person" and (
        " " in actor.name.strip() or fold(who).split()[-1:] != [fold(actor.name)]) else ""
    speakers: list[Actor] = []
    if actor is not None:
        # The same person under a fuller or shorter name, and the people who speak for a body.
        speakers = [actor, *e.actors.variants(actor), *e.actors.initialled(actor), *e.actors.members(actor), *_spokespeople(e, actor)]
        # ... and the same body under its other names: "the Tories" speak as "the Conservatives"
        speakers += [e.actors.by_id[i] for i in sorted(e.actors.family(actor)) if i in e.actors.by_id]
        post = _post_holders(e, who, actor, speakers)
        if post:  # "the Usdaw general secretary": that one of the body's people
            return [r[0] for r in e.reader.all(
                f"SELECT sentence_id FROM attributions WHERE actor_id IN ({placeholders(post)}) ORDER BY sentence_id",
                [a.id for a in post])], post
        # Full names only: a bare surname ("clarke") would also catch other Clarkes.
        names = [a for a in actor.aliases if " " in a and len(a) > 5] + [fold(actor.name)]
        named = re.compile(r"(?<!\w)(?:" + "|".join(_whole(n) for n in sorted(set(names), key=len, reverse=True)) + ")" + ending)
        wanted |= {src for key, forms in e.source_names.items() if named.search(key) for src in forms}
        wanted |= _singular_voices(e, actor)
    if content_words(who) and len(folded) > 2 and (actor is None or " " in folded):
        said = re.compile(_whole(folded) + ending)
        wanted |= {src for key, forms in e.source_names.items() if said.search(key) for src in forms}
        if actor is None:  # "the education department" ~ "the Department for Education": same words, any order
            words = set(content_words(who))
            # "the qualifications watchdog": a word for any body stands for the kind its name
            # ends in ("the Qualifications and Curriculum Authority")
            kinds = words & _ANY_BODY
            if kinds and words - kinds:
                words -= kinds
            if words:
                for key, forms in e.source_names.items():
                    key_words = set(_source_words(e)[key])
                    if all(word_in(w, key_words) for w in words) and len(key_words) <= len(words) + 2 \
                            and (not kinds or key_words & _BODY_NAME_HEADS):
                        wanted.update(forms)
    wanted |= _spelt_out_sources(e, who)
    # "labour's spokesman": the one who holds the post, and the unnamed "a Labour Party spokesman"
    wanted |= _spokespeople_of(e, who, "body")
    wanted |= _party_spokespeople(e, who, actor)
    seat = re.sub(r"^the ", "", folded)
    # ... and "no 10's spokesman", "a downing street source": the seat's own voice
    voices = _INSTITUTION_VOICES.get(seat) or _INSTITUTION_VOICES.get(
        re.sub(r"^an? ", "", re.sub(r" (?:official |press )?(?:spokes(?:man|woman|person)|officials?|sources?)$", "", seat)))
    if voices:  # "Number 10" speaks through "the prime minister's official spokesman"
        folded_voices = [fold(v) for v in voices]
        wanted |= {src for key, forms in e.source_names.items() if any(v in key for v in folded_voices) for src in forms}
        if voices is _DOWNING and (pm := _the_prime_minister(e)):
            # ... and through the prime minister's spokesman by name: "Mr Blair's official spokesman"
            by_name = re.compile(r"\b" + re.escape(pm) + r"(?: s)? (?:official |press )?spokes(?:man|woman|person)$")
            wanted |= {src for key, forms in e.source_names.items() if by_name.search(key) for src in forms}
    if actor is None and not wanted and (people := _named_with(e, who)):
        speakers = people  # "Anne Borthwick, of Campaign for Borders Rail, said": a body the tagger missed
    if actor is None and not wanted and not speakers:
        wanted = _misspelt_sources(e, who)
    if actor is None and not wanted and not speakers:
        return _short_source_sentences(e, who), []
    # "the tory spokesman": also the party's unnamed spokesman ("... ," a spokesman said, in its story)
    unnamed = _unnamed_party_voices(e, who)
    clauses, params = [], []
    if speakers:
        clauses.append(f"actor_id IN ({placeholders(speakers)})")
        params += [a.id for a in speakers]
    if wanted:
        clauses.append(f"source IN ({placeholders(wanted)})")
        params += sorted(wanted)
    if not clauses:
        return unnamed, []
    ids = [r[0] for r in e.reader.all(
        f"SELECT sentence_id FROM attributions WHERE {' OR '.join(clauses)} ORDER BY sentence_id", params)]
    ids = sorted(set(ids) | set(unnamed)) if unnamed else ids
    if actor is None and wanted and ids:
        ids = sorted(set(ids) | set(_called_by_head(e, who, ids)))
    if actor is not None and actor.kind == "place" and (post := [w for w in content_words(who) if w in STATE_POSTS][-1:]):
        # "the albanian prime minister" is whoever holds that post, not the country's other voices
        # ("a spokesman for the Albanian embassy"); none when the pack quotes no holder
        ids = _holding_post(e, ids, post[0])
        return (ids, speakers) if ids else ([], [])
    if actor is not None and actor.kind in ("organization", "group"):
        ids = sorted(set(ids) | set(_voices_by_head(e, actor, ids)))
    return ids, speakers


def _holding_post(e: Engine, ids: list[int], post: str) -> list[int]:
    """Of these sentences, those whose speaker holds the post: the source as the story words it
    ("Albania's foreign minister"), or the person it is, as the pack describes them."""
    said = e.rows(ids)

    def holds(row) -> bool:
        person = e.actors.by_id.get(row["source_actor"])
        described = [row["source"] or "", *(person.descriptions if person is not None else [])]
        return any(re.search(r"\b" + re.escape(post) + r"\b", fold(d)) for d in described)
    return [i for i in ids if i in said and holds(said[i])]


# The voices of a body a story names by the last word of its name: "an executive spokesman"
# in the story of "the Scottish Executive".
_HEAD_VOICE = r"^(?:an?|the|its) {}(?:['’]s)?(?: (?:official |press )?(?:spokes(?:man|woman|person)|official|officials|source|sources))?$"


def _voices_by_head(e: Engine, body: Actor, ids: list[int]) -> list[int]:
    """In the stories that name the body, its voices by the last word of its name alone ("an
    executive spokesman", "the executive said" for the Scottish Executive): one body, named
    shorter, unless the story names another body whose name ends in that word."""
    words = fold(body.name).split()
    if len(words) < 2 or words[-1] in STOP_BODY_WORDS or len(words[-1]) < 4:
        return []
    head = words[-1]
    articles = {r[0] for r in e.reader.all(
        "SELECT DISTINCT s.article_id FROM mentions m JOIN sentences s ON s.id = m.sentence_id WHERE m.actor_id = ?", [body.id])}
    if ids:
        articles |= {r[0] for r in e.reader.all(
            f"SELECT DISTINCT article_id FROM sentences WHERE id IN ({placeholders(ids)})", ids)}
    if not articles or len(articles) > _MAX_HEAD_ARTICLES:
        return []
    arts = sorted(articles)
    others = e.reader.all(
        "SELECT DISTINCT m.actor_id FROM mentions m JOIN sentences s ON s.id = m.sentence_id"
        f" WHERE s.article_id IN ({placeholders(arts)}) AND m.actor_id != ?", arts + [body.id])
    if any(fold(o.name).split()[-1:] == [head] for r in others if (o := e.actors.by_id.get(r[0])) is not None
           and o.kind in ("organization", "group")):
        return []
    return _spoken_as(e, arts, re.compile(_HEAD_VOICE.format(re.escape(head))))


# Words a question uses for any body, and the words a body's name ends in that they stand for.
_ANY_BODY = frozenset("watchdog regulator body organisation organization".split())
_BODY_NAME_HEADS = frozenset("""authority commission council agency board office association federation institute
institution committee service ombudsman inspectorate regulator watchdog""".split())

# Bodies a story names in full once, then by their kind: "a committee of MPs said ..." then
# "the committee said ...".
_BODY_HEADS = frozenset("committee commission council inquiry panel tribunal board authority agency watchdog".split())


def _called_by_head(e: Engine, who: str, ids: list[int]) -> list[int]:
    """The sentences of the stories that quote the body asked about ("the mps committee": "a
    committee of MPs") in which it speaks by its kind alone ("the committee", or "the Commons
    science and technology committee"): one body, named shorter or longer."""
    words = content_words(who)
    head = next((w for w in reversed(words) if w in _BODY_HEADS), None)
    if head is None:
        return []
    articles = sorted({r[0] for r in e.reader.all(
        f"SELECT DISTINCT article_id FROM sentences WHERE id IN ({placeholders(ids)})", ids)})
    if len(articles) > _MAX_HEAD_ARTICLES:
        return []
    return _spoken_as(e, articles, re.compile(r"^(?:the|its) (?:[\w-]+ ){0,5}" + re.escape(head) + r"$"))


_MAX_HEAD_ARTICLES = 5  # a body quoted in a few stories, not a phrase found everywhere


def _spoken_as(e: Engine, articles: list[int], form: re.Pattern) -> list[int]:
    """The sentences of these stories whose speaker the story names in a form `form` matches
    (a body by its kind or by the last word of its name)."""
    forms = sorted({src for key, fs in e.source_names.items() if form.match(key) for src in fs})
    if not forms:
        return []
    return [r[0] for r in e.reader.all(
        "SELECT at.sentence_id FROM attributions at JOIN sentences s ON s.id = at.sentence_id"
        f" WHERE s.article_id IN ({placeholders(articles)}) AND at.source IN ({placeholders(forms)})", articles + forms)]


def kind_word(who: str) -> str:
    return re.sub(r"^the ", "", who.strip())


def _bodies_of_kind(e: Engine, who: str) -> set[str]:
    """'the police', 'police': a kind of body no actor is called by, which the stories name as
    several bodies of that kind ("West Mercia police", "North Wales police") and their voices
    ("a police spokesman"). Empty when the word names an actor, or fewer than two bodies."""
    m = re.fullmatch(r"(?:the )?([a-z]+)", who.strip())
    if not m or m.group(1) in STOP_BODY_WORDS or e.actors.alias.get(m.group(1)) or e.exact_actor(who) \
            or e.qualified_actor(who):
        return set()
    word = m.group(1)
    named = {key for key in e.source_names
             if re.fullmatch(r"(?!(?:the|a|an|his|her|its|their)\b)(?:[a-z'’-]+ ){1,3}" + word, key)}
    if len(named) < 2:
        return set()
    # ... the bodies by name ("west mercia police"), the kind itself ("the police"), and their voices
    # ("a south wales police spokeswoman"); not a body named "The Press Council" for "the council"
    voice = r" (?:press |senior )?(?:spokes(?:man|woman|person)|sources?|officials?|officers?)"
    voices = re.compile(r"(?!(?:the|a|an|his|her|its|their)\b)(?:[a-z'’-]+ ){1,3}" + word + r"(?:" + voice + r")?"
                        r"|(?:(?:the|a|an) )?" + word + r"(?:" + voice + r")?"
                        r"|(?:the|a|an) (?:[a-z'’-]+ ){1,3}" + word + voice)
    return {src for key, forms in e.source_names.items() if voices.fullmatch(key) for src in forms}


# Words that end a name of many bodies but are no kind of body asked by itself.
STOP_BODY_WORDS = frozenset("officials sources spokesman spokeswoman spokesperson people members groups mps figures "
                            "experts lawyers".split())


def _the_prime_minister(e: Engine) -> str | None:
    """The surname of the one the stories call "the Prime Minister" unqualified (not "Italian
    Prime Minister"), the most mentioned when several are: whom Downing Street speaks for."""
    def find() -> str | None:
        bare = {"prime minister", "the prime minister", "uk prime minister", "british prime minister"}
        pms = [a for a in e.actors.by_id.values()
               if a.kind == "person" and " " in a.name.strip() and any(fold(d).strip() in bare for d in a.descriptions)]
        return fold(max(pms, key=lambda a: a.mentions).name).split()[-1] if pms else None
    return e.cached("the_prime_minister", find)


def _singular_voices(e: Engine, body: Actor) -> set[str]:
    """A body named in the plural speaks through voices named in the singular: "the Conservatives"
    through "a Conservative spokeswoman", "the Tories" through "Tory sources", "the Lib Dems"
    through "the Lib Dem spokesman"."""
    if body.kind not in ("organization", "group"):
        return set()
    singular = set()
    for name in (body.name, *body.aliases):
        folded = fold(name).strip()
        if re.search(r"[a-z]ies$", folded):
            singular.add(folded[:-3] + "y")
        elif re.search(r"[a-z][^s]s$", folded):
            singular.add(folded[:-1])
    if not singular:
        return set()
    voice = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in sorted(singular, key=len, reverse=True))
                       + r")(?: party)? (?:official |chief |press |senior )?(?:spokes(?:man|woman|person|men|women|people)"
                       r"|sources?|officials?)$")
    return {src for key, forms in e.source_names.items() if voice.search(key) for src in forms}


def _body_of_post(e: Engine, who: str, person: Actor | None) -> Actor | None:
    """'liberty', typed in lower case, is a word of the articles and so no name; but when the
    one it finds by post is "director of civil rights group Liberty", the phrase is that
    body's whole name: the body speaks (its director among its voices)."""
    if person is None or person.kind != "person":
        return person
    key = fold(re.sub(r"(?i)^the\s+", "", who.strip()))
    body = next((a for a in e.actors.alias.get(key, []) if a.kind in ("organization", "group")), None)
    if body is None or not any(re.search(r"\b" + re.escape(key) + r"\b", fold(d)) for d in person.descriptions):
        return person
    return body


_SPOKES = re.compile(r"(?i)^(?:the |a |an )?(?P<owner>.+?)(?:['’]s?)? (?:official |chief |press )?"
                     r"(?P<noun>spokes(?:man|woman|person|people)|" + "|".join(ENTOURAGE) + r")$")


def _spokespeople_of(e: Engine, who: str, kind: str = "person") -> set[str]:
    """Sources that speak for the person a "X's spokesman" question names: every word of the
    name as asked, and a spokes- word ("Mr Blair's official spokesman" for "Blair's spokesman").
    kind "body": those of a body ("labour's spokesman": "a Labour Party spokesman")."""
    m = _SPOKES.match(who.strip())
    owner = e.exact_actor(m.group("owner")) if m else None
    if owner is None or (owner.kind == "person") != (kind == "person"):
        return set()  # a body's spokespeople are its members: found by it
    words = content_words(m.group("owner"))
    noun = m.group("noun").lower()
    nouns = {"spokes"} if noun.startswith("spokes") else {noun, ENTOURAGE[noun]}
    out = set()
    for key, forms in e.source_names.items():
        if any(n in key for n in nouns):
            key_words = set(content_words(key.replace("’", "'").replace("'s ", " ")))
            if (noun.startswith("spokes") or key_words & nouns) and all(word_in(w, key_words) for w in words):
                out.update(forms)
    return out


def entourage_asked(e: Engine, who: str) -> bool:
    """Whether a phrase names a person's officials, aides or advisers ("obama officials"): their
    words, not the person's, answer it."""
    m = _SPOKES.match(who.strip())
    owner = e.exact_actor(m.group("owner")) if m and m.group("noun").lower() in ENTOURAGE else None
    return owner is not None and owner.kind == "person"


_PARTY_SPOKES = re.compile(r"^(?:an? |the )?(?P<party>.+?) (?:party )?(?:official |press )?spokes(?:man|woman|person)$")


def _party_spokespeople(e: Engine, who: str, actor: Actor | None) -> set[str]:
    """A party asked by any of its names ("the tories") speaks through its unnamed spokespeople
    under any other ("a Conservative spokeswoman", "the Lib Dem spokesman")."""
    asked = parties(fold(who))
    if not asked or actor is None or actor.kind == "person" or set(content_words(who)) - PARTY_WORDS - {"party"}:
        return set()
    out: set[str] = set()
    for key, forms in e.source_names.items():
        m = _PARTY_SPOKES.match(key)
        if m and set(m.group("party").split()) <= PARTY_WORDS and parties(m.group("party")) == asked:
            out.update(forms)
    return out


def _unnamed_party_voices(e: Engine, who: str) -> list[int]:
    """Sentences a party's spokesperson speaks without a name or a brief ("a spokesman said", which
    the story ties to the party), when the question asks for the party's spokesman and no brief:
    "the tory spokesman", "a labour spokeswoman" (not "the tory health spokesman")."""
    m = _PARTY_SPOKES.match(re.sub(r"^(?:an? |the )", "", fold(who).strip()))
    if not m or not set(m.group("party").split()) <= PARTY_WORDS or not (asked := parties(m.group("party"))):
        return []
    bodies = e.cached(("party_bodies", tuple(sorted(asked))), lambda: [
        a.id for a in e.actors.by_id.values() if a.kind in ("organization", "group")
        and set(content_words(a.name)) <= PARTY_WORDS | {"party"} and parties(fold(a.name)) == asked])
    sources = sorted(src for key, forms in e.source_names.items() if _UNNAMED_SPOKES.fullmatch(key) for src in forms)
    if not bodies or not sources:
        return []
    return [r[0] for r in e.reader.all(
        f"SELECT sentence_id FROM attributions WHERE actor_id IN ({placeholders(bodies)}) AND source IN ({placeholders(sources)})",
        bodies + sources)]


_UNNAMED_SPOKES = re.compile(r"(?:an? |the )?(?:party )?(?:official |press )?spokes(?:man|woman|person)")


def byline_named(e: Engine, who: str) -> str | None:
    """The author of an article a phrase names by its outlet: "the aclu author" (the ACLU
    piece's byline), "the ACLU's Gillmor" (a byline name, after its outlet)."""
    rest, ids = in_named_article(e, who)
    if ids and not content_words(rest):
        authors = set(_authors(e, ids))
        return authors.pop() if len(authors) == 1 else None
    folded = fold(who).strip()
    named = {a for r in e.reader.all("SELECT author FROM articles WHERE author IS NOT NULL") for a in re.split(r",| and ", r[0])
             if a.strip() and folded in (fold(a).strip(), fold(a).split()[-1])}
    if len(named) == 1:  # "laurie oakes": a byline by name
        return named.pop().strip()
    m = re.match(r"(?i)^(?:the\s+)?(.+?)['’]s?\s+(\S.*)$", who)
    if m and any(fold(m.group(2)) in fold(a) for a in _authors(e, in_named_article(e, f"{m.group(1)} article")[1] or [])):
        return m.group(2)
    return None


def _authors(e: Engine, article_ids: list[str]) -> list[str]:
    if not article_ids:
        return []
    return [r[0] for r in e.reader.all(
        f"SELECT author FROM articles WHERE id IN ({placeholders(article_ids)}) AND author IS NOT NULL", article_ids)]


# Letters after a name: "Frank Field MP" is Frank Field.
_POST_NOMINALS = r"(?:\W+(?:mp|msp|mep|am|qc|kc|obe|mbe|cbe|jr|sr))*"


def _named_with(e: Engine, phrase: str) -> list[Actor]:
    """The speakers a sentence names right before a body the actor table lacks: "Anne
    Borthwick, of Campaign for Borders Rail, said" speaks for Campaign for Borders Rail."""
    forms = [f for f in name_words(re.sub(r"(?i)^the\s+", "", phrase.strip())) if len(f.split()) >= 2]
    expr = " OR ".join(t for t in (fts_term(f) for f in forms) if t)
    sids = sorted(e.search.rowids(expr)) if expr else []
    if not sids:
        return []
    rows = e.reader.all(
        "SELECT DISTINCT at.actor_id, substr(a.text, p.end + 1, 160) AS after"
        " FROM attributions at JOIN mentions p ON p.sentence_id = at.sentence_id AND p.actor_id = at.actor_id"
        " JOIN sentences s ON s.id = at.sentence_id JOIN articles a ON a.id = s.article_id"
        f" WHERE at.sentence_id IN ({placeholders(sids)})", sids)
    body = re.compile(r"(?i)(?:" + "|".join(r"\W+".join(map(re.escape, f.split())) for f in forms) + r")\b")
    found = set()
    for actor_id, after in rows:
        m = body.search(after or "")
        if m and _BESIDE.match(after[:m.start()]):
            found.add(actor_id)
    return [e.actors.by_id[i] for i in sorted(found) if i in e.actors.by_id and e.actors.by_id[i].kind == "person"]


def _post_holders(e: Engine, who: str, body: Actor, speakers: list[Actor]) -> list[Actor]:
    """The people of a body who hold the post a phrase names beside it: "the Usdaw general
    secretary" among Usdaw's people. None when the phrase names no post, or nobody holds it."""
    if body.kind not in ("organization", "group"):
        return []
    named = {w for a in (body.name, *body.aliases) for w in content_words(a)}
    post = [w for w in content_words(who) if w not in named]
    if not post or all(w in _BODY_VOICES for w in post):
        return []  # "Usdaw officials", "the Usdaw spokesman": anyone who speaks for it
    # ... a post as a question words it: "the Usdaw boss" is its "general secretary"
    return [a for a in speakers if a.kind == "person" and a.id != body.id
            and any(all(w in (held := content_words(d)) or any(x in held for x in ROLE_SYNONYMS.get(w, "").split())
                        for w in post) for d in a.descriptions)]


# Words for whoever speaks for a body, not one post in it.
_BODY_VOICES = frozenset("official officials spokesman spokeswoman spokesperson spokesmen source sources "
                         "people representative representatives staff members member".split())


# Seats of government that news names for the people who speak for them.
_DOWNING = ("downing street", "no 10", "number 10", "prime minister's official spokesman",
            "prime minister's spokesman", "prime minister's official spokeswoman", "pm's official spokesman",
            "pm's spokesman")
_INSTITUTION_VOICES = {"number 10": _DOWNING, "no 10": _DOWNING, "downing street": _DOWNING,
                       "white house": ("white house",), "kremlin": ("kremlin",), "elysee": ("elysee",)}

# "X, Body said", "X of the Body", "X, from the controversial group Body"
_BESIDE = re.compile(r"^,?\s*(?:(?:of|from|at)\s+(?:the\s+)?(?:[a-z][\w'-]*\s+){0,3}|(?:the\s+)?|"
                     r"(?:[a-z][\w'-]*\s+){1,4}(?:of|at|for)\s+(?:[\w'-]+\s+){0,4})$")  # ", head of policy at Aids charity the"


def _spokespeople(e: Engine, body: Actor) -> list[Actor]:
    """People quoted with the body named right after them: "Colin Asplin, Blackpool Hotel
    Association said", "Mike Hobday, of the League Against Cruel Sports, told ..."."""
    if body.kind not in ("organization", "group"):
        return []
    return e.cached(f"spokespeople:{body.id}", lambda: _find_spokespeople(e, body))


def _find_spokespeople(e: Engine, body: Actor) -> list[Actor]:
    rows = e.reader.all(
        "SELECT DISTINCT p.actor_id, substr(a.text, p.end + 1, b.start - p.end) AS gap"
        " FROM mentions b JOIN mentions p ON p.sentence_id = b.sentence_id AND p.end <= b.start"
        " JOIN attributions at ON at.sentence_id = b.sentence_id AND at.actor_id = p.actor_id"
        " JOIN sentences s ON s.id = b.sentence_id JOIN articles a ON a.id = s.article_id"
        " WHERE b.actor_id = ? AND b.start - p.end <= 40", [body.id])
    found = {r[0] for r in rows if _BESIDE.match(r[1] or "")}
    # ... and the body's post before the name: "Usdaw general secretary John Hannett added"
    # (the body's name as printed: NER often misses it in that place)
    names = sorted({body.name, *(a for a in body.aliases if len(a) > 2)}, key=len, reverse=True)
    expr = " OR ".join(t for t in (fts_term(n) for n in names) if t)
    sids = sorted(e.search.rowids(expr)) if expr else []
    if sids:
        rows = e.reader.all(
            "SELECT DISTINCT p.actor_id, substr(a.text, s.start + 1, p.start - s.start) AS before"
            " FROM attributions at JOIN mentions p ON p.sentence_id = at.sentence_id AND p.actor_id = at.actor_id"
            " JOIN sentences s ON s.id = at.sentence_id JOIN articles a ON a.id = s.article_id"
            f" WHERE at.sentence_id IN ({placeholders(sids)})", sids)
        # ... or the body's own ("The Fabian Society's Sundar Katwala said")
        # (a party's name among them is another affiliation: "the Upland Growers Union and Tory leader Ada Fenn")
        # (nor is a verb a post: "but the Tories say Mr Blair ..." is the body speaking of him)
        post = re.compile(r"(?i)\b(?:" + "|".join(re.escape(n) for n in names) + r")(?:\s+(?:(?!" + _PARTY_ALT
                          + r"|" + _NOT_A_POST + r")[a-z][\w'-]*\s+){1,4}|['’]s?\s+)$")
        found |= {r[0] for r in rows if post.search(r[1] or "")}
    return [e.actors.by_id[i] for i in sorted(found) if i in e.actors.by_id and i != body.id]


_PARTY_ALT = r"(?:" + "|".join(sorted(PARTY_WORDS, key=len, reverse=True)) + r")\b"
# Verbs after a body's name: what follows is what the body does or says, not a post in it.
_NOT_A_POST = (r"(?:say|says|said|claim|claims|claimed|tell|tells|told|argue|argues|argued|insist|insists|insisted|"
               r"warn|warns|warned|accuse|accuses|accused|believe|believes|believed|think|thinks|thought|want|wants|"
               r"wanted|fear|fears|feared|allege|alleges|alleged|is|are|was|were|has|have|had|will|would|should|could|"
               r"may|might|must|do|does|did)\b")


def _initials(words: list[str]) -> set[str]:
    """Every run of initials of 3-6 words: 'association of chief police officers' -> 'acpo' ...
    Words as printed: a name's words are capitalised, so a run takes only those ("Liberal
    Democrat constitutional affairs spokesman" spells no "dca"; "Association of Chief Police
    Officers" spells "acpo")."""
    out: set[str] = set()
    for i in range(len(words)):
        letters = ""
        for w in words[i:]:
            if w.lower() in ACRONYM_SKIP and letters:
                continue
            if not w[:1].isupper():
                break
            letters += w[:1].lower()
            if len(letters) > 6:
                break
            if len(letters) >= 3:
                out.add(letters)
    return out


def _acronym_table(e: Engine) -> dict[str, set[str]]:
    """Acronym -> sources that spell it out, themselves ("Association of Chief Police Officers
    president Chris Fox") or in their speaker's description ("Passenger Rail Users Group chairman")."""
    table: dict[str, set[str]] = {}
    spelt_by: dict[str, list[str]] = {}
    for key, forms in e.source_names.items():
        spelt_by[key] = list(forms)
    for a in e.actors.by_id.values():
        if a.kind == "person" and fold(a.name) in e.source_names:
            spelt_by.setdefault(fold(a.name), []).extend(a.descriptions)
    for key, texts in spelt_by.items():
        for text in texts:
            for acronym in _initials(text.split()):
                table.setdefault(acronym, set()).add(key)
    return table


def _spelt_out_sources(e: Engine, who: str) -> set[str]:
    """'the Acpo president' for 'Association of Chief Police Officers president Chris Fox': an
    acronym of the question spelt out in the source (or its speaker's description), with the
    question's other words there too."""
    acronyms = [w.lower() for w in re.findall(r"[A-Za-z]+", who)
                if 3 <= len(w) <= 6 and (w.isupper() or w.lower() in e.actors.alias)]
    if not acronyms:
        return set()
    table = e.cached("acronyms", lambda: _acronym_table(e))
    found: set[str] = set()
    for acronym in acronyms:
        rest = [w for w in content_words(who) if w != acronym]
        for key in table.get(acronym, ()):
            actor = next((a for a in e.actors.alias.get(key, []) if a.kind == "person"), None)
            said = set(key.split()) | {w for d in (actor.descriptions if actor else []) for w in fold(d).split()}
            if all(word_in(w, said) for w in rest):
                found.update(e.source_names[key])
    return found


def _misspelt_sources(e: Engine, who: str) -> set[str]:
    """'Lord Nicols' for the source 'Nicholls': every name word of the question close in
    spelling to a word of one source (called only when no source or actor has the name). A
    name of the pack's own is no slip: "Kroger's CEO" is not a misspelt Roger."""
    words = [w for w in content_words(who) if w not in TITLE_WORDS and len(w) >= 5]
    if not words or any(e.actors.alias.get(w) for w in words):
        return set()
    found: set[str] = set()
    for key, forms in e.source_names.items():
        key_words = [k for k in _source_words(e)[key] if len(k) >= 5]
        best = [max(fuzz.ratio(w, k) for k in key_words) for w in words] if key_words else []
        if best and min(best) >= MISSPELT_NAME and min(best) < 100:  # "Lord Smith" is not a misspelt Doug Smith
            found.update(forms)
    return found


def _source_words(e: Engine) -> dict[str, list[str]]:
    """The words of each source name, read once per index (every question on a speaker the
    pack does not name by a name looks through all of them)."""
    return e.cached("source_words", lambda: {key: content_words(key) for key in e.source_names})


def _short_source_sentences(e: Engine, who: str) -> list[int]:
    """'the Commons science committee' where the article says only 'the committee said', and
    'Maori elders' where it says 'indigenous elders say': sources that end in a word of the
    question's, in articles that hold all of the question's words."""
    words = set(content_words(who))
    if not words:
        return []
    # ... a noun ("the committee", "indigenous elders"), never a name ("Iain Duncan Smith").
    short = [src for key, forms in e.source_names.items()
             if (key_words := _source_words(e)[key]) and word_in(key_words[-1], words)
             for src in forms if src.split()[-1][:1].islower()]
    if not short:
        return []
    rows = e.reader.all("SELECT a.sentence_id, s.article_id FROM attributions a JOIN sentences s ON s.id = a.sentence_id"
                        f" WHERE a.source IN ({placeholders(short)}) ORDER BY a.sentence_id", short)
    concepts = [Concept(w, words=expand(w)) for w in words]
    covered = e.search.article_coverage(concepts, sorted({r[1] for r in rows}))
    return [r[0] for r in rows if covered.get(r[1], 0.0) >= 1.0 - 1e-9]


@lru_cache(maxsize=65536)
def in_title(word: str, title: str) -> bool:
    """The word is in the headline, up to an inflected ending (asked again for every question
    on a speaker with hundreds of articles: remembered)."""
    return word_in(word, set(content_words(title)))


def word_in(word: str, words: set[str]) -> bool:
    """'embassy' in {'embassies'}: the same word up to an inflected ending; 'law' in {'laws'}."""
    if word in words:
        return True
    for w in words:
        if w == word or len(word) >= 3 and w in (word + "s", word + "es"):
            return True
        n = min(len(w), len(word))
        stem = max(4, n - 2)
        common = len(os.path.commonprefix([w, word]))  # an ending, not a word: "faces" is no "facebook"
        if n >= 5 and w[:stem] == word[:stem] and abs(len(w) - len(word)) <= 3 \
                and len(w) - common <= 3 and len(word) - common <= 3:  # "greener" is no "greenpeace"
            return True
    return False
