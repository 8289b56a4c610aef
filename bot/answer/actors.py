"""The actor table in memory: names and aliases -> actors, exact first, then fuzzy (typos).

Loaded once per Engine (a few thousand rows even for hundreds of articles).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein

from bot.answer.lexicon import SEAT_NAMES, SYNONYMS
from bot.answer.words import STOPWORDS
from bot.countries import demonyms_of, names_of
from bot.index.read import Reader, placeholders
from bot.names import fold

# Single-word aliases that are also ordinary words match only when capitalised in the question.
# Surnames that are also words: lowercase ("what does brown plan"), a name only where the
# pack uses the word mostly as that name.
_WORD_NAMES = frozenset("brown green white black young field hall bush major fox".split())
_COMMON = STOPWORDS | _WORD_NAMES | frozenset("""
us may will new long short house home office state states labour conservative liberal democrats government party
""".split())
# A word in at least this many sentences of the pack is an ordinary word, spelt right, not a misspelt name.
_ORDINARY_COUNT = 5
# Given names and the short forms the press uses for them.
_SHORT_NAMES = {short: full for full, shorts in {
    "vincent": "vince", "anthony": "tony", "james": "jim jimmy jamie", "william": "bill billy will",
    "robert": "bob bobby rob", "michael": "mike mick", "david": "dave", "christopher": "chris",
    "kenneth": "ken", "nicholas": "nick", "patrick": "pat paddy", "thomas": "tom tommy", "andrew": "andy",
    "stephen": "steve", "steven": "steve", "edward": "ed ted", "alexander": "alex", "benjamin": "ben",
    "daniel": "dan danny", "matthew": "matt", "samuel": "sam", "joseph": "joe", "charles": "charlie chas",
    "richard": "dick rick", "peter": "pete", "gerald": "gerry", "gerard": "gerry", "douglas": "doug",
    "elizabeth": "liz beth", "katherine": "kate kathy", "catherine": "kate cathy", "susan": "sue",
    "margaret": "maggie", "jennifer": "jenny", "patricia": "pat", "deborah": "debbie", "rebecca": "becky",
}.items() for short in shorts.split()}


# The prefix of a Scottish or Irish surname, spelt two ways: McDonald, MacDonald.
_MC = re.compile(r"^(mac|mc)(?=[a-z]{3})")


# Words an organisation's initials skip: the Office *of* Fair Trading is the OFT.
_INITIALS_SKIP = frozenset("of the and or for on in to &".split())
# ... though a government department's often keep its "for", in lower case: the Department
# *for* International Development is DfID, the Department *for* Education and Skills DfES.
_INITIALS_KEPT = frozenset({"for"})


def _initials(name: str) -> str:
    """A body's initials, as its short name spells them: a word printed in capitals is itself
    initials and gives all its letters ("UK Independence Party" is UKIP, "US Trade
    Representative" the USTR); each other word its first letter."""
    capitals = {fold(w) for w in re.findall(r"[^\W\d_]+", name) if len(w) >= 2 and w.isupper()}
    return "".join(w if w in capitals else w[0] for w in fold(name).split() if w not in _INITIALS_SKIP)


# Words that make a name the name of a body or a thing named after a person.
_NAMED_AFTER = frozenset("party foundation trust fund institute centre center prize award act bill report inquiry "
                         "commission school college university hospital".split())


def _given(name: str) -> str:
    return _SHORT_NAMES.get(name, name)


def given_name_of(actor: Actor, word: str) -> bool:
    """Is the folded word the person's given name, or it spelt another way ('dominic' for
    Dominick Chilcott, 'vince' for Vincent)?"""
    names = [w for w in fold(actor.name).split()[:-1] if w not in _TITLES]
    return bool(names) and _same_given(word, names[0])


def known_by_title(actor: Actor) -> bool:
    """Does the pack know the person by a title and surname alone ("Lord Hattersley", "Dr
    Fox"), with no given name to tell them from another?"""
    words = fold(actor.name).split()
    return len(words) >= 2 and all(w in _TITLES for w in words[:-1])


def _same_given(a: str, b: str) -> bool:
    """'Vince' / 'Vincent', and one given name spelt two ways ('Beverley' / 'Beverly',
    'Damien' / 'Damian'): one letter apart in a name of five or more."""
    return _given(a) == _given(b) or min(len(a), len(b)) >= 5 and Levenshtein.distance(a, b) <= 1


# A lower-case word of a phrase names an actor when the pack prints it capitalised this often
# mid-sentence ("labour", "tories").
NAME_CAPITAL_SHARE = 0.9
_TITLES = frozenset("lord lady sir dame baroness baron dr mr mrs ms miss rev reverend rabbi imam pastor sheikh canon "
                    "cardinal archbishop bishop".split())
_PEERAGE = frozenset("lord lady baroness baron sir dame".split())
_SAME_TITLE = {"lady": {"lady", "baroness"}, "baroness": {"lady", "baroness"}, "lord": {"lord", "baron"},
               "baron": {"lord", "baron"}}
# Words that make a post another post: a shadow chancellor is no chancellor, a deputy leader no leader.
_QUALIFIERS = frozenset("shadow deputy vice assistant junior acting interim".split())

_ROLE_NOISE = frozenset("the a an of for at in on and new former current".split())
# Words a question uses for a role that descriptions word otherwise ("the hospital boss" is
# its "chief executive"; "her mum" is "her mother").
ROLE_SYNONYMS = {
    "boss": "chief head executive ceo chairman chairwoman director leader manager founder president secretary",
    "ceo": "chief executive", "founder": "co-founder cofounder",
    "head": "chief chairman chairwoman director leader president boss ceo", "chief": "head",
    "mum": "mother mom", "mom": "mother mum", "mother": "mum mom", "dad": "father", "father": "dad",
    "wife": "widow spouse partner", "husband": "widower spouse partner",
    "lawyer": "solicitor barrister counsel attorney", "solicitor": "lawyer", "attorney": "lawyer counsel",
    "spokesman": "spokeswoman spokesperson", "spokeswoman": "spokesman spokesperson",
    "pm": "premier prime", "premier": "prime", "mp": "member", "minister": "secretary", "secretary": "minister",
    "kid": "son daughter child", "child": "son daughter", "sister": "sibling", "brother": "sibling",
    "tory": "conservative", "tories": "conservative", "conservative": "tory",  # "Conservative shadow culture secretary"
}


# A description that names someone by kin: "his wife", "her late husband", "their son".
_KIN = re.compile(r"(?i)^(?:his|her|their)\s+(?:\w+\s+)?(?:wife|husband|widow|widower|son|daughter|brother|sister|"
                  r"mother|father|partner|fiancee?|spouse)\b")


# The head nouns of a body's name ("the chief police officers' association") and the nouns of
# those who speak for a body as its voice.
_BODY_HEADS = frozenset("association commission council committee federation institute union society "
                        "confederation foundation organisation organization".split())
BODY_VOICES = frozenset("spokesman spokeswoman spokesperson".split())


@dataclass
class Actor:
    id: int
    key: str
    name: str
    kind: str
    mentions: int = 0
    descriptions: list[str] = field(default_factory=list)   # most frequent first
    aliases: set[str] = field(default_factory=set)

    @property
    def description(self) -> str | None:
        """The most frequent description that says something on its own: "Michael Howard's
        wife" rather than "his wife"."""
        own = [d for d in self.descriptions if d.split()[0].lower() not in ("his", "her", "their", "its")]
        return (own or self.descriptions or [None])[0]


@dataclass
class ActorHit:
    actor: Actor
    span: str         # the words of the question that named it
    start: int        # token offsets in the question
    end: int
    score: float      # 100 for exact alias, lower for fuzzy


_WORD = re.compile(r"[\w][\w\-'’.]*")


def tokens(text: str) -> list[tuple[str, str]]:
    """(original, folded) word pairs of a question."""
    out = []
    for w in _WORD.findall(text):
        w = w.rstrip(".")
        f = fold(w)
        if f:
            out.append((w, f))
    return out


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


class ActorIndex:
    def __init__(self, reader: Reader, word_count: Callable[[str], int] | None = None,
                 capital_share: Callable[[str], float] | None = None,
                 common_noun: Callable[[str], bool] | None = None):
        self.word_count = word_count  # sentences containing a word: tells names from ordinary words
        self.capital_share = capital_share  # how often the pack prints a word capitalised mid-sentence
        self.common_noun = common_noun  # does the pack print a word in lower case more often than capitalised
        self.by_id: dict[int, Actor] = {}
        for row in reader.all(
            "SELECT ac.id, ac.key, ac.name, ac.kind, (SELECT count(*) FROM mentions m WHERE m.actor_id = ac.id) AS n FROM actors ac"
        ):
            self.by_id[row["id"]] = Actor(row["id"], row["key"], row["name"], row["kind"], row["n"])
        for row in reader.all(
            "SELECT actor_id, description, count(*) AS n FROM actor_descriptions GROUP BY actor_id, description"
            " ORDER BY n DESC, length(description) ASC"
        ):
            if row["actor_id"] in self.by_id:
                self.by_id[row["actor_id"]].descriptions.append(row["description"])
        for actor in self.by_id.values():
            # NER calls some people organisations ("Vince Cable"); a person's post in their
            # description ("Lib Dem spokesman") says otherwise, if the name reads as a person's
            # ("Labour", "BBC News" and "ODPM" pick up a stray "former minister")
            if actor.kind == "organization" and _PERSON_NAME.fullmatch(actor.name) \
                    and any(fold(d).split()[-1:] and fold(d).split()[-1] in _PERSON_POSTS for d in actor.descriptions):
                actor.kind = "person"
        self.alias: dict[str, list[Actor]] = defaultdict(list)
        for row in reader.all("SELECT alias, actor_id FROM aliases"):
            actor = self.by_id.get(row["actor_id"])
            if actor:
                self.alias[row["alias"]].append(actor)
                actor.aliases.add(row["alias"])
        for actor in self.by_id.values():
            k = fold(actor.name)
            if actor not in self.alias[k]:
                self.alias[k].append(actor)
        for actor in [a for a in self.by_id.values() if a.kind == "place"]:
            # a country asked by a name its articles never print: "NZ" for New Zealand, or by
            # its people's word: "Polish migrants" of a story that only says "Poland"
            for name in names_of(actor.name) + demonyms_of(actor.name):
                if name not in self.alias:
                    self.alias[name].append(actor)
                    actor.aliases.add(name)
        self._initials: set[str] = set()
        for actor in [a for a in self.by_id.values() if a.kind == "organization"]:
            # a body asked by initials its articles never print: "the OFT" for the Office of Fair Trading
            words = fold(actor.name).split()
            initials = "".join(w[0] for w in words if w not in _INITIALS_SKIP)
            kept = "".join(w[0] for w in words if w not in _INITIALS_SKIP or w in _INITIALS_KEPT)
            for letters in (initials, kept if len(kept) >= 4 else initials):
                if len(words) >= 3 and 3 <= len(letters) <= 5 and letters.isalpha() \
                        and letters not in self.alias and letters not in SYNONYMS:  # "home sec" is a secretary
                    self.alias[letters].append(actor)
                    actor.aliases.add(letters)
                    self._initials.add(letters)
        for alias, actors in self.alias.items():
            actors.sort(key=lambda a: (self._wrong_sex(alias, a), -a.mentions, a.name))
        self._family: dict[int, set[int]] = defaultdict(set)
        bodies: dict[str, set[int]] = defaultdict(set)
        by_key = {a.key: a for a in self.by_id.values()}
        for a in self.by_id.values():
            if a.kind not in ("organization", "group"):
                continue
            if a.key.endswith(" party") or a.key.endswith("s") or by_key.get(a.key + " party") is not None:
                # a body's names, not the adjective: "the Lib Dem stance" is not the Lib Dems speaking
                bodies[_body_key(a.key)].add(a.id)
        for ids in bodies.values():
            for i in ids:
                self._family[i] |= ids - {i}
        for a in self.by_id.values():
            if a.kind in ("organization", "group") and a.id not in self._family and _body_key(a.key) in bodies:
                # the adjective asked as a name ("lib dem position on ...") means the body; the
                # body's own sentences stay apart from the adjective's ("the Lib Dem stance")
                self._family[a.id] = set(bodies[_body_key(a.key)]) - {a.id}
        for seat, body in SEAT_NAMES:  # "Holyrood" is the Scottish Parliament, under either name
            a, b = by_key.get(seat), by_key.get(body)
            if a is not None and b is not None:
                self._family[a.id].add(b.id)
                self._family[b.id].add(a.id)
        for a in self.by_id.values():
            # a union by its initials and by them with its kind, as stories print it: "the PCS
            # union" is the PCS ("Next Friday's strike action by the PCS ...")
            short = by_key.get(a.key.removesuffix(" union")) if a.key.endswith(" union") else None
            if a.kind == "organization" and short is not None and short.kind == "organization" and short.name.isupper():
                self._family[a.id].add(short.id)
                self._family[short.id].add(a.id)
        self._initialled: dict[int, set[int]] = defaultdict(set)
        for a in [a for a in self.by_id.values() if a.kind == "organization"]:
            # a body by its name and by its initials, each an actor of its own stories: the IMF
            # is the International Monetary Fund
            words = fold(a.name).split()
            initials = _initials(a.name)
            short = by_key.get(initials) if len(words) >= 3 and 3 <= len(initials) <= 5 and initials.isalpha() else None
            # (... printed as a word, "Acpo", "Defra", which NER may take for a person's name)
            if short is not None and short.id != a.id and short.kind in ("organization", "group", "person") \
                    and (short.name.isupper() or " " not in short.name.strip()) \
                    and all(w[:1].isupper() for w in a.name.split() if w.lower() not in _INITIALS_SKIP):
                self._family[a.id].add(short.id)
                self._family[short.id].add(a.id)
            # a speaker by its name and by the initials a story gave it, which other stories use
            # alone: "the European Union (EU)" makes the EU of every other story the same voice
            for alias in a.aliases - {a.key}:
                other = by_key.get(alias)
                if other is not None and other.id != a.id and other.kind == "organization" and other.name.isupper():
                    self._initialled[a.id].add(other.id)
                    self._initialled[other.id].add(a.id)
        self.max_alias_words = max((len(a.split()) for a in self.alias), default=1)
        self._by_surname: dict[str, list[Actor]] = defaultdict(list)
        for actor in sorted(self.by_id.values(), key=lambda a: -a.mentions):
            parts = fold(actor.name).split()
            if actor.kind == "person" and len(parts) >= 2:
                self._by_surname[parts[-1]].append(actor)
                if len(parts) >= 3 and parts[0] not in _TITLES:  # "Shani Rhys James": "rhys james" too
                    self._by_surname[" ".join(parts[-2:])].append(actor)
        self._fuzzy_choices = [a for a in self.alias if len(a) >= 4 and " " not in a and a not in self._initials]
        # names folded to several words, keyed without their spaces: "o neill" -> "oneill"
        self._squeezed = {a.replace(" ", ""): a for a in self.alias if " " in a and len(a) >= 6}
        # two-word names by how many words they fold to ("martin o neill": three)
        self._fuzzy_multi: dict[int, list[str]] = defaultdict(list)
        for a in self.alias:
            if a.count(" ") in (1, 2) and len(a) >= 7:
                self._fuzzy_multi[a.count(" ")].append(a)
        self._descriptions = [(fold(d), a) for a in self.by_id.values() for d in a.descriptions]
        # ... and each person's descriptions together, for a role that takes two of them to say:
        # "the Lib Dem Treasury spokesman" is "Lib Dem spokesman" + "the party's Treasury spokesman"
        first_combined = len(self._descriptions)
        self._descriptions += [(" ".join(fold(d) for d in a.descriptions), a) for a in self.by_id.values()
                               if len(a.descriptions) > 1]
        self._combined = range(first_combined, len(self._descriptions))
        self._desc_by_word: dict[str, set[int]] = defaultdict(set)
        for i, (desc, _) in enumerate(self._descriptions):
            for w in desc.split():
                self._desc_by_word[w].add(i)
        self._desc_vocab = list(self._desc_by_word)
        # a post asked by its initials: "the dpp" is "the director of public prosecutions"
        spelt: dict[str, Counter] = defaultdict(Counter)
        for desc, _ in self._descriptions[:first_combined]:
            words = [w for w in desc.split() if w not in _INITIALS_SKIP and w not in _ROLE_NOISE]
            initials = "".join(w[0] for w in words)
            if 3 <= len(initials) <= 5 and len(words) == len(initials) and initials.isalpha():
                spelt[initials][tuple(words)] += 1
        self._spelt_posts = {k: list(c.most_common(1)[0][0]) for k, c in spelt.items()}
        self._singular_of = {w: _singular(w) for w in self._desc_vocab}
        self._like: dict[str, list[str]] = {}
        self._by_token: dict[str, set[int]] = defaultdict(set)
        for a in self.by_id.values():
            for tok in a.key.split():
                self._by_token[tok].add(a.id)
        self._variants: dict[int, list[Actor]] = {}
        self._reader = reader  # for the articles an actor is mentioned in (variants): asked when needed
        self._suggest_names = {a.id: fold(a.name) for a in self.by_id.values() if a.kind == "person" or a.mentions > 1}

    @staticmethod
    def _wrong_sex(alias: str, actor: Actor) -> bool:
        """'Mrs Blair' prefers Cherie Blair to a Tony Blair who is also 'Mr Blair' somewhere."""
        head, _, rest = alias.partition(" ")
        return head in ("mrs", "ms", "miss") and bool(rest) and f"mr {rest}" in actor.aliases

    def __len__(self) -> int:
        return len(self.by_id)

    def family(self, actor: Actor) -> set[int]:
        """Other actors that are the same body by another name: 'Labour' and 'Labour Party'."""
        return self._family.get(actor.id, set())

    def variants(self, actor: Actor) -> list[Actor]:
        """Cached: see _find_variants."""
        hit = self._variants.get(actor.id)
        if hit is None:
            hit = self._variants[actor.id] = self._find_variants(actor)
        return hit

    def initialled(self, actor: Actor) -> list[Actor]:
        """The same body under the initials a story spelt out for it ("the European Union (EU)"),
        or under the full name, asked by the initials. Only for who speaks: in a search the two
        names are two phrases, and "the EU embargo" already matches the EU."""
        return [self.by_id[i] for i in sorted(self._initialled.get(actor.id, ()))]

    def _find_variants(self, actor: Actor) -> list[Actor]:
        """Other actors an article names the same person by: 'Te Kaurinui' and 'Te Kaurinui
        Parata' in one article. Names of two or more words where one's words are all in the
        other's, mentioned in a shared article."""
        words = actor.key.split()
        if len(words) < 2:
            bearer = self._sole_bearer(actor)
            return [bearer] if bearer is not None else []
        ids = set.union(*(self._by_token.get(w, set()) for w in words)) - {actor.id}
        mine = set(words) - _TITLES
        found, nicknamed = [], []
        for i in ids:
            other = self.by_id[i]
            if other.kind not in ("person", "organization"):
                continue
            tokens = other.key.split()
            theirs = set(tokens) - _TITLES
            if len(tokens) == len(words) >= 2 and tokens[-1] == words[-1] and tokens[0] != words[0] \
                    and _same_given(tokens[0], words[0]) and tokens[1:-1] == words[1:-1]:
                nicknamed.append(other)  # "Vince Cable" and "Vincent Cable": one person, whichever story
                continue
            # ... not the body or the thing named after them: the Robert Kilroy-Silk Party is not he
            same_words = len(theirs) >= 2 and (theirs <= mine or mine <= theirs) and not (mine ^ theirs) & _NAMED_AFTER
            # "Lord Kinnock" for "Neil Kinnock": a title and the surname; "MacDonald" alone for
            # "Ian MacDonald QC", where the article never tied the two
            titled = len(theirs) == 1 and actor.kind in ("person", "organization") and other.kind == "person" and \
                (theirs == {words[-1]} or (len(words) > 2 and theirs == {words[-2]} and len(words[-1]) <= 3))
            if same_words or titled:
                found.append(other)
        if not found:
            return nicknamed
        ids = [actor.id] + [a.id for a in found]
        marks = ",".join("?" * len(ids))
        rows = self._reader.all(  # named, or quoted, in the article
            "SELECT DISTINCT m.actor_id, s.article_id FROM mentions m JOIN sentences s ON s.id = m.sentence_id"
            f" WHERE m.actor_id IN ({marks}) UNION SELECT DISTINCT at.actor_id, s.article_id FROM attributions at"
            f" JOIN sentences s ON s.id = at.sentence_id WHERE at.actor_id IN ({marks})", ids + ids)
        articles: dict[int, set[str]] = defaultdict(set)
        for r in rows:
            articles[r[0]].add(r[1])
        return nicknamed + [a for a in found if articles[a.id] & articles[actor.id] or self._sole_bearer(a) is actor]

    def _sole_bearer(self, actor: Actor) -> Actor | None:
        """The one person of the pack a surname alone names ("President Bush" in a story that
        never gives his first name: George Bush), when no one else named in full bears it."""
        if actor.kind != "person" or len(actor.key.split()) != 1:
            return None
        bearers = [a for a in self._by_surname.get(actor.key, []) if a.mentions >= 2 and "-" not in a.name]
        return bearers[0] if len(bearers) == 1 else None

    def members(self, body: Actor) -> list[Actor]:
        """People an article describes as speaking for a body: 'State Department deputy
        spokesperson Vedant Patel' for the State Department."""
        if body.kind not in ("organization", "group"):
            return []
        words = [w for w in body.key.split() if w not in _ROLE_NOISE]
        if not words:
            return []
        hits = set.intersection(*(self._desc_by_word.get(w, set()) for w in words))
        people = {self._descriptions[i][1].id: self._descriptions[i][1] for i in hits if i not in self._combined}
        return [a for a in people.values() if a.kind == "person" and a.id != body.id]

    def top(self, n: int = 10, kinds: tuple[str, ...] | None = None) -> list[Actor]:
        actors = [a for a in self.by_id.values() if kinds is None or a.kind in kinds]
        return sorted(actors, key=lambda a: (-a.mentions, a.name))[:n]

    def find_in(self, text: str, fuzzy: bool = True, sentence_start: bool = True,
                lower_names: bool = False) -> list[ActorHit]:
        """Every actor named in `text`, longest match first, non-overlapping. `lower_names`: a
        lower-case word the pack prints as a name names it ("what did labour say")."""
        toks = tokens(text)
        hits: list[ActorHit] = []
        used = [False] * len(toks)
        blocked: set[int] = set()
        for n in range(min(self.max_alias_words, len(toks)), 0, -1):
            if n == 1:  # before single words: "Roy Hattersley", and "Michael Brown" is not Gordon Brown
                self._surnames(toks, hits, used, blocked)
            for i in range(len(toks) - n + 1):
                if any(used[i:i + n]) or (n == 1 and i in blocked):
                    continue
                words = toks[i:i + n]
                key = " ".join(f for _, f in words)
                # "oneill" for the pack's "O' Neill" (folded "o neill"): a name typed without its break
                actors = self.alias.get(key) or self.alias.get(self._squeezed.get(key.replace(" ", ""), ""))
                if not actors:
                    continue
                if n == 1 and not self._accept_single(words[0][0], key, actors, first=sentence_start and i == 0,
                                                      lower_names=lower_names):
                    continue
                if n == 1 and key in self._initials and not words[0][0].isupper() and self.word_count \
                        and (self.word_count(key) or key.endswith("s") and self.word_count(key[:-1])):
                    continue    # "pacts" typed is the pack's word "pact", not the PACTS it never prints
                if n == 1 and i > 0 and toks[i - 1][1] in _PEERAGE:
                    # "Lord Smith" is not Doug Smith: a peer's title must be one the actor bears.
                    titles = _SAME_TITLE.get(toks[i - 1][1], {toks[i - 1][1]})
                    # ... though the pack may name the peer by the surname alone ("Tebbit")
                    actors = [a for a in actors if any(f"{t} {key}" in a.aliases or fold(a.name).startswith(t + " ")
                                                       for t in titles) or fold(a.name) == key]
                    actors = actors or [a for t in titles for a in self.alias.get(f"{t} {key}", [])]
                    if not actors:
                        blocked.add(i)
                        continue
                hits.append(ActorHit(actors[0], " ".join(o for o, _ in words), i, i + n, 100.0))
                used[i:i + n] = [True] * n
        if fuzzy:
            self._fuzzy_pairs(toks, hits, used)
            for i, (orig, f) in enumerate(toks):
                if used[i] or i in blocked or len(f) < 5 or f in _COMMON or self._known_word(f):
                    continue  # a word the articles use is not a misspelt name ("weather" is not Teather)
                best = _fewest_slips(f, process.extract(f, self._fuzzy_choices, scorer=fuzz.ratio, score_cutoff=84, limit=5))
                if best and _derived_from(f, best[0]):
                    continue  # "knightly" is an English word made from "knight", not a misspelt Knight
                if best:
                    actors = self.alias[best[0]]
                    hits.append(ActorHit(actors[0], orig, i, i + 1, float(best[1])))
                    used[i] = True
        hits.sort(key=lambda h: h.start)
        return hits

    def possessive(self, word: str) -> bool:
        """Is 'blairs' a person's name typed without its apostrophe (the word itself naming
        no person)? ... or a place's: 'englands children's commissioner', 'britains
        biggest union' (the word itself naming nothing: "wales" stays Wales); or a body's
        whose name the pack prints as a name: 'oxfams boss'."""
        f = fold(word)
        if len(f) <= 4 or not f.endswith("s") or any(a.kind == "person" for a in self.alias.get(f, [])):
            return False
        owners = self.alias.get(f[:-1], [])
        if any(a.kind == "person" for a in owners):
            return True
        if not owners and (people := self._by_surname.get(f[:-1])) and not self.alias.get(f) \
                and self._accept_single(f[:-1], f[:-1], people, lower_names=True):
            return True  # "eloise parrys mum": a surname the pack knows only in full names
        if not owners or self.alias.get(f):
            return False
        if all(a.kind == "place" for a in owners):
            return True
        # ... or a body's, named by a word the pack uses as its name: "oxfams boss", "ukips
        # strategist" (not "councils" or "unions": a plural of an ordinary word)
        return all(a.kind in ("organization", "group") for a in owners) \
            and self._accept_single(f[:-1], f[:-1], owners, lower_names=True)

    def _known_word(self, folded: str) -> bool:
        return self.word_count is not None and self.word_count(folded) > 0

    def _surnames(self, toks: list[tuple[str, str]], hits: list[ActorHit], used: list[bool],
                  blocked: set[int]) -> None:
        """Two capitalised words, the second a known surname: 'Roy Hattersley' is the pack's
        'Lord Hattersley' (no given name to contradict), but 'Michael Brown' is not Gordon
        Brown: that pair then names nobody, and its words are not matched one by one."""
        for i in range(1, len(toks)):
            if used[i] or used[i - 1]:
                continue
            first, last = toks[i - 1][1], toks[i][1]
            if not toks[i][0][:1].isupper() or not toks[i - 1][0][:1].isupper():
                # "grace mugabe", typed in lower case: only a spouse the articles know by her first name
                spouse = self._known_by_first_name(first, last) if self._by_surname.get(last) else None
                if spouse is not None:
                    hits.append(ActorHit(spouse, f"{toks[i - 1][0]} {toks[i][0]}", i - 1, i + 1, 90.0))
                    used[i - 1] = used[i] = True
                continue
            if first in _PEERAGE:  # "Baroness Boothroyd" is the pack's "Lady Boothroyd"
                titles = _SAME_TITLE.get(first, {first})
                peer = next((a for t in titles for a in self.alias.get(f"{t} {last}", [])), None)
                if peer is not None:
                    hits.append(ActorHit(peer, f"{toks[i - 1][0]} {toks[i][0]}", i - 1, i + 1, 95.0))
                    used[i - 1] = used[i] = True
                continue
            if first in _TITLES or first in _COMMON:
                continue
            candidates = self._by_surname.get(last, [])
            if not candidates:
                continue
            for actor in candidates:
                given = [w for w in fold(actor.name).split()[:-1] if w not in _TITLES]
                if not given or given[0] == first:
                    hits.append(ActorHit(actor, f"{toks[i - 1][0]} {toks[i][0]}", i - 1, i + 1, 90.0))
                    used[i - 1] = used[i] = True
                    break
            else:
                spouse = self._known_by_first_name(first, last)
                if spouse is not None:
                    hits.append(ActorHit(spouse, f"{toks[i - 1][0]} {toks[i][0]}", i - 1, i + 1, 90.0))
                    used[i - 1] = used[i] = True
                    continue
                blocked.update((i - 1, i))  # not word by word; a misspelling ("Quentin Davis") may still match

    def _known_by_first_name(self, first: str, last: str) -> Actor | None:
        """'Sandra Howard' where the articles call her 'Sandra', 'Michael Howard's wife': a
        person known by a first name only, whose description holds the surname, or names her
        kin ("his wife Grace") in a story that names someone of that surname."""
        for actor in self.alias.get(first, []):
            if actor.kind != "person" or " " in fold(actor.name):
                continue
            if any(last in re.findall(r"[a-z]+", fold(d)) for d in actor.descriptions):
                return actor
            if any(_KIN.match(d) for d in actor.descriptions) and self._share_a_story(actor, self._by_surname.get(last, [])):
                return actor
        return None

    def _share_a_story(self, actor: Actor, others: list[Actor]) -> bool:
        """Some article names the actor and one of the others (asked once per unresolved pair)."""
        if not others:
            return False
        ids = [a.id for a in others]
        return bool(self._reader.all(
            f"SELECT 1 FROM mentions m JOIN sentences s ON s.id = m.sentence_id JOIN sentences t ON t.article_id = s.article_id "
            f"JOIN mentions o ON o.sentence_id = t.id WHERE m.actor_id = ? AND o.actor_id IN ({placeholders(ids)}) LIMIT 1",
            [actor.id, *ids]))

    def _fuzzy_pairs(self, toks: list[tuple[str, str]], hits: list[ActorHit], used: list[bool]) -> None:
        """'Menzies Cambell' -> Menzies Campbell: two words together, at least one not matched exactly."""
        singles = {h.start: h for h in hits if h.end - h.start == 1}
        for i in range(len(toks) - 1):
            pair_free = [not used[i] or i in singles, not used[i + 1] or (i + 1) in singles]
            if not all(pair_free) or (i in singles and (i + 1) in singles):
                continue
            a, b = toks[i][1], toks[i + 1][1]
            if a in _COMMON or b in _COMMON or len(a) + len(b) < 6:
                continue
            if not any(j in singles or not self._known_word(toks[j][1]) or toks[j][0][:1].isupper()
                       or self._printed_as_name(toks[j][1]) for j in (i, i + 1)):
                continue  # two ordinary words of the articles are no misspelt name (a given name the pack prints is no ordinary word: "jonathan sayed")
            if self.word_count is not None and any(
                    j in singles and self.word_count(toks[k][1]) >= _ORDINARY_COUNT and not self.alias.get(toks[k][1])
                    and toks[k][0][:1].islower() for j, k in ((i, i + 1), (i + 1, i))):
                continue  # "hit wales": a name matched exactly beside a word the articles often use is no "ITV Wales" ("irene kahn" may be)
            pair = f"{a} {b}"  # "martin o neil": a name with an apostrophe folds to two words
            best = _fewest_slips(pair, process.extract(pair, self._fuzzy_multi.get(pair.count(" "), []), scorer=fuzz.ratio,
                                                       score_cutoff=88, limit=5))
            if not best or len(a) + len(b) < 7 and a not in best[0].split() and b not in best[0].split():
                continue  # a short pair ("ed davy") is a typo of a name only with one of its words spelt right
            # "westminster handle" is Westminster plus the word "handle", not a misspelt
            # Westminster Hall: a lower-case word the articles use is a typo of a name's word
            # only one letter or one swap of two away ("browne", "kahn")
            if any(toks[j][1] != w and not toks[j][0][:1].isupper() and self._known_word(toks[j][1])
                   and OSA.distance(toks[j][1], w) > 1 for j, w in zip((i, i + 1), best[0].split())):
                continue
            for j in (i, i + 1):
                if j in singles:
                    hits.remove(singles.pop(j))
            actors = self.alias[best[0]]
            hits.append(ActorHit(actors[0], f"{toks[i][0]} {toks[i + 1][0]}", i, i + 2, float(best[1])))
            used[i] = used[i + 1] = True

    def _accept_single(self, original: str, folded: str, actors: list[Actor], first: bool = False,
                       lower_names: bool = False) -> bool:
        """One word names an actor if typed as a name, or if the pack uses the word mostly as that name.

        'us', 'may', 'election' are ordinary words: lowercase in a question they name
        nobody. 'erdogan', 'reuters', 'israel' are names however they are typed.
        """
        lowercase = first or not original[:1].isupper()  # "How ...", "May I ...": a capital at the start proves nothing
        if folded in STOPWORDS and folded not in _WORD_NAMES and lowercase:
            return False
        if original[:1].isupper() and not (folded in _WORD_NAMES and lowercase):
            return True
        if lower_names and lowercase and folded not in _WORD_NAMES and self._printed_as_name(folded):
            return True  # "what did labour say": the pack's "Labour", typed in lower case
        if folded in _COMMON and folded not in _WORD_NAMES and lowercase:
            return False
        if lowercase and self.common_noun is not None and all(a.kind == "person" for a in actors) and self.common_noun(folded):
            # "unpaid maintenance": the pack's ordinary word, not a surname ("Balfour Beatty Rail
            # Maintenance", taken for a person); "the assembly speaker" may still mean the Assembly
            return False
        if self.word_count is None:
            return True
        mentions = max(a.mentions for a in actors)
        return self.word_count(folded) <= 2 * mentions + 2

    def _printed_as_name(self, folded: str) -> bool:
        """A word the pack nearly always prints capitalised inside a sentence is a name there
        ("Labour", "Tories"); "may", "house" and "state" are not."""
        return self.capital_share is not None and self.capital_share(folded) >= NAME_CAPITAL_SHARE

    def resolve(self, phrase: str | None) -> list[ActorHit]:
        """Actors named by a phrase such as 'Roman Gofman', 'netanyahoo', 'the US'."""
        if not phrase:
            return []
        # a phrase cut from a question: its first word is no sentence start, and it names someone
        hits = self.find_in(phrase, sentence_start=False, lower_names=True)
        words = fold(phrase).split()
        if not hits and len(words) == 1 and (one := self._one_person_of_surname(words[0])) is not None:
            return [ActorHit(one, phrase.strip(), 0, 1, 90.0)]  # "boothroyd": Betty, Baroness and Lady Boothroyd
        if len(words) >= 2 and not any(h.start == 0 and h.end == len(words) for h in hits) \
                and any(_MC.match(w) for w in words):
            # "ken mcdonald" is Ken Macdonald: Mc and Mac are one prefix of a surname, spelt two ways
            # (when no one of the name as typed is known, and the other spelling names one person in full)
            other = " ".join(_MC.sub(lambda m: "mc" if m.group(1) == "mac" else "mac", w) for w in words)
            full = [h for h in self.find_in(other, sentence_start=False, lower_names=True)
                    if h.start == 0 and h.end == len(words) and h.actor.kind == "person"]
            if len(full) == 1:
                return [ActorHit(full[0].actor, phrase.strip(), 0, len(words), 90.0)]
        return hits

    def _one_person_of_surname(self, surname: str) -> Actor | None:
        """The person a bare surname names when every person of that surname the pack knows may
        be one ("Betty Boothroyd", "Baroness Boothroyd", "Lady Boothroyd"; no other given name)."""
        people = self._by_surname.get(surname, [])
        given = {g[0] for a in people if (g := [w for w in fold(a.name).split()[:-1] if w not in _TITLES and w not in _PEERAGE])}
        if not people or len(given) > 1:
            return None
        return max(people, key=lambda a: (len([w for w in fold(a.name).split()[:-1] if w not in _TITLES and w not in _PEERAGE]),
                                          a.mentions))

    def by_role(self, phrase: str) -> list[tuple[Actor, float]]:
        """'the Israeli military secretary', "Israel's military secretary" -> actors whose description says so."""
        words = [w for w in fold(phrase).split() if w not in _ROLE_NOISE]
        if not words:
            return []
        # a post typed as its initials ("the dpp"), when no description and no name holds the word
        words = [x for w in words for x in (self._spelt_posts[w] if w in self._spelt_posts and w not in self._desc_by_word
                                            and not self.alias.get(w) else [w])]
        hits: dict[int, int] = defaultdict(int)
        matched: dict[int, set[str]] = defaultdict(set)
        loose: dict[int, int] = defaultdict(int)  # words matched only by a synonym or a misspelling
        places = {w for w in words if any(a.kind == "place" for a in self.alias.get(w, [])[:1])}
        for a, b in zip(words, words[1:]):  # "south korea": a place of two words
            if any(x.kind == "place" for x in self.alias.get(f"{a} {b}", [])[:1]):
                places |= {a, b}
        for w in words:  # descriptions holding a word like w (or a synonym), via the word index
            exact: set[int] = set()
            found: set[int] = set()
            for d in self._vocab_like(w):
                exact |= self._desc_by_word[d]
            for x in ROLE_SYNONYMS.get(w, "").split():
                for d in self._vocab_like(x):
                    found |= self._desc_by_word[d]
            if not exact and not found and len(w) >= 5:  # "minster" for "minister"
                near = process.extractOne(w, self._desc_vocab, scorer=fuzz.ratio, score_cutoff=85)
                if near:
                    found |= self._desc_by_word[near[0]]
            for i in exact | found:
                hits[i] += 1
                matched[i].add(w)
            for i in found - exact:
                loose[i] += 1
        # Every word of the role, or all but one of a long one ("select committee chairman"); a
        # place the description leaves out ("deputy mayor of London": "Deputy Mayor") may go too,
        # but never a word of the office ("deputy").
        office = [w for w in words if w not in places]
        need = len(words) if len(words) < 4 else len(words) - 1
        if places and len(office) >= 2:
            need = min(need, len(office))
        scored: dict[int, tuple[Actor, float]] = {}
        # A description may leave out the party ("Shadow spokesman for sport" is the Tories'):
        # its words count as held here; the party is checked where the holder is placed.
        party_words = {w for w in words if w in PARTY_WORDS}
        if party_words == set(words):
            party_words = set()  # "the tories" is the party, no one's post
        for i, n in hits.items():
            if n + len(party_words - matched[i]) < need or not self._holds_office(i, office, party_words):
                continue
            desc, actor = self._descriptions[i]
            # a missing word of the office costs more than a missing party ("Lib Dem spokesman" is
            # not the "lib dem transport spokesman"; "Liberal Democrat transport spokesman" is)
            missing = [w for w in words if w not in matched[i]]
            score = 100.0 - sum(5.0 if w in PARTY_WORDS else 10.0 if w in places else 15.0 for w in missing) \
                - 2.0 * max(0, len(desc.split()) - n) - 3.0 * loose[i]
            post = desc.split()[-1]
            if words[-1] in _BODY_HEADS and post not in words and post not in BODY_VOICES:
                # "the chief police officers' association" asks the body: its spokesman speaks for
                # it; its "Association of Chief Police Officers president" holds a post the asker left out
                score -= 15.0
            if actor.id not in scored or scored[actor.id][1] < score:
                scored[actor.id] = (actor, score)
        asked = parties(" ".join(words))
        if asked:  # "the Tory shadow local government secretary" is not the Lib Dem one
            scored = {i: (a, sc) for i, (a, sc) in scored.items()
                      if not (held := parties(" ".join(fold(d) for d in a.descriptions))) or held & asked}
        return sorted(scored.values(), key=lambda x: (-x[1], -x[0].mentions))

    def names_a_post(self, word: str) -> bool:
        """Can the word name someone's post: a word of some description in the pack
        ('commissioner', 'chairman') or an agent noun ('ombudsman', 'organiser')? 'turnout'
        and 'capital' cannot."""
        w = word.lower()
        return w in self._desc_by_word or _singular(w) in self._desc_by_word or bool(_AGENT_NOUN.search(w))

    def _vocab_like(self, w: str) -> list[str]:
        """Description words that are w by _same_word, found without scanning the vocabulary
        twice for the same word (cached per index)."""
        hit = self._like.get(w)
        if hit is None:
            hit = self._like[w] = [d for d in self._desc_vocab if self._same_word(w, d)]
        return hit

    def _holds_office(self, i: int, office: list[str], free: set[str] = frozenset()) -> bool:
        """Description i has every office word of a role that named a place, bar one of a long role."""
        desc_words = [re.sub(r"['’]", "", w) for w in self._descriptions[i][0].split()]  # "scotland's": "scotlands"

        def has(w: str) -> bool:
            return any(self._same_word(x, d) for x in [w, *ROLE_SYNONYMS.get(w, "").split()] for d in desc_words) \
                or (len(w) >= 5 and any(fuzz.ratio(w, d) >= 85 for d in desc_words))

        if any(w in _QUALIFIERS and not has(w) for w in office):
            return False  # "the lib dem shadow chancellor" is no Chancellor
        have = sum(1 for w in office if w in free or has(w))
        return have >= (len(office) if len(office) < 4 else len(office) - 1)

    def _same_word(self, a: str, b: str) -> bool:
        """'israel' ~ 'israeli' (same actor, or one a prefix of the other), 'secretary' ~ 'secretary'."""
        if a == b or (self._singular_of.get(a) or _singular(a)) == (self._singular_of.get(b) or _singular(b)):
            return True  # "tories" ~ "tory"
        if len(a) >= 4 and len(b) >= 4 and (a.startswith(b) or b.startswith(a)) \
                and (abs(len(a) - len(b)) <= 4 or min(len(a), len(b)) == 4):
            return True  # ... and "info", "exec" are clipped words; but "greenpeace" is no "green"
        if len(a) == 3 and len(b) >= 8 and b.startswith(a) or len(b) == 3 and len(a) >= 8 and a.startswith(b):
            return True  # a clipped word: "Met" for "Metropolitan", "Gov" for "Governor"
        for x, y in ((a, b), (b, a)):  # "the games industry body" is the "gaming industry body"
            if x.endswith("ing") and len(x) >= 6 and (self._singular_of.get(y) or _singular(y)) in (x[:-3], x[:-3] + "e"):
                return True
        ia, ib = self.alias.get(a), self.alias.get(b)
        return bool(ia and ib and ia[0].id == ib[0].id)

    def suggest(self, phrase: str, limit: int = 3) -> list[str]:
        """'Did you mean' names for a phrase that named no actor: for its capitalised words when
        it has any ("the weather in Frankfurt" -> France, not "News of the World")."""
        caps = [w for w in re.findall(r"[\w'’-]+", phrase) if w[:1].isupper()]
        f = fold(" ".join(caps) if caps else phrase)
        if not f:
            return []
        hits = process.extract(f, self._suggest_names, scorer=fuzz.WRatio, limit=limit * 3, score_cutoff=70)
        out: list[str] = []
        for _, _, actor_id in hits:
            name = self.by_id[actor_id].name
            if name not in out:
                out.append(name)
        return out[:limit]


# Nouns for a person by what they do: "ombudsman", "organiser", "economist", "librarian".
_AGENT_NOUN = re.compile(r"(?:man|woman|person|er|or|ist|ian|ant)s?$")

# The last word of a description that only a person holds: "Lib Dem spokesman", "Treasury minister".
# Two or more capitalised words, none all capitals: "Vince Cable", not "Labour" or "BBC News".
_PERSON_NAME = re.compile(r"[A-Z][a-z'’.-]+(?:\s+[A-Z][a-z'’.-]+)+")
_PERSON_POSTS = frozenset("""
spokesman spokeswoman spokesperson minister secretary chancellor mp msp mep leader chairman chairwoman
editor correspondent reporter journalist lawyer barrister solicitor professor economist analyst director
adviser advisor commissioner mayor councillor peer founder
""".split())


_SUFFIXES = ("ly", "ed", "er", "es", "s", "ing", "ish", "ism", "ist", "y")


def _derived_from(word: str, name: str) -> bool:
    """Is the word the name with an English suffix ('knightly', 'browned')?"""
    return word.startswith(name) and word[len(name):] in _SUFFIXES


# Parties go by a nickname as often as by their name: "the Tories" are the Conservative Party.
_PARTY_NICKNAMES = {"tory": "conservative", "lib dem": "liberal democrat"}


def _body_key(key: str) -> str:
    """One key for a body's names: 'Labour Party' and 'Labour', 'Tories', 'Tory' and
    'Conservatives', 'Lib Dems' and 'Liberal Democrats'."""
    key = key.removeprefix("the ").removesuffix(" party")
    key = re.sub(r"ies$", "y", key) if key.endswith("ies") else key.removesuffix("s")
    return _PARTY_NICKNAMES.get(key, key)


# A party a post belongs to, by any of its names.
_PARTY_NAMES = (("conservative", r"\b(?:tory|tories|conservatives?)\b"), ("labour", r"\blabour\b"),
                ("liberal democrat", r"\b(?:lib dems?|liberal democrats?)\b"), ("snp", r"\b(?:snp|scottish national)\b"),
                ("ukip", r"\bukip\b"), ("plaid", r"\bplaid\b"), ("green", r"\bgreens?\b"),
                ("republican", r"\b(?:republicans?|gop)\b"), ("democrat", r"\bdemocrat(?:s|ic)?\b"))


PARTY_WORDS = frozenset("lib dem dems liberal democrat democrats tory tories conservative conservatives labour snp "
                         "ukip plaid green greens republican republicans".split())


def parties(text: str) -> set[str]:
    """The parties a folded text names: 'tory shadow chancellor' -> {'conservative'}."""
    return {party for party, rx in _PARTY_NAMES if re.search(rx, text)}


def _fewest_slips(typed: str, near: list) -> tuple | None:
    """Of the names close to what was typed, the one the fewest keyboard slips away (two letters
    typed the wrong way round are one slip: 'hauge' is Hague, not Haughey, which is two letters
    more); the closest by ratio breaks a tie."""
    if not near:
        return None
    return min(near, key=lambda x: (OSA.distance(typed, x[0]), -x[1]))
