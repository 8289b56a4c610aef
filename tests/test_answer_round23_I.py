"""Round 23 I (stance): a body asked by a description the story never prints whole ("the
presenters' union", "the freelance media union") is the one the story calls by the
description's last word ("The media union is adamant presenters' contracts ..."), in a
story that prints every word of the description; where no one story prints them all, the
question is still declined. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "levy.txt": """Broadcasters will not bow to new levy

Welsh broadcasters say they will fight a new levy on freelance work.

The media union is adamant presenters' contracts must be exempted from the levy.

Ministers said the levy would raise money for training and that talks would continue.

A government spokesman said the levy was fair and would be introduced next year.
""",
    "pits.txt": """Old pits to become museums

Two former pits in the valleys are to become museums, the council has said.

Retired miners will act as guides for visitors to the sites.

The council said the museums would open in the spring.
""",
    "strike.txt": """Rail strike called off

A planned rail strike has been called off after talks at the conciliation service.

The rail union said its members would vote on the new pay offer next week.

Managers said they were pleased a deal had been reached.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round23i"), settings)


@pytest.mark.parametrize("question", [
    "what does the presenters' union want done about contracts under the levy",
    "what does the freelance media union want done about presenters' contracts",
])
def test_a_body_by_a_description_never_printed_whole(engine, question):
    x = first_excerpt(engine, question)
    assert x.quote.startswith("The media union is adamant presenters' contracts must be exempted")


def test_words_of_the_description_in_different_stories_are_declined(engine):
    # "miners" and "union" are printed, but in no one story together: no one is the miners' union
    assert not engine.ask("what does the miners' union want done about the museums").found
