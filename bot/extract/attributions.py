"""Who the article says says each sentence: the per-article pass that turns cues into records.

Each sentence's own cues (reported.py) are resolved to sources (speakers.py) in article
order, because pronouns and "the report" look back on who spoke before. A direct quote
keeps its speaker over every sentence it runs, whether the speaker is named before it
("Ms Hewitt said: "...), after it ("...," he said) or only earlier in the article (a
quote paragraph after "She said ...").

Sentences with none of these are in the article's own voice and get no record.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from bot.extract import cues
from bot.extract.cues import WANT_VERBS
from bot.extract.quotes import QuoteMap, find_quote_runs
from bot.extract.records import AttributionRec, SentenceRec
from bot.extract.reported import Cue, CueFinder
from bot.extract.speakers import Resolver, Source, Speakers, speaks

__all__ = ["find_attributions"]

# A sentence is a direct quote when most of its words are quoted or it quotes a clause.
QUOTED_SHARE = 0.5
QUOTED_CLAUSE_WORDS = 8
# A quote must be this long to carry a speaker across sentences ("desperate" is not a quote).
MIN_QUOTE_WORDS = 4
# A quote no one in the story has yet been said to speak belongs to the person a main clause
# was about at most this many sentences before (a profile's subject).
PROFILE_REACH = 5


# When a source spoke is no part of its name: "The Times on Monday", "the prime minister on Sunday",
# "(On) Thursday Kilroy-Silk".
_WHEN_SAID = re.compile(r"(?i),?\s+(?:(?:on|last|this|late on|early on|earlier on) (?:monday|tuesday|wednesday|thursday|"
                        r"friday|saturday|sunday|week|month|night|year|morning|evening)|yesterday|today|tonight)$"
                        r"|^(?:On )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?=[A-Z])")  # "On Thursday Mr X"


# "I", "my" ... outside quotes: the sentence is someone's first-person account.
# A speech verb in a sentence's own words, and the words before one that go on with the
# speaker before ("He said:", "But told BBC News:").
_SPEECH_VERB = re.compile(r"\b(?:said|says|claimed|claims|argued|argues|warned|warns|told|insisted|insists|"
                          r"(?:was|were|is|are|being) asked)\b")  # "X was asked: '...'": the one asking speaks
_SAME_SPEAKER = re.compile(r"(?i)\b(?:he|she|but|and) $")


# Words a thing carries, not anyone's speech: 'a poster under the words "How can they ..."'.
_NAMED_WORDS = re.compile(r"(?i)\b(?:words|slogan|caption|headline|title[sd]?|entitled|reading|reads|banner|motto|"
                          r"inscription|placard|sign)\s*[:,]?\s*$")


def _someone_else_speaks(words: str) -> bool:
    """Someone is said to speak here ("... by the Conservatives who said"), not "he said"."""
    return any(not _SAME_SPEAKER.search(words[:m.start()]) for m in _SPEECH_VERB.finditer(words))
_FIRST_PERSON = re.compile(r"\bI\b|\b(?i:me|my|mine|myself)\b")
_FIRST_PERSON_PLURAL = re.compile(r"\b(?i:we|us|our|ours|ourselves)\b")
# "Thriller writer Frederick Forsyth tells BBC News of his personal response to the move.": the
# unquoted first-person sentences that follow are that person's.
_GIVES_ACCOUNT = re.compile(r"(?i)\b(?:tells|told|writes|wrote|gives|gave|explains|explained|describes|described|"
                            r"sets out|set out|offers|offered|shares|shared)\b[^.]*?\b(?:his|her) (?:own |personal |"
                            r"first-hand )*(?:response|view|views|account|reaction|thoughts|story|experience|"
                            r"perspective|opinion|verdict|take)\b")
# What a page says to its reader after a list: no speaker's point.
_LIST_OVER = re.compile(r"(?:Read|See|Watch|Listen|Click|Follow|Sign up|Share|Subscribe|More)\b")
# ... ended by a sentence about the article itself: readers' comments follow an essay.
_ABOUT_ARTICLE = re.compile(r"(?i)\b(?:this|the|your|an interesting) (?:article|piece|column|essay)\b")
# A newsroom's own journalist's post: "the BBC's North America editor", "BBC political correspondent".
_DESK_POST = re.compile(r"(?i)\b(?:editor|correspondent|reporter)$")
# A quote closing its sentence on "?" or "!" (the splitter may cut the tag after it off).
_ASKS_OR_EXCLAIMS = re.compile(r"[?!][\"'”’»]\s*$")
# A sentence that is only a speech tag: "Forte said.", "Mr Lewis asked.", "said Tom Forte, an analyst."
_TAG_VERBS = r"(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|replies|wondered|wonders|" \
             r"exclaimed|insisted|insists|continued|continues|explained|explains)"
_BARE_TAG = re.compile(rf"(?:(?:[A-Z][\w'’.-]*|he|she|they)(?: [A-Z][\w'’.-]*){{0,3}} {_TAG_VERBS}"
                       rf"|{_TAG_VERBS} [A-Z][^.!?\"“”]{{0,120}})\.")
# An essay: at least this many unquoted first-person sentences, and this share of the article.
ESSAY_MIN, ESSAY_SHARE = 3, 0.05
# A byline that names one person ("Daniel Kahn Gillmor"), not a desk ("Our Foreign Staff").
_ONE_PERSON = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}")
_DESK_WORDS = frozenset("staff reporter reporters correspondent correspondents editor editors desk news agency "
                        "agencies team".split())


def find_attributions(doc: Doc, sentences: list[SentenceRec], actors: Resolver,
                      author: str | None = None) -> list[AttributionRec]:
    """Attribution records for `sentences` (offsets into doc.text), in sentence order. The
    article's `author` (its byline) speaks its first-person sentences."""
    return _Finder(doc, sentences, actors, author).run()


class _Finder:
    """One article's pass: which sentences have a source, and which quote chain has whose."""

    def __init__(self, doc: Doc, sentences: list[SentenceRec], actors: Resolver, author: str | None = None):
        self.sentences = sentences
        self.actors = actors
        self.text = doc.text            # spaCy joins every token on each .text: read it once
        self.quotes = QuoteMap(self.text, find_quote_runs(self.text, _paragraph_spans(sentences)))
        self.spans: list[Span | None] = [doc.char_span(s.start, s.end, alignment_mode="expand")
                                         for s in sentences]
        self.cues = CueFinder(doc, self.quotes)
        self.speakers = Speakers(doc, sentences, self.spans, self.quotes, actors)
        self._resolved: dict[int, list[tuple[Cue, Source]]] = {}
        # the cue of the sentence that named a quote's speaker, kept for its continuations
        self._chain_cues: dict[tuple[int, str], str] = {}
        self._tagged: set[int] = set()  # quote sentences whose speaker tag the splitter cut off
        # whose first-person account an unquoted "I ..." sentence is: the byline, until the
        # article hands the voice to someone ("X tells BBC News of his personal response")
        self.voice: tuple[Source, str] | None = None
        self._handed = False            # the voice was handed over by the story, not the byline's
        self._story_over: int | None = None     # the first sentence about the article itself
        self._first_person_paras: dict[int, bool] = {}
        if author and _ONE_PERSON.fullmatch(author.strip()) and not _DESK_WORDS & set(author.lower().split()) \
                and self._is_essay():
            rec = actors.resolve(author)
            self.voice = (Source(rec.name if rec else author.strip(), "person", rec.key if rec else None), "writes")

    def run(self) -> list[AttributionRec]:
        out: list[AttributionRec] = []
        chain_speaker: dict[int, Source] = {}
        per_paragraph = Counter(s.paragraph for s in self.sentences)
        listed: tuple[Source, str] | None = None    # "President Obama also said:" and the points after it
        for k, sent in enumerate(self.sentences):
            own = self._own(k)
            if listed and (per_paragraph[sent.paragraph] > 1 or own and own[0][1].name != listed[0].name
                           or _LIST_OVER.match(sent.text)
                           or re.search(rf"\b{re.escape(listed[0].name.split()[-1])}\b", sent.text)):
                listed = None       # the list is over: prose again ("Mr Obama lands in Kenya"), a
                # point someone else makes, or the page's own links ("Read the full transcript")
            elif listed and not own and not self.quotes.runs_in(sent.start, sent.end):
                out.append(self._record(k, listed[1], listed[0], None, False, True))
                self.speakers.note_subjects(k)
                continue
            if own and sent.text.rstrip().endswith(":") and not self.quotes.runs_in(sent.start, sent.end):
                listed = (own[0][1], own[0][0].cue)
            inside, total, longest = self.quotes.quoted_words(sent.start, sent.end)
            quoted = total > 0 and (inside / total >= QUOTED_SHARE or longest >= QUOTED_CLAUSE_WORDS
                                    or longest >= MIN_QUOTE_WORDS and self._colon_quote(sent))
            # a short quote is a scare quote, unless it is the whole sentence: '"There's
            # collective amnesia."' after '"...," said Senator Mark Warner.' is his too
            chains = [r for r in self.quotes.runs_in(sent.start, sent.end)
                      if self.quotes.chain_words(r.chain) >= MIN_QUOTE_WORDS or 0 < inside == total]
            if own:
                for cue, src in own:          # best-ranked first
                    out.append(self._record(k, cue.cue, src, cue.cited, quoted, False))
                for cue, other in sorted(own, key=lambda cs: cs[0].token.i):
                    if cue.token.lower_ not in WANT_VERBS:   # "X wants ..." voices an aim, speaks no quote
                        self.speakers.remember(other, k)
                for r in chains:
                    chain_speaker.setdefault(r.chain, own[0][1])
            elif not chains and self.voice and self._voice_ends(sent):
                self.voice = None
            elif not chains and self.voice and (_FIRST_PERSON.search(self._outside_quotes(sent))
                                                or self._handed and self._first_person_paragraph(sent.paragraph)):
                # a byline speaks its "I" sentences; a piece the story hands to someone ("X tells
                # BBC News of his personal response") is theirs in every sentence of a paragraph it
                # writes in the first person ("I", "we"), when the sentence names no other voice
                src, cue = self.voice
                out.append(self._record(k, cue, src, None, False, False))
            elif not chains and self.voice is None and _FIRST_PERSON.search(self._outside_quotes(sent)) \
                    and (desk := self._newsroom_voice(k)) is not None:
                out.append(self._record(k, "writes", desk, None, False, False))
            elif chains and quoted:
                chain = chains[0].chain
                src = chain_speaker.get(chain) or self._speaker_after(chain, k) or self._introduced_by(chain, k) \
                    or self._quoted_by_subject(chain, k)
                if src is None and not _someone_else_speaks(self._outside_quotes(sent)) \
                        and not _NAMED_WORDS.search(self.text[sent.start:chains[0].start]):
                    # ... the speaker before, unless someone else is said to speak here and we
                    # could not tell who ('... by the Conservatives who said Labour's "first shot"')
                    src = self.speakers.last_speaker() or self.speakers.recent_subject(k, PROFILE_REACH)
                if src is not None:
                    chain_speaker[chain] = src
                    out.append(self._record(k, self._chain_cue(chain, src), src, None, True, k not in self._tagged))
                    self.speakers.spoke_at = k      # a quote running on: its speaker still speaks
            elif chains and (src := self._first_person_aside(k, chains, out)) is not None:
                out.append(self._record(k, None, src, None, False, True))
            self._hands_voice(k)
            self.speakers.note_subjects(k)
        return self._between_same_speaker(out)

    def _first_person_aside(self, k: int, chains: list, out: list[AttributionRec]) -> Source | None:
        """'"I was shocked to see that level," said Tyler Besecker. The price ... is "as low as
        I've ever seen."': a sentence of no speaker of its own that quotes words in the first
        person ("I", "we") carries on the person who spoke the sentence before it in its
        paragraph, when it names no other person outside its quotes."""
        sent = self.sentences[k]
        prev = out[-1] if out else None
        if prev is None or prev.sentence != k - 1 or prev.kind != "person" \
                or self.sentences[k - 1].paragraph != sent.paragraph:
            return None
        quoted = " ".join(self.text[r.start:r.end] for r in chains)
        outside = self._outside_quotes(sent)
        span = self.spans[k]
        if not (_FIRST_PERSON.search(quoted) or _FIRST_PERSON_PLURAL.search(quoted)) \
                or _someone_else_speaks(outside) or _FIRST_PERSON.search(outside) \
                or span is None or any(e.label_ == "PERSON" and not self.quotes.inside(e.start_char)
                                       for e in span.ents):
            return None
        return Source(prev.source, prev.kind, prev.source_actor_key)

    def _between_same_speaker(self, out: list[AttributionRec]) -> list[AttributionRec]:
        """'Mr X said ... The "worst thing" was that voters got "snatches of policy". This was
        why he wanted ..., he added.': a sentence that quotes words, with no speaker of its
        own, between two sentences of its paragraph that one source speaks, is that source's
        reported speech carried on."""
        first: dict[int, AttributionRec] = {}
        for r in out:
            first.setdefault(r.sentence, r)
        added = []
        for k in range(1, len(self.sentences) - 1):
            before, after = first.get(k - 1), first.get(k + 1)
            if k in first or before is None or after is None or after.continuation \
                    or (before.source, before.kind) != (after.source, after.kind):
                continue
            sent = self.sentences[k]
            if not self.sentences[k - 1].paragraph == sent.paragraph == self.sentences[k + 1].paragraph:
                continue
            runs = self.quotes.runs_in(sent.start, sent.end)
            if not runs or _someone_else_speaks(self._outside_quotes(sent)) \
                    or any(_NAMED_WORDS.search(self.text[sent.start:r.start]) for r in runs):
                continue
            if self._other_voice(k, after.source):
                continue
            added.append(replace(after, sentence=k, cited=None, direct_quote=False, continuation=True))
        return sorted(out + added, key=lambda r: r.sentence) if added else out

    def _other_voice(self, k: int, source: str) -> bool:
        """Does sentence k name someone else as its subject ("Tory leader Michael Howard accepted
        his decision ...") or give words to another ("a report which it describes as ...", "his
        son, who praised ...")? Then it is no one speaker's reported speech carried on."""
        span = self.spans[k]
        if span is None:
            return True
        surname = source.split()[-1].lower()
        subject = self.speakers.subject_person(k)
        if subject is not None and surname not in subject.name.lower():
            return True
        for t in span:
            if not t.tag_.startswith("VB") or self.quotes.inside(t.idx) \
                    or t.lemma_.lower() not in cues.CUE_VERBS | cues.STANCE_VERBS:
                continue
            for c in t.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("he", "she") \
                        and surname not in " ".join(w.lower_ for w in c.subtree):
                    return True
        return False

    def _is_essay(self) -> bool:
        """An article written in the first person: a byline speaks its "I" sentences. A report
        with a few unquoted "I" lines is quoting someone (a transcript, a block quote)."""
        first = sum(1 for s in self.sentences if _FIRST_PERSON.search(self._outside_quotes(s)))
        return first >= ESSAY_MIN and first >= ESSAY_SHARE * len(self.sentences)

    def _voice_ends(self, sent: SentenceRec) -> bool:
        """Readers' comments after an essay ("I agree with Mr Forsyth", "An interesting
        article"): someone who names the voice, or the article, is not the voice."""
        surname = self.voice[0].name.split()[-1] if self.voice else ""
        return bool(re.search(rf"\b{re.escape(surname)}\b", sent.text) or _ABOUT_ARTICLE.search(sent.text))

    def _outside_quotes(self, sent: SentenceRec) -> str:
        return "".join(ch for i, ch in enumerate(self.text[sent.start:sent.end], sent.start) if not self.quotes.inside(i))

    def _hands_voice(self, k: int) -> None:
        """'Frederick Forsyth tells BBC News of his personal response': the person named before
        the verb speaks the sentences that follow, his account, until the voice ends."""
        span = self.spans[k]
        m = _GIVES_ACCOUNT.search(self.sentences[k].text) if span is not None else None
        if not m:
            return
        verb_at = self.sentences[k].start + m.start()
        people = [e for e in span.ents if e.label_ == "PERSON" and e.end_char <= verb_at]
        if people:
            rec = self.actors.resolve(people[-1].text)
            if rec is not None and rec.kind == "person":
                self.voice = (Source(rec.name, "person", rec.key), m.group(0).split()[0].lower())
                self._handed = True

    def _first_person_paragraph(self, paragraph: int) -> bool:
        """Does a sentence of the paragraph speak in the first person ("I", "my", "we", "our"),
        outside quotes?"""
        if paragraph not in self._first_person_paras:
            self._first_person_paras[paragraph] = any(
                _FIRST_PERSON.search(text := self._outside_quotes(s)) or _FIRST_PERSON_PLURAL.search(text)
                for s in self.sentences if s.paragraph == paragraph)
        return self._first_person_paras[paragraph]

    def _newsroom_voice(self, k: int) -> Source | None:
        """'... the BBC's North America editor Jon Sopel said ... But the man sat before me today
        was relaxed': in a report with no writer's voice of its own, an unquoted first-person
        sentence is the newsroom's journalist's, the one person the story has named before it by a
        desk post (editor, correspondent, reporter); two such, or none, and it is no one's. Not
        after the story is over ("An interesting article ...": readers' comments)."""
        if self._story_over is None:
            self._story_over = next((j for j, s in enumerate(self.sentences) if _ABOUT_ARTICLE.search(s.text)),
                                    len(self.sentences))
        if k >= self._story_over:
            return None
        table = getattr(self.actors, "actors", None) or {}
        before = self.text[:self.sentences[k].start]
        desk = [a for a in table.values() if a.kind == "person"
                and any(_DESK_POST.search(d) for d in a.descriptions)
                and re.search(rf"\b{re.escape(a.name.split()[-1])}\b", before)]
        if len(desk) != 1:
            return None
        return Source(desk[0].name, "person", desk[0].key)

    def _colon_quote(self, sent: SentenceRec) -> bool:
        """'X said: "...': a quote introduced by a colon is a direct quote however short."""
        for r in self.quotes.runs_in(sent.start, sent.end):
            before = self.text[max(sent.start, r.start - 3):r.start].strip()
            if before.endswith(":"):
                return True
        return False

    def _record(self, k: int, cue: str | None, src: Source, cited: str | None,
                quoted: bool, continuation: bool) -> AttributionRec:
        return AttributionRec(sentence=k, source=_WHEN_SAID.sub("", src.name) or src.name, kind=src.kind, cue=cue, cited=cited,
                              direct_quote=quoted, continuation=continuation, source_actor_key=src.key)

    def _chain_cue(self, chain: int, src: Source) -> str | None:
        return self._chain_cues.get((chain, src.name))

    def _own(self, k: int) -> list[tuple[Cue, Source]]:
        """The sentence's own attributions, resolved (cached: look-ahead may ask first)."""
        if k not in self._resolved:
            span = self.spans[k]
            found: list[tuple[Cue, Source]] = []
            if span is not None:
                outer = [(cue, self.speakers.resolve(cue, k)) for cue in self.cues.find(span)]
                nested = self.cues.nested
                if outer and all(src is not None and not speaks(cue, src) for cue, src in outer):
                    # the only voice is a thing that says nothing ("..., a new documentary has
                    # revealed"): the words it reports are their own speaker's
                    mute = {cue.token.i for cue, _ in outer}
                    outer = [(c, self.speakers.resolve(c, k)) for c in nested
                             if any(a.i in mute for a in _ancestors(c.token))][:1]
                for cue, src in outer:
                    if src is not None and not speaks(cue, src):
                        src = None
                    if src is not None:
                        found.append((cue, src))
                        for r in self.quotes.runs_in(span.start_char, span.end_char):
                            self._chain_cues.setdefault((r.chain, src.name), cue.cue)
                        if cue.cited:
                            self.speakers.note_cited(cue.cited)
            self._resolved[k] = found
        return self._resolved[k]

    def _introduced_by(self, chain: int, k: int) -> Source | None:
        """'X once summed up the danger with a metaphor. "It's not the wolf at the door ..."':
        a quote that opens right after a sentence of its paragraph whose subject is a named
        person (and which quotes no one itself) is that person's, not the last speaker's."""
        sent = self.sentences[k]
        if k == 0 or self.sentences[k - 1].paragraph != sent.paragraph or self._own(k - 1):
            return None
        first = min((r.start for r in self.quotes.runs if r.chain == chain), default=sent.start)
        if first < sent.start or self.quotes.runs_in(self.sentences[k - 1].start, self.sentences[k - 1].end):
            return None
        return self.speakers.subject_person(k - 1)

    def _quoted_by_subject(self, chain: int, k: int) -> Source | None:
        """'Lord Greaves called for observers - saying otherwise there could be challenges "on a
        scale not seen since the 19th Century"': a quote that opens inside a sentence whose
        subject is a named person is theirs, whoever spoke before."""
        sent = self.sentences[k]
        first = min((r.start for r in self.quotes.runs if r.chain == chain), default=sent.start)
        if first <= sent.start + 1:
            return None         # the sentence opens with the quote: a quote running on
        return self.speakers.subject_person(k)

    def _speaker_after(self, chain: int, k: int) -> Source | None:
        """A quote whose speaker is named only where it closes: '"...," he said.'"""
        for j in range(k + 1, len(self.sentences)):
            s = self.sentences[j]
            runs = self.quotes.runs_in(s.start, s.end)
            if not any(r.chain == chain for r in runs):
                return self._tag_after(chain, j - 1)
            own = self._own(j)
            if own:
                return own[0][1]
        return None

    def _tag_after(self, chain: int, k: int) -> Source | None:
        """'"Do they take the profit ...?" Forte said.': a quote that closes its sentence on a
        question or exclamation mark may be cut from the tag that names its speaker; a next
        sentence of the paragraph that is only that tag ("Forte said.", "said Tom Forte, an
        analyst.") names the quote's speaker."""
        if k + 1 >= len(self.sentences):
            return None
        sent, nxt = self.sentences[k], self.sentences[k + 1]
        last = max((r for r in self.quotes.runs if r.chain == chain), key=lambda r: r.end, default=None)
        if last is None or nxt.paragraph != sent.paragraph or not _ASKS_OR_EXCLAIMS.search(sent.text) \
                or last.end < sent.end - 1 or self.quotes.runs_in(nxt.start, nxt.end) \
                or not _BARE_TAG.fullmatch(nxt.text.strip()):
            return None
        own = self._own(k + 1)
        if not own:
            return None
        cue, src = own[0]
        self._chain_cues.setdefault((chain, src.name), cue.cue)
        self._tagged.add(k)         # the quote's own sentence, as if the tag were in it
        return src


def _ancestors(t: Token):
    """The heads above a word, nearest first."""
    while t.head.i != t.i:
        t = t.head
        yield t


def _paragraph_spans(sentences: list[SentenceRec]) -> list[tuple[int, int]]:
    spans: dict[int, tuple[int, int]] = {}
    for s in sentences:
        lo, hi = spans.get(s.paragraph, (s.start, s.end))
        spans[s.paragraph] = (min(lo, s.start), max(hi, s.end))
    return [spans[p] for p in sorted(spans)]
