"""Reporting cues in one sentence: who the parse says says it, before any name is resolved.

The rules read spaCy's dependency parse, never the words of one article:

- a reporting verb ("said", "told", "warned", ... see cues.py) with a subject and with
  something said (a clause, a colon, an adjacent quote) is a cue for that subject; when
  reporting verbs nest ("He said that she told ...") the outermost wins;
- "according to X" is a cue for X, "reportedly" for unnamed reports;
- "citing X" / "quoting X" beside a reporting verb is what the speaker relied on.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from bot.extract import cues
from bot.extract.phrases import has_outlet_word, misparsed_subject_of, text_of, trim_punct
from bot.extract.quotes import QuoteMap, QuoteRun
from bot.extract.titles import is_role_noun


@dataclass
class Cue:
    """One attribution found in a sentence before any name is resolved."""
    token: Token                    # the reporting word ("said", "according", "reportedly")
    cue: str
    speaker: Token | None           # head of the speaker's noun phrase
    cited: str | None = None
    depth: int = 0
    statement: bool = True          # reports what was said (a clause, a quote), not an intent
    quote_relative: bool = False    # "X, who said: "..."": the relative clause opens X's quote
    participle: bool = False        # "X backed it, saying ...": the speaker is the clause's subject


class CueFinder:
    """Finds the cues of a sentence; needs the article's quotes to tell '"...," he said'."""

    def __init__(self, doc: Doc, quotes: QuoteMap):
        self.doc = doc
        self.quotes = quotes
        self.nested: list[Cue] = []     # of the last find(): cues inside another cue's clause

    def find(self, span: Span) -> list[Cue]:
        """The sentence's cues, the one that names its source first."""
        self.nested = []
        found: list[Cue] = []
        after: list[Cue] = []   # "His assurances came after Sir Digby Jones said ...": a last resort
        for t in span:
            if self.quotes.inside(t.idx):
                continue
            low = t.lower_
            if low == "according" and t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ == "to":
                pobj = _according_object(self.doc[t.i + 1])
                if pobj is not None and not self.quotes.inside(pobj.idx):
                    found.append(Cue(t, "according to", pobj))
            elif low in cues.REPORT_ADVERBS:
                found.append(Cue(t, low, None))
            elif t.lemma_ == "be" and (verdict := self._verdict(t, span)) is not None:
                found.append(verdict)
            elif t.tag_.startswith("VB") and (t.lemma_.lower() in cues.CUE_VERBS
                                              or t.lemma_.lower() in cues.STANCE_VERBS
                                              or _went_on(t) or _learned_closing(t)
                                              or _clause_noun(t) is not None) or is_mind_verb(t) or _asks_to_know(t):
                # "X is worried that ...": the state's subject is the verb "be"'s
                speaker = self._subject(t.head if t.dep_ == "acomp" else t, span)
                if speaker is None and t.dep_ == "xcomp" and t.head.dep_ == "acomp":
                    # "Mr Kennedy was keen to stress that ...", "He was happy to offer a pledge that ...":
                    # the subject of "was"
                    speaker = self._subject(t.head.head, span)
                if speaker is not None and (sender := _sender(t, speaker)) is not None:
                    speaker = sender    # "X e-mailed Mr Y pointing out ...": X points it out
                participle = speaker is None and self._participle_reports(t, span)
                if participle:
                    speaker = _participle_subject(t)    # "Howard offered ..., adding that ..."
                if speaker is not None and self._has_content(t, span) and not self._asks(t, speaker, span):
                    (after if _in_subordinate_event(t) else found).append(
                        Cue(t, _cue_text(t), speaker, _cited(t, speaker), statement=self._reports_statement(t, span),
                            quote_relative=self._relative_quote(t, span), participle=participle))
        if not found:
            # an event told as following what someone said: with no other voice in the
            # sentence, what they said is its only reported statement
            # ("... shortly before the chancellor announced ...": the event came first and is the story's)
            return [c for c in after if c.statement and any(k.dep_ == "ccomp" for k in c.token.children)
                    and any(k.dep_ == "mark" and k.lower_ == "after" for k in c.token.children)][:1]
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
                 and not (c.speaker is not None and c.cue != "according to" and not c.quote_relative
                          and _in_relative(c.token))]
        # the speakers of words another cue reports, kept in case that cue's subject is a thing
        # that says nothing ("A UKIP MEP suggested ..., a new documentary has revealed"), and the
        # source a sentence is "according to" when its own verb's subject is such a thing
        # ("According to the documents, the first meeting indicated that ...")
        self.nested = [c for c in found if c not in outer and c.speaker is not None
                       and (c.cue != "according to" or c.token.i < c.token.head.i and c.token.head.lemma_.lower() in cues.THING_VERBS)
                       and c.statement and not _in_relative(c.token)]
        if not outer:
            # "... held by the Muslim Association of Britain, which believes Muslim voters could
            # ...", "He met Tom Reed, who said the talks had failed": with no other voice in the
            # sentence, what it reports is the relative clause's, said by the one it describes.
            # A person is no "which": in "claims in his book, by journalist Robert Peston, which
            # suggested ...", the claims suggest it, whatever the parse hangs "which" on.
            outer = [replace(c, speaker=who) for c in found
                     if c.speaker is not None and c.speaker.lower_ in ("who", "which", "that")
                     and c.token.dep_ == "relcl" and c.statement
                     and any(k.dep_ == "ccomp" for k in c.token.children)
                     and (who := _phrase_head(_antecedent(c.speaker, c.token)))
                     and not (c.speaker.lower_ == "which" and who.ent_type_ == "PERSON")]
        # a cue inside the speaker phrase of another ("a spokesman who said") is not one.
        # Of two speakers side by side ("He vowed to keep trying, but X said the president
        # ..."), the one whose clause carries a reported statement (a clause or a quote) is
        # the sentence's source; a bare intent ("vowed to keep trying") comes second.
        outer.sort(key=lambda c: (c.speaker is None, not c.statement, c.depth, c.token.i))
        # a reporting clause that closes the sentence frames all of it, whatever the parse hangs
        # it on ("Guidance said e-mails should be deleted ..., Mr Thomas said.")
        closing = next((c for c in found if c.speaker is not None and c.token.dep_ == "ccomp" and c.cue != "according to"
                        and (cs := _closing_subject(c.token, span)) is not None and cs.i == c.speaker.i), None)
        if closing is not None:
            outer = [closing] + [c for c in outer if c is not closing]
        if outer and all(c.statement and not self._carries_clause(c, span) for c in outer):
            # "Mr X condemned the leaflet, which the Foreign Office says has cost £2,500": the
            # main clause reports no words of anyone's; the relative clause's named source does
            # (not an aim's "where social workers tell people ...": what a place is for)
            outer = [c for c in found if c.token.dep_ == "relcl" and c.speaker is not None
                     and not any(k.tag_ == "WRB" for k in c.token.children)
                     and c.cue != "according to" and c.speaker.pos_ in ("PROPN", "NOUN")
                     and c.speaker.lower_ not in cues.NON_SOURCE_PRONOUNS
                     and any(k.dep_ == "ccomp" for k in c.token.children)
                     and not any(a.i in verbs and not any(o.token.i == a.i for o in outer)
                                 for a in _reporting_ancestors(c.token))] + outer
        return outer

    def _verdict(self, be: Token, span: Span) -> Cue | None:
        """'"...," is the dry assessment of Graham Lane': a quote whose verdict it is names its
        speaker after it, as '"...," he said' does."""
        subject = next((c for c in be.children if c.dep_ in ("nsubj", "csubj", "ccomp")), None)
        if subject is not None and not self.quotes.inside(subject.idx) or \
                not any(self.quotes.inside(t.idx) for t in span if t.i < be.i):
            return None
        for attr in be.children:
            if attr.dep_ == "attr" and attr.lemma_.lower() in cues.VERDICT_NOUNS:
                for prep in attr.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):
                        who = next((c for c in prep.children if c.dep_ == "pobj"), None)
                        if who is not None and who.pos_ in ("PROPN", "NOUN"):
                            return Cue(be, attr.lemma_.lower(), who)
        return None

    def _asks(self, verb: Token, speaker: Token, span: Span) -> bool:
        """'will those Brownite briefers suggest ...?': the article asks what they will say; they
        have said nothing yet."""
        text = span.text.rstrip()
        return text.endswith("?") and not self.quotes.inside(span[-1].idx) and any(
            c.dep_ == "aux" and c.i < speaker.i for c in verb.children)

    def _carries_clause(self, c: Cue, span: Span) -> bool:
        """Does the cue report words: a clause, a colon or a quote beside it (not only an object)?"""
        verb = c.token
        if c.speaker is None or any(k.dep_ in ("ccomp", "parataxis") for k in verb.children):
            return True
        if verb.dep_ in ("ccomp", "parataxis") and verb.head.i < verb.i:
            return True
        nxt = verb.i + 1
        if nxt < span.end and self.doc[nxt].text in (":", "-", "—", "–"):
            return True
        return bool(self._after_quote(verb, span.start) or self._before_quote(verb, span))

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
        """The verb's speaker within the sentence: the parse may join two of our sentences and
        hang a subject from the one before on the verb."""
        found = self._any_subject(verb, span)
        return found if found is None or span.start <= found.i < span.end else _opening_name(verb, span)

    def _any_subject(self, verb: Token, span: Span) -> Token | None:
        for c in _subjects(verb, span):
            if c.dep_ in ("nsubj", "nsubjpass", "csubj"):  # nsubjpass only of a state of mind, csubj only of a name (see _subjects)
                if c.lower_ in ("one", "some") and (named := _person_beside(c, verb)) is not None:
                    return named  # "one of the Guildford Four, Gerry Conlon - who was ... - said"
                if (named := _named_example(c)) is not None:
                    return named  # "Some, such as 83-year-old Jane Doe, said ...": the one named speaks
                if self._relative_quote(verb, span):
                    return _antecedent(c, verb)     # "backed by Tessa Jowell, who said: "...""
                return _split_apposition(c, verb) or _dashed_name(c, verb) or _trailing_source(verb, c, span.start) or c
        trailing = _trailing_source(verb, None, span.start)
        if trailing is not None:
            return trailing
        fronted = _fronted_subject(verb, span)
        if fronted is not None:
            return fronted          # "In an article for the Times, Ms Dunwoody ... says:"
        for c in verb.children:
            if c.dep_ == "nsubjpass" and verb.lemma_ == "quote" and any(
                    p.dep_ == "prep" and p.lower_ == "as" for p in verb.children):
                return c            # "He was quoted as saying ..."
        if verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_ == "quote":
            for c in verb.head.children:
                if c.dep_ == "nsubjpass":
                    return c        # "He was quoted in the Herald saying ..."
        for c in verb.children:
            if c.dep_ == "agent" and verb.dep_ != "acl":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p    # "..., was reported by the Times"
        if (by := _agent_after_as(verb)) is not None:
            return by

        if verb.dep_ == "conj" and verb.head.tag_.startswith("VB"):
            for c in verb.head.children:
                if c.dep_ == "nsubj":
                    return c        # "He stood up and said ..."
        for a in verb.children:
            if a.dep_ == "aux" and a.lemma_ == "do" and a.i < verb.i:
                for c in a.children:
                    if c.dep_ == "nsubj" and span.start <= c.i < span.end:
                        return c    # "But he did, for the first time, say ...": the parse hangs him on "did"
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _RAISING:
            # "Mr Howard is expected to tell activists ...", "He is due to announce ...": the
            # subject sits on "expected", or on the "is" of "due"
            for h in (verb.head, verb.head.head) if verb.head.dep_ == "acomp" else (verb.head,):
                for c in h.children:
                    if c.dep_ in ("nsubj", "nsubjpass") and span.start <= c.i < span.end:
                        return c
        # "He went so far as to suggest ...": the parse hangs the verb on "far", an adverb of the verb
        on = verb.head.head if verb.dep_ == "advcl" and verb.head.pos_ == "ADV" and verb.head.dep_ == "advmod" \
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) else verb.head
        if (verb.dep_ == "xcomp" or verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)) \
                and on.tag_.startswith("VB") and not any(c.dep_ in ("dobj", "dative") for c in on.children) \
                and on.lemma_.lower() not in ("seem", "appear", "vote"):   # "critics seemed to agree": the story's view; "voted to say in law": a vote
            # "He preferred to state that ...", "She went on to add ...": the subject of the verb
            # it hangs on ("persuaded the mayor to say": the mayor says it, not the persuader)
            for c in on.children:
                if c.dep_ == "nsubj" and span.start <= c.i < span.end:
                    return c
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
            if self._after_quote(verb):
                # '"...," said Tory shadow local government secretary Caroline Spelman', with
                # "shadow" parsed as a verb: the person named after "said"
                for t in span.doc[verb.i + 1:min(span.end, verb.i + 10)]:
                    if t.ent_type_ == "PERSON" and t.ent_iob_ == "I" and (t.i + 1 >= span.end or t.nbor().ent_iob_ != "I"):
                        return t
        return _opening_name(verb, span)

    def _has_content(self, verb: Token, span: Span) -> bool:
        """Does the verb report something said? A clause, a colon, or a quote beside it."""
        lemma = verb.lemma_.lower()
        if (lemma in cues.CUE_VERBS or lemma == "rule") and _closing_subject(verb, span) is not None:
            return True     # "..., the Law Lords have ruled.", however the parser hung what comes before
        if lemma in cues.LIGHT_VERBS and _clause_noun(verb) is not None:
            return True  # "gave clues that ...", "reiterated its support for ..."
        if lemma in cues.LIGHT_VERBS and lemma not in cues.CUE_VERBS:
            return False
        if lemma in cues.STANCE_VERBS and lemma not in cues.CUE_VERBS:
            return self._states_position(verb, lemma, span)
        if is_mind_verb(verb):   # "fears (that) ...", not "fears a crash"; "wants to see ..."
            # ... and "wants a greater campaigning role for Brown": what someone wants is their stance;
            # "The union is adamant (that) metadata must be exempted": the clause hangs on "is"
            beside = [c for c in verb.head.children if c.dep_ == "ccomp" and c.i > verb.i] if verb.dep_ == "acomp" else []
            return bool(beside) or any(c.dep_ == "ccomp" or c.dep_ in ("xcomp", "dobj") and verb.lower_ in cues.WANT_VERBS
                                       for c in verb.children)
        for c in verb.children:
            if c.dep_ in ("ccomp", "parataxis"):
                return True
            if c.dep_ == "xcomp" and lemma in cues.XCOMP_CONTENT_VERBS:
                return True
            if _gerund_clause(c) and (c.i == verb.i + 1 or lemma == "quote" and any(
                    o.dep_ == "dobj" and o.pos_ == "PROPN" for o in verb.children)):
                return True     # (not "it quotes a newsletter explaining how ...")
            if c.dep_ == "dobj" and lemma in cues.OBJECT_CONTENT_VERBS:
                return True
            if c.dep_ == "dobj" and lemma in cues.TOLD_VERBS and _that_clause_as_relative(c):
                return True
            if _content_prep(c, lemma):
                return True
            if c.dep_ == "prep" and c.lower_ == "as" and lemma == "quote":
                return True
        if lemma == "describe" and any(t.dep_ == "prep" and t.lower_ == "as" for t in verb.subtree if t.i > verb.i):
            return True  # "described not being able to see as simply ...": the parser hangs "as" lower
        if verb.dep_ == "parataxis" and verb.head.i > verb.i and _set_off_speaker(verb, span) is not None:
            return True     # "The tone of the campaign, said Mr Milburn, would be ...": the clause around it
        if verb.dep_ == "parataxis" and verb.head.i > verb.i and verb.head.dep_ != "relcl" \
                and not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "which", "that") for c in verb.head.children):
            # "Nobody, he claimed, could picture ...": set off by commas, the clause around it is what
            # was said ("the man who, some pundits believe, was ..." describes someone: no one's words)
            words = [c for c in verb.children if not c.is_punct]
            left = min([verb.i] + [t.left_edge.i for t in words])
            right = max([verb.i] + [t.right_edge.i for t in words])
            if span.start < left and right + 1 < span.end and self.doc[left - 1].text == "," \
                    and self.doc[right + 1].text == ",":
                return True
        if verb.dep_ in ("ccomp", "parataxis", "advcl", "conj") and verb.head.i < verb.i \
                and (lemma in cues.TOLD_VERBS or not any(c.dep_ == "dobj" for c in verb.children)):
            # an inverted reporting clause: "..., Ms Hewitt told GMTV's Sunday programme."; a verb
            # with its own object is a deed ("..., but in 2003 he added 1.28p per litre")
            left = min([verb.i] + [c.left_edge.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")])
            if left > span.start and self.doc[left - 1].is_punct:
                return True
        if lemma in cues.CUE_VERBS and self._as_aside(verb):
            return True  # "As Charles Kennedy claimed, for most families ...": the main clause is what was said
        if verb.dep_ == "acl":
            # only the comma-led "..., X reported." reading; "proposals announced by X" is no cue
            return not any(c.dep_ == "agent" for c in verb.children)
        if lemma == "tell" and _told_outlet_a_clause(verb, span):
            return True
        if lemma in _BARE_CLAUSE_VERBS and _bare_clause(verb, span):
            return True
        # a colon after the verb or its object: 'said: "...', 'told the BBC: ...', 'said of the
        # Tory leader: "...'
        right = max([verb.i] + [c.right_edge.i for c in verb.children
                                if c.dep_ in ("dobj", "dative", "npadvmod", "prep") and c.i > verb.i])
        nxt = right + 1
        if nxt < span.end and self.doc[nxt].text in (":", "-", "—", "–"):
            return True
        if self._colon_after_object(verb, span):
            return True
        return self._after_quote(verb) or self._before_quote(verb, span)

    def _colon_after_object(self, verb: Token, span: Span) -> bool:
        """'He told BBC Radio Scotland's Good Morning Scotland programme: "..."': the parse may
        hang the quote on the object, so the object's subtree runs past the colon. Words of the
        verb's own object or preposition, none a verb, then a colon: what follows is said."""
        words = {t.i for c in verb.children if c.dep_ in ("dobj", "dative", "prep") and c.i > verb.i
                 for t in c.subtree}
        j = verb.i + 1
        while j < span.end and j in words and self.doc[j].text != ":" and self.doc[j].pos_ not in ("VERB", "AUX") \
                and not self.quotes.inside(self.doc[j].idx) and not (self.doc[j].is_punct and self.doc[j].text not in "'’"):
            j += 1
        return verb.i + 1 < j < span.end and self.doc[j].text == ":"

    def _states_position(self, verb: Token, lemma: str, span: Span) -> bool:
        """Does a stance verb carry what its subject thinks? Each needs its own complement:
        "called for X", "labelled X 'Y'", "condemned X", "rejected the claims", "pointed out that"."""
        if lemma in ("rule", "blame") and verb.dep_ in ("advcl", "relcl", "acl"):
            return False    # "... the law set when a court ruled that ...": a past event the clause dates;
            # "investigated claims that the agency was blaming him": what the claims say, not the agency
        kids = list(verb.children)
        deps = {c.dep_ for c in kids}
        preps = {c.lower_ for c in kids if c.dep_ == "prep"}
        prts = {c.lower_ for c in kids if c.dep_ == "prt"}
        if lemma in cues.PARTICLE_CUES:
            if not prts & cues.PARTICLE_CUES[lemma]:
                return False
            # ... "as the committee has pointed out, it would ...": the main clause is what was said
            return bool(deps & {"ccomp", "parataxis"}) or "at" in preps or self._quote_beside(verb, span) \
                or self._as_aside(verb)
        if deps & {"ccomp", "parataxis"}:
            return True
        if preps & cues.PREP_CONTENT.get(lemma, set()):
            return True
        objects = [c for c in kids if c.dep_ == "dobj"] or _passive_object(verb)
        if lemma == "call":
            return bool(preps & cues.CALL_PREPS) or bool(objects) and (
                "oprd" in deps or len(objects) > 1 or self._before_quote(verb, span, after=objects[-1]))
        if lemma in cues.NAMING_VERBS:  # "branded the Tory plans as 'fantasy economics'"
            # ... or 'branding the campaign "two-bit Tories"', which the parser reads as one noun
            # phrase whose head is the quoted name
            return bool(objects) and ("oprd" in deps or "xcomp" in deps or len(objects) > 1 or "as" in preps
                                      or self._before_quote(verb, span, after=objects[-1])
                                      or self.quotes.inside(objects[-1].idx))
        if lemma == "challenge":
            return bool(objects) and "xcomp" in deps     # "challenged the Treasury to open its books", not "challenged the ruling"
        if lemma in cues.STANCE_OBJECT_VERBS:
            return bool(objects)
        if lemma in cues.SPEECH_OBJECT_VERBS:
            return any(o.lemma_.lower() in cues.SPEECH_NOUNS or o.lower_ in cues.SPEECH_NOUNS for o in objects) \
                or self._quote_beside(verb, span)
        return False

    def _as_aside(self, verb: Token) -> bool:
        """'As Charles Kennedy claimed, for most families ...': a clause opened by "as", set off
        by a comma before the main clause, says the main clause is what was said."""
        return verb.dep_ == "advcl" and verb.i < verb.head.i and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) \
            and not any(c.dep_ in ("dobj", "xcomp") for c in verb.children) \
            and any(t.text == "," for t in self.doc[verb.i + 1:verb.head.i])

    def _participle_reports(self, verb: Token, span: Span) -> bool:
        """'..., saying that ...', 'adding: "...', 'accusing X of ...': a participle of the main
        clause that carries words (a clause, a quote, the content its verb takes). 'agreeing
        to give', 'asking for troops' report none; one hanging inside a that-clause ('suggestions
        that his election was in danger saying ...') is not the main subject's."""
        if verb.tag_ != "VBG" or verb.head.dep_ in _EMBEDDED_DEPS and not _aim_set_off(verb):
            return False
        lemma = verb.lemma_.lower()
        for c in verb.children:
            if c.dep_ in ("ccomp", "parataxis") \
                    or c.dep_ == "xcomp" and lemma in cues.XCOMP_CONTENT_VERBS \
                    or c.dep_ == "dobj" and lemma in cues.OBJECT_CONTENT_VERBS \
                    or _content_prep(c, lemma):
                return True
        if verb.dep_ == "pcomp" and verb.head.lower_ == "by" and lemma in cues.STANCE_VERBS \
                and self._states_position(verb, lemma, span):
            return True     # "provoked fury by branding the campaign 'two-bit Tories'"
        return self._words_follow(verb, span)

    def _relative_quote(self, verb: Token, span: Span) -> bool:
        """'X, who said: "..."': a relative clause whose 'who' opens a quote at once gives
        X the quote, not a part of the sentence only."""
        if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children):
            return False
        return self._words_follow(verb, span)

    def _words_follow(self, verb: Token, span: Span) -> bool:
        """A colon or dash right after the verb, or a quote opening there: what follows is said."""
        nxt = verb.i + 1
        if nxt < span.end and self.doc[nxt].text in (":", "-", "—", "–"):
            return True
        return self._before_quote(verb, span)

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

    def _real_quote(self, run: QuoteRun) -> bool:
        return self.quotes.chain_words(run.chain) >= 2


def _told_outlet_a_clause(verb: Token, span: Span) -> bool:
    """'Mr Howard told BBC Radio 4's Today programme Mr Blair had ...': the small parser
    leaves the reported clause without a head when 'that' is dropped after an outlet object.
    An outlet or programme told, then at once a clause's subject, carries what was said."""
    for c in verb.children:
        if c.dep_ not in ("dobj", "dative") or c.i < verb.i:
            continue
        words = list(c.subtree)
        if (has_outlet_word(words) or any(t.lower_ in cues.KNOWN_OUTLETS for t in words)) \
                and _opens_clause(verb.doc, c.i + 1, span.end):
            return True
    return False


def _opens_clause(doc: Doc, i: int, end: int) -> bool:
    """Does token i (after an optional 'that') begin a clause: a subject before its verb?"""
    if i < end and doc[i].dep_ == "mark" and doc[i].lower_ == "that":
        i += 1
    if i >= end:
        return False
    head = doc[i]
    while head.dep_ in ("compound", "det", "amod", "poss", "nummod") and head.head.i > head.i:
        head = head.head
    return head.dep_ in ("nsubj", "nsubjpass") and head.head.i > head.i and head.head.pos_ in ("VERB", "AUX")


def _according_object(to: Token) -> Token | None:
    for c in to.children:
        if c.dep_ == "pobj":
            # "according to a report by/in the Times": the publisher is the source
            if c.lemma_.lower() in cues.REPORT_NOUNS or c.lower_ in cues.REPORT_NOUNS:
                # ... or "according to figures released / a survey carried out by the Commission"
                by = [p for p in c.children if p.dep_ == "prep" and p.lower_ in ("by", "in", "from")] + [
                    a for v in c.children if v.dep_ == "acl" and v.tag_ == "VBN"
                    for a in v.subtree if a.dep_ == "agent"]
                for p in by:
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
# Words that lend their subject to the verb after them: "is expected / set / due to say".
_RAISING = frozenset("expect set due likely bound poise plan intend prepare".split())
def _gerund_clause(c: Token) -> bool:
    """'MPs say allowing the evidence would remove the need': the parser hangs the clause, whose
    subject is a gerund, on the gerund as if it were the verb's complement; 'quoted Mr Clarke
    telling activists that ...': the words quoted."""
    return c.dep_ == "xcomp" and c.tag_ == "VBG" and any(g.dep_ == "ccomp" and g.i > c.i for g in c.children)


def _that_clause_as_relative(obj: Token) -> bool:
    """"warned bigoted fans that she wants to hit them": the parser may hang the that-clause
    on the one told, as if it said which fans; with a subject of its own it is what was said."""
    return any(k.dep_ == "relcl" and k.left_edge.lower_ == "that" and k.left_edge.dep_ != "nsubj"
               and any(x.dep_ in ("nsubj", "nsubjpass") and x.lower_ != "that" for x in k.children)
               for k in obj.children)


def _clause_noun(verb: Token) -> Token | None:
    """The object of a light verb that is a noun of speech with a that-clause: "has given fresh
    clues that the election will be announced on Monday"."""
    if verb.lemma_.lower() not in cues.LIGHT_VERBS:
        return None
    for o in verb.children:
        if o.dep_ == "dobj" and o.lemma_.lower() in cues.CLAUSE_NOUNS and any(
                k.dep_ in ("acl", "relcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in k.children)
                for k in o.children):
            return o
        # "repeated his pledge not to do deals", "renewed his call for an inquiry": a will, with what it wants
        if o.dep_ == "dobj" and o.lemma_.lower() in cues.WILL_NOUNS and any(
                k.dep_ == "acl" and any(m.dep_ == "aux" and m.lower_ == "to" for m in k.children)
                or k.dep_ == "prep" and k.lower_ == "for" and o.lemma_.lower() in cues.CALL_NOUNS for k in o.children):
            return o
        # "reiterated its support for the plans", "voiced opposition to the scheme": a stance
        # (whose "to" the parse may hang on the verb: "paid tribute to the nation's character")
        if o.dep_ == "dobj" and o.lemma_.lower() in cues.STANCE_NOUNS and any(
                k.dep_ in ("prep", "dative") and k.lower_ in ("for", "to") and any(m.dep_ == "pobj" for m in k.children)
                for k in [*o.children, *(v for v in verb.children if v.i == o.right_edge.i + 1)]):
            return o
    return None


# Clauses inside another clause's content: a participle hanging there is not the main subject's.
_EMBEDDED_DEPS = frozenset("ccomp acl relcl xcomp pcomp csubj csubjpass".split())


_CLAUSE_MARKS = frozenset(",;:()–—")


def _subjects(verb: Token, span: Span) -> list[Token]:
    """The verb's subjects, the one that heads the speaker's phrase first. "Usdaw general
    secretary John Hannett added" is parsed with two subjects, Usdaw and Hannett ("Whole Foods
    co-founder and CEO John Mackey": three): with no comma between them, the last is the head
    and the others only qualify it. "Colin Asplin, Blackpool Hotel
    Association said": the comma makes the second an affiliation of the first."""
    # ... within the sentence: the parse may hang a subject from the line before on the verb
    # "The Press Council is concerned the laws ...", parsed as a passive: its subject, which the
    # parse may also hang on "is"
    passive_state = verb.lower_ in cues.MIND_STATES
    heads = [verb] + [c for c in verb.children if passive_state and c.dep_ == "auxpass"]
    subjects = [c for h in heads for c in h.children if (c.dep_ == "nsubj" or passive_state and c.dep_ == "nsubjpass")
                and span.start <= c.i < span.end]
    if not subjects:
        # "Stop Stansted Expansion said ...": a body whose name begins with a verb, which the
        # parse reads as a clause subject; the name as a whole speaks
        subjects = [c for c in verb.children if c.dep_ == "csubj" and c.i < verb.i and _whole_name(c)]
    closing = _closing_subject(verb, span)
    if closing is not None:
        return [closing] + [c for c in subjects if c is not closing]
    aside = _set_off_speaker(verb, span)
    if aside is not None:
        return [aside] + [c for c in subjects if c is not aside]
    before = sorted((c for c in subjects if c.i < verb.i and not c.is_punct), key=lambda c: c.i)
    if len(before) >= 2:
        last = before[-1]
        words = verb.doc[before[0].left_edge.i:last.i]
        if not any(t.text in _CLAUSE_MARKS for t in words):
            return [last] + [c for c in subjects if c is not last]
    return subjects


def _set_off_speaker(verb: Token, span: Span) -> Token | None:
    """The speaker of a reporting clause set off by commas inside the sentence, the verb before
    the name: "The tone of the campaign, said Mr Milburn, would be positive", "What this is
    about, believes Mr Blair, is trust". The parse may take the words before the comma for the
    verb's subject, or hang the name on the clause after it; the name between the verb and the
    closing comma is who speaks."""
    doc = verb.doc
    if verb.i <= span.start or doc[verb.i - 1].text != ",":
        return None
    close = next((t.i for t in doc[verb.i + 1:span.end] if t.text == ","), None)
    if close is None or close == verb.i + 1 or close >= span.end - 2:
        return None
    words = [t for t in doc[verb.i + 1:close]]
    if not all(t.pos_ == "PROPN" for t in words) or not any(t.ent_type_ == "PERSON" for t in words):
        return None
    last = words[-1]
    return last if last.dep_ == "nsubj" else None


def _whole_name(c: Token) -> bool:
    """Is the clause the whole of one named body ("Stop Stansted Expansion", "Save the Children"):
    its words are exactly one organisation entity, capitalised?"""
    ent = next((e for e in c.doc.ents if e.start <= c.i < e.end), None)
    return ent is not None and ent.label_ == "ORG" and ent.start == c.left_edge.i and ent.end == c.right_edge.i + 1 \
        and len(ent) >= 2 and c.text[:1].isupper()


def _closing_subject(verb: Token, span: Span) -> Token | None:
    """The subject of a reporting clause that closes the sentence after a comma ("Detaining
    suspects without trial breaks the law, the UK's highest court has ruled."). The parser may
    hang the reported clause on the verb as a second subject, a modifier or an adverbial clause
    rather than as its complement; what stands before the comma is still what was said."""
    doc = verb.doc
    if verb.dep_ == "ROOT":
        if any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "dative") and c.i > verb.i for c in verb.children) \
                and not _told_whom(verb, span):
            return None
        if not all(t.is_punct for t in doc[verb.i + 1:span.end]) and not _told_whom(verb, span):
            return None
    elif verb.dep_ == "ccomp" and verb.head.i < verb.i and verb.lemma_.lower() in cues.CUE_VERBS:
        # "Guidance said e-mails should be deleted ..., Mr Thomas said.", '"...", Mr Blair told the
        # Guardian.': the parse hangs the closing clause on a verb before it
        if not (all(t.is_punct for t in doc[verb.i + 1:span.end]) or _told_whom(verb, span)) \
                or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            return None
    else:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and span.start <= c.i < verb.i]
    if not subjects:
        return None
    last = max(subjects, key=lambda c: c.i)
    comma = last.left_edge.i - 1
    if comma - span.start < 4 or doc[comma].text != ",":
        return None
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[span.start:comma]):
        return None     # "In London, the minister said." reports nothing
    return last


def _told_whom(verb: Token, span: Span) -> bool:
    """'..., Mr Milburn told BBC Radio 4's Today programme.': a closing "told" whose only words
    after it name whom it was told to."""
    if verb.lemma_.lower() != "tell":
        return False
    after = [c for c in verb.children if c.i > verb.i and not c.is_punct]
    if len(after) != 1 or after[0].dep_ not in ("dobj", "dative"):
        return False
    obj = after[0]
    return all(t.is_punct for t in verb.doc[obj.right_edge.i + 1:span.end]) \
        and not any(t.pos_ in ("VERB", "AUX") for t in obj.subtree)


def _passive_object(verb: Token) -> list[Token]:
    """The thing a main-clause passive stance verb is about, when its agent is named: "The report
    was welcomed by X", "The plans were branded 'reckless' by Y" take a position as "X welcomed the
    report" does (not a verb inside another clause: "after the game was blamed by ..." is the
    story's; "was dismissed by" of anything but words is a firing)."""
    if verb.dep_ not in ("ROOT", "conj") or verb.dep_ == "conj" and verb.head.dep_ != "ROOT":
        return []
    if not any(c.dep_ == "agent" and any(p.dep_ == "pobj" for p in c.children) for c in verb.children):
        return []
    if any(t.dep_ == "relcl" and t.lemma_.lower() in cues.CUE_VERBS and any(k.dep_ == "ccomp" for k in t.children)
           for a in verb.children if a.dep_ == "agent" for t in a.subtree):
        return []   # "criticised by campaigners, including X, who says it will ...": X's words are the sentence's
    subject = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if verb.lemma_.lower() == "dismiss" and not any(
            c.lemma_.lower() in cues.SPEECH_NOUNS or c.lower_ in cues.SPEECH_NOUNS for c in subject):
        return []
    return subject


def _agent_after_as(verb: Token) -> Token | None:
    """Who, in the passive, called something something: 'Reports ... have been described as
    "idle speculation" by Downing Street'. The parser hangs "by Downing Street" on the "as"
    phrase rather than on the verb, as it would the agent of a plain passive."""
    if verb.dep_ in ("acl", "relcl") or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as" or prep.i < verb.i:
            continue
        for t in prep.subtree:
            if t.lower_ == "by" and t.dep_ in ("prep", "agent") and t.head.i != verb.i:
                return next((p for p in t.children if p.dep_ == "pobj"), None)
    return None


def _content_prep(child: Token, lemma: str) -> bool:
    """The preposition that carries what the verb says ("warned of", "described as"), on the
    verb or, as the parser may hang it, on its object ("accusing the programme of ...")."""
    preps = cues.PREP_CONTENT.get(lemma, ())
    return child.dep_ == "prep" and child.lower_ in preps or child.dep_ == "dobj" and any(
        g.dep_ == "prep" and g.lower_ in preps and g.lower_ != "for" for g in child.children)


def _phrase_head(t: Token) -> Token:
    """The name or person a name after "of" or "from" belongs to: "the Court of Appeal", "the
    eldest daughter of ex-King Michael of Romania"."""
    while t.dep_ == "pobj" and t.head.lower_ in ("of", "from") and (
            t.head.head.pos_ == "PROPN" or t.head.head.pos_ == "NOUN" and t.head.head.lemma_.lower() in _WHOSE_NOUNS):
        t = t.head.head  # ... but not "broad support from charities", "the resignation of Kim"
    return t


# Nouns for people that a name after "of" may complete: "the eldest daughter of ex-King Michael".
_WHOSE_NOUNS = cues.PERSON_ROLE_NOUNS | cues.ROLE_NOUNS | cues.UNNAMED_NOUNS | cues.FEMALE_NOUNS | cues.MALE_NOUNS | {"group"}


def _person_beside(subject: Token, verb: Token) -> Token | None:
    """The person the parse hangs on the verb between "one (of ...)" and it: who that one is."""
    return next((c for c in verb.children if c.dep_ in ("npadvmod", "appos") and c.ent_type_ == "PERSON"
                 and subject.i < c.i < verb.i), None)


# Words that stand for some of a crowd without naming them: "Some, such as X, said ...".
_SOME_OF = frozenset("one some others many several few".split())


def _named_example(subject: Token) -> Token | None:
    """'Some, such as 83-year-old Jane Doe, said ...', 'Others, including John Roe, said ...': a
    subject that is only a quantity, with one person given as its example, is that person."""
    if subject.lower_ not in _SOME_OF or subject.pos_ not in ("DET", "PRON", "NUM", "ADJ", "NOUN"):
        return None
    for prep in subject.children:
        if prep.dep_ == "prep" and (prep.lower_ == "including" or prep.lower_ == "as" and any(
                a.lower_ == "such" for a in prep.children)):
            named = [p for p in prep.children if p.dep_ == "pobj"]
            if len(named) == 1 and named[0].ent_type_ == "PERSON" and not any(c.dep_ == "conj" for c in named[0].children):
                return named[0]
    return None


def _antecedent(pronoun: Token, relcl: Token) -> Token:
    """Who 'who' is: the noun right before it. The parser may hang the clause on a conjunct
    further left ("by Culture, Media and Sport Secretary Tessa Jowell who said"); the word
    that ends the phrase before the pronoun wins when it lies inside that noun's phrase."""
    head = relcl.head
    j = pronoun.i - 1
    while j > head.left_edge.i and pronoun.doc[j].is_punct:
        j -= 1
    near = pronoun.doc[j]
    if near.i != head.i and near.pos_ in ("PROPN", "NOUN") and near.dep_ != "compound" \
            and head.left_edge.i <= near.i <= head.right_edge.i:
        return near
    return head


def is_mind_verb(verb: Token) -> bool:
    """'fears', 'hoped', 'is worried': a state of mind that voices a view when it takes a clause.
    'wants' only as the main verb: "when the chief executive wanted to stay" voices nothing."""
    if verb.lower_ in cues.MIND_STATES:  # "is worried", or parsed as a passive: "is concerned the laws ..."
        return verb.dep_ == "acomp" and verb.head.lemma_ == "be" or \
            any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in verb.children)
    if verb.lower_ in cues.WANT_VERBS and not (verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
        return False
    return verb.lower_ in cues.MIND_VERBS and verb.pos_ in ("VERB", "AUX")


def _trailing_source(verb: Token, subject: Token | None, start: int) -> Token | None:
    """'The G40 figures are ministers X and Y, who fled ..., the source, who said he had spoken
    to people inside, told Reuters.': the parser hangs "the source" on a noun far back and makes
    X the subject, or leaves the verb without one. An unnamed source ('the source', 'an
    official') whose phrase ends right before the verb, but for a comma, is who speaks."""
    doc = verb.doc
    after = subject.i if subject is not None else start
    j = verb.i - 1
    while j > after and doc[j].is_punct:
        j -= 1
    if j == verb.i - 1:
        return None  # no comma before the verb: "the source told" parses well
    t = doc[j]
    while t.head.i != t.i and t.head.right_edge.i == j and t.head.i > after and t.dep_ != "appos":
        t = t.head
    # ... not a description of a name ("Mr Yeo, his spokesman, said": Mr Yeo speaks)
    if t.dep_ == "appos" and t.i > after and (subject is None or t.head.i != subject.i) \
            and t.head.pos_ != "PROPN" and t.lemma_.lower() in cues.UNNAMED_NOUNS:
        return t
    return None


def _split_apposition(first: Token, verb: Token) -> Token | None:
    """'The new chairman of the Bar Council, Guy Mansfield QC warned ...': a name in
    apposition the parser made a second subject; the name, not the role, is the speaker."""
    if first.pos_ != "NOUN" or not is_role_noun(first.lemma_):
        return None
    if first.i > verb.i:
        # '"...," said its treasurer, Odile Marsh': the post comes first, the name after it
        return next((c for c in first.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > first.i), None)
    doc = verb.doc
    last = first.right_edge
    if last.text == "," and last.i + 1 == verb.i:
        # "director of the Victims of Crime Trust, Norman Brennan, accused ...": the name between
        # the last two commas of the subject, parsed as part of it
        start = last.i - 1
        while start > first.i and doc[start - 1].text != ",":
            start -= 1
        name = doc[start:last.i]
        path = [a for a in name[-1].ancestors if a.i > first.i] if len(name) else []
        # ... not a name apposed to a conjunct: "The premier and his election chief, Sam Ortiz, have ..."
        if start > first.i and len(name) and all(t.pos_ == "PROPN" for t in name) \
                and not any(a.dep_ == "conj" for a in path):
            return name[-1]
    for c in verb.children:
        if c.dep_ == "nsubj" and c.i > first.i and c.pos_ == "PROPN":
            between = verb.doc[first.right_edge.i + 1:c.left_edge.i]
            if [t.text for t in between] == [","]:
                return c
    return None


_DASHES = frozenset("- – —".split())


def _dashed_name(subject: Token, verb: Token) -> Token | None:
    """'Another player who has failed to win the title - Jimmy "the Comet" Brown - has admitted
    ...': a name set off by dashes just before the verb, after a subject that is a common noun,
    says who that subject is; the name is the speaker."""
    if subject.pos_ != "NOUN" or subject.i > verb.i:
        return None
    doc = verb.doc
    j = verb.i - 1
    while j > subject.i and doc[j].head.i == verb.i and doc[j].dep_ in ("aux", "auxpass", "neg", "advmod"):
        j -= 1
    if doc[j].text not in _DASHES:
        return None
    k = j - 1
    while k > subject.i and doc[k].text not in _DASHES:
        k -= 1
    words = [t for t in doc[k + 1:j] if t.is_alpha]
    if k <= subject.i or not words or len(words) > 6:
        return None
    if words[0].pos_ != "PROPN" or words[-1].pos_ != "PROPN" or not words[-1].text[:1].isupper():
        return None
    return words[-1]


def _participle_subject(verb: Token) -> Token | None:
    """'X offered his congratulations, adding that ...', 'X backed it, saying ...': a reporting
    participle hanging from a clause has that clause's subject as its speaker. A thing may
    'suggest' ("Sales fell, suggesting ..."), so those participles need a name or a pronoun."""
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "advcl":
        head = verb.head
    elif verb.dep_ == "xcomp" and verb.i > verb.head.i and not (
            verb.head.lemma_.lower() in _PERCEPTION_VERBS and any(c.dep_ in ("dobj", "dative") for c in verb.head.children)):
        # "Mr X left the party saying ...", "Mr X was heard saying ...": the one who left, the
        # one heard (not "they heard him saying": him)
        head = verb.head
    elif verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.dep_ == "prep":
        # "The foreign secretary hit back by saying ...", "Mr Mallon provoked fury by branding
        # the campaign ...": how the clause's subject did it is by saying something
        head = verb.head.head
    else:
        return None
    if head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None             # "with critics saying ...": the critics', not the subject's
    if _hung_on_which(verb):
        head = head.head
    # an aim with no subject of its own ("The government refuses to publish it - saying ...")
    # is its main verb's subject's
    while head.dep_ == "xcomp" and head.head.pos_ in ("VERB", "AUX") and head.head.i < head.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children) \
            and not any(c.dep_ in ("dobj", "dative") for c in head.head.children):
        head = head.head
    for c in head.children:
        # a passive's subject too: "Downing Street would not be drawn on it, saying ..."
        if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i:
            if verb.lemma_.lower() in cues.THING_VERBS and not (
                    c.pos_ in ("PROPN", "PRON") or c.ent_type_ in ("PERSON", "ORG")):
                return None
            return c
    return None


# Verbs of catching someone in the act: "they heard him saying ..." is his saying.
_PERCEPTION_VERBS = frozenset("hear overhear see watch catch film record".split())


def _aim_set_off(verb: Token) -> bool:
    """'X refuses to publish it - saying ...': a participle after a comma or dash, hung on an
    aim (to-infinitive) of the main clause, is the main clause's."""
    head = verb.head
    return head.dep_ == "xcomp" and head.i < verb.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) \
        and verb.i > 0 and verb.doc[verb.i - 1].text in (",", "-", "–", "—")


def _learned_closing(verb: Token) -> bool:
    """'..., BBC Scotland has learned.': a perfect 'has learned' closing the sentence after the
    clause it frames gives that clause its source, the one who learned it."""
    if verb.lemma_.lower() != "learn" or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    if not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ == "PRON" or subj.i < verb.i - 8:
        return False
    rest = [t for t in verb.doc[verb.i + 1:verb.sent.end] if not (t.is_punct or t.is_space)]
    return not rest and subj.left_edge.i > 0 and verb.doc[subj.left_edge.i - 1].text == ","


def _went_on(verb: Token) -> bool:
    """'..., he went on.', 'She went on: "..."': a speaker who goes on with nothing to go on to
    carries on speaking (the words are the clause it closes or the quote it opens); not "the
    list goes on"."""
    return verb.lemma_.lower() == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children) \
        and not any(c.dep_ in ("xcomp", "prep", "dobj", "advcl") for c in verb.children) \
        and any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.lower_ in ("he", "she", "they")) for c in verb.children)


def _fronted_subject(verb: Token, span: Span) -> Token | None:
    """'In an article for the Times newspaper, Ms Dunwoody, who chairs ..., says:': the small
    parser reads the name after a fronted phrase as an apposition inside it and leaves the
    verb without a subject. A subjectless verb whose fronted prepositional phrase ends in such
    a name, with only commas between it and the verb, has that name as its subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    found = None
    for t in span:
        if t.i >= verb.i:
            break
        if t.dep_ == "appos":
            subject_of = misparsed_subject_of(t)
            if subject_of is not None and subject_of.i == verb.i:
                found = t       # the last: "In his book, Lawless World, Philippe Sands ... suggests"
    if found is not None:
        # "..., Lawless World, Philippe Sands, a QC, suggests": the parser may join the name to
        # the title as a conjunct; with no "and" between them, the name is the one that speaks
        joined = [c for c in found.children if c.dep_ == "conj" and c.i < verb.i and c.pos_ == "PROPN"
                  and not any(x.dep_ == "cc" for x in found.children if found.i < x.i < c.i)]
        found = joined[-1] if joined else found
    return found


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


def _hung_on_which(verb: Token) -> bool:
    """'He ruled out free care - which is on offer in Wales, saying it was ...': a thing's
    "which" clause says nothing; a participle set off by a comma that the parse hung on it is
    the main clause's."""
    head = verb.head
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
        and head.dep_ in ("advcl", "relcl") and head.head.pos_ in ("VERB", "AUX") and head.head.i < head.i \
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "which" for c in head.children)


def _in_relative(verb: Token) -> bool:
    """'which critics claimed were ...', 'the child he says is his': a relative clause."""
    if _hung_on_which(verb):
        return False
    t = verb
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "relcl":
        return True
    # "what he says are ...": the reporting verb hangs inside a clause headed by wh-/that
    return t.dep_ in ("ccomp", "advcl") and any(c.tag_ in ("WP", "WDT") for c in t.head.children
                                                 if c.i < verb.i and c.dep_ in ("nsubj", "dobj", "attr"))



# Verbs of getting in touch with someone: "X e-mailed Mr Y pointing out ..." is X's message.
_CONTACT_VERBS = frozenset("mail e-mail email phone telephone ring call text message contact write fax".split())


def _sender(verb: Token, speaker: Token) -> Token | None:
    """'Mr X then e-mailed Mr Y pointing out the mistake, but suggesting ...': the parse makes
    the one written to the subject of the participle; the participle is the sender's."""
    g = verb if speaker.head.i == verb.i else verb.head
    if speaker.head.i != g.i or speaker.dep_ != "nsubj" or g.tag_ != "VBG" or g.dep_ not in ("ccomp", "advcl") \
            or any(c.dep_ in ("aux", "auxpass") for c in g.children):
        return None
    v = g.head
    if v.lemma_.lower() not in _CONTACT_VERBS or speaker.left_edge.i != v.i + 1:
        return None
    return next((c for c in v.children if c.dep_ == "nsubj"), None)


# Words of wanting that, with "to know" and a question, put the question: "He was keen to know if ...".
_KEEN_WORDS = frozenset("keen eager anxious want demand wish".split())


def _asks_to_know(verb: Token) -> bool:
    """'He was keen to know if inmates would be allowed to smoke', 'She demanded to know who
    signed it': wanting to know an answer, said in the story, is asking the question."""
    if verb.lemma_ != "know" or verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in _KEEN_WORDS:
        return False
    return any(c.dep_ == "ccomp" and (any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)
                                      or c.left_edge.tag_ in ("WP", "WRB", "WDT", "WP$"))
               for c in verb.children)


def _cue_text(verb: Token) -> str:
    if _asks_to_know(verb):
        return f"{verb.head.lower_} to know"     # "keen to know", "demanded to know"
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


# Verbs of saying that take a clause without "that": "Ms Hill said the public needed reassurance".
_BARE_CLAUSE_VERBS = frozenset("""
say tell add argue insist claim believe warn suggest admit concede acknowledge stress predict announce
confirm explain declare assert contend allege
""".split())
# ... of which these take no plain noun as what they say, so a noun and a participle after them
# are a clause ("said the public needed"), not a thing ("maintain the reputation built on ...").
_SAY_ONLY_VERBS = frozenset("say tell add argue insist claim".split())
# Words a noun phrase is made of, before the verb of a clause said without "that".
_NP_POS = frozenset("DET ADJ NOUN PROPN NUM".split())
_NP_WORDS = frozenset("of for and 's ’s - –".split())
_QUOTE_MARKS = frozenset('"“”')


def _bare_clause(verb: Token, span: Span) -> bool:
    """'Ms Hill said the public needed reassurance', 'He argued closer co-operation was crucial',
    'X told BBC News people's lives "revolved around hunting"', 'He said after seven years Labour
    had transformed ...': a clause said without "that", which the parser read as the verb's
    object with a participle, or as a clause of time. A noun phrase right after the verb of
    saying, then a verb in the past or present tense (or a modal), with no comma, pronoun or
    clause word between, is the subject and verb of what was said."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    if any(c.dep_ == "advcl" and c.i > verb.i and not any(k.dep_ == "mark" for k in c.children)
           and any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children) for c in verb.children) \
            and not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return True     # "said after seven years Labour had transformed ..."
    doc = verb.doc
    nouns = 0
    for t in doc[verb.i + 1:min(span.end, verb.i + 12)]:
        if t.text in _QUOTE_MARKS:
            continue
        if t.pos_ in _NP_POS or t.lower_ in _NP_WORDS or t.tag_ == "PRP$":
            nouns += t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
            continue
        if not nouns:
            return False
        if t.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return True
        # the past tense read as a participle: "the public needed", "lives revolved", "Thursday's
        # report reinforced"
        return t.tag_ == "VBN" and verb.lemma_.lower() in _SAY_ONLY_VERBS \
            and (t.dep_ in ("acl", "amod") or any(c.dep_ == "nsubj" for c in t.children)) \
            and not any(c.dep_ == "agent" for c in t.children)
    return False


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
                        return text_of(trim_punct(toks)) or None
    return None


def _opening_name(verb: Token, span: Span) -> Token | None:
    """'Vincent Cable, for the Liberal Democrats, accused ...' parsed with no subject (the parse
    ran on from the sentence before): the name that opens the sentence, set off by a comma,
    when the verb is the sentence's first verb. Or the person named just before the verb
    ("Responding to the speech, shadow chief secretary ..., George Osborne, said: ...")."""
    before = _person_before(verb, span)
    if before is not None:
        return before
    i = span.start
    while i < verb.i and span.doc[i].pos_ == "PROPN" and span.doc[i].is_title:
        i += 1
    if i == span.start or i >= verb.i or span.doc[i].text != ",":
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in span.doc[i:verb.i]):
        return None
    return span.doc[i - 1]


def _person_before(verb: Token, span: Span) -> Token | None:
    """A person's name set off by commas right before a subjectless reporting verb; or, with
    no comma, a titled name the parse hung on a phrase before it ("In a speech to the Foreign
    Policy Centre Mr Straw said ...", the name read as part of the centre's)."""
    j = verb.i - 1
    if j <= span.start:
        return None
    if span.doc[j].text != ",":
        name = span.doc[j]
        titled = j - 1 >= span.start and span.doc[j - 1].lower_.rstrip(".") in cues.NAME_TITLES
        return name if verb.dep_ == "ROOT" and name.pos_ == "PROPN" and titled else None
    name = span.doc[j - 1]
    return name if name.ent_type_ == "PERSON" else None

