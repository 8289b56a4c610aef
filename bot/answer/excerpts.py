"""Sentence rows -> Excerpt objects (quote, attribution, article); adjacent sentences as one verbatim span."""

from __future__ import annotations

import sqlite3

from bot.index.read import Reader
from bot.model import ArticleRef, Attribution, Excerpt


def attribution_of(row: sqlite3.Row) -> Attribution | None:
    if not row["source"]:
        return None
    return Attribution(source=row["source"], kind=row["source_kind"], cue=row["cue"], cited=row["cited"],
                       direct_quote=bool(row["direct_quote"]))


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
