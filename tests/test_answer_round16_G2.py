"""Round 16, helper G2 (stance): X is the subject of the word of the stance across a phrase set
off by commas ("Fiona Hale, for the Greens, called on ...") and as the first of two verbs joined
by "and" ("Mr Dorran will also praise ... and call for ..."). A small invented pack, so every
expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "ferry.txt": """Ferry fares row on Arranmore

Green councillor Fiona Hale said ferry fares to Arranmore had risen by a third since the new operator took over the ferry route.

She wants ferry fares shown at the pier.

Fiona Hale, for the Greens, called on the council to cap ferry fares for island residents.

The operator said ferry fares paid for the new boat.
""",
    "flood.txt": """Flood defences speech

Party leader Colm Dorran will speak in Lisburn on Saturday about flood defences.

Mr Dorran said flood defences along the Lagan had failed twice in a decade and homes in the valley were hard to insure.

Mr Dorran will also praise the sandbag volunteers of last winter and call for new flood defences to be paid from the roads budget.

He wants flood defences checked every spring.

Local farmers said flood defences were a matter for the county.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round16g2"), settings)


def test_x_set_off_by_a_phrase_in_commas_is_still_who_calls(engine):
    # "She wants ferry fares shown" is X's direct want too, but "Fiona Hale, for the Greens,
    # called on" is as direct, and its subject is named
    first = first_excerpt(engine, "what does fiona hale want done about ferry fares")
    assert first.quote.startswith("Fiona Hale, for the Greens, called on the council to cap ferry fares")
    assert first.attribution.text == "Fiona Hale"


def test_x_is_who_calls_in_the_second_of_two_verbs_joined_by_and(engine):
    first = first_excerpt(engine, "what does colm dorran want done about flood defences for homes")
    assert first.quote.startswith("Mr Dorran will also praise the sandbag volunteers of last winter and call for")
    assert first.attribution.text == "Colm Dorran"
