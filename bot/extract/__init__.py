"""Extraction: one spaCy doc of an article -> sentences, actors, mentions, attributions, events.

spaCy runs once per article (the caller's `nlp.pipe`); everything here reads that doc and
never parses again, so indexing cost stays close to spaCy's own.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from bot.article import Article
from bot.extract.actors import ActorTable, find_actors
from bot.extract.attributions import find_attributions
from bot.extract.events import find_events
from bot.extract.lead import name_lead_body, name_lead_post
from bot.extract.records import ActorRec, AttributionRec, Extraction, MentionRec, SentenceRec
from bot.extract.sentences import split_sentences
from bot.names import fold

__all__ = ["ActorTable", "extract"]


def extract(article: Article, doc: Doc) -> Extraction:
    """Everything the index stores about one article; `doc` must be `nlp(article.text)`."""
    sentences = split_sentences(article, doc)
    table, actors, mentions = find_actors(article, doc, sentences)
    attributions = find_attributions(doc, sentences, table, article.author)
    _name_speakers(attributions, actors, mentions, sentences)
    name_lead_post(doc, sentences, actors, mentions, attributions)
    name_lead_body(actors, attributions)
    events = find_events(article, doc, sentences, table)
    return Extraction(sentences=sentences, actors=actors, mentions=mentions,
                      attributions=attributions, events=events)


# A speaker named in full: "Theresa May", "Gordon Lishman" (not "Budget", "The Lib Dems").
_FULL_NAME = re.compile(r"(?!(?:The|A|An|His|Her|Their|Its|This|That)\b)[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}")


def _name_speakers(attributions: list[AttributionRec], actors: list[ActorRec], mentions: list[MentionRec],
                   sentences: list[SentenceRec]) -> None:
    """A person the attribution parse names as a speaker but the tagger missed ("Theresa May,
    shadow secretary for the family, told ..." when "May" was read as a month) becomes an
    actor, mentioned where the name is printed, so "what did Theresa May say" finds her."""
    known = {fold(a.name) for a in actors} | {fold(x) for a in actors for x in a.aliases}
    added: dict[str, ActorRec | None] = {}
    for at in attributions:
        if at.source_actor_key or at.kind != "person" or not _FULL_NAME.fullmatch(at.source) \
                or fold(at.source) in known:
            continue
        if at.source not in added:
            printed = [MentionRec(sentence=i, actor_key=fold(at.source), start=s.start + m.start(), end=s.start + m.end(),
                                  text=at.source)
                       for i, s in enumerate(sentences) for m in re.finditer(rf"\b{re.escape(at.source)}\b", s.text)]
            # a byline's essayist, never named in the text, stays the byline's
            added[at.source] = ActorRec(key=fold(at.source), name=at.source, kind="person", aliases={at.source}) \
                if printed else None
            if printed:
                actors.append(added[at.source])
                mentions.extend(printed)
        if added[at.source] is not None:
            at.source_actor_key = added[at.source].key

