"""Round 18 V (events, relations): a fact asked for that a sentence tells by a verb of an act
done in words ("has announced", "welcomed", "agreed ... but urged") is the story's news, told
in its own voice; only a verb that relays words ("said", "told", "according to") makes what
follows the speaker's. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "lighthouse.txt": """Lighthouse trust gets new home

The Northern Lighthouse Trust will move its archive to Oban in March 2006, the Scottish Executive has announced.

Trust chairman Ewan Bell said the move would bring the records closer to the keepers' families.
""",
    "ferry.txt": """Ferry link agreed

Orkney and Shetland councils have agreed to open a winter ferry link between Kirkwall and Lerwick.

The Scottish Executive has welcomed the decision by Orkney and Shetland councils to open a winter ferry link between Kirkwall and Lerwick.

Councillor Ann Reid said: "The ferry link will bring the islands closer."
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("r18v"), settings)


def test_when_a_move_happens_told_by_an_announcement_is_the_storys_news(engine):
    first = first_excerpt(engine, "when is the northern lighthouse trust archive moving to oban")
    assert "will move its archive to Oban in March 2006" in first.quote
    assert first.attribution is None
    # ... while a question for the announcer's words still gets the announcer
    first = first_excerpt(engine, "what did the scottish executive say about the lighthouse trust archive")
    assert "will move its archive to Oban" in first.quote
    assert "Scottish Executive" in first.attribution.text


def test_a_decision_told_by_whoever_welcomed_it_is_the_storys_news(engine):
    first = first_excerpt(engine, "what did the scottish executive do about the kirkwall lerwick winter ferry link")
    assert "has welcomed the decision" in first.quote
    assert first.attribution is None
