"""Round 25 A (who_said): a claim in the asker's words may say by a prefix what a speaker says
by a word ("unreliable" is "not reliable"), and "someone" is the speaker's "somebody". A small
invented pack, so every expectation is exact; a claim the pack does not make is still declined."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "mayor.txt": """Councillor attacks mayor

The race for the town hall turned sour on Tuesday.

Councillor Brian Oduya said of Mayor Jane Ellery: "She is clever, but she is not reliable."

The mayor's office declined to comment.
""",
    "union.txt": """Union backs sacked nurse

A nurse dismissed after speaking to the press has won the backing of her union.

"It is shameful to punish somebody for raising the alarm," said union leader Kate Morrow.

The hospital trust said it could not discuss staff matters.
""",
    "post.txt": """Shops hit by courier delays

Small shops say the Christmas rush has gone badly.

"Half my parcels have not been delivered," said shop owner Rita Banks.

The courier firm said staff shortages were to blame.
""",
    "trains.txt": """Commuters fed up with late trains

Commuters say the morning service is unreliable, and someone should answer for it.

The unpopular fare rise comes into force in May, an undelivered letter is found, and a hardworking guard praised for his honesty and courage retires.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round25a"), settings)


def test_a_prefix_denies_what_the_speaker_denies_in_a_word(engine):
    x = first_excerpt(engine, "who called jane ellery clever, hardworking and unreliable")
    assert "not reliable" in x.quote
    assert x.attribution is not None and "Oduya" in x.attribution.text


def test_a_denied_word_is_not_another_word(engine):
    # "unpopular" is "not popular": nothing in the pack says so
    assert not engine.ask("who called jane ellery clever, hardworking and unpopular").found


def test_someone_is_somebody(engine):
    x = first_excerpt(engine, "who said it was shameful to punish someone for honesty and courage")
    assert "shameful to punish somebody" in x.quote
    assert x.attribution is not None and "Morrow" in x.attribution.text


def test_a_prefix_denies_a_participle_as_well(engine):
    x = first_excerpt(engine, "who said the parcels were undelivered")
    assert "not been delivered" in x.quote
    assert x.attribution is not None and "Banks" in x.attribution.text
