"""Round 12, helper A: who puts a view is who answers 'who <verb>ed ...', even when the story
tells it without a verb of saying ("Jane Holloway questioned the value of road tolls"). A small
invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "tolls.txt": """Road tolls plan for Midford

The council said road tolls would be charged on the Midford ring road from May to cut congestion.

Former transport minister Jane Holloway questioned the value of road tolls as a means of cutting congestion.

Drivers in Midford will pay £3 a day under the scheme.
""",
    "harbour.txt": """Harbour budget rises

Finance chief Peter Lomax confirmed he was setting aside another £40m for the harbour works in Wexmouth.
Mr Tanner compared that new cost with the £30m needed for the whole of the old canal scheme.

The works are due to end in 2009, the harbour board said.
""",
    "vote.txt": """Mayor hails referendum result

Mayor Ruth Calloway welcomed the referendum result on the new tram line.

"Midford has spoken. The rest of the region should listen," the mayor said in an interview with the Midford Courier.

The tram line is due to open in 2012.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round12a"), settings)


def test_a_named_subject_who_questions_a_claim_is_who_doubted_it(engine):
    first = first_excerpt(engine, "who doubted the value of road tolls for cutting congestion")
    assert "Jane Holloway questioned the value of road tolls" in first.quote
    assert first.attribution is not None and "Holloway" in first.attribution.text


def test_of_two_told_next_sentences_the_one_who_compares_answers_who_compared(engine):
    first = first_excerpt(engine, "who compared the new harbour money with what the whole old canal scheme cost")
    assert "Mr Tanner compared that new cost" in first.quote
    assert first.attribution is not None and "Tanner" in first.attribution.text


def test_a_quotation_is_shown_from_where_it_opens(engine):
    first = first_excerpt(engine, "who said the rest of the region should listen now midford has voted")
    assert first.quote.startswith('"Midford has spoken. The rest of the region should listen,"')
    assert "Calloway" in first.attribution.text
