"""Round 30 E: which story a topic names, when two headlines hold its words alike."""

from __future__ import annotations

import pytest

from bot.answer import Engine
from tests.answer_helpers import engine_over, first_excerpt

ARTICLES = {
    "operator.txt": """Marlport Holdings support ahead of court battle

UK harbour operator Marlport Holdings has reiterated its support for the government's plans ahead of a High Court challenge from campaigners.

The firm is to face a challenge in the High Court next month from campaigners against a new quay.

"We will continue to consult on compensation schemes which go beyond our obligations," a Marlport Holdings spokesman said.

Harbour Action chairman Peter Hollis said: "The firm has ignored the people who live beside the harbour."
""",
    "protest.txt": """Protesters plan harbour challenge

Campaigners against the second quay Marlport Holdings wants at the harbour are to go to the High Court to challenge the plans.

Lord Benfield, leader of the county council, said: "We want a judge to rule there should be a proper inquiry."

Marlport Holdings has said it cannot raise the money from current charges.

The campaigners will say the court should stop the quay.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round30e"), settings)


def test_the_story_whose_headline_names_the_body_asked_about(engine):
    # both headlines hold two of the topic's words; the one naming the operator is its story
    x = first_excerpt(engine, "who does the story on marlport holdings and the harbour court challenge quote")
    assert x.article.title == "Marlport Holdings support ahead of court battle"
    assert "compensation schemes" in x.quote and x.attribution.source == "a Marlport Holdings spokesman"


FIGURES = {
    "toll.txt": """Minister details Wessex flood toll

At least four people from Wessex died in the floods in Portugal and two more are missing, the first minister has told the assembly.

The figures came out during a statement by Ann Corrie to the assembly on Tuesday. She sent the assembly's sympathy to the families of the victims. She said the provisional figures on the dead and missing had been provided by the police.

Ms Corrie said the disaster appeal had raised £2m.
""",
    "aid.txt": """Floods 'will not divert aid'

The prime minister has said the Portugal floods will not divert aid from Africa.

He added he would give new figures on the number of British people killed in the floods to parliament on Monday.

He said the relief effort was going well.
""",
}


@pytest.fixture(scope="module")
def figures_engine(tmp_path_factory, settings) -> Engine:
    return engine_over(FIGURES, tmp_path_factory.mktemp("round30e_figures"), settings)


def test_where_figures_came_from_is_the_sentence_crediting_them(figures_engine):
    x = first_excerpt(figures_engine, "where did the figures on wessex people killed in the floods come from")
    assert "provided by the police" in x.quote and x.attribution.source in ("the first minister", "Ann Corrie")


DATES = {
    "poll.txt": """Premier prepares to name poll date

The premier is likely to name 7 June as election day when the assembly returns from its break.

Speculation has mounted since the chancellor set out his Budget plans.

A spokeswoman for the premier would only say: "He will announce an election when he wants to."
""",
    "budget.txt": """Chancellor names 9 April for Budget

Chancellor Ruth Varley will deliver her Budget to the assembly on 9 April, the Treasury has announced.

Opposition finance spokesman Owen Tarrant said: "The Budget will be all about buying votes."
""",
}


@pytest.fixture(scope="module")
def dates_engine(tmp_path_factory, settings) -> Engine:
    return engine_over(DATES, tmp_path_factory.mktemp("round30e_dates"), settings)


def test_a_headline_giving_a_day_of_a_month_tells_the_date(dates_engine):
    x = first_excerpt(dates_engine, "who does the budget date story quote")
    assert x.article.title == "Chancellor names 9 April for Budget"
    assert "buying votes" in x.quote and x.attribution.source == "Owen Tarrant"
