"""Engine: a question in, an Answer out. Built once per process, asked many times.

It reads only the index (and small in-memory tables loaded from it): no spaCy, no
rescan of articles per question. Safe to call from worker threads (one SQLite
connection per thread).
"""

from __future__ import annotations

import gc
import logging
import re
import sqlite3
import threading
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Callable

from bot.answer import (amounts, claims, deeds, described, events, facts, fates, outcomes, pack, people, positions, provenance,
                        reasons, relations, stance, statements, story_voice, successors)
from bot.answer.actors import Actor, ActorIndex
from bot.answer.forms import CONTENTS
from bot.answer.question import QUESTION_START, Parsed, clean, parse, split_questions
from bot.answer.search import Concept, Searcher, fts_term, share
from bot.answer.concepts import ConceptReader
from bot.answer.voices import in_title
from bot.answer.thresholds import (ANAPHORA_MARGIN, ANAPHORA_PENALTY, HEADLINE_PENALTY, HEADLINE_WORD, MAX_EXCERPTS, MIN_COVERAGE, NOTHING, PAIR_PENALTY,
                                   PASSAGE_PENALTY, SHORT_TAIL_WORDS, SUBJECT_BONUS)
from bot.answer.words import SPEECH_ACTIONS, STOPWORDS, content_words
from bot.index.read import Reader, placeholders, sentences_by_id
from bot.model import ActorCard, Answer, Excerpt
from bot.names import fold
from bot.settings import Settings

# Each kind of question and the function that answers it.
HANDLERS = {
    "help": pack.help_, "briefing": pack.briefing, "sources": pack.sources, "byline": pack.byline,
    "who_is": people.who_is, "statements_by": statements.statements_by, "stance": stance.stance,
    "timeline": people.timeline, "relation": relations.relation,
    "who_said": claims.who_said, "source_of": provenance.source_of, "when": events.when, "happened": events.happened, "search": facts.search,
}

log = logging.getLogger(__name__)


# A post a story may call its holder by, as a description gives it: "Prime Minister", "the
# Home Secretary", "Chancellor" (not "a prime minister": Brown was asked whether he would be one).
_POST = re.compile(r"^(?:[Tt]he )?((?:[\w'’-]+ ){0,2}(?:[Mm]inister|[Ss]ecretary|[Cc]hancellor|[Pp]resident|[Cc]hairman|"
                   r"[Cc]hairwoman|[Cc]ommissioner|[Mm]ayor|[Gg]overnor|[Aa]mbassador|[Aa]ttorney [Gg]eneral|[Ss]peaker))$")


# "..., per the piece on blair brown squabbling", "... in the article about X": a story of the
# pack named by its topic, ending the question
_PIECE_ON = re.compile(r"(?i)\s*[,;]?\s*\b(?:per|in|from|according to)\s+the\s+(?:piece|article|story)\s+(?:on|about)\s+"
                       r"(?P<topic>\S.{2,}?)\W*$"
                       # ... or named before it: "who said every day at school matters, in the truancy crackdown story"
                       r"|\s*[,;]?\s*\b(?:per|in|from|according to)\s+the\s+(?P<topic2>(?:[\w'’-]+\s+){0,5}?[\w'’-]{3,})"
                       r"\s+(?:piece|article|story)\W*$")
# "where's X on Y", "where are the tories on Z": X's stand on Y, X being a name and Y no journey or leave
_WHERE_ON = re.compile(r"(?i)^where(?:['’]s| is| are) (?P<who>[\w'’. -]+?) on (?!(?:(?:his|her|their|its|the|a|an) )?"
                       r"(?:holiday|holidays|tour|trip|visit|journey|way|leave|trial|board|duty|stage|air|camera)\b)(?P<topic>.+)$")
# ... not a question on the piece itself: "who is quoted in the story on deaths in custody"
_NOT_IN_A_PIECE = frozenset(("sources", "byline", "source_of", "help", "briefing", "too_long"))


class Engine(ConceptReader):
    def __init__(self, db_path: Path | str, settings: Settings | None = None):
        self.settings = settings or Settings()
        self.reader = Reader(db_path)
        self._lock = threading.Lock()
        self._tl = threading.local()  # per-thread scratch: the concept labels of the last search
        self._load()

    # -- state -------------------------------------------------------------------------
    def _load(self) -> None:
        self.search = Searcher(self.reader)
        # a word the pack prints, not one that only shares a stem with a name ("crosbie": Crosby)
        self.actors = ActorIndex(self.reader, word_count=lambda w: self.search.df(fts_term(w) or '""') if self.search.printed(w) else 0,
                                 capital_share=self.search.capital_share,
                                 common_noun=self.search.common_noun)
        self.n_articles = self.reader.one("SELECT count(*) FROM articles")[0]
        # Every distinct source as the articles word it, folded for matching.
        self.source_names: dict[str, list[str]] = {}  # folded -> every way it is written ("A UKIP spokesman", "a UKIP ...")
        for r in self.reader.all("SELECT DISTINCT source FROM attributions"):
            self.source_names.setdefault(fold(r[0]), []).append(r[0])
        self._version = self.reader.data_version()
        self._cache: dict[str, object] = {}

    def _refresh(self) -> None:
        """Another process may have ingested since we loaded: reload the small tables."""
        version = self.reader.data_version()
        if version != self._version:
            with self._lock:
                if version != self._version:
                    frozen = gc.get_freeze_count() > 0  # see freeze(): let the old tables go, keep the new out
                    if frozen:
                        gc.unfreeze()
                    self._load()
                    if frozen:
                        gc.freeze()

    def freeze(self) -> "Engine":
        """Keep the loaded tables out of the garbage collector's full passes. A full pass walks
        every reference they hold and stalls about one answer in five hundred by ~60 ms; a
        long-lived process (console, Slack, Discord) calls this once, after loading."""
        gc.freeze()
        return self

    # -- entry point ---------------------------------------------------------------------
    def ask(self, question: str, *, asker: str | None = None, channel: str | None = None) -> Answer:
        """Answer one question. Never raises for what a user can type."""
        question = question or ""
        limit = self.settings.max_question_chars
        if len(question) > limit:
            return Answer(question[:200] + "…", "too_long", False,
                          note=f"That question is {len(question):,} characters long; please ask in at most {limit:,}.")
        self._refresh()
        log.debug("question from %s in %s", asker or "-", channel or "-")
        parts = split_questions(clean(question))
        if len(parts) == 2:  # "when was the crash and how many died?": both, each one's best first
            context = parse(parts[0])
            about = context.topic or context.who
            if about and not self.actors.find_in(parts[1]):
                parts[1] = f"{parts[1]} {about}"  # "... how many died" in that crash
            first, second = (self._answer(part) for part in parts)
            first.question = question.strip()
            return _joined(first, second)
        answer = self._answer(parts[0])  # the question itself, without a hint after it
        answer.question = question.strip()
        return answer

    def _answer(self, question: str) -> Answer:
        answer = self._answer_one(question)
        if (m := _PIECE_ON.search(question)) and len(content_words(question[:m.start()])) >= 2:
            # "what's the prisoners dilemma, per the piece on blair brown squabbling": the piece
            # says where to look, not words an answer must hold; the question without it, and of
            # its answers those of the pack's story on that topic first
            story = pack.article_about(self, m.group("topic") or m.group("topic2"))
            bare = self._answer_one(question[:m.start()])
            if bare.found and bare.intent not in _NOT_IN_A_PIECE and (
                    not answer.found or story is None or any(x.article.id == story for x in bare.excerpts)):
                bare.excerpts.sort(key=lambda x: x.article.id != story)
                return bare
        return answer

    def _answer_one(self, question: str) -> Answer:
        p = self._bare_name(parse(self._apostrophes(question)))
        log.debug("read as %s", p.intent)
        try:
            answer = None
            if reasons.WHY.match(p.text) and p.intent in ("stance", "search", "statements_by") \
                    and not (p.intent == "stance" and stance.unnamed(p.who)):
                # (the reason of the first actor named, not of "some people": what they fear is why)
                answer = reasons.why(self, p)
            if p.intent == "search" and fates.HAPPENED_TO.match(p.text):
                answer = fates.happened_to(self, p)  # "what happened to Howard Flight": "He was sacked"
                # ... and to a thing, after an event: "what happens to Yahoo's name once the deal closes"
                answer = answer or fates.thing_after(self, p)
                answer = answer or fates.thing_undergoes(self, p)  # "what happened to the e-university": "It was scrapped"
            answer = answer or successors.find(self, p)  # "who replaced X": told by the story on X
            if p.intent in ("search", "stance", "happened"):
                answer = answer or facts.counterpart(self, p)  # "in exchange for ...": "In return, X will ..."
            answer = answer or HANDLERS[p.intent](self, p)
            if p.intent == "search" and answer.found and (deed := events.deed_asked(self, p.text)):
                # "did James Ford appeal his sentence": a passage that never tells the appeal (or
                # only wishes it) does not say whether he did
                answer = self.kept(p, answer, lambda x: events.tells_deed(x.quote, deed))
            if p.intent == "when" and answer.found and (deed := events.when_deed(self, p.text)):
                # "when did Amicus and the TGWU complete their merger": a passage that tells it done
                answer = self.kept(p, answer, lambda x: events.tells_deed(x.quote, deed), "The pack does not tell that done.")
            if p.intent == "when":  # "when did Brown visit Ghana": a story that names the place asked
                answer = facts.places_kept(self, p, answer)
            if p.intent == "search" and not answer.found and (poll := facts.POLL_FOUND.match(p.text)):
                said = statements.statements_by(self, Parsed("statements_by", p.text, who=poll.group("who"), topic=poll.group("topic")))
                answer = said if said.found else answer  # what a poll found, as it is said to have found it
            if p.intent == "search":  # ... on the topic asked, not another poll of the same pollster
                answer = facts.poll_finding(self, p, answer)
            answer = deeds.announced(self, p, answer)
            answer = successors.named_holder(self, p, answer)  # "who replaced X": a sentence naming who
            if p.intent == "search":
                answer = outcomes.outcome_told_next(self, p, answer)
            if answer.found and (bound := facts.thing_of_place(self, p.text)) is not None:
                # "the capital of New Zealand": only a sentence that gives that place's
                answer.excerpts = [x for x in answer.excerpts if bound.search(x.quote)]
                answer = answer if answer.excerpts else self.nothing(p)
            if answer.found and answer.intent in _FACTS:  # a fact told in the words that introduce a speaker
                answer.excerpts = story_voice.in_story_voice(self, answer.excerpts, p.text)
            if answer.found and answer.intent in _ACTS_TOLD:  # "The EU has announced ...": the story's news
                answer.excerpts = story_voice.acts_told(answer.excerpts, p.text)
            if answer.found:  # "Mr Clarke refused to back that change": his stand, told of him
                answer.excerpts = positions.stands_taken(self, answer.intent, answer.excerpts, p.text)
            if answer.found:  # "the charity's director added": Barbara Stocking, named just before
                answer.excerpts = described.named_speakers(self, answer.excerpts)
            if answer.found and facts.penalty_asked(p.text):
                # "what sentence did the muggers get": a passage that tells a penalty, or none
                answer = self.kept(p, answer, lambda x: facts.tells_penalty(x.quote), "The pack tells of no sentence for that.")
            if answer.found and facts.deaths_asked(p.text):
                # "how many were killed in the riots": a passage that tells deaths, not the injured
                answer = self.kept(p, answer, lambda x: facts.tells_deaths(x.quote), "The pack tells of no deaths in that.")
            if answer.found and answer.intent in _FACTS and (someone := facts.someone_named_asked(p.text)):
                # "whats the name of the girl brown met": a passage that names her, or none
                answer = self.kept(p, answer, lambda x: facts.names_someone(self, x.quote, someone, p.text), "The pack does not give that name.")
            if answer.found and facts.inquiry_finding_asked(p.text):
                # "what did X's probe find": a passage that tells the inquiry or a finding, or none
                answer = self.kept(p, answer, lambda x: facts.tells_inquiry(x.quote), "The pack tells of no finding of that.")
            if answer.found and answer.intent in _FACTS:
                # "her first novel": a passage on her third and fourth novels tells of others of the row
                # (a speaker may set one place against another: "In our first two terms ... In our third")
                answer = self.kept(p, answer, lambda x: not amounts.other_ordinal(p.text, x.quote)
                                   and not amounts.place_untold(self, p.text, x.article.id))
            if answer.found:  # "which paper reported that ...": the sentence of its story that names the paper
                answer = replace(answer, excerpts=provenance.paper_first(self, p.text, answer.excerpts))
            answer.excerpts = _besides_last(p.text, _distinct(answer.excerpts))
        except sqlite3.OperationalError:
            log.exception("search failed for %r", question)
            answer = self.nothing(p)
        except Exception:  # a bug must cost one answer, not the bot: say so, keep serving
            log.exception("answering %r failed", question)
            answer = self.nothing(p, "Something went wrong answering that; it has been logged.")
        return answer

    def _apostrophes(self, question: str) -> str:
        """"blairs view on iraq", "howards plan": a person's possessive typed without its
        apostrophe, before a word for what is theirs."""
        question = _BARE_POSSESSIVE.sub(lambda m: m.group(1)[:-1] + "'s" + m.group(2) if self.actors.possessive(m.group(1))
                                        else m.group(0), question)
        # ... and before any noun: "browns budget forecasts", "eloise parrys mum" (not a verb:
        # "what did the blairs say", "what do the browns think" name a family)
        return _BARE_BEFORE_NOUN.sub(lambda m: m.group(2)[:-1] + "'s" + m.group(3)
                                     if not m.group(1) and m.group(4) not in STOPWORDS and m.group(4) not in _NOT_OWNED
                                     and self.actors.possessive(m.group(2)) else m.group(0), question)

    def _bare_name(self, p: Parsed) -> Parsed:
        """'Gofman', 'netanyahoo', 'erdogan': a question that is only a name asks who that is.
        'tories on immigration?', 'greens on the budget': a name and a topic ask what that
        actor said on it, as people type in chat."""
        if p.intent not in ("search", "who_is"):
            return p
        hits = self.actors.find_in(p.text) if p.intent == "search" else []
        words = content_words(p.text)
        if len(hits) == 1 and words and set(words) <= set(content_words(hits[0].span)) and not CONTENTS.match(p.text):
            return Parsed("who_is", p.text, who=hits[0].span)
        if p.intent == "search" and (where := _WHERE_ON.match(p.text)) and self.exact_actor(where.group("who")) is not None:
            # "where's michael howard on freezing debts": where he stands on it, as "where does he
            # stand on" asks (not where one is "on holiday", "on his tour")
            return Parsed("stance", p.text, who=where.group("who"), topic=where.group("topic"), stance="view")
        text = re.sub(r"(?i)^what(?:['’]s| is| was) (?:the )?(?=.+ (?:position|stance|view|line) (?:on|about) )", "", p.text)
        m = re.match(r"(?i)^(?P<who>[\w'’. -]+?) (?P<view>(?:position|stance|view|line) )?(?:on|about|re) (?P<topic>.+)$", text)
        if m and (p.intent == "search" or m.group("view")) and not QUESTION_START.match(text) and (
                self.exact_actor(m.group("who")) is not None or self.relative_actor(m.group("who")) is not None
                or not m.group("view") and self._unknown_name(m.group("who"))):
            # ... and "macron on turkish bases" asks what Macron said, which the pack cannot tell;
            # "lib dem position on asylum voting" asks where they stand
            if m.group("view"):
                return Parsed("stance", p.text, who=m.group("who"), topic=m.group("topic"), stance="view")
            return Parsed("statements_by", p.text, who=m.group("who"), topic=m.group("topic"))
        return p

    def _unknown_name(self, phrase: str) -> bool:
        """One to three words the pack never prints, nor anything one slip away: a name it lacks.
        A known first name may come first ("john bercow"): the surname is what the pack lacks."""
        words = content_words(phrase)

        def unknown(w: str) -> bool:
            return self.search.df(fts_term(w) or '""') == 0 and self.search.spelling(w) is None
        return 0 < len(words) <= 3 and len(words) == len(phrase.split()) and unknown(words[-1]) and (
            len(words) <= 2 or all(map(unknown, words)))

    def cached(self, key: str, make):
        """A value computed once per loaded index (help examples ...)."""
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    def rows(self, sentence_ids: list[int]) -> dict[int, sqlite3.Row]:
        """Sentences by id; a speaker's hundreds of quotes are read once per index, not once
        per question on them (a copy: callers add to it)."""
        key = ("rows", tuple(sorted(set(sentence_ids))))
        return dict(self.cached(key, lambda: sentences_by_id(self.reader, list(key[1]))))

    def last_labels(self) -> dict[int, set[str]]:
        """The concepts each sentence of this thread's last search covered."""
        return getattr(self._tl, "labels", {})

    def last_pairs(self) -> dict[int, int]:
        """Sentences whose coverage in this thread's last search included the next sentence."""
        return getattr(self._tl, "pairs", {})

    def search_state(self) -> tuple[dict[int, set[str]], dict[int, int]]:
        """This thread's last search, kept to put back when a trial search is not used."""
        return self.last_labels(), self.last_pairs()

    def restore_search_state(self, state: tuple[dict[int, set[str]], dict[int, int]]) -> None:
        self._tl.labels, self._tl.pairs = state

    # -- helpers shared by the kinds of answer ---------------------------------------------
    def kept(self, p: Parsed, answer: Answer, keep: Callable[[Excerpt], object], note: str = NOTHING) -> Answer:
        """Only the excerpts that give the thing asked for. A passage on the topic that misses it is a
        wrong answer, not a weak one: when none is left, the pack does not answer the question."""
        kept = [x for x in answer.excerpts if keep(x)]
        return replace(answer, excerpts=kept) if kept else self.nothing(p, note)

    def nothing(self, p: Parsed, note: str = NOTHING, suggest: str | None = None) -> Answer:
        suggestions = self.actors.suggest(suggest) if suggest else []
        return Answer(p.text, p.intent, False, note=note, suggestions=suggestions)

    def card(self, actor: Actor) -> ActorCard:
        return ActorCard(actor.name, actor.kind, actor.description)

    def best(self, concepts: list[Concept], require: set[str] | None = None, limit: int = 300,
              article_ids: list[str] | None = None, min_cov: float = MIN_COVERAGE,
              subjects: set[int] | None = None, pairs: bool = False,
              near: float = 0.0, named_before: bool = False, deeds: bool = False,
              told_first: bool = False, near_words: frozenset[str] = frozenset(),
              headline: bool = False) -> list[tuple[sqlite3.Row, float]]:
        """Sentences ranked by coverage (ties: attributed first, then article order).

        `told_first`: ties go to the story's own telling instead (what happened, what someone
        did: the report of the deed, not a speaker's words about it).

        `subjects`: actors the question is about; a sentence where one of them is the
        grammatical subject of an event ranks above one that only mentions it (`deeds`: of an
        event other than speaking: "what did Jackson do" is not what he said).
        `named_before`: a sentence may name the question's thing by the head noun of a phrase
        that named it a few sentences before (for facts and events; a view or a claim is read
        in the speaker's own words).
        `headline`: a sentence is read under its story's headline (see _under_headline).
        """
        if not concepts:
            return []
        ids = self.search.candidates(concepts, limit=limit, article_ids=article_ids)
        cov = self.search.coverage(concepts, ids)
        self._tl.pairs = {}
        if pairs:  # a claim quoted over two sentences: let a sentence take its neighbour's words too
            alone = dict(cov)
            weights = {c.label: c.weight for c in concepts}
            total = sum(weights.values()) or 1.0
            for sid in list(cov):
                nxt = cov.get(sid + 1)
                if nxt and self.search.article_of(sid) == self.search.article_of(sid + 1):  # one article's
                    labels = cov[sid][1] | nxt[1]
                    score = share(weights, labels, total)
                    if score > cov[sid][0] + 0.05 and score > nxt[0] + 0.05:
                        cov[sid] = (score, labels)
                        self._tl.pairs[sid] = sid + 1
            cov = self._quotation_closes(concepts, cov)
            cov = self._quotation_ends(concepts, cov, alone)
        cov = self._called_by_post(concepts, cov)
        cov = self._called_by_age(concepts, cov)
        cov = self._it_after_subject(concepts, cov)
        if named_before:
            cov = self._named_before(concepts, cov)
        if headline:
            cov = self._under_headline(concepts, cov)
        if near:
            cov = self._near_actors(concepts, cov, near)
            if near_words:
                cov = self._near_words(concepts, cov, near_words, near)
        self._tl.labels = {sid: labels for sid, (_, labels) in cov.items()}
        if len(concepts) <= 2 and min_cov > 0:
            min_cov = 1.0  # a short question's every concept must be there
        keep = [sid for sid, (score, labels) in cov.items()
                if score >= min_cov - 1e-9 and (not require or require <= labels)]
        rows = sentences_by_id(self.reader, keep)
        if article_ids:
            rows = {k: v for k, v in rows.items() if v["article_id"] in article_ids}
        doers = self.subject_sentences(subjects, list(rows), deeds) if subjects else set()
        if deeds:  # ... not a deed another opens by reporting ("He added that ... Mr Jackson had chosen to leave")
            doers = {sid for sid in doers if rows[sid]["source"] is None or rows[sid]["source_actor"] in subjects
                     or not _REPORTED_BY.match(rows[sid]["text"])}
        bonus = dict.fromkeys(doers, SUBJECT_BONUS)
        paired = self._tl.pairs  # a near tie goes to the sentence that says it alone
        score = {sid: cov[sid][0] + bonus.get(sid, 0.0) - (PAIR_PENALTY if sid in paired else 0.0) for sid in rows}
        # ... and a tie to the sentence that uses the question's own words ("vote", not "election")
        literal = self._literal_counts(concepts, list(rows))
        ranked = sorted(rows.values(), key=lambda r: (-round(score[r["sid"]], 3), r["sid"] in paired, -literal[r["sid"]],
                                                     (r["source"] is None) != told_first, r["continuation"] or 0, r["sid"]))
        seen: set[str] = set()
        out = []
        for r in ranked:  # the same sentence in two articles (syndicated copy) is offered once
            if r["text"] not in seen:
                seen.add(r["text"])
                out.append((r, cov[r["sid"]][0]))
        return out

    def _named_before(self, concepts: list[Concept], cov: dict) -> dict:
        """"The outbreak ... is estimated to have cost the UK up to £8bn", after a sentence on the
        foot and mouth outbreak: a story calls a thing it has just named by its head noun, and
        the sentence is about what the earlier one named ("the outbreak" is the foot and mouth one)."""
        words = [c for c in concepts if not c.actor_ids]
        # ... and a thing named by a phrase the story then calls by its last word: "the European
        # constitution" ... "45% of people would vote against the constitution" (a common noun,
        # not a person's surname)
        things = {c.label: {h for w in c.words if len(w.split()) >= 2 and (h := w.split()[-1]).isalpha()
                            and len(h) >= 4 and h not in STOPWORDS and self.search.common_noun(h)}
                  for c in concepts if c.actor_ids and not any(
                      a in self.actors.by_id and self.actors.by_id[a].kind == "person" for a in c.actor_ids)}
        things = {l: hs for l, hs in things.items() if hs}
        words += [c for c in concepts if c.label in things]
        if not words:
            return cov
        weights = {c.label: c.weight for c in concepts}
        total = sum(weights.values()) or 1.0
        rows = {c.label: self.search.concept_rows(c) for c in words}
        top = max((score for score, _ in cov.values()), default=0.0)
        if top >= 1.0 - 1e-9:  # a sentence that says it all in its own words needs no reading between lines
            return cov
        # only a sentence the words it lacks could lift to the top is worth reading
        hopes = []
        for sid, (score, labels) in cov.items():
            missing = [c for c in words if c.label not in labels]
            if missing and (hope := score + sum(weights[c.label] for c in missing) / total) >= top - 1e-9:
                hopes.append((-hope, -score, sid, missing))
        todo: dict[int, list[tuple[Concept, int]]] = {}
        for _, _, sid, missing in sorted(hopes)[:_MAX_ANAPHORA]:
            article = self.search.article_of(sid)
            for k in range(1, _ANAPHORA_REACH + 1):
                if self.search.article_of(sid - k) != article:
                    break
                for c in missing:
                    if sid - k in rows[c.label]:
                        todo.setdefault(sid, []).append((c, sid - k))
        if not todo:
            return cov
        texts = {sid: _TOKEN.findall(r["text"].lower()) for sid, r in sentences_by_id(
            self.reader, sorted(set(todo) | {a for got in todo.values() for _, a in got})).items()}
        out = dict(cov)
        for sid, got in todo.items():
            toks = texts.get(sid, [])
            heads = {toks[i + 1] for i, t in enumerate(toks[:-1])
                     if t in _DETERMINERS and len(toks[i + 1]) >= 4 and toks[i + 1].isalpha() and toks[i + 1] not in STOPWORDS}
            if not heads:
                continue
            labels = set(out[sid][1])
            for c, ante in got:
                if c.label in things:
                    if things[c.label] & heads:
                        labels.add(c.label)
                    continue
                named = {w.split()[-1] for w in c.words if w} - heads
                if any(_modifies(named, h, texts.get(ante, [])) for h in heads):
                    labels.add(c.label)
            lifted = share(weights, labels, total) - ANAPHORA_PENALTY
            # only a clear win: read between the lines where no sentence says it in its own words,
            # and only to make a sentence say all of it
            if len(labels) == len(weights) and lifted >= top + ANAPHORA_MARGIN:
                out[sid] = (lifted, labels)
        return out

    def _under_headline(self, concepts: list[Concept], cov: dict) -> dict:
        """A sentence is read under its story's headline: "What we have got is a cynical case of
        recycling existing legislation", under "Child access law shake-up planned", is said of the
        plans. The words of the question the headline names that a sentence holding some of its
        own lacks count, HEADLINE_PENALTY below a sentence that names them itself (not a name:
        whom a claim is about, the sentence names itself)."""
        titled = self._headlines_cover([c for c in concepts if not c.actor_ids], cov)
        if not titled:
            return cov
        weights = {c.label: c.weight for c in concepts}
        total = sum(weights.values()) or 1.0
        out = dict(cov)
        for sid, (_, labels) in cov.items():
            if labels and (extra := titled.get(self.search.article_of(sid), set()) - labels):
                joint = labels | extra
                out[sid] = (share(weights, joint, total) - HEADLINE_PENALTY, joint)
        return out

    def _quotation_closes(self, concepts: list[Concept], cov: dict) -> dict:
        """A speaker's quotation that closes on a short sentence the candidate cut left out
        ("... is the appearance of division. | We remember the 1980s"): its first sentence takes
        the words of that one too, as a pair, when it goes on the same speaker's quotation. (A short
        tail is read with the thought before it; a long one says a thought of its own, and is a
        candidate itself when it says the claim.)"""
        weights = {c.label: c.weight for c in concepts}
        total = sum(weights.values()) or 1.0
        beyond = self.search.coverage(concepts, [sid + 1 for sid in cov if sid + 1 not in cov and sid not in self._tl.pairs])
        gain = {sid: cov[sid][1] | beyond[sid + 1][1] for sid in cov if sid + 1 in beyond and beyond[sid + 1][1] - cov[sid][1]
                and self.search.article_of(sid) == self.search.article_of(sid + 1)}
        gain = {sid: g for sid, g in gain.items() if share(weights, g, total) > max(cov[sid][0], beyond[sid + 1][0]) + 0.05}
        rows = sentences_by_id(self.reader, [j for sid in gain for j in (sid, sid + 1)])
        out = dict(cov)
        for sid, g in gain.items():
            first, then = rows.get(sid), rows.get(sid + 1)
            if first is not None and then is not None and first["direct_quote"] and first["source"] is not None \
                    and then["continuation"] and then["source"] == first["source"] \
                    and len(then["text"].split()) <= SHORT_TAIL_WORDS:
                out[sid] = (share(weights, g, total), g)
                self._tl.pairs[sid] = sid + 1
        return out

    def _quotation_ends(self, concepts: list[Concept], cov: dict, alone: dict) -> dict:
        """A claim a speaker makes over a quotation of three sentences ("There is a glass ceiling
        on opportunity. In our first two terms we have raised it. In our third term we have to
        break it."): its first sentence takes the words of the two after it, when both go on the
        same speaker's quotation, and is read with its last (see the pairs in `best`). Words gathered
        over three sentences say the claim only when they say it in full (MIN_COVERAGE, no slack):
        a few of them scattered over a long quotation ("Conservatives ... human rights lawyer")
        are no claim. (`alone`: what each sentence among the candidates covers by itself, before
        the pairs; one that is not among them holds none of the claim's words worth reading.)"""
        weights = {c.label: c.weight for c in concepts}
        total = sum(weights.values()) or 1.0
        later = defaultdict(lambda: (0.0, frozenset()), alone)
        gain = {sid: alone[sid][1] | later[sid + 1][1] | later[sid + 2][1] for sid in cov
                if (later[sid + 2][1] - cov[sid][1]) and self.search.article_of(sid) == self.search.article_of(sid + 2)}
        gain = {sid: g for sid, g in gain.items() if (score := share(weights, g, total))
                > max(cov[sid][0], cov.get(sid + 2, later[sid + 2])[0]) + 0.05 and score >= MIN_COVERAGE - 1e-9}
        rows = sentences_by_id(self.reader, [j for sid in gain for j in (sid, sid + 1, sid + 2)])
        out = dict(cov)
        for sid, g in gain.items():
            first, *rest = (rows.get(j) for j in (sid, sid + 1, sid + 2))
            if first is None or not first["direct_quote"] or first["source"] is None or any(
                    r is None or not r["continuation"] or r["source"] != first["source"] for r in rest):
                continue
            out[sid] = (share(weights, g, total), g)
            self._tl.pairs[sid] = sid + 2
        return out

    def _called_by_post(self, concepts: list[Concept], cov: dict) -> dict:
        """"The prime minister launched a £500m initiative ...", in a story that names Tony Blair
        and no one else who holds that post, names Blair: a story calls a person by their post."""
        weights = {c.label: c.weight for c in concepts}
        total = sum(weights.values()) or 1.0
        out = dict(cov)
        for c in concepts:
            posts = {a: self._posts(a) for a in c.actor_ids if a in self.actors.by_id and self.actors.by_id[a].kind == "person"}
            if not any(posts.values()):
                continue
            # only sentences that print one of the posts are read (the phrase's rows are cached)
            printing = frozenset().union(*(self.search.rowids(fts_term(p) or '""') for held in posts.values() for p in held))
            missing = [sid for sid, (_, labels) in out.items() if c.label not in labels and sid in printing]
            for sid, row in sentences_by_id(self.reader, missing).items():
                article, text = row["article_id"], f" {fold(row['text'])} "
                for a, held in posts.items():
                    said = [p for p in held if f" the {p} " in text]
                    named = self.people_named_in(article)
                    if said and a in named and not any(o != a and any(p in self._posts(o) for p in said) for o in named):
                        labels = out[sid][1] | {c.label}
                        out[sid] = (share(weights, labels, total), labels)
                        break
        return out

    def _called_by_age(self, concepts: list[Concept], cov: dict) -> dict:
        """"The 39-year-old was educated at Haverstock Comprehensive ...", in a profile of David
        Miliband: a story calls the person it is about by their age, so a sentence that opens so
        names the person the story mentions most (more often than anyone else), when the last
        sentence before it to name anyone names them (not "The 27-year-old was holidaying ...",
        after a victim named in a story on the minister who gave the toll)."""
        people = [c for c in concepts if any(a in self.actors.by_id and self.actors.by_id[a].kind == "person"
                                             for a in c.actor_ids)]
        if not people:
            return cov
        openers = self.cached("opens on an age", lambda: frozenset(r[0] for r in self.reader.all(
            "SELECT id FROM sentences WHERE text GLOB 'The [0-9]*-year-old *'")))
        wanted = [sid for sid, (_, labels) in cov.items() if sid in openers and any(c.label not in labels for c in people)]
        if not wanted:
            return cov
        weights = {c.label: c.weight for c in concepts}
        total = sum(weights.values()) or 1.0
        out = dict(cov)
        for sid in wanted:
            article = self.search.article_of(sid)
            main = self._main_person(article)
            if main is None or main not in self._last_named(sid, article):
                continue
            labels = out[sid][1] | {c.label for c in people if main in c.actor_ids}
            if labels != out[sid][1]:
                out[sid] = (share(weights, labels, total), labels)
        return out

    def _last_named(self, sid: int, article_id: str) -> set[int]:
        """The people the last sentence before this one (a few back, in its story) to name anyone names."""
        named: dict[int, set[int]] = {}
        for i, a in self.reader.all("SELECT s.id, m.actor_id FROM mentions m JOIN sentences s ON s.id = m.sentence_id "
                                    "JOIN actors a ON a.id = m.actor_id WHERE s.id BETWEEN ? AND ? AND s.article_id = ? "
                                    "AND a.kind = 'person'", [sid - _ANAPHORA_REACH, sid - 1, article_id]):
            named.setdefault(i, set()).add(a)
        return named[max(named)] if named else set()

    def person_mentions(self, article_id: str) -> dict[int, int]:
        """How often a story mentions each person it names (read once per story)."""
        return self.cached(("person mentions", article_id), lambda: {r[0]: r[1] for r in self.reader.all(
            "SELECT m.actor_id, count(*) FROM mentions m JOIN sentences s ON s.id = m.sentence_id "
            "JOIN actors a ON a.id = m.actor_id WHERE s.article_id = ? AND a.kind = 'person' "
            "GROUP BY m.actor_id", [article_id])})

    def _main_person(self, article_id: str) -> int | None:
        """The person a story mentions most, when no other is mentioned as often."""
        top = sorted(self.person_mentions(article_id).items(), key=lambda x: -x[1])[:2]
        return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None

    def _open_on_it(self, ids: list[int]) -> list[int]:
        """Of the sentences, those that open on "It", or on "But it", "And it" ...: the few whose
        text the anaphora check needs (the pack's such sentences are listed once per index, so
        no candidate's row is read to find them)."""
        openers = self.cached("opens on it", lambda: frozenset(r[0] for r in self.reader.all(
            "SELECT id FROM sentences WHERE text GLOB 'It *' OR text GLOB 'But it *' OR text GLOB 'And it *'"
            " OR text GLOB 'Yet it *' OR text GLOB 'However, it *' OR text GLOB 'Now it *'")))
        return [sid for sid in ids if sid in openers]

    def _it_after_subject(self, concepts: list[Concept], cov: dict) -> dict:
        """"The CSA has been surrounded in controversy since 1993. It is currently chasing ... £720m":
        a sentence that opens on "It" goes on about the body the sentence before opened on, so it
        names that body (not "It is thought that ...", which names nothing)."""
        bodies = [c for c in concepts if c.actor_ids and all(
            a in self.actors.by_id and self.actors.by_id[a].kind == "organization" for a in c.actor_ids)]
        # ... and so does one that opens on "It" after "But" or "And", and the thing the sentence
        # before opened on may be a common noun: "The government needs its finance bill ... But it
        # will also seek to push through its ID cards Bill" (the government seeks it)
        things = [c for c in concepts if not c.actor_ids and c.words]
        if not bodies and not things:
            return cov
        weights = {c.label: c.weight for c in concepts}
        total = sum(weights.values()) or 1.0
        wanted = [sid for sid, (_, labels) in cov.items() if any(c.label not in labels for c in bodies + things)]
        rows = sentences_by_id(self.reader, self._open_on_it(wanted))
        opening = [sid for sid, r in rows.items() if _IT_OPENS.match(it := _it_after_joint(r["text"])) and not _DUMMY_IT.match(it)]
        if not opening:
            return cov
        before = {sid - 1 for sid in opening}
        # (told in the story's own voice: after "..., the TUC has said", "It said" is the TUC)
        prior = {sid: r for sid, r in sentences_by_id(self.reader, sorted(before)).items() if r["source"] is None} if things else {}
        subject = {sid: {c.label for c in things if _opens_on(r["text"], c)} for sid, r in prior.items()}
        # ... and "The Act comes into effect ...", after "the Freedom of Information Act": the
        # thing opened on by its head noun is the one the story named in full a few sentences before
        for sid, r in prior.items():
            if (head := _OPENING.match(r["text"])) and head.group(1)[0].isupper() and len(head.group(1)) >= 3 \
                    and (rest := [c for c in things if c.label not in subject[sid]]):
                earlier = [x["text"] for k, x in sentences_by_id(self.reader, list(range(sid - _ANAPHORA_REACH, sid))).items()
                           if x["article_id"] == r["article_id"]]
                names = [m.group(1) for t in earlier for m in re.finditer(
                    r"((?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|on)\s+)?)+)" + re.escape(head.group(1)) + r"\b", t)]
                subject[sid] |= {c.label for c in rest if any(re.search(
                    r"(?i)\b" + re.escape(w) + r"\b", n) for w in c.words if not w.endswith("*") for n in names)}
        opened: dict[int, set[int]] = {}
        for sid, actor_id in self.reader.all(
                f"SELECT s.id, m.actor_id FROM sentences s JOIN mentions m ON m.sentence_id = s.id "
                f"WHERE s.id IN ({placeholders(sorted(before))}) AND m.start - s.start <= 4 "
                f"AND substr(s.text, 1, m.start - s.start) IN ('', 'The ')", sorted(before)):
            opened.setdefault(sid, set()).add(actor_id)
        out = dict(cov)
        for sid in opening:
            if self.search.article_of(sid - 1) != self.search.article_of(sid):
                continue
            labels = set(out[sid][1])
            labels |= {c.label for c in bodies if c.actor_ids & opened.get(sid - 1, set())}
            labels |= subject.get(sid - 1, set())
            if labels != out[sid][1]:
                out[sid] = (share(weights, labels, total), labels)
        return out

    def _posts(self, actor_id: int) -> frozenset[str]:
        """The posts a person's descriptions give ("prime minister", "home secretary")."""
        actor = self.actors.by_id.get(actor_id)
        if actor is None or actor.kind != "person":
            return frozenset()
        return self.cached(("posts", actor_id), lambda: frozenset(
            fold(m.group(1)) for d in actor.descriptions if (m := _POST.match(d.strip()))))

    def holds_post(self, actor_id: int, phrase: str, article_id: str) -> bool:
        """"the prime minister" is Tony Blair in a story that names him and no one else who
        holds that post: a story calls a person by their post."""
        said = fold(phrase).removeprefix("the ")
        named = self.people_named_in(article_id)
        return said in self._posts(actor_id) and actor_id in named and not any(
            o != actor_id and said in self._posts(o) for o in named)

    def people_named_in(self, article_id: str) -> frozenset[int]:
        """The actors a story mentions (by any name or pronoun), read once per story."""
        return self.cached(("people_named_in", article_id), lambda: frozenset(r[0] for r in self.reader.all(
            "SELECT DISTINCT m.actor_id FROM mentions m JOIN sentences s ON s.id = m.sentence_id WHERE s.article_id = ?",
            [article_id])))

    def _literal_counts(self, concepts: list[Concept], sids: list[int]) -> dict[int, int]:
        """For each sentence: how many word concepts it matches by the question's own word."""
        out = dict.fromkeys(sids, 0)
        for c in concepts:
            if c.actor_ids or not c.words or ":" in c.label:
                continue  # a name, or a meaning ("stance:want") that has no one word of its own
            expr = c.match_expr(c.words[:1])
            rows = self.search.rowids(expr) if expr else frozenset()
            for sid in sids:
                out[sid] += sid in rows
        return out

    def _near_actors(self, concepts: list[Concept], cov: dict, share: float) -> dict:
        """An actor the sentence leaves to its neighbour ("Writing in the Guardian, Mr Brown ...
        Marr said that Mr Brown's article was a warning shot") counts at `share` of its weight."""
        total = sum(c.weight for c in concepts) or 1.0
        out = dict(cov)
        for c in concepts:
            if not c.actor_ids:
                continue
            rows = self.search.concept_rows(c)
            for sid, (score, labels) in out.items():
                if c.label in labels:
                    continue
                art = self.search.article_of(sid)
                if any(j in rows and self.search.article_of(j) == art for j in (sid - 2, sid - 1, sid + 1, sid + 2)):
                    out[sid] = (score + share * c.weight / total, labels)
        return out

    def _near_words(self, concepts: list[Concept], cov: dict, labels: frozenset[str], share: float) -> dict:
        """A quote that calls what it speaks of "they", "those", "she" ... ("They might be selling
        those at cost", after "Fresh halibut fillets routinely sell for ..."): the words that name
        it (`labels`), in one of the two sentences before, count at `share` of their weight."""
        total = sum(c.weight for c in concepts) or 1.0
        named = [(c, self.search.concept_rows(c)) for c in concepts if c.label in labels]
        lift: dict[int, float] = {}
        for sid, (_, held) in cov.items():
            art = self.search.article_of(sid)
            before = [j for j in (sid - 1, sid - 2) if self.search.article_of(j) == art]
            gain = sum(c.weight for c, rows in named if c.label not in held and any(j in rows for j in before))
            if gain:
                lift[sid] = gain
        rows = sentences_by_id(self.reader, sorted(lift))
        out = dict(cov)
        for sid, gain in lift.items():
            r = rows.get(sid)
            if r is not None and r["direct_quote"] and claims.speaks_of_it(r["text"]):
                out[sid] = (out[sid][0] + share * gain / total, out[sid][1])
        return out

    def passages(self, concepts: list[Concept], min_cov: float = MIN_COVERAGE,
                 require: set[str] | None = None, together: set[str] = frozenset()) -> list[tuple[list[sqlite3.Row], float]]:
        """Two adjacent sentences of one article that together cover the question when neither
        does alone: "Among the records is the story of Jane Campbell, the first woman ever to
        divorce her husband. That happened in 1801 ...". Each sentence must bring a concept the
        other lacks, so a passage is never a hit padded with its neighbour. Ranked by their
        joint coverage less PASSAGE_PENALTY, which must still reach min_cov: a fallback after
        single sentences, and a stricter one. `together`: concepts one of the two must hold all of."""
        if len(concepts) < 3:
            return []  # a short question's concepts in one sentence, or nothing
        ids = self.search.candidates(concepts)
        cov = self.search.coverage(concepts, ids)
        weights = {c.label: c.weight for c in concepts}
        total = sum(weights.values()) or 1.0
        found: dict[tuple[int, int], float] = {}
        for sid, (_, labels) in cov.items():
            nxt = cov.get(sid + 1)
            if not nxt or self.search.article_of(sid) != self.search.article_of(sid + 1):
                continue
            own, other = labels - nxt[1], nxt[1] - labels
            joint = labels | nxt[1]
            if not own or not other or (require and not require <= joint):
                continue
            if together and not (together <= labels or together <= nxt[1]):
                continue  # "paid" in one sentence and Howard in the other is not Howard paid
            score = share(weights, joint, total)
            if score - PASSAGE_PENALTY >= min_cov - 1e-9:
                found[(sid, sid + 1)] = score - PASSAGE_PENALTY
        rows = sentences_by_id(self.reader, [i for pair in found for i in pair])
        self._tl.labels = {sid: cov[sid][1] | cov[sid + 1][1] for sid, _ in found}
        ranked = sorted(found.items(), key=lambda x: (-round(x[1], 3), x[0]))
        return [([rows[a], rows[b]], score) for (a, b), score in ranked if a in rows and b in rows]

    def under_headlines(self, concepts: list[Concept], min_cov: float = MIN_COVERAGE) -> list[tuple[sqlite3.Row, float]]:
        """Sentences that cover the question only with their headline: under "Howard 'truanted
        to play snooker'", the sentence "Mr Howard said his time at Jack's Snooker Hall in
        Llanelli ..." answers where he played truant. The headline must bring two concepts (what
        happened, not only a name), the sentence one itself, and it ranks HEADLINE_PENALTY below
        a sentence that covers as much alone: a fallback."""
        if len(concepts) < 3:
            return []  # a short question's concepts in one sentence, or nothing
        ids = self.search.candidates(concepts)
        cov = self.search.coverage(concepts, ids)
        titled = self._headlines_cover(concepts, ids)
        if not titled:
            return []
        weights = {c.label: c.weight for c in concepts}
        actors = {c.label: c.actor_ids for c in concepts}
        total = sum(weights.values()) or 1.0
        found: dict[int, float] = {}
        labels_of: dict[int, set[str]] = {}
        for sid, (own, labels) in cov.items():
            extra = titled.get(self.search.article_of(sid), set()) - labels
            # the headline tells what happened, not just who: two concepts, or one heavy word
            tells = len(extra) >= 2 or any(not actors[l] and weights[l] >= HEADLINE_WORD * total for l in extra)
            if not labels or own >= min_cov or not tells:
                continue
            joint = labels | extra
            score = share(weights, joint, total) - HEADLINE_PENALTY
            if score >= min_cov - 1e-9:
                found[sid], labels_of[sid] = score, joint
        rows = sentences_by_id(self.reader, list(found))
        self._tl.labels = labels_of
        return [(rows[i], found[i]) for i in sorted(found, key=lambda i: (-round(found[i], 3), i)) if i in rows]

    def _headlines_cover(self, concepts: list[Concept], sids) -> dict[int, set[str]]:
        """What the headline of each story holding one of the sentences `sids` names of the
        concepts, by article id: one query for all of them."""
        articles = sorted({a for a in map(self.search.article_of, sids) if a})
        return {r["id"]: _covered_by(concepts, r["title"]) for r in self.reader.all(
            f"SELECT id, title FROM articles WHERE id IN ({placeholders(articles)})", articles)} if articles else {}

    def covered_by_title(self, concepts: list[Concept], title: str) -> set[str]:
        return _covered_by(concepts, title)

    def subject_sentences(self, actor_ids: set[int], sentence_ids: list[int], deeds: bool = False) -> set[int]:
        if not actor_ids or not sentence_ids:
            return set()
        speech = f" AND e.action NOT IN ({placeholders(SPEECH_ACTIONS)})" if deeds else ""
        rows = self.reader.all(
            "SELECT DISTINCT e.sentence_id, ea.actor_id, e.subject_text FROM events e JOIN event_actors ea ON ea.event_id = e.id"
            f" WHERE ea.role = 'subject' AND ea.actor_id IN ({placeholders(actor_ids)})"
            f" AND e.sentence_id IN ({placeholders(sentence_ids)}){speech}",
            list(actor_ids) + sentence_ids + (sorted(SPEECH_ACTIONS) if deeds else []))
        # a deed of "the UK's highest court" is the court's, not the UK's: one named as the owner
        # of the subject does not do what it does
        return {r[0] for r in rows if not (deeds and r[2] and self._owner_in(r[1], r[2]))}

    def _owner_in(self, actor_id: int, phrase: str) -> bool:
        """The phrase names the actor as the owner of what it names: "the UK's highest court"."""
        actor = self.actors.by_id.get(actor_id)
        if actor is None:
            return False
        names = {actor.name.lower(), *actor.aliases}
        return any(re.search(r"(?i)(?<![\w])" + re.escape(n) + r"['’]s?\s+\w", phrase) for n in names if n)

    def post_subject_sentences(self, actor_ids: set[int], sentence_ids: list[int]) -> set[int]:
        """Sentences where "the prime minister" does something (not says it), in a story that
        names the person who holds that post and no one else who does."""
        posts = {a: self._posts(a) for a in actor_ids}
        if not sentence_ids or not any(posts.values()):
            return set()
        rows = self.reader.all(
            "SELECT e.sentence_id, e.subject_text, s.article_id FROM events e JOIN sentences s ON s.id = e.sentence_id"
            f" WHERE e.subject_text IS NOT NULL AND e.sentence_id IN ({placeholders(sentence_ids)})"
            f" AND e.action NOT IN ({placeholders(SPEECH_ACTIONS)})", sentence_ids + sorted(SPEECH_ACTIONS))
        out = set()
        for sid, subject, article in rows:
            said = fold(subject).removeprefix("the ")
            named = self.people_named_in(article)
            if any(said in held and a in named and not any(o != a and said in self._posts(o) for o in named)
                   for a, held in posts.items()):
                out.add(sid)
        return out


# The kinds of answer that tell a fact, not what someone says or thinks.
_FACTS = frozenset(("search", "relation", "when", "happened"))
# ... and those where an act in words ("has announced", "welcomed") is told as the story's news
_ACTS_TOLD = _FACTS | {"events"}

# A sentence that opens on someone saying what follows: "He added that ...", "A spokesman said ...".
_REPORTED_BY = re.compile(r"^(?:He|She|They|It|[A-Z][\w.'’-]*(?: [\w.'’-]+){0,5}?) (?:added|said|says|told|claimed|argued|"
                          r"insisted|warned|explained|stressed|suggested)\b")


# A lower-case word ending in s before another word ("the" before it makes it a family: "the blairs").
_BARE_BEFORE_NOUN = re.compile(r"(\bthe\s+)?\b([a-z][a-z-]{3,}s)(\s+([a-z][a-z-]*))\b")
# Verbs a family or a plural takes: "what do the browns think", "what did the joneses want".
_NOT_OWNED = frozenset("think thinks thought want wants wanted feel feels felt believe believes believed make made "
                       "react reacted respond responded reply replied argue argued warn warned plan planned hope "
                       "hoped fear feared".split())

# A lower-case word ending in s before a word for what someone has, says or thinks.
_BARE_POSSESSIVE = re.compile(r"\b([a-z][a-z-]{3,}s)(\s+(?:view|views|position|stance|plan|plans|policy|policies|opinion|"
                              r"take|line|reaction|response|team|party|wife|husband|son|daughter|father|mother|spokesman|"
                              r"spokeswoman|lawyer|office|aides?|allies|critics|comments|remarks|speech|book|letter|"
                              r"attitude|record|role|fears?|worries|hopes|aims?|goals?|promises?|pledges?|claims?)\b)")


def _joined(first: Answer, second: Answer) -> Answer:
    """Two answers as one reply: each one's best excerpt, then the rest; found if either is."""
    if not second.found:
        return first
    if not first.found:
        second.question, second.note = first.question, " ".join(x for x in (first.note, second.note) if x)
        return second
    order = [x for pair in zip(first.excerpts[:1], second.excerpts[:1]) for x in pair] + first.excerpts[1:] + second.excerpts[1:]
    excerpts = list({x.quote: x for x in order}.values())[:MAX_EXCERPTS + 1]
    actors = list({a.name: a for a in first.actors + second.actors}.values())
    note = " ".join(x for x in (first.note, second.note) if x)
    return Answer(first.question, first.intent, True, excerpts, actors, note=note)


# "the outbreak", "this scheme": a thing named before, called by its head noun
_DETERMINERS = frozenset(("the", "this", "that"))
_TOKEN = re.compile(r"[\w'’]+|[^\w\s-]")  # "foot-and-mouth" is three words of one name
# A sentence that opens on "It" as its subject; "It is thought that ...", "It was the first time" name nothing.
_IT_OPENS = re.compile(r"It (?!(?:is|was|'s|has been|had been|will be|would be|may be|might be|could be|seems|seemed|"
                       r"appears|appeared|remains|remained|emerged|follows|comes|came|means|meant|took|takes)\b)\w+|"
                       r"It (?:is|was|has been|will be) (?:currently |now |still |also |already |not )*\w+ing\b|"
                       # a deed done to it, told in the passive: "It was set up in 1337 by King Edward III",
                       # "It was founded by ..." (not "It was thought the ...", which names nothing)
                       r"It (?:was|has been|had been|is being|was being) (?:first |originally |later |also |then )?"
                       r"(?!(?:thought|hoped|feared|believed|understood|said|reported|claimed|expected|estimated|"
                       r"announced|confirmed|revealed|suggested|alleged|rumoured|known|agreed|decided|felt|argued|"
                       r"assumed|stressed|noted|pointed|accepted|considered|given|seen|taken)\b)"
                       r"(?:[a-z]+(?:ed|en)|set|built|sold|bought|run|led|held|begun|won|lost)\b(?! (?:that|whether)\b)")
_DUMMY_IT = re.compile(r"It\b[^,.;:]{0,40}?\b(?:that|whether|if|what|how|why|when)\b|It (?:\w+ )?to\b")
# "But it will also seek ...": a joint before the "It" that opens the sentence
_JOINT = re.compile(r"(?:But|And|Yet|However,|Now) (?=it\b)")  # (the joints _open_on_it reads)
# "The government needs ...", "The Act comes into effect ...": the thing a sentence opens on
_OPENING = re.compile(r"(?:The|This) ([\w'’-]+)(?: ([\w'’-]+))?")


def _it_after_joint(text: str) -> str:
    """"But it will also seek to ..." read as "It will also seek to ..."."""
    m = _JOINT.match(text)
    return "It" + text[m.end() + 2:] if m else text


def _opens_on(text: str, c: Concept) -> bool:
    """The sentence opens on the thing: "The government needs ..." (its head noun, the first or
    second word after the article: "The Labour government ...")."""
    m = _OPENING.match(text)
    if not m:
        return False
    forms = {w.lower() for w in c.words if " " not in w and not w.endswith("*")}
    return m.group(1).lower() in forms or bool(m.group(2)) and m.group(2).lower() in forms and m.group(2)[0].islower()


_MAX_ANAPHORA = 40  # sentences checked per question, the likeliest first: the check reads their text
_ANAPHORA_REACH = 8  # sentences back a story may still call its thing by the head noun


def _modifies(words: set[str], head: str, toks: list[str]) -> bool:
    """One of the words is part of the name of the head's thing: "foot and mouth outbreak",
    "the outbreak of foot and mouth" (within a phrase: no punctuation between)."""
    for i, t in enumerate(toks):
        if t != head and t != head + "s" and t != head + "es":
            continue
        j = i - 1
        while j >= 0 and i - j <= 4 and toks[j][0].isalnum():
            if toks[j] in words:
                return True
            j -= 1
        if i + 1 < len(toks) and toks[i + 1] == "of":
            for a in toks[i + 2:i + 6]:
                if not a[0].isalnum():
                    break
                if a in words:
                    return True
    return False


def _covered_by(concepts: list[Concept], title: str) -> set[str]:
    """The concepts a headline names: one of a concept's words, up to its inflected ending."""
    plain = " " + " ".join(re.findall(r"\w+", title.lower())) + " "
    return {c.label for c in concepts
            if any(f" {w} " in plain if " " in w else in_title(w.rstrip("*"), title) for w in c.words)}


# "what else did they agree apart from the Kashmir bus": the thing set apart is no answer
_SET_APART = re.compile(r"(?i)\b(?:apart from|aside from|besides|other than|except(?: for)?)\s+(?P<thing>[^?,;:]+)")


def _besides_last(question: str, excerpts: list) -> list:
    """An excerpt that names the thing a question sets apart ("apart from the Kashmir bus") comes
    after those that do not: the question asks for something else. The words the rest of the
    question uses as well ("apart from Facebook itself", of Facebook's companies) set nothing apart."""
    m = _SET_APART.search(question)
    if len(excerpts) < 2:
        return excerpts
    if m is None:
        return _addition_first(question, excerpts)
    rest = set(content_words(question[:m.start()] + " " + question[m.end():]))
    words = [w for w in content_words(m.group("thing")) if w not in rest and len(w) > 2]
    if not words:
        return excerpts

    def names_it(quote: str) -> bool:
        # ... unless it tells of it and goes on to another: "Mr Martin revealed some MPs had been
        # using their Blackberries ... and he also cautioned members against using hidden earpieces"
        return all(re.search(r"(?i)\b" + re.escape(w), quote) for w in words) and not _ALSO.search(quote)
    return sorted(excerpts, key=lambda x: names_it(x.quote))


_ALSO = re.compile(r"(?i)\b(?:also|as well as)\b")
# "what else is the speaker warning mps not to use": something besides what the story leads on
_WHAT_ELSE = re.compile(r"(?i)^\s*what else\b")


def _addition_first(question: str, excerpts: list) -> list:
    """'What else ...', with nothing set apart, asks past the first thing found (the story's lead):
    an excerpt of the same story that tells of an addition ("he also cautioned members against
    ...") answers it, so it comes first."""
    if not _WHAT_ELSE.match(question) or _ALSO.search(excerpts[0].quote):
        return excerpts
    lead = excerpts[0].article.id
    also = [x for x in excerpts if x.article.id == lead and _ALSO.search(x.quote)]
    return also[:1] + [x for x in excerpts if x is not also[0]] if also else excerpts


def _distinct(excerpts: list) -> list:
    """Each quote once: a pack often holds the same story twice (a wire copy, a re-post), and
    a reader gains nothing from its sentence shown a second time."""
    seen: set[str] = set()
    out = []
    for x in excerpts:
        key = " ".join(x.quote.split()).lower()
        if key not in seen:
            seen.add(key)
            out.append(x)
    return out
