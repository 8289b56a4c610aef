"""What the article says an actor is: 'Israeli military secretary', 'UK airport operator'.

Descriptions come from the parse: the phrase hanging right before a name and the
appositions beside it. Only phrases headed by a role, an organisation noun or a party
count; dates, plurals and other things are refused, so a description can be trusted
when a question asks for 'the chancellor'.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from bot.extract.name_spans import MAX_NAME_TOKENS, Mention, fix_abbrev
from bot.countries import country_for
from bot.extract.phrases import apposed_name, entity_of, is_acronym, misparsed_subject_of, person_in_appos
from bot.extract.records import ActorRec
from bot.extract.titles import (
    OFFICE_VOCAB,
    ORG_NOUNS,
    PARTY_WORDS,
    PERSON_ROLE_NOUNS,
    is_droppable_title,
    is_post_nominal,
    is_role_noun,
    is_title_word,
    norm,
)
from bot.names import fold


_MAX_DESCRIPTION_TOKENS = 30


def describe(doc: Doc, m: Mention, mentions: list[Mention]) -> None:
    if m.kind == "person":
        _title_prefix(doc, m)
    elif m.kind == "organization":
        _org_prefix(doc, m)
    if m.kind not in ("person", "organization"):
        return
    root = doc[m.end - 1]
    # "In an article for the Times newspaper, Ms Dunwoody says": no apposition, a subject
    if root.dep_ == "appos" and not (m.start <= root.head.i < m.end) and misparsed_subject_of(root) is None:
        h = root.head
        if _is_description_head(h) and not _inside_name(h.i, mentions) and not _indefinite_before(doc, h, m):
            span = _np_without(doc, h, exclude={root.i})
            d = _description(doc, *span, m.kind) if span else None
            if d:
                m.descriptions.append(d)
    if m.kind == "person" and (d := _post_with_remit(doc, root, m)):
        m.descriptions.append(d)
    if m.kind == "person":
        d = _enclosing_role(doc, root, m.start, mentions) or _split_subject_role(doc, root)
        if d:
            m.descriptions.append(d)
        d = _affiliation(doc, root, m)
        if d:
            m.descriptions.append(d)
    for c in root.children:
        # "Michael Mates, who is a member of the Commons intelligence committee, said"
        if c.dep_ == "relcl" and c.lemma_ == "be" and c.i >= m.end and any(
                w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children):
            for a in c.children:
                if a.dep_ == "attr" and _is_description_head(a) and not _inside_name(a.i, mentions):
                    span = _np_without(doc, a, exclude=set())
                    d = _description(doc, *span, m.kind) if span else None
                    if d:
                        m.descriptions.append(d)
        if c.dep_ == "appos" and c.i >= m.end and _is_description_head(c) and not _inside_name(c.i, mentions):
            named = person_in_appos(c)
            if named is not None and named.i != c.i:
                continue        # "the Audit Committee Peter Ainsworth MP": a person, not what it is
            # "Syria, an Israeli news outlet reported": a clause the parser took for an apposition
            if any(t.dep_ == "acl" and t.tag_ == "VBD" for t in c.subtree):
                continue
            span = _np_without(doc, c, exclude=set())
            d = _description(doc, *span, m.kind) if span else None
            if d:
                m.descriptions.append(d)
            m.descriptions.extend(_second_roles(doc, c, m.kind))


def _indefinite_before(doc: Doc, h: Token, m: Mention) -> bool:
    """'how good a prime minister Gordon Brown will make': 'a <post>' right before a name with
    no comma between is no apposition (that is 'Diane Abbott, a Labour MP' or 'Labour MP Diane
    Abbott'), but a misparsed complement: it does not say the person holds the post."""
    return h.i < m.start and doc[h.left_edge.i].lower_ in ("a", "an") \
        and not any(t.is_punct for t in doc[h.i + 1:m.start])


def _post_with_remit(doc: Doc, root: Token, m: Mention) -> str | None:
    """"Shadow spokesman for sport Hugh Robertson": the parse hangs the name on the post's
    remit; the post and its remit describe him. Not "a spokesman for Hugh Robertson", whose
    remit is the person."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("for", "on") or not _is_description_head(prep.head):
        return None  # ("son of late libel lawyer George Carman" is someone else)
    before = doc[m.start - 1] if m.start > 0 else None
    if before is None or before.i <= prep.i or before.pos_ != "NOUN" or not before.is_lower:
        return None
    return _description(doc, prep.head.left_edge.i, m.start, m.kind, head=prep.head)


def _enclosing_role(doc: Doc, root: Token, first: int, mentions: list[Mention]) -> str | None:
    """'Head of genetics at the Institute, Professor X' / 'Chairman of the Audit Committee
    X MP': the role phrase whose last noun the parser hung the name on describes the person
    (phrases.apposed_name finds the same name from the role's side)."""
    appos = _with_post_nominal(root)
    if not (appos.dep_ == "appos" or appos.dep_ == "pobj" and appos.i != root.i) \
            or misparsed_subject_of(appos) is not None:
        return None
    t = appos.head
    while t.dep_ in ("pobj", "prep", "compound") and t.head.i != t.i:
        t = t.head
        named = apposed_name(t)
        if named is not None and named.i == root.i and not _inside_name(t.i, mentions):
            end = min(appos.left_edge.i, first) if appos.dep_ == "appos" else first
            while end > t.i and (doc[end - 1].is_punct or is_title_word(doc[end - 1].text)):
                end -= 1        # "..., Professor" Robin Lovell-Badge
            return _description(doc, t.left_edge.i, end, "person", head=t)
    return None


_AFFILIATION_PREPS = frozenset(("of", "from"))


def _affiliation(doc: Doc, root: Token, m: Mention) -> str | None:
    """'Colin Bell, Seaton Hotel Association, said', 'Jane Roe, of the Royal College of
    Nursing,', 'Tim Ash, from Friends of the Earth,': the organisation set off by a comma
    after a person's name is who they speak for, which a question may name instead of them."""
    for c in root.children:
        if c.i < m.end or doc[c.left_edge.i - 1].text != ",":
            continue
        if c.dep_ == "appos":
            org = c
        elif c.dep_ == "prep" and c.lower_ in _AFFILIATION_PREPS:
            org = next((o for o in c.children if o.dep_ == "pobj"), None)
        else:
            continue
        if org is None or not _names_organisation(org):
            continue
        span = _np_without(doc, org, exclude=set())
        if span is None:
            continue
        start, end = span
        while start < end and (doc[start].dep_ == "det" or doc[start].is_punct):
            start += 1
        if start < end and end - start <= _MAX_DESCRIPTION_TOKENS and _sentence_goes_on(doc, end):
            return doc[start:end].text
    return None


def _sentence_goes_on(doc: Doc, end: int) -> bool:
    """After 'X, the Y' comes the rest of the clause ('said', 'who', 'of ...'), not the next
    item of a list ('Al Fatah, Black September, Red Brigades, but ...')."""
    k = end + 1 if end < len(doc) and doc[end].text == "," else end
    if k >= len(doc):
        return True
    nxt = doc[k]
    return nxt.pos_ in ("VERB", "AUX", "ADV", "ADP", "PRON", "PART") or nxt.is_punct and nxt.text != ","


def _names_organisation(t: Token) -> bool:
    """An organisation's name of two words or more ('Royal College of Nursing') or in capitals
    ('UNISON'), or an organisation noun under a name ('the Evening Standard newspaper'); never
    a place ('of Woodbridge', which NER may call an organisation) or a piece of a name."""
    if t.ent_type_ == "ORG" and (t.pos_ == "PROPN" or t.tag_ == "NNS"):
        ent = entity_of(t)
        words = [w for w in ent if w.is_alpha] if ent is not None else [t]
        return len(words) >= 2 and not country_for(ent.text) or len(words) == 1 and is_acronym(t)
    return t.pos_ == "NOUN" and t.lemma_.lower() in ORG_NOUNS and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children)


def _with_post_nominal(root: Token) -> Token:
    """'Peter Ainsworth MP': the parser heads the phrase with the letters after the name."""
    if root.dep_ == "compound" and root.head.i > root.i and is_post_nominal(root.head.text):
        return root.head
    return root


def _split_subject_role(doc: Doc, root: Token) -> str | None:
    """'The new chairman of the Bar Council, Guy Mansfield QC warned': the parser made the
    role and the name two subjects of one verb (or hung the name inside the role); the role
    before the comma describes the name."""
    name = _with_post_nominal(root)
    if name.dep_ in ("appos", "npadvmod") and name.left_edge.i > 0 and name.i + 1 < len(doc) \
            and doc[name.left_edge.i - 1].text == "," and doc[name.i + 1].text == ",":
        # "director of the Victims of Crime Trust, Norman Brennan, accused": the parser hung the
        # name inside the role that opens the sentence
        role = next((a for a in name.ancestors if a.dep_ == "nsubj"), None)
        between = [a for a in name.ancestors if role is not None and a.i > role.i]
        if role is not None and role.pos_ == "NOUN" and is_role_noun(role.lemma_) and role.i < name.i \
                and not any(a.dep_ == "conj" for a in between):  # "The premier and his chief, Sam Ortiz,"
            return _description(doc, role.left_edge.i, name.left_edge.i - 1, "person", head=role)
        return None
    if name.dep_ != "nsubj":
        return None
    for c in name.head.children:
        if c.dep_ == "nsubj" and c.i < name.i and c.pos_ == "NOUN" and is_role_noun(c.lemma_) \
                and [t.text for t in doc[c.right_edge.i + 1:name.left_edge.i]] == [","]:
            return _description(doc, c.left_edge.i, c.right_edge.i + 1, "person", head=c)
    return None


def _second_roles(doc: Doc, h: Token, kind: str) -> list[str]:
    """'Ian Frew, a solicitor and chairman of the Walkers Club': the role after 'and' is a
    description too, with the phrase that ends the apposition (the parser often hangs 'of
    the Walkers Club' on the first role, but it names the second one's body)."""
    out = []
    for cj in h.children:
        if cj.dep_ != "conj" or cj.i < h.i or not _is_description_head(cj):
            continue
        end = cj.i + 1
        while end <= h.right_edge.i and doc[end].text not in ",;:(" \
                and doc[end].dep_ not in ("relcl", "appos", "cc", "conj"):
            end += 1
        d = _description(doc, cj.left_edge.i, end, kind, head=cj)
        if d:
            out.append(d)
    return out


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


def _description(doc: Doc, start: int, end: int, kind: str, head: Token | None = None) -> str | None:
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
    if head is None or not start <= head.i < end:
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


def _title_prefix(doc: Doc, m: Mention) -> None:
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
    # "an attack on Labour's record and party leader Michael Howard is due ...": a conjunct that
    # names no post is another thing the sentence lists, not what the person is
    # (a conjunct of its own: "Labour's record", not "Trade" of "Trade and Industry Secretary")
    cc = [k for k, t in enumerate(toks) if t.dep_ == "cc"]
    if cc and not any(is_role_noun(t.lemma_) for t in toks[:cc[-1]]) \
            and any(t.tag_ == "POS" or t.dep_ == "det" for t in toks[:cc[-1]]):
        toks = toks[cc[-1] + 1:]
        left = toks[0].i if toks else m.start
        if left >= m.start:
            _bare_titles(doc, m, m.start)
            return
    # trailing honorifics/ranks are titles, not description: "... secretary Maj. Gen."
    end = len(toks)
    while end > 0 and (is_droppable_title(toks[end - 1].text) or toks[end - 1].is_punct):
        end -= 1
    trailing = [t for t in toks[end:] if not t.is_punct]
    # capitalised office words right before the name also title it: "President" Erdoğan
    e2 = end
    while e2 > 0 and toks[e2 - 1].text[:1].isupper() and is_title_word(toks[e2 - 1].text):
        e2 -= 1
    m.titles = [t.text for t in toks[e2:end]] + [fix_abbrev(doc, t) for t in trailing]
    if left == first and not m.titles:
        _bare_titles(doc, m, first)
    while end > 0 and toks[0].is_punct:
        toks, end = toks[1:], end - 1
    if end > 0:
        desc = _description(doc, _body_name_start(doc, toks[0].i), toks[end - 1].i + 1, m.kind)
        if desc:
            m.descriptions.append(desc)


def _body_name_start(doc: Doc, start: int) -> int:
    """A post before a name that opens inside a body's name cut at its "of" / "for" begins where
    the name does: "Association of Chief Police Officers president Chris Fox" is described as the
    "Association of Chief Police Officers president", not the "Chief Police Officers president"."""
    first = doc[start]
    if start < 2 or doc[start - 1].lower_ not in ("of", "for") or first.pos_ != "PROPN" or not first.is_title:
        return start
    sent = first.sent.start

    def capital(t: Token) -> bool:
        return t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.ent_type_ not in ("PERSON", "DATE", "TIME")

    k = start - 2
    if k < sent or not capital(doc[k]):
        return start
    while k - 1 >= sent and capital(doc[k - 1]):
        k -= 1
    return k


def _org_prefix(doc: Doc, m: Mention) -> None:
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


def _bare_titles(doc: Doc, m: Mention, first: int) -> None:
    """No parsed prefix: still pick up 'Ms' / 'President' written right before the name."""
    k = first - 1
    found = []
    while k >= 0 and doc[k].text[:1].isupper() and (is_title_word(doc[k].text) or doc[k].text == "."):
        if doc[k].text != ".":
            found.append(fix_abbrev(doc, doc[k]))
        k -= 1
    m.titles = found[::-1] + m.titles


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


def _inside_name(i: int, mentions: list[Mention]) -> bool:
    """Is token i part of a name? (An office standing alone, "the Home Secretary", is not.)"""
    k = bisect.bisect_right([m.start for m in mentions], i) - 1
    while k >= 0 and i - mentions[k].start <= 2 * MAX_NAME_TOKENS:
        if mentions[k].start <= i < mentions[k].end and mentions[k].kind != "title":
            return True
        k -= 1
    return False


def add_description(rec: ActorRec, d: str) -> None:
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
