"""Round 24 G (abstention): what the pack lacks that the question presupposes.

"Her first novel" is not answered by a passage on her second and third novels: a place in a row
the passage gives only for others of the row. "How much does X earn from Kestrel Systems" asks
the pay of that body: a passage that never names it gives the pay of other work. "Who is X's
father" asks someone other than X ("Father-of-two Mr Karimi" is X himself), and "who was X's
barrister" needs a passage that names someone beside the word, not one that only speaks of "the
barrister who had represented" him. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "register.txt": """Pryce's six-figure earnings shown

MPs' outside earnings have been published in the latest register of members' interests.

Former transport minister Tom Ashby makes up to £400,000 a year - partly because of speeches and radio work.

Mr Ashby is also a non-executive director of the engineering group Kestrel Systems.

The register also shows novelist MP Joan Pryce declaring a £90,000 advance for her second and third novels.

The Edinburgh MSP Dan Reid earns up to £20,000 a year from the law firm Hale Brodie, where he is a partner.
""",
    "custody.txt": """Families win custody death case

Relatives of six Iraqis who died in British custody have won the right to an inquiry.

Father-of-two Mr Karimi, 31, a taxi driver, was arrested with six men at a garage in Mosul in May 2004.

Ali Karimi died in custody two days later, the court heard.
""",
    "burglar.txt": """Minister defends householder law

The home secretary has defended the law on householders who tackle burglars.

The barrister who had represented Mr Dunn had said the rules were "weighted overwhelmingly" against the householder, said Mr Walsh.

Farmer Ken Dunn was jailed for shooting a burglar at his farm in 2001.

Ken Dunn's solicitor, Mary Oakes, said he would appeal against the ruling.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round24g"), settings)


def test_another_place_in_a_row_does_not_answer(engine):
    a = engine.ask("how big was joan pryce's advance for her first novel")
    assert not a.found, [x.quote for x in a.excerpts]


def test_the_place_in_the_row_asked_answers(engine):
    x = first_excerpt(engine, "how big was joan pryce's advance for her second and third novels")
    assert "£90,000" in x.quote


def test_pay_from_a_body_the_passage_never_names_is_not_answered(engine):
    a = engine.ask("how much does tom ashby make from kestrel systems")
    assert not a.found, [x.quote for x in a.excerpts]


def test_pay_from_the_body_named_answers(engine):
    x = first_excerpt(engine, "how much does dan reid earn from hale brodie")
    assert "£20,000" in x.quote


def test_a_persons_father_is_not_the_person(engine):
    a = engine.ask("who is ali karimi's father")
    assert not a.found, [x.quote for x in a.excerpts]


def test_a_persons_barrister_must_be_named(engine):
    a = engine.ask("who was ken dunn's barrister")
    assert not a.found, [x.quote for x in a.excerpts]


def test_a_persons_solicitor_named_beside_the_word_answers(engine):
    x = first_excerpt(engine, "who is ken dunn's solicitor")
    assert "Mary Oakes" in x.quote
