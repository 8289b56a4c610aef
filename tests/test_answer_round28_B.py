"""Round 28 B (said, other): what a question words otherwise than the story.

- "where the party is competing": a contest, or its contenders, is where a party competes
  ("the contest is between Labour and the Greens").
- "the explanatory booklet": forty pages printed "to try and explain" the plan are one.
- "donations in q4 2003": the short form of a year's quarter is "the final quarter of 2003".
- "Ms Reed's flooding claims": a reply to someone's claims follows them told in that person's
  own words ("Ms Reed said ..."), which are the scene of the reply, not another voice's news.

A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "seats.txt": """Greens plan three-way fight

The Green Party will stand a candidate in every seat in the county at the next election, its leader Tom Hardwick has announced.

He said: "This is three-way politics now. In the market towns, the contest is between the Liberals and the Greens."

Mr Hardwick also promised cheaper buses for rural villages.

He said the party had raised more money than ever before.
""",
    "leaflet.txt": """Council defends housing leaflet

The council has sent every household a new booklet on its housing plan.

Opposition leader Anna Pryce said the plan would cost far more than the council admits.

"The council had to print forty pages to try and explain this simple plan to residents," she said.

"Who are they trying to fool?"

Ms Pryce also called for a vote on the new library.
""",
    "flood.txt": """Farmer to sue over flood damage

A farmer whose fields were flooded for six months plans to sue the water board, it is reported.

Jane Reed claimed in a local paper that a water board engineer opened the sluice gates during the storm.

Ms Reed, 54, from Marsh End, said her whole harvest had been lost.

Environment chief Peter Dunmore said he would not be ordering an inquiry and that the reports were not accurate.

Her lawyer said the case would be heard next spring.

A water board spokesman said he could not comment on the work of its engineers.

Mr Dunmore later told a local radio station: "We will look at the drainage of the whole valley."

The valley has flooded four times in ten years.

Its river was last dredged in 1998.

Farmers in the area grow mostly wheat and barley.

Many of them rent their land from the county.

The storm in March brought a month's rain in two days.

Roads into the valley were closed for a week.

The water board runs eleven sluices on the river.

Its annual report is due in the autumn.
""",
    "gifts.txt": """Party gifts rise before election

The Green Party received more than £2m in donations in the final quarter of 2003, new figures show.

The Liberals received £800,000 over the same three months.

The figures were published by the Electoral Commission on Tuesday.
""",
    "roads.txt": """County roads budget set

The county will spend more on roads next year.

Peter Dunmore said the new budget would fill every pothole by the summer.

He said: "Our roads have been neglected for too long."
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round28b"), settings)


def test_where_a_party_competes_is_the_contest_it_names(engine):
    x = first_excerpt(engine, "what did tom hardwick say about where the greens are competing")
    assert "the contest is between the Liberals and the Greens" in x.quote
    assert x.attribution is not None and "Hardwick" in x.attribution.text


def test_an_explanatory_booklet_is_one_that_tries_to_explain(engine):
    x = first_excerpt(engine, "what did anna pryce say about the explanatory booklet")
    assert "to try and explain this simple plan" in x.quote
    assert x.attribution is not None and "Pryce" in x.attribution.text


def test_a_reply_to_someones_claims_follows_their_own_words(engine):
    x = first_excerpt(engine, "what did peter dunmore say about jane reed's sluice claims")
    assert "would not be ordering an inquiry" in x.quote
    assert x.attribution is not None and "Dunmore" in x.attribution.text


def test_q4_is_the_final_quarter_of_the_year(engine):
    x = first_excerpt(engine, "how much did the greens take in donations in q4 2003")
    assert "more than £2m in donations in the final quarter of 2003" in x.quote
