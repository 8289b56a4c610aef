"""Who a phrase names: an actor by its name, a person by a post ("the Israeli military
secretary", "who runs Age Concern"), and whether a post a text gives is the one asked
("Yahoo's chief executive" is not Verizon's).

A mixin of Engine: it reads the engine's actor index (self.actors), its reader and cache.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from bot.answer.actors import ROLE_SYNONYMS, Actor, ActorHit, given_name_of, known_by_title, parties
from bot.answer.lexicon import STATE_POSTS, TRADE_BODY_HEADS
from bot.answer.thresholds import ROLE_TIE
from bot.answer.voices import TITLE_WORDS, word_in
from bot.answer.words import content_words
from bot.countries import country_for
from bot.answer.search import fts_term
from bot.index.read import placeholders
from bot.names import fold

# Words that may stand beside a name without changing whom it names.
GENERIC_WORDS = frozenset("""
sir lord lady dame baroness baron dr mr mrs ms miss mp mep mps president prime minister ministers secretary
chancellor leader leaders chief head boss spokesman spokeswoman spokesperson spokesmen official officials government
governments administration authorities authority media press paper newspaper newspapers outlet agency agencies
broadcaster source sources aide aides adviser advisers advisor team camp office party people forces military army
correspondent editor reporter reporters journalist journalists colleague colleagues lawyer lawyers spokesmen
state states cardinal archbishop bishop rabbi imam reverend pastor sheikh general gen maj col captain judge justice officer officers critics
critic campaigner activist activists expert analyst prof professor
campaigners staff representatives representative members member public citizens leadership
""".split())

# What a story calls a body it names, before its officer's post: "Charity boss Gordon Lishman".
BODY_KINDS = ("charity", "union", "party", "company", "firm", "group", "campaign", "watchdog", "organisation")

# Words that end an office's own name, not an owner: "Secretary of State", "Chancellor of the Exchequer".
_OFFICE_OF = frozenset({"state", "exchequer"})

# Posts written as letters, often before a name: "MSP Karen Whitefield".
_MEMBER_POSTS = frozenset("mp mps msp msps mep meps mla mlas am".split())


def describes(word: str, descriptions: list[str]) -> bool:
    """A word before a person's full name agrees with how the pack describes them: a form of
    address ("sir"), a word of a description or its short form ("commissioner", "met" for
    "Metropolitan"), or the initials of one ("dpp": "director of public prosecutions")."""
    word = word.strip("'’.,")
    if word in TITLE_WORDS or word == "the":
        return True
    forms = [word, *ROLE_SYNONYMS.get(word, "").split()]  # "tory" for "Aldridge Conservatives"
    for d in descriptions:
        words = re.findall(r"[\w'’-]+", d.lower())
        if any(w == f or len(f) >= 3 and w.startswith(f) for w in words for f in forms):
            return True
        # ... initials of words in a row, skipping the small ones ("of", "the")
        if 2 <= len(word) <= 5 and word.isalpha() and re.search(
                r"\b" + r"\w* (?:(?:of|the|and|for) )*".join(word) + r"\w*\b", " ".join(words)):
            return True
    return False


def _described_as(epithet: str, descriptions: list[str]) -> bool:
    """Every word of an epithet before a full name agrees with the pack's description of the
    person, save generic words for what someone is ("activist", "official") once another word
    does: "tory activist John Murray" is John Murray "of Aldridge Conservatives"."""
    words = [w.strip("'’.,") for w in epithet.lower().split()]
    told = [w for w in words if describes(w, descriptions)]
    return any(w not in GENERIC_WORDS for w in told) and all(w in told or w in GENERIC_WORDS for w in words)


class RoleLookup:
    """Actors and posts a question names; see the module docstring."""

    def exact_actor(self, phrase: str | None) -> Actor | None:
        """An actor named by the whole phrase, with nothing left over."""
        hits = self.actors.resolve(phrase)
        words = content_words(phrase)
        covered = set(content_words(" ".join(h.span for h in hits)))
        if not hits or any(w not in covered for w in words):
            return self._other_number(phrase) or self._trade_body(phrase)
        if _two_people_one_name(hits):
            return None
        return max(hits, key=lambda h: (h.end - h.start, h.start, h.score, h.actor.mentions)).actor

    def _other_number(self, phrase: str | None) -> Actor | None:
        """A body's name asked with a noun before its head in the other number: "the Blackpool
        hotels association" is the Blackpool Hotel Association (a noun that qualifies another
        may be said singular or plural: "farmers union", "parents group")."""
        words = (phrase or "").split()
        for i, w in enumerate(words[:-1]):
            if len(w) > 4 and re.fullmatch(r"[A-Za-z]+[^sS'’][sS]", w):
                other = " ".join([*words[:i], w[:-1], *words[i + 1:]])
                hits = self.actors.resolve(other)
                covered = set(content_words(" ".join(h.span for h in hits)))
                if hits and all(x in covered for x in content_words(other)) and not _two_people_one_name(hits):
                    actor = max(hits, key=lambda h: (h.end - h.start, h.start, h.score, h.actor.mentions)).actor
                    if actor.kind == "organization" and fold(w[:-1]) in fold(actor.name).split():
                        return actor
        return None

    def _trade_body(self, phrase: str | None) -> Actor | None:
        """People of a trade asked in the plural speak through the body of that trade with the
        same qualifiers: "Blackpool hoteliers" are the Blackpool Hotel Association, "Welsh
        farmers" the Welsh Farmers Union. One such body only."""
        words = [w for w in fold(phrase or "").split() if w != "the"]
        if len(words) < 2 or not (m := re.fullmatch(r"([a-z]{3,}?)(?:i?er|ist)s", words[-1])):
            return None
        trades, rest = {words[-1], words[-1][:-1], m.group(1)}, words[:-1]
        found = [a for a in self.actors.by_id.values() if a.kind == "organization"
                 and (name := [w for w in fold(a.name).split() if w != "the"])
                 and name[-1] in TRADE_BODY_HEADS and len(name) == len(rest) + 2
                 and name[:-2] == rest and name[-2] in trades]
        return found[0] if len(found) == 1 else None

    def role_actor(self, phrase: str | None) -> Actor | None:
        """The person a role names: 'the lord chancellor', 'the Century International fellow'."""
        if not phrase:
            return None
        last = (fold(phrase).split() or [""])[-1]
        if re.fullmatch(r"[a-z]+[^s]s", last) and self.actors.names_a_post(last[:-1]):
            return None  # "ministers", "officials": a plural post is no one person
        roles = self._people_in_role(phrase)
        if not roles and (named := self._described_body(phrase)):
            roles = self._people_in_role(named)
        return roles[0][0] if roles else None

    def _described_body(self, phrase: str) -> str | None:
        """"The Heathrow noise campaign group HACAN chairman": a body's post, the body named
        after words that say what it is ("the campaign group HACAN"). The body's post, when
        its stories print most of those words."""
        words = re.sub(r"(?i)^the\s+", "", phrase.strip()).split()
        for n in (1, 2):  # "chairman", "chief executive"
            for k in range(1, len(words) - n):
                body = self.exact_actor(" ".join(words[k:-n]))
                if body is None or body.kind != "organization" or not self.actors.names_a_post(fold(words[-1])):
                    continue
                said = content_words(" ".join(words[:k]))
                if len(said) != k:
                    continue  # words that describe the body, not a thing held at it ("the mock elections at the society")
                articles = self._articles_naming(body)
                if not articles:
                    continue
                printed = [w for w in said if any(
                    a in self.search.concept_articles(c) for c in self.concepts(w) for a in articles)]  # type: ignore[attr-defined]
                if 2 * len(printed) > len(said):
                    return " ".join(words[k:])
        return None

    def _people_in_role(self, phrase: str) -> list[tuple[Actor, float]]:
        """People whose description holds the role, best first, held where the role says."""
        people = [(a, score) for a, score in self.actors.by_role(phrase) if a.kind == "person" and self._placed(a, phrase)]
        if people and not parties(fold(phrase)):
            # a post asked with no party is the one held for the country, not a party's own
            # ("Scotland's justice minister" is not the "Scottish National Party Justice Minister")
            people.sort(key=lambda x: bool(x[0].descriptions) and all(parties(fold(d)) for d in x[0].descriptions))
        return people or self._post_in_bodys_story(phrase)

    def _post_in_bodys_story(self, phrase: str) -> list[tuple[Actor, float]]:
        """"The QCA chairman", where the story on the QCA says only "its chairman, Sir Anthony
        Greener" or "Chairman Lord Holme": the post alone, in a story that names the body."""
        words = re.sub(r"(?i)^the\s+", "", phrase.strip()).split()
        if (m := re.fullmatch(r"(?i)(?:the\s+)?(\S+(?:\s+\S+)?)\s+of\s+(?:the\s+)?(.+)", phrase.strip())):
            words = [*m.group(2).split(), *m.group(1).split()]  # "the director general of Age Concern"
        for n in (2, 1):  # "chief executive", "chairman"
            if len(words) <= n:
                continue
            body, post = self.resolve_one(" ".join(words[:-n])), fold(" ".join(words[-n:]))
            if body is None or body.kind in ("person", "place"):
                continue  # a country's president is no post its stories give bare ("President Obama" in Tanzania)
            posts = {post, *(fold(x) for x in ROLE_SYNONYMS.get(post, "").split() if len(post.split()) == 1)}
            posts |= {f"{p} general" for p in posts if p in ("director", "secretary")}  # "Its director general"
            kind = fold(body.name).split()[-1]  # "Committee chairman John Denham", in the committee's story
            owners = ("", "its ", "the ", "their ", f"{kind} ", f"the {kind} ", *(f"{k} " for k in BODY_KINDS), *(f"the {k} " for k in BODY_KINDS))
            # "Charity boss Gordon Lishman", "The charity's director, Barbara Stocking", in Age Concern's story
            bare = {f"{o}{p}" for p in posts for o in owners}
            rows = self.reader.all(
                "SELECT DISTINCT d.actor_id, d.description, d.article_id FROM actor_descriptions d WHERE d.article_id IN "
                "(SELECT s.article_id FROM mentions m JOIN sentences s ON s.id = m.sentence_id WHERE m.actor_id = ?)",
                [body.id])
            bodies = {body.id} | self.actors.family(body)
            found = {r["actor_id"] for r in rows if fold(r["description"]) in bare
                     and self._in_bodys_story(r["actor_id"], r["article_id"], body, bodies)}
            people = sorted((self.actors.by_id[i] for i in found if i in self.actors.by_id and self.actors.by_id[i].kind == "person"),
                            key=lambda a: -a.mentions)
            if people:
                return [(a, 90.0) for a in people]
        return []

    def _in_bodys_story(self, person_id: int, article_id: str, body: Actor, bodies: set[int]) -> bool:
        """The person holds the post for the body: the story names it just before them, or, where
        no body is tagged before them, its name stands in the text before them ("thrown out of the
        Commons ... Speaker Michael Martin has ruled", the tagger missing "the Commons")."""
        last = self._body_before(person_id, article_id)
        if last is not None:
            return last in bodies
        first = self.reader.one("SELECT MIN(m.start) FROM mentions m JOIN sentences s ON s.id = m.sentence_id"
                                " WHERE s.article_id = ? AND m.actor_id = ?", [article_id, person_id])
        text = self.reader.one("SELECT text FROM articles WHERE id = ?", [article_id])
        if not first or first[0] is None or not text:
            return False
        before = fold(text[0][:first[0]])
        names = {fold(body.name), *body.aliases}
        return any(re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", before) for n in names if len(n) > 3)

    def _body_before(self, person_id: int, article_id: str) -> int | None:
        """The body or group the story names last before it first names the person: a bare
        "said spokesman Alex Folkes" speaks for whoever the story came to just before, not for
        the Electoral Commission its opening named."""
        last = None
        for r in self.reader.all("SELECT m.actor_id FROM mentions m JOIN sentences s ON s.id = m.sentence_id"
                                 " WHERE s.article_id = ? ORDER BY m.start", [article_id]):
            if r["actor_id"] == person_id:
                return last
            if (a := self.actors.by_id.get(r["actor_id"])) is not None and a.kind in ("organization", "group"):
                last = a.id
        return last

    def post_of_another(self, role: str, text: str) -> bool:
        """The sentence gives the post asked about ("the chief executive of Verizon") only as
        someone else's: "Yahoo's chief executive", "chief executive of Yahoo"."""
        m = re.match(r"(?i)^(?:the\s+)?(?:(?P<owner>.+?)['’]s?\s+(?P<post>[\w\s-]+)|(?P<post2>[\w\s-]+?)\s+(?:of|at|for)\s+(?:the\s+)?(?P<owner2>.+))$",
                     role.strip())
        if not m:
            return False
        owner, post = (m.group("owner"), m.group("post")) if m.group("owner") else (m.group("owner2"), m.group("post2"))
        asked = self.resolve_one(owner)
        head = content_words(post)[-1:] or [""]
        if not head[0]:
            return False
        # a body the pack names nowhere as an actor ("Oculus") is known by its words
        names_asked = {fold(asked.name), *asked.aliases} if asked else {" ".join(content_words(owner))}
        name = r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
        heads = [head[0], *ROLE_SYNONYMS.get(head[0], "").split()]  # "ceo": chief executive
        post_rx = r"(?:[\w-]+\s+){0,2}?(?:" + "|".join(map(re.escape, heads)) + ")"
        # "Yahoo's chief executive", "chief executive of Yahoo"; and "Facebook CEO Mark
        # Zuckerberg", a body's name before the post, when a body is asked (a "Labour MP" may be
        # the MP for a place)
        found = [(x, False) for x in [*re.finditer(name + r"['’]s?\s+" + post_rx + r"\b", text),
                                      *re.finditer(r"(?i:\b" + post_rx + r")\s+(?:of|at)\s+(?:the\s+)?" + name, text)]]
        found += [(x, True) for x in re.finditer(name + r"\s+(?:(?:co-founder|founder|chairman|president|deputy|acting|interim|"
                                                 r"and)\s+){0,3}(?i:" + "|".join(map(re.escape, heads)) + r")\b", text)]
        # ("Whole Foods co-founder and CEO John Mackey" holds no post at Kroger)
        for x, attributive in found:
            if fold(x.group(1)) in _OFFICE_OF:
                continue  # "Secretary of State for the Family" is the office, held at no body
            if fold(x.group(1)) in BODY_KINDS:
                continue  # "Party chief executive": the kind of body alone is the story's own, not another
            near = fold(text[x.start():x.end() + 40])  # "of the Commons public accounts committee"
            if any(n in near for n in names_asked if len(n) > 2):
                continue
            other = self.resolve_one(x.group(1))
            if other is None and not attributive and asked is not None:
                return True  # "president of Mercer Island-based Dana F. Besecker Company" runs no Amazon
            if other is None or attributive and set(content_words(owner)) & set(fold(x.group(1)).split()):
                continue  # ... by another body's name, not the asked one's own word ("Committee chairman")
            if asked is None:
                if other.kind != "person":
                    return True
                continue
            if other.id != asked.id and asked.id not in self.actors.family(other) \
                    and (not attributive or asked.kind not in ("place", "person") and other.kind != "person"
                         and other.id not in self.actors.family(asked)):
                return True
        return False

    def _placed(self, person: Actor, phrase: str) -> bool:
        """A role naming a place or body ("the chief executive of Verizon") is held there: a
        description that leaves it out ("Chief executive") must belong to someone named in a
        story that names it too, not a chief executive of anything."""
        if any(self.post_of_another(phrase, d) for d in person.descriptions):
            return False  # "Yahoo's chief executive" holds no post at Verizon
        asked = parties(fold(phrase))
        if asked and not asked & parties(fold(" ".join(person.descriptions))) and not asked & self._parties_beside(person):
            return False  # "the Labour spokesman on sport" is not a "Shadow spokesman for sport" among Conservatives
        described = {x for d in person.descriptions for w in content_words(d) for x in [w, *ROLE_SYNONYMS.get(w, "").split()]}
        for h in self.actors.find_in(phrase):
            if h.actor.id == person.id or any(set(content_words(n)) <= described for n in {h.span, *h.actor.aliases}):
                continue  # "Conservative shadow culture secretary" is the Tories' post
            if not self.of_country(phrase, h, person, strict=False):
                return False  # "the French foreign minister" is no "UK Foreign Secretary"
            if (party := parties(fold(h.span))) and party & parties(fold(" ".join(person.descriptions))):
                continue  # ... and "Liberal Democrat transport spokesman" the Lib Dems'
            if party and party & self._parties_beside(person):
                continue  # ... and "Shadow spokesman for sport" in a story on what the Conservatives say, theirs

            if not self._articles_naming(person) & self._articles_naming(h.actor) and not self._named_beside(person, h.actor):
                return False
        return True

    def of_country(self, phrase: str, hit: ActorHit, person: Actor, text: str = "", strict: bool = True) -> bool:
        """A post the question places in a country ("the French foreign minister", "the president
        of Tanzania") is not held by someone described with another ("UK Foreign Secretary");
        `strict`: someone described with none must be named beside the post and the country in
        the text ("Australia's Prime Minister John Howard")."""
        country = country_for(hit.span)
        if not country:
            return True
        held = {c for w in _spans(person.descriptions) if (c := country_for(w))}
        if held:
            return country in held
        return not strict or self._post_placed(phrase, country, text)

    def post_placed_in(self, phrase: str, text: str) -> bool:
        """Does the text tie every country the role names to its post: "Australia's Prime
        Minister", not "President Alan Royce arrived in Tanzania"?"""
        return all(self._post_placed(phrase, country, text)
                   for h in self.actors.find_in(phrase) if (country := country_for(h.span)))

    def _post_placed(self, phrase: str, country: str, text: str) -> bool:
        """The text names the country just before the role's post or just after it ("post of X")."""
        office = re.split(r"(?i)\s(?:of|for|in|at|to)\s", phrase, maxsplit=1)[0]
        post = [w for w in content_words(office) if w in STATE_POSTS][-1:]
        if not post:
            return True  # "the outpatient waiting target in Wales" names no post
        if not text:
            return False
        said = [w for w in _spans([text]) if country_for(w) == country]
        near = r"(?:{c})(?:['’]s?)?(?:\W+\w+){{0,3}}?\W+{p}|{p}\w*\W+(?:of|for|to)\W+(?:the\W+)?(?:{c})"
        return any(re.search(near.format(c=re.escape(c), p=re.escape(post[0])), text, re.IGNORECASE) for c in said)

    def _parties_beside(self, person: Actor) -> set[str]:
        """The parties the stories naming the person name, whatever they call them ("the
        Conservatives", "Tory")."""
        articles = sorted(self._articles_naming(person))
        if not articles:
            return set()
        rows = self.reader.all(
            f"SELECT DISTINCT a.name FROM mentions m JOIN sentences s ON s.id = m.sentence_id JOIN actors a ON a.id = m.actor_id"
            f" WHERE s.article_id IN ({placeholders(articles)}) AND a.kind IN ('organization', 'group')", articles)
        return set().union(*(parties(fold(r[0])) for r in rows))

    def _named_beside(self, person: Actor, body: Actor) -> bool:
        """A sentence naming the person prints the body's name too, though the pack holds no
        mention of it there: "Association of Chief Police Officers president Chris Fox said"."""
        names = [n for n in {fold(body.name), *body.aliases} if len(n) > 3]
        return any(n in fold(r[0]) for r in self.reader.all(
            "SELECT s.text FROM mentions m JOIN sentences s ON s.id = m.sentence_id WHERE m.actor_id = ?", [person.id])
            for n in names)

    def role_rivals(self, phrase: str | None) -> list[Actor]:
        """Other people a role names about as well as role_actor's pick ("the BBC's home affairs
        correspondent": two correspondents); none when the phrase is a name."""
        if not phrase or self.exact_actor(phrase) is not None:
            return []
        roles = self._people_in_role(phrase)
        return [a for a, score in roles[1:] if score >= roles[0][1] - ROLE_TIE]

    def namesakes(self, phrase: str | None) -> list[Actor]:
        """Other people a bare surname names ("fox": Liam Fox, and Chris Fox of the police chiefs),
        most mentioned first; none when the phrase is more than a surname."""
        words = fold(phrase or "").split()
        if len(words) == 2 and words[0] in ("mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady"):
            words = words[1:]
        first = self.exact_actor(phrase) if len(words) == 1 else None
        if first is None:
            return self._spelt_alike(phrase) if len(words) >= 2 else []
        return sorted((a for a in self.actors.by_id.values() if a.kind == "person" and a.id != first.id
                       and a.id not in self.actors.family(first) and " " in a.name.strip()
                       and fold(a.name).split()[-1] == words[0]), key=lambda a: -a.mentions)

    def _spelt_alike(self, phrase: str | None) -> list[Actor]:
        """Others a full name may be spelt as: the pack's 'Ian MacDonald' for an 'Ian McDonald'
        it also prints once; the same given name, a surname one or two letters away."""
        person = self.exact_actor(phrase)
        words = fold(phrase or "").split()
        if person is None or person.kind != "person" or fold(person.name).split() != words:
            return []
        given, surname = words[0], words[-1]
        return sorted((a for a in self.actors.by_id.values() if a.kind == "person" and a.id != person.id
                       and len(name := fold(a.name).split()) == len(words) and name[0] == given and name[-1] != surname
                       and len(surname) >= 5 and Levenshtein.distance(name[-1], surname) <= (2 if len(surname) >= 7 else 1)
                       and name[-1][:1] == surname[:1]), key=lambda a: -a.mentions)

    def relative_actor(self, phrase: str | None) -> Actor | None:
        """The person a phrase names by their tie to someone: "Eloise Parry's mum", "Mubanga's
        lawyer". Someone described that way ("her mother", "his lawyer") in an article that
        names the owner; the most mentioned such person if several."""
        m = re.match(r"(?i)^(?:the\s+)?(.+?)['’]s?\s+([\w\s-]+)$", (phrase or "").strip())
        if not m:
            return None
        owner = self.resolve_one(m.group(1))
        tie = [w for w in content_words(m.group(2)) if w not in GENERIC_WORDS or w in ROLE_SYNONYMS]
        if not tie:
            return None
        if owner is not None:
            articles = sorted(self._articles_naming(owner))
        else:  # a full name the tagger missed ("Eloise Parry, 21, ..."): the articles that print it
            words = content_words(m.group(1))
            expr = fts_term(" ".join(words)) if len(words) >= 2 else None
            articles = sorted({self.search.article_of(i) for i in self.search.rowids(expr)}) if expr else []
        wanted = [{t, *ROLE_SYNONYMS.get(t, "").split()} for t in tie]  # every word of the tie, or a synonym
        # "Eloise Parry" may resolve, by the surname, to Fiona Parry, her mother: then she may be the one
        named = owner is not None and fold(m.group(1)) in {fold(owner.name), *owner.aliases}
        people = [a for a in self.actors.by_id.values() if a.kind == "person" and (owner is None or a.id != owner.id or not named)
                  and any(all(w & set(content_words(d)) for w in wanted) and not self._of_another(d, owner)
                          for d in a.descriptions) and not self._of_another_country(a, owner)]
        if not people or not articles:
            return None
        ids = [a.id for a in people]
        rows = self.reader.all(
            "SELECT m.actor_id, count(*) AS n FROM mentions m JOIN sentences s ON s.id = m.sentence_id"
            f" WHERE s.article_id IN ({placeholders(articles)}) AND m.actor_id IN ({placeholders(ids)})"
            " GROUP BY m.actor_id ORDER BY n DESC, m.actor_id", articles + ids)
        return self.actors.by_id[rows[0][0]] if rows else None

    def _of_another_country(self, person: Actor, owner: Actor | None) -> bool:
        """"Pakistan's foreign minister" is not someone the pack describes as "British foreign
        minister": a country's post is not held by one placed only in other countries."""
        country = country_for(owner.name) if owner is not None and owner.kind == "place" else None
        held = {c for w in _spans(person.descriptions) if (c := country_for(w))} if country else set()
        return bool(held) and country not in held

    def _of_another(self, description: str, owner: Actor | None) -> bool:
        """'Whole Foods co-founder and CEO' is not Kroger's CEO: a description naming someone
        other than the one asked about (a place may qualify either: "the Israeli ..."). A word of
        the owner's own name is the owner ("Amanda's uncle" is Amanda Champion's, whoever else the
        pack calls Amanda)."""
        own = fold(owner.name).split() if owner is not None else []
        return owner is not None and any(
            h.actor.kind != "place" and h.actor.id != owner.id and h.actor.id not in self.actors.family(owner)
            and fold(h.span) not in own
            for h in self.actors.find_in(description, fuzzy=False))

    def qualified_actor(self, phrase: str | None) -> Actor | None:
        """A person named with their body: "Amnesty's Kate Allen", "Dr Richard Lewis of the BMA".
        The person, when the body's name is printed in a sentence that names them or next to
        it: the body picks which one, it is not who speaks."""
        text = (phrase or "").strip()
        splits = []
        if m := re.match(r"(?i)^(?:the\s+)?(.+?)['’]s?\s+(.+)$", text):
            splits.append((m.group(2), m.group(1)))
        if m := re.match(r"(?i)^(.+?)\s+(?:of|from|at)\s+(?:the\s+)?(.+)$", text):
            splits.append((m.group(1), m.group(2)))
        if (m := _BARE_POSSESSIVE.match(text)) and self.exact_actor(m.group(1)) is not None \
                and self.exact_actor(m.group(1) + "s") is None:
            # "the bbcs stephen cape": a possessive typed without its apostrophe (the word
            # less its s names someone the pack knows, the word itself nobody: not "charles kennedy")
            splits.append((m.group(2), m.group(1)))
        epithet = []  # "the halibut skipper bassi": what he is, then his name; each word printed beside him
        if m := re.match(r"(?i)^(?:the\s+)?((?:[\w'’-]+\s+){1,3}?)([\w'’-]+(?:\s+[\w'’-]+)?)$", text):
            epithet = [(m.group(2), m.group(1))]
            if " " in m.group(2):
                first, last = m.group(2).split(None, 1)
                epithet.append((last, m.group(1) + first))
        for name, body in splits + epithet:
            person = self.exact_actor(name)
            words = content_words(body)
            if person is None or person.kind != "person" or not (expr := fts_term(" ".join(words))):
                continue
            near = {sid + step for (sid,) in self.reader.all("SELECT sentence_id FROM mentions WHERE actor_id = ?", [person.id])
                    for step in (-1, 0, 1)}
            if (name, body) in epithet:
                # ... words for what someone is, printed in lower case ("skipper"), not a first
                # name ("ffion hague" is not William Hague)
                if all(self.search.common_noun(w) and near & self.search.rowids(fts_term(w) or '""') for w in words):
                    return person
                # ... or the post and titles the pack describes them by: "the dpp ken macdonald" (the
                # director of public prosecutions), "met commissioner sir john stevens"
                if " " in name.strip() and _described_as(body, person.descriptions):
                    return person
            elif near & set(self.search.rowids(expr)) or self._told_near(body, near):
                return person
        return None

    def _told_near(self, body: str, near: set[int]) -> bool:
        """The body is told beside the person in the story's own words, spelling or synonyms:
        "John Murray from Aldridge Brownhills Tories" where the story has "John Murray, of
        Aldridge Browhills Conservatives" (every word of the body, each in some form)."""
        concepts = self.concepts(body)  # type: ignore[attr-defined]
        if not concepts or any(c.actor_ids and not c.words for c in concepts):
            return False
        cov = self.search.coverage(concepts, sorted(near))
        told = set().union(*(labels for _, labels in cov.values())) if cov else set()
        return all(c.label in told for c in concepts)

    def _articles_naming(self, actor: Actor) -> set[str]:
        """The articles that mention the actor."""
        return {r[0] for r in self.reader.all(
            "SELECT DISTINCT s.article_id FROM mentions m JOIN sentences s ON s.id = m.sentence_id WHERE m.actor_id = ?",
            [actor.id])}

    def resolve_one(self, phrase: str | None, allowed: frozenset[str] = GENERIC_WORDS) -> Actor | None:
        """The actor a phrase names: 'Roman Gofman', 'the Israeli paper HaYom' (HaYom),
        'Israeli officials' (Israel). Words left over must be generic ('paper', 'officials',
        'Sir'); 'the capital of France' names no actor."""
        # a member's post is no one's name, though the pack may hold its letters as an actor
        hits = [h for h in self.actors.resolve(phrase) if fold(h.span) not in _MEMBER_POSTS]
        if not hits:
            return None
        words = content_words(phrase)
        covered = set(content_words(" ".join(h.span for h in hits)))
        leftover = [w for w in words if w not in covered]
        if _two_people_one_name(hits):
            return None
        named = [h for h in hits if h.actor.kind in ("person", "organization", "group")] or hits
        top = max(named, key=lambda h: (h.end - h.start, h.start, h.score, h.actor.mentions))
        actor = top.actor
        if actor.kind == "person":  # ... it may stand before the name: "MSP Karen Whitefield" (not "the Green MSP")
            before = set(fold(phrase)[:max(0, fold(phrase).find(fold(top.span)))].split())
            leftover = [w for w in leftover if not (w in _MEMBER_POSTS and w in before)]
            # ... and a given name typed one letter off is still theirs ("dominic chilcott" for Dominick)
            leftover = [w for w in leftover if not (w in before and given_name_of(actor, w))]
            # ... or one the pack never prints, of someone it knows by title and surname alone
            # ("roy hattersley" for Lord Hattersley): the word just before the surname
            if known_by_title(actor) and fold(phrase)[:fold(phrase).find(fold(top.span))].split()[-1:] == leftover[-1:]:
                leftover = leftover[:-1]
        # words left over must be generic, or say what the pack calls the actor ("the ranger Jamie Werner")
        described = {w for d in actor.descriptions for w in content_words(d)}
        if any(w not in allowed and not word_in(w, described) for w in leftover):  # "quango critic" for "author of ... Quangos"
            return None
        return actor


# A first word that may be a possessive typed without its apostrophe: "the bbcs stephen cape"
_BARE_POSSESSIVE = re.compile(r"(?i)^(?:the\s+)?([a-z][\w&-]+[^\W\d_s])s\s+(\S.*)$")  # (three letters or more: not "mrs howard")


def _spans(texts: list[str]) -> set[str]:
    """Every word and pair of words of the texts: where a country's name or adjective may be."""
    out: set[str] = set()
    for t in texts:
        words = re.findall(r"[\w'’.-]+", t)
        out.update(words)
        out.update(f"{a} {b}" for a, b in zip(words, words[1:]))
    return out


def _two_people_one_name(hits: list[ActorHit]) -> bool:
    """'King Charles' read as Oona King then Charles Kennedy: two people's names side by side
    are one name the pack does not hold."""
    people = sorted((h for h in hits if h.actor.kind == "person"), key=lambda h: h.start)
    # (... not the given name of the one after, spelt another way: "nicolas betts green" is
    # Nicholas Betts-Green, not Nicholas Scott then him)
    if any(a.end == b.start and a.actor.id != b.actor.id
           and not (a.end - a.start == 1 and given_name_of(b.actor, fold(a.span))) for a, b in zip(people, people[1:])):
        return True
    # ... and a given name before the surname of someone the pack knows by another ("andrew parker
    # bowles", of Camilla Parker Bowles, whatever kind of actor the pack took her for) names
    # another of the family, whom the pack does not hold
    return any(a.end == b.start and a.end - a.start == 1 and a.actor.id != b.actor.id and _another_given(b, fold(a.span))
               for a in people for b in hits)


def _another_given(hit: ActorHit, given: str) -> bool:
    """The hit names its actor by the last words of a name that has a given name of its own before
    them, and not this one ("parker bowles" of Camilla Parker Bowles, for "andrew")."""
    name, tail = fold(hit.actor.name).split(), fold(hit.span).split()
    return len(name) > len(tail) and name[len(name) - len(tail):] == tail \
        and any(w not in TITLE_WORDS for w in name[:len(name) - len(tail)]) and not given_name_of(hit.actor, given)
