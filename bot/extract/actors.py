"""Who an article names: people, organisations, places and groups, one actor each.

The entry point: names found in the prose (bot.extract.name_spans) and described
(bot.extract.descriptions) are joined within the article (a surname or "President
Erdoğan" -> the full-name person; "Israeli" -> Israel) into an ActorTable, which
attribution, coreference and events resolve against. Everything is a few linear passes
over entities and tokens.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from bot.article import Article
from bot.extract.aliases import (
    acronym_target,
    family_name_first,
    family_named_before,
    honorific_aliases,
    is_address,
    named_by_honorific,
    names_a_person,
    person_by_first_name,
    person_by_words,
    person_for,
    surname_forms,
)
from bot.extract.coref import PRONOUN_SEX, coreference_mentions
from bot.extract.cues import BODY_NAME_WORDS, ORGANIZATION_NOUNS
from bot.countries import country_for
from bot.extract.descriptions import add_description, describe
from bot.extract.name_spans import Mention, folded_words, name_mentions
from bot.extract.records import ActorRec, MentionRec, SentenceRec
from bot.extract.role_match import role_matches, role_words
from bot.extract.sex import mention_sex, pronoun_gender, separate_by_sex
from bot.extract.titles import (
    ADDRESS_HONORIFICS,
    ADDRESS_OFFICES,
    KNIGHTLY,
    MORE_ROLE_NOUNS,
    NON_ACTOR_HEADS,
    OFFICES,
    PARTY_WORDS,
    PERSON_ROLE_NOUNS,
    is_honorific_or_rank,
    is_post_nominal,
    is_title_word,
    norm,
)
from bot.names import fold, strip_diacritics


ROYAL_TITLES = frozenset("king queen pope prince princess emperor".split())
# "Prince Charles", "President George" are not the article's Charles Kennedy or George Galloway.
OFFICES_AND_ROYALS = ROYAL_TITLES | ADDRESS_OFFICES


@dataclass
class ActorTable:
    """The article's actors with an alias lookup; what attribution and events resolve against."""

    actors: dict[str, ActorRec] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)        # folded alias -> actor key
    token_actor: dict[int, str] = field(default_factory=dict)    # token index -> actor key
    person_mentions: list[tuple[int, str]] = field(default_factory=list)   # (char offset, key), sorted
    pronoun_actor: dict[int, str] = field(default_factory=dict)  # char offset of he/she -> person (coref)

    def resolve(self, text: str) -> ActorRec | None:
        """'Ms Hewitt' / 'Reuters' / 'Israeli' / 'Erdogan' / 'Netanyahu’s' -> the actor, or None."""
        f = fold(text)
        if not f:
            return None
        words = f.split()
        if words and words[0] == "the":
            words = words[1:]
        while len(words) > 2 and is_post_nominal(words[-1].upper()):
            words = words[:-1]          # "Peter Ainsworth MP" is Peter Ainsworth
        # drop leading title words one at a time: "prime minister netanyahu" -> "netanyahu"
        while words:
            key = self.aliases.get(" ".join(words))
            if key:
                return self.actors[key]
            if len(words) > 1 and is_title_word(words[0]):
                words = words[1:]
                continue
            break
        country = country_for(text)
        if country:
            return self.actors.get(fold(country))
        return None

    def resolve_role(self, text: str, before_offset: int | None = None) -> ActorRec | None:
        """'the prime minister' / 'the Tory leader' / 'the chancellor' -> the article's person
        described so ('Prime Minister Tony Blair', 'Conservative leader Michael Howard').

        The role's head noun and every modifier must appear in one of the person's
        descriptions; a description with a distinguishing word the role lacks ('shadow
        chancellor', 'Prime Minister' for 'the minister') does not match. Of several people,
        the one mentioned last before `before_offset` (a char offset into Article.text; None:
        anywhere in the article) wins."""
        named = self.role_holders(text, before_offset)
        return self.actors[named[-1]] if named else None

    def role_holders(self, text: str, before_offset: int | None = None) -> list[str]:
        """Keys of every person holding the role `text` who is named before `before_offset`,
        ordered by their last mention: more than one means 'the minister' is ambiguous."""
        words = role_words(text)
        if not words:
            return []
        head, mods = words[-1], set(words[:-1])
        holders = set()
        for rec in self.actors.values():
            if rec.kind == "person" and any(role_matches(head, mods, d) for d in rec.descriptions):
                holders.add(rec.key)
        if not holders:
            return []
        last: dict[str, int] = {}
        for pos, key in self.person_mentions:
            if before_offset is not None and pos >= before_offset:
                break
            if key in holders:
                last[key] = pos
        return sorted(last, key=last.__getitem__)

    def actor_at(self, token_index: int) -> ActorRec | None:
        key = self.token_actor.get(token_index)
        return self.actors.get(key) if key else None


def find_actors(article: Article, doc: Doc,
                sentences: list[SentenceRec]) -> tuple[ActorTable, list[ActorRec], list[MentionRec]]:
    """The article's ActorTable, its actors, and every mention of them: names as written
    and the pronouns and roles that stand for a person (sorted by position)."""
    mentions = name_mentions(article, doc)
    for m in mentions:
        describe(doc, m, mentions)
    table = _build_table(doc, mentions)
    recs = _mention_recs(mentions, sentences)
    refs = _references(article, doc, sentences, table, mentions)
    # who 'he' / 'she' is, for the speaker of '"...," he said' (coref's stricter rules first)
    table.pronoun_actor = {r.start: r.actor_key for r in refs if r.text.lower() in PRONOUN_SEX}
    recs += refs
    recs.sort(key=lambda r: (r.start, r.end))
    return table, list(table.actors.values()), recs


def _references(article: Article, doc: Doc, sentences: list[SentenceRec], table: ActorTable,
                mentions: list[Mention]) -> list[MentionRec]:
    """'He', 'her', 'the minister' standing for a person named earlier (bot.extract.coref)."""
    named = [(m.start, m.end, m.key) for m in mentions
             if m.key and table.actors[m.key].kind == "person"
             and not all(norm(w) in PARTY_WORDS for w in re.split(r"[\s\-]+", m.text))]    # "Tory-Labour"
    if not named:
        return []
    sexes: dict[str, str | None] = {}

    def sex_of(key: str) -> str | None:
        if key not in sexes:
            said = {mention_sex(m) for m in mentions if m.key == key} - {None}
            sexes[key] = next(iter(said)) if len(said) == 1 else (
                None if said else pronoun_gender(doc, key, mentions))
        return sexes[key]

    return coreference_mentions(article, doc, sentences, table, named, sex_of)


# Addresses written before a surname, never before a given name alone.
SURNAME_HONORIFICS = frozenset("mr mrs ms miss mx messrs dr prof professor".split())


# Posts held by one person, written before the holder's name.
_POSTS_BEFORE_NAMES = OFFICES | frozenset("spokesman spokeswoman correspondent editor economist analyst professor "
                                          "campaigner candidate".split())


# Last words of a body's name, never of a person's: "Age Concern", "the Fostering Network".
_BODY_HEADS = ORGANIZATION_NOUNS | BODY_NAME_WORDS | frozenset("""concern watch fund foods holdings
industries systems services airlines airways stores markets motors technologies brands""".split())

# Words naming a post or a kind of person, never part of a name ("Councillor Priya Nandakumar").
_ROLE_WORDS = PERSON_ROLE_NOUNS | MORE_ROLE_NOUNS


def _after_a_post(doc: Doc, m: Mention) -> bool:
    """'shadow chancellor Vince Cable': a capitalised two- or three-word name straight after a
    post; a body's name has a body's word in it ('Scottish Borders Council')."""
    words = m.text.split()
    if not 2 <= len(words) <= 3 or not all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words):
        return False
    if any(w.lower() in ORGANIZATION_NOUNS for w in words) or m.start == 0:
        return False
    return doc[m.start - 1].lower_ in _POSTS_BEFORE_NAMES


def _build_table(doc: Doc, mentions: list[Mention]) -> ActorTable:
    table = ActorTable()
    people: list[Mention] = []
    label_votes: dict[str, dict[str, int]] = {}

    def add(m: Mention, name: str) -> str:
        key = fold(name)
        rec = table.actors.get(key)
        if rec is None:
            rec = table.actors[key] = ActorRec(key=key, name=name, kind=m.kind)
        m.key = key
        votes = label_votes.setdefault(key, {})
        votes[m.kind] = votes.get(m.kind, 0) + 1
        return key

    # 0. a name NER calls a person once is a person wherever it is written ("Hori Parata"
    # said / "Hori Parata’s" team tagged as an organisation): labels must not split one name
    person_names = {folded_words(m.text) for m in mentions if m.kind == "person" and len(m.text.split()) >= 2}
    # ... and so is a shorter or fuller form of a person's name ("Te Kaurinui Parata" tagged
    # an organisation beside the person "Te Kaurinui Robert Parata")
    for m in mentions:
        if m.kind == "organization" and names_a_person(folded_words(m.text), list(person_names)):
            m.kind, m.label = "person", "PERSON"
    # ... and so is a two- or three-word name written after a person's post ("shadow chancellor
    # Vince Cable", "Holyrood leader Nicola Sturgeon"), whatever label NER gave it
    for m in mentions:
        if m.kind == "organization" and not m.country and _after_a_post(doc, m):
            m.kind, m.label = "person", "PERSON"
        elif m.kind == "person" and len(m.text.split()) >= 2 and m.text.split()[-1].lower() in _BODY_HEADS:
            m.kind, m.label = "organization", "ORG"  # "Age Concern", "Fostering Network": NER took them for people
    # ... and so is a two- or three-word name NER took for a body or a place, ending in the
    # surname the article writes after "Mr" or "Ms" ("Vincent Cable" ... "Mr Cable said")
    addressed_surnames = {fold(m.text) for m in mentions if m.kind == "person" and len(m.text.split()) == 1
                          and any(norm(t) in SURNAME_HONORIFICS for t in m.titles)}
    for m in mentions:
        words = m.text.split()
        if m.kind in ("organization", "place") and not m.country and 2 <= len(words) <= 3 \
                and fold(words[-1]) in addressed_surnames \
                and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) \
                and not any(w.lower() in _BODY_HEADS or is_title_word(w) or norm(w) in _ROLE_WORDS for w in words):
            m.kind, m.label = "person", "PERSON"    # (not "Councillor Priya Nandakumar": a post and a name)
    singles = {fold(m.text) for m in mentions if len(m.text.split()) == 1}
    # short forms written after an address ("President Yoon", "Mr Xi"; "Sir Menzies" is a
    # knight's first name, no family name)
    addressed = {fold(m.text) for m in mentions if len(m.text.split()) == 1
                 and any(norm(t) not in KNIGHTLY for t in m.titles)}
    used: dict[tuple[str, ...], str] = {}      # short form -> the person it first meant

    # 1. full names of people first, longest first, so shorter forms find them
    persons = [m for m in mentions if m.kind == "person"]
    for m in sorted(persons, key=lambda m: -len(m.text.split())):
        target = person_for(m.text, people, m.start, used) if people else None
        if target is None:
            target = person_by_words(m.text, people)     # "Te Kaurinui" of "Te Kaurinui Robert Parata"
        if target is None and len(m.text.split()) == 1 and (
                not any(norm(t) in OFFICES_AND_ROYALS or norm(t) in SURNAME_HONORIFICS for t in m.titles)
                or not any(norm(t) in ROYAL_TITLES for t in m.titles)
                and family_name_first(m.text, people, singles, addressed)):
            # "Menzies" / "Sir Menzies" in an article about Menzies Campbell; "President Yoon"
            # of Yoon Suk Yeol, whose short form is his first (family) name; but "Prince
            # Charles" is not Charles Kennedy: a royal's one name is a given name; and "Mr
            # Howard" is a surname, not Howard Flight
            target = person_by_first_name(m.text, people)
        if target is None and len(m.text.split()) == 1:
            target = family_named_before(m.text, people, m.start)  # "Lee said" after "Lee Jae-myung"
        if target is not None:
            m.key = target.key
        elif norm(m.text) in NON_ACTOR_HEADS:
            m.key = None            # "Bill" of a bill whose sponsor is not named
        else:
            add(m, m.text)
            people.append(m)
    # 2. everyone else; a lone surname under another label still is that person
    orgs: list[Mention] = []
    spelt_later: list[Mention] = []     # initials written before the body's full name
    for m in mentions:
        if m.kind in ("person", "title"):
            continue
        if m.country:
            add(m, m.country)
            continue
        target = None
        if len(m.text.split()) == 1:
            target = person_for(m.text, people, m.start, used)
            if target is None and family_name_first(m.text, people, singles, addressed):
                target = person_by_first_name(m.text, people)
            if target is None:
                target = family_named_before(m.text, people, m.start)
        if target is not None:
            m.key = target.key
            continue
        acronym_of = acronym_target(m.text, orgs) if m.kind == "organization" else None
        if acronym_of is not None:
            m.key = acronym_of.key
            continue
        if m.kind == "organization" and acronym_target(m.text, [o for o in mentions if o.start > m.start
                                                               and o.kind == "organization" and not o.country]):
            spelt_later.append(m)   # "the EU" before "the European Union": one body, named in full
            continue
        add(m, m.text)
        if m.kind == "organization":
            orgs.append(m)
    for m in spelt_later:
        acronym_of = acronym_target(m.text, orgs)
        if acronym_of is not None and acronym_of.key:
            m.key = acronym_of.key
        else:
            add(m, m.text)
    separate_by_sex(doc, mentions, people, add)
    family_first = {p.key for p in people if family_name_first(p.text.split()[0], people, singles, addressed)}

    def surnames_of(rec: ActorRec) -> list[str]:
        if rec.key in family_first:
            return rec.name.split()[:1]
        return surname_forms(rec.name)

    # 3. kinds by majority; aliases, titles and descriptions from every mention
    for key, votes in label_votes.items():
        table.actors[key].kind = max(votes, key=lambda k: (votes[k], k == "person"))
    honorifics: dict[str, set[str]] = {}
    for m in mentions:
        rec = table.actors.get(m.key or "")
        if rec is None:
            continue
        rec.aliases.add(m.text)
        if rec.kind == "person" and m.titles:
            honorifics.setdefault(rec.key, set()).update(
                norm(t) for t in m.titles if norm(t) in ADDRESS_HONORIFICS)
            if is_address(m.titles):
                # "President Erdoğan", "Cardinal Murphy-O'Connor", "Maj. Gen. Gofman", "Ms Hewitt"
                forms = {m.text, *surnames_of(rec)[-1:]}
                heads = {" ".join(m.titles)}
                if is_honorific_or_rank(m.titles[-1]):
                    heads.add(m.titles[-1])
                rec.aliases.update(f"{h} {f}" for h in heads for f in forms)
        for d in m.descriptions:
            add_description(rec, d)
    surname_owners: dict[str, set[str]] = {}
    for rec in table.actors.values():
        if rec.kind == "person" and not named_by_honorific(rec.name):
            for s in surnames_of(rec) or [rec.name]:
                surname_owners.setdefault(fold(s), set()).add(rec.key)
    for rec in table.actors.values():
        rec.aliases.add(rec.name)
        if rec.kind == "person":
            own = [s for s in surnames_of(rec) if surname_owners.get(fold(s)) == {rec.key}]
            rec.aliases.update(own)
            honorific_aliases(doc, rec, honorifics.get(rec.key, set()), own, mentions)
        plain = {strip_diacritics(a) for a in rec.aliases}
        rec.aliases |= plain
        for a in rec.aliases:
            table.aliases.setdefault(fold(a), rec.key)
    for m in mentions:
        if m.key and table.actors[m.key].kind == "person":
            table.person_mentions.append((m.cstart, m.key))
    table.person_mentions.sort()
    # 4. offices standing alone ("the Cardinal said", "the Home Secretary") are their holder
    for m in mentions:
        if m.kind != "title":
            continue
        holder = table.resolve_role(m.text, m.cstart)
        if holder is not None:
            m.key = holder.key
        elif m.label == "PERSON" and len(m.text.split()) == 1 and norm(m.text) in ROYAL_TITLES \
                and m.start > 0 and doc[m.start - 1].lower_ == "the":
            rec = table.actors.get(fold(m.text)) or ActorRec(key=fold(m.text), name=m.text, kind="person")
            table.actors[rec.key] = rec                 # "the Queen": known by her title
            rec.aliases.add(m.text)
            table.aliases.setdefault(rec.key, rec.key)
            m.key = rec.key
    for m in mentions:
        if m.key:
            for k in range(m.start, m.end):
                table.token_actor[k] = m.key
    return table


def _mention_recs(mentions: list[Mention], sentences: list[SentenceRec]) -> list[MentionRec]:
    starts = [s.start for s in sentences]
    out = []
    for m in mentions:
        if not m.key:
            continue
        i = bisect.bisect_right(starts, m.cstart) - 1
        if i < 0 or m.cstart >= sentences[i].end:
            continue
        out.append(MentionRec(sentence=i, actor_key=m.key, start=m.cstart, end=m.cend, text=m.text))
    return out
