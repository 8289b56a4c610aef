"""Where an article writes a name, and which words of it are the name.

spaCy's entities are the raw material. They are cleaned (no "the", no possessive, no
title words) and filtered (numbers, dates, weather widgets and menus are not actors);
names NER missed beside a title or as a demonym are added. Each is a Mention: the
token/char span of the bare name, its kind, and the titles written before it.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from bot.article import Article
from bot.extract.cues import BODY_NAME_WORDS, ORGANIZATION_NOUNS
from bot.countries import country_for, country_for_demonym, is_demonym_word
from bot.places import is_place_name
from bot.extract.sentences import paragraph_spans
from bot.extract.titles import (
    ADDRESS_OFFICES,
    NON_ACTOR_HEADS,
    OFFICE_VOCAB,
    OFFICES,
    PARTY_WORDS,
    PERSON_ROLE_NOUNS,
    is_droppable_title,
    is_honorific_or_rank,
    is_post_nominal,
    is_role_word,
    is_title_word,
    norm,
)
from bot.names import fold


ENTITY_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place",
                "FAC": "place", "NORP": "group"}

# Name particles written in lower case: "al-Assad", "bin Laden", "de Gaulle".
PARTICLES = frozenset("al el ad as ash at az ben bin ibn abu abd da de del della der di dos du la le van von ter".split())
POSSESSIVE_END = re.compile(r"(?:['’]s|s['’]|['’])$")
DASHES = ("-", "–", "—", "‐", "‑")
LEADING_PUNCT = "\"'“”‘’-–—([{"
MAX_NAME_TOKENS = 10
PEER_TITLES = frozenset(("Lord", "Lady", "Baroness", "Baron", "Earl", "Viscount", "Duke", "Duchess"))
# Last words that make an office-vocabulary phrase an institution: "Home Office", "the Treasury".
INSTITUTION_HEADS = frozenset("""office department ministry committee council treasury cabinet commons
lords house government assembly parliament executive service agency board commission""".split())
_PROSE_END = re.compile(r"[.!?:;\"”’)]\s*$")


@dataclass
class Mention:
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


def name_mentions(article: Article, doc: Doc) -> list[Mention]:
    """Every name the article's prose writes, in text order, as the bare name: what
    find_actors joins into actors. Office-title pieces NER took for organisations are gone."""
    prose = _prose_ranges(article)
    mentions = _entity_mentions(doc, prose)
    mentions += _unlabelled_mentions(doc, prose, mentions)
    mentions.sort(key=lambda m: m.start)
    _drop_title_fragments(doc, mentions)
    return mentions


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

def _entity_mentions(doc: Doc, prose: list[tuple[int, int]]) -> list[Mention]:
    out = []
    titled = _programme_titles(doc)
    for ent in _join_party_halves(doc, list(doc.ents)):
        if ent.label_ == "WORK_OF_ART" and _a_bodys_name(doc, ent):
            ent = Span(doc, ent.start, ent.end, label="ORG")
        if ent.label_ not in ENTITY_KINDS or not _in_ranges(prose, ent.start_char):
            continue
        if any(t.i in titled for t in ent):
            continue
        ent = _with_party_words_before(doc, ent)
        for part in (p for d in _split_dash(doc, ent) for h in _split_honorific(doc, d) for p in _split_possessive(doc, h)):
            m = _clean(doc, part)
            if m is not None:
                out.append(m)
    return out


def _join_party_halves(doc: Doc, ents: list[Span]) -> list[Span]:
    """"Liberal Democrat leader Charles Kennedy": NER may cut a party's name in two entities
    ("Liberal" ORG, "Democrat" NORP); a name of party words written close after an entity
    ending in a capitalised party word continues it: one party, "Liberal Democrat"."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.end == ent.start and prev.label_ in ("NORP", "ORG") \
                and ent.label_ in ("NORP", "ORG") and doc[prev.end - 1].whitespace_ == " " \
                and doc[prev.end - 1].text[:1].isupper() and norm(doc[prev.end - 1].text) in PARTY_WORDS \
                and all(t.text[:1].isupper() and norm(t.text) in PARTY_WORDS for t in ent):
            out[-1] = Span(doc, prev.start, ent.end, label=ent.label_)
            continue
        out.append(ent)
    return out


def _with_party_words_before(doc: Doc, ent: Span) -> Span:
    """"The Liberal Democrats": NER may leave the party's first word outside ("Democrats"); a
    capitalised party word written just before a party's name, in no entity, is its start."""
    if ent.label_ not in ("NORP", "ORG") or not all(norm(t.text) in PARTY_WORDS for t in ent):
        return ent
    s = ent.start
    while s > 0 and doc[s - 1].ent_iob_ == "O" and doc[s - 1].whitespace_ and doc[s - 1].text[:1].isupper() \
            and doc[s - 1].text.isalpha() and norm(doc[s - 1].text) in PARTY_WORDS:
        s -= 1
    return ent if s == ent.start else Span(doc, s, ent.end, label=ent.label_)


def _a_bodys_name(doc: Doc, ent: Span) -> bool:
    """"The Law Society dubbed ...": a name NER took for a title of a work, outside quotes, whose
    capitalised words end in a body's word ('society', 'association', 'council'), is the body's."""
    words = [t for t in ent if t.lower_ not in ("the", "of", "for", "and")]
    if not words or not all(t.text[:1].isupper() and t.text.isalpha() for t in words):
        return False
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if any(t is not None and t.is_quote for t in (before, after)):
        return False
    return ent[-1].lower_ in ORGANIZATION_NOUNS | BODY_NAME_WORDS


def _split_dash(doc: Doc, ent: Span) -> list[Span]:
    """"Alan Milburn - the man ...", "Richard Belmar and Moazzam Begg - have": a dash set off
    by spaces ends a name (a name's own hyphen is written close, "Kilroy-Silk"); NER may run
    the entity on over it. Each side is a name of its own or nothing."""
    return _split_at(doc, ent, [t.i for t in ent if t.text in DASHES and t.i > ent.start and doc[t.i - 1].whitespace_])


# Addresses that start a person's name: an entity running on before one holds no more of it.
_NAME_HONORIFICS = frozenset("mr mrs ms miss".split())


def _split_honorific(doc: Doc, ent: Span) -> list[Span]:
    """"On top of the relief deal with Tanzania Mr Brown said ...", "Analysing Mr Brown's
    position", "a speech to the Foreign Policy Centre Mr Straw said": a "Mr" inside an entity
    starts a person's name; what NER ran on before it is a name of its own only when it is
    made of proper nouns ("Tanzania", "Foreign Policy Centre"), else nothing ("Analysing")."""
    cut = next((t.i for t in ent if t.i > ent.start and t.text[:1].isupper()
                and t.text.rstrip(".").lower() in _NAME_HONORIFICS and t.i + 1 < ent.end), None)
    if cut is None:
        return [ent]
    head = Span(doc, ent.start, cut, label=ent.label_)
    tail = Span(doc, cut, ent.end, label="PERSON")
    keep = all(t.pos_ == "PROPN" or t.lower_ in ("the", "of", "for", "and") for t in head) \
        and head[-1].pos_ == "PROPN"
    return [head, tail] if keep else [tail]


def _split_possessive(doc: Doc, ent: Span) -> list[Span]:
    """"Parata’s Ngātiwai" is two names, the owner and what he owns; NER may join them.
    An inner possessive ends one name; the owner keeps the entity's label only when it is a
    person or organisation label (the owner of a tribe is no tribe), else it is left to resolve."""
    return _split_at(doc, ent, [t.i for t in ent[:-1] if t.tag_ == "POS" and t.i > ent.start])


def _split_at(doc: Doc, ent: Span, cuts: list[int]) -> list[Span]:
    """The entity's pieces between the tokens at `cuts` (each cut token left out)."""
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


def _programme_titles(doc: Doc) -> set[int]:
    """Tokens of a broadcaster's programme named "<Title> with <Name>" after the broadcaster's
    possessive ("told BBC One's Breakfast with Frost", "on ITV's Sunday with Ann Lee"): the
    title of a show, naming neither a place nor a person who takes part in the story."""
    out: set[int] = set()
    for w in doc:
        if w.lower_ != "with" or w.i + 1 >= len(doc) or doc[w.i + 1].ent_type_ != "PERSON":
            continue
        j = w.i - 1
        while j >= 0 and w.i - j <= 3 and doc[j].text[:1].isupper() and doc[j].is_alpha:
            j -= 1
        if j == w.i - 1 or j < 1 or doc[j].lower_ not in ("'s", "’s") \
                or doc[j - 1].ent_type_ == "PERSON" \
                or not (doc[j - 1].ent_type_ == "ORG" or doc[j - 1].text[:1].isupper() or doc[j - 1].is_digit):
            continue
        end = w.i + 1
        while end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "I" or end == w.i + 1:
            end += 1
        out.update(range(j + 1, end))
    return out


def _clean(doc: Doc, ent: Span) -> Mention | None:
    """Strip determiners, titles and possessives; refuse what cannot be a name."""
    if "\n" in ent.text or len(ent) > MAX_NAME_TOKENS:
        return None
    s, e = ent.start, ent.end
    label = ent.label_
    titles: list[str] = []
    while s < e and (doc[s].lower_ in ("the", "a", "an") or doc[s].text in LEADING_PUNCT):
        s += 1
    if s + 2 < e and doc[s].lower_ == "ex" and doc[s + 1].text in DASHES and not doc[s].whitespace_:
        s += 2      # "Ex-Labour minister", "Ex-BBC host": the body they were of, not a name
    tstart = s
    # title words inside the entity: "Ms Hewitt", "President Donald Trump", "Maj. Gen. X";
    # other labels lose only honorifics ("General Election" is no General)
    strip = is_title_word if label == "PERSON" else is_droppable_title
    while s < e - 1 and (doc[s].text == "." or strip(doc[s].text) and doc[s].text[:1].isupper()):
        if doc[s].text != ".":
            titles.append(fix_abbrev(doc, doc[s]))
        s += 1
    while e > s and (doc[e - 1].tag_ == "POS" or doc[e - 1].text in LEADING_PUNCT + ".,;:"):
        e -= 1
    if s >= e:
        return None
    if _post_nominal_name(doc, s, e):
        e, label = e - 1, "PERSON"      # "Guy Mansfield QC", "Peter Ainsworth MP": a person
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
            elif s2 > 0 and doc[s2 - 1].text in PEER_TITLES and e - s2 <= 2 and all(
                    doc[k].pos_ == "PROPN" and norm(doc[k].text) not in OFFICE_VOCAB for k in range(s2, e)):
                s, label = s2, "PERSON"     # "Lord" + "Butler": a peer NER took for an organisation
            elif s2 < s and e - s == 1 and _a_persons_surname(doc, doc[s].text):
                s, label = s2, "PERSON"     # "Eloise" + "Parry" beside the person "Fiona Parry"
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
    poss = POSSESSIVE_END.search(text)
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
        while e2 < len(doc) and e2 - s < MAX_NAME_TOKENS and norm(doc[e2].text) in OFFICE_VOCAB \
                and (doc[e2].text[:1].isupper() or norm(doc[e2].text) in OFFICES) and doc[e2].ent_iob_ != "B":
            e2 += 1
        if e2 > e and is_title_word(doc[e2 - 1].text):
            e = e2
            cend = doc[e - 1].idx + len(doc[e - 1].text)
            text = doc[s:e].text
            words = [norm(w) for w in text.split()]
    parts = [p for w in words for p in w.split("-")]
    if label in ("PERSON", "ORG", "NORP") and all(p in PARTY_WORDS for p in parts) and len(parts) > 1:
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
    if honorific and not office and not (label == "NORP" and all(w in PARTY_WORDS for w in words)):
        label = "PERSON"    # "Mr Blair", "Mr German" is a person whatever NER thought
    if label == "PERSON" and not honorific and not office:
        label = "NORP" if all(w in PARTY_WORDS for w in words) else _person_label_check(doc, s, e, text)
        if label is None:
            return None
    country = None
    if not office and not honorific and (label != "PERSON" or len(text.split()) == 1):
        country = country_for_demonym(text) if label == "NORP" else country_for(text)
    # "Sedgefield", "North Devon" taken for people or bodies: a county, region or city is a place
    if not country and not office and not honorific and label in ("PERSON", "ORG") and is_place_name(text):
        label = "GPE"
    kind = "title" if office else "place" if country else ENTITY_KINDS[label]
    return Mention(s, e, cstart, cend, text, kind, label, country=country, titles=titles, tstart=tstart)


def _post_nominal_name(doc: Doc, s: int, e: int) -> bool:
    """Does doc[s:e] end in letters written after a person's name ('QC', 'MP') that follow a
    first name and a surname? ('Labour MP' is a description, 'BBC MP' nobody.)"""
    if e - s < 3 or not is_post_nominal(doc[e - 1].text):
        return False
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() and norm(t.text) not in PARTY_WORDS
               and norm(t.text) not in OFFICE_VOCAB for t in doc[s:e - 1])


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
    # "the public services union Unison Dave Prentis": the body a common noun names comes first
    if cut == s and e - s >= 3 and s > 0 and doc[s - 1].lower_ in ORGANIZATION_NOUNS and doc[s].text[:1].isupper():
        cut = s + 1
    # keep at least one capitalised word that is no affiliation; "Lib Dem" stays whole
    if cut >= e or not doc[cut].text[:1].isupper() or all(_is_affiliation(doc[k]) for k in range(cut, e)):
        return s
    return cut


def _a_persons_surname(doc: Doc, word: str) -> bool:
    """Is `word` the last name of someone NER calls a person elsewhere in the article?"""
    return any(ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].text == word for ent in doc.ents)


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


def _unlabelled_mentions(doc: Doc, prose: list[tuple[int, int]], found: list[Mention]) -> list[Mention]:
    """What NER left out: demonyms ("Turkish-backed") and people named beside a title
    ("The Shadow Secretary ..., Theresa May,"; "Ms Smith")."""
    taken = set()
    for m in found:
        taken.update(range(m.start, m.end))
    out: list[Mention] = []
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
            out.append(Mention(i, i + 1, t.idx, t.idx + len(t.text), t.text, "place", "NORP", country=country))
            i += 1
            continue
        if t.pos_ == "PROPN" and t.is_title and not is_title_word(t.text):
            j = i
            while j < n and j - i < 4 and doc[j].pos_ == "PROPN" and doc[j].is_title and j not in taken \
                    and doc[j].ent_iob_ == "O" and not is_title_word(doc[j].text):
                j += 1
                j = _past_hyphen(doc, j, taken)
            if _is_titled_person(doc, i, j):
                span = doc[i:j]
                out.append(Mention(i, j, span.start_char, span.end_char, span.text, "person", "PERSON"))
                i = j
                continue
            i = max(j, i + 1)
            continue
        i += 1
    return out


def _past_hyphen(doc: Doc, j: int, taken: set[int]) -> int:
    """'Mr Kilroy' + '-Silk': the second half of a hyphenated surname is the same name."""
    if j + 1 < len(doc) and doc[j].text in ("-", "‐", "‑") and not doc[j - 1].whitespace_ \
            and not doc[j].whitespace_ and doc[j + 1].is_title and doc[j + 1].is_alpha and j + 1 not in taken:
        return j + 2
    return j


# Last words of a place named after a title: "King Street", "Prince Albert Road".
_PLACE_NOUNS = frozenset("""
street road avenue lane square cross place gardens park bridge station hospital college school
university church cathedral chapel hall house palace court island islands bay sound
""".split())


def _is_titled_person(doc: Doc, i: int, j: int) -> bool:
    if j <= i or any(c.isdigit() for c in doc[i:j].text) or country_for(doc[i:j].text):
        return False
    if j - i >= 2 and doc[i].text in PEER_TITLES and doc[i + 1].ent_type_ not in ("GPE", "LOC"):
        return True     # "Lord Winston", "Lord Nicholls (of Birkenhead)": a peer, by title and name
    before = doc[i - 1] if i > 0 else None
    if before is not None and is_honorific_or_rank(before.text) and before.text[:1].isupper():
        return True
    # "Cardinal Cormac Murphy O'Connor", "Cardinal O'Connor": an office that addresses a person
    # by name, written as a title ("King Street" is a street).
    if before is not None and before.text[:1].isupper() and norm(before.text) in ADDRESS_OFFICES \
            and doc[j - 1].lower_ not in _PLACE_NOUNS:
        return True
    root = doc[j - 1]
    if j - i >= 2 and root.dep_ == "appos" and root.head.lower_ in PERSON_ROLE_NOUNS:
        return True
    # "Eloise Parry, 21, was taken to hospital": a name with an age beside it
    if j - i >= 2 and j + 2 < len(doc) and doc[j].text == "," and doc[j + 2].text == "," \
            and re.fullmatch(r"\d{1,3}", doc[j + 1].text) and 0 < int(doc[j + 1].text) < 120:
        return True
    return False


def _drop_title_fragments(doc: Doc, mentions: list[Mention]) -> None:
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


def _near_office_word(doc: Doc, m: Mention) -> bool:
    lo, hi = max(0, m.start - 3), min(len(doc), m.end + 3)
    return any(doc[k].lower_ in ("secretary", "minister", "spokesman", "spokeswoman", "spokesperson",
                                 "chancellor", "committee")
               for k in range(lo, hi) if not m.start <= k < m.end)


def fix_abbrev(doc: Doc, t: Token) -> str:
    """'Maj' followed by a separate '.' token is written 'Maj.'."""
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    return t.text + "." if nxt is not None and nxt.text == "." and nxt.idx == t.idx + len(t.text) else t.text


@functools.lru_cache(maxsize=8192)
def folded_words(text: str) -> tuple[str, ...]:
    return tuple(fold(text).split())
