"""Round 17 V (events): what happened, or what someone did, is told by the story in its own
voice; of sentences that cover the question alike, that telling answers before a speaker's
words on it. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "hale.txt": """Hale gift for Greens

Baroness Hale has made a £1m donation to the Green Party for its election fund.

Baroness Hale added: "I am glad to make this contribution to the election fund of the Green Party because it alone has the vision the country needs."

The party's treasurer, Tom Pike, said the money would pay for posters.
""",
    "ferry.txt": """Ferry plan dropped

Islanders on Skye will keep their boat service all year round.

Councillor Ann Reid said: "The Skye ferry meeting was a shambles from the start."

At the Skye ferry meeting, plans to close the route in winter were shelved.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("r17v"), settings)


def test_what_someone_gave_is_the_storys_report_of_the_gift_not_their_words_on_it(engine):
    first = first_excerpt(engine, "what did baroness hale give the green party for the election")
    assert "has made a £1m donation" in first.quote
    assert first.attribution is None
    # ... while a question for her words still gets them
    first = first_excerpt(engine, "what did baroness hale say about the green party election fund")
    assert "I am glad to make this contribution" in first.quote
    assert "Hale" in first.attribution.text


def test_what_happened_at_an_event_is_the_storys_report_not_a_speakers_view_of_it(engine):
    first = first_excerpt(engine, "what happened at the skye ferry meeting")
    assert "were shelved" in first.quote
    assert first.attribution is None
