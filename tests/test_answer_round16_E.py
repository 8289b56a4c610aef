"""Abstention (round 16, helper E): "what sentence did X get" asks for a penalty, which a passage
that only tells the crime again does not give; "when did police catch X" asks when the police did
it, which a sentence on X's escape does not say; "how many were killed in the riots" is answered
by the sentence that gives the count naming the riots, not a count of another killing beside them;
and "what did X say about forced marriages in the Y community" is not answered from a story on the
community that never names forced marriages. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "mugged.txt": """MP robbed in park

An MP has had more than £600 and his passport stolen after being mugged by six men in a park in Wendham.

Mr Tom Ellery, 60, said the mugging happened at dusk near the cathedral.

He was not hurt in the mugging on Saturday evening.
""",
    "killer.txt": """Killer of Jo Crane jailed

In July Jo Crane's killer, Dan Mole, pleaded guilty to her murder and was jailed for at least 12 years.

Her family said the sentence was too short.
""",
    "escape.txt": """Patient escapes from secure unit

Ned Farrow, 36, escaped from police on Sunday after being allowed out of the high-security Carstairs unit.

Ms Ruth Marram said the escape of Mr Farrow was a matter for the unit.
""",
    "caught.txt": """Escaped prisoner caught

Police caught Sam Birtle on Friday in Lanark, two days after he escaped from Barlinnie.

Mr Birtle was taken back to prison on Saturday.
""",
    "vardonia.txt": """Ceasefire broken

President Gall Orro broke a ceasefire with rebels last week, bombing their positions and killing nine people, among them French soldiers. The decision to destroy the rebels' air force prompted riots against French and other foreign nationals in Vardonia.

The United Nations said it would send more peacekeepers.
""",
    "tarrow.txt": """Riots in Tarrow

Riots broke out across the city of Tarrow on Monday night after a disputed vote. Four people were killed in the riots, police said, and dozens were hurt.

The city's mayor appealed for calm.
""",
    "zardan.txt": """Pakistani women 'must not hide'

General Tarik Zardan has urged women in the British Pakistani community to play a full part in public life.

"My wife is travelling around. She is very religious but she is very moderate," said General Zardan.

He told the BBC the community in Britain had done well.
""",
    "weddings.txt": """Warning on forced marriages

Councillor Ann Pell has warned that forced marriages are still arranged in the Wendham community.

"Forced marriages ruin young lives and we must stop them," said Ms Pell.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round16e"), settings)


def test_a_sentence_asked_is_not_answered_by_the_crime_told_again(engine):
    answer = engine.ask("what sentence did the men who mugged tom ellery get")
    assert not answer.found


def test_a_sentence_asked_is_answered_by_the_jailing(engine):
    first = first_excerpt(engine, "what sentence did jo crane's killer get")
    assert "was jailed for at least 12 years" in first.quote
    assert first.attribution is None


def test_when_police_caught_someone_is_not_when_he_escaped(engine):
    answer = engine.ask("when did police catch ned farrow, the carstairs escapee")
    assert not answer.found


def test_when_police_caught_someone_is_told_by_the_catching(engine):
    first = first_excerpt(engine, "when did police catch sam birtle")
    assert "Police caught Sam Birtle on Friday" in first.quote
    assert first.attribution is None


def test_a_count_of_deaths_in_riots_is_not_a_count_of_another_killing_beside_them(engine):
    answer = engine.ask("how many people were killed in the riots against foreigners in vardonia")
    assert not answer.found


def test_a_count_of_deaths_in_riots_given_with_the_riots_answers(engine):
    first = first_excerpt(engine, "how many people were killed in the riots in tarrow")
    assert "Four people were killed in the riots" in first.quote
    assert first.attribution is not None and "police" in first.attribution.text.lower()


def test_a_story_on_the_community_alone_is_not_on_forced_marriages_in_it(engine):
    answer = engine.ask("what did zardan say about forced marriages in the british pakistani community")
    assert not answer.found


def test_forced_marriages_in_a_community_are_answered_where_the_story_names_them(engine):
    first = first_excerpt(engine, "what did ann pell say about forced marriages in the wendham community")
    assert "Forced marriages ruin young lives" in first.quote
    assert first.attribution.text == "Ann Pell"
