"""Round 29 C (event, relation). "When did the Millbrook rail crash happen" is not answered by a
sentence that names the crash "in 1999" in passing when a sentence of the same story gives the
day of that year ("The accident, on 4 March 1999, happened when ..."): the day comes first.

And "how are Keane and Darrow linked" is told first-hand by one of the two speaking of the other
("Ann Westbury, Paul Darrow and myself were all class of '83", Mr Keane said), not by a third
offering the two as alternatives ("whether voters chose Paul Darrow or Mr Keane") nor by one where
the two only do as a third did.

And "when will Orrin come back to Parliament over the report" asks when she returns there: "come
back to" a place is a return as "come back" alone is ("would return to Parliament early in the new
year"), not a coming and a backing. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "crash.txt": """Millbrook rail bosses go on trial

A rail firm and four railway managers are to go on trial for manslaughter over the Millbrook rail crash in 1999.

Four people died and more than 70 were injured in the crash.

The accident, on 4 March 1999, happened when the Bristol to York express, near Millbrook, came off the tracks at 100 mph, derailed by a cracked rail.

The trial is expected to last a year.
""",
    "choice.txt": """Westbury warns of Tory risk

Prime Minister Ann Westbury has warned voters they face a clear choice at the election.

Mrs Westbury said that whether voters chose Paul Darrow or Mr Keane, it would bring a weaker economy.
""",
    "congrats.txt": """Town celebrates royal wedding

Crowds gathered in the town square to celebrate the wedding.

Ann Westbury said she was "delighted" for the couple and offered her congratulations, as did Tory leader Paul Darrow and Liberal leader Hugh Keane.
""",
    "trust.txt": """Keane questions trust in leaders

Liberal leader Hugh Keane says voters have lost trust in politicians.

"1983 was when I was first elected as an MP - so Ann Westbury, Paul Darrow and myself were all class of '83," Mr Keane said.
""",
    "rail.txt": """Orrin defends rail subsidy

The transport secretary has defended her decision to keep the rail subsidy despite a damning report by auditors.

The National Audit Office said the subsidy had failed to cut fares. New Transport Secretary Jane Orrin said she would study the report with care and would return to Parliament early in the new year with proposals.

Labour said the subsidy should be scrapped at once.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round29c"), settings)


def test_the_day_of_the_year_says_when_before_the_year_named_in_passing(engine):
    x = first_excerpt(engine, "when did the millbrook rail crash happen")
    assert x.quote.startswith("The accident, on 4 March 1999, happened")


def test_one_of_the_two_speaking_of_the_other_ties_them_first_hand(engine):
    x = first_excerpt(engine, "how are keane and paul darrow linked")
    assert x.quote.startswith('"1983 was when I was first elected')
    assert x.attribution is not None and "Keane" in x.attribution.source


def test_coming_back_to_a_place_is_a_return(engine):
    x = first_excerpt(engine, "when will orrin come back to parliament over the subsidy report")
    assert "would return to Parliament early in the new year" in x.quote
