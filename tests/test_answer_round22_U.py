"""Round 22 U (other): "how many seats do the Greens reckon ..." asks the Greens' own figure, so
the party's words ("The party says ... 19 new seats") answer before the story's own telling that
covers the question a little better ("The Greens have named the 11 seats where ..."); "how many
members would the assembly have" is not answered by a share of its members ("60% of members would
be elected") when the story goes on to count them after a sentence naming the assembly ("There
would be 120 RAMs, ..."). A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "greens.txt": """Greens target commuter towns

Commuters can decide the fate of MPs in some seats at the next election, opposition leader Alice Marlow has claimed.

The party says the votes of commuters can win it 19 new seats at the poll.

Ms Marlow said she would campaign hard in the towns around the capital and win there.

The Greens have named the 11 seats where commuter votes are enough to take them from second place to first, and the 8 where they could go from third to second.

Rival parties hope to win back the towns.

The Greens launched the plan in Reading.
""",
    "assembly.txt": """Group tables regional assembly plan

A cross-party group has unveiled a draft bill proposing a smaller regional assembly in which 60% of members would be elected.

The group says it can win support from all the main parties.

Their proposed assembly would replace the county council, and its members would be known as RAMs.

There would be 120 RAMs, including 72 elected members, 40 appointed members and 8 bishops.

They would serve for six years.

It wants all three main parties to back a largely elected regional assembly in their manifestos.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round22u"), settings)


def test_the_figure_a_body_reckons_is_said_by_it(engine):
    x = first_excerpt(engine, "how many seats do the greens reckon commuter votes could win them")
    assert "19 new seats" in x.quote
    assert x.attribution is not None and x.attribution.source == "The party"


def test_the_story_s_own_count_answers_when_no_one_is_asked(engine):
    x = first_excerpt(engine, "how many seats could commuter votes win the greens")
    assert "11 seats" in x.quote


def test_a_count_told_after_the_thing_is_named_answers_before_a_share(engine):
    x = first_excerpt(engine, "how many members would the proposed regional assembly have")
    assert "There would be 120 RAMs" in x.quote


def test_a_share_asked_is_still_the_share(engine):
    x = first_excerpt(engine, "what share of members of the regional assembly would be elected")
    assert "60% of members" in x.quote
