"""Round 16 A (who said): a speaker's quote holding the claim's rarest word answers before a
lead that says more of the asker's other words but not it; "six times fewer" is a "sixfold"
cut. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "tram.txt": """Mayor denies split over tram plan

Mayor Jane Fell has denied her council cabinet was split over its decision to back the tram plan for the city centre.

The mayor said her team had reached a "collective view" after a long discussion.

Shopkeepers say the works will close the high street for a year.

Green councillor Tom Reed said: "This has all the signs of Jane Fell overruling colleagues' concerns over the tram plan."

The first trams are due to run in 2009.
""",
    "freight.txt": """Freight trains to bypass village

Freight trains will be routed away from the village of Amble under a new timetable.

In a statement, the Rail Office said the new timetable meant a "sixfold reduction in the number of freight trains through the village".

Residents have campaigned for ten years against the noise.

Local MP Sarah Lowe said: "This is a victory for common sense."
""",
    "park.txt": """Park looked like a building site

The park looked like a building site after the storm, residents said.

Children like the new swings, and it looked like the cafe would reopen.

The cabinet member for parks said she would like the gates mended by May.

It looked like rain all week, and people like to walk there.
""",
    "buses.txt": """Bus fares frozen

Bus fares in the county will be frozen for six months, the council said.

The council leader said six new routes would open in the spring.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round16a"), settings)


def test_a_quote_holding_the_claims_rarest_word_answers_before_a_lead_without_it(engine):
    # the lead names the mayor, her cabinet and the plan, but not the overruling the claim is about
    first = first_excerpt(engine, "who said it looked like fell had overruled her council cabinet on the tram plan")
    assert "all the signs of Jane Fell overruling" in first.quote
    assert first.attribution is not None and "Tom Reed" in first.attribution.text


def test_six_times_fewer_is_a_sixfold_reduction(engine):
    first = first_excerpt(engine, "who claimed the new timetable would mean six times fewer freight trains")
    assert "sixfold reduction" in first.quote
    assert first.attribution is not None and "Rail Office" in first.attribution.text
    # ... the same number as a digit
    first = first_excerpt(engine, "who claimed the new timetable would mean 6 times fewer freight trains")
    assert "sixfold reduction" in first.quote
    # ... but six of something is not a sixfold anything
    first = first_excerpt(engine, "who said the new timetable meant six new routes")
    assert "six new routes" in first.quote
    assert "council leader" in first.attribution.text


POLLS = {
    "mayorpoll.txt": """Mayor 'damaged' by tram row

Most voters believe the mayor has been damaged by the row over the tram contract, a poll suggests.

Some 58% of respondents in the Northern Gazette poll said the contract should be cancelled.

Civic Polling surveyed 1,200 residents by telephone last week.

Councillor Tom Reed said: "The mayor must now listen to the people."

A second poll for the Evening Star found support for the tram scheme unchanged.
""",
}


@pytest.fixture(scope="module")
def polls(tmp_path_factory, settings) -> Engine:
    return engine_over(POLLS, tmp_path_factory.mktemp("round16a_polls"), settings)


def test_the_polls_a_story_cites_are_the_ones_it_names(polls):
    answer = polls.ask("what polls does the story on the mayor being damaged by the tram row cite")
    assert answer.found
    quotes = [x.quote for x in answer.excerpts]
    assert "Northern Gazette poll" in quotes[0]
    assert answer.excerpts[0].attribution is not None and "Northern Gazette" in answer.excerpts[0].attribution.text
    assert any("Civic Polling surveyed" in q for q in quotes[:3])
    assert any("poll for the Evening Star" in q for q in quotes[:3])
    # ... "a poll suggests" names no poll, and a councillor's words are no poll
    assert not any(q.startswith(("Most voters", "Councillor Tom Reed")) for q in quotes[:3])
