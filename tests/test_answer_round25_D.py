"""Round 25 D. Stance: a body asked by one common noun ("the government") is voiced by the
people who make it up, as the story names them ("Ministers do not support ..."), not only by
sentences that print the noun; and a union asked as its initials with its kind ("the RMT union")
is the body a story names by the initials alone ("the RMT"), whose "The union says ..." is its own
stance, credited to it. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "ferries.txt": """Call to cap ferry fares rejected

Capping island ferry fares at £20 would bring back 40,000 passengers a year, a report says.

The study, by the Island Transport Forum, says fares have doubled since 2010. The figures come as MPs prepare to debate the government's Ferries Bill.

Ministers do not support a cap on ferry fares, saying it would cost too much to subsidise. They believe new routes matter more.

Opposition transport spokesman Idris Penhallow said the government had to act if it wanted to halt the fall in passenger numbers on island ferry routes.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round25d"), settings)


def test_the_government_is_voiced_by_its_ministers(engine):
    x = first_excerpt(engine, "whats the govt position on capping ferry fares")
    assert x.quote.startswith("Ministers do not support a cap on ferry fares")


# A union by its initials in one story and by them with its kind in another; "the union" is it.
UNIONS = {
    "talks.txt": """Rail strike called off after talks

The RMT Union has called off next week's rail strike after late talks with train operators.

RMT Union spokesman Alf Denby said members would now vote on the offer.
""",
    "cuts.txt": """Rail job cuts 'a false economy'

Plans to shed 2,000 rail jobs will prove a false economy, according to a report by the Transport Forum.

The strike by the RMT next Friday is the biggest on the railways since 1993. The union says it is concerned about pensions, sick pay and forced relocation as well as the cut in jobs.

The Transport Forum said the cuts would save less than it costs to train new staff.
""",
}


@pytest.fixture(scope="module")
def unions(tmp_path_factory, settings) -> Engine:
    return engine_over(UNIONS, tmp_path_factory.mktemp("round25d_unions"), settings)


def test_the_union_is_the_body_its_story_named_by_initials(unions):
    x = first_excerpt(unions, "what is the rmt union worried about besides the job cuts")
    assert x.quote.startswith("The union says it is concerned about pensions")
    assert x.attribution is not None and "RMT" in x.attribution.text
