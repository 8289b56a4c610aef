"""Abstention (round 14, helper E): what a person said is what they say, not words quoted beside
a mention of them; "how much" asks for a sum or a size, which a count of things in a small
number word ("the two bodies") is not; "how many X jobs" counts jobs, and a sum ("a $40 million
fee") counts nothing. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "ferrystrike.txt": """Ferry strike talks collapse

Talks to end the ferry strike in Wendham collapsed on Monday after six hours.

Union organiser Carol Pellow had led the crews' side at the talks.

Crews chanted "no sell-out" over the ferry strike as Mrs Pellow was led out of the harbour office.

The ferry company said the crews' pay claim could not be met this year.
""",
    "duchies.txt": """MPs quiz aides over royal income

Senior officials at the two bodies generating private income for the King and the Prince of Marsh are to be questioned by MPs.

Aides from the Duchy of Fenwick and the Duchy of Marsh will appear before the Commons Public Accounts Committee.

Duchy officials, who will appear before the committee on Monday, are only responsible for generating money.

The Duchy of Fenwick provides the King's private income, while the Duchy of Marsh provides the Prince's annual income.
""",
    "ferrysale.txt": """Vexel to buy Yarrow ferries

Yarrow has agreed to sell its ferry business to Vexel for $900 million.

The agreement with Vexel allows Yarrow to end the deal and accept a better offer by paying a $40 million breakup fee to Vexel.

Vexel said the sale would close in the spring.

The Wendham ferries carried two million passengers last year.

Unions fear ferry jobs in Wendham will be cut back.
""",
    "ukip.txt": """Candidate quits over party link

A prospective candidate for the Harbour Party (HP) has resigned after admitting a "brief attachment" to the Dock League.

Nicholas Ormsby-Vane, who had been selected to fight the Wendham seat, quit after reports in a newspaper.
""",
    "schools.txt": """Rich pupils far likelier to reach college

Pupils from well-off homes in Wendham are six times more likely to go to college than those from the poorest streets, a report says.

The report, drawn from school records, said the gap had not closed in ten years.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round14e"), settings)


def test_words_quoted_beside_a_mention_are_not_what_the_person_said(engine):
    # Mrs Pellow is only named beside the words the crews chanted: she says nothing
    answer = engine.ask("what did carol pellow say about the ferry strike")
    assert not answer.found
    assert all("no sell-out" not in x.quote for x in answer.excerpts)


def test_a_count_of_things_in_words_is_no_sum_asked(engine):
    # "the two bodies" counts the bodies, it is not the income asked about
    answer = engine.ask("how much income does the duchy of fenwick generate for the king")
    assert not answer.found
    assert all("two bodies" not in x.quote for x in answer.excerpts)


def test_a_multiple_in_words_still_answers_how_much(engine):
    # guard: "six times more likely" is how much likelier
    first = first_excerpt(engine, "how much more likely are pupils from well-off homes to go to college than the poorest")
    assert "six times more likely" in first.quote
    assert first.attribution is not None and "report" in first.attribution.text


def test_a_sum_counts_no_things_asked_how_many(engine):
    # "a $40 million breakup fee" is a sum: its "million" counts no jobs
    answer = engine.ask("how many yarrow jobs will vexel cut after the deal")
    assert not answer.found
    assert all("breakup fee" not in x.quote for x in answer.excerpts)


def test_a_person_described_in_the_sentence_still_says_it(engine):
    # guard: "A prospective candidate ... has resigned after admitting" is Ormsby-Vane's own admission
    first = first_excerpt(engine, "what did ormsby-vane admit about the dock league")
    assert first.quote.startswith("A prospective candidate for the Harbour Party (HP) has resigned after admitting")
    assert first.attribution is None  # the sentence names him only by his description
