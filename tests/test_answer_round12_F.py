"""Round 12 (stance): a body is found under any of its names where the index missed a mention;
a word ranking the pledge ("flagship", "main") is no part of its owner's name; what a side says
it would do, on most of the topic, voices its plan. A small invented pack, so every expectation
is exact."""

from __future__ import annotations

import sqlite3

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine
from bot.answer.question import parse

ARTICLES = {
    "buses.txt": """Greens unveil transport manifesto

The Green Party has launched its transport manifesto in Leeds.

The Green Party says bus fares have doubled in a decade, according to its figures.

The Green Party are promising to cut bus fares for pensioners and students.

Labour said the sums did not add up.
""",
    "fuel.txt": """Greens target winter fuel

Pensioners are being offered warmer homes by the Green Party.

The Green Party says the plans could save the average pensioner £90 and cut winter deaths.

The Green Party would allow people to swap these winter fuel payments for cheaper loft insulation.

The government gives £200 for winter fuel to households with people over 60.
""",
    "rail.txt": """Lib Dems set out rail policy

The Lib Dems have set out their policies on the railways.

The Liberal Democrats said rail fares had risen sharply, and blamed the rail companies.

The Liberal Democrats are promising to bring the railways back into public ownership within five years.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round12f"), settings)


def test_a_word_ranking_the_pledge_is_not_part_of_its_owner():
    assert parse("what's the greens' flagship pledge on buses").who == "the greens"
    assert parse("what are labour's main concerns about the bill").who == "labour"
    # ... but a name's own possessive stays: the children's commissioner is who is asked
    assert parse("what are the children's commissioner's plans").who == "the children's commissioner"


def test_the_owner_of_a_flagship_pledge_is_asked_and_answered(engine):
    first = first_excerpt(engine, "what is the green party's flagship pledge on bus fares")
    assert first.quote.startswith("The Green Party are promising to cut bus fares")
    assert first.attribution is not None and "Green Party" in first.attribution.text


def test_what_a_side_would_do_on_most_of_the_topic_is_its_plan(engine):
    # "would allow people to swap these winter fuel payments" is the proposal, though it does not
    # say "pensioners"; "the plans could save the average pensioner" only names the plans
    first = first_excerpt(engine, "what is the green party proposing to do with pensioners' winter fuel payments")
    assert first.quote.startswith("The Green Party would allow people to swap these winter fuel payments")
    assert first.attribution is not None and "Green Party" in first.attribution.text


@pytest.fixture(scope="module")
def missed(tmp_path_factory, settings) -> Engine:
    """The pack, its index missing the mention of the Greens in the sentence of their promise."""
    folder = tmp_path_factory.mktemp("round12f_missed")
    engine_over(ARTICLES, folder, settings)
    con = sqlite3.connect(folder / "pack.db")
    with con:
        con.execute("DELETE FROM mentions WHERE sentence_id IN (SELECT id FROM sentences"
                    " WHERE text LIKE 'The Liberal Democrats are promising%')")
    con.close()
    return Engine(folder / "pack.db", settings)


def test_a_body_is_found_by_another_of_its_names_where_the_index_missed_it(missed):
    # asked as "the tories", told as "The Liberal Democrats are promising ..."
    first = first_excerpt(missed, "what are the lib dems promising on the railways")
    assert first.quote.startswith("The Liberal Democrats are promising to bring the railways back into public ownership")
    assert first.attribution is not None and "Liberal Democrats" in first.attribution.text
