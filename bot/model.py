"""The answer model: the one shape every renderer (console, JSON, Slack, Discord) reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ArticleRef:
    id: str
    title: str
    outlet: str | None = None
    url: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class Attribution:
    """Who, inside the article, says or reports the quoted sentence."""

    source: str                 # "Reuters", "Aron Lund", "four sources familiar with the matter"
    kind: str                   # person | organization | outlet | unnamed | report
    cue: str | None = None      # said, reported, according to, citing, told, ...
    cited: str | None = None    # whom the source cites: "four sources familiar with the matter"
    direct_quote: bool = False

    @property
    def text(self) -> str:
        """The human-readable attribution of the CONTRACT: 'Reuters, citing four sources ...'."""
        if self.cited and self.cited.lower() not in self.source.lower():
            return f"{self.source}, citing {self.cited}"
        return self.source


@dataclass(frozen=True)
class Excerpt:
    quote: str
    attribution: Attribution | None
    article: ArticleRef
    paragraph: int
    sentence: int
    score: float = 0.0


@dataclass(frozen=True)
class ActorCard:
    name: str
    kind: str
    description: str | None = None


@dataclass
class Answer:
    question: str
    intent: str
    found: bool
    excerpts: list[Excerpt] = field(default_factory=list)
    actors: list[ActorCard] = field(default_factory=list)
    note: str = ""              # the reply's lead line: "Roman Gofman is ...", "Nothing in the pack ..."
    suggestions: list[str] = field(default_factory=list)  # "did you mean" actor names

    def to_dict(self, answer_text: str) -> dict[str, Any]:
        """The CONTRACT's JSON object; `answer_text` is the console rendering."""
        return {
            "question": self.question,
            "intent": self.intent,
            "found": self.found,
            "answer": answer_text,
            "excerpts": [_excerpt_dict(e) for e in self.excerpts],
            "actors": [{"name": a.name, "kind": a.kind, "description": a.description} for a in self.actors],
            "note": self.note,
            "suggestions": list(self.suggestions),
        }


def _excerpt_dict(e: Excerpt) -> dict[str, Any]:
    a = e.attribution
    return {
        "quote": e.quote,
        "attribution": a.text if a else None,
        "source": None if a is None else {
            "name": a.source, "kind": a.kind, "cue": a.cue, "cited": a.cited, "direct_quote": a.direct_quote,
        },
        "article": {
            "id": e.article.id, "title": e.article.title, "outlet": e.article.outlet,
            "url": e.article.url, "published": e.article.published,
        },
        "paragraph": e.paragraph,
        "sentence": e.sentence,
        "score": round(e.score, 4),
    }
