"""Who a speaker phrase is: a named person or organisation, an outlet, a report, an
unnamed source, or (for pronouns, "the report", "the sources", "the minister") the
source it refers back to.

Resolution keeps per-article memory (who spoke, which people and organisations a later
"he", "she", "they" or "it" may mean), so one `Speakers` serves one article, in order.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from bot.extract import cues, titles
from bot.extract.phrases import (apposed_name, entity_of, name_before_post_nominal, has_outlet_word, has_title, is_acronym, looks_like_person_name,
                                 name_chain, speaker_phrase, strip_title_words, strip_titles, text_of)
from bot.extract.quotes import QuoteMap
from bot.extract.records import ActorRec, SentenceRec
from bot.extract.reported import Cue, is_mind_verb
from bot.extract.role_speakers import RoleHolders, stated_roles


class Resolver(Protocol):
    def resolve(self, text: str) -> ActorRec | None: ...


@dataclass(frozen=True)
class Source:
    """A resolved speaker, kept in the history that pronouns and "the report" look back on."""
    name: str
    kind: str
    key: str | None = None
    gender: str | None = None       # "f" | "m" | None
    head: str = ""                  # lemma of the head noun ("source", "report", "newspaper")
    plural: bool = False
    cited: bool = False             # named only as what another source relied on


_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
_SPEAKER_NOUNS = cues.UNNAMED_NOUNS | cues.ROLE_NOUNS | cues.PERSON_ROLE_NOUNS


# Nouns of those who speak for a body: a bare "a spokesman" speaks for the one just named.
_SPOKES_NOUNS = frozenset("spokesman spokeswoman spokesperson".split())
# ... and of those who speak for the body their phrase names ("a Home Office official").
_VOICE_NOUNS = _SPOKES_NOUNS | frozenset("official source insider".split())
# The words that join a voice to its body: "a spokesman for the Home Office".
_FOR_BODY = frozenset("for of at within".split())


def speaks(cue: Cue, src: Source) -> bool:
    """A stance verb needs a speaker: "the move signalled ..." / "the plan backed ..." is no one;
    so does a participle ("The poster shows Mr Howard ..., saying: ...")."""
    lemma = cue.token.lemma_.lower()
    if lemma not in cues.STANCE_VERBS and lemma not in cues.THING_VERBS and lemma not in cues.LIGHT_VERBS \
            and not is_mind_verb(cue.token) \
            and not cue.participle:
        return True
    if src.kind != "unnamed" or src.head in _SPEAKER_NOUNS:
        return True
    # "the programme makers suggest ...", "researchers indicate ...": people named by what they
    # do put forward what a thing verb says, as "the survey suggests" would
    return lemma in cues.THING_VERBS and not cue.participle and titles.is_role_noun(src.head)


# Party words that alone name no party: an actor "Party" or "Democrat" is a fragment of a name.
# "The company says ..." is the firm the story is about, whatever its name ends in ("Amazon"), not
# the one other firm whose name ends in "Company".
_STORY_BODIES = frozenset("company firm corporation government administration group campaign service".split())
_GENERIC_PARTY_WORDS = frozenset("party democrat democrats democratic liberal liberals independent republican "
                                 "republicans socialist socialists communist nationalist unionist unionists".split())


# Party words as one key per party: "Tories" and "Conservative" are one party, "Lib Dem" the Liberals.
_PARTY_KEYS = frozenset(titles.PARTY_WORDS - _GENERIC_PARTY_WORDS - {"dem", "dems"}) | {"conservative", "liberal"}


def _party_word(w: str) -> str:
    w = cues.ROLE_SYNONYMS.get(w, w)
    return {"conservatives": "conservative", "dem": "liberal", "dems": "liberal", "greens": "green",
            "unionists": "unionist"}.get(w, w)


def _names_party(name: str) -> bool:
    """A party's name ("Labour", "the Liberal Democrats"), not a fragment of one ("Democrat")."""
    words = set(name.lower().replace("-", " ").split())
    return words <= titles.PARTY_WORDS | {"party"} and (len(words) > 1 or not words & _GENERIC_PARTY_WORDS)


# The newsroom's own people: "our correspondent", "our political editor".
_DESK_NOUNS = frozenset("correspondent editor reporter".split())


def _bare_but_ours(head: Token, tokens: list[Token]) -> bool:
    """The phrase is "our" and the noun, with at most plain modifiers in lower case ("our
    political correspondent"), nothing after the noun."""
    if any(t.i > head.i for t in tokens):
        return False
    before = [t for t in tokens if t.i < head.i]
    return bool(before) and before[0].lower_ == "our" and all(t.is_lower and t.is_alpha for t in before[1:])


def _set_off_as_a_person(head: Token) -> bool:
    """A name of two or three capitalised words followed by "for" a named body set off by commas,
    "Oliver Letwin, for the Tories, said", or by a person's post ("Theresa May, Tory shadow work
    and pensions secretary, said"): the one who speaks is a person. Read on the words, not the
    parse (which may hang the name on the sentence before, or its post elsewhere)."""
    doc = head.doc
    first = head
    while first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and head.i - first.i < 2:
        first = doc[first.i - 1]
    name = doc[first.i:head.i + 1]
    before = doc[first.i - 1] if first.i > 0 else None
    if len(name) < 2 or head.tag_ == "NNPS" or any(is_acronym(t) or not t.is_title or not t.is_alpha for t in name) \
            or before is not None and not (before.is_punct or before.is_space or before.pos_ == "CCONJ"):
        return False
    if head.i + 3 >= len(doc) or doc[head.i + 1].text != ",":
        return False
    if doc[head.i + 2].lower_ != "for":
        return _post_between_commas(doc, head.i + 2)
    body = []
    for t in doc[head.i + 3:head.i + 9]:
        if t.text in (",", "\u2013", "-"):
            break
        body.append(t)
    else:
        return False
    words = [t for t in body if t.lower_ != "the"]
    return bool(words) and all(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "NORP") for t in words)


def _post_between_commas(doc: Doc, start: int) -> bool:
    """From `start`, a post set off by commas, its last word a person's post noun and no verb
    in it: "Theresa May, Tory shadow work and pensions secretary, said"."""
    words = []
    for t in doc[start:start + 9]:
        if t.text == ",":
            break
        words.append(t)
    else:
        return False
    return bool(words) and words[-1].pos_ == "NOUN" and words[-1].lemma_.lower() in cues.PERSON_ROLE_NOUNS \
        and not any(t.pos_ in ("VERB", "AUX", "PRON", "ADP") or t.is_punct or t.is_space for t in words)


def _name_head(t: Token) -> Token:
    """The last word of the name a word is part of ("Brown" of "Gordon Brown")."""
    while t.dep_ == "compound" and t.head.i > t.i:
        t = t.head
    return t


class Speakers:
    """Resolves each cue's speaker to a Source and remembers it for later references."""

    def __init__(self, doc: Doc, sentences: list[SentenceRec], spans: list[Span | None], quotes: QuoteMap,
                 actors: Resolver):
        self.doc = doc
        self.spans = spans
        self.quotes = quotes
        self.actors = actors
        self.roles = RoleHolders(doc, sentences, spans, quotes, actors)
        self.paragraph_of = [s.paragraph for s in sentences]
        self.history: list[Source] = []         # speakers and cited sources, oldest first
        self.people: list[Source] = []          # persons named as speakers or subjects
        self.introduced_at: dict[str, int] = {}  # people introduced by their post: "X is senior officer ..."
        self.silent_posts: set[str] = set()     # posts kept only as a sentence's subject, never heard
        self.subject_at: tuple[Source, int] | None = None  # the last person a main clause was about
        self.things: list[tuple[int, Source]] = []  # (sentence, organisation/group) for they/it
        self.genders = self._title_genders()
        self.spoke_at = -1                      # the sentence the latest source spoke in
        self._resolve_cache: dict[str, ActorRec | None] = {}
        self._fulls: dict[str, str] | None = None

    def note_cited(self, name: str) -> None:
        """What a speaker cited ("four sources familiar ...") may be what "the sources" means later."""
        self.history.append(Source(name, "unnamed", head=_head_lemma_of(name), plural=True, cited=True))

    def resolve(self, cue: Cue, k: int) -> Source | None:
        if cue.speaker is None:
            return Source("unnamed reports", "report", head="report", plural=True)
        head = cue.speaker
        # a title noun with a name in apposition: "The Shadow Secretary ..., Theresa May, said"
        person_hint = described = False
        if head.ent_type_ != "PERSON":
            for c in head.children:
                if c.dep_ == "appos" and looks_like_person_name(c):
                    head, person_hint = c, True
                    break
            else:
                named = apposed_name(head)      # "Head of ... at the Institute, Prof X, said"
                if named is not None:
                    head, person_hint = named, True
                elif head.pos_ == "PROPN" and any(c.dep_ == "appos" and c.lemma_.lower() in cues.PERSON_ROLE_NOUNS
                                                  for c in head.children):
                    described = True            # "Theresa May, shadow secretary for the family, told"
                elif head.pos_ == "PROPN" and _set_off_as_a_person(head):
                    described = True            # "Vincent Cable, for the Liberal Democrats, said", "Theresa
                    # May, Tory shadow work and pensions secretary, said" when the parse lost the apposition
        if head.ent_type_ != "PERSON" and head.pos_ == "PROPN" and not person_hint and not described:
            named = self._name_after_post(head, cue.token)
            if named is not None:       # "Commission for Racial Equality chairman Trevor Phillips said"
                head, person_hint = named, True
        if head.ent_type_ != "PERSON" and head.pos_ == "NOUN" and titles.is_role_noun(head.lemma_):
            named = _name_after_remit(head)
            if named is not None:
                head, person_hint = named, True
        head = name_before_post_nominal(head) or head     # "Guy Mansfield QC warned": the name
        low = head.lower_
        if head.pos_ == "PRON" or low in cues.NON_SOURCE_PRONOUNS:
            if low in _PRONOUN_GENDER and cue.token.dep_ != "ROOT":
                # "Tim Collins is setting out a scheme to tackle what he says are ...": the
                # main clause's named subject comes first
                same = self._main_subject(cue.token, k)
                if same is not None:
                    return same
            return self._pronoun(head, k)
        tokens = speaker_phrase(head, exclude=cue.token)
        text = text_of(tokens)
        if not text:
            return None
        tail = tokens[-1]
        if head.pos_ == "PROPN" and tail.i > head.i and tail.tag_ == "NN" and tail.lemma_.lower() in _VOICE_NOUNS \
                and any(a.i == head.i for a in tail.ancestors):
            # "A Department for Education and Skills spokeswoman said", parsed with the body as
            # the subject and her as its object: the voice speaks, for the body
            return self._common(tail, tokens, text, k)
        if (head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC")) \
                and head.lower_ not in cues.ROLE_NOUNS:
            src = self._named(head, tokens, text, person_hint, described)
            if src is not None and src.kind != "person" and head.pos_ == "PROPN" and k >= 0 \
                    and head.lower_ in cues.PERSON_ROLE_NOUNS and not person_hint and not described \
                    and any(t.dep_ == "det" and t.lower_ == "the" for t in tokens):
                # "The Archbishop of Canterbury said": an office written in capitals is the person the
                # story gave that office ("the Archbishop of Canterbury, Dr Rowan Williams"), not a
                # body; the source stays as the story words it
                person = self.roles.holder(head, tokens, k, titled_only=True)
                if person is not None:
                    return Source(text, "person", person.key, self._gender(tokens, person.name, person.key),
                                  head=head.lemma_.lower())
            return src
        return self._common(head, tokens, text, k)

    def _name_after_post(self, head: Token, verb: Token) -> Token | None:
        """The person a body's name, a post and a name in a row describe: "Commission for Racial
        Equality chairman Trevor Phillips said", "Essential Guide author Dan Lewis said" (the parse
        makes the body the subject, the name its object). The subject phrase must end in a person's
        name (the tagger's PERSON or a person mention), printed right after a post noun in lower case.
        The post with the body's name stays the person's description (descriptions._title_prefix)."""
        words = [t for t in head.subtree if t.i < verb.i and not t.is_punct]
        if len(words) < 3 or words[-1].i != max(t.i for t in words) or words[-1].pos_ != "PROPN":
            return None
        last = words[-1]
        table = getattr(self.actors, "actors", None) or {}
        key = (getattr(self.actors, "token_actor", None) or {}).get(last.i)
        person = last.ent_type_ == "PERSON" or getattr(table.get(key), "kind", None) == "person"
        if not person or any(t.i > last.i and t.dep_ in ("appos", "prep") for t in head.subtree
                             if t.i < verb.i):
            return None
        first = last
        while first.i > head.i and self.doc[first.i - 1].pos_ == "PROPN" and first.i - last.i > -3:
            first = self.doc[first.i - 1]
        post = self.doc[first.i - 1] if first.i > head.i else None
        if post is None or post.pos_ != "NOUN" or not post.is_lower or not titles.is_role_noun(post.lemma_):
            return None
        return last

    def _main_subject(self, verb: Token, k: int) -> Source | None:
        root = verb.sent.root if verb.sent is not None else None
        if root is None or root.i == verb.i:
            return None
        span = self.spans[k] if 0 <= k < len(self.spans) else None
        for c in root.children:
            if span is not None and not span.start <= c.i < span.end:
                continue    # the parse may join two of our sentences: a subject of the one before is not it
            if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i and c.pos_ == "PROPN" \
                    and not self.quotes.inside(c.idx):
                tokens = speaker_phrase(c, exclude=root)
                src = self._named(c, tokens, text_of(tokens))
                if src is not None and src.kind == "person":
                    return src
        return None

    def _pronoun(self, head: Token, k: int) -> Source | None:
        low = head.lower_
        if low in _PRONOUN_GENDER:
            want = _PRONOUN_GENDER[low]
            # "he insisted he still trusted Mr Blair": whoever "he" is, not a person his own clause names
            others = self._named_in_clause(head, k)
            last = self.last_speaker()
            follows = last is not None and last.kind == "person" and last.gender in (None, want) \
                and self.people and self.people[-1] == last and last.key not in others
            if follows and self.spoke_at >= k - 1:
                return self._learn_gender(last, want)   # "J. Mattinson said ... She added"
            named = self._coreferent(head, want)        # "... was welcomed by X. '...,' he said"
            if named is not None and named.key not in others:
                return named
            if follows:
                return self._learn_gender(last, want)
            # ... and when the one it would mean is ruled out so, no one further back is likelier
            likeliest = next((src for src in reversed(self.people) if src.gender in (want, None)), None)
            if likeliest is not None and likeliest.key in others:
                return None
            newest = self.people[-1] if self.people else None
            if newest is not None and newest.gender is None and self.introduced_at.get(newest.name) == k - 1:
                return self._learn_gender(newest, want)  # "Piers Freelove is senior officer ... He said:"
            # another source spoke since: "she" goes back to the latest person the article
            # has shown to be a woman ("her mother, Fiona"), before one of unknown sex
            for src in reversed(self.people):
                if src.gender == want:
                    return src
            for src in reversed(self.people):
                if src.gender is None and src.name not in self.silent_posts:
                    return self._learn_gender(src, want)
            return None
        if low == "they":
            for j, src in reversed(self.things):
                if src.kind == "outlet" or src.cited:
                    continue
                if src.plural or (src.kind == "organization" and k - j <= 2):
                    return src
            return None
        if low == "it":
            # only a recent organisation or outlet: "it was said" and "it suggests" are nobody
            for j, src in reversed(self.things):
                if k - j <= 1 and src.kind in ("organization", "outlet", "report") and not src.plural:
                    return src
            return None
        return None

    def _named_in_clause(self, pronoun: Token, k: int) -> set[str]:
        """The people named after a subject pronoun in its own clause (within its sentence:
        the parse may run on into the next), whom it cannot mean."""
        span = self.spans[k] if 0 <= k < len(self.spans) else None
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or span is None:
            return set()
        out = set()
        for t in pronoun.head.subtree:
            if pronoun.i < t.i < span.end and t.pos_ == "PROPN" and not self.quotes.inside(t.idx) \
                    and (actor := self._mentioned_at(t)) is not None \
                    and not any(c.dep_ == "det" for c in _name_head(t).children):  # "to see a new Gordon Brown": a type, may be him
                out.add(actor.key)
        return out

    def _coreferent(self, pronoun: Token, gender: str) -> Source | None:
        """The person coreference gave this pronoun: the one person of its sex named in its
        sentence or the one before ('The report was welcomed by X. "...," he said'), which
        outweighs a speaker further back."""
        key = (getattr(self.actors, "pronoun_actor", None) or {}).get(pronoun.idx)
        actor = (getattr(self.actors, "actors", None) or {}).get(key) if key else None
        if actor is None or actor.kind != "person" or self.genders.get(actor.name.split()[-1].lower(),
                                                                      gender) != gender:
            return None             # coreference may not know what a 'Mr' in the article says
        for src in reversed(self.people):
            if src.key == key:
                return self._learn_gender(src, gender)
        src = Source(actor.name, "person", key, gender, head=actor.name.split()[-1].lower())
        self.people.append(src)
        return src

    def _learn_gender(self, src: Source, gender: str) -> Source:
        """'She added' about a person of unknown sex tells it: later pronouns may use it."""
        if src.gender is not None:
            return src
        known = replace(src, gender=gender)
        self.people = [known if p == src else p for p in self.people]
        self.history = [known if h == src else h for h in self.history]
        return known

    def _named(self, head: Token, tokens: list[Token], text: str, person_hint: bool = False,
               described: bool = False) -> Source | None:
        """`person_hint`: the head is a name found in apposition to a title; `described`: the
        name has a person's post in apposition ("Theresa May, shadow secretary ...")."""
        ent = entity_of(head)
        person_ent = ent is not None and ent.label_ == "PERSON"
        titled = has_title(tokens)
        name_text = text_of(from_title(list(ent) if person_ent or (ent is not None and not person_hint and not titled)
                                       else name_chain(head)))
        actor = self._actor(name_text) or self._actor(text) or self._mentioned_at(head)
        if described and actor is None:
            name_text = text        # the whole name as printed: "Rory O' Neill", not "Neill"
        # the small model's NER often calls a person ORG ("Nicola Sturgeon"); a title in
        # the phrase or the same surname with a title elsewhere in the article outweighs it
        is_person_ent = (person_ent or person_hint or titled or described
                         or (head.lower_ in self.genders or head.lower_ in self._full_names())
                         and not has_outlet_word(tokens)) and (head.tag_ != "NNPS" or titled) and not is_acronym(head)
        if (head.tag_ == "NNPS" and not titled or is_acronym(head)) and actor is not None and actor.kind == "person":
            actor = None        # "the Lib Dems", "BAA": organisations, whatever the NER thought ("Lord Greaves" is not)
        if actor is not None and actor.kind in ("organization", "group") and not (titled or person_hint or described) \
                and (len(actor.name.split()) == 1 or _names_party(actor.name)):
            is_person_ent = False   # "Labour says ...", "The Lib Dems argue ...": the party or body the story
            # names in one word, whatever the NER thought here (a person's name has two: "Vince Cable")
        if actor is not None and actor.kind == "person" or (
                (actor is None or actor.kind != "person") and is_person_ent and not has_outlet_word(tokens)):
            if actor is not None and actor.kind == "person":
                name, key = actor.name, actor.key
            else:
                name, key = self._full_name(strip_title_words(name_text)), None
            return Source(name, "person", key, self._gender(tokens, name, key), head=head.lemma_.lower())
        kind = "outlet" if self._is_outlet(tokens, ent, actor) else "organization"
        if actor is not None and actor.kind == "group" and head.pos_ == "NOUN":
            kind = "unnamed"
        return Source(text, kind, actor.key if actor is not None else None, head=head.lemma_.lower(),
                      plural=head.tag_ in ("NNS", "NNPS"))

    def _common(self, head: Token, tokens: list[Token], text: str, k: int = -1) -> Source | None:
        lemma = head.lemma_.lower()
        low = head.lower_
        plural = head.tag_ in ("NNS", "NNPS")
        bare = all(t.i == head.i or t.dep_ == "det" for t in tokens)
        definite = any(t.dep_ == "det" and t.lower_ in ("the", "this", "that", "these", "those") for t in tokens)
        words = {lemma, low}
        if bare and definite:
            back = self._refers_back(words)
            if back is not None:
                return back
        compounds = {t.lower_ for t in tokens if t.dep_ in ("compound", "amod") and t.head.i == head.i}
        if words & cues.OUTLET_NOUNS or compounds & {"news"}:
            return Source(text, "outlet", head=lemma, plural=plural)
        if words & cues.REPORT_NOUNS:
            return Source(text, "report", head=lemma, plural=plural)
        if words & cues.ORGANIZATION_NOUNS:
            actor = self._actor(text) if definite else None
            if actor is None and bare and definite:
                # "The party says ...": the party the story is about; "the commission says ...":
                # the Electoral Commission it has named
                actor = self._party_before(head, k) if lemma == "party" else self._body_named(head)
            return Source(text, "organization", actor.key if actor else None, head=lemma, plural=plural)
        if head.pos_ not in ("NOUN", "PROPN", "NUM", "SYM"):
            return None
        if definite and not plural and not (words & cues.UNNAMED_NOUNS):
            actor = self._actor(text)
            if actor is not None and actor.kind == "person":
                return Source(actor.name, "person", actor.key, self._gender(tokens, actor.name, actor.key),
                              head=lemma)
        if not plural and lemma in _DESK_NOUNS and k >= 0 and head.dep_ == "nsubj" and _bare_but_ours(head, tokens):
            # "our correspondent said": the newsroom's own reporter the story has named by that post
            # ("BBC labour affairs correspondent Stephen Cape said ..."); no such person, no one. Only
            # the subject of a verb: "according to our correspondent" is not who a later "he" means
            person = self.roles.holder(head, [head], k, titled_only=True)
            if person is not None:
                return Source(person.name, "person", person.key, self._gender(tokens, person.name, person.key),
                              head=lemma)
        if definite and not plural and lemma in cues.PERSON_ROLE_NOUNS and k >= 0 \
                and not any(t.dep_ == "poss" for t in tokens):
            person = self.roles.holder(head, tokens, k)
            if person is not None:
                return Source(person.name, "person", person.key, self._gender(tokens, person.name, person.key),
                              head=lemma)
        gender = "f" if words & cues.FEMALE_NOUNS else "m" if words & cues.MALE_NOUNS else None
        if lemma in _SPOKES_NOUNS and bare and not plural and k >= 0:
            body = self._body_spoken_for(head, k)
            if body is not None:        # "Scotland Yard said ... A spokesman said ...": the Yard's
                return Source(text, "unnamed", body.key, head=lemma, plural=plural, gender=gender)
        if lemma in _VOICE_NOUNS and not bare:
            body = self._body_of_voice(head, tokens)
            if body is not None and definite and lemma in _SPOKES_NOUNS and _names_party(body.name):
                # "the Tory spokesman": a front-bench post, a person the story names, not the party
                person = self._front_bencher(head, tokens, body, k)
                if person is not None:
                    return Source(person.name, "person", person.key, self._gender(tokens, person.name, person.key),
                                  head=lemma)
                body = None
            if body is not None:        # "a Home Office spokesman", "a spokesman for the CRE": its voice
                return Source(text, "unnamed", body.key, head=lemma, plural=plural, gender=gender)
        return Source(text, "unnamed", head=lemma, plural=plural, gender=gender)

    def _front_bencher(self, head: Token, tokens: list[Token], party: ActorRec, k: int) -> ActorRec | None:
        """The person "the Tory spokesman" is: the one the story calls that party's spokesman
        ("Lib Dem spokesman Vince Cable said ... the Lib Dem spokesman questioned ..."), else the
        person who spoke last, in this paragraph or the one before, when the story gives them an
        opposition front-bench post ("Shadow foreign secretary Michael Ancram told MPs ... The Tory
        spokesman also criticised ...") and no other party. Nobody else: a minister is no party's
        spokesman, and a speaker the story gives no such post may be anyone."""
        if k < 0:
            return None
        person = self.roles.holder(head, tokens, k, titled_only=True)
        if person is not None:
            return person
        if self.spoke_at < 0 or self.paragraph_of[self.spoke_at] < self.paragraph_of[k] - 1:
            return None
        last = self.last_speaker()
        table = getattr(self.actors, "actors", None) or {}
        actor = table.get(last.key) if last is not None and last.kind == "person" and last.key else None
        if actor is None or actor.kind != "person":
            return None
        words = set().union(set(), *stated_roles(actor))
        if not words & (_SPOKES_NOUNS | {"shadow"}):
            return None
        own = {_party_word(w) for w in party.name.lower().replace("-", " ").split()} & _PARTY_KEYS
        theirs = {_party_word(w) for w in words} & _PARTY_KEYS
        if theirs and not theirs & own:
            return None         # "Tory spokesman X" is not "the Lib Dem spokesman"
        return actor

    def _body_of_voice(self, head: Token, tokens: list[Token]) -> ActorRec | None:
        """The body a spokesman, official or source speaks for when the phrase names it: by
        name before the noun ("a Home Office spokesman", "UKIP officials", "A CRE spokesman") or
        after "for", "of", "at" or "within" ("a spokesman for the Home Office", "sources within
        the Conservative Party"). Only a body the story knows (an organisation or a party, not
        a person or a place: "a spokesman for Mr Blair" is not Mr Blair), named by a proper
        name (not "party sources", "Government sources")."""
        phrase = {t.i for t in tokens}
        named: list[list[Token]] = []
        before = [t for t in tokens if t.i < head.i and t.dep_ != "det" and t.dep_ != "poss"
                  and not any(a.dep_ == "poss" for a in t.ancestors if a.i < head.i)]
        if before:
            named.append(_proper_run(before))
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in _FOR_BODY and prep.i in phrase:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        named.append(_proper_run([t for t in obj.subtree if t.dep_ != "det" and t.i <= obj.i]))
        table = getattr(self.actors, "actors", None) or {}
        for run in named:
            if not run or not any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "NORP") or t.is_upper and len(t) > 1
                                  for t in run):
                continue
            name = text_of(run)
            if name.lower() in _STORY_BODIES or name.lower() in _GENERIC_PARTY_WORDS:
                continue
            actor = self._actor(name)
            if actor is not None and actor.kind in ("organization", "group") and actor.key in table:
                return actor
        # "A Department for Education and Skills spokeswoman": the body the first name before
        # the noun is a mention of, when the run, split by its "and", names none the story knows
        if not any(t.lower_ in ("and", "&") for t in before):
            return None
        marks = getattr(self.actors, "token_actor", None) or {}
        for t in before:
            actor = table.get(marks.get(t.i)) if t.pos_ == "PROPN" else None
            if actor is not None:
                return actor if actor.kind == "organization" else None
        return None

    def _body_spoken_for(self, head: Token, k: int) -> ActorRec | None:
        """The body a bare "a spokesman" speaks for: the organisation that spoke in the sentence
        just before, else the one body named (outside quotes) there or before the spokesman in
        this sentence. Two bodies, or a person beside the body (whose spokesman it may be): no one."""
        table = getattr(self.actors, "actors", None) or {}
        last = self.last_speaker()
        if self.spoke_at == k - 1 and last is not None and last.kind == "organization" and last.key \
                and getattr(table.get(last.key), "kind", None) in ("organization", "group"):
            return table[last.key]
        token_actor = getattr(self.actors, "token_actor", None) or {}
        bodies: set[str] = set()
        people = False
        ranges = []
        if k >= 1 and self.spans[k - 1] is not None:
            ranges.append((self.spans[k - 1].start, self.spans[k - 1].end))
        if self.spans[k] is not None:
            ranges.append((self.spans[k].start, head.left_edge.i))
        for lo, hi in ranges:
            for i in range(lo, hi):
                key = token_actor.get(i)
                actor = table.get(key) if key else None
                if actor is None or self.quotes.inside(self.doc[i].idx):
                    continue
                if actor.kind in ("organization", "group"):
                    bodies.add(key)
                elif actor.kind == "person":
                    people = True
        if len(bodies) != 1 or people:
            return None
        return table[next(iter(bodies))]

    def _refers_back(self, words: set[str]) -> Source | None:
        """'the report' / 'the newspaper' / 'the sources': the source the article named before."""
        if words & {"report", "reports"}:
            # a report named as one before any other document or outlet ("Figures ... suggest")
            found = [src for src in reversed(self.history) if src.kind in ("outlet", "report")
                     and src.name != "unnamed reports"]
            return next((src for src in found if src.head in ("report", "reports")), found[0] if found else None)
        elif words & cues.OUTLET_NOUNS:
            for src in reversed(self.history):
                if src.kind == "outlet":
                    return src
        elif words & cues.UNNAMED_NOUNS:
            for src in reversed(self.history):
                if src.kind == "unnamed" and src.head in words:
                    return replace(src, cited=False)
        return None

    def _is_outlet(self, tokens: list[Token], ent: Span | None, actor: ActorRec | None) -> bool:
        if has_outlet_word(tokens):
            return True
        names = [t.lower_ for t in (ent if ent is not None else tokens)]
        if any(n in cues.KNOWN_OUTLETS for n in names):
            return True
        if ent is not None and ent.label_ == "ORG" and any(n in cues.OUTLET_NAME_WORDS for n in names):
            return True
        if actor is not None:
            for d in actor.descriptions:
                if any(w in cues.OUTLET_NOUNS or w == "news" for w in d.lower().split()):
                    return True
        return False

    def _party_before(self, head: Token, k: int = -1) -> ActorRec | None:
        """The political party the story is about so far: the party that last spoke in this
        paragraph ("The Lib Dems want ... They say ... The party says ..."), else the one it has
        named most often ("The Lib Dems have named the 14 seats ... to beat Labour ... The party says ...")."""
        token_actor = getattr(self.actors, "token_actor", None) or {}
        table = getattr(self.actors, "actors", None) or {}
        if 0 <= k < len(self.paragraph_of):
            for j, src in reversed(self.things):
                if j >= k or self.paragraph_of[j] != self.paragraph_of[k]:
                    continue
                actor = table.get(src.key) if src.key else None
                if actor is not None and actor.kind in ("organization", "group") and _names_party(actor.name):
                    return actor
                break       # the last body to speak here is no party: read the story as a whole
        counts: dict[str, int] = {}
        for i in sorted(i for i in token_actor if i < head.i):
            key = token_actor[i]
            actor = table.get(key)
            if token_actor.get(i - 1) == key or actor is None or actor.kind not in ("organization", "group"):
                continue  # one mention, however many words
            if _names_party(actor.name):
                counts[key] = counts.get(key, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return None  # none, or two parties named as often: which is meant cannot be told
        return table[ranked[0][0]]

    def _body_named(self, head: Token) -> ActorRec | None:
        """The one body the story names by a name ending in this word: "the commission" is the
        Electoral Commission, "the committee" the Public Accounts Committee. The story's own
        before the sentence, or after it in a lead that names the body later; two such bodies
        named, and it is neither."""
        token_actor = getattr(self.actors, "token_actor", None) or {}
        table = getattr(self.actors, "actors", None) or {}
        words = {head.lemma_.lower(), head.lower_}
        if words & _STORY_BODIES:
            return None
        before: set[str] = set()
        after: set[str] = set()
        for i, key in token_actor.items():
            actor = table.get(key)
            if actor is None or actor.kind not in ("organization", "group"):
                continue
            name = actor.name.lower().split()
            if len(name) >= 2 and name[-1] in words:
                (before if i < head.i else after).add(key)
        found = before or after
        return table[next(iter(found))] if len(found) == 1 else None

    def _mentioned_at(self, head: Token) -> ActorRec | None:
        """The person whose mention the head word ends: NER's "Unison Dave Prentis" holds the
        mention "Dave Prentis" (the union is its affiliation)."""
        key = (getattr(self.actors, "token_actor", None) or {}).get(head.i)
        actor = (getattr(self.actors, "actors", None) or {}).get(key) if key else None
        return actor if actor is not None and actor.kind == "person" else None

    def _actor(self, text: str) -> ActorRec | None:
        if text not in self._resolve_cache:
            try:
                self._resolve_cache[text] = self.actors.resolve(text)
            except Exception:       # a resolver's failure must not lose the attribution
                self._resolve_cache[text] = None
        return self._resolve_cache[text]

    # ---- genders and the people pronouns may point at -------------------------------

    def _full_names(self) -> dict[str, str]:
        """Surname -> the longest full name the article gives it (PERSON entities, and
        name chains whose surname carries a title elsewhere: "Nicola Sturgeon" / "Ms Sturgeon")."""
        if self._fulls is None:
            fulls: dict[str, str] = {}

            def add(full: str) -> None:
                parts = full.split()
                if len(parts) >= 2 and len(full) > len(fulls.get(parts[-1].lower(), "")):
                    fulls[parts[-1].lower()] = full

            for ent in self.doc.ents:
                if ent.label_ == "PERSON":
                    add(strip_titles(self.doc[from_title(list(ent))[0].i:ent.end]))
            for t in self.doc:
                if t.pos_ == "PROPN" and t.lower_ in self.genders and t.dep_ != "compound":
                    add(strip_title_words(text_of(from_title(name_chain(t)))))
            self._fulls = fulls
        return self._fulls

    def _full_name(self, name: str) -> str:
        """'Hewitt' -> 'Patricia Hewitt' when the article names her in full somewhere."""
        parts = name.split()
        if len(parts) == 1:
            return self._full_names().get(parts[0].lower(), name)
        return name

    def _title_genders(self) -> dict[str, str]:
        """Surname -> gender from every 'Mr X' / 'Ms X' in the article."""
        out: dict[str, str] = {}
        doc = self.doc
        for t in doc:
            title = t.lower_.rstrip(".")
            g = "f" if title in cues.FEMALE_TITLES else "m" if title in cues.MALE_TITLES else None
            if g is None or not t.text[:1].isupper():
                continue
            j = t.i + 1
            last = None
            while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
                last = doc[j]
                j += 1
            if last is not None:
                out.setdefault(last.lower_, g)
        return out

    def _gender(self, tokens: list[Token], name: str, key: str | None) -> str | None:
        for t in tokens:
            title = t.lower_.rstrip(".")
            if title in cues.FEMALE_TITLES:
                return "f"
            if title in cues.MALE_TITLES:
                return "m"
            if t.lower_ in cues.FEMALE_NOUNS:
                return "f"
            if t.lower_ in cues.MALE_NOUNS:
                return "m"
        parts = name.split()
        return self.genders.get(parts[-1].lower()) if parts else None

    def remember(self, src: Source, k: int) -> None:
        self.silent_posts.discard(src.name)
        self.history.append(src)
        self.spoke_at = k
        self._refer(src, k)

    def _refer(self, src: Source, k: int) -> None:
        """Keep `src` as what a later pronoun may mean: he/she -> people, they/it -> things."""
        if src.kind == "person" or (src.kind == "unnamed" and not src.plural):
            if not self.people or self.people[-1] != src:
                self.people.append(src)     # "a spokesman said ... He added:"
        elif src.kind != "report" or not src.plural:
            self.things.append((k, src))

    def note_subjects(self, k: int) -> None:
        """Named subjects of a main clause outside quotes ("Mr McConnell was speaking ...",
        "BAA are also owners ...", "a spokesman defended ...") may be who the next 'he' or
        'they' means."""
        span = self.spans[k]
        if span is None:
            return
        for t in span:
            if t.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if t.head.dep_ != "ROOT" and not (_as_clause(t.head) and t.pos_ == "PROPN"):
                continue
            if self.quotes.inside(t.idx):
                continue
            tokens = speaker_phrase(t, exclude=t.head)
            if t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in _SPEAKER_NOUNS \
                    and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
                # "But a spokesman for the Home Office defended the proposals. He said: ...":
                # someone new, whom the next 'he' means, not whoever spoke before him
                src = self._common(t, tokens, text_of(tokens), k)
                if src is not None:
                    self._refer(src, k)
                continue
            if _definite_post(t):
                # "... the prime minister hailed his chancellor. And he claimed ...": the post
                # the main clause is about is who the next 'he' means, not an older speaker
                src = self._post_holder(t, tokens, k)
                self._refer(src, k)
                self.introduced_at[src.name] = k
                if src.kind == "unnamed" and not any(h.name == src.name for h in self.history):
                    # ... but a post never heard, of a sex nobody showed, takes no later
                    # pronoun of either sex: "The minister knows ... He must remember Jenny
                    # Coombe ... "...," she told Mr Hale" is hers, not the minister's
                    self.silent_posts.add(src.name)
                continue
            if t.pos_ != "PROPN":
                continue
            if any(c.dep_ == "poss" and (c.ent_type_ == "PERSON" or has_title(list(c.subtree))) for c in t.children):
                continue    # "Mr Brown's Budget was ...": a person's thing, no person ("Labour's Milburn" is one)
            described = _described_as_post(t)
            src = self._named(t, tokens, text_of(tokens), described=described)
            if src is not None:
                self._refer(src, k)
                if (described or t.head.dep_ != "ROOT") and src.kind == "person":
                    self.introduced_at[src.name] = k
                if src.kind == "person":
                    self.subject_at = (src, k)

    def _post_holder(self, head: Token, tokens: list[Token], k: int) -> Source:
        """'the prime minister' as a sentence's subject: the person the article's titles and
        descriptions give that post, or the one person just named as a subject, else the post
        itself (the pack may know its holder). A speaker 'the minister' may also be a person
        just named as an object; the subject of any other verb is not taken on that alone."""
        text = text_of(tokens)
        lemma = head.lemma_.lower()
        actor = self._actor(text)
        if actor is None or actor.kind != "person":
            actor = self.roles.holder(head, tokens, k, subject_only=True)
        if actor is not None:
            return Source(actor.name, "person", actor.key, self._gender(tokens, actor.name, actor.key), head=lemma)
        words = {lemma, head.lower_}
        gender = "f" if words & cues.FEMALE_NOUNS else "m" if words & cues.MALE_NOUNS else self._own_sex(head)
        return Source(text, "unnamed", head=lemma, gender=gender)

    def _own_sex(self, subject: Token) -> str | None:
        """'The prime minister used his speech ...': the first 'his' or 'her' of the subject's own
        clause (not inside a quote, another subject's clause or a relative clause) is the subject's."""
        verb = subject.head
        skip: set[int] = set()
        for t in verb.subtree:
            if t.i != subject.i and (t.dep_ in ("nsubj", "nsubjpass", "relcl", "acl", "ccomp", "advcl")
                                     or t.i < subject.i):
                skip.update(x.i for x in t.subtree)
        for t in verb.subtree:
            if t.i in skip or t.i <= subject.i or self.quotes.inside(t.idx):
                continue
            if t.dep_ == "poss" and t.lower_ in ("his", "her"):
                return "m" if t.lower_ == "his" else "f"
        return None

    def subject_person(self, k: int) -> Source | None:
        """The named person sentence k's main clause is about, outside quotes, if any."""
        span = self.spans[k]
        if span is None or span.root.pos_ not in ("VERB", "AUX"):
            return None
        for t in span.root.children:
            if t.dep_ != "nsubj":
                continue
            hint = False
            if t.pos_ == "NOUN":
                # "His friend, Saxon Spence, leader of ..., lays the blame ...": the name in apposition
                # (a person's, whatever the tagger thought, when "his"/"her" or a post heads it)
                named = next((c for c in t.children if c.dep_ == "appos" and _names_a_person(t, c)), None)
                t, hint = (named, True) if named is not None else (t, False)
            if t.pos_ == "PROPN" and not self.quotes.inside(t.idx):
                tokens = speaker_phrase(t, exclude=span.root)
                src = self._named(t, tokens, text_of(tokens), person_hint=hint)
                return src if src is not None and src.kind == "person" else None
        return None

    def recent_subject(self, k: int, reach: int) -> Source | None:
        """The person the story has lately been about, for a quote nobody is said to speak in a
        profile ("Morris appears almost evangelical. ... "I think the greatest threat ...""). The
        quote given so keeps the story on them: the reach counts on from it ("A great soundbite.
        "It is the growth of these bodies ..."" is still theirs)."""
        if self.subject_at is not None and k - self.subject_at[1] <= reach:
            self.subject_at = (self.subject_at[0], k)
            return self.subject_at[0]
        return None

    def last_speaker(self) -> Source | None:
        """Who an unattributed quote belongs to: the last source that spoke in the article."""
        for src in reversed(self.history):
            if src.kind != "report" and not src.cited:
                return src
        return None


def _as_clause(verb: Token) -> bool:
    """"His words came as Cardinal X backed Mr Howard's stance": a clause of time the main
    clause leads up to, whose named subject is who the story turns to (the main subject is no
    person: "His words", "The move")."""
    root = verb.head
    if verb.dep_ != "advcl" or root.dep_ != "ROOT" or root.i > verb.i or verb.lemma_.lower() in cues.CUE_VERBS:
        return False    # ("..., as X once declared?": X is cited for the claim, not turned to)
    if not any(c.dep_ == "mark" and c.lower_ in ("as", "when", "after") for c in verb.children):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ in ("PROPN", "PRON") or c.ent_type_ == "PERSON")
                   for c in root.children)


def _proper_run(tokens: list[Token]) -> list[Token]:
    """The stretch of a modifier from its first to its last capitalised word: "Home Office" of
    "senior Home Office press", "Department for Education and Skills" whole; cut at a
    possessive's "'s" ("Information Commissioner's Office" keeps it)."""
    tokens = sorted(tokens, key=lambda t: t.i)
    caps = [j for j, t in enumerate(tokens) if t.text[:1].isupper()]
    if not caps:
        return []
    run = tokens[caps[0]:caps[-1] + 1]
    if any(b.i != a.i + 1 for a, b in zip(run, run[1:])):
        return []   # not one stretch of the text
    return run


def _name_after_remit(head: Token) -> Token | None:
    """"Shadow spokesman for sport Hugh Robertson said": the parse hung the name on the post's
    remit ("for sport"). Not "a spokesman for Hugh Robertson", whose remit is the person."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "on", "of"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and obj.ent_type_ == "PERSON":
                first = min(t.i for t in obj.subtree if t.ent_type_ == "PERSON")
                before = obj.doc[first - 1]
                if before.i > prep.i and before.pos_ == "NOUN" and before.is_lower:
                    return obj
    return None


def _names_a_person(noun: Token, appos: Token) -> bool:
    """'His friend, Saxon Spence', 'the minister, Jo Bell': an apposition that names the
    person a noun of a person stands for."""
    if looks_like_person_name(appos):
        return True
    personal = noun.lemma_.lower() in cues.PERSON_ROLE_NOUNS or any(
        c.dep_ == "poss" and c.lower_ in ("his", "her") for c in noun.children)
    chain = name_chain(appos)
    return personal and appos.pos_ == "PROPN" and appos.ent_type_ not in ("GPE", "LOC", "NORP", "FAC") \
        and len(chain) >= 2 and all(c.text[:1].isupper() for c in chain)


def _definite_post(t: Token) -> bool:
    """'the prime minister', 'the Tory leader': one person's post, singular and definite, no
    owner ("his minister"), nothing after it ("the minister for sport" may be another)."""
    if t.pos_ != "NOUN" or t.tag_ != "NN":
        return False
    lemma = t.lemma_.lower()
    if lemma not in cues.PERSON_ROLE_NOUNS or lemma in cues.UNNAMED_NOUNS:
        return False
    if any(c.dep_ == "poss" or c.i > t.i for c in t.children):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)


def _described_as_post(subject: Token) -> bool:
    """'Piers Freelove is senior benefit officer ...': a name said to hold a person's post,
    even when the tagger saw no person in it."""
    verb = subject.head
    return verb.lemma_ == "be" and any(c.dep_ == "attr" and c.lemma_.lower() in titles.PERSON_ROLE_NOUNS for c in verb.children)


def _head_lemma_of(text: str) -> str:
    """The last word of a cited phrase's head ('four sources familiar with ...' -> 'source')."""
    words = text.lower().split()
    for w in words:
        base = w[:-1] if w.endswith("s") and len(w) > 3 else w
        if w in cues.UNNAMED_NOUNS or base in cues.UNNAMED_NOUNS:
            return base
    return words[-1] if words else ""


def from_title(tokens: list[Token]) -> list[Token]:
    """A name run cut at a title inside it: "the Foreign Policy Centre Mr Straw" (the parse ran
    the centre into the name) is Mr Straw, "Leeds Mrs Dale" Mrs Dale."""
    inner = [j for j, t in enumerate(tokens) if j > 0 and t.lower_.rstrip(".") in cues.NAME_TITLES and j < len(tokens) - 1]
    return tokens[inner[-1]:] if inner else tokens
