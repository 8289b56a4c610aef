"""Who the article says says each sentence: speakers, outlets, unnamed sources, reports.

The rules read spaCy's dependency parse, never the words of one article:

- a reporting verb ("said", "told", "warned", ... see cues.py) with a subject and with
  something said (a clause, a colon, an adjacent quote) attributes its sentence to that
  subject; when reporting verbs nest ("He said that she told ...") the outermost wins;
- "according to X" attributes to X, "reportedly" to unnamed reports;
- "citing X" / "quoting X" beside a reporting verb fills `cited`;
- a direct quote keeps its speaker over every sentence it runs, whether the speaker is
  named before it ("Ms Hewitt said: "...), after it ("...," he said) or only earlier in
  the article (a quote paragraph after "She said ...");
- pronouns, "the report" and "the sources" are resolved to the source they refer back to.

Sentences with none of these are in the article's own voice and get no record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from bot.extract import cues
from bot.extract.quotes import QuoteMap, find_quote_runs
from bot.extract.records import ActorRec, AttributionRec, SentenceRec

# A sentence is a direct quote when most of its words are quoted or it quotes a clause.
QUOTED_SHARE = 0.5
QUOTED_CLAUSE_WORDS = 8
# A quote must be this long to carry a speaker across sentences ("desperate" is not a quote).
MIN_QUOTE_WORDS = 4


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


@dataclass
class _Cue:
    """One attribution found in a sentence before any name is resolved."""
    token: Token                    # the reporting word ("said", "according", "reportedly")
    cue: str
    speaker: Token | None           # head of the speaker's noun phrase
    cited: str | None = None
    depth: int = 0
    statement: bool = True          # reports what was said (a clause, a quote), not an intent


_SPEAKER_SKIP_DEPS = frozenset({"relcl", "acl", "appos", "punct", "advcl", "cc", "conj",
                                "parataxis", "ccomp"})
_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}


def find_attributions(doc: Doc, sentences: list[SentenceRec], actors: Resolver) -> list[AttributionRec]:
    """Attribution records for `sentences` (offsets into doc.text), in sentence order."""
    return _Finder(doc, sentences, actors).run()


class _Finder:
    def __init__(self, doc: Doc, sentences: list[SentenceRec], actors: Resolver):
        self.doc = doc
        self.sentences = sentences
        self.actors = actors
        self.text = doc.text            # spaCy joins every token on each .text: read it once
        self.quotes = QuoteMap(self.text, find_quote_runs(self.text, _paragraph_spans(sentences)))
        self.spans: list[Span | None] = [doc.char_span(s.start, s.end, alignment_mode="expand")
                                         for s in sentences]
        self.history: list[Source] = []         # speakers and cited sources, oldest first
        self.people: list[Source] = []          # persons named as speakers or subjects
        self.things: list[tuple[int, Source]] = []  # (sentence, organisation/group) for they/it
        self.genders = self._title_genders()
        self._resolved: dict[int, list[tuple[_Cue, Source]]] = {}
        self._resolve_cache: dict[str, ActorRec | None] = {}
        self._people_cache: dict[str, ActorRec] | None = None
        self._mentions_cache: dict[int, list[tuple[int, str]]] = {}
        self._learned: dict[str, list[set[str]]] = {}      # actor key -> role phrases resolved to them
        # the cue of the sentence that named a quote's speaker, kept for its continuations
        self._chain_cues: dict[tuple[int, str], str] = {}
        self._words_per_chain: dict[int, int] = {}
        for r in self.quotes.runs:
            n = sum(1 for w in self.text[r.start:r.end].split() if any(c.isalnum() for c in w))
            self._words_per_chain[r.chain] = self._words_per_chain.get(r.chain, 0) + n

    # ---- driver -------------------------------------------------------------------

    def run(self) -> list[AttributionRec]:
        out: list[AttributionRec] = []
        chain_speaker: dict[int, Source] = {}
        for k, sent in enumerate(self.sentences):
            own = self._own(k)
            inside, total, longest = self.quotes.quoted_words(sent.start, sent.end)
            quoted = total > 0 and (inside / total >= QUOTED_SHARE or longest >= QUOTED_CLAUSE_WORDS
                                    or longest >= MIN_QUOTE_WORDS and self._colon_quote(sent))
            chains = [r for r in self.quotes.runs_in(sent.start, sent.end) if self._chain_words(r.chain) >= MIN_QUOTE_WORDS]
            if own:
                for cue, src in own:          # best-ranked first
                    out.append(self._record(k, cue.cue, src, cue.cited, quoted, False))
                for _, other in sorted(own, key=lambda cs: cs[0].token.i):
                    self._remember(other, k)
                for r in chains:
                    chain_speaker.setdefault(r.chain, own[0][1])
            elif chains and quoted:
                chain = chains[0].chain
                src = chain_speaker.get(chain) or self._speaker_after(chain, k)
                if src is None:
                    src = self._last_speaker()
                if src is not None:
                    chain_speaker[chain] = src
                    out.append(self._record(k, self._chain_cue(chain, src), src, None, True, True))
            self._note_subjects(k)
        return out

    def _colon_quote(self, sent: SentenceRec) -> bool:
        """'X said: "...': a quote introduced by a colon is a direct quote however short."""
        for r in self.quotes.runs_in(sent.start, sent.end):
            before = self.text[max(sent.start, r.start - 3):r.start].strip()
            if before.endswith(":"):
                return True
        return False

    def _record(self, k: int, cue: str | None, src: Source, cited: str | None,
                quoted: bool, continuation: bool) -> AttributionRec:
        return AttributionRec(sentence=k, source=src.name, kind=src.kind, cue=cue, cited=cited,
                              direct_quote=quoted, continuation=continuation, source_actor_key=src.key)

    def _chain_cue(self, chain: int, src: Source) -> str | None:
        return self._chain_cues.get((chain, src.name))

    def _own(self, k: int) -> list[tuple[_Cue, Source]]:
        """The sentence's own attributions, resolved (cached: look-ahead may ask first)."""
        if k not in self._resolved:
            span = self.spans[k]
            found: list[tuple[_Cue, Source]] = []
            if span is not None:
                for cue in self._cues(span):
                    src = self._resolve(cue, k)
                    if src is not None and not _speaks(cue, src):
                        src = None
                    if src is not None:
                        found.append((cue, src))
                        for r in self.quotes.runs_in(span.start_char, span.end_char):
                            self._chain_cues.setdefault((r.chain, src.name), cue.cue)
                        if cue.cited:
                            self.history.append(Source(cue.cited, "unnamed", head=_head_lemma_of(cue.cited),
                                                       plural=True, cited=True))
            self._resolved[k] = found
        return self._resolved[k]

    def _speaker_after(self, chain: int, k: int) -> Source | None:
        """A quote whose speaker is named only where it closes: '"...," he said.'"""
        for j in range(k + 1, len(self.sentences)):
            s = self.sentences[j]
            runs = self.quotes.runs_in(s.start, s.end)
            if not any(r.chain == chain for r in runs):
                return None
            own = self._own(j)
            if own:
                return own[0][1]
        return None

    def _chain_words(self, chain: int) -> int:
        return self._words_per_chain.get(chain, 0)

    # ---- finding cues in one sentence ----------------------------------------------

    def _cues(self, span: Span) -> list[_Cue]:
        found: list[_Cue] = []
        for t in span:
            if self.quotes.inside(t.idx):
                continue
            low = t.lower_
            if low == "according" and t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ == "to":
                pobj = _according_object(self.doc[t.i + 1])
                if pobj is not None and not self.quotes.inside(pobj.idx):
                    found.append(_Cue(t, "according to", pobj))
            elif low in cues.REPORT_ADVERBS:
                found.append(_Cue(t, low, None))
            elif t.tag_.startswith("VB") and (t.lemma_.lower() in cues.CUE_VERBS
                                              or t.lemma_.lower() in cues.STANCE_VERBS):
                speaker = self._subject(t, span)
                if speaker is not None and self._has_content(t, span) and not _in_subordinate_event(t):
                    found.append(_Cue(t, _cue_text(t), speaker, _cited(t, speaker),
                                      statement=self._reports_statement(t, span)))
        if not found:
            return []
        for c in found:
            c.depth = sum(1 for _ in c.token.ancestors)
        verbs = {c.token.i for c in found if c.speaker is not None and c.cue != "according to"}
        # a reporting verb without a subject ("suggesting he believes ...") still reports
        verbs |= {t.i for t in span if t.tag_ == "VBG" and t.lemma_.lower() in cues.CUE_VERBS
                  and not self.quotes.inside(t.idx) and any(c.dep_ == "ccomp" for c in t.children)}
        # the outermost speaker wins: drop cues inside another cue's clause, and cues in a
        # relative clause ("posters which critics claimed were ..."): they attribute a part
        outer = [c for c in found
                 if not any(a.i in verbs for a in _reporting_ancestors(c.token))
                 and not (c.speaker is not None and c.cue != "according to" and _in_relative(c.token))]
        # a cue inside the speaker phrase of another ("a spokesman who said") is not one.
        # Of two speakers side by side ("He vowed to keep trying, but X said the president
        # ..."), the one whose clause carries a reported statement (a clause or a quote) is
        # the sentence's source; a bare intent ("vowed to keep trying") comes second.
        outer.sort(key=lambda c: (c.speaker is None, not c.statement, c.depth, c.token.i))
        return outer

    def _reports_statement(self, verb: Token, span: Span) -> bool:
        """Does the cue carry a statement (a that-clause, a quote, a colon, an object or
        preposition: "dismissed it as ..."), rather than only an intent in an infinitive
        ("vowed to keep trying", "promised to act")?"""
        if any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
            return True
        if verb.dep_ in ("ccomp", "parataxis") and verb.head.i < verb.i:
            return True             # inverted: '"...," he said' parsed under the quote's verb
        nxt = verb.i + 1
        if nxt < span.end and self.doc[nxt].text in (":", "-", "—", "–"):
            return True
        if self._after_quote(verb, span.start) or self._before_quote(verb, span):
            return True
        return not any(c.dep_ == "xcomp" for c in verb.children)

    def _subject(self, verb: Token, span: Span) -> Token | None:
        for c in verb.children:
            if c.dep_ == "nsubj":
                return c
        for c in verb.children:
            if c.dep_ == "nsubjpass" and verb.lemma_ == "quote" and any(
                    p.dep_ == "prep" and p.lower_ == "as" for p in verb.children):
                return c            # "He was quoted as saying ..."
        for c in verb.children:
            if c.dep_ == "agent" and verb.dep_ != "acl":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p    # "..., was reported by the Times"
        if verb.dep_ == "conj" and verb.head.tag_.startswith("VB"):
            for c in verb.head.children:
                if c.dep_ == "nsubj":
                    return c        # "He stood up and said ..."
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            # a parse of "..., an Israeli news outlet reported on Monday." as a noun modifier
            head = verb.head
            left = head.left_edge.i
            if (left > span.start and self.doc[left - 1].text == ","
                    and not any(c.dep_ in ("agent", "dobj") for c in verb.children)):
                return head
        if verb.dep_ not in ("relcl", "acl"):
            # inverted order after a quote: '"...," said Aron Lund' parsed with Lund as object
            for c in verb.children:
                if c.i > verb.i and c.dep_ in ("dobj", "attr", "npadvmod", "dep") and (
                        c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG")) and self._after_quote(verb):
                    return c
        return None

    def _has_content(self, verb: Token, span: Span) -> bool:
        """Does the verb report something said? A clause, a colon, or a quote beside it."""
        lemma = verb.lemma_.lower()
        if lemma in cues.STANCE_VERBS and lemma not in cues.CUE_VERBS:
            return self._states_position(verb, lemma, span)
        for c in verb.children:
            if c.dep_ in ("ccomp", "parataxis"):
                return True
            if c.dep_ == "xcomp" and lemma in cues.XCOMP_CONTENT_VERBS:
                return True
            if c.dep_ == "dobj" and lemma in cues.OBJECT_CONTENT_VERBS:
                return True
            if c.dep_ == "prep" and c.lower_ in cues.PREP_CONTENT.get(lemma, ()):
                return True
            if c.dep_ == "prep" and c.lower_ == "as" and lemma == "quote":
                return True
        if verb.dep_ in ("ccomp", "parataxis", "advcl", "conj") and verb.head.i < verb.i:
            # an inverted reporting clause: "..., Ms Hewitt told GMTV's Sunday programme."
            left = min([verb.i] + [c.left_edge.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")])
            if left > span.start and self.doc[left - 1].is_punct:
                return True
        if verb.dep_ == "acl":
            # only the comma-led "..., X reported." reading; "proposals announced by X" is no cue
            return not any(c.dep_ == "agent" for c in verb.children)
        # a colon after the verb or its object: 'said: "...', 'told the BBC: ...'
        right = max([verb.i] + [c.right_edge.i for c in verb.children
                                if c.dep_ in ("dobj", "dative", "npadvmod") and c.i > verb.i])
        nxt = right + 1
        if nxt < span.end and self.doc[nxt].text in (":", "-", "—", "–"):
            return True
        return self._after_quote(verb) or self._before_quote(verb, span)

    def _states_position(self, verb: Token, lemma: str, span: Span) -> bool:
        """Does a stance verb carry what its subject thinks? Each needs its own complement:
        "called for X", "labelled X 'Y'", "condemned X", "rejected the claims", "pointed out that"."""
        kids = list(verb.children)
        deps = {c.dep_ for c in kids}
        preps = {c.lower_ for c in kids if c.dep_ == "prep"}
        prts = {c.lower_ for c in kids if c.dep_ == "prt"}
        if lemma in cues.PARTICLE_CUES:
            if not prts & cues.PARTICLE_CUES[lemma]:
                return False
            return bool(deps & {"ccomp", "parataxis"}) or "at" in preps or self._quote_beside(verb, span)
        if deps & {"ccomp", "parataxis"}:
            return True
        if preps & cues.PREP_CONTENT.get(lemma, set()):
            return True
        objects = [c for c in kids if c.dep_ == "dobj"]
        if lemma == "call":
            return bool(preps & cues.CALL_PREPS) or bool(objects) and (
                "oprd" in deps or len(objects) > 1 or self._before_quote(verb, span, after=objects[-1]))
        if lemma in cues.NAMING_VERBS:
            return bool(objects) and ("oprd" in deps or "xcomp" in deps or len(objects) > 1
                                      or self._before_quote(verb, span, after=objects[-1]))
        if lemma in cues.STANCE_OBJECT_VERBS:
            return bool(objects)
        if lemma in cues.SPEECH_OBJECT_VERBS:
            return any(o.lemma_.lower() in cues.SPEECH_NOUNS or o.lower_ in cues.SPEECH_NOUNS for o in objects) \
                or self._quote_beside(verb, span)
        return False

    def _quote_beside(self, verb: Token, span: Span) -> bool:
        return self._after_quote(verb) or self._before_quote(verb, span)

    def _after_quote(self, verb: Token, lo: int = 0) -> bool:
        """'"...," he said' / '"...," said X': a quote closes just before the clause (at or
        after token `lo`)."""
        left = min([verb.i] + [c.left_edge.i for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i])
        j = left - 1
        while j >= lo and (self.doc[j].is_punct or self.doc[j].is_space):
            if self.quotes.inside(self.doc[j].idx) or self.doc[j].text in '"”»':
                return True
            j -= 1
        return False

    def _before_quote(self, verb: Token, span: Span, after: Token | None = None) -> bool:
        """'he said, "...' : a quote opens right after the verb (or `after`, its object).
        A one-word quote ('announced "prematurely"') is a scare quote, not what was said."""
        j = (after.right_edge.i if after is not None else verb.i) + 1
        while j < span.end and (self.doc[j].is_punct or self.doc[j].is_space):
            run = self.quotes.run_at(self.doc[j].idx)
            if run is not None:
                return self._real_quote(run)
            j += 1
        run = self.quotes.run_at(self.doc[j].idx) if j < span.end else None
        return run is not None and self.doc[j].idx > verb.idx and self._real_quote(run)

    def _real_quote(self, run) -> bool:
        return self._chain_words(run.chain) >= 2

    # ---- resolving the speaker -----------------------------------------------------

    def _resolve(self, cue: _Cue, k: int) -> Source | None:
        if cue.speaker is None:
            return Source("unnamed reports", "report", head="report", plural=True)
        head = cue.speaker
        # a title noun with a name in apposition: "The Shadow Secretary ..., Theresa May, said"
        person_hint = False
        if head.ent_type_ != "PERSON":
            for c in head.children:
                if c.dep_ == "appos" and _looks_like_person_name(c):
                    head, person_hint = c, True
                    break
        low = head.lower_
        if head.pos_ == "PRON" or low in cues.NON_SOURCE_PRONOUNS:
            if low in _PRONOUN_GENDER and cue.token.dep_ != "ROOT":
                # "Tim Collins is setting out a scheme to tackle what he says are ...": the
                # main clause's named subject comes first
                same = self._main_subject(cue.token, k)
                if same is not None:
                    return same
            return self._pronoun(head, k)
        tokens = _phrase(head, exclude=cue.token)
        text = _text(tokens)
        if not text:
            return None
        if (head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "FAC")) \
                and head.lower_ not in cues.ROLE_NOUNS:
            return self._named(head, tokens, text, person_hint)
        return self._common(head, tokens, text, k)

    def _main_subject(self, verb: Token, k: int) -> Source | None:
        root = verb.sent.root if verb.sent is not None else None
        if root is None or root.i == verb.i:
            return None
        for c in root.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i and c.pos_ == "PROPN" \
                    and not self.quotes.inside(c.idx):
                tokens = _phrase(c, exclude=root)
                src = self._named(c, tokens, _text(tokens))
                if src is not None and src.kind == "person":
                    return src
        return None

    def _pronoun(self, head: Token, k: int) -> Source | None:
        low = head.lower_
        if low in _PRONOUN_GENDER:
            want = _PRONOUN_GENDER[low]
            last = self._last_speaker()
            if last is not None and last.kind == "person" and last.gender in (None, want) \
                    and self.people and self.people[-1] == last:
                return self._learn_gender(last, want)   # "J. Mattinson said ... She added"
            # another source spoke since: "she" goes back to the latest person the article
            # has shown to be a woman ("her mother, Fiona"), before one of unknown sex
            for src in reversed(self.people):
                if src.gender == want:
                    return src
            for src in reversed(self.people):
                if src.gender is None:
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

    def _learn_gender(self, src: Source, gender: str) -> Source:
        """'She added' about a person of unknown sex tells it: later pronouns may use it."""
        if src.gender is not None:
            return src
        known = replace(src, gender=gender)
        self.people = [known if p == src else p for p in self.people]
        self.history = [known if h == src else h for h in self.history]
        return known

    def _named(self, head: Token, tokens: list[Token], text: str, person_hint: bool = False) -> Source | None:
        ent = _entity_of(head)
        person_ent = ent is not None and ent.label_ == "PERSON"
        titled = _has_title(tokens)
        name_text = ent.text if person_ent or (ent is not None and not person_hint and not titled) \
            else _text(_name_chain(head))
        actor = self._actor(name_text) or self._actor(text)
        # the small model's NER often calls a person ORG ("Nicola Sturgeon"); a title in
        # the phrase or the same surname with a title elsewhere in the article outweighs it
        is_person_ent = (person_ent or person_hint or titled
                         or (head.lower_ in self.genders or head.lower_ in self._full_names())
                         and not _has_outlet_word(tokens)) and head.tag_ != "NNPS" and not _is_acronym(head)
        if (head.tag_ == "NNPS" or _is_acronym(head)) and actor is not None and actor.kind == "person":
            actor = None        # "the Lib Dems", "BAA": organisations, whatever the NER thought
        if actor is not None and actor.kind == "person" or (
                (actor is None or actor.kind != "person") and is_person_ent and not _has_outlet_word(tokens)):
            if actor is not None and actor.kind == "person":
                name, key = actor.name, actor.key
            else:
                name, key = self._full_name(_strip_title_words(name_text)), None
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
            return Source(text, "organization", actor.key if actor else None, head=lemma, plural=plural)
        if head.pos_ not in ("NOUN", "PROPN", "NUM", "SYM"):
            return None
        if definite and not plural and not (words & cues.UNNAMED_NOUNS):
            actor = self._actor(text)
            if actor is not None and actor.kind == "person":
                return Source(actor.name, "person", actor.key, self._gender(tokens, actor.name, actor.key),
                              head=lemma)
        if definite and not plural and lemma in cues.PERSON_ROLE_NOUNS and k >= 0 \
                and not any(t.dep_ == "poss" for t in tokens):
            person = self._role_holder(head, tokens, k)
            if person is not None:
                return Source(person.name, "person", person.key, self._gender(tokens, person.name, person.key),
                              head=lemma)
        gender = "f" if words & cues.FEMALE_NOUNS else "m" if words & cues.MALE_NOUNS else None
        return Source(text, "unnamed", head=lemma, plural=plural, gender=gender)

    # ---- role phrases: "the minister" is the person the article gave that office -----

    def _role_holder(self, head: Token, tokens: list[Token], k: int) -> ActorRec | None:
        """The person 'the minister' / 'the Tory leader' stands for: first the person whose
        titles or descriptions name that office (the most recently mentioned on a tie), else,
        when the article just named exactly one person and nobody else in this sentence, that
        person (news prose's way of avoiding repeating a name), else nobody."""
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
            score = max((_role_score(w, family, mods) for w in self._role_words(actor)), default=0.0)
            if score > 0:
                last = self._last_mention(actor.key, start)
                cand = (score, last, actor)
                if best is None or cand[:2] > best[:2]:
                    best = cand
        if best is not None:
            return best[2]
        # no title matches: the one person the article has just named, if nothing contradicts it
        own = {t.i for t in tokens}
        here = [key for i, key in self._person_mentions(k) if i not in own]
        if here:
            return None
        for j in range(k - 1, max(-1, k - 4), -1):
            named = {key for _, key in self._person_mentions(j)}
            if named:
                return self._only_holder(named, family, proper, tokens)
        if self.sentences[k].paragraph <= 2:
            # a lead names the office and the next sentence the person: "..., the Trade and
            # Industry Secretary has said. / Patricia Hewitt said ..."
            for j in range(k + 1, min(len(self.sentences), k + 3)):
                mentions = self._person_mentions(j)
                if mentions:
                    if not any(self.doc[i].dep_ in ("nsubj", "nsubjpass") for i, _ in mentions):
                        return None
                    return self._only_holder({key for _, key in mentions}, family, proper, tokens)
        return None

    def _only_holder(self, named: set[str], family: frozenset[str], proper: set[str],
                     tokens: list[Token]) -> ActorRec | None:
        if len(named) != 1:
            return None
        actor = self._people_by_key()[next(iter(named))]
        words = self._role_words(actor)
        held = set().union(*[w for w in words]) if words else set()
        offices = held & cues.PERSON_ROLE_NOUNS
        if offices and not offices & family:
            return None             # "the chancellor" is not the man the article calls Prime Minister
        mods = {_norm_role_word(t.lower_) for t in tokens if t.is_alpha and t.dep_ not in ("det", "cc")}
        if any(w & family for w in words) and not any(_role_score(w, family, mods) for w in words):
            return None             # "the home secretary" is not the shadow home secretary
        if proper - held:
            return None             # "the Tory leader" is not a person never called a Tory
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
        name_words = {w.lower() for w in actor.name.replace("-", " ").split()}
        out = []
        for text in [*actor.descriptions, *actor.aliases]:
            words = {_norm_role_word(w) for w in _WORDS.findall(text.lower())} - name_words
            if words:
                out.append(words)
        return out + self._learned.get(actor.key, [])

    def _refers_back(self, words: set[str]) -> Source | None:
        """'the report' / 'the newspaper' / 'the sources': the source the article named before."""
        if words & {"report", "reports"}:
            for src in reversed(self.history):
                if src.kind in ("outlet", "report") and src.name != "unnamed reports":
                    return src
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
        if _has_outlet_word(tokens):
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
        if not hasattr(self, "_fulls"):
            fulls: dict[str, str] = {}

            def add(full: str) -> None:
                parts = full.split()
                if len(parts) >= 2 and len(full) > len(fulls.get(parts[-1].lower(), "")):
                    fulls[parts[-1].lower()] = full

            for ent in self.doc.ents:
                if ent.label_ == "PERSON":
                    add(_strip_titles(ent))
            for t in self.doc:
                if t.pos_ == "PROPN" and t.lower_ in self.genders and t.dep_ != "compound":
                    add(_strip_title_words(_text(_name_chain(t))))
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

    def _remember(self, src: Source, k: int) -> None:
        self.history.append(src)
        self._refer(src, k)

    def _refer(self, src: Source, k: int) -> None:
        """Keep `src` as what a later pronoun may mean: he/she -> people, they/it -> things."""
        if src.kind == "person" or (src.kind == "unnamed" and not src.plural):
            if not self.people or self.people[-1] != src:
                self.people.append(src)     # "a spokesman said ... He added:"
        elif src.kind != "report" or not src.plural:
            self.things.append((k, src))

    def _note_subjects(self, k: int) -> None:
        """Named subjects of a main clause outside quotes ("Mr McConnell was speaking ...",
        "BAA are also owners ...") may be who the next 'he' or 'they' means."""
        span = self.spans[k]
        if span is None:
            return
        for t in span:
            if t.dep_ not in ("nsubj", "nsubjpass") or t.head.dep_ != "ROOT" or t.pos_ != "PROPN":
                continue
            if self.quotes.inside(t.idx):
                continue
            tokens = _phrase(t, exclude=t.head)
            src = self._named(t, tokens, _text(tokens))
            if src is not None:
                self._refer(src, k)

    def _last_speaker(self) -> Source | None:
        """Who an unattributed quote belongs to: the last source that spoke in the article."""
        for src in reversed(self.history):
            if src.kind != "report" and not src.cited:
                return src
        return None


# ---- small parse helpers ------------------------------------------------------------

_WORDS = re.compile(r"[a-z]+")
_ROLE_STOP = frozenset("the a an of for and in on at to earlier now then also".split())


def _norm_role_word(w: str) -> str:
    return cues.ROLE_SYNONYMS.get(w, w)


def _role_score(words: set[str], family: frozenset[str], mods: set[str]) -> float:
    """How well an actor's office (as words) fits a role phrase: 0 when it is another office."""
    if not words & family:
        return 0.0
    if (words & cues.OFFICE_QUALIFIERS) - mods:
        return 0.0                  # "Shadow home secretary" is not "the home secretary"
    rest = words - family - _ROLE_STOP
    if mods and mods <= words:
        return 2.0
    if not rest:
        return 1.0                  # a bare title: "Archbishop Desmond Tutu" is "the archbishop"
    if not mods:
        return 1.0                  # "the minister" fits any minister
    return 1.5 if mods & words else 0.0


def _paragraph_spans(sentences: list[SentenceRec]) -> list[tuple[int, int]]:
    spans: dict[int, tuple[int, int]] = {}
    for s in sentences:
        lo, hi = spans.get(s.paragraph, (s.start, s.end))
        spans[s.paragraph] = (min(lo, s.start), max(hi, s.end))
    return [spans[p] for p in sorted(spans)]


def _according_object(to: Token) -> Token | None:
    for c in to.children:
        if c.dep_ == "pobj":
            # "according to a report by/in the Times": the publisher is the source
            if c.lemma_.lower() in cues.REPORT_NOUNS:
                for p in c.children:
                    if p.dep_ == "prep" and p.lower_ in ("by", "in", "from"):
                        for o in p.children:
                            if o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.ent_type_ == "ORG"):
                                return o
            return c
    nxt = to.i + 1
    doc = to.doc
    while nxt < len(doc) and doc[nxt].dep_ in ("det", "amod", "compound", "nummod"):
        nxt += 1
    if nxt < len(doc) and doc[nxt].pos_ in ("NOUN", "PROPN"):
        return doc[nxt]
    return None


_CONTRAST_MARKS = frozenset("while whereas whilst although though".split())


def _reporting_ancestors(verb: Token) -> list[Token]:
    """The heads a cue may be nested under; a contrast clause ("X dismissed it, while Y
    said ...") is a second speaker beside the first, not inside what the first said."""
    out = []
    t = verb
    while t.head.i != t.i:
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in t.children):
            break
        if t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            break       # "He vowed ..., but X said ...": a coordinated clause with its own speaker
        t = t.head
        out.append(t)
    return out


def _in_relative(verb: Token) -> bool:
    """'which critics claimed were ...', 'the child he says is his': a relative clause."""
    t = verb
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "relcl":
        return True
    # "what he says are ...": the reporting verb hangs inside a clause headed by wh-/that
    return t.dep_ in ("ccomp", "advcl") and any(c.tag_ in ("WP", "WDT") for c in t.head.children
                                                 if c.i < verb.i and c.dep_ in ("nsubj", "dobj", "attr"))


_SPEAKER_NOUNS = cues.UNNAMED_NOUNS | cues.ROLE_NOUNS | cues.PERSON_ROLE_NOUNS


def _speaks(cue: _Cue, src: Source) -> bool:
    """A stance verb needs a speaker: "the move signalled ..." / "the plan backed ..." is no one."""
    lemma = cue.token.lemma_.lower()
    if lemma not in cues.STANCE_VERBS and lemma not in cues.THING_VERBS:
        return True
    return src.kind != "unnamed" or src.head in _SPEAKER_NOUNS


def _cue_text(verb: Token) -> str:
    parts = [verb.lower_]
    for c in verb.children:
        if c.dep_ == "prt" and c.i == verb.i + 1:
            parts.append(c.lower_)      # "pointed out"
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.dep_ == "prep" and c.i == verb.i + len(parts) and (
                lemma == "call" and c.lower_ in cues.CALL_PREPS or lemma == "hit" and c.lower_ == "at"):
            parts.append(c.lower_)      # "called for", "hit out at"
    return " ".join(parts)


# Conjunctions of clauses that tell when or why something happened: "after the Home Office
# announced a review" dates the main clause, it does not say who says it.
_EVENT_MARKS = frozenset("after before since until once when whenever because".split())


def _in_subordinate_event(verb: Token) -> bool:
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _EVENT_MARKS for c in verb.children)


def _cited(verb: Token, speaker: Token) -> str | None:
    """'Reuters, citing four sources familiar with the matter, reported ...'."""
    for anchor in (verb, speaker):
        for c in anchor.children:
            if c.lemma_.lower() in cues.CITING_VERBS and c.tag_ == "VBG" and c.dep_ in ("advcl", "acl", "xcomp", "conj", "prep"):
                for o in c.children:
                    if o.dep_ in ("dobj", "pobj"):
                        toks = [t for t in o.subtree
                                if not any(a.dep_ == "prep" and a.lower_ == "as" and a.head.i == o.i for a in [t, *t.ancestors])]
                        return _text(_trim_punct(toks)) or None
    return None


def _phrase(head: Token, exclude: Token) -> list[Token]:
    """The speaker's noun phrase without clauses, appositions or the cue itself."""
    keep: set[int] = set()

    def walk(t: Token) -> None:
        keep.add(t.i)
        for c in t.children:
            if c.i == exclude.i:
                continue
            # "the Trade and Industry Secretary": a conjunction inside a modifier is the name's
            if c.dep_ in _SPEAKER_SKIP_DEPS and not _joins_word(c) and not (
                    c.dep_ in ("cc", "conj") and t.i != head.i and t.dep_ in ("compound", "amod", "nmod")
                    and c.i < head.i):
                continue
            if c.tag_ == "VBG" and c.lemma_.lower() in cues.CITING_VERBS:
                continue
            walk(c)

    walk(head)
    lo = hi = head.i
    while lo - 1 in keep:
        lo -= 1
    while hi + 1 in keep:
        hi += 1
    return _trim_punct([head.doc[i] for i in range(lo, hi + 1)])


def _trim_punct(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].is_punct or tokens[0].is_space or tokens[0].dep_ == "cc"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct and tokens[-1].text != "%" or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


def _text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    return tokens[0].doc[tokens[0].i:tokens[-1].i + 1].text.strip()


def _entity_of(t: Token) -> Span | None:
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


def _name_chain(head: Token) -> list[Token]:
    """The proper-noun run that ends at `head`, hyphenated parts included ("Murphy-O'Connor")."""
    lo = head.i
    doc = head.doc
    while lo - 1 >= 0:
        prev = doc[lo - 1]
        if prev.pos_ == "PROPN" and prev.head.i in range(lo, head.i + 1):
            lo -= 1
        elif _joins_word(prev) and lo - 2 >= 0 and doc[lo - 2].pos_ == "PROPN":
            lo -= 2
        else:
            break
    return [doc[i] for i in range(lo, head.i + 1)]


def _joins_word(t: Token) -> bool:
    """A hyphen written without spaces inside one name or word: "Murphy-O'Connor"."""
    return t.text in ("-", "‐", "‑") and not t.whitespace_ and t.i > 0 and not t.doc[t.i - 1].whitespace_


def _looks_like_person_name(t: Token) -> bool:
    """An apposition that names a person: 'The Shadow Secretary ..., Theresa May, said'."""
    if t.ent_type_ == "PERSON":
        return True
    if t.pos_ != "PROPN" or t.ent_type_ in ("ORG", "GPE", "NORP", "FAC", "LOC"):
        return False
    chain = _name_chain(t)
    return len(chain) >= 2 and all(c.text[:1].isupper() for c in chain)


def _strip_title_words(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in _ALL_TITLES:
        words = words[1:]
    words = [w for w in words if w.lower().rstrip(".") not in cues.FEMALE_TITLES | cues.MALE_TITLES]
    return " ".join(words) or name


def _is_acronym(t: Token) -> bool:
    return len(t.text) >= 2 and t.text.isupper() and t.text.isalpha()


_ALL_TITLES = cues.FEMALE_TITLES | cues.MALE_TITLES | cues.PERSON_TITLES


def _has_title(tokens: list[Token]) -> bool:
    """A capitalised title right before a capitalised name: "Ms Hewitt", "Cardinal Cormac ..."."""
    for n, a in enumerate(tokens):
        title = a.lower_.rstrip(".")
        if title not in _ALL_TITLES or not a.text[:1].isupper():
            continue
        names = 0
        for b in tokens[n + 1:]:
            if b.pos_ == "PROPN" and b.text[:1].isupper():
                names += 1
            elif not _joins_word(b):
                break
        # a title without a gender needs a first name and a surname: "General Motors" is no one
        if names >= (1 if title in cues.FEMALE_TITLES | cues.MALE_TITLES else 2):
            return True
    return False


def _strip_titles(ent: Span) -> str:
    toks = [t for t in ent if t.lower_.rstrip(".") not in cues.FEMALE_TITLES | cues.MALE_TITLES
            and t.dep_ != "case"]
    return _text(_trim_punct(toks)) or ent.text


def _has_outlet_word(tokens: list[Token]) -> bool:
    return any(t.pos_ == "NOUN" and (t.lemma_.lower() in cues.OUTLET_NOUNS or t.lower_ == "news") for t in tokens)


def _head_lemma_of(text: str) -> str:
    """The last word of a cited phrase's head ('four sources familiar with ...' -> 'source')."""
    words = text.lower().split()
    for w in words:
        base = w[:-1] if w.endswith("s") and len(w) > 3 else w
        if w in cues.UNNAMED_NOUNS or base in cues.UNNAMED_NOUNS:
            return base
    return words[-1] if words else ""
