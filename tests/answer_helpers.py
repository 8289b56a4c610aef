"""Shared pieces for the answer tests over small invented packs."""

from __future__ import annotations

from pathlib import Path

from bot.answer import Engine
from bot.pipeline import ingest
from bot.settings import Settings


def engine_over(articles: dict[str, str], folder: Path, settings: Settings) -> Engine:
    """An engine over an index built from the given articles (file name -> text)."""
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    ingest([str(folder)], folder / "pack.db", settings)
    return Engine(folder / "pack.db", settings)


def first_excerpt(engine: Engine, question: str):
    """The first excerpt of an answer that must be found."""
    a = engine.ask(question)
    assert a.found, a.note
    return a.excerpts[0]
