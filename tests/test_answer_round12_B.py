"""Round 12, helper B (events and relations): a small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine
from bot.answer.question import parse

ARTICLES = {
    "towns.txt": """Safer towns plan marks its first year

The Home Office said the safer towns plan had cut disorder in forty towns in its first year.

Police have seized alcohol from 300 street drinkers and shut twelve unlicensed bars since the plan began.

Councils said they wanted more money for wardens.
""",
    "ballot.txt": """Pupils to vote in mock poll

Some 300 schools have signed up for the Young Voters Mock Ballot 2009 run by a charity.

The mock ballots will take place around 4 June, the date of the European elections.

Organisers said turnout among pupils was high last time.
""",
    "rural.txt": """Minister sets date for Africa report

The Commission for Africa's report will be released on 3 June, the minister has said.

He will chair a meeting of the Commission for Africa in Accra next week.

The final meeting of the commission - which includes author Maya Penrose - was held in York.

Maya Penrose said village schools were the heart of the countryside.
""",
    "mill.txt": """Brantwood Mills agrees sale to Ostler Group

Brantwood Mills has agreed to sell its weaving business to Ostler Group for £40m.

At the closing, Brantwood Mills will sell the shares of its weaving subsidiary to Ostler Group.

After that, Brantwood Mills will change its name to one without "Mills" in it.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round12b"), settings)


def test_a_deed_asked_before_a_plan_word_asks_the_deed_not_a_stance():
    # "what have police done about X under the plan": the verb that comes first decides; the
    # plan is the frame, not the police's intention (nor is "police done about ..." a speaker)
    p = parse("what have police done about street drinkers under the safer towns plan")
    assert p.intent == "happened" and p.who == "police"


def test_what_police_have_done_under_a_plan_is_their_deed(engine):
    first = first_excerpt(engine, "what have police done about street drinkers under the safer towns plan")
    assert "seized alcohol from 300 street drinkers" in first.quote
    assert first.attribution is None


def test_a_year_in_a_name_does_not_say_when(engine):
    # "the Young Voters Mock Ballot 2009" names the scheme; "around 4 June" is when it is held
    first = first_excerpt(engine, "when are the school mock ballots going to be held")
    assert first.quote.startswith("The mock ballots will take place around 4 June")
    assert first.attribution is None


def test_a_body_named_once_is_then_the_head_word_of_its_name(engine):
    # "the Commission for Africa" is then "the commission": the sentence tying her to it
    first = first_excerpt(engine, "maya penrose and the commission for africa")
    assert "the commission - which includes author Maya Penrose" in first.quote
    assert first.attribution is None


def test_once_the_sale_closes_says_when_not_what_is_done():
    # "what will X do with its name once the sale closes": the name is what is done to
    p = parse("what will brantwood mills do with its name once the ostler sale closes")
    assert p.intent == "stance" and p.topic == "its name"


def test_what_a_firm_will_do_once_a_sale_closes_is_told_by_the_thing_asked(engine):
    first = first_excerpt(engine, "what will brantwood mills do with its name once the ostler sale closes")
    assert first.quote.startswith("After that, Brantwood Mills will change its name")
    assert first.attribution is None
