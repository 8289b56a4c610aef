"""Noun phrases and names read off spaCy tokens, shared by cue finding and speaker resolution.

A speaker is a token in the parse; what gets stored is text. These helpers decide which
tokens around a head make up the phrase and the name, so "the Trade and Industry
Secretary, who said ..." stays "the Trade and Industry Secretary".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from bot.extract import cues
from bot.extract.titles import PARTY_WORDS, is_post_nominal, is_role_noun

_SPEAKER_SKIP_DEPS = frozenset({"relcl", "acl", "appos", "punct", "advcl", "cc", "conj",
                                "parataxis", "ccomp"})
ALL_TITLES = cues.FEMALE_TITLES | cues.MALE_TITLES | cues.PERSON_TITLES


def speaker_phrase(head: Token, exclude: Token) -> list[Token]:
    """The speaker's noun phrase without clauses, appositions or the cue itself."""
    keep: set[int] = set()

    def walk(t: Token) -> None:
        keep.add(t.i)
        for c in t.children:
            if c.i == exclude.i:
                continue
            # "the Trade and Industry Secretary": a conjunction inside a modifier is the name's
            if c.dep_ in _SPEAKER_SKIP_DEPS and not joins_word(c) and not (
                    c.dep_ in ("cc", "conj") and t.i != head.i and t.dep_ in ("compound", "amod", "nmod", "pobj")
                    and c.i < head.i) and not _two_parties(t, c, head) and not _inside_name(t, c, head):
                continue
            if c.tag_ == "VBG" and c.lemma_.lower() in cues.CITING_VERBS:
                continue
            walk(c)

    walk(head)
    doc = head.doc
    _fill_conjoined_gaps(head, keep)
    lo = hi = head.i
    while lo - 1 in keep:
        lo -= 1
    while hi + 1 in keep:
        hi += 1
    # "its co-chairman": the parse may split a hyphenated word across two heads; the word is whole
    while hi + 2 < len(doc) and doc[hi + 1].text == "-" and not doc[hi].whitespace_ and not doc[hi + 1].whitespace_ \
            and doc[hi + 2].is_alpha and doc[hi + 2].i != exclude.i:
        hi += 2
    return trim_punct([doc[i] for i in range(lo, hi + 1)])


def _fill_conjoined_gaps(head: Token, keep: set[int]) -> None:
    """"A Department for Education and Skills spokeswoman": a conjunction with its conjunct that
    sits between two words of the phrase, after the head, is part of it, however the parse hung
    it (as "the Trade and Industry Secretary" is before the head)."""
    doc = head.doc
    for i in sorted(keep):
        t = doc[i]
        if i < head.i:
            continue
        for c in t.children:
            if c.dep_ == "cc" and c.i == i + 1 and c.lower_ in ("and", "&"):
                conj = next((x for x in t.children if x.dep_ == "conj" and x.i > c.i), None)
                if conj is None:
                    continue
                span = range(c.i, conj.right_edge.i + 1)
                if conj.right_edge.i + 1 in keep and not any(doc[j].is_punct for j in span):
                    keep.update(span)


def _inside_name(t: Token, c: Token, head: Token) -> bool:
    """"the Department of Trade and Industry": a conjunction inside the body's name, tagged as
    one entity with the speaker's head, is part of the name; so is an ampersand after the head
    ("Ernst & Young", "Marks & Spencer"), which joins no two speakers."""
    return c.dep_ in ("cc", "conj") and (t.i != head.i or _ampersand_after(head)) and bool(head.ent_type_) \
        and c.ent_type_ == head.ent_type_ and c.ent_iob_ == "I" \
        and all(head.doc[k].ent_iob_ == "I" for k in range(head.i + 1, c.i + 1))


def _ampersand_after(head: Token) -> bool:
    return head.i + 1 < len(head.doc) and head.doc[head.i + 1].text == "&"


def _two_parties(t: Token, c: Token, head: Token) -> bool:
    """"The Tories and the Lib Dems have called for ...": two parties speak together, both named
    (people are not joined: "Mr Blair and Mr Brown" each speak as themselves)."""
    if t.i != head.i or not (head.tag_ == "NNPS" or head.ent_type_ in ("NORP", "ORG")) \
            or not any(x.dep_ == "cc" and x.lower_ == "and" for x in head.children):
        return False
    party = [x for x in head.children
             if x.dep_ == "conj" and (x.tag_ == "NNPS" or x.tag_ == "NNP" and x.ent_type_ != "PERSON")]
    return bool(party) and (c.dep_ == "cc" or c in party)


def trim_punct(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].is_punct or tokens[0].is_space or tokens[0].dep_ == "cc"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct and tokens[-1].text != "%" or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


def text_of(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    return tokens[0].doc[tokens[0].i:tokens[-1].i + 1].text.strip()


def entity_of(t: Token) -> Span | None:
    """The named entity around `t`, from the IOB tags (doc.ents builds every span anew)."""
    if not t.ent_type_:
        return None
    doc = t.doc
    lo = t.i
    while doc[lo].ent_iob_ == "I" and lo > 0:
        lo -= 1
    hi = t.i + 1
    while hi < len(doc) and doc[hi].ent_iob_ == "I":
        hi += 1
    return Span(doc, lo, hi, label=t.ent_type)


def name_chain(head: Token) -> list[Token]:
    """The proper-noun run that ends at `head`, hyphenated parts included ("Murphy-O'Connor")."""
    lo = head.i
    doc = head.doc
    while lo - 1 >= 0:
        prev = doc[lo - 1]
        if prev.pos_ == "PROPN" and prev.head.i in range(lo, head.i + 1):
            lo -= 1
        elif joins_word(prev) and lo - 2 >= 0 and doc[lo - 2].pos_ == "PROPN":
            lo -= 2
        else:
            break
    return [doc[i] for i in range(lo, head.i + 1)]


def joins_word(t: Token) -> bool:
    """A hyphen written without spaces inside one name or word: "Murphy-O'Connor"."""
    return t.text in ("-", "‐", "‑") and not t.whitespace_ and t.i > 0 and not t.doc[t.i - 1].whitespace_


def looks_like_person_name(t: Token) -> bool:
    """An apposition that names a person: 'The Shadow Secretary ..., Theresa May, said'."""
    if t.ent_type_ == "PERSON":
        return True
    if t.pos_ != "PROPN" or t.ent_type_ in ("ORG", "GPE", "NORP", "FAC", "LOC"):
        return False
    chain = name_chain(t)
    return len(chain) >= 2 and all(c.text[:1].isupper() for c in chain)


def apposed_name(head: Token) -> Token | None:
    """The person a role phrase names in apposition at its end: "Head of genetics at the
    Institute, Professor Robin Lovell-Badge, said", "Chairman of the Audit Committee Peter
    Ainsworth MP said". The parser hangs the name on the phrase's last noun, not on the role;
    only a role-headed phrase that the name closes (punctuation after it at most) counts."""
    if head.ent_type_ == "PERSON" or not (head.pos_ == "NOUN" or head.lower_ in cues.PERSON_ROLE_NOUNS) \
            or head.tag_ in ("NNS", "NNPS") or not is_role_noun(head.lemma_):
        return None         # ("opponents of the bill, including ..., the Rt Rev X": many people)
    end = head.right_edge.i
    while end > head.i and head.doc[end].is_punct:
        end -= 1
    for t in head.subtree:
        if (t.dep_ == "appos" or t.dep_ == "pobj" and is_post_nominal(t.text)) \
                and t.i > head.i and t.right_edge.i == end and _within_phrase(t, head):
            name = person_in_appos(t)
            if name is not None:
                return name
    return None


def _within_phrase(appos: Token, head: Token) -> bool:
    """Does the apposition hang on the role phrase itself ('head of X at the Y'), not on a
    conjunct ('the prime minister and his campaign boss, Alan Milburn')?"""
    t = appos.head
    while t.i != head.i:
        if t.dep_ not in ("pobj", "prep", "compound") or t.head.i == t.i:
            return False
        t = t.head
    return True


def name_before_post_nominal(t: Token) -> Token | None:
    """'Guy Mansfield QC', 'Peter Ainsworth MP': the surname before letters written after a
    person's name. 'the Salford MP' and 'a senior Tory MP' name a seat or a party, no one."""
    if not is_post_nominal(t.text) or any(c.dep_ in ("det", "poss") for c in t.children):
        return None
    doc = t.doc
    if t.i >= 2 and doc[t.i - 1].text == "," and doc[t.i - 2].ent_type_ == "PERSON" and doc[t.i - 2].pos_ == "PROPN":
        return doc[t.i - 2]  # "Judge Richard Mawrey, QC told the hearing": the parse made the letters the subject
    names = [c for c in t.children if c.dep_ == "compound" and c.i < t.i]
    if len(names) < 2 or not all(c.pos_ == "PROPN" and c.is_title and c.ent_type_ not in ("GPE", "NORP", "LOC")
                                 and c.lower_ not in PARTY_WORDS for c in names):
        # "Tory frontbencher Andrew Tyrie MP", "Former welfare minister Frank Field MP": a post
        # before the name; the person's name the tagger found right before the letters is it
        run = []
        for c in reversed(names):
            if c.i != t.i - len(run) - 1 or c.pos_ != "PROPN" or c.ent_type_ != "PERSON" or not c.is_title:
                break
            run.append(c)
        return run[0] if len(run) >= 2 else None
    return names[-1]


def person_in_appos(t: Token) -> Token | None:
    """The head of a person's name an apposition gives: 'Theresa May', or 'Peter Ainsworth'
    of 'Peter Ainsworth MP' (a seat or honour written after the name)."""
    if looks_like_person_name(t) and not is_post_nominal(t.text) and t.lower_ not in cues.PERSON_ROLE_NOUNS:
        return t
    if is_post_nominal(t.text) or t.lower_ in cues.ROLE_NOUNS:
        names = [c for c in t.children if c.dep_ == "compound" and c.i < t.i and c.ent_type_ == "PERSON"
                 and c.lower_ not in PARTY_WORDS]      # ("the Lib Dem spokesman": NER's person)
        if names:
            return names[-1]
        return name_before_post_nominal(t)
    return None


def strip_title_words(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in ALL_TITLES:
        words = words[1:]
    words = [w for w in words if w.lower().rstrip(".") not in cues.FEMALE_TITLES | cues.MALE_TITLES]
    return " ".join(words) or name


def is_acronym(t: Token) -> bool:
    return len(t.text) >= 2 and t.text.isupper() and t.text.isalpha()


def has_title(tokens: list[Token]) -> bool:
    """A capitalised title right before a capitalised name: "Ms Hewitt", "Cardinal Cormac ..."."""
    for n, a in enumerate(tokens):
        title = a.lower_.rstrip(".")
        if title not in ALL_TITLES or not a.text[:1].isupper():
            continue
        names = 0
        for b in tokens[n + 1:]:
            if b.pos_ == "PROPN" and b.text[:1].isupper():
                names += 1
            elif not joins_word(b):
                break
        # a title without a gender needs a first name and a surname: "General Motors" is no one
        if names >= (1 if title in cues.FEMALE_TITLES | cues.MALE_TITLES else 2):
            return True
    return False


def strip_titles(ent: Span) -> str:
    toks = [t for t in ent if t.lower_.rstrip(".") not in cues.FEMALE_TITLES | cues.MALE_TITLES
            and t.dep_ != "case"]
    return text_of(trim_punct(toks)) or ent.text


def misparsed_subject_of(appos: Token) -> Token | None:
    """The verb whose subject an 'apposition' really is: in "In an article for the Times
    newspaper, Ms Dunwoody, who chairs ..., says" the parser hangs the name on "newspaper".
    It is the subject when it sits inside a prepositional phrase fronted before that verb,
    the verb has no subject of its own, and only punctuation lies between the name's phrase
    and the verb. Then the noun it hangs on does not describe it either."""
    if appos.dep_ != "appos" or not (appos.pos_ == "PROPN" or appos.ent_type_ in ("PERSON", "ORG")):
        return None
    t = appos.head
    while t.dep_ in ("pobj", "prep", "appos", "conj", "compound") and t.head.i != t.i:
        prev, t = t, t.head
        if prev.dep_ == "prep" and t.pos_ in ("VERB", "AUX"):
            verb = t
            if not (prev.i < appos.i < verb.i):
                return None
            if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
                return None
            between = appos.doc[appos.right_edge.i + 1:verb.i]
            if all(x.is_punct for x in between):
                return verb
            return None
    return None


def has_outlet_word(tokens: list[Token]) -> bool:
    return any(t.pos_ == "NOUN" and (t.lemma_.lower() in cues.OUTLET_NOUNS or t.lower_ == "news") for t in tokens)
