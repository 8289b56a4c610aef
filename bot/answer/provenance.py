"""Where a claim comes from: "Who carried out the poll showing ...?", "What poll is the 68%
figure from?", "Where did BBC Scotland get its figures?", "What's the source for X?".

The sentence that makes a claim often credits only "a poll" or "figures"; the article names
who produced it a few sentences away ("YouGov polled a weighted sample of 1,981 voters").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Callable

from bot.answer import facts
from bot.answer.claims import who_said
from bot.answer.excerpts import excerpt
from bot.answer.lexicon import PAPER_NAME_WORDS
from bot.answer.question import Parsed
from bot.answer.thresholds import MAX_EXCERPTS, MIN_COVERAGE, QUOTED_CLAIM_SLACK
from bot.answer.words import FIGURE, content_words
from bot.index.read import sentences_by_id
from bot.model import Answer, Attribution, Excerpt
from bot.names import fold

if TYPE_CHECKING:
    from bot.answer.engine import Engine

# Where a sentence says a figure comes from, and whom it credits: "YouGov polled 1,981 voters",
# "the Mori survey", "research undertaken for ... the Electoral Commission", "according to
# Reuters", "from a series of parliamentary answers".
_NAME = r"(?P<name>[A-Z][\w'’&.-]+(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’&.-]+)*)"
_CREDITS = [re.compile(p) for p in (
    _NAME + r"(?:,? (?:which|who))?(?:\s+[a-z-]+){0,2}?\s+(?:polled|surveyed|questioned|interviewed|carried out|conducted|commissioned|"
    r"provided|compiled|published|calculated|estimated|poll|survey|research|study|report|analysis)\b",
    # ... "researchers from Birkbeck College", "researchers at the University of Leeds"
    r"(?i:poll|survey|research(?:ers)?|study|report|analysis|figures|data|savings|statistics|estimates?)\b(?:\s+[\w-]+){0,3}?"
    r"\s+(?:by|for|from|at)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?" + _NAME,
    # ... "carried out independently by consultants Booz Allen Hamilton"
    r"(?i:carried out|conducted|commissioned|compiled|published|identified|undertaken|produced|drawn up|listed|released|issued|collected|gathered|supplied)\s+"
    r"(?:[a-z]+ly\s+)?(?:by|for)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?" + _NAME,
    # ... "provided by" credits as "supplied by" does ("provided for" is what the money is for)
    r"(?i:provided)\s+(?:[a-z]+ly\s+)?by\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?" + _NAME,
    # ... or by a public body news text names without capitals: "figures ... provided by the police"
    r"(?i:compiled|published|released|issued|collected|gathered|supplied|provided)\s+by\s+"
    r"(?P<name>(?:the\s+)?(?:police|coroner|authorities|government|council|army|military|organisers|hospitals?))\b",
    r"(?i:according to)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z-]+\s+){0,2}?" + _NAME,
    r"\bfrom (?:a |an |the )?(?:series of |number of )?(?:[a-z-]+ ){0,2}?(?:answers|records|documents|accounts|returns)\b",
    # ... a report told by where it ran: "the reports in the Sunday Times", "an interview in the Guardian"
    r"(?i:reports?|articles?|stor(?:y|ies)|interviews?)\s+in\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?" + _NAME,
    # ... and a claim credited to the informant that learned it: "..., the BBC's political editor
    # has learned", "..., BBC Sport understands"
    r",\s+(?:the\s+)?(?P<name>[A-Z][\w'’&.-]+(?:\s+[A-Z][\w'’&.-]+)*(?:\s+[a-z-]+){0,3}?)\s+"
    r"(?:(?:has|have)\s+(?:learned|learnt|been\s+told)|understands)\b",
)]


def credit(text: str, asked: set[str]) -> bool:
    """Does the sentence say where a figure comes from, crediting someone the question does not
    already name? ("figures compiled by the Tories" does not answer where the Tories got them.)"""
    return _credited_name(text, asked, _CREDITS) is not None


def _credited_name(text: str, asked: set[str], patterns: list[re.Pattern]) -> str | None:
    """The one a sentence credits with a figure ("" when it credits unnamed records), or None."""
    for rx in patterns:
        for m in rx.finditer(text):
            name = m.groupdict().get("name")
            words = set(content_words(name))
            # (nor "researchers from Birkbeck College" who did "the Birkbeck study": a word of the name asked)
            if not name or words and not words & asked:
                return re.sub(r"^(?:The|A|An) ", "", name) if name else ""
    return None


# A sentence whose speaker answers reports of a claim rather than making it: "Reports that ...
# have been described as idle speculation by Downing Street", "No 10 has denied reports that ...".
_ANSWERS_REPORTS = re.compile(
    r"(?i)^(?:[\w'’-]+\s+){0,3}?(?:reports?|claims?|suggestions?|speculation|rumou?rs?)\s+.*?\b"
    r"(?:denied|dismissed|rejected|played down|described as|branded|unfounded|untrue|nonsense)\b"
    # ... "The attorney general has denied his statement ... was drafted by Downing Street officials"
    r"|^(?:[\w'’-]+\s+){1,6}?(?:has\s+|have\s+|had\s+)?(?:again\s+)?(?:denied|denies|dismissed|rejected)\b"
    r"|\b(?:denied|denies|deny|dismissed|dismisses|rejected|rejects|played down|plays down)\s+(?:the\s+)?"
    r"(?:newspaper\s+|press\s+|media\s+)?(?:reports?|claims?|suggestions?|speculation|rumou?rs?)\b"
    # ... or only speaks of them: "The Tories say ministers must respond in Parliament to claims that ..."
    r"|(?<!according )\b(?:to|over|about|amid)\s+(?:the\s+)?(?:newspaper\s+|press\s+|media\s+)?"
    r"(?:claims?|reports?|suggestions?|allegations?)\s+that\b")


# A speaker that is only the work itself: "a new poll", "The research", "the report".
_BARE_WORK = re.compile(r"(?i)^(?:the|a|an|this|that)?\s*(?:new |latest |recent |separate )?(?:poll|survey|research|study|report|analysis)$")


def credited(row, score: float, asked: set[str], patterns: list[re.Pattern] = _CREDITS, credit_first: bool = False):
    """A sentence that says who produced the work a figure comes from is told in the producer's
    voice: "Polling company Mori carried out both surveys" is Mori's, "a new poll conducted for
    the BBC suggests" the BBC's (not the poll's), unless another speaker is named for it (or,
    `credit_first`, the speaker only answers the reports it credits: "A spokesman said he had no
    idea where the reports in the Sunday Times had come from" credits the Sunday Times)."""
    x = excerpt(row, score)
    if x.attribution is not None and not _BARE_WORK.match(x.attribution.source.strip()) and not credit_first:
        return x
    name = _credited_name(row["text"], asked, patterns)
    if not name:
        return x
    return replace(x, attribution=Attribution(source=name, kind="organization", cue="credited"))


# A question that asks who did the work, not whose it is: "who ran the survey", "which pollster
# carried out the poll".
_ASKS_DOER = re.compile(r"(?i)^(?:who|which [\w-]+)(?: actually)? (?:ran|run|carried out|conducted|did)\b")
# ... which a sentence tells by a verb of doing it: "Polling company Mori carried out both
# surveys", "YouGov polled 1,981 voters", "conducted by ICM".
_PERFORMED = [re.compile(p) for p in (
    _NAME + r"(?:,? (?:which|who))?(?:\s+[a-z-]+){0,2}?\s+(?:polled|surveyed|questioned|interviewed|carried out|conducted)\b",
    r"(?i:carried out|conducted|undertaken)\s+(?:[a-z]+ly\s+)?by\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?" + _NAME,
)]


def _performed(text: str, asked: set[str]) -> bool:
    """Does the sentence say who carried out the work, naming someone the question does not?"""
    for rx in _PERFORMED:
        for m in rx.finditer(text):
            words = set(content_words(m.group("name")))
            if words and not words & asked:
                return True
    return False


# Informants a claim may credit without naming them: "according to regional security sources".
_INFORMANT = re.compile(r"(?i)\b(?:sources?|officials?|diplomats?|aides?|insiders?|spokes(?:man|woman|person)|"
                        r"people familiar)\b")
# The work a figure comes from, as a question names it: "the report", "the study", "the poll".
_WORK = re.compile(r"(?i)\b(?:polls?|surveys?|research|study|studies|reports?|analysis|findings)\b")
# A work named by what it is on or who made it: "ict benchmarking report", "the Birkbeck study into
# ...", not "report on ..." or "poll showing ...".
_NAMED_WORK = re.compile(r"(?i)(?!(?:polls?|surveys?|research|study|studies|reports?|analysis)\b)(?:[\w'’-]+ ){1,3}"
                         r"(?:polls?|surveys?|research|study|studies|reports?|analysis)\b")
# A sentence naming who makes the claim may cover this much less of it than the best one.
CREDITED_SLACK = 0.15
# How far from the claim, in sentences, the article may name its source.
SOURCE_REACH = 12


def source_of(e: Engine, p: Parsed) -> Answer:
    """Where a claim comes from. The sentence making the claim often credits only "a poll" or
    "a new report"; the article names who carried it out a few sentences away ("YouGov polled
    1,981 voters"). That sentence comes first, then the claim."""
    concepts = e.concepts(p.topic)
    if not concepts:
        return e.nothing(p)
    require = {c.label for c in concepts if FIGURE.fullmatch(c.label)} or None
    best = e.best(concepts, min_cov=MIN_COVERAGE - QUOTED_CLAIM_SLACK, require=require)
    named_work = _NAMED_WORK.match(p.topic or "") is not None
    if not best and named_work:
        # "who did the ict benchmarking report": the work named by what it is on, which the
        # article may call otherwise ("The report, carried out independently by ...")
        return facts.search(e, Parsed("search", p.text, topic=p.text))
    if not best:
        return e.nothing(p, "Nothing in the pack says that.")
    asked = set(content_words(p.topic))
    # A claim's source is who says it: a sentence that credits it ("The Times on Monday said ...")
    # outranks one a little closer in words that credits nobody ("Much of the credit ...").
    # ... but when the question names the work ("who did the drink drive limit report"), a voice
    # that never mentions it ("The AA Motoring Trust said ...") comments on the topic; it did not
    # produce the work.
    work = _WORK.search(p.topic or "")
    if _FIGURES.search(p.topic or ""):
        # "where did the figures on scots killed in the tsunami come from": of claims near alike,
        # one whose story says where its figures came from ("He said the provisional figures ...
        # had been provided by the police"), before one that only tells of figures to come
        best = sorted(best[:MAX_EXCERPTS + 2], key=lambda b: not (b[1] >= best[0][1] - CREDITED_SLACK and _figures_credited(e, b[0], asked))) \
            + best[MAX_EXCERPTS + 2:]
    claim, score = next(((r, sc) for r, sc in best[:MAX_EXCERPTS + 2]
                         if sc >= best[0][1] - CREDITED_SLACK and _names_source(r, asked)
                         and (not work or _WORK.search(r["text"]))), best[0])
    if _FIGURES.search(p.topic or "") and not _FIGURES.search(claim["text"]) \
            and (told := _credited_nearby(e, claim, asked, _figures_told)) is not None:
        # ... that sentence first, then the claim: who speaks the claim only gives the figures
        return Answer(p.text, "source_of", True, [credited(told, score, asked), credited(claim, score, asked)])
    if _ASKS_DOER.search(p.text) and not _performed(claim["text"], asked):
        # "who ran the hunting ban surveys": "The Mail on Sunday survey found ..." says whose the
        # survey was; the article says who ran it apart ("Polling company Mori carried out both
        # surveys")
        done = _credited_nearby(e, claim, asked, _performed)
        if done is not None:
            return Answer(p.text, "source_of", True, [credited(done, score, asked, _PERFORMED), credited(claim, score, asked)])
    # A speaker who answers reports of the claim ("Reports that ... have been described as idle
    # speculation by Downing Street", "No 10 denied reports that ...") did not make it: where the
    # reports come from is told apart ("the reports in the Sunday Times")
    if _answers(claim, asked):
        if (nearby := _credited_nearby(e, claim, asked)) is not None:
            return Answer(p.text, "source_of", True, [credited(nearby, score, asked, credit_first=True), excerpt(claim, score)])
        # ... else the claim is made by a sentence that does not answer it ("In his new book,
        # Philippe Sands suggests ...", below "Lord Goldsmith has denied ...")
        made = [(r, sc) for r, sc in best[:MAX_EXCERPTS + 2] if not _answers(r, asked)
                and (not work or _WORK.search(r["text"]))]
        if made:
            claim, score = next(((r, sc) for r, sc in made if _names_source(r, asked)), made[0])
    if credit(claim["text"], asked) or _names_source(claim, asked) or _INFORMANT.search(claim["source"] or ""):
        # the claim credits someone itself: a name, or informants the article does not name
        note = f"{claim['source']}." if claim["source"] else ""
        return Answer(p.text, "source_of", True, [credited(claim, score, asked)], note=note)
    nearby = _credited_nearby(e, claim, asked)
    if nearby is not None:
        return Answer(p.text, "source_of", True, [credited(nearby, score, asked), credited(claim, score, asked)])
    if named_work and (found := facts.search(e, Parsed("search", p.text, topic=p.text))).found:
        return found  # ... and who carried it out may be told far from the claim
    if not claim["source"]:
        # no figure credited anywhere near: where a claim comes from is who says it
        said = who_said(e, p)
        if said.found and said.excerpts[0].attribution is not None:
            return Answer(p.text, "source_of", True, said.excerpts, note=said.note)
    note = f"{claim['source']}." if claim["source"] else "The article does not say where that comes from."
    return Answer(p.text, "source_of", True, [excerpt(claim, score)], note=note)


# figures a question asks the origin of, and a sentence crediting them: "the figures", "the data"
_FIGURES = re.compile(r"(?i)\b(?:figures|statistics|stats|data|numbers)\b")


def _figures_told(text: str, asked: set[str]) -> bool:
    """The sentence says where figures came from."""
    return bool(_FIGURES.search(text)) and credit(text, asked)


def _figures_credited(e: Engine, claim, asked: set[str]) -> bool:
    """The claim's story says, in the claim or near it, where figures came from."""
    return _figures_told(claim["text"], asked) or _credited_nearby(e, claim, asked, _figures_told) is not None


def _answers(row, asked: set[str]) -> bool:
    """The sentence's speaker answers reports of the claim, crediting no one with making it."""
    return _ANSWERS_REPORTS.search(row["text"]) is not None and not credit(row["text"], asked)


def _names_source(row, asked: set[str]) -> bool:
    """The claim's speaker has a name the question does not already hold ("Israeli newspaper
    HaYom reported"), not "a poll" or "figures"."""
    source = row["source"] or ""
    return bool(row["source_actor"]) and bool(re.search(r"\b[A-Z]", source)) and \
        not set(content_words(source)) <= asked


def _credited_nearby(e: Engine, claim, asked: set[str], credits: Callable[[str, set[str]], bool] = credit):
    """The sentence nearest the claim, in its article, that says where a figure comes from (or
    what else `credits` looks for: who carried the work out)."""
    sid = claim["sid"]
    near = [i for i in range(sid - SOURCE_REACH, sid + SOURCE_REACH + 1) if i != sid]
    rows = {i: r for i, r in sentences_by_id(e.reader, near).items() if r["article_id"] == claim["article_id"]}
    fit = [i for i, r in rows.items() if credits(r["text"], asked)]
    return rows[min(fit, key=lambda i: (abs(i - sid), i < sid))] if fit else None


# "which paper ran the story that ...", "which newspapers reported ...": the paper, by its name
_ASKS_PAPER = re.compile(r"(?i)^(?:which|what) (?:news)?papers?\b")
# a source the story names as the one it was told by: "The Times", "A report in the Sunday Business"
_NAMED_SOURCE = re.compile(r"(?<!^)\b[A-Z]")
# a paper by its masthead: "the Sunday Times", "the East Anglian Daily Times", "the Guardian
# newspaper" (not "the Post Office": a name goes on)
_PAPER = re.compile(r"\b(?:the|The)\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:" + "|".join(w.title() for w in sorted(PAPER_NAME_WORDS))
                    + r")\b(?!\s+[A-Z])")


# words that put a speaker's words in a paper: "told the Guardian", "quoted in the Times", "in an
# interview with the Financial Times", "writing in the Observer" (not "the reports in the Sunday
# Times", "leaked to the Evening Standard": the paper's own report, or one about it)
_CARRIED_IN = re.compile(r"(?i)\b(?:told|quoted (?:in|by)|(?:interview|interviewed|speaking|talking) (?:with|to|by)|"
                         r"(?:writing|wrote|written) (?:in|for)|(?:article|column|piece|letter) (?:in|for)|said in)\s+$")


def paper_first(e: Engine, text: str, excerpts: list[Excerpt]) -> list[Excerpt]:
    """"Which paper reported that ...": the story tells the claim, and names the paper it came
    from in another sentence ("... has denied a report claiming he warned Michael Howard ..." then
    "The Times on Monday said ..."). When the first excerpt names no paper (nor is told by one:
    "The papers report ..."), the first sentence that does, in the story of the first excerpt
    whose story names one, answers first."""
    if not excerpts or not _ASKS_PAPER.match(text) or (first := excerpts[0]).attribution is not None \
            and first.attribution.kind == "outlet":
        return excerpts
    for x in excerpts[:MAX_EXCERPTS]:
        rows = e.reader.all("SELECT s.id, s.paragraph, s.sentence, s.text, at.kind, at.source, at.cited FROM sentences s"
                            " LEFT JOIN attributions at ON at.sentence_id = s.id WHERE s.article_id = ? ORDER BY s.id",
                            [x.article.id])
        # (... or a report the story names by whom it ran in: "A report in the Sunday Business claimed")
        named = {r["id"] for r in rows if _PAPER.search(r["text"]) or r["kind"] in ("outlet", "report")
                 and _NAMED_SOURCE.search(f"{r['source']} {r['cited'] or ''}")}
        told = None
        if x is first:  # (a passage that names the paper after its opening: that sentence, alone)
            start = next((k for k, r in enumerate(rows) if (r["paragraph"], r["sentence"]) == (x.paragraph, x.sentence)), len(rows))
            inside = [r["id"] for r in rows[start:] if r["text"] in x.quote]
            if inside and inside[0] in named:
                return [_paper_credited(first, next(r["text"] for r in rows if r["id"] == inside[0])), *excerpts[1:]]
            told = next((i for i in inside if i in named), None)
        if (told := told or next((r["id"] for r in rows if r["id"] in named), None)) is not None:
            row = sentences_by_id(e.reader, [told])[told]
            return [_paper_credited(excerpt(row, first.score), row["text"]), *(y for y in excerpts if y.quote != row["text"])]
    return excerpts


def _paper_credited(x: Excerpt, text: str) -> Excerpt:
    """Asked which paper, the paper its sentence says carried the words ("Mr Kruger was quoted in
    the Guardian newspaper saying ...", "Mr Blair told the Guardian") is whom they came through:
    credited first, citing the speaker the index credits ("the Guardian, citing Danny Kruger")."""
    m = next((m for m in _PAPER.finditer(text) if _CARRIED_IN.search(text[:m.start()])), None)
    if x.attribution is not None and x.attribution.kind == "outlet" or m is None:
        return x
    paper = m.group(0)
    said = x.attribution
    cited = said.source if said is not None and fold(said.source) not in fold(paper) else None
    return replace(x, attribution=Attribution(source=paper, kind="outlet", cue=said.cue if said else None, cited=cited,
                                              direct_quote=bool(said and said.direct_quote)))
