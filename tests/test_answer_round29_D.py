"""Round 29 D. Stance: "where's X on Y" (a name, then "on" a topic, no verb between) asks where
X stands on Y, as "where does X stand on Y" does; and what another body says X would do ("a
Labour spokesperson said: 'the Liberal Democrats would ...'") is that body's charge, not X's
plan, so X's own sentence comes first; and "the powers are needed to stop attacks" gives why the
powers are needed, as "in order to" does; "where do the council election spending figures come
from" asks the figures' source, as "where do the figures on ... come from" does. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over
from bot.answer import Engine

ARTICLES = {
    "debts.txt": """Ministers back freeze on flood debts

Ministers have backed a plan to freeze the debts of countries hit by the floods.

Chancellor Tom Brennan said the freeze would give the worst-hit countries time to rebuild. Conservative leader Harold Vane also backed the proposals but said ministers had been slow to act.
""",
    "farmers.txt": """Liberal Democrats target the farm vote

The Liberal Democrats have launched a campaign to win the votes of farmers.

The Liberal Democrats say cutting fuel duty wins them support among farmers. Ahead of the launch, a Labour spokesperson said: "Like the Tories, the Liberal Democrats would put up the tax on diesel and close the door to farmers with small holdings."
""",
    "curfew.txt": """Curfew plan faces first vote

Plans to let Home Secretary Jane Ferris place suspects under curfew without trial face their first vote in Parliament.

Ms Ferris says the powers are needed to stop attacks on railways. She said the old laws had failed because cases against suspects took years to reach court.
""",
    "spending.txt": """Greens outspent rivals in council poll

The Green Party outspent both Labour and the Conservatives in the council elections, new figures show.

The Greens spent £2.1m on the campaign. Labour's campaign cost £1.5m and the Conservatives' £1.1m, according to figures published by the Elections Office on Tuesday.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("r29d"), settings)


def test_wheres_x_on_a_topic_asks_where_x_stands(engine):
    a = engine.ask("wheres harold vane on freezing debts of flood hit countries")
    assert a.found and a.intent == "stance"
    assert "Harold Vane also backed the proposals" in a.excerpts[0].quote


def test_where_one_is_on_holiday_is_no_stance(engine):
    assert engine.ask("where is harold vane on holiday").intent != "stance"


def test_another_bodys_charge_is_not_xs_plan(engine):
    a = engine.ask("what are the liberal democrats promising farmers")
    assert a.found and a.intent == "stance"
    assert a.excerpts[0].quote.startswith("The Liberal Democrats say cutting fuel duty")


def test_what_a_thing_is_needed_to_do_is_why_it_is_needed(engine):
    a = engine.ask("why does ferris say she needs the curfew powers")
    assert a.found
    assert a.excerpts[0].quote.startswith("Ms Ferris says the powers are needed to stop attacks")


def test_where_the_x_figures_come_from_asks_their_source(engine):
    a = engine.ask("where do the council election spending figures come from")
    assert a.found and a.intent == "source_of"
    assert "according to figures published by the Elections Office" in a.excerpts[0].quote
