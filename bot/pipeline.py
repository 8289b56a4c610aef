"""Ingest -> extract -> index for a list of inputs; what `briefbot ingest` and the seed build run."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from bot.article import Article
from bot.index.schema import connect
from bot.index.store import ArticleStatus, has_article, write_article
from bot.ingest import IngestResult, iter_articles
from bot.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class Outcome:
    label: str                 # the file or URL, as the user gave it or found below a folder
    status: str                # added | unchanged | updated | failed
    title: str | None = None
    error: str | None = None


def seeds_dir() -> Path:
    """The bundled default pack: seeds/ in a checkout, bot/seeds inside an installed wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "seeds", here / "seeds"):
        if candidate.is_dir() and any(candidate.glob("*.txt")):
            return candidate
    from importlib.resources import files
    return Path(str(files("bot.seeds")))


def ingest(inputs: Iterable[str], db_path: Path, settings: Settings,
           on_outcome: Callable[[Outcome], None] | None = None) -> list[Outcome]:
    """Index every input; one failure never stops the others."""
    db = connect(db_path)
    outcomes: list[Outcome] = []

    def report(o: Outcome) -> None:
        outcomes.append(o)
        if on_outcome:
            on_outcome(o)

    def to_extract() -> Iterator[tuple[str, tuple[IngestResult, Article]]]:
        for res in iter_articles(inputs, settings):
            if res.article is None:
                report(Outcome(res.label, "failed", error=res.error))
                continue
            if has_article(db, res.article.content_hash):
                report(Outcome(res.label, ArticleStatus.UNCHANGED.value, title=res.article.title))
                continue
            yield res.article.text, (res, res.article)

    try:
        items = to_extract()
        first = next(items, None)
        if first is None:
            return outcomes
        from bot.extract import extract  # spaCy is imported only when there is work for it
        from bot.nlp import load_nlp
        nlp = load_nlp()

        def chained():
            yield first
            yield from items

        for doc, (res, article) in nlp.pipe(chained(), as_tuples=True, batch_size=32):
            try:
                ex = extract(article, doc)
                status = write_article(db, article, ex)
                report(Outcome(res.label, status.value, title=article.title))
            except Exception as exc:  # one bad article must not stop the rest
                log.exception("failed to index %s", res.label)
                report(Outcome(res.label, "failed", error=f"could not index: {exc}"))
        from bot.index.roles import link_role_speakers  # reads extraction's role words, so loaded with it
        with db.conn:  # other stories may name the office a new one's speaker holds, and the reverse
            link_role_speakers(db.conn)
    finally:
        db.conn.close()
    return outcomes


def ensure_index(db_path: Path, settings: Settings, notify: Callable[[str], None]) -> None:
    """First run: build the index from the bundled seeds so a new user's first question answers."""
    if db_path.exists():
        return
    seeds = seeds_dir()
    notify(f"briefbot: no index at {db_path}; building it from the bundled seed pack ({seeds}) ...")
    outcomes = ingest([str(seeds)], db_path, settings)
    added = sum(o.status in ("added", "unchanged", "updated") for o in outcomes)
    notify(f"briefbot: indexed {added} seed article(s) into {db_path}")
