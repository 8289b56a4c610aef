"""What extraction finds in one article; bot/index writes these as rows."""

from __future__ import annotations

from dataclasses import dataclass, field

ACTOR_KINDS = ("person", "organization", "place", "group")
SOURCE_KINDS = ("person", "organization", "outlet", "unnamed", "report")


@dataclass
class SentenceRec:
    paragraph: int          # 1-based, over the body paragraphs
    sentence: int           # 1-based within its paragraph
    start: int              # offsets into Article.text: text[start:end] is the sentence
    end: int
    text: str


@dataclass
class ActorRec:
    key: str                # canonical key shared across articles: bot.names.fold(canonical name)
    name: str               # canonical display name: "Recep Tayyip Erdoğan"
    kind: str               # one of ACTOR_KINDS
    aliases: set[str] = field(default_factory=set)       # surface forms: "Erdogan", "President Erdoğan"
    descriptions: list[str] = field(default_factory=list)  # "Turkish President", "a fellow at ..."


@dataclass
class MentionRec:
    sentence: int           # index into Extraction.sentences
    actor_key: str
    start: int              # offsets into Article.text
    end: int
    text: str


@dataclass
class AttributionRec:
    sentence: int           # index into Extraction.sentences
    source: str             # as the article words it: "Reuters", "Aron Lund", "Israeli media"
    kind: str               # one of SOURCE_KINDS
    cue: str | None         # "said", "reported", "according to", "told", "reportedly", ...
    cited: str | None = None            # "four sources familiar with the matter"
    direct_quote: bool = False
    continuation: bool = False          # a later sentence of a quote opened earlier
    source_actor_key: str | None = None


@dataclass
class EventRec:
    sentence: int           # index into Extraction.sentences
    action: str             # lemma of the predicate with particles/preps: "return from"
    action_text: str        # the predicate as written
    subjects: list[str] = field(default_factory=list)   # actor keys
    objects: list[str] = field(default_factory=list)    # actor keys
    subject_text: str = ""
    object_text: str = ""
    time_text: str | None = None        # "on Friday", "in December", "since Assad's ouster"
    date: str | None = None             # resolved ISO date (YYYY-MM-DD or YYYY-MM) when possible


@dataclass
class Extraction:
    sentences: list[SentenceRec] = field(default_factory=list)
    actors: list[ActorRec] = field(default_factory=list)
    mentions: list[MentionRec] = field(default_factory=list)
    attributions: list[AttributionRec] = field(default_factory=list)
    events: list[EventRec] = field(default_factory=list)
