"""Round 26 U, the answer side: two readings a careful reader makes across a sentence break.
A why-question whose event sentence is followed by "That was because ..." takes the reason
told next; "who ran X" is answered by the person the story names by a bare head post ("Chief
executive ...") a sentence or two after it names X. A small invented pack, so every
expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "grant.txt": """Town short-changed on flood money

A town hit by floods last winter has been left short of money for its repairs, a report has found.

In March it emerged the town would get less than half of what it asked for to rebuild its river walls.
Councillors had hoped to get £12m from the regional recovery fund to help with the flood defences but in the end were awarded £4m. That was because the council had costed the work at "twice" the fund's own estimate of its likely price.
Council leader Mary Fenwick said the town would appeal.
""",
    "college.txt": """Online college 'a costly flop'

A failed scheme to teach plumbing online has been wound up by ministers.

The e-College was closed last month, having signed up only 300 learners at a cost of £9m. Chief executive Alan Pruitt was paid a bonus of £20,000, despite the losses. A minister said lessons had been learned from the venture.
""",
    "museum.txt": """Museum closes its doors

A struggling rural museum of farm machinery has shut for good.

The Tillworth Museum closed on Friday after visitor numbers fell for a fifth year. Council chairman Tom Reed said he regretted the loss.

Trustees said the building would be sold.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round26u"), settings)


def test_why_takes_the_reason_told_in_the_next_sentence(engine):
    # the event sentence does not name the town's flood money in full; the sentence after it,
    # "That was because ...", gives why: the two are the answer, not a decline
    x = first_excerpt(engine, "why did the town get only £4m from the recovery fund for its flood repairs")
    assert "in the end were awarded £4m" in x.quote
    assert "That was because the council had costed the work" in x.quote


def test_who_ran_is_the_bare_post_named_after_the_thing(engine):
    # no sentence names both the e-College and its head: "Chief executive Alan Pruitt", named
    # the sentence after the one on the e-College, ran it
    x = first_excerpt(engine, "who ran the failed e-college")
    assert "Chief executive Alan Pruitt" in x.quote


def test_who_ran_is_not_another_bodys_post(engine):
    # "Council chairman Tom Reed" heads the council, not the museum
    a = engine.ask("who ran the tillworth museum")
    assert not a.found or "Tom Reed" not in a.excerpts[0].quote
