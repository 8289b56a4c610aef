"""Round 15 W (who said): words put on a thing in quotation marks with a verb of naming
("branded a "costly folly" by councillors", "Jo Hart called it "a shambles"", "the guild, which
described the plan as "a death knell"") are said by whoever put them, whether or not the story
attributes the sentence; and when another clause of the sentence is attributed to someone else,
the namer answers only a claim about the thing named. A small invented pack, so every
expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "ferry.txt": """Ferry link scrapped

A subsidised ferry link to the Farne islands has been branded a "costly folly" by councillors.

The link was closed in March after carrying only 400 passengers.
""",
    "bridge.txt": """Bridge tolls to rise

The toll rise on the Tamar crossing was opposed by the Cornwall Drivers Guild, which described the toll rise as "daylight robbery".

The rise will pay for new cables.

In 2019, Senator Ann Lowe of Devon called the crossing tolls "a tax on the west".
""",
    "market.txt": """Market plan row

The harbourmaster said the quay was "in good repair" but councillor Ben Ames branded the way the quay market was run as "chaotic".

The market opens on Saturdays.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round15w"), settings)


def test_words_put_on_a_thing_by_an_agent_after_by_are_the_agents(engine):
    first = first_excerpt(engine, "who branded the ferry link a costly folly")
    assert '"costly folly" by councillors' in first.quote
    assert first.attribution is not None and "councillors" in first.attribution.text


def test_words_put_on_a_thing_by_a_named_subject_are_theirs(engine):
    first = first_excerpt(engine, "who called the toll rise daylight robbery")
    assert '"daylight robbery"' in first.quote
    assert first.attribution is not None and "Cornwall Drivers Guild" in first.attribution.text
    # ... the person named before the verb, not the place that qualifies them
    first = first_excerpt(engine, "who called the crossing tolls a tax on the west")
    assert '"a tax on the west"' in first.quote
    assert first.attribution is not None and first.attribution.text == "Ann Lowe"


def test_the_namer_answers_for_the_thing_named_not_for_the_other_clause(engine):
    first = first_excerpt(engine, "who said the way the quay market was run was chaotic")
    assert '"chaotic"' in first.quote
    assert first.attribution is not None and first.attribution.text == "Ben Ames"
    # ... and the other clause stays its own speaker's
    first = first_excerpt(engine, "who said the quay was in good repair")
    assert '"in good repair"' in first.quote
    assert first.attribution is not None and first.attribution.text == "The harbourmaster"
