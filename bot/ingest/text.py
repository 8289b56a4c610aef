"""Plain text and Markdown -> Article."""

from __future__ import annotations

from bot.article import Article
from bot.ingest.errors import IngestError
from bot.ingest.layout import clean, derived_title, lay_out
from bot.ingest.markdown import markdown_title, markdown_units
from bot.ingest.plaintext import text_units


def looks_like_html(text: str) -> bool:
    """A page saved as .txt (or served as text/plain) is still HTML."""
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html"))


def text_article(text: str, source: str, markdown: bool = False) -> Article:
    """Headline, byline and body of a text; IngestError if there is no article in it."""
    if not text.strip():
        raise IngestError("empty file")
    if markdown:
        fm_title, units = markdown_units(text)
        layout = lay_out(units, title=fm_title or markdown_title(units))
    else:
        layout = lay_out(text_units(text))
    if not layout.paragraphs:
        raise IngestError("no article text found")
    title = clean(layout.title) if layout.title else derived_title(layout.paragraphs)
    return Article(
        title=title,
        paragraphs=layout.paragraphs,
        author=layout.author,
        source=source,
        meta={"format": "markdown" if markdown else "text"},
    )
