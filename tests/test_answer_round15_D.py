"""Round 15 (D): how a figure answers what was asked. A multiple ("30 times more likely") is an
amount; "what's the fine for ... under the X plans" asks a figure, not whose plans; a poll's figure
answers for the poll asked; a place asked by its adjective ("norwegian ferry operators") is
named by a story set there. A small invented pack."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "roma.txt": """Court backs Kelso dairy farmers

Small dairy farmers in Kelso were treated unfairly by river inspectors, the appeal court has ruled.

The farmers had complained for years about the inspections.

The Farmers Union said figures suggested small dairy farmers were 30 times more likely to be stopped by river inspectors than large estates.

The union took up the case of six farmers fined last spring.
""",
    "dogs.txt": """Ministers press on with dog licences

The government will press ahead with plans for a national dog licence.

Owners would pay £40 a year for each dog.

And there will be civil penalties under the licence scheme, including a fine of up to £500 for owners who fail to tell the council they have moved house, and of up to £900 for failing to register a dog.

The scheme will be run by a new agency.
""",
    "curfew.txt": """Support for curfew falls

Support for a teenage curfew in Dunmore has fallen in the past year, a poll suggests.

Fewer than half of residents want one, the Ipsos survey of 900 adults for the Dunmore Gazette suggests.

The Evening Courier survey found that 61% supported a teenage curfew compared with 25% against.

""",
    "ferries.txt": """Angry sailors won't give up over new ferry rules

The Ferry Bill would require operators to store passenger lists for five years so police can read them without a warrant.

Few would argue against the use of such lists to catch smugglers.

But the union has pointed out that the lists would also be used to track crews.

That should worry anyone who cares about privacy.

Elsewhere, Norwegian ministers say Norway is a small player on the world stage.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round15d"), settings)


def test_a_multiple_is_an_amount_for_how_much_likelier(engine):
    first = first_excerpt(engine, "how much likelier were small dairy farmers to be stopped by river inspectors than large estates")
    assert "30 times more likely" in first.quote
    assert first.attribution.text == "The Farmers Union"


def test_a_figure_of_a_scheme_is_not_whose_plans(engine):
    # "what's the fine for ... under the dog licence plans": the fine, not someone's plans
    answer = engine.ask("what's the fine for not telling the council you moved house under the dog licence plans")
    assert answer.intent == "search" and answer.found
    assert "a fine of up to £500" in answer.excerpts[0].quote
    assert answer.excerpts[0].attribution is None


def test_another_polls_figure_ranks_after_the_poll_asked(engine):
    first = first_excerpt(engine, "how much support is there for a teenage curfew in the dunmore gazette poll")
    assert "for the Dunmore Gazette" in first.quote
    assert "Evening Courier" not in first.quote
    assert "Dunmore Gazette" in first.attribution.text


def test_a_place_asked_by_its_adjective_is_named_by_a_story_set_there(engine):
    first = first_excerpt(engine, "how long would norwegian ferry operators have to keep passenger lists under the ferry bill")
    assert "for five years" in first.quote
    assert first.attribution is None
