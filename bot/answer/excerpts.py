"""Sentence rows -> Excerpt objects (quote, attribution, article); adjacent sentences as one verbatim span."""

from __future__ import annotations

import re
import sqlite3

from bot.index.read import Reader
from bot.model import ArticleRef, Attribution, Excerpt
from bot.names import fold


def attribution_of(row: sqlite3.Row) -> Attribution | None:
    if not row["source"]:
        return None
    if not row["direct_quote"] and (by := _ACCORDING_TO.match(row["text"] or "")) and fold(by.group(1)) != fold(row["source"]):
        # "According to the Times, the UK leader wants ...": the Times's report of what he wants,
        # not his word (his own quote after it, "he told delegates: '...'", stays his)
        return Attribution(source=by.group(1), kind="report", cue="according to")
    return Attribution(source=whole_source(row["text"], row["source"], row["cue"]), kind=row["source_kind"], cue=row["cue"],
                       cited=row["cited"], direct_quote=bool(row["direct_quote"]))


# A sentence that opens by naming whose report it tells: "According to Mr Sands, Lord Goldsmith ..."
_ACCORDING_TO = re.compile(r"According to ((?:the |an? |Mr |Mrs |Ms |Dr )?[A-Z][\w'’.-]*(?: [\w'’.-]+){0,5}?),")


# What may still belong to a speaker's name between it and the verb of saying: a post written as
# initials ("MEP", "MP", "QC") or the rest of a firm's name ("& Young").
_NAME_TAIL = r"((?:\s+(?:[A-Z]{2,4}s?|&\s+[A-Z][\w'’.-]*)){1,2})"


# ... or the rest of a name cut at its "and": "A Department for Work [and Pensions spokeswoman]
# said", "The MP for Sittingbourne [and Sheppey] said"
_CUT_AT_AND = re.compile(r"\b(?:for|of) [A-Z][\w'’-]*$")
_AND_TAIL = r"(\s+and(?:\s+[A-Z][\w'’-]*){1,3}(?:\s+(?:spokes(?:wo)?man|spokesperson|official))?)"


# ... or the rest of a name cut at a "the" inside it: "The Elect [the Lords Campaign] said", "Save
# [the Children] said" (not "Simon Hart of the Countryside Alliance", a person and a body).
_INNER_TAIL = r"(\s+the(?:\s+[A-Z][\w'’-]*)+)"


def whole_source(text: str, source: str, cue: str | None) -> str:
    """The speaker as the sentence names them, up to the verb: "A UK Independence Party MEP
    suggested" is the MEP's, not the party's; "Ernst & Young urged" is the firm's, not "Ernst";
    "The Elect the Lords Campaign said" is the campaign's, not "The Elect"."""
    if not cue or not text:
        return source
    for tail in (_AND_TAIL if _CUT_AT_AND.search(source) else _NAME_TAIL, _INNER_TAIL):
        m = re.search(re.escape(source) + tail + r"\s+(?:has |have |had |also |then )?" + re.escape(cue) + r"\b", text)
        if m:
            return source + m.group(1)
    return source


def article_of(row: sqlite3.Row) -> ArticleRef:
    return ArticleRef(id=row["article_id"], title=row["title"], outlet=row["outlet"], url=row["url"],
                      published=row["published"])


def excerpt(row: sqlite3.Row, score: float) -> Excerpt:
    return Excerpt(quote=row["text"], attribution=attribution_of(row), article=article_of(row),
                   paragraph=row["paragraph"], sentence=row["sentence"], score=score)


def span_excerpt(reader: Reader, rows: list[sqlite3.Row], score: float, voice_of_first: bool = False,
                 voice: sqlite3.Row | None = None) -> Excerpt:
    """Adjacent sentences of one article as one verbatim excerpt; attributed like its first
    attributed sentence (a quote's opening line names the speaker), or, with voice_of_first,
    like its first sentence (a passage that opens in the article's own voice), or like `voice`,
    the one sentence of it that holds the answer asked for ("... Speaker Michael Martin has
    ruled. The £200 handheld computers ...": the price is the story's word, not the Speaker's)."""
    if len(rows) == 1:
        return excerpt(rows[0], score)
    first, last = rows[0], rows[-1]
    text = reader.one("SELECT substr(text, ?, ?) FROM articles WHERE id = ?",
                      [first["start"] + 1, last["end"] - first["start"], first["article_id"]])[0]
    lead = voice if voice is not None else first if voice_of_first else next((r for r in rows if r["source"]), first)
    return Excerpt(quote=text, attribution=attribution_of(lead), article=article_of(first),
                   paragraph=first["paragraph"], sentence=first["sentence"], score=score)
