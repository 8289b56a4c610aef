"""A clean article: what ingest produces and extract reads."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field

PARAGRAPH_SEP = "\n\n"


@dataclass
class Article:
    """Body paragraphs without the title or page furniture.

    `text` (the paragraphs joined by a blank line) is the cleaned text every sentence
    offset points into, so a quote is always `text[start:end]`.
    """

    title: str
    paragraphs: list[str]
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: str | None = None      # ISO 8601 date or datetime, as found
    source: str = ""                  # the path or URL it came from
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return PARAGRAPH_SEP.join(self.paragraphs)

    @property
    def content_hash(self) -> str:
        """Same words -> same hash, whatever the file name or whitespace."""
        norm = unicodedata.normalize("NFC", self.title.strip() + "\n" + self.text)
        norm = " ".join(norm.split())
        return hashlib.sha256(norm.encode("utf-8")).hexdigest()

    @property
    def id(self) -> str:
        return self.content_hash[:16]
