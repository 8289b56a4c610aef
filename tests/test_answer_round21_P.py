"""Round 21 P (said): in "what did Ann Cole say about Pratt's Sudan aid" the remark asked is on
Pratt's aid, not anyone's: in the topic of someone's remarks the possessive owner is kept (weighed
as an epithet, since a story about him may leave him implicit), not dropped as a one-word part of
a longer name ("North" + "Pacific"). Elsewhere ("what happened on Pratt's Sudan trip") the owner is
the story's subject and stays out, as before. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "sudan.txt": """Row over Sudan aid

Foreign minister Jim Pratt was criticised on Tuesday after he told MPs that Sudan could wait for aid.

Campaigner Ann Cole said: "The aid cuts to Sudan are a disgrace to the country."

The charity she runs has worked in the region for twenty years.

Ms Cole added: "Pratt has been heartless and wrong on aid to Sudan."
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("r21p"), settings)


def test_remark_on_the_owners_aid_comes_first(engine: Engine) -> None:
    ex = first_excerpt(engine, "what did Ann Cole say about Pratt's Sudan aid")
    assert "heartless and wrong" in ex.quote
    assert ex.attribution.text == "Ann Cole"


def test_owner_outside_a_remarks_topic_stays_out(engine: Engine) -> None:
    pratt = engine.actors.find_in("Jim Pratt")[0].actor.id
    assert f"actor:{pratt}" not in {c.label for c in engine.concepts("what happened with the papers on Pratt's Sudan trip")}
