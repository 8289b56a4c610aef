"""Round 16 (D): how a figure answers what was asked. A sum told in words ("hundreds of
millions" of pounds) is a sum; a count of the very thing asked, told in a story after a sentence
that sets the scene and counts something else, answers "how many"; "the scottish mp in peru" is
told of by a sentence that names Peru and no other place, in a story that never says whose the
MP is; "..., per the piece on office rows" names the story to look in, not words an answer
must hold. A small invented pack."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "flood.txt": """Reid says flood aid to soar

Fisheries minister Alan Reid has predicted the government will eventually give "hundreds of millions" of pounds in aid to towns hit by the floods.

The minister was speaking for the first time since visiting the worst hit towns.

The important thing was action, he said, adding that of the £20m given by the government so far only £3m had been spent.

Councils say repairs will take years.
""",
    "standby.txt": """Irish troops on Malawi standby

The Irish government has confirmed Irish troops are on standby in case they need to help evacuate several hundred Irish citizens from Malawi.

Fighting broke out in the capital on Sunday.

A company of 80-90 Irish troops is understood to have been put on standby.

Aid agencies said food supplies were running low.
""",
    "mugged.txt": """MP robbed by thieves in Peru

An MP has had more than £400 in cash taken by four thieves in a market in Peru.

Angus Baird, the MP for Fife North, was attacked in a busy market in the capital, Lima.

He had to spend an extra two days in Lima before rejoining the rest of the committee after the robbery.

Mr Baird, 58, said he was not hurt.
""",
    "rows.txt": """How office rows snowball

Office rows between managers can drag on for years, a study suggests.

It's often referred to as the "stag hunt", based on a fable much told in game theory classes about two hunters.

The stag hunt is a fable used to describe any situation where people gain most by working together.

Researcher Maria Lund said the rows were costly.
""",
    "deer.txt": """Deer numbers rise in Highlands

Deer numbers have risen sharply in the Highlands, a count shows.

Scottish landowners want a longer stag hunt season.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round16d"), settings)


def test_a_sum_in_words_answers_how_much(engine):
    # "hundreds of millions" of pounds is the sum he predicts, not the £20m given so far
    first = first_excerpt(engine, "how much does reid reckon the government will end up giving in flood aid")
    assert '"hundreds of millions" of pounds' in first.quote
    assert first.attribution.text == "Alan Reid"


def test_a_later_count_of_what_was_asked_beats_the_scene_setting_sentence(engine):
    # "several hundred Irish citizens" counts citizens, not the troops asked about
    first = first_excerpt(engine, "how many irish soldiers were put on standby for the malawi evacuation")
    assert first.quote.startswith("A company of 80-90 Irish troops")
    assert first.attribution is None


def test_whose_the_person_is_need_not_be_named_beside_the_place_asked(engine):
    first = first_excerpt(engine, "how much cash did the thieves take off the scottish mp in peru")
    assert "more than £400 in cash" in first.quote
    assert first.attribution is None


def test_the_piece_named_by_its_topic_is_where_to_look(engine):
    first = first_excerpt(engine, "what's the stag hunt, per the piece on office rows")
    assert "based on a fable much told in game theory classes" in first.quote
    assert first.attribution is None
