"""Round 18 C2 (said, who): what a topic asks of comes before the setting it puts it in, when the
setting is what the speaker's story is about ("teacher shortages in the rural schools budget", in
a story on that budget); the new holder of a post is whom a story calls new in it, not the holder
the post described before. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    'schools.txt': """Teachers warn over rural schools budget

The government has published its spending plans for the north.

"This rural schools budget leaves the villages of the north behind," shadow education secretary Helen Marsh said.

Ministers said more money was going to the north than ever.

"Teacher shortages will get worse and classes will grow," Ms Marsh said.
""",
    'port.txt': """Port strike ends

Dock workers have returned to work after a two-day strike.

Union leader Tom Reed said the deal was fair.
""",
    'rivers.txt': """Rivers minister warns on flooding

Rivers Minister Paul Dane said more homes in the valleys were at risk of flooding this winter.

Mr Dane said the flood defences would be finished next year.
""",
    'reshuffle.txt': """New rivers minister sets out plans

The new rivers minister says flood defences will come first.

Sarah Pike, on her first day in the job after Paul Dane was moved, said she would visit the valleys.

"The defences are my first task," Ms Pike said.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round18c2"), settings)


def test_the_topics_head_ranks_the_speakers_words_before_its_setting(engine):
    first = first_excerpt(engine, "what did helen marsh say about teacher shortages in the rural schools budget")
    assert "Teacher shortages will get worse" in first.quote
    assert first.attribution.text == "Helen Marsh"
    # ... asked of the setting alone, her words on it come first
    first = first_excerpt(engine, "what did helen marsh say about the rural schools budget")
    assert "This rural schools budget leaves the villages" in first.quote
    assert first.attribution.text == "Helen Marsh"


def test_the_new_holder_of_a_post_is_whom_the_story_calls_new_in_it(engine):
    first = first_excerpt(engine, "who is the new rivers minister")
    assert "The new rivers minister says" in first.quote and "Sarah Pike" in first.quote
    assert first.attribution.text == "Sarah Pike"
    # ... asked of the post alone, its holder as the pack describes him
    first = first_excerpt(engine, "who's the rivers minister")
    assert first.quote.startswith("Rivers Minister Paul Dane said")
    assert first.attribution.text == "Paul Dane"
