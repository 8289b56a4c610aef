"""Read helpers over the index: what the engine and the `actors`/`sources` commands ask for.

A Reader holds one read-only connection per thread, so one Engine can serve worker threads.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any, Iterable, Sequence

from bot.index.schema import SCHEMA_VERSION


class Reader:
    def __init__(self, path: Path | str):
        self.path = Path(path)
        if not self.path.exists():
            raise FileNotFoundError(f"no index at {self.path}")
        self._local = threading.local()
        version = self.one("SELECT value FROM meta WHERE key = 'schema_version'")
        if version is None or int(version[0]) != SCHEMA_VERSION:
            raise RuntimeError(f"{self.path} is not a briefbot index of schema {SCHEMA_VERSION}")

    @property
    def conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            self._local.conn = conn
        return conn

    def all(self, sql: str, params: Sequence[Any] | dict = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def one(self, sql: str, params: Sequence[Any] | dict = ()) -> sqlite3.Row | None:
        return self.conn.execute(sql, params).fetchone()

    def data_version(self) -> tuple[int, int]:
        """Changes when another process ingests: lets the engine reload its actor table."""
        row = self.one("SELECT (SELECT count(*) FROM articles), (SELECT coalesce(max(id), 0) FROM sentences)")
        return (row[0], row[1])


def placeholders(values: Iterable[Any]) -> str:
    return ",".join("?" for _ in values)


SENTENCE_COLUMNS = """
    s.id AS sid, s.article_id, s.paragraph, s.sentence, s.start, s.end, s.text,
    a.title, a.outlet, a.url, a.published,
    at.source, at.kind AS source_kind, at.cue, at.cited, at.direct_quote, at.continuation, at.actor_id AS source_actor
"""
SENTENCE_FROM = """
    FROM sentences s
    JOIN articles a ON a.id = s.article_id
    LEFT JOIN attributions at ON at.sentence_id = s.id
"""


def sentences_by_id(r: Reader, ids: Sequence[int]) -> dict[int, sqlite3.Row]:
    if not ids:
        return {}
    out: dict[int, sqlite3.Row] = {}
    ids = list(dict.fromkeys(ids))
    for i in range(0, len(ids), 900):
        chunk = ids[i:i + 900]
        for row in r.all(f"SELECT {SENTENCE_COLUMNS} {SENTENCE_FROM} WHERE s.id IN ({placeholders(chunk)})", chunk):
            out[row["sid"]] = row
    return out


def story_text(r: Reader, article_id: str) -> str:
    """One story's sentences in order, joined: for the checks that read a whole story as a reader
    does (a word it prints, the places or ordinals it names), in one indexed query."""
    return " ".join(row[0] for row in r.all("SELECT text FROM sentences WHERE article_id = ? ORDER BY id", [article_id]))


def list_actors(r: Reader, name: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    rows = r.all(
        """SELECT ac.id, ac.name, ac.kind, count(m.id) AS mentions,
                  (SELECT description FROM actor_descriptions d WHERE d.actor_id = ac.id
                   GROUP BY description ORDER BY count(*) DESC, length(description) DESC LIMIT 1) AS description
           FROM actors ac LEFT JOIN mentions m ON m.actor_id = ac.id
           GROUP BY ac.id ORDER BY mentions DESC, ac.name"""
    )
    out = [dict(row) for row in rows]
    if name:
        from rapidfuzz import fuzz, process

        from bot.names import fold
        choices = {i: fold(row["name"]) for i, row in enumerate(out)}
        hits = process.extract(fold(name), choices, scorer=fuzz.WRatio, limit=limit, score_cutoff=75)
        out = [out[i] for _, _, i in hits]
        for row in out:
            row["aliases"] = [x["alias"] for x in r.all("SELECT alias FROM aliases WHERE actor_id = ? ORDER BY alias", [row["id"]])]
    return out[:limit]


def list_sources(r: Reader, limit: int = 100) -> list[dict[str, Any]]:
    rows = r.all(
        """SELECT at.source, at.kind, at.cited, min(at.cue) AS cue, count(*) AS sentences,
                  count(DISTINCT s.article_id) AS articles
           FROM attributions at JOIN sentences s ON s.id = at.sentence_id
           GROUP BY at.source, at.kind, at.cited ORDER BY sentences DESC, at.source LIMIT ?""",
        [limit],
    )
    return [dict(row) for row in rows]


def list_articles(r: Reader, limit: int = 1000) -> list[dict[str, Any]]:
    rows = r.all(
        """SELECT a.id, a.title, a.outlet, a.published, a.source,
                  (SELECT count(*) FROM sentences s WHERE s.article_id = a.id) AS sentences,
                  (SELECT count(*) FROM sentences s JOIN attributions at ON at.sentence_id = s.id
                   WHERE s.article_id = a.id) AS attributed
           FROM articles a ORDER BY a.ingested_at, a.id LIMIT ?""", [limit])
    return [dict(row) for row in rows]
