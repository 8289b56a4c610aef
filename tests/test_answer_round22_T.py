"""Round 22 T (event): "what did the tribunal decide about X" is answered by the story's sentence
that tells the decision as the decider's ("..., the Land Tribunal has ruled"), however few of the
question's words it repeats, before another's comment that shares more of them. A small
invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "grazing.txt": """Hill farmers win grazing case

The council's grazing rules unfairly penalised hill farmers in Wensleydale, the Land Tribunal has ruled.

The rules had stopped the farmers from grazing sheep on the common above Hawes since 2001.

Campaign group Fellwatch said hill farmers grazing sheep on the common land were forty times more likely to be fined than lowland farmers grazing sheep.

The council said it would study the ruling.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round22t"), settings)


@pytest.mark.parametrize("question", [
    "what did the land tribunal decide about hill farmers grazing sheep on the common land",
    "what has the land tribunal decided about hill farmers grazing sheep on the common land",
])
def test_a_decision_is_told_as_the_deciders(engine: Engine, question: str) -> None:
    ex = first_excerpt(engine, question)
    assert "the Land Tribunal has ruled" in ex.quote
    assert "Fellwatch" not in ex.quote
