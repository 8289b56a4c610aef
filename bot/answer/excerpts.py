"""Sentence rows -> Excerpt objects (quote, attribution, article), merging a quote's adjacent sentences."""

from __future__ import annotations

import sqlite3
from typing import Iterable

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


def span_excerpt(reader: Reader, rows: list[sqlite3.Row], score: float, voice_of_first: bool = False) -> Excerpt:
    """Adjacent sentences of one article as one verbatim excerpt; attributed like its first
    attributed sentence (a quote's opening line names the speaker), or, with voice_of_first,
    like its first sentence (a passage that opens in the article's own voice)."""
    if len(rows) == 1:
        return excerpt(rows[0], score)
    first, last = rows[0], rows[-1]
    text = reader.one("SELECT substr(text, ?, ?) FROM articles WHERE id = ?",
                      [first["start"] + 1, last["end"] - first["start"], first["article_id"]])[0]
    lead = first if voice_of_first else next((r for r in rows if r["source"]), first)
    return Excerpt(quote=text, attribution=attribution_of(lead), article=article_of(first),
                   paragraph=first["paragraph"], sentence=first["sentence"], score=score)


def merge_runs(reader: Reader, rows: Iterable[tuple[sqlite3.Row, float]]) -> list[Excerpt]:
    """Adjacent sentences of one article with the same source become one excerpt.

    The quote is then the verbatim slice of the article from the first sentence's start to
    the last one's end, so it never stitches together places that are not adjacent.
    """
    out: list[Excerpt] = []
    run: list[tuple[sqlite3.Row, float]] = []

    def flush() -> None:
        if not run:
            return
        first, score = run[0]
        if len(run) == 1:
            out.append(excerpt(first, score))
        else:
            last = run[-1][0]
            text = reader.one("SELECT substr(text, ?, ?) FROM articles WHERE id = ?",
                              [first["start"] + 1, last["end"] - first["start"], first["article_id"]])[0]
            best = max(s for _, s in run)
            e = excerpt(first, best)
            out.append(Excerpt(quote=text, attribution=e.attribution, article=e.article,
                               paragraph=e.paragraph, sentence=e.sentence, score=best))
        run.clear()

    for row, score in rows:
        if run:
            prev = run[-1][0]
            same = (prev["article_id"] == row["article_id"] and row["sid"] == prev["sid"] + 1
                    and prev["source"] and prev["source"] == row["source"] and prev["paragraph"] == row["paragraph"])
            if not same:
                flush()
        run.append((row, score))
    flush()
    return out
