"""Round 20 V (event): asked what happened or what someone did, the story's own telling of it
comes before words of the person asked about that cover the question as well; asked for their
words, their words still come first. A year typed short after "in" ("the debate in 87") is the
articles' 1987. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "bonfire.txt": """Marlow candidate quits over quango remark

A Liberal council challenger is standing down after being quoted as wanting a "bonfire of the quangos".

Tobias Oduya, the party's candidate in Marlow, had been expected to fight the seat in May.

Mr Oduya was quoted in the Herald newspaper saying: "We plan a bonfire of the quangos."

The party's regional chairman said the decision was a matter for Mr Oduya.
""",
    "harbour.txt": """Harbour levy plan for Wexmouth

Wexmouth council has voted to raise the harbour levy on visiting yachts by a fifth.

Council leader Mira Castell said: "The harbour levy pays for the new pontoons."

Yacht owners plan to protest outside the town hall on Saturday.
""",
    "debate.txt": """Leaders' television debate dropped

Plans for a televised debate between the three party leaders have been dropped.

Broadcasters said the parties could not agree on a format.

In 1987 a debate between Mr Harlow and Mr Penge was also cancelled when a format could not be agreed.

In 1992 the two leaders met on a radio phone-in instead, and the Penge campaign called it a draw.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round20v"), settings)


def test_what_someone_did_is_the_storys_telling_before_their_own_words(engine):
    first = first_excerpt(engine, "what did tobias oduya do after he was quoted on a bonfire of the quangos")
    assert first.quote.startswith("A Liberal council challenger is standing down")
    assert first.attribution is None


def test_asked_for_their_words_the_person_still_speaks(engine):
    first = first_excerpt(engine, "what did tobias oduya say about the bonfire of the quangos")
    assert "We plan a bonfire of the quangos" in first.quote
    assert first.attribution is not None and "Oduya" in first.attribution.text


def test_a_short_year_after_in_is_the_year(engine):
    first = first_excerpt(engine, "what happened with the harlow v penge tv debate in 87")
    assert first.quote.startswith("In 1987 a debate between Mr Harlow and Mr Penge was also cancelled")
    assert first.attribution is None
    # ... but not a ratio: "one in 50" stays a count
    from bot.answer.question import clean
    assert clean("which council cut one in 50") == "which council cut one in 50"
