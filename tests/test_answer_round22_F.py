"""Round 22 F (abstention): "what did X tell Y about T", with Y a person of the pack, asks what Y
was told. When no words of X on T are told to Y, X's words on T to the press or the public do not
answer it, and the engine declines; words X told Y still answer. And "X also said: ..." turns
from the scene before it: the sentences before it do not make X's words there on their subject.
Small invented packs, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "floods.txt": """Okafor pledges flood aid

President Daniel Okafor has pledged emergency money to rebuild the towns hit by the floods.

Mr Okafor said the floods were the worst the country had seen in fifty years.

The harbour authority said the port would reopen next week.
""",
    "calls.txt": """Lindqvist phones leaders

Prime Minister Erik Lindqvist telephoned President Okafor on Monday evening.

He also spoke to the leaders of three neighbouring countries.
""",
    "summit.txt": """Leaders meet on trade

President Daniel Okafor met the finance minister, Anna Hansen, in the capital on Friday.

Mr Okafor told Ms Hansen the tariffs on grain would be cut by half before the harvest.

Ms Hansen said the cut would help farmers in the north.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round22f"), settings)


def test_words_to_others_are_not_what_the_person_named_was_told(engine):
    # a story says only that Lindqvist phoned him; what Okafor said on the floods was not told to Lindqvist
    answer = engine.ask("what did okafor tell lindqvist about the floods")
    assert not answer.found, [x.quote for x in answer.excerpts]


def test_words_told_to_the_person_named_still_answer(engine):
    first = first_excerpt(engine, "what did okafor tell hansen about the tariffs")
    assert "tariffs on grain would be cut by half" in first.quote
    assert "Okafor" in first.attribution.text


# A second pack: "X also said:" turns to another subject; the scene before it is not what X spoke on.
INTERVIEW = {
    "bridge.txt": """Mayor promises new bridge

Mayor Clara Voss has promised a new bridge over the river within three years.

In a radio interview, Ms Voss said the old crossing was "no longer safe for buses".

Hours after the interview, a storm flooded the harbour district, damaging dozens of homes.

In the same interview, Mayor Voss also said:

The city must keep its tram network

She expects the budget to be approved next month
""",
}


@pytest.fixture(scope="module")
def interview(tmp_path_factory, settings) -> Engine:
    return engine_over(INTERVIEW, tmp_path_factory.mktemp("round22f_turn"), settings)


def test_words_after_also_said_are_not_on_the_scene_before(interview):
    # the storm is told in the story's own voice before she turns to other subjects; she never speaks on it
    answer = interview.ask("what did clara voss say about the harbour storm")
    assert not answer.found, [x.quote for x in answer.excerpts]


def test_words_before_the_turn_still_answer(interview):
    first = first_excerpt(interview, "what did clara voss say about the old crossing")
    assert "no longer safe for buses" in first.quote
    assert "Voss" in first.attribution.text
