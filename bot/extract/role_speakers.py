"""Role phrases as speakers: "the minister" is the person the article gave that office.

News prose names a person once and then calls them by their office; the office is
matched against the titles and descriptions the actor table holds for each person.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from bot.extract import cues
from bot.extract.quotes import QuoteMap
from bot.extract.records import ActorRec, SentenceRec

_WORDS = re.compile(r"[a-z]+")
_ROLE_STOP = frozenset("the a an of for and in on at to earlier now then also".split())


class RoleHolders:
    """Who holds an office the article mentions; remembers roles its prose has given people."""

    def __init__(self, doc: Doc, sentences: list[SentenceRec], spans: list[Span | None], quotes: QuoteMap,
                 actors: object):
        self.doc = doc
        self.sentences = sentences
        self.spans = spans
        self.quotes = quotes
        self.actors = actors            # the actor table: its .actors and .token_actor, when it has them
        self._people_cache: dict[str, ActorRec] | None = None
        self._mentions_cache: dict[int, list[tuple[int, str]]] = {}
        self._learned: dict[str, list[set[str]]] = {}      # actor key -> role phrases resolved to them

    def holder(self, head: Token, tokens: list[Token], k: int, subject_only: bool = False,
               titled_only: bool = False) -> ActorRec | None:
        """The person 'the minister' / 'the Tory leader' stands for: first the person whose
        titles or descriptions name that office (the most recently mentioned on a tie), else,
        when the article just named exactly one person and nobody else in this sentence, that
        person (news prose's way of avoiding repeating a name; with `subject_only`, only when
        that person is the subject there: "Lord Falconer said. The secretary outlined ...", not
        "They accused Mr Brown ... The prime minister hailed ..."), else nobody."""
        people = self._person_actors()
        if not people:
            return None
        family = cues.ROLE_FAMILIES.get(head.lemma_.lower(), frozenset({head.lemma_.lower()}))
        mods = {_norm_role_word(t.lower_) for t in tokens
                if t.i != head.i and t.dep_ not in ("det", "punct", "prep", "case", "cc") and t.pos_ != "ADP"
                and t.is_alpha}
        proper = {_norm_role_word(t.lower_) for t in tokens if t.i < head.i and t.is_alpha
                  and (t.ent_type_ == "NORP" or t.pos_ == "ADJ" and t.text[:1].isupper())}
        start = self.spans[k].start if self.spans[k] is not None else 0
        best: tuple[float, int, ActorRec] | None = None
        for actor in people:
            score = max((_role_score(w, family, mods, head.lemma_.lower()) for w in self._role_words(actor)), default=0.0)
            if score > 0:
                last = self._last_mention(actor.key, start)
                cand = (score, last, actor)
                if best is None or cand[:2] > best[:2]:
                    best = cand
        if best is not None or titled_only:
            return best[2] if best is not None else None
        # no title matches: the one person the article has just named, if nothing contradicts it
        own = {t.i for t in tokens}
        here = [key for i, key in self._person_mentions(k) if i not in own]
        if here:
            return None
        for j in range(k - 1, max(-1, k - 4), -1):
            named = {key for _, key in self._person_mentions(j)}
            if named and subject_only and not any(self.doc[i].dep_ in ("nsubj", "nsubjpass")
                                                  for i, _ in self._person_mentions(j)):
                return None
            if named:
                if len(named) == 1 and self._spoke_of_post(next(iter(named)), family, k):
                    return None     # "Vince Cable said the chancellor had failed ... The chancellor insisted"
                return self._only_holder(named, family, proper, tokens, head.lemma_.lower())
        if self.sentences[k].paragraph <= 2:
            # a lead names the office and the next sentence the person: "..., the Trade and
            # Industry Secretary has said. / Patricia Hewitt said ..."
            for j in range(k + 1, min(len(self.sentences), k + 3)):
                mentions = self._person_mentions(j)
                if mentions:
                    if not any(self.doc[i].dep_ in ("nsubj", "nsubjpass") for i, _ in mentions):
                        return None
                    return self._only_holder({key for _, key in mentions}, family, proper, tokens, head.lemma_.lower())
        return None

    def _spoke_of_post(self, key: str, family: frozenset[str], k: int) -> bool:
        """The person has spoken of the post as of someone else earlier in the article: "Vince
        Cable said the chancellor had failed ...", "X accused the prime minister": a bare "the
        <post>" in what their verb says or in its object, outside quotes. They do not hold it."""
        token_actor = getattr(self.actors, "token_actor", None) or {}
        for j in range(k):
            span = self.spans[j]
            if span is None or not any(kk == key for _, kk in self._person_mentions(j)):
                continue
            for p in span:
                if p.pos_ != "NOUN" or p.lemma_.lower() not in family or self.quotes.inside(p.idx) \
                        or not any(c.dep_ == "det" and c.lower_ == "the" for c in p.children) \
                        or p.i in token_actor:
                    continue
                child, v = p, p.head
                while v.i != child.i and child.dep_ not in ("appos", "conj"):
                    if child.dep_ in ("ccomp", "dobj", "dative", "obj", "iobj") and any(
                            c.dep_ in ("nsubj", "nsubjpass") and token_actor.get(c.i) == key for c in v.children):
                        return True
                    child, v = v, v.head
        return False

    def _only_holder(self, named: set[str], family: frozenset[str], proper: set[str],
                     tokens: list[Token], head: str) -> ActorRec | None:
        if len(named) != 1:
            return None
        actor = self._people_by_key()[next(iter(named))]
        words = self._role_words(actor)
        held = set().union(*[w for w in words]) if words else set()
        offices = held & cues.PERSON_ROLE_NOUNS
        # "the chancellor" is not the man the article calls Prime Minister; but past posts add
        # up: "the former cabinet secretary" may be the man just called a former civil service chief
        if offices and not offices & family and not any(t.lower_ == "former" for t in tokens):
            return None
        mods = {_norm_role_word(t.lower_) for t in tokens if t.is_alpha and t.dep_ not in ("det", "cc")}
        if any(w & family for w in words) and not any(_role_score(w, family, mods, head) for w in words):
            return None             # "the home secretary" is not the shadow home secretary
        if proper - held:
            return None             # "the Tory leader" is not a person never called a Tory
        remit = _remit_words(tokens, head)
        if remit and not remit & {_norm_role_word(w.rstrip("s")) for w in held}:
            return None             # "the chairman of the CRE" is not a man just named with another body
        self._learned.setdefault(actor.key, []).append(
            {_norm_role_word(t.lower_) for t in tokens if t.is_alpha and t.dep_ != "det"})
        return actor

    def _person_actors(self) -> list[ActorRec]:
        return list(self._people_by_key().values())

    def _people_by_key(self) -> dict[str, ActorRec]:
        if self._people_cache is None:
            table = getattr(self.actors, "actors", None)
            self._people_cache = {key: a for key, a in (table or {}).items() if a.kind == "person"}
        return self._people_cache

    def _person_mentions(self, k: int) -> list[tuple[int, str]]:
        """(token, actor key) of the people sentence k names outside quotes."""
        if k not in self._mentions_cache:
            found: list[tuple[int, str]] = []
            span = self.spans[k]
            token_actor = getattr(self.actors, "token_actor", None) or {}
            people = self._people_by_key()
            if span is not None:
                for t in span:
                    key = token_actor.get(t.i)
                    if key in people and not self.quotes.inside(t.idx):
                        if not found or found[-1][1] != key or found[-1][0] != t.i - 1:
                            found.append((t.i, key))
                        else:
                            found[-1] = (t.i, key)
            self._mentions_cache[k] = found
        return self._mentions_cache[k]

    def _last_mention(self, key: str, before: int) -> int:
        token_actor = getattr(self.actors, "token_actor", None) or {}
        return max((i for i, kk in token_actor.items() if kk == key and i < before), default=-1)

    def _role_words(self, actor: ActorRec) -> list[set[str]]:
        """The actor's offices as word sets: descriptions, titles written before the name
        ("Archbishop Desmond Tutu") and roles this article's prose has given them."""
        return stated_roles(actor) + self._learned.get(actor.key, [])


def stated_roles(actor: ActorRec) -> list[set[str]]:
    """The actor's descriptions and titled names as word sets, without the name itself."""
    name_words = {w.lower() for w in actor.name.replace("-", " ").split()}
    out = []
    for text in [*actor.descriptions, *actor.aliases]:
        words = {_norm_role_word(w) for w in _WORDS.findall(text.lower())} - name_words
        if words:
            out.append(words)
    return out


def holds_post(person: ActorRec, head: Token, tokens: list[Token]) -> bool:
    """Could the person hold the post the tokens name: no office the story gives them (their
    titles and descriptions) is another one ("Chancellor Tom Hale" is not "the prime minister")."""
    lemma = head.lemma_.lower()
    family = cues.ROLE_FAMILIES.get(lemma, frozenset({lemma}))
    mods = {_norm_role_word(t.lower_) for t in tokens if t.i != head.i and t.is_alpha and t.dep_ not in ("det", "cc", "prep")}
    offices = [words for words in stated_roles(person) if words & cues.PERSON_ROLE_NOUNS]
    return not offices or any(_role_score(w, family, mods, lemma) for w in offices) \
        or not any(w & family for w in offices)


def _remit_words(tokens: list[Token], head: str) -> set[str]:
    """The words of the body's name a post is "of" or "at": "the chairman of the Commission for
    Racial Equality" -> commission, racial, equality."""
    at = next((t.i for t in tokens if t.lemma_.lower() == head), None)
    if at is None:
        return set()
    return {_norm_role_word(t.lower_.rstrip("s")) for t in tokens
            if t.i > at and t.pos_ == "PROPN" and t.is_alpha
            and any(a.dep_ == "prep" and a.lower_ in ("of", "at") for a in t.ancestors)}


def _norm_role_word(w: str) -> str:
    return cues.ROLE_SYNONYMS.get(w, w)


def _role_score(words: set[str], family: frozenset[str], mods: set[str], head: str | None) -> float:
    """How well an actor's office (as words) fits a role phrase: 0 when it is another office."""
    if not words & family:
        return 0.0
    own = mods - {head}
    if head is not None and head not in words and own and not own & words:
        return 0.0                  # a kin office ("Chancellor Gordon Brown") is not "the prime minister"
    if (words & cues.OFFICE_QUALIFIERS) - mods:
        return 0.0                  # "Shadow home secretary" is not "the home secretary"
    if (mods & cues.OFFICE_QUALIFIERS) - words:
        return 0.0                  # nor is "the shadow chancellor" the chancellor
    rest = words - family - _ROLE_STOP
    if mods and mods <= words:
        return 2.0
    if not rest:
        # a bare title: "Archbishop Desmond Tutu" is "the archbishop"; but a title of two offices'
        # words ("the attorney general") is not everyone called "General"
        return 0.0 if (mods - {head}) & cues.PERSON_ROLE_NOUNS else 1.0
    if not mods:
        return 1.0                  # "the minister" fits any minister
    return 1.5 if mods & words else 0.0
