"""Round 19 E (unanswerable): a place the question names must be named by the answer's story (a
story on respite carers that never names Wales tells nothing of Wales); and a place in a
ranking ("did come first in Harlow") counts nothing asked by "how many". A small invented pack,
so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "carers.txt": """Minimum rate for respite carers

Respite carers are to be guaranteed a minimum allowance to help cover their costs, the government has announced.

Payment levels vary from area to area, with some carers getting just £50 a week for food and other costs.

Minister for Families Clara Bexley said new plans will ensure respite allowances would be as fair as possible.

About 40,000 children stay with respite families in the UK and carers have said they need more money.

Ms Bexley said: "Respite carers must not be out of pocket when caring for a child."
""",
    "ferries.txt": """Ferry fares to rise in Wales

Ferry fares across Wales will rise by 4% in April, the operator Celtic Link has said.

Celtic Link said fuel costs had doubled since last year.
""",
    "poll.txt": """Greens top the poll in Harlow

In last June's council elections, the Green Party failed to gain enough votes for a seat on the county council but did come first in Harlow.

Party leader Owen Marsh said the result showed the party could win anywhere.
""",
    "marston.txt": """Record vote for Liberals in Marston

In Marston the Liberal Party won 4,210 votes at the by-election, its best result in the county.

Agent Ruth Gale said the campaign had been the hardest she had fought.
""",
    "rail.txt": """Rail link for Wales approved

A new rail link between Cardiff and Swansea in Wales has been approved by ministers.

Work will begin next year, Transport for Wales said.
""",
    "schools.txt": """Schools in Wales to get new heads

Twelve schools in Wales will get new head teachers this autumn.

The education department in Wales said the posts had been hard to fill.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round19e"), settings)


def test_a_place_the_question_names_must_be_named_by_the_story(engine):
    # the carers' story never names Wales (other stories do): it answers nothing of Wales
    assert not engine.ask("what do respite carers in wales need").found
    assert not engine.ask("what allowance will respite carers in wales get").found
    # ... while of the UK, which it names, it answers
    first = first_excerpt(engine, "what do respite carers in the uk need")
    assert "carers have said they need more money" in first.quote
    assert first.attribution is None  # the story's own voice


def test_a_place_in_a_ranking_counts_nothing(engine):
    # "did come first in Harlow" is a place in a ranking, not a count of votes
    assert not engine.ask("how many votes did the green party get in harlow").found
    # ... while a count of votes answers
    first = first_excerpt(engine, "how many votes did the liberal party get in marston")
    assert "won 4,210 votes" in first.quote
    assert first.attribution is None
