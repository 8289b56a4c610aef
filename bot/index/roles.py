"""Role speakers across the pack: "the Tory leader will argue ..." in a story that names
Michael Howard but never calls him Tory leader.

Extraction sees one article at a time, so it can only match an office against what that
article says of its people. Other stories in the pack often say it ("Tory leader Michael
Howard"). After each ingest, a speaker still left as a bare office is given to the one
person its own article names whom the pack describes with that office.
"""

from __future__ import annotations

import re
import sqlite3

from bot.extract.cues import PERSON_ROLE_NOUNS, UNNAMED_NOUNS
from bot.extract.role_match import role_matches, role_words

# Heads too loose to name one office: "the chief" fits a Chief Secretary, "the head" anyone.
_LOOSE_HEADS = frozenset("chief head boss general executive director".split())
_DEFINITE_ROLE = re.compile(r"(?i)^the [\w -]+$")  # no possessive: "the Tory leader's aide" is someone else


def link_role_speakers(conn: sqlite3.Connection) -> int:
    """Give each bare-office speaker ("the prime minister") to the one person of its article
    whom the pack describes so; returns how many speakers were linked."""
    rows = conn.execute(
        "SELECT a.sentence_id, a.source, s.article_id FROM attributions a JOIN sentences s ON s.id = a.sentence_id"
        " WHERE a.kind = 'unnamed' AND a.actor_id IS NULL").fetchall()
    offices: dict[int, list[str]] = {}
    people_of: dict[str, list[tuple[int, str]]] = {}
    linked = 0
    for sentence_id, source, article_id in rows:
        if not _DEFINITE_ROLE.match(source):
            continue
        words = role_words(source)
        if not words:
            continue
        head, mods = words[-1], set(words[:-1])
        if head not in PERSON_ROLE_NOUNS or head in UNNAMED_NOUNS or head in _LOOSE_HEADS and len(mods) < 2:
            continue  # ... though "the Lib Dem chief executive" names one office
        if article_id not in people_of:  # a story with several bare offices is read once
            people_of[article_id] = conn.execute(
                "SELECT DISTINCT ac.id, ac.name FROM mentions m JOIN sentences s ON s.id = m.sentence_id"
                " JOIN actors ac ON ac.id = m.actor_id WHERE s.article_id = ? AND ac.kind = 'person'",
                [article_id]).fetchall()
        holders = []
        for actor_id, name in people_of[article_id]:
            if actor_id not in offices:
                offices[actor_id] = [d for (d,) in conn.execute(
                    "SELECT DISTINCT description FROM actor_descriptions WHERE actor_id = ?", [actor_id])]
            if any(role_matches(head, mods, d) for d in offices[actor_id]):
                holders.append((actor_id, name))
        if len(holders) == 1:
            actor_id, name = holders[0]
            conn.execute("UPDATE attributions SET actor_id = ?, kind = 'person', source = ? WHERE sentence_id = ?",
                         [actor_id, name, sentence_id])
            linked += 1
    return linked
