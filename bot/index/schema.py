"""The index schema, written as plain SQL so `sqlite3 briefbot.db .schema` explains itself."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

SCHEMA_VERSION = 1

SCHEMA = """
-- One row per ingested article. `text` is the cleaned body; sentence offsets point into it.
CREATE TABLE IF NOT EXISTS articles (
    id           TEXT PRIMARY KEY,          -- first 16 hex digits of content_hash
    title        TEXT NOT NULL,
    outlet       TEXT,                      -- site or publication name, when known
    author       TEXT,
    url          TEXT,
    published    TEXT,                      -- ISO 8601, when known
    source       TEXT NOT NULL,             -- the path or URL it was ingested from
    content_hash TEXT NOT NULL UNIQUE,      -- sha256 of title + normalised text
    text         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL
);

-- Every sentence of every article: text == articles.text[start:end].
CREATE TABLE IF NOT EXISTS sentences (
    id         INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    paragraph  INTEGER NOT NULL,            -- 1-based over body paragraphs
    sentence   INTEGER NOT NULL,            -- 1-based within the paragraph
    start      INTEGER NOT NULL,
    end        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    UNIQUE (article_id, paragraph, sentence)
);
CREATE INDEX IF NOT EXISTS sentences_article ON sentences(article_id);

-- Full-text search over sentences (external content: the text lives in `sentences`).
CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5(
    text, content='sentences', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
);

-- People, organisations, places and groups. One row per actor across all articles.
CREATE TABLE IF NOT EXISTS actors (
    id    INTEGER PRIMARY KEY,
    key   TEXT NOT NULL UNIQUE,             -- folded canonical name: "recep tayyip erdogan"
    name  TEXT NOT NULL,                    -- display name: "Recep Tayyip Erdoğan"
    kind  TEXT NOT NULL                     -- person | organization | place | group
);

-- Folded surface forms that name an actor: "erdogan", "president erdogan", "turkish".
CREATE TABLE IF NOT EXISTS aliases (
    alias    TEXT NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    PRIMARY KEY (alias, actor_id)
);

-- Titles and appositions an article gives an actor: "Israeli military secretary".
CREATE TABLE IF NOT EXISTS actor_descriptions (
    actor_id    INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    description TEXT NOT NULL,
    PRIMARY KEY (actor_id, article_id, description)
);

-- Where an actor is named (or referred to) in a sentence.
CREATE TABLE IF NOT EXISTS mentions (
    id          INTEGER PRIMARY KEY,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    actor_id    INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,           -- offsets into articles.text
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_actor ON mentions(actor_id);
CREATE INDEX IF NOT EXISTS mentions_sentence ON mentions(sentence_id);

-- Who the article says says or reports a sentence. No row: the article's own voice.
CREATE TABLE IF NOT EXISTS attributions (
    sentence_id  INTEGER PRIMARY KEY REFERENCES sentences(id) ON DELETE CASCADE,
    source       TEXT NOT NULL,             -- as worded: "Reuters", "Israeli media"
    kind         TEXT NOT NULL,             -- person | organization | outlet | unnamed | report
    cue          TEXT,                      -- said, reported, according to, told, reportedly ...
    cited        TEXT,                      -- whom the source cites
    direct_quote INTEGER NOT NULL DEFAULT 0,
    continuation INTEGER NOT NULL DEFAULT 0, -- a later sentence of a quote opened earlier
    actor_id     INTEGER REFERENCES actors(id) ON DELETE SET NULL
);
CREATE INDEX IF NOT EXISTS attributions_actor ON attributions(actor_id);
CREATE INDEX IF NOT EXISTS attributions_source ON attributions(source);

-- Who did what to whom, and when.
CREATE TABLE IF NOT EXISTS events (
    id           INTEGER PRIMARY KEY,
    sentence_id  INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    action       TEXT NOT NULL,             -- lemma: "return from"
    action_text  TEXT NOT NULL,             -- as written: "returned from"
    subject_text TEXT,
    object_text  TEXT,
    time_text    TEXT,                      -- "on Friday", "in December"
    date         TEXT                       -- resolved ISO date, when the article is dated
);
CREATE INDEX IF NOT EXISTS events_sentence ON events(sentence_id);

CREATE TABLE IF NOT EXISTS event_actors (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    role     TEXT NOT NULL,                 -- subject | object
    PRIMARY KEY (event_id, actor_id, role)
);
CREATE INDEX IF NOT EXISTS event_actors_actor ON event_actors(actor_id);

CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


class IndexError_(RuntimeError):
    """The file is not a briefbot index we can read."""


def connect(path: Path | str, *, create: bool = True) -> sqlite_utils.Database:
    """Open (and if needed create) the index. WAL lets readers answer while ingest writes."""
    path = Path(path)
    if not create and not path.exists():
        raise IndexError_(f"no index at {path}")
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
    db = sqlite_utils.Database(conn)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        version = _version(conn)
        if version is None:
            with conn:
                conn.executescript(SCHEMA)
                conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        elif version != SCHEMA_VERSION:
            raise IndexError_(f"{path} has index schema {version}; this briefbot reads {SCHEMA_VERSION}. Re-ingest into a new file.")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise IndexError_(f"{path} is not a briefbot index: {exc}") from exc
    return db


def _version(conn: sqlite3.Connection) -> int | None:
    has_meta = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
    if not has_meta:
        other = conn.execute("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchone()[0]
        if other:
            raise sqlite3.DatabaseError("it holds other tables")
        return None
    row = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    return int(row[0]) if row else None
