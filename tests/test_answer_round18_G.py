"""Round 18, G (stance): a stance X shares with another ("The Greens and the Nationalists have
called for ...") tells X's own less than a sentence where X holds it alone ("A judge should look
into ..., the Greens say"); where X holds it only jointly, the shared sentence still answers.
A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "harbour.txt": """Harbour contract row should end - Greer

The harbour minister, Alan Greer, said the row over the Calder harbour dredging contract should end.

The Greens and the Nationalists have called for a second inquiry into the award of the Calder harbour dredging contract to a Norwegian firm.

Mr Greer said the first inquiry had cleared his officials of any wrongdoing.
""",
    "greens.txt": """Greens demand new inquiry

A judge should look into the harbour contract as key questions remain unanswered, the Greens say.

Green spokesman Tom Hale said there was a strong case for a judge-led review of the award.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round18g"), settings)


def test_a_stance_held_alone_outranks_one_shared_with_another(engine):
    first = first_excerpt(engine, "what do the greens want done about the harbour dredging contract")
    assert first.quote.startswith("A judge should look into the harbour contract")
    assert "Greens" in first.attribution.text
    assert "Nationalists" not in first.attribution.text


def test_a_stance_held_only_jointly_still_answers(engine):
    # (a guard: it passes on the old code too)
    first = first_excerpt(engine, "what do the nationalists want done about the harbour contract")
    assert first.quote.startswith("The Greens and the Nationalists have called for a second inquiry")
    assert "Nationalists" in first.attribution.text
