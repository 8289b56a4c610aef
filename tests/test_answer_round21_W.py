"""Round 21 W (who said): a first-person piece's unattributed "we"/"us" sentence is its writer's;
"a third term" is the term after the second, no share of anything; a speaker's quote may call
what the claim is about "those" or "she", named in a sentence just before it. A small invented
pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "curfew.txt": """Curfew powers condemned by novelist

Ministers have defended plans for a night curfew in city centres.

But novelist Edmund Carrow tells BBC News of his personal response to the plan.

My reaction is simple.

I have lived in this city for sixty years.

My point is, the city has always coped without becoming a police state.

We have coped with disorder without turning our streets into barracks.

But that is what the Harwick government now seeks to do - build a police state to shield us from the vandals.

I was born here in 1950.
""",
    "milburn.txt": """Delcourt sets out third term vision

Labour's campaign chief Oren Delcourt has set out what a third term would mean for schools.

"There is a glass ceiling on ambition in this country," Mr Delcourt said.

"In our third term we will smash it," he added.
""",
    "salmon.txt": """Cheap salmon puzzles fishmongers

Fresh salmon fillets usually sell for £20 a kilo at the Brinley market.

Fishmonger Ada Quist said there was little room for a profit at the supermarket's price.

"They might be selling those as loss leaders just to get shoppers through the doors," Ms Quist said.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round21w"), settings)


def test_a_first_person_piece_is_its_writers(engine):
    first = first_excerpt(engine, "who said the harwick government is building a police state to shield us from vandals")
    assert first.quote.startswith("But that is what the Harwick government now seeks to do")
    assert first.attribution is not None and "Carrow" in first.attribution.text


def test_a_third_term_is_no_share(engine):
    first = first_excerpt(engine, "who said a third labour term would smash the glass ceiling on ambition")
    # not the lead's "what a third term would mean", as if a third were a share of something
    assert first.quote.startswith('"There is a glass ceiling on ambition')
    assert first.attribution is not None and "Delcourt" in first.attribution.text


def test_a_quote_may_call_the_claims_subject_those(engine):
    first = first_excerpt(engine, "who reckons the cheap salmon may be a loss leader to pull shoppers in")
    assert "loss leaders" in first.quote
    assert first.attribution is not None and "Quist" in first.attribution.text


def test_an_unsaid_claim_is_still_declined(engine):
    assert not engine.ask("who said the cheap salmon had been caught illegally by trawlers").found
