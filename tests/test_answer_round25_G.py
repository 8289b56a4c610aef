"""Round 25 G (abstention): what the pack lacks that the question presupposes.

"The $12.49 salmon deal" names its deal by its sum: a quote whose story never prints the sum
near it (nor in its headline or opening) is on something else. "Helen Marsh, whose first husband
was killed in a car crash, confirmed ..." gives her husband's death in the story's words,
describing her, not in hers. "The Moldovan prime minister" is whoever holds that post, not "a
spokesman for the Moldovan embassy". A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "salmon.txt": """Cheap salmon shows grocer's strategy

A wild salmon promotion at Harbour Market has caught the eye of the fishing trade.

The chain was bought by a large online retailer last year and has been cutting prices since.

Its stores have lowered the price of eggs, beef and bread over the past few months.

Harbour Market chief executive Dana Whitlock said in a memo that the difference between the chain's two store brands had become less important.

Analysts expect the chain to open more stores in the coming year.

Fishermen worry that the cuts will push down what they are paid for their catch.

Most of the boats that supply the chain are based in Alaska and Washington state.

This month the chain has been selling Pacific salmon at $12.49 a pound, far below the usual price for wild fish.

"I was amazed to see a price that low," said Omar Bell, a salmon buyer based in Tacoma.
""",
    "vote.txt": """Minister defends mining safety bill

The energy minister has defended the mining safety bill ahead of a Commons vote.

Several Labour MPs are expected to rebel when the bill returns to the Commons next week.

Helen Marsh, whose first husband was killed in a car crash in Wales, confirmed she would vote against the bill.

She said the bill did too little to protect miners who work underground.

Ministers say the bill is the biggest change to mining law for forty years.
""",
    "returns.txt": """Child asylum seekers to face returns

Young asylum seekers from Moldova could be sent home under plans being drawn up by the Home Office.

Officials are working on a scheme to return children whose claims fail to Moldova.

A spokesman for the Moldovan embassy in London said it was the first it had heard of the scheme.

Refugee groups said the plans would put vulnerable children at risk.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round25g"), settings)


def test_a_sum_never_printed_near_the_quote_is_not_its_topic(engine):
    a = engine.ask("what did dana whitlock say about the $12.49 salmon deal")
    assert not a.found, [x.quote for x in a.excerpts]


def test_a_quote_beside_the_sum_answers(engine):
    x = first_excerpt(engine, "what did omar bell say about the $12.49 salmon price")
    assert "amazed to see a price that low" in x.quote


def test_the_storys_description_of_a_speaker_is_not_what_they_said(engine):
    a = engine.ask("what did helen marsh say about her first husband's death in a car crash")
    assert not a.found, [x.quote for x in a.excerpts]


def test_what_the_described_speaker_said_still_answers(engine):
    x = first_excerpt(engine, "what did helen marsh say about the mining safety bill")
    assert "vote against the bill" in x.quote or "too little to protect miners" in x.quote


def test_a_countrys_post_is_not_its_embassy_spokesman(engine):
    a = engine.ask("what did the moldovan prime minister say about plans to return child asylum seekers")
    assert not a.found, [x.quote for x in a.excerpts]


def test_the_embassy_asked_still_answers(engine):
    x = first_excerpt(engine, "what did the moldovan embassy say about plans to return child asylum seekers")
    assert "first it had heard of the scheme" in x.quote
