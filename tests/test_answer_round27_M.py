"""Round 27 M (said): asked what a speaker said about a thing someone owns in a setting ("trusting
the mayor's figures in the harbour budget"), the owner ("the mayor") is no part of what is asked
that ranks the speaker's sentences in a story set on it: every sentence of the story of his budget
names him, so a quote that only names him must not outrank, in another story, the speaker's words
on the thing itself ("honesty and trust"). A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "budget.txt": """Mayor upbeat on harbour spending

In a confident harbour budget statement, mayor John Hale promised new moorings and a bigger fish market.

He also said the harbour would make a profit for the first time in a decade.

Green councillor Ruth Allen accused the mayor of ducking hard choices.

She said: "Last month the mayor offered us promises; this month the mayor has offered us complacency."

The fishermen's association welcomed the new moorings.

The council's own figures show borrowing falling next year.
""",
    "greens.txt": """Greens question council honesty

The town's accounts should be opened to an independent auditor, the Green group on the council says.

Local traders say the council has hidden a shortfall in its spending, a claim the council denies.

Responding to the harbour budget, Ms Allen also attacked the new mooring charges.

Ruth Allen said traders did not know whom to believe.

"There is a real problem of honesty and trust," she said.

"The council cannot set its own exam and then mark it."
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round27m"), settings)


def test_the_owner_of_the_thing_asked_does_not_rank_a_story_set_on_him(engine):
    x = first_excerpt(engine, "what did ruth allen say about trusting the mayor's figures in the harbour budget")
    assert "honesty and trust" in x.quote
    assert x.attribution is not None and "Allen" in x.attribution.text
