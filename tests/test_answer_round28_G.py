"""Round 28 G (abstention): what the pack lacks that the question presupposes.

"What did the High Court decide on the Kelbury runway challenge", over a story that tells only the
challenge begun and a campaigner's words before the hearing, is declined: no passage names the
court deciding or tells a decision made. A story that tells the ruling ("the High Court ruled")
still answers. "What did Edna Marlow die of", over "his wife Edna died aged 88", asks for a cause
the pack never gives; "died of a stroke" gives one. "Which party won the school mock election",
like "who won" it, is not answered by "a role he won in 2002" in a story on schools. "What did
Retailworkers say about shops opening on Boxing Day", over its words on Christmas Day and New
Year's Day in a story that never prints "Boxing", is declined: a day named by its name is that
day; its words on Christmas Day still answer a question on Christmas Day.
A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "runway.txt": """Villagers take runway fight to court

Campaigners against a second runway at Kelbury airport have begun their challenge in the High Court.

Groups challenging the runway plans include Save Kelbury Fields and the parish councils of Arnby and Tolworth.

"We know the runway challenge will be hard because the courts have never before overturned an airport plan," said Save Kelbury Fields chairman Owen Pell.
""",
    "quarry.txt": """Quarry plan thrown out

The High Court has ruled that the Marston quarry expansion was unlawful.

Villagers had argued the quarry expansion challenge was about the safety of their homes.
""",
    "marlow.txt": """Former minister Lord Marlow dies

Former minister Lord Marlow has died at his home in Kent, just weeks after his wife Edna died aged 88.

Colleagues said he had never recovered from the death of his wife Edna.
""",
    "trew.txt": """Profile: Dan Trew

Dan Trew is one of the party's rising stars.

Elected in a safe Labour seat in 2001 his previous job was school standards minister - a role he won in May 2002.
""",
    "festive.txt": """Union backs festive shop closures

Shop workers should not have to work on Christmas Day and New Year's Day, a union has said.

The Retailworkers union said shop staff should be able to enjoy a break with their families.

Retailworkers general secretary Jane Orton added: "Christmas Day and New Year's Day are special days and the fact that shops do not open is an important part of making them special."
""",
    "pike.txt": """Veteran MP dies

Veteran MP Harold Pike died of a stroke at his home in Leeds on Sunday.

He served the city for 30 years.
""",
    "mock.txt": """Pupils cast votes in mock poll

Pupils at 1,500 schools are taking part in the Vote Ahead mock election this week.

Results of the school mock election will be published next month.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round28g"), settings)


def test_a_case_begun_tells_no_decision(engine):
    a = engine.ask("what did the high court decide on the kelbury runway challenge")
    assert not a.found, [x.quote for x in a.excerpts]


def test_a_ruling_asked_by_its_noun_without_one_told_is_declined(engine):
    a = engine.ask("what was the high court ruling on the kelbury runway challenge")
    assert not a.found, [x.quote for x in a.excerpts]


def test_a_decision_told_answers(engine):
    x = first_excerpt(engine, "what did the high court decide on the marston quarry expansion")
    assert "ruled that the Marston quarry" in x.quote


def test_a_death_told_without_its_cause_does_not_say_what_of(engine):
    a = engine.ask("what did edna marlow die of")
    assert not a.found, [x.quote for x in a.excerpts]


def test_a_cause_of_death_told_answers(engine):
    x = first_excerpt(engine, "what did harold pike die of")
    assert "died of a stroke" in x.quote


def test_which_party_won_needs_the_contest_asked_won(engine):
    a = engine.ask("which party won the vote ahead mock elections in schools")
    assert not a.found, [x.quote for x in a.excerpts]


def test_words_on_other_days_are_not_on_the_day_named(engine):
    a = engine.ask("what did retailworkers say about shops opening on boxing day")
    assert not a.found, [x.quote for x in a.excerpts]


def test_words_on_the_day_named_answer(engine):
    x = first_excerpt(engine, "what did jane orton say about shops opening on christmas day")
    assert "Christmas Day" in x.quote
