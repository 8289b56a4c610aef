"""Writes: one article and everything extracted from it, in one transaction."""

from __future__ import annotations

import enum
import re
from datetime import datetime, timezone
from typing import TYPE_CHECKING

import sqlite_utils

from bot.names import fold

if TYPE_CHECKING:  # the records' package pulls in spaCy; writing needs only their fields
    from bot.article import Article
    from bot.extract.records import ActorRec, Extraction


class ArticleStatus(str, enum.Enum):
    ADDED = "added"
    UNCHANGED = "unchanged"
    UPDATED = "updated"


def has_article(db: sqlite_utils.Database, content_hash: str) -> bool:
    return db.execute("SELECT 1 FROM articles WHERE content_hash = ?", [content_hash]).fetchone() is not None


def write_article(db: sqlite_utils.Database, article: Article, ex: Extraction) -> ArticleStatus:
    """Insert the article atomically; a crash part-way leaves the index as it was.

    The same text again is 'unchanged'. New text from a source already indexed
    (an edited file, a re-fetched URL) replaces the old version: 'updated'.
    """
    conn = db.conn
    if has_article(db, article.content_hash):
        return ArticleStatus.UNCHANGED
    status = ArticleStatus.ADDED
    with conn:  # one transaction
        old = conn.execute("SELECT id FROM articles WHERE source = ?", [article.source]).fetchall()
        for (old_id,) in old:
            _delete_article(conn, old_id)
            status = ArticleStatus.UPDATED
        conn.execute(
            "INSERT INTO articles (id, title, outlet, author, url, published, source, content_hash, text, ingested_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?)",
            [article.id, article.title, article.outlet, article.author, article.url, article.published,
             article.source, article.content_hash, article.text, datetime.now(timezone.utc).isoformat(timespec="seconds")],
        )
        sentence_ids: list[int] = []
        for s in ex.sentences:
            cur = conn.execute(
                "INSERT INTO sentences (article_id, paragraph, sentence, start, end, text) VALUES (?,?,?,?,?,?)",
                [article.id, s.paragraph, s.sentence, s.start, s.end, s.text],
            )
            sentence_ids.append(cur.lastrowid)
            conn.execute("INSERT INTO sentences_fts (rowid, text) VALUES (?, ?)", [cur.lastrowid, s.text])

        actor_ids: dict[str, int] = {}
        for a in ex.actors:
            row = conn.execute("SELECT id FROM actors WHERE key = ?", [a.key]).fetchone() or _same_person(conn, a)
            if row:
                actor_id = row[0]
                if a.kind == "person" and " " in a.name.strip() and (a.descriptions or _addressed(a)):
                    # one story's NER may call a person's full name a body ("Vince Cable" as an
                    # organisation); a story that types it a person and gives their post, or calls
                    # them Mr / Mrs / Ms ("Mrs Parker Bowles"), settles it
                    conn.execute("UPDATE actors SET kind = 'person' WHERE id = ? AND kind = 'organization'", [actor_id])
            else:
                actor_id = conn.execute("INSERT INTO actors (key, name, kind) VALUES (?,?,?)", [a.key, a.name, a.kind]).lastrowid
            actor_ids[a.key] = actor_id
            for alias in {fold(x) for x in a.aliases | {a.name}} - {""}:
                conn.execute("INSERT OR IGNORE INTO aliases (alias, actor_id) VALUES (?,?)", [alias, actor_id])
            for d in dict.fromkeys(a.descriptions):
                conn.execute(
                    "INSERT OR IGNORE INTO actor_descriptions (actor_id, article_id, description) VALUES (?,?,?)",
                    [actor_id, article.id, d],
                )
        for m in ex.mentions:
            if m.actor_key in actor_ids:
                conn.execute(
                    "INSERT INTO mentions (sentence_id, actor_id, start, end, text) VALUES (?,?,?,?,?)",
                    [sentence_ids[m.sentence], actor_ids[m.actor_key], m.start, m.end, m.text],
                )
        # A speaker carried over from an earlier sentence ("..., she added") may come without
        # its actor: the actor of this article printed exactly as the source is.
        named = {fold(x): a.key for a in ex.actors for x in a.aliases | {a.name}}
        for at in ex.attributions:  # best first: a sentence keeps its first (best) attribution
            key = at.source_actor_key or (named.get(fold(at.source)) if at.kind in _NAMED_KINDS else None)
            conn.execute(
                "INSERT OR IGNORE INTO attributions (sentence_id, source, kind, cue, cited, direct_quote, continuation, actor_id)"
                " VALUES (?,?,?,?,?,?,?,?)",
                [sentence_ids[at.sentence], at.source, at.kind, at.cue, at.cited, int(at.direct_quote),
                 int(at.continuation), None if _someone_of(at.source) else actor_ids.get(key or "")],
            )
        for ev in ex.events:
            event_id = conn.execute(
                "INSERT INTO events (sentence_id, action, action_text, subject_text, object_text, time_text, date)"
                " VALUES (?,?,?,?,?,?,?)",
                [sentence_ids[ev.sentence], ev.action, ev.action_text, ev.subject_text, ev.object_text, ev.time_text, ev.date],
            ).lastrowid
            for role, keys in (("subject", ev.subjects), ("object", ev.objects)):
                for key in dict.fromkeys(keys):
                    if key in actor_ids:
                        conn.execute("INSERT OR IGNORE INTO event_actors (event_id, actor_id, role) VALUES (?,?,?)",
                                     [event_id, actor_ids[key], role])
    return status


_NAMED_KINDS = frozenset(("person", "organization", "outlet"))
_POSSESSIVE_HEAD = re.compile(r"\w['’]s\s+\w")


_ADDRESS_WORDS = frozenset("mr mrs ms miss sir lady dame lord".split())


def _addressed(a: ActorRec) -> bool:
    """The story calls the actor Mr / Mrs / Ms / Sir ...: only a person is addressed so."""
    for alias in a.aliases:
        words = alias.split()
        if len(words) > 1 and words[0].lower().rstrip(".") in _ADDRESS_WORDS:
            return True
    return False


def _someone_of(source: str) -> bool:
    """'Gordon Brown's closest ally', 'Mubanga's lawyer': the speaker is not the actor named."""
    return bool(_POSSESSIVE_HEAD.search(source))


def _same_person(conn, a) -> tuple[int] | None:
    """'Recep Erdogan' in one article is 'Recep Tayyip Erdoğan' in another: same first and last
    name, and no other person in the index shares them."""
    parts = a.key.split()
    if a.kind != "person" or len(parts) < 2:
        return None
    first, last = parts[0], parts[-1]
    rows = conn.execute(
        "SELECT id FROM actors WHERE kind = 'person' AND (key = ? OR key LIKE ?)",
        [f"{first} {last}", f"{first} % {last}"]).fetchall()
    return rows[0] if len(rows) == 1 else None


def _delete_article(conn, article_id: str) -> None:
    """Remove an article and its rows (FTS is external-content, so delete it by hand)."""
    conn.execute(
        "INSERT INTO sentences_fts (sentences_fts, rowid, text) SELECT 'delete', id, text FROM sentences WHERE article_id = ?",
        [article_id],
    )
    conn.execute("DELETE FROM articles WHERE id = ?", [article_id])
    conn.execute(
        "DELETE FROM actors WHERE id NOT IN (SELECT actor_id FROM mentions)"
        " AND id NOT IN (SELECT actor_id FROM actor_descriptions)"
    )
