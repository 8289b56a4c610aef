"""Abstention (round 15, helper E): "how much was X fined" asks what was, which a sum told as a
possibility ("it could be fined up to £5,000") does not give; "how much would A pay" is not
answered by a sum paid to A ("a $40 million fee to Vexel"); "how many votes" is not answered by
a share ("31% of the vote"); "what did X say about his reasons
for Y" asks why, which words that give no reason ("he will stand down") do not answer. A small
invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "calls.txt": """Party told to stop cold calls

The Harbour Party has been told to stop making automated cold calls to voters in Wendham.

The Information Office said the calls broke the rules on unsolicited marketing.

The party is appealing against the notice. If the appeal fails and it continues breaking the rules, it could be fined up to £5,000.
""",
    "fines.txt": """Trawler firm fined over catch

The trawler firm Calder Lines was fined £40,000 on Tuesday for landing cod over its quota.

The firm said it would not appeal against the fine.
""",
    "standdown.txt": """Veteran MP to stand down

Veteran Harbour Party MP Tom Ellery has said he will stand down at the next election.

Mr Ellery, who has represented Wendham since 1980, held several posts in the cabinet.
""",
    "ferries.txt": """Ferry fares to rise

Ferry fares in Wendham will rise by a tenth in May, for reasons of fuel cost, the operator said.

Passengers gave many reasons for their anger, chiefly the lack of notice.
""",
    "harbour.txt": """Harbour works delayed

Works on the Wendham harbour wall have been delayed for safety reasons.

The council gave no reason for the second delay, in March.
""",
    "portsale.txt": """Vexel to buy Yarrow ports

Yarrow has agreed to sell its port business to Vexel for $900 million.

The agreement with Vexel allows Yarrow to end the deal and accept a better offer by paying a $40 million breakup fee to Vexel.

Vexel said the sale would close in the spring.
""",
    "byelection.txt": """Harbour Party does well in Wendham

The Harbour Party won 31% of the vote in Wendham in last June's council elections - with Tom Ellery among their candidates for the ward.

The party said it would stand in every ward next year.
""",
    "turnout.txt": """Dock ballot turnout

Some 2,400 dock workers voted in the Calder ballot, the union said.

The union said 64% of members had backed the strike.
""",
    "peerage.txt": """Former leader takes seat in the Lords

Former party leader Ruth Marram has said she accepted a seat in the Lords because she wants to help pass the harbour bill.

Ms Marram said she had spoken to colleagues before taking the seat.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round15e"), settings)


def test_a_fine_that_could_be_is_not_the_fine_asked(engine):
    # nothing says what the party was fined: "it could be fined up to £5,000" is a possibility
    answer = engine.ask("how much was the harbour party fined by the information office over its cold calls")
    assert not answer.found
    assert all("could be fined" not in x.quote for x in answer.excerpts)


def test_a_fine_that_was_still_answers(engine):
    first = first_excerpt(engine, "how much was calder lines fined")
    assert "fined £40,000" in first.quote
    assert first.attribution is None


def test_a_sum_paid_to_the_payer_asked_is_not_what_they_pay(engine):
    # the $40 million fee goes to Vexel: the story never says what Vexel would pay Yarrow if the deal fell through
    answer = engine.ask("how much would vexel have to pay yarrow if the deal is blocked")
    assert not answer.found
    assert all("fee to Vexel" not in x.quote for x in answer.excerpts)


def test_a_sum_paid_by_the_payer_asked_still_answers(engine):
    first = first_excerpt(engine, "how much would yarrow have to pay vexel to walk away for a better offer")
    assert "$40 million breakup fee to Vexel" in first.quote
    assert first.attribution is None


def test_a_share_does_not_count_what_how_many_asks(engine):
    # "31% of the vote" is a share of the votes: nothing says how many votes the party got
    answer = engine.ask("how many votes did the harbour party get in wendham")
    assert not answer.found
    assert all("31% of the vote" not in x.quote for x in answer.excerpts)


def test_a_count_beside_a_share_still_answers_how_many(engine):
    first = first_excerpt(engine, "how many dock workers voted in the calder ballot")
    assert "2,400 dock workers voted" in first.quote
    assert first.attribution.text == "the union"


def test_words_that_give_no_reason_do_not_tell_why(engine):
    # Mr Ellery says he will stand down, and why nowhere
    answer = engine.ask("what did tom ellery say about his reasons for standing down")
    assert not answer.found
    assert all("will stand down" not in x.quote for x in answer.excerpts)


def test_words_that_give_a_reason_still_tell_why(engine):
    first = first_excerpt(engine, "what did ruth marram say about why she took a seat in the lords")
    assert "because she wants to help pass the harbour bill" in first.quote
    assert first.attribution.text == "Ruth Marram"
