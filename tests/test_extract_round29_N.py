"""Round 29 N: the first half of a double-barrelled surname, written alone, is that person."""

from __future__ import annotations

from bot.article import Article
from bot.extract.actors import find_actors
from bot.extract.aliases import person_for
from bot.extract.name_spans import Mention
from bot.extract.sentences import split_sentences


def _invented(nlp, *paras: str):
    art = Article(title="t", paragraphs=list(paras))
    doc = nlp(art.text)
    sents = split_sentences(art, doc)
    table, actors, mentions = find_actors(art, doc, sents)
    return table, {a.key: a for a in actors}, mentions


def test_first_barrel_of_a_surname_names_the_person(nlp):
    table, actors, mentions = _invented(
        nlp,
        "The broadcaster Martin Ashworth-Grey has left the Liberty Alliance to found a party of his own.",
        "Ashworth-Grey said the alliance had lost its way.",
        "Many readers wrote in. Ashworth has one aim, and I will be voting for him.",
        "Whilst not a great fan of Ashworth, I agree with his comments about the alliance.")
    assert "ashworth" not in actors
    assert table.resolve("Ashworth").key == "martin ashworth grey"
    hits = [m for m in mentions if m.text == "Ashworth"]
    assert hits and all(m.actor_key == "martin ashworth grey" for m in hits)


def test_first_barrel_needs_a_double_barrelled_surname():
    people = [Mention(text=t, start=i, end=i + 1, cstart=10 * i, cend=10 * i + 5, label="PERSON", kind="person", key=k)
              for i, (t, k) in enumerate([("Bashar al-Assad", "bashar al assad"), ("Ann Smith", "ann smith")])]
    assert person_for("al", people, 100) is None
    assert person_for("Ann", people, 100) is None
