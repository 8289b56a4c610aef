"""Who an article names: people, organisations, places and groups, one actor each.

spaCy's entities are the raw material. They are cleaned (no "the", no possessive, no
title words), filtered (numbers, dates, weather widgets and menus are not actors),
folded (countries and their demonyms: "Israeli" -> Israel; "the US" -> United States)
and joined within the article (a surname or "President Erdoğan" -> the full-name person).
Descriptions come from the parse: the title before a name and appositions beside it.
Everything is a few linear passes over entities and tokens.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from bot.article import Article
from bot.extract.coref import coreference_mentions
from bot.extract.countries import country_for, country_for_demonym, is_demonym_word
from bot.extract.records import ActorRec, MentionRec, SentenceRec
from bot.extract.sentences import paragraph_spans
from bot.extract.titles import (
    ADDRESS_HONORIFICS,
    ADDRESS_OFFICES,
    FEMALE_HONORIFICS,
    HONORIFIC_GENDER,
    KNIGHTLY,
    MALE_HONORIFICS,
    NON_ACTOR_HEADS,
    OFFICE_VOCAB,
    OFFICES,
    ORG_NOUNS,
    PARTY_WORDS,
    PERSON_ROLE_NOUNS,
    is_droppable_title,
    is_honorific_or_rank,
    is_role_noun,
    is_role_word,
    is_title_word,
    norm,
)
from bot.names import fold, strip_diacritics

ENTITY_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place",
                "FAC": "place", "NORP": "group"}

# Name particles written in lower case: "al-Assad", "bin Laden", "de Gaulle".
PARTICLES = frozenset("al el ad as ash at az ben bin ibn abu abd da de del della der di dos du la le van von ter".split())
_POSSESSIVE_END = re.compile(r"(?:['’]s|s['’]|['’])$")
_LEADING_PUNCT = "\"'“”‘’-–—([{"
_MAX_NAME_TOKENS = 10
PEER_TITLES = frozenset(("Lord", "Lady", "Baroness", "Baron", "Earl", "Viscount", "Duke", "Duchess"))
_MAX_DESCRIPTION_TOKENS = 30
# Last words that make an office-vocabulary phrase an institution: "Home Office", "the Treasury".
INSTITUTION_HEADS = frozenset("""office department ministry committee council treasury cabinet commons
lords house government assembly parliament executive service agency board commission""".split())
_PROSE_END = re.compile(r"[.!?:;\"”’)]\s*$")


@dataclass
class _Mention:
    start: int              # token span of the name itself, without title/det/possessive
    end: int
    cstart: int             # char span of the name
    cend: int
    text: str
    kind: str
    label: str
    country: str | None = None
    tstart: int = -1        # first token of the titles written inside the entity ("Ms" Hewitt)
    titles: list[str] = field(default_factory=list)      # title words just before it
    descriptions: list[str] = field(default_factory=list)
    key: str | None = None


@dataclass
class ActorTable:
    """The article's actors with an alias lookup; what attribution and events resolve against."""

    actors: dict[str, ActorRec] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)        # folded alias -> actor key
    token_actor: dict[int, str] = field(default_factory=dict)    # token index -> actor key
    person_mentions: list[tuple[int, str]] = field(default_factory=list)   # (char offset, key), sorted

    def resolve(self, text: str) -> ActorRec | None:
        """'Ms Hewitt' / 'Reuters' / 'Israeli' / 'Erdogan' / 'Netanyahu’s' -> the actor, or None."""
        f = fold(text)
        if not f:
            return None
        words = f.split()
        if words and words[0] == "the":
            words = words[1:]
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
        words = _role_words(text)
        if not words:
            return []
        head, mods = words[-1], set(words[:-1])
        holders = set()
        for rec in self.actors.values():
            if rec.kind == "person" and any(_role_matches(head, mods, d) for d in rec.descriptions):
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


_ROLE_NOISE = frozenset("the a an his her their its our this that new current".split())
# Words that make a different role of the same head: a shadow chancellor is no chancellor.
_DISTINGUISHING = frozenset("prime vice deputy shadow former ex then junior assistant acting co".split())
# Spellings of one affiliation: "Tory leader" is the "Conservative leader".
_ROLE_SYNONYMS = {"tory": "conservative", "tories": "conservative", "conservatives": "conservative",
                  "dems": "dem", "democrat": "dem", "democrats": "dem", "liberal": "lib",
                  "pm": "prime minister", "uk": "british", "britain": "british", "labour's": "labour"}


def _role_words(text: str) -> list[str]:
    out = []
    for w in fold(text).replace("-", " ").split():
        if w in _ROLE_NOISE:
            continue
        out.extend(_ROLE_SYNONYMS.get(w, w).split())
    return out


@functools.lru_cache(maxsize=4096)
def _role_description_words(description: str) -> frozenset[str]:
    return frozenset(_role_words(description))


def _role_matches(head: str, mods: set[str], description: str) -> bool:
    words = _role_description_words(description)
    if head not in words or not mods <= words:
        return False
    return not ((words & _DISTINGUISHING) - mods) and not _head_only_owns(head, description)


@functools.lru_cache(maxsize=4096)
def _head_only_owns(head: str, description: str) -> bool:
    """"the chancellor's friend" holds no chancellorship: the head word is only an owner."""
    owner = False
    for raw in description.replace("-", " ").split():
        word = raw.strip(_LEADING_PUNCT + ".,;:")
        poss = bool(_POSSESSIVE_END.search(word))
        w = fold(word)
        if head in _ROLE_SYNONYMS.get(w, w).split():
            if not poss:
                return False
            owner = True
    return owner


def find_actors(article: Article, doc: Doc,
                sentences: list[SentenceRec]) -> tuple[ActorTable, list[ActorRec], list[MentionRec]]:
    prose = _prose_ranges(article)
    mentions = _entity_mentions(doc, prose)
    mentions += _unlabelled_mentions(doc, prose, mentions)
    mentions.sort(key=lambda m: m.start)
    _drop_title_fragments(doc, mentions)
    for m in mentions:
        _describe(doc, m, mentions)
    table = _build_table(doc, mentions)
    recs = _mention_recs(mentions, sentences)
    recs += _references(article, doc, sentences, table, mentions)
    recs.sort(key=lambda r: (r.start, r.end))
    return table, list(table.actors.values()), recs


def _references(article: Article, doc: Doc, sentences: list[SentenceRec], table: ActorTable,
                mentions: list[_Mention]) -> list[MentionRec]:
    """'He', 'her', 'the minister' standing for a person named earlier (bot.extract.coref)."""
    named = [(m.start, m.end, m.key) for m in mentions
             if m.key and table.actors[m.key].kind == "person"
             and not all(norm(w) in PARTY_WORDS for w in re.split(r"[\s\-]+", m.text))]    # "Tory-Labour"
    if not named:
        return []
    sexes: dict[str, str | None] = {}

    def sex_of(key: str) -> str | None:
        if key not in sexes:
            said = {_mention_sex(m) for m in mentions if m.key == key} - {None}
            sexes[key] = next(iter(said)) if len(said) == 1 else (
                None if said else _pronoun_gender(doc, key, mentions))
        return sexes[key]

    return coreference_mentions(article, doc, sentences, table, named, sex_of)


# ---------------------------------------------------------------- where prose is

def _prose_ranges(article: Article) -> list[tuple[int, int]]:
    """Char ranges of paragraphs that are prose. Widgets and menus ("8.9 C / Frankfurt am
    Main", "More News") are short lines without a sentence mark: their names are no actors."""
    out = []
    text = article.text
    for p in paragraph_spans(article):
        lines = text[p.start:p.end].split("\n")
        if any(_PROSE_END.search(ln) or len(ln.split()) >= 6 for ln in lines):
            out.append((p.start, p.end))
    return out


def _in_ranges(ranges: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(ranges, (pos, float("inf"))) - 1
    return i >= 0 and ranges[i][0] <= pos < ranges[i][1]


# ---------------------------------------------------------------- mentions

def _entity_mentions(doc: Doc, prose: list[tuple[int, int]]) -> list[_Mention]:
    out = []
    for ent in doc.ents:
        if ent.label_ not in ENTITY_KINDS or not _in_ranges(prose, ent.start_char):
            continue
        for part in _split_possessive(doc, ent):
            m = _clean(doc, part)
            if m is not None:
                out.append(m)
    return out


def _split_possessive(doc: Doc, ent: Span) -> list[Span]:
    """"Parata’s Ngātiwai" is two names, the owner and what he owns; NER may join them.
    An inner possessive ends one name; the owner keeps the entity's label only when it is a
    person or organisation label (the owner of a tribe is no tribe), else it is left to resolve."""
    cuts = [t.i for t in ent[:-1] if t.tag_ == "POS" and t.i > ent.start]
    if not cuts:
        return [ent]
    out, s = [], ent.start
    for c in cuts:
        if c > s:
            out.append(Span(doc, s, c, label=ent.label_))
        s = c + 1
    if s < ent.end:
        out.append(Span(doc, s, ent.end, label=ent.label_))
    return out


def _clean(doc: Doc, ent: Span) -> _Mention | None:
    """Strip determiners, titles and possessives; refuse what cannot be a name."""
    if "\n" in ent.text or len(ent) > _MAX_NAME_TOKENS:
        return None
    s, e = ent.start, ent.end
    label = ent.label_
    titles: list[str] = []
    while s < e and (doc[s].lower_ in ("the", "a", "an") or doc[s].text in _LEADING_PUNCT):
        s += 1
    tstart = s
    # title words inside the entity: "Ms Hewitt", "President Donald Trump", "Maj. Gen. X";
    # other labels lose only honorifics ("General Election" is no General)
    strip = is_title_word if label == "PERSON" else is_droppable_title
    while s < e - 1 and (doc[s].text == "." or strip(doc[s].text) and doc[s].text[:1].isupper()):
        if doc[s].text != ".":
            titles.append(_fix_abbrev(doc, doc[s]))
        s += 1
    while e > s and (doc[e - 1].tag_ == "POS" or doc[e - 1].text in _LEADING_PUNCT + ".,;:"):
        e -= 1
    if s >= e:
        return None
    if label == "PERSON":
        # "Lib Dem MP Lembit Opik", "Labour's Alan Milburn": affiliation and office are
        # description; the name starts after the last of them
        cut = _name_start_after_affiliation(doc, s, e)
        if cut > s:
            s, titles = cut, []
    if s == tstart and label in ("PERSON", "ORG"):
        # "Shani Rhys James", "Cardinal Cormac Murphy-O'Connor": NER left a first name outside
        s2 = _extend_name_left(doc, s, e)
        if label == "ORG":
            if s2 > 0 and _addresses(doc[s2 - 1]):
                s, label = s2, "PERSON"     # a title before it: a person NER took for an organisation
        else:
            s = s2
        tstart = s
    if label == "PERSON":
        e = _extend_name_right(doc, s, e)
    # peers are known by their title: "Lord" + "Strathclyde" -> "Lord Strathclyde"
    if label == "PERSON" and s == tstart and s > 0 and doc[s - 1].text in PEER_TITLES:
        s -= 1
        tstart = s
    cstart, cend = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    text = doc[s:e].text     # (doc.text would rebuild the whole text)
    poss = _POSSESSIVE_END.search(text)
    if poss and len(text) > 3:
        cend -= len(poss.group(0))
        text = text[: len(text) - len(poss.group(0))]
    if not _looks_like_name(text):
        return None
    words = [norm(w) for w in text.split()]
    office = False
    if label in ("PERSON", "ORG") and all(w in OFFICE_VOCAB for w in words) and not poss:
        # NER's "Home" of "the Home Secretary": the office title continues after the entity
        e2 = e
        while e2 < len(doc) and e2 - s < _MAX_NAME_TOKENS and norm(doc[e2].text) in OFFICE_VOCAB \
                and (doc[e2].text[:1].isupper() or norm(doc[e2].text) in OFFICES) and doc[e2].ent_iob_ != "B":
            e2 += 1
        if e2 > e and is_title_word(doc[e2 - 1].text):
            e = e2
            cend = doc[e - 1].idx + len(doc[e - 1].text)
            text = doc[s:e].text
            words = [norm(w) for w in text.split()]
    if label in ("PERSON", "ORG", "NORP") and all(w in PARTY_WORDS for w in words) and len(words) > 1:
        label = "NORP"      # "Lib Dems", "Lib Dem": the party's people, not a person
    elif label in ("PERSON", "ORG") and all(w in OFFICE_VOCAB or w in PARTY_WORDS for w in words) \
            and is_title_word(words[-1]) and not any(w in PEER_TITLES for w in text.split()):
        # "Home Secretary", "the Cardinal", "Trade Secretary": an office, which stands for
        # its holder when the article names one (resolved in _build_table), never an actor
        office = True
    only_titles = label == "PERSON" and all(w in OFFICE_VOCAB or w in PARTY_WORDS for w in words) \
        and not all(w in PARTY_WORDS for w in words)
    if not office and (only_titles or label in ("PERSON", "ORG") and all(w in PEER_TITLES for w in text.split())):
        return None         # "Lib Dem Home Affairs", "Lord" (of 'Tory Treasurer Lord')
    honorific = bool(titles and any(is_honorific_or_rank(t) for t in titles)) or (
        s == ent.start and s > 0 and is_honorific_or_rank(doc[s - 1].text) and doc[s - 1].text[:1].isupper())
    if honorific and not office and label != "NORP":
        label = "PERSON"    # "Mr Blair" is a person whatever NER thought
    if label == "PERSON" and not honorific and not office:
        label = "NORP" if all(w in PARTY_WORDS for w in words) else _person_label_check(doc, s, e, text)
        if label is None:
            return None
    country = None
    if not office and (label != "PERSON" or len(text.split()) == 1):
        country = country_for_demonym(text) if label == "NORP" else country_for(text)
    kind = "title" if office else "place" if country else ENTITY_KINDS[label]
    return _Mention(s, e, cstart, cend, text, kind, label, country=country, titles=titles, tstart=tstart)


def _is_affiliation(t: Token) -> bool:
    w = norm(t.text)
    if t.text in PEER_TITLES:
        return False        # "Lord Cullen": the peer's title is part of the name
    return w in PARTY_WORDS or t.tag_ == "POS" or is_demonym_word(t.lower_) \
        or (is_role_word(t.text) and not is_honorific_or_rank(t.text) and w not in ("justice",))


def _name_start_after_affiliation(doc: Doc, s: int, e: int) -> int:
    """First token of the name proper inside a PERSON entity (s if nothing precedes it)."""
    cut = s
    for k in range(s, e - 1):
        if _is_affiliation(doc[k]):
            cut = k + 1
    # keep at least one capitalised word that is no affiliation; "Lib Dem" stays whole
    if cut >= e or not doc[cut].text[:1].isupper() or all(_is_affiliation(doc[k]) for k in range(cut, e)):
        return s
    return cut


def _extend_name_left(doc: Doc, s: int, e: int) -> int:
    """Capitalised words right before a name that the parser joins to it: a first name."""
    k = s
    sent_start = doc[s].sent.start
    while k > sent_start and s - k < 2:
        t = doc[k - 1]
        if not (t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_iob_ == "O" and t.is_alpha
                and t.dep_ == "compound" and s <= t.head.i < e):
            break
        if is_title_word(t.text) or t.text in PEER_TITLES or norm(t.text) in PARTY_WORDS or is_role_word(t.text) \
                or is_demonym_word(t.lower_) or country_for(t.text) or t.text.isupper() or t.tag_ == "NNPS" \
                or t.lower_.endswith(("ite", "ist", "ism")):
            break
        k -= 1
    return k


def _extend_name_right(doc: Doc, s: int, e: int) -> int:
    """"Yoon Suk" + "Yeol": NER may stop a three-part name early (Korean, Chinese, Spanish
    names). Capitalised proper nouns that follow the name directly, outside any entity and
    not beginning a sentence, a title or a verb, are the rest of the name."""
    k = e
    while k < len(doc) and k - s < 4:
        t = doc[k]
        prev = doc[k - 1]
        if not (t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.ent_iob_ == "O"
                and prev.whitespace_ == " " and prev.is_alpha and prev.tag_ != "POS"
                and not t.is_sent_start and not is_title_word(t.text) and t.text not in PEER_TITLES
                and norm(t.text) not in PARTY_WORDS and not is_demonym_word(t.lower_)
                and not country_for(t.text) and norm(t.text) not in NON_ACTOR_HEADS):
            break
        k += 1
    return k


_LOCATIVE_PREPS = frozenset("in at near across around outside inside throughout".split())
_PLACE_NOUNS = frozenset("""constituency seat area city town village county prison airport station
hospital ward borough district region suburb estate constituents council""".split())


def _placed(t: Token) -> bool:
    """A one-word name used as a place: object of 'in'/'at', or modifier of 'constituency'."""
    if t.dep_ == "pobj" and t.head.lower_ in _LOCATIVE_PREPS:
        return True
    return t.dep_ in ("compound", "poss") and t.head.lower_ in _PLACE_NOUNS


def _addresses(t: Token) -> bool:
    """A capitalised word that addresses the person after it: 'Cardinal', 'Mr', 'Gen.'."""
    return t.text[:1].isupper() and (is_honorific_or_rank(t.text) or norm(t.text) in ADDRESS_OFFICES)


def _person_label_check(doc: Doc, s: int, e: int, text: str) -> str | None:
    """NER's PERSON on an acronym ('BAA'), a plural ('Lib Dems') or a bill ('Bill'): fix or refuse."""
    words = text.split()
    if text.isupper() and len(text) >= 2 and len(words) == 1:
        return "ORG"
    last = doc[e - 1]
    if last.tag_ == "NNPS" and last.text.endswith("s") and all(norm(w) in PARTY_WORDS for w in words[:-1]):
        return "NORP"       # "Lib Dems", "Borderers": a plural names a group
    if len(words) == 1 and _placed(doc[e - 1]):
        return "GPE"        # "in Luton", "Sedgefield constituency": NER's person is a place
    if norm(words[-1]) in NON_ACTOR_HEADS and (len(words) > 1 or s > 0 and doc[s - 1].text[:1].isupper()
                                               and doc[s - 1].dep_ == "compound"):
        return None
    return "PERSON"


def _looks_like_name(text: str) -> bool:
    """Names have a capital letter, start with a letter (or a particle) and are not numbers."""
    if not text or not any(c.isupper() for c in text):
        return False
    if not text[0].isalpha():
        return False
    if text[0].islower():
        first = re.split(r"[\s\-]", text, maxsplit=1)[0]
        if first not in PARTICLES:
            return False
    letters = sum(c.isalpha() for c in text)
    digits = sum(c.isdigit() for c in text)
    return letters >= 2 and digits <= letters // 2


def _unlabelled_mentions(doc: Doc, prose: list[tuple[int, int]], found: list[_Mention]) -> list[_Mention]:
    """What NER left out: demonyms ("Turkish-backed") and people named beside a title
    ("The Shadow Secretary ..., Theresa May,"; "Ms Smith")."""
    taken = set()
    for m in found:
        taken.update(range(m.start, m.end))
    out: list[_Mention] = []
    i, n = 0, len(doc)
    while i < n:
        t = doc[i]
        if i in taken or t.ent_iob_ != "O" and t.ent_type_ in ENTITY_KINDS:
            i += 1
            continue
        first = t.text[:1]
        if not first.isupper() or not _in_ranges(prose, t.idx):
            i += 1
            continue
        if is_demonym_word(t.lower_):
            country = country_for_demonym(t.text)
            out.append(_Mention(i, i + 1, t.idx, t.idx + len(t.text), t.text, "place", "NORP", country=country))
            i += 1
            continue
        if t.pos_ == "PROPN" and t.is_title and not is_title_word(t.text):
            j = i
            while j < n and j - i < 4 and doc[j].pos_ == "PROPN" and doc[j].is_title and j not in taken \
                    and doc[j].ent_iob_ == "O" and not is_title_word(doc[j].text):
                j += 1
            if _is_titled_person(doc, i, j):
                span = doc[i:j]
                out.append(_Mention(i, j, span.start_char, span.end_char, span.text, "person", "PERSON"))
                i = j
                continue
            i = max(j, i + 1)
            continue
        i += 1
    return out


def _is_titled_person(doc: Doc, i: int, j: int) -> bool:
    if j <= i or any(c.isdigit() for c in doc[i:j].text) or country_for(doc[i:j].text):
        return False
    before = doc[i - 1] if i > 0 else None
    if before is not None and is_honorific_or_rank(before.text) and before.text[:1].isupper():
        return True
    root = doc[j - 1]
    if j - i >= 2 and root.dep_ == "appos" and root.head.lower_ in PERSON_ROLE_NOUNS:
        return True
    return False


def _drop_title_fragments(doc: Doc, mentions: list[_Mention]) -> None:
    """'the Trade and Industry' (Secretary), 'Shadow' / 'State' (Secretary of State): NER
    pieces of an office title are not organisations."""
    keep = []
    for m in mentions:
        words = [norm(w) for w in m.text.split()]
        if m.label == "ORG" and all(w in OFFICE_VOCAB for w in words) and words[-1] not in INSTITUTION_HEADS \
                and _near_office_word(doc, m):
            continue
        keep.append(m)
    mentions[:] = keep


def _near_office_word(doc: Doc, m: _Mention) -> bool:
    lo, hi = max(0, m.start - 3), min(len(doc), m.end + 3)
    return any(doc[k].lower_ in ("secretary", "minister", "spokesman", "spokeswoman", "spokesperson",
                                 "chancellor", "committee")
               for k in range(lo, hi) if not m.start <= k < m.end)


# ---------------------------------------------------------------- descriptions

def _describe(doc: Doc, m: _Mention, mentions: list[_Mention]) -> None:
    if m.kind == "person":
        _title_prefix(doc, m)
    elif m.kind == "organization":
        _org_prefix(doc, m)
    if m.kind not in ("person", "organization"):
        return
    root = doc[m.end - 1]
    if root.dep_ == "appos" and not (m.start <= root.head.i < m.end):
        h = root.head
        if _is_description_head(h) and not _inside_name(h.i, mentions):
            span = _np_without(doc, h, exclude={root.i})
            d = _description(doc, *span, m.kind) if span else None
            if d:
                m.descriptions.append(d)
    for c in root.children:
        if c.dep_ == "appos" and c.i >= m.end and _is_description_head(c) and not _inside_name(c.i, mentions):
            # "Syria, an Israeli news outlet reported": a clause the parser took for an apposition
            if any(t.dep_ == "acl" and t.tag_ == "VBD" for t in c.subtree):
                continue
            span = _np_without(doc, c, exclude=set())
            d = _description(doc, *span, m.kind) if span else None
            if d:
                m.descriptions.append(d)


def _is_description_head(t: Token) -> bool:
    """'a fellow', 'director general', 'Foreign Secretary' describe; 'Wednesday', 'Otis' don't."""
    if t.ent_type_ and not is_role_noun(t.text):
        return False
    if t.pos_ == "NOUN":
        return True
    return t.pos_ == "PROPN" and (t.lower_ in PERSON_ROLE_NOUNS or t.lower_ in OFFICE_VOCAB)


# Words that date or place a sentence in time rather than describe anyone.
_TIME_WORDS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december today yesterday tomorrow tonight earlier later
now currently meanwhile also still recently last next this weekend morning evening
""".split())
# Leading adverbs a description keeps: "then Home Secretary" is not the Home Secretary now.
_KEPT_ADVERBS = frozenset(("then", "once", "formerly", "soon-to-be"))


def _description(doc: Doc, start: int, end: int, kind: str) -> str | None:
    """The words doc[start:end] as a description of one person or organisation, or None.

    A description says what the actor is: its head is a role ('spokesman', 'Foreign
    Secretary', 'economist'), for organisations an organisation noun ('watchdog'), or a party
    ('Liberal Democrat'). Dates ('Wednesday'), plurals ('their cabinet colleagues') and other
    things ('the stamp duty threshold') are refused; leading adverbs ('Earlier') are dropped
    and a hyphenated word cut at the edge is made whole ('Tory co' -> 'Tory co-chairman')."""
    n = len(doc)
    # make hyphenated words whole: "co-" | "chairman", "Tory co" | "-chairman"
    while start >= 2 and doc[start - 1].text in "-–" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_:
        start -= 2
    while end + 1 < n and doc[end].text in "-–" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].is_alpha:
        end += 2
    while start > 0 and doc[start - 1].dep_ in ("compound", "amod") and start <= doc[start - 1].head.i < end \
            and doc[start - 1].sent.start <= start - 1 and not doc[start - 1].is_punct and doc[start - 1].whitespace_:
        if doc[start - 1].ent_type_ in ("DATE", "TIME"):
            break
        start -= 1
    # leading adverbs, dates, conjunctions and bare numbers ("BBC News 24 political correspondent")
    while start < end:
        t = doc[start]
        low = t.lower_
        if t.is_punct or low in ("and", "but", "or", "while", "as") or t.ent_type_ in ("DATE", "TIME") \
                or low in _TIME_WORDS and t.ent_type_ in ("", "DATE", "TIME") or t.tag_ in ("WRB", "WDT", "WP") \
                or (t.pos_ == "ADV" and low not in _KEPT_ADVERBS) \
                or (t.text[:1].isdigit() and not (start + 1 < end and doc[start + 1].text in "-–")):
            start += 1
            continue
        break
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("and", "but", "or")):
        end -= 1
    if start >= end or end - start > _MAX_DESCRIPTION_TOKENS:
        return None
    head = _span_head(doc, start, end)
    word = _whole_word(doc, head).lower()
    if head.tag_ in ("NNS", "NNPS") and not head.text[:1].isupper() or head.tag_ == "NNS":
        return None                     # "their cabinet colleagues": not one person
    if kind == "person" and end - start <= 3 and head.tag_ != "NNPS" \
            and (head.ent_type_ == "NORP" or norm(head.text) in PARTY_WORDS):
        pass                            # "Liberal Democrat", "Lib Dem": the party is what they are
    elif is_role_noun(word) or is_role_noun(head.text):
        pass
    elif kind == "organization" and (word in ORG_NOUNS or head.lower_ in ORG_NOUNS):
        pass
    else:
        return None
    text = doc[start:end].text
    return text if any(c.isalpha() for c in text) else None


def _span_head(doc: Doc, start: int, end: int) -> Token:
    """The rightmost token of doc[start:end] whose head lies outside it: the phrase's head."""
    best = doc[end - 1]
    for k in range(start, end):
        t = doc[k]
        if not start <= t.head.i < end or t.head.i == t.i:
            best = t
    return best


def _whole_word(doc: Doc, t: Token) -> str:
    """'co-chairman' from the tokens 'co', '-', 'chairman' around 'chairman'."""
    i = j = t.i
    while i > 0 and not doc[i - 1].whitespace_ and (doc[i - 1].text in "-–" or doc[i].text in "-–"):
        i -= 1
    while j + 1 < len(doc) and not doc[j].whitespace_ and (doc[j + 1].text in "-–" or doc[j].text in "-–"):
        j += 1
    return doc[i:j + 1].text


def _title_prefix(doc: Doc, m: _Mention) -> None:
    """'Israeli military secretary Maj. Gen. Roman Gofman' -> description 'Israeli military
    secretary', titles ['Maj.', 'Gen.']: modifiers of the name that sit right before it
    (inside the entity too: 'Lib Dem MP' of 'Lib Dem MP Lembit Opik')."""
    first = m.tstart if 0 <= m.tstart < m.start else m.start
    left = first
    for k in range(first, m.end):
        for c in doc[k].lefts:
            if c.i < first and c.dep_ in ("compound", "amod", "nmod", "appos", "punct"):
                left = min(left, c.left_edge.i)
    # every token between left and the name must hang from the name (contiguous prefix)
    left = max(left, doc[m.start].sent.start)
    k = first - 1
    while k >= left:
        h = doc[k]
        while h.head.i != h.i and not (first <= h.i < m.end) and h.i >= left:
            h = h.head
        if not (first <= h.i < m.end):
            break
        k -= 1
    left = min(k + 1, first)
    if left >= m.start:
        _bare_titles(doc, m, m.start)
        return
    toks = list(doc[left:m.start])
    # trailing honorifics/ranks are titles, not description: "... secretary Maj. Gen."
    end = len(toks)
    while end > 0 and (is_droppable_title(toks[end - 1].text) or toks[end - 1].is_punct):
        end -= 1
    trailing = [t for t in toks[end:] if not t.is_punct]
    # capitalised office words right before the name also title it: "President" Erdoğan
    e2 = end
    while e2 > 0 and toks[e2 - 1].text[:1].isupper() and is_title_word(toks[e2 - 1].text):
        e2 -= 1
    m.titles = [t.text for t in toks[e2:end]] + [_fix_abbrev(doc, t) for t in trailing]
    if left == first and not m.titles:
        _bare_titles(doc, m, first)
    while end > 0 and toks[0].is_punct:
        toks, end = toks[1:], end - 1
    if end > 0:
        desc = _description(doc, toks[0].i, toks[end - 1].i + 1, m.kind)
        if desc:
            m.descriptions.append(desc)


def _org_prefix(doc: Doc, m: _Mention) -> None:
    """'UK airport operator BAA', 'engineering firm Balfour Beatty': a common-noun phrase
    hanging right before an organisation's name describes it."""
    k = m.start - 1
    if k < 0 or doc[k].pos_ != "NOUN" or not (m.start <= doc[k].head.i < m.end):
        return
    left = doc[k].left_edge.i
    if left < doc[m.start].sent.start or any(doc[j].ent_type_ in ("PERSON", "ORG") for j in range(left, k + 1)):
        return
    d = _description(doc, left, k + 1, "organization")
    if d:
        m.descriptions.append(d)


def _bare_titles(doc: Doc, m: _Mention, first: int) -> None:
    """No parsed prefix: still pick up 'Ms' / 'President' written right before the name."""
    k = first - 1
    found = []
    while k >= 0 and doc[k].text[:1].isupper() and (is_title_word(doc[k].text) or doc[k].text == "."):
        if doc[k].text != ".":
            found.append(_fix_abbrev(doc, doc[k]))
        k -= 1
    m.titles = found[::-1] + m.titles


def _fix_abbrev(doc: Doc, t: Token) -> str:
    """'Maj' followed by a separate '.' token is written 'Maj.'."""
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    return t.text + "." if nxt is not None and nxt.text == "." and nxt.idx == t.idx + len(t.text) else t.text


def _np_without(doc: Doc, h: Token, exclude: set[int]) -> tuple[int, int] | None:
    """The noun phrase headed by h, up to the first excluded apposition, clause, conjunct or comma."""
    banned: set[int] = set()
    for c in h.children:
        if c.i in exclude or c.dep_ in ("appos", "relcl", "acl", "conj", "cc") and c.i > h.i:
            banned.update(range(c.left_edge.i, c.right_edge.i + 1))
    start = h.left_edge.i
    end = start
    for k in range(start, h.right_edge.i + 1):
        if k in banned or (k > h.i and doc[k].text in ",;:("):
            break
        end = k + 1
    return (start, end) if end > start else None


def _inside_name(i: int, mentions: list[_Mention]) -> bool:
    """Is token i part of a name? (An office standing alone, "the Home Secretary", is not.)"""
    k = bisect.bisect_right([m.start for m in mentions], i) - 1
    while k >= 0 and i - mentions[k].start <= 2 * _MAX_NAME_TOKENS:
        if mentions[k].start <= i < mentions[k].end and mentions[k].kind != "title":
            return True
        k -= 1
    return False


# ---------------------------------------------------------------- one actor per name

def _surnames(name: str) -> list[str]:
    """'Bashar al-Assad' -> ['al-Assad', 'Assad']; 'Osama bin Laden' -> ['bin Laden', 'Laden']."""
    words = name.split()
    if len(words) < 2:
        return []
    last = words[-1]
    out = [last]
    if len(words) >= 3 and words[-2].lower() in PARTICLES:
        out.insert(0, f"{words[-2]} {last}")
    if "-" in last:
        head, _, tail = last.partition("-")
        if head.lower() in PARTICLES and tail:
            out.append(tail)
    return out


def _build_table(doc: Doc, mentions: list[_Mention]) -> ActorTable:
    table = ActorTable()
    people: list[_Mention] = []
    label_votes: dict[str, dict[str, int]] = {}

    def add(m: _Mention, name: str) -> str:
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
    person_names = {fold(m.text) for m in mentions if m.kind == "person" and len(m.text.split()) >= 2}
    for m in mentions:
        if m.kind == "organization" and fold(m.text) in person_names:
            m.kind, m.label = "person", "PERSON"
    singles = {fold(m.text) for m in mentions if len(m.text.split()) == 1}
    # short forms written after an address ("President Yoon", "Mr Xi"; "Sir Menzies" is a
    # knight's first name, no family name)
    addressed = {fold(m.text) for m in mentions if len(m.text.split()) == 1
                 and any(norm(t) not in KNIGHTLY for t in m.titles)}
    used: dict[tuple[str, ...], str] = {}      # short form -> the person it first meant

    # 1. full names of people first, longest first, so shorter forms find them
    persons = [m for m in mentions if m.kind == "person"]
    for m in sorted(persons, key=lambda m: -len(m.text.split())):
        target = _person_for(m.text, people, m.start, used) if people else None
        if target is None and len(m.text.split()) == 1 and (
                not any(norm(t) in OFFICES_AND_ROYALS for t in m.titles)
                or _family_name_first(m.text, people, singles, addressed)):
            # "Menzies" / "Sir Menzies" in an article about Menzies Campbell; "President Yoon"
            # of Yoon Suk Yeol, whose short form is his first (family) name
            target = _person_by_first_name(m.text, people)
        if target is not None:
            m.key = target.key
        elif norm(m.text) in NON_ACTOR_HEADS:
            m.key = None            # "Bill" of a bill whose sponsor is not named
        else:
            add(m, m.text)
            people.append(m)
    # 2. everyone else; a lone surname under another label still is that person
    orgs: list[_Mention] = []
    for m in mentions:
        if m.kind in ("person", "title"):
            continue
        if m.country:
            add(m, m.country)
            continue
        target = None
        if len(m.text.split()) == 1:
            target = _person_for(m.text, people, m.start, used)
            if target is None and _family_name_first(m.text, people, singles, addressed):
                target = _person_by_first_name(m.text, people)
        if target is not None:
            m.key = target.key
            continue
        acronym_of = _acronym_target(m.text, orgs) if m.kind == "organization" else None
        if acronym_of is not None:
            m.key = acronym_of.key
            continue
        add(m, m.text)
        if m.kind == "organization":
            orgs.append(m)
    _separate_by_sex(doc, mentions, people, add)
    family_first = {p.key for p in people if _family_name_first(p.text.split()[0], people, singles, addressed)}

    def surnames_of(rec: ActorRec) -> list[str]:
        if rec.key in family_first:
            return rec.name.split()[:1]
        return _surnames(rec.name)

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
            if _is_address(m.titles):
                # "President Erdoğan", "Cardinal Murphy-O'Connor", "Maj. Gen. Gofman", "Ms Hewitt"
                forms = {m.text, *surnames_of(rec)[-1:]}
                heads = {" ".join(m.titles)}
                if is_honorific_or_rank(m.titles[-1]):
                    heads.add(m.titles[-1])
                rec.aliases.update(f"{h} {f}" for h in heads for f in forms)
        for d in m.descriptions:
            _add_description(rec, d)
    surname_owners: dict[str, set[str]] = {}
    for rec in table.actors.values():
        if rec.kind == "person" and not _named_by_honorific(rec.name):
            for s in surnames_of(rec) or [rec.name]:
                surname_owners.setdefault(fold(s), set()).add(rec.key)
    for rec in table.actors.values():
        rec.aliases.add(rec.name)
        if rec.kind == "person":
            own = [s for s in surnames_of(rec) if surname_owners.get(fold(s)) == {rec.key}]
            rec.aliases.update(own)
            _honorific_aliases(doc, rec, honorifics.get(rec.key, set()), own, mentions)
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


def _named_by_honorific(name: str) -> bool:
    """'Mrs Blair': a person the article knows only by honorific and surname."""
    words = name.split()
    return len(words) > 1 and norm(words[0]) in ("mr", "mrs", "ms", "miss")


def _family_name_first(word: str, people: list[_Mention], singles: set[str], addressed: set[str]) -> bool:
    """Is `word` the first word of one full-name person whom the article calls by that first
    word alone but never by the last ("Yoon" of Yoon Suk Yeol, "Xi" of Xi Jinping)? Then it
    is the family name, even after an office title ("President Yoon"); it must be written
    after an address at least once, as a family name is."""
    w = fold(word)
    owners = {p.key for p in people if len(_folded_words(p.text)) > 1 and _folded_words(p.text)[0] == w}
    if len(owners) != 1 or w not in addressed:
        return False
    last = next(_folded_words(p.text)[-1] for p in people if p.key in owners)
    return last not in singles


def _mention_sex(m: _Mention) -> str | None:
    sexes = {HONORIFIC_GENDER[norm(t)] for t in m.titles if norm(t) in HONORIFIC_GENDER}
    return next(iter(sexes)) if len(sexes) == 1 else None


def _separate_by_sex(doc: Doc, mentions: list[_Mention], people: list[_Mention], add) -> None:
    """'Mrs Blair' in an article about Tony Blair is not him: a bare surname whose honorific's
    sex contradicts what the article says of the full-name person it matched (his 'Mr', his
    'he') goes to another person of that surname the article names, else becomes its own
    actor 'Mrs Blair'."""
    suspects = [m for m in mentions if m.key and m.kind == "person" and len(m.text.split()) == 1
                and _mention_sex(m) and len(_folded_words(m.text)) == 1]
    if not suspects:
        return
    saved = {id(m): m.key for m in suspects}
    by_key: dict[str, list[_Mention]] = {}
    for m in suspects:
        by_key.setdefault(m.key or "", []).append(m)
    sex_of: dict[str, str | None] = {}

    def sex(key: str) -> str | None:
        if key not in sex_of:
            said = {_mention_sex(m) for m in mentions if m.key == key and id(m) not in saved} - {None}
            if len(said) == 1:
                sex_of[key] = next(iter(said))
            elif said:
                sex_of[key] = None
            else:
                for m in suspects:
                    m.key = None          # her sentences must not count as his pronouns
                sex_of[key] = _pronoun_gender(doc, key, mentions)
                for m in suspects:
                    m.key = saved[id(m)]
        return sex_of[key]

    for key, ms in by_key.items():
        for m in ms:
            want = _mention_sex(m)
            have = sex(key)
            if have is None or have == want:
                continue
            # another person of that surname, unless an honorific says otherwise (pronouns near
            # a wife's name are often her husband's: "his wife Cherie Blair joined him")
            others = [p for p in people if p.key != key and _folded_words(p.text)[-1:] == _folded_words(m.text)
                      and {_mention_sex(o) for o in mentions if o.key == p.key and id(o) not in saved}
                      <= {None, want}]
            if len({p.key for p in others}) == 1:
                m.key = others[0].key
                continue
            # its own actor, named as written: the mention now spans "Mrs Blair"
            title = next(k for k in range(m.start - 1, max(m.start - 4, -1), -1)
                         if norm(doc[k].text) in HONORIFIC_GENDER) if m.start > 0 and any(
                norm(doc[k].text) in HONORIFIC_GENDER for k in range(max(m.start - 3, 0), m.start)) else None
            if title is None:
                continue
            m.start, m.tstart, m.cstart = title, title, doc[title].idx
            m.text = doc[title:m.end].text
            m.titles = []
            add(m, m.text)


ROYAL_TITLES = frozenset("king queen pope prince princess emperor".split())
# "Prince Charles", "President George" are not the article's Charles Kennedy or George Galloway.
OFFICES_AND_ROYALS = ROYAL_TITLES | ADDRESS_OFFICES


def _is_address(titles: list[str]) -> bool:
    """Titles that address a person before their surname: honorifics, ranks, 'President',
    'Prime Minister'; not halves of office titles ('Secretary' Hewitt, 'Minister' Pugh)."""
    words = [norm(t) for t in titles]
    if all(is_honorific_or_rank(w) for w in words):
        return True
    return words[-1] in ADDRESS_OFFICES or words[-2:] == ["prime", "minister"]


def _honorific_aliases(doc: Doc, rec: ActorRec, seen: set[str], surnames: list[str],
                       mentions: list[_Mention]) -> None:
    """'Mr Straw', 'Mr Jack Straw', 'Sir Menzies', 'Ms Hewitt': the forms a question may use,
    whichever one the article wrote. Mr/Ms/Mrs/Miss only with evidence of the person's sex
    (an honorific or the pronouns that follow them), or 'Mrs Blair' would name Tony Blair."""
    words = rec.name.split()
    if words[0] in PEER_TITLES or _named_by_honorific(rec.name):
        return              # "Lord Falconer" is the name; "Mr Falconer" is no one
    full = rec.name if len(words) > 1 else None
    last = surnames[-1:] if full else ([rec.name] if rec.name[:1].isupper() else [])
    sex = {HONORIFIC_GENDER[h] for h in seen if h in HONORIFIC_GENDER}
    if not sex:
        g = _pronoun_gender(doc, rec.key, mentions)
        sex = {g} if g else set()
    heads = {h for h in seen if h not in KNIGHTLY and h not in ("lord", "lady", "baroness")}
    if len(sex) == 1:
        heads |= {h.lower() for h in (MALE_HONORIFICS if "m" in sex else FEMALE_HONORIFICS)}
    for h in sorted(heads):
        title = _HONORIFIC_SPELLING.get(h, h.capitalize())
        rec.aliases.update(f"{title} {x}" for x in [*last, *([full] if full else [])])
    for h in seen & KNIGHTLY:
        title = h.capitalize()
        rec.aliases.update(f"{title} {x}" for x in [*last, *([full, words[0]] if full else [])])


_HONORIFIC_SPELLING = {"dr": "Dr", "prof": "Prof", "professor": "Professor"}
_HE = frozenset(("he", "him", "his", "himself"))
_SHE = frozenset(("she", "her", "hers", "herself"))


def _pronoun_gender(doc: Doc, key: str, mentions: list[_Mention]) -> str | None:
    """'m' or 'f' when the sentences that name only this person (and the next one) use only
    'he' or only 'she' pronouns; None when unsure."""
    he = she = 0
    by_sent: dict[int, set[str]] = {}
    for m in mentions:
        if m.key and m.kind == "person":
            by_sent.setdefault(doc[m.start].sent.start, set()).add(m.key)
    for start, keys in by_sent.items():
        if keys != {key}:
            continue
        sent = doc[start].sent
        span = list(sent)
        if sent.end < len(doc):
            nxt = doc[sent.end].sent
            if not by_sent.get(nxt.start):
                span += list(nxt)
        for t in span:
            low = t.lower_
            if low in _HE:
                he += 1
            elif low in _SHE:
                she += 1
    if he >= 2 * she + 1 and he >= 1 and she == 0 or he >= 3 * max(she, 1):
        return "m"
    if she >= 2 * he + 1 and she >= 1 and he == 0 or she >= 3 * max(he, 1):
        return "f"
    return None


def _person_by_first_name(text: str, people: list[_Mention]) -> _Mention | None:
    """The one full-name person of the article whose first name this is ('Menzies')."""
    words = _folded_words(text)
    if len(words) != 1:
        return None
    keys = {}
    for p in people:
        pw = _folded_words(p.text)
        if len(pw) > 1 and pw[0] == words[0] and p.text.split()[0] not in PEER_TITLES:
            keys[p.key] = p
    return next(iter(keys.values())) if len(keys) == 1 else None


def _add_description(rec: ActorRec, d: str) -> None:
    """Keep the most informative wording: 'President' adds nothing to 'Turkish President'."""
    fd = fold(d)
    if not fd or fd == fold(rec.name):
        return
    for i, old in enumerate(rec.descriptions):
        fo = fold(old)
        if f" {fd} " in f" {fo} ":
            return
        if f" {fo} " in f" {fd} ":
            rec.descriptions[i] = d
            return
    rec.descriptions.append(d)


@functools.lru_cache(maxsize=8192)
def _folded_words(text: str) -> tuple[str, ...]:
    return tuple(fold(text).split())


def _person_for(text: str, people: list[_Mention], at: int,
                used: dict[tuple[str, ...], str] | None = None) -> _Mention | None:
    """The full-name person a shorter form refers to: 'Gofman', 'Erdoğan', 'al-Assad',
    'Tayyip Erdogan'. With two candidates, the one this short form already meant (an
    article keeps one person's short form: father "Parata", son "Te Kaurinui"), else the
    one named last before this mention."""
    words = _folded_words(text)
    if not words:
        return None
    hits = []
    for p in people:
        pw = _folded_words(p.text)
        if len(pw) > len(words) and pw[-len(words):] == words:
            hits.append(p)
    if not hits:
        return None
    keys = {h.key for h in hits}
    if len(keys) == 1:
        found = hits[0]
    elif used is not None and used.get(words) in keys:
        found = next(h for h in hits if h.key == used[words])
    else:
        before = [h for h in hits if h.start < at]
        found = max(before, key=lambda h: h.start) if before else min(hits, key=lambda h: h.start)
    if used is not None and found.key:
        used.setdefault(words, found.key)
    return found


def _acronym_target(text: str, orgs: list[_Mention]) -> _Mention | None:
    """'UN' after 'United Nations', 'BCC' after 'British Chambers of Commerce'."""
    if not (text.isupper() and 2 <= len(text) <= 6 and text.isalpha()):
        return None
    for o in orgs:
        initials = "".join(w[0] for w in o.text.split() if w.lower() not in ("of", "the", "and", "for", "&"))
        if initials.upper() == text:
            return o
    return None


def _mention_recs(mentions: list[_Mention], sentences: list[SentenceRec]) -> list[MentionRec]:
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
