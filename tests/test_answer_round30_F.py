"""Round 30 (F): a name a relative "where" follows is a place, whatever kind the tagger gave it
("will visit Leicester South, where ...", the seat tagged a person), so "where is X campaigning on
Tuesday" is answered by the sentence that puts X there on Tuesday, not by the story's first place.
"What kind of election contest does X expect" asks the contest, not a "sort of" the answer prints,
and a contest may be told as a struggle; "how big a tax free allowance would X set" sizes the
allowance, not another figure of X's tax plan. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "tour.txt": """Harlow begins pre-election tour

Green Alliance leader Mary Harlow has begun a week-long tour to persuade voters her party is the real choice.

Ms Harlow is visiting constituencies in Kent and Sussex on Monday - coastal seats where her party hopes to gain ground. Her tour comes as the other leaders step up campaigning ahead of the general election. On Tuesday Ms Harlow will visit Leicester South, where her party's candidate came second last year.

Stops in Leeds and York are planned for later in the week.
""",
    "election.txt": """Harlow looks to election gains

Green Alliance leader Mary Harlow is looking to make gains at the general election.

She will not talk of a breakthrough, though some believe this election could see her party cross some sort of threshold. The general election would be a four-party struggle, as the older parties lose ground in the cities, she said.
""",
    "rural.txt": """Rural Party unveils local income tax plan

The Rural Party has set out how its local income tax would replace the council tax.

The Rural Party would raise income tax on those earning more than £90,000 to pay for free bus travel under its local income tax plan. The party says it would aim for a £6,000 tax-free personal allowance, or an £8,000 allowance for pensioners.
""",
    "budget.txt": """Council budget agreed

The council agreed its budget on Wednesday after a long debate.

Councillor Tom Reed said the budget would protect libraries.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round30f"), settings)


def test_where_on_a_weekday_is_the_place_of_that_day(engine):
    first = first_excerpt(engine, "where is harlow campaigning on tuesday")
    assert first.quote == "On Tuesday Ms Harlow will visit Leicester South, where her party's candidate came second last year."
    assert first.attribution is None


def test_where_on_another_weekday_keeps_that_days_place(engine):
    first = first_excerpt(engine, "where is harlow campaigning on monday")
    assert first.quote.startswith("Ms Harlow is visiting constituencies in Kent and Sussex on Monday")
    assert first.attribution is None


def test_what_kind_of_contest_asks_the_contest_not_a_sort_of(engine):
    first = first_excerpt(engine, "what kind of election contest does harlow expect")
    assert first.quote.startswith("The general election would be a four-party struggle")
    assert first.attribution is not None and first.attribution.text == "Mary Harlow"


def test_how_big_a_thing_sizes_that_thing(engine):
    first = first_excerpt(engine, "how big a tax free allowance would the rural party set under local income tax")
    assert first.quote == "The party says it would aim for a £6,000 tax-free personal allowance, or an £8,000 allowance for pensioners."
    assert first.attribution is not None and first.attribution.text == "The party"
