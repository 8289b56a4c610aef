"""Extraction: one spaCy doc of an article -> sentences, actors, mentions, attributions, events.

spaCy runs once per article (the caller's `nlp.pipe`); everything here reads that doc and
never parses again, so indexing cost stays close to spaCy's own.
"""

from __future__ import annotations

from spacy.tokens import Doc

from bot.article import Article
from bot.extract.actors import ActorTable, find_actors
from bot.extract.attributions import find_attributions
from bot.extract.events import find_events
from bot.extract.records import Extraction
from bot.extract.sentences import split_sentences

__all__ = ["ActorTable", "extract"]


def extract(article: Article, doc: Doc) -> Extraction:
    """Everything the index stores about one article; `doc` must be `nlp(article.text)`."""
    sentences = split_sentences(article, doc)
    table, actors, mentions = find_actors(article, doc, sentences)
    attributions = find_attributions(doc, sentences, table, article.author)
    events = find_events(article, doc, sentences, table)
    return Extraction(sentences=sentences, actors=actors, mentions=mentions,
                      attributions=attributions, events=events)
