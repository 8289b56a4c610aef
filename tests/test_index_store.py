"""The index: schema readable without the code, one transaction per article, re-ingest is a no-op."""

from __future__ import annotations

import sqlite3

import pytest

from bot.article import Article
from bot.extract.records import ActorRec, AttributionRec, Extraction, MentionRec, SentenceRec
from bot.index import connect
from bot.index.store import write_article
from bot.index.schema import IndexError_


def article(body="Alice Smith said the harbour will reopen.", source="/tmp/a.txt") -> Article:
    return Article(title="Harbour news", paragraphs=[body], source=source)


def extraction(a: Article) -> Extraction:
    text = a.text
    return Extraction(
        sentences=[SentenceRec(1, 1, 0, len(text), text)],
        actors=[ActorRec("alice smith", "Alice Smith", "person", {"Smith", "Ms Smith"}, ["harbour master"])],
        mentions=[MentionRec(0, "alice smith", 0, 11, "Alice Smith")],
        attributions=[AttributionRec(0, "Alice Smith", "person", "said", source_actor_key="alice smith")],
    )


def test_schema_tables_and_version(tmp_path):
    db = connect(tmp_path / "i.db")
    names = set(db.table_names())
    assert {"articles", "sentences", "sentences_fts", "actors", "aliases", "actor_descriptions", "mentions",
            "attributions", "events", "event_actors", "meta"} <= names
    assert db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == "1"
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_write_is_idempotent_and_searchable(tmp_path):
    db = connect(tmp_path / "i.db")
    a = article()
    assert write_article(db, a, extraction(a)).value == "added"
    assert write_article(db, a, extraction(a)).value == "unchanged"
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    hits = db.execute("SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH 'harbours'").fetchall()
    assert len(hits) == 1  # porter stemming
    aliases = {r[0] for r in db.execute("SELECT alias FROM aliases")}
    assert {"alice smith", "smith", "ms smith"} <= aliases
    row = db.execute("SELECT source, actor_id FROM attributions").fetchone()
    assert row[0] == "Alice Smith" and row[1] is not None


def test_changed_source_replaces_old_version(tmp_path):
    db = connect(tmp_path / "i.db")
    a1 = article()
    write_article(db, a1, extraction(a1))
    a2 = article("Alice Smith said the harbour will stay shut.")
    assert write_article(db, a2, extraction(a2)).value == "updated"
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'reopen'").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'shut'").fetchone()[0] == 1


def test_failure_mid_article_leaves_index_as_it_was(tmp_path):
    db = connect(tmp_path / "i.db")
    good = article()
    write_article(db, good, extraction(good))
    bad = article("Bob Jones said nothing.", source="/tmp/b.txt")
    ex = extraction(bad)
    ex.attributions.append(AttributionRec(5, "Nobody", "person", "said"))  # sentence 5 does not exist
    with pytest.raises(IndexError):
        write_article(db, bad, ex)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM sentences").fetchone()[0] == 1
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_refuses_a_foreign_database(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customers (id INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(IndexError_):
        connect(path)
    con = sqlite3.connect(path)
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master")] == ["customers"]


def test_a_person_named_with_a_post_is_a_person_though_another_story_called_it_a_body(tmp_path):
    db = connect(tmp_path / "i.db")
    first, second = article(source="/tmp/a.txt"), article("Alice Smith spoke at the harbour.", source="/tmp/b.txt")
    as_body = extraction(first)
    as_body.actors = [ActorRec("alice smith", "Alice Smith", "organization", {"Alice Smith"}, [])]
    write_article(db, first, as_body)
    assert db.execute("SELECT kind FROM actors").fetchone()[0] == "organization"
    write_article(db, second, extraction(second))  # a person, "harbour master"
    assert db.execute("SELECT kind FROM actors").fetchone()[0] == "person"
