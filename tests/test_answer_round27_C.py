"""Round 27 C (event): "where did X make his remarks" asks where the words were given: the
occasion or the outlet that carried them ("Ms Hale was speaking at a farming conference", "Mr
Ortiz told BBC Radio Wales's Good Morning Wales programme") comes before a sentence whose only
place is one the words speak of ("... works in the courts of other countries"). A small invented
pack, so every expectation is exact; "where is X going after the interview" still asks where X goes.

And "when did X become Y" is told by the sentence that says X was elected, appointed or made Y ("Sir
Ian was made chief constable in March 2003"), when none says X became it. And "how are X and Y
connected" is told by the sentence that calls one the other's opposite number or counterpart."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "ortiz.txt": """Minister 'wrong' on flood defences

The government is wrong to cut spending on flood defences, a senior European official says.

Carlos Ortiz, the EU environment commissioner, says stronger flood barriers make a difference in the river towns of other European countries.

Mr Ortiz told BBC Radio Wales's Good Morning Wales programme: "Flood barriers make a difference, it would be foolish not to build them."

Mr Ortiz's remarks come a day after Environment Secretary Joan Pryce said the money would be spent on other defences instead.
""",
    "hale.txt": """Hale attacks 'rural neglect'

Farming minister Anna Hale has said rural schools and bus services should be protected in Labour's manifesto, after years of rural neglect.

Ms Hale was speaking at a farming conference organised by the National Farmers Union.

She said villages had been neglected for too long. Her remarks were welcomed by the Countryside Alliance.
""",
    "parfitt.txt": """Police chief made Sir Ian

Sir Ian Parfitt, the chief constable of Wessex police, has been knighted in the New Year honours.

Sir Ian was made chief constable in March 2003 following a police career which began in 1979.

He said the honour belonged to every officer in the force.
""",
    "ferries.txt": """Cole urged to quit over ferry cuts

Shadow transport secretary Ruth Ashby says Martin Cole should resign if the island ferry cuts go ahead.
""",
    "harbours.txt": """Tories attack harbour plans

Transport Secretary Martin Cole has defended plans to close three harbours.

Shadow transport secretary Ruth Ashby called the plans reckless.

The transport secretary was responding to an urgent question from his Tory opposite number Mrs Ashby.
""",
    "tour.txt": """Dunmore to tour the north

Prime Minister Alan Dunmore said in an interview with the Gazette that he was proud of the new hospital.

Mr Dunmore travels on to Carlisle on Friday for the opening of the hospital.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round27c"), settings)


def test_where_remarks_were_made_is_the_outlet_that_carried_them(engine):
    x = first_excerpt(engine, "where did ortiz make his flood barrier remarks")
    assert x.quote.startswith("Mr Ortiz told BBC Radio Wales's Good Morning Wales programme")


def test_where_remarks_were_made_is_the_occasion_they_were_made_at(engine):
    x = first_excerpt(engine, "where did hale make her rural neglect remarks")
    assert "speaking at a farming conference" in x.quote


def test_an_interview_that_only_dates_a_journey_is_no_place_asked(engine):
    x = first_excerpt(engine, "where is dunmore going after the interview")
    assert "Carlisle" in x.quote


def test_a_post_become_is_told_by_being_made_it(engine):
    x = first_excerpt(engine, "when did ian parfitt become chief constable")
    assert x.quote.startswith("Sir Ian was made chief constable in March 2003")


def test_an_opposite_number_ties_the_two(engine):
    x = first_excerpt(engine, "martin cole and ruth ashby - how are they connected")
    assert "opposite number" in x.quote
