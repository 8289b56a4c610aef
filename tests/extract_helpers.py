"""Helpers for extraction tests over invented articles: one place that runs the actor pass or the whole extraction."""

from __future__ import annotations

from bot.article import Article
from bot.extract import extract
from bot.extract.actors import find_actors
from bot.extract.sentences import split_sentences


def invented_actors(nlp, *paras: str):
    """The actor table, the actors by key and the mentions of an article of these paragraphs."""
    art = Article(title="t", paragraphs=list(paras))
    doc = nlp(art.text)
    table, actors, mentions = find_actors(art, doc, split_sentences(art, doc))
    return table, {a.key: a for a in actors}, mentions


def invented_extract(nlp, *paras: str):
    """The whole extraction (sentences, mentions, attributions) of an article of these paragraphs."""
    art = Article(title="Test", paragraphs=list(paras))
    return extract(art, nlp(art.text))


def first_sources(ex) -> dict[int, tuple[str, str, str | None]]:
    """Each sentence's source as the index keeps it, by sentence index: its first attribution's
    (source text, kind, actor key)."""
    out: dict[int, tuple[str, str, str | None]] = {}
    for a in ex.attributions:
        out.setdefault(a.sentence, (a.source, a.kind, a.source_actor_key))
    return out
