"""Round 30 P (abstention): a count of the dead asked, over a pack that tells no deaths; the time
of a deed asked, over a pack that never tells it done.

"How many people were killed in the Dunmore riots" asks how many died: "nearly 300 people were
injured" counts others, and the obituary of the judge who led the riots inquiry ("has died aged
91") tells a death but no count of the dead. A story that tells the dead answers ("Four people
died when ..."), and so does a speaker who gives the count after the deaths ("the number of
people killed by floods ... it's less than 50").
"When did Dan Arlow fly to Vienna for the security talks" takes the flight as done: "Dan Arlow
sent a senior military official to Vienna on Tuesday" tells the time of another deed, and the pack
never tells him gone; "when did Ashby and Corran sign the pay deal" is answered by "signed the pay
deal on 4 May".
A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "judge.txt": """Lord Halloran, 91, dies peacefully

Distinguished lawyer Lord Halloran, who conducted the inquiry into the 1983 Dunmore riots, has died aged 91.

During the following three days of disturbances in Dunmore, nearly 300 people were injured and shops were set alight.

His report called for more recruits to the police from ethnic minorities.
""",
    "crash.txt": """Rail firm faces trial over Kelso crash

A rail firm is to go on trial over the Kelso rail crash in 2001.

Four people died when a section of rail broke and a train derailed near Kelso.

The firm denies the charges. It completed repairs to the line within a month.
""",
    "floods.txt": """Minister compares flood and fire deaths

The environment minister has compared deaths in floods with deaths in house fires.

"If you look at the number of people killed by floods since 2000, it's less than 50," Minister Anna Price said.

She said fire alarms saved more lives than flood walls. A new flood wall in Kelso was completed last year.
""",
    "talks.txt": """Arlow sends envoy to Vienna

Prime Minister Dan Arlow sent a senior military official to Vienna on Tuesday for security talks on the border.

The talks are expected to last two days, officials said.
""",
    "deal.txt": """Unions sign pay deal

Ashby and Corran signed the pay deal on 4 May, after months of talks with employers.

The pay deal covers some 40,000 staff in hospitals and schools.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round30p"), settings)


def test_a_count_of_the_injured_does_not_answer_how_many_were_killed(engine):
    a = engine.ask("how many people were killed in the dunmore riots")
    assert not a.found, [x.quote for x in a.excerpts]


def test_a_count_of_the_dead_answers(engine):
    x = first_excerpt(engine, "how many people were killed in the kelso rail crash")
    assert x.quote.startswith("Four people died")


def test_a_count_given_after_the_deaths_answers(engine):
    x = first_excerpt(engine, "how many people have been killed by floods since 2000")
    assert "less than 50" in x.quote
    assert x.attribution is not None and "Anna Price" in x.attribution.text


def test_the_time_of_a_deed_told_done_answers(engine):
    x = first_excerpt(engine, "when did ashby and corran sign the pay deal")
    assert "on 4 May" in x.quote


def test_the_time_of_another_deed_of_the_same_people_is_declined(engine):
    a = engine.ask("when did dan arlow fly to vienna for the security talks")
    assert not a.found, [x.quote for x in a.excerpts]
