"""Round 21 Y (why-questions): "why did X resign?" is declined when the pack never tells X
resigning, whichever of the pack's spellings of X's name the question uses ("Dorian" in one
story, "Dorien" in another): the check of the deed asked must hold for every actor the
question's name stands for, not only the one most mentioned. A small invented pack, so every
expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "joins.txt": """New defection to the Candour party

A second London Assembly member, Dorian Pellow, has joined the Candour party, leader Graham Kettle said.

Mr Pellow said Mr Kettle had made him deputy leader of Candour.

Mr Pellow said the law was clear that members elected on a list who quit their party should keep their seats.
""",
    "launch.txt": """Kettle launches Candour party

Graham Kettle has launched his new party, Candour, in London.

He was joined by Dorien Pellow, who is now the party's deputy leader.

Dorien Pellow will stand for the party in London, Mr Kettle said.

Dorien Pellow said the party would fight every seat.
""",
    "quits.txt": """Hartley quits Candour

Assembly member Lena Hartley has resigned from the Candour party because she opposed its policy on tax.

Ms Hartley said she had left because the party had broken its promises.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round21y"), settings)


@pytest.mark.parametrize("question", [
    "why did dorian pellow resign from candour",
    "why did dorien pellow resign from candour",
])
def test_a_deed_never_told_of_any_spelling_of_the_name_is_declined(engine, question):
    a = engine.ask(question)
    assert not a.found, [x.quote for x in a.excerpts[:2]]


def test_a_deed_told_is_still_answered_with_its_reason(engine):
    ex = first_excerpt(engine, "why did lena hartley resign from candour")
    assert "because" in ex.quote
