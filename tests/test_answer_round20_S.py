"""Round 20 S: what a speaker said about a topic that gives a thing to an owner. A small
invented pack, so every expectation is exact.

- "the conservatives' presence in britain" is the Conservatives' presence: a sentence on
  another's presence ("the mere presence of British troops"), where the owner is named neither
  there, beside it, in the headline nor in the story's opening, is not on it, however many of
  the topic's other words it prints; the speaker's words on the owner come first.
"""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "exit.txt": """Kerr calls for Ruritania exit plan

Green leader Ann Kerr has called on the prime minister to set out a timetable for bringing troops home from Ruritania.

"There are some who think the mere presence of British troops in Ruritania feeds the violence," she said.

Ms Kerr said the government should report to Parliament every month.

Some 8,000 soldiers are serving in the country.

The defence ministry said the mission was going well.

The Conservatives have backed the mission from the start.
""",
    "hopes.txt": """Kerr upbeat on election hopes

Green leader Ann Kerr believes her party can win seats in every region at the next election.

"The problem for the Conservatives is that they have all but vanished from large parts of Britain," Ms Kerr said.

She said the Greens would stand candidates in every seat.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round20s"), settings)


def test_a_thing_the_topic_gives_an_owner_is_not_anothers(engine):
    first = first_excerpt(engine, "what did ann kerr say about the conservatives' presence in britain")
    assert first.quote.startswith('"The problem for the Conservatives is that they have all but vanished')
    assert first.attribution.text == "Ann Kerr"
    # ... and a topic that gives the thing to no one still finds the troops
    first = first_excerpt(engine, "what did ann kerr say about the presence of british troops")
    assert first.quote.startswith('"There are some who think the mere presence of British troops')
    assert first.attribution.text == "Ann Kerr"
