"""Round 26 D. Sources: a poll the story credits only by its kind ("a new survey") is cited by
whom its sentence says it was done for; asked which paper, a sentence that says the paper
carried the words ("was quoted in the Herald newspaper saying") credits the paper; and "who
else does the story on X cite" asks for those besides X. A small invented pack, so every
expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "phones.txt": """Drivers 'back mobile phone ban'

Seven out of 10 drivers want a total ban on using mobile phones at the wheel, a new survey carried out for the RAC suggests.

The survey comes after Transport Secretary Alan Drury promised tougher penalties for motorists caught using a phone.

Road safety campaigner Mary Tolland said the findings showed the public was ahead of the government.
""",
    "harbour.txt": """Harbour candidate quits over remark

A Liberal council candidate has stood down after being quoted as wanting to "sell off the harbour".

Mr Pell was quoted in the Herald newspaper saying: "We plan to sell the harbour to the highest bidder."

Council leader Jean Marsh said the remark showed the party's true plans.
""",
    "lighthouse.txt": """Pritchard defends lighthouse closures

The closure of six lighthouses will not put sailors at risk, Environment Minister Owen Pritchard has said.

Coastguard union official Gareth Lloyd said the decision would cost lives.

Retired harbour master Brian Tate said modern satellite navigation had made most lighthouses redundant.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round26d"), settings)


def test_a_bare_poll_is_cited_by_whom_it_was_done_for(engine):
    x = first_excerpt(engine, "what survey does the story on drivers backing a phone ban cite")
    assert x.quote.startswith("Seven out of 10 drivers want a total ban")
    assert "RAC" in x.attribution.text


def test_which_paper_credits_the_paper_that_carried_the_words(engine):
    x = first_excerpt(engine, "which paper quoted pell on selling the harbour")
    assert x.quote.startswith("Mr Pell was quoted in the Herald newspaper")
    assert "Herald" in x.attribution.text


def test_who_else_leaves_out_whom_the_question_names(engine):
    x = first_excerpt(engine, "who else does the story on pritchard and the lighthouse closures cite")
    assert x.attribution is not None
    assert "Pritchard" not in x.attribution.text
