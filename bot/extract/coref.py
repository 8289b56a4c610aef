"""Mentions that point back at a person the article has named: 'he', 'her', 'the minister'.

Why: a question about Martin Mubanga must find "He plans to sue the government", which
names nobody. A wrong mention makes the engine quote the wrong person, so every rule here
refuses rather than guesses:

- a pronoun (he/him/his/himself, she/her/herself) outside quotation marks refers to the one
  person of agreeing (or unknown) sex named in its sentence before it or in the previous
  sentence (of the same or the previous paragraph); two such people, or an unnamed person
  there ('his lawyer', 'a spokesman'), and nothing is recorded;
- 'the minister', 'the Tory leader' refer to the one person the article named earlier with a
  description holding that role (ActorTable.resolve_role), never when two people hold it;
- a pronoun in a phrase fronted before a named subject is that subject's ("In his report,
  Mr Brown ..."); a name describing the subject ("Azmat Begg, father of Moazzam") is no rival;
  and a sentence's subject 'he' means the one main subject before it when the other people
  there are tucked inside phrases ("... campaigning for his son's release. He added").

A resolved reference counts as a mention for the pronouns after it, so "Mubanga ... He ...
He ..." keeps its thread. One pass over the tokens; nothing is parsed again.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Doc, Token

from bot.article import Article
from bot.extract.quotes import QuoteMap, find_quote_runs
from bot.extract.records import MentionRec, SentenceRec
from bot.extract.sentences import paragraph_spans
from bot.extract.titles import MORE_ROLE_NOUNS, OFFICES, PERSON_ROLE_NOUNS, is_role_noun

PRONOUN_SEX = {"he": "m", "him": "m", "his": "m", "himself": "m",
               "she": "f", "her": "f", "herself": "f"}
# Nouns for a person that say their sex: a competitor of the other sex blocks nothing.
NOUN_SEX = {w: "m" for w in """man boy father husband son brother uncle nephew grandfather widower
businessman spokesman chairman congressman king prince duke earl gentleman""".split()}
NOUN_SEX.update({w: "f" for w in """woman girl mother wife daughter sister aunt niece grandmother
widow businesswoman spokeswoman chairwoman congresswoman queen princess duchess lady actress""".split()})
# Unnamed people: any of these nouns, unresolved, may be what a pronoun means.
_PERSON_NOUNS = PERSON_ROLE_NOUNS | MORE_ROLE_NOUNS | frozenset(NOUN_SEX)
# Role heads 'the ...' may stand for a named holder: offices, not kinship or generic people.
ROLE_HEADS = OFFICES | frozenset("""mp mep msp peer chief boss head executive leader chairman
chairwoman spokesman spokeswoman commissioner""".split())
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_OBJECT_DEPS = ("dobj", "dative", "pobj", "iobj")
# Words after 'the <role>' that make it another role or generic: "the leader of ...".
_BLOCKING_RIGHT_DEPS = ("prep", "acl", "relcl", "amod", "appos", "compound", "nummod")


@dataclass(frozen=True)
class Antecedent:
    """Something a later pronoun may point at: a named person, a resolved reference, or an
    unnamed person (key None) who only makes a pronoun ambiguous."""

    token: int              # the head token (last word of a name, the pronoun, the role noun)
    sentence: int
    key: str | None
    sex: str | None
    salient: bool           # the subject of its clause: what a pronoun two sentences on still means
    quoted: bool            # named inside a quote: blocks, never resolves


def coreference_mentions(article: Article, doc: Doc, sentences: list[SentenceRec], table,
                         named: list[tuple[int, int, str]],
                         sex_of: Callable[[str], str | None]) -> list[MentionRec]:
    """Pronoun and role-noun mentions of named people.

    `named`: (first token, end token, actor key) of every mention of a person by name or
    title, in any order; `table`: the article's ActorTable (resolve_role, role_holders,
    token_actor); `sex_of(key)`: 'm', 'f' or None."""
    if not sentences or not named:
        return []
    return _Resolver(article, doc, sentences, table, named, sex_of).run()


class _Resolver:
    def __init__(self, article: Article, doc: Doc, sentences: list[SentenceRec], table,
                 named: list[tuple[int, int, str]], sex_of: Callable[[str], str | None]):
        self.doc = doc
        self.sentences = sentences
        self.table = table
        self.sex_of = sex_of
        self.text = text = article.text
        self.quotes = QuoteMap(text, find_quote_runs(text, [(p.start, p.end) for p in paragraph_spans(article)]))
        self.starts = [s.start for s in sentences]
        self.named_at: dict[int, tuple[int, str]] = {}     # last token of a name -> (first token, key)
        self.covered: set[int] = set(table.token_actor)
        for s, e, key in named:
            self.named_at[e - 1] = (s, key)
            self.covered.update(range(s, e))
        self.antecedents: list[Antecedent] = []
        self.out: list[MentionRec] = []

    def run(self) -> list[MentionRec]:
        doc = self.doc
        skip_to = 0
        for t in doc:
            if t.i < skip_to:
                continue
            if t.i in self.named_at:
                self._add_named(t)
                continue
            if t.i in self.covered:
                continue
            low = t.lower_
            if low == "the":
                end = self._role(t)
                if end:
                    skip_to = end
                continue
            if low in PRONOUN_SEX:
                self._pronoun(t, PRONOUN_SEX[low])
                continue
            self._maybe_unnamed(t)
        return self.out

    # ---- where things are

    def _sentence(self, char: int) -> int | None:
        i = bisect.bisect_right(self.starts, char) - 1
        if i < 0 or char >= self.sentences[i].end:
            return None
        return i

    def _near(self, i: int, j: int) -> bool:
        """Is sentence j (before i) close enough: j >= i - 2 and at most one paragraph back."""
        return 0 <= j <= i and self.sentences[i].paragraph - self.sentences[j].paragraph <= 1

    def _record(self, start: int, end: int, key: str) -> None:
        k = self._sentence(start)
        if k is not None:
            self.out.append(MentionRec(sentence=k, actor_key=key, start=start, end=end, text=self.text[start:end]))

    # ---- antecedents

    def _add_named(self, t: Token) -> None:
        first, key = self.named_at[t.i]
        k = self._sentence(t.idx)
        if k is None:
            return
        self.antecedents.append(Antecedent(t.i, k, key, self.sex_of(key), _is_subject(t),
                                           self.quotes.inside(self.doc[first].idx)))

    def _maybe_unnamed(self, t: Token) -> None:
        """'his lawyer', 'a spokesman': an unnamed person a pronoun may mean instead."""
        if t.tag_ not in ("NN", "NNP") or t.dep_ in ("compound", "amod", "appos", "attr"):
            return
        if t.dep_ == "pobj" and t.head.lower_ == "as":
            return          # "As agriculture minister he ...": the post of the subject, nobody else
        if t.lower_ not in _PERSON_NOUNS and not (t.tag_ == "NN" and len(t.lower_) > 4 and is_role_noun(t.lemma_)):
            return      # ("an interrogator": agent nouns by their ending, as descriptions go)
        if t.head.i in self.covered or any(c.dep_ == "appos" and c.i in self.covered for c in t.children):
            return          # "Mr Blair, the prime minister": describes a named person
        if self.quotes.inside(t.idx):
            return
        k = self._sentence(t.idx)
        if k is not None:
            self.antecedents.append(Antecedent(t.i, k, None, NOUN_SEX.get(t.lower_), _is_subject(t), False))

    # ---- pronouns

    def _pronoun(self, t: Token, sex: str) -> None:
        doc = self.doc
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and (nxt.text == "Majesty" or nxt.lower_ == "or" or nxt.lower_ == "/"):
            return          # "Her Majesty", "he or she": nobody in particular
        if t.i > 0 and doc[t.i - 1].lower_ in ("or", "/") and t.i > 1 and doc[t.i - 2].lower_ in PRONOUN_SEX:
            return
        if self.quotes.inside(t.idx):
            return
        i = self._sentence(t.idx)
        if i is None:
            return
        after = _fronted_subject(t)
        if after is not None and after.i in self.named_at:
            # "In his report, Mr Brown insisted ...": the named subject the phrase leads up to
            key = self.named_at[after.i][1]
            if self.sex_of(key) in (None, sex):
                self._record(t.idx, t.idx + len(t.text), key)
                self.antecedents.append(Antecedent(t.i, i, key, sex, False, False))
                return
        not_him = self._clause_subject(t)
        lo, hi = _commanded(t)
        window: list[Antecedent] = []
        older: list[Antecedent] = []
        for a in reversed(self.antecedents):
            if a.sentence < i - 2 or not self._near(i, a.sentence):
                break
            if a.sex not in (None, sex) or a.token == not_him or lo <= a.token < hi and not _says(doc[a.token]):
                continue    # (but 'Laws said: "...," he said' is Laws twice)
            (window if a.sentence >= i - 1 else older).append(a)
        # "Azmat Begg, father of Moazzam, thanked ...": a name inside the subject's own phrase
        # describes the subject; it is not another candidate
        owners = [doc[a.token] for a in window if a.salient and a.key]
        window = [a for a in window if not any(_describes(doc[a.token], owner) for owner in owners)]
        key = _one_key(window)
        here = [a for a in window if a.sentence == i]
        if key is None and t.dep_ in _SUBJECT_DEPS and _bracketed(t, self.sentences[i].start) and here and all(a.salient and a.key for a in here):
            # "How much longer Mr Brown will continue in the job is not clear (he once said ...)":
            # a subject 'he' in an aside in brackets comments on the one person its own sentence
            # has as a subject before it (and names no one else), whoever the sentence before named
            key = _one_key(here)
        if key is None and _main_subject(t):
            # "Azmat Begg ... thanked his lawyers for campaigning for his son's release. He added":
            # a sentence's subject 'he' means the one main subject or object before it, not a
            # person tucked inside a phrase ("his son's", "of the party")
            plain = [a for a in window if not _tucked(doc[a.token], a.key is not None)]
            key = _one_key(plain)
            if key is not None and not any(a.key == key and _main_subject(doc[a.token]) for a in plain):
                key = None  # "as his first wife, Sally, was dying": no main subject, no guess
        latest = window[0] if window else None
        if key is None or all(a.quoted for a in window) or (
                latest.sentence < i and not any(a.salient for a in window if a.sentence == latest.sentence)
                and any(a.key != key for a in older)):
            # nobody, two people it may mean, or "Blair spoke. Brown's aides agreed. He added";
            # this 'he' then stands for someone unknown whom the next 'he' may mean too
            self.antecedents.append(Antecedent(t.i, i, None, sex, _is_subject(t), False))
            return
        self._record(t.idx, t.idx + len(t.text), key)
        self.antecedents.append(Antecedent(t.i, i, key, sex, _is_subject(t), False))

    def _clause_subject(self, t: Token) -> int:
        """'Blair praised him': the subject of the verb a him/her object hangs from is not him."""
        if t.dep_ not in _OBJECT_DEPS or t.lower_ in ("his", "himself", "herself"):
            return -1
        verb = t.head
        if t.dep_ == "pobj" and verb.dep_ in ("prep", "agent", "dative"):
            verb = verb.head
        for c in verb.children:
            if c.dep_ in _SUBJECT_DEPS:
                return _name_end(c)
        return -1

    # ---- roles

    def _role(self, the: Token) -> int:
        """'the minister', 'the Tory leader' -> a mention of the one named holder; returns the
        token after the phrase when one was recorded, else 0."""
        head = the.head
        if the.dep_ != "det" or head.i <= the.i or head.i - the.i > 4 or head.tag_ not in ("NN", "NNP"):
            return 0
        if head.lower_ not in ROLE_HEADS or head.dep_ in ("compound", "appos", "attr"):
            return 0        # "Gordon Brown, the chancellor,": describes the name beside it
        if any(c.dep_ in _BLOCKING_RIGHT_DEPS and c.i > head.i for c in head.children):
            return 0        # "the leader of the Lib Dems", "the minister responsible"
        nxt = self.doc[head.i + 1] if head.i + 1 < len(self.doc) else None
        if nxt is not None and (nxt.i in self.covered or nxt.pos_ == "PROPN"):
            return 0        # "the prime minister Tony Blair": the name is the mention
        span = self.doc[the.i + 1:head.i + 1]
        if any(t.i in self.covered or t.dep_ not in ("compound", "amod", "ROOT") and t.i != head.i
               or t.head.i != head.i and t.i != head.i and t.head.i not in range(span.start, span.end)
               for t in span):
            return 0
        text = span.text
        start = span.start_char
        holders = self.table.role_holders(text, start)
        if len(holders) != 1:
            return 0
        holder = self.table.resolve_role(text, start)
        if holder is None or holder.key != holders[0]:
            return 0
        i = self._sentence(start)
        if i is None:
            return 0
        self._record(start, span.end_char, holder.key)
        self.antecedents.append(Antecedent(head.i, i, holder.key, self.sex_of(holder.key),
                                           _is_subject(head), self.quotes.inside(start)))
        return head.i + 1


def _main_subject(t: Token) -> bool:
    """The subject of its sentence's main verb ("He added", "Mr Begg thanked")."""
    while t.dep_ == "compound" and t.head.i > t.i:
        t = t.head
    verb = t.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return t.dep_ in _SUBJECT_DEPS and verb.dep_ == "ROOT"


def _tucked(t: Token, named: bool) -> bool:
    """A person inside another phrase, whom a following 'he' rarely means: the owner in "his
    son's release", a name after a preposition ("campaigning for Mr Begg"), the subject of a
    clause that describes a noun ("the way Mr Blunkett introduced the rules"). A subject's owner
    ("Mr Campbell's e-mail said") is not tucked, and an unnamed man after a preposition ("by a
    British man who said he ...") may still be the one meant."""
    if t.dep_ == "poss":
        return t.head.dep_ not in _SUBJECT_DEPS
    if named and t.dep_ in _SUBJECT_DEPS and t.head.dep_ in ("relcl", "acl"):
        return True
    return named and t.dep_ in ("pobj", "compound")


def _one_key(window: list[Antecedent]) -> str | None:
    """The person every antecedent means, if they all mean one named person."""
    keys = {a.key if a.key is not None else f"#{a.token}" for a in window}
    return window[0].key if len(keys) == 1 else None


def _says(t: Token) -> bool:
    """The subject of a verb of saying: "David Laws said", "Blair told MPs"."""
    return t.dep_ in _SUBJECT_DEPS and t.head.lemma_ in ("say", "add", "tell")


def _describes(t: Token, owner: Token) -> bool:
    """Is t a name inside owner's own phrase that describes owner ("Azmat Begg, father of
    Moazzam"; "Mr Brown's former adviser Ed Balls"), not one joined to it ("Begg and Abbasi")?"""
    if t.i == owner.i or not owner.left_edge.i <= t.i <= owner.right_edge.i:
        return False
    while t.i != owner.i:
        if t.dep_ == "conj" or t.head.i == t.i:
            return False
        t = t.head
    return True


def _fronted_subject(t: Token) -> Token | None:
    """The subject of the main clause when the pronoun sits in a phrase fronted before it
    ("In his report, Mr Brown ..."); None elsewhere, or when that subject is a pronoun, which
    the usual search then resolves the same way."""
    root = t.sent.root
    subject = next((c for c in root.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None or subject.pos_ == "PRON" or t.i >= subject.left_edge.i:
        return None
    top = t
    while top.head.i != root.i and top.head.i != top.i:
        top = top.head
        if any(c.dep_ in _SUBJECT_DEPS and c.i < t.i for c in top.children):
            return None     # "As Michael Howard kicked off his campaign, Kennedy ...": Howard's
    if top.head.i != root.i or top.dep_ not in ("prep", "advcl", "npadvmod", "advmod") or top.i > subject.i:
        return None
    return subject


def _bracketed(t: Token, start: int) -> bool:
    """Inside brackets that open before it in its sentence (from char `start`): "... is not
    clear (he once said ...)"."""
    for x in reversed(t.doc[:t.i]):
        if x.idx < start:
            return False
        if x.text in "()":
            return x.text == "("
    return False


def _commanded(t: Token) -> tuple[int, int]:
    """Tokens a subject pronoun's clause spans ('Blair will defend it, he said'; '"... Tony
    Blair ...," he said'): a name there is what the pronoun reports on, not the pronoun."""
    if t.dep_ not in _SUBJECT_DEPS:
        return (0, 0)
    verb = t.head
    scope = verb.head if verb.dep_ == "parataxis" else verb
    lo = scope.left_edge.i
    # "Mr Brown will continue ... (he once said ...)": a clause in brackets is its own; the
    # parse may hang the sentence before the bracket from its verb
    opened = next((x.i for x in reversed(t.doc[lo:t.i]) if x.text in "()"), None)
    if opened is not None and t.doc[opened].text == "(":
        lo = opened
    return (lo, scope.right_edge.i + 1)


def _is_subject(t: Token) -> bool:
    """The subject of its clause, the name itself or its last word ('Mr Mubanga' said)."""
    while t.dep_ == "compound" and t.head.i > t.i:
        t = t.head
    return t.dep_ in _SUBJECT_DEPS


def _name_end(t: Token) -> int:
    """The head token of a subject: names are recorded by their last word, which is the head."""
    return t.i
