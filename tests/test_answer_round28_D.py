"""Round 28 D. "What else is X warning about", with nothing set apart, asks past the first thing
found, which is what the story leads on: the sentence of that story that tells of an addition
("he also cautioned ...") answers it and comes first. Stance: right after a body's own sentence
("The Green Party say ..."), a spokesman named by a post of no other body ("Transport spokesman
Tom Reeve also demanded ...") speaks for that body, and his demand is its demand. A small
invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "pagers.txt": """Councillors face pager ban

Councillors will be removed from the chamber if they use pagers during meetings, Kelby council chairman Ruth Hale has ruled.

Ms Hale said some councillors had been using their pagers during debates and she also cautioned members against using hidden headphones.

The rule will apply from next month.
""",
    "depot.txt": """Bus depot closure row

The council has told staff that the Kelby bus depot will close in June.

The Green Party say they suspect the closure is part of a wider plan to sell council land.

Transport spokesman Tom Reeve also demanded assurances that no drivers would lose their jobs.

The Green Party have promised to raise the issue at the next council meeting.

A council spokesman said no decision had been taken on the land.
""",
    "parking.txt": """Parking charges rise in Kelby

Parking charges in Kelby town centre will rise by 20p an hour from April, the council has said.

Local trader Tom Vale said shoppers would stay away.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round28d"), settings)


def test_what_else_is_the_addition_the_story_tells(engine):
    x = first_excerpt(engine, "what else is the chairman warning councillors not to use")
    assert "also cautioned members against using hidden headphones" in x.quote


def test_what_is_still_the_lead(engine):
    x = first_excerpt(engine, "what is the chairman warning councillors not to use")
    assert x.quote.startswith("Councillors will be removed from the chamber")


def test_a_spokesman_right_after_the_body_speaks_for_it(engine):
    x = first_excerpt(engine, "what is the green party demanding over the depot closure")
    assert x.quote.startswith("Transport spokesman Tom Reeve also demanded assurances")
