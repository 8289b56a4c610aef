"""Round 23 G (abstention): "how much did X pay for Y" asks a sum that was paid. A passage whose
only figure is offered ("a $3 billion takeover offer") or still to come ("the $4.8 billion will
be paid to ...") does not say what was paid, so the question is declined; a price paid still
answers. "Did X appeal his sentence", "has the escapee been caught" ask whether a deed was done:
a passage that never tells it (or only as wished, "would rather go to jail") does not answer,
one that tells it done or refused does. "How much has X given the Liberals" asks of a gift to
them: a story that never names them tells of a gift to another party. A small invented pack, so
every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "pixlo.txt": """Pixlo chief explains buying spree

Orbitel chief executive Dana Kovac has given a rare glimpse of how the company chooses what to buy.

It was not clear why those methods failed with Quibly founder Ravi Sen, who famously rebuffed a $3 billion takeover offer from Orbitel in 2016.

Orbitel paid $2 billion to buy the games maker Tessel last year.

Ms Kovac said the company would keep looking for young firms.
""",
    "halcyon.txt": """Halcyon sells its web arm

Halcyon is selling its web business to Marlow Telecom.

If only Halcyon had bought Quibly instead of Dravo, analysts say.

Because it is a sale of a subsidiary, the $4.8 billion will be paid to Halcyon.

Shareholders will not get a vote on the deal.
""",
    "ford.txt": """Killer jailed for murder of shop worker

Shop worker Nina Bolt was killed in her flat in Dunmore last spring.

In July her killer, Peter Vane, pleaded guilty to her murder and was jailed for at least 15 years.

The court heard Vane had been drinking all day.

Her family said they were relieved the case was over.
""",
    "escape.txt": """Patient escapes from secure hospital

A patient has escaped from the Hollin secure hospital, police have said.

Officers said the escape of Mr Reid was a matter for the hospital.

Local MSP Ann Gray said she would ask the executive for answers.

Some, such as 83-year-old neighbour Edna Pike, said they would rather go to jail than pay the new charge.
""",
    "debate.txt": """No TV debate, says mayor

Mayor Tom Hale has ruled out taking part in a televised debate with his rivals before the election.

Carl Rooke appealed against his driving ban last month, the council said.

His rivals said the mayor was afraid of the voters.
""",
    "gift.txt": """Penrose's Green election gift

Science Minister Lord Penrose has made a £2m donation to the Green Party for its election fund.

It is the latest hefty donation to the party by the billionaire - he has given more than £10m since 1999.

Party secretary Jo Kemp said it was a fantastic gift.
""",
    "liberals.txt": """Liberal Party picks new leader

The Liberal Party has chosen Sam Ode as its new leader.

Mr Ode said the Liberal Party would fight every seat.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round23g"), settings)


def test_a_sum_offered_or_to_come_is_not_a_price_paid(engine):
    a = engine.ask("how much did orbitel pay to buy quibly")
    assert not a.found, [x.quote for x in a.excerpts]


def test_a_price_paid_still_answers(engine):
    x = first_excerpt(engine, "how much did orbitel pay to buy tessel")
    assert "$2 billion" in x.quote


def test_a_sum_still_to_be_paid_is_not_a_price_paid(engine):
    a = engine.ask("how much did marlow pay to buy halcyon's web business")
    assert not a.found, [x.quote for x in a.excerpts]


def test_a_deed_never_told_is_not_answered(engine):
    a = engine.ask("did peter vane appeal his sentence for murdering nina bolt")
    assert not a.found, [x.quote for x in a.excerpts]


def test_a_deed_only_wished_is_not_answered(engine):
    a = engine.ask("did edna pike actually end up in jail")
    assert not a.found, [x.quote for x in a.excerpts]


def test_a_deed_told_done_answers(engine):
    x = first_excerpt(engine, "did carl rooke appeal his driving ban")
    assert "appealed against his driving ban" in x.quote


def test_a_deed_refused_answers(engine):
    x = first_excerpt(engine, "did mayor tom hale agree to a televised debate before the election")
    assert "ruled out" in x.quote


def test_a_gift_to_another_party_is_not_a_gift_to_the_one_asked(engine):
    a = engine.ask("how much has lord penrose donated to the liberal party")
    assert not a.found, [x.quote for x in a.excerpts]


def test_a_gift_to_the_party_asked_answers(engine):
    x = first_excerpt(engine, "how much has lord penrose given the green party")
    assert "£2m" in x.quote
