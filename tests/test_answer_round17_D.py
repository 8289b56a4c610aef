"""Round 17 D: "by how much" asks what "how much" asks; raising a thing ("raise the budget") is
its increase, told as a share as often as a sum, not money raised; a clause after "but" that
carries the story's own hedge ("is thought to") is not the earlier speaker's; money "put aside"
is money "set aside"; "X's party drop him" asks of the party, the verb no part of what X has;
"on account of" gives a reason. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "ferries.txt": """Ferry bookings climb

Harbour managers at Kelport claimed that an increase in bookings from Norway and Denmark did not amount to local families being squeezed out.

Bookings from Norway and Denmark rose by 14% between March and the previous year, up 2,100 to 17,100.

The ferry company said it would add a second evening sailing in the summer.
""",
    "canal.txt": """Canal fund set for spring

Waterways officials have said there will not be a rescue package this year, but Mrs Okafor is thought to have about £3m left in the canal fund.

Mrs Okafor, the waterways minister, will visit the Elsmere locks next week.
""",
    "floods.txt": """Council answers flood critics

Responding to the spring review, councillor Ian Ruddock attacked the cost of the new headquarters.

Mr Hale confirmed he was setting aside another £2m for the defences at Ashby and Tolley.

Mr Ruddock said the money should have been found months ago.
""",
    "levy.txt": """Ministers reject harbour levy plan

The harbour board's proposal would mean a 12% rise in the port budget, Mrs Okafor said.

Ministers said the £40m levy was not up for negotiation.
""",
    "branch.txt": """Councillor Ruth Danby loses seat fight

Councillor Ruth Danby, who led the revolt over the harbour levy, has lost her seat.

Danby's branch committee in Elmfield, which she had chaired for ten years, deselected her as a result of that revolt.
""",
    "bridge.txt": """Kelport bridge reopens

Dubbed "the Iron Harp" on account of its sixty steel cables, the Kelport swing bridge reopened to traffic on Monday.

Repairs to the deck took eight months.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round17d"), settings)


def test_by_how_much_asks_for_the_size_of_the_change(engine):
    # the sentence with the figure, not the speaker's remark that shares the topic's words
    first = first_excerpt(engine, "by how much did bookings from norway and denmark go up")
    assert "rose by 14%" in first.quote
    assert first.attribution is None


def test_a_hedged_clause_after_but_is_the_storys_not_the_speakers(engine):
    first = first_excerpt(engine, "how much is okafor thought to have left in the canal fund")
    assert "about £3m left in the canal fund" in first.quote
    assert first.attribution is None  # not "Waterways officials": the "is thought" is the story's


def test_what_the_speaker_said_before_but_stays_theirs(engine):
    # (a guard: the clause before "but" is still the officials' word)
    first = first_excerpt(engine, "will there be a canal rescue package this year")
    assert "will not be a rescue package" in first.quote
    assert first.attribution.text == "officials"


def test_money_put_aside_is_money_set_aside(engine):
    # (without the phrase, "put" is a word no sentence holds, and nothing covers enough to answer)
    first = first_excerpt(engine, "how much extra did hale put aside for ashby and tolley in the spring review")
    assert "Mr Hale confirmed he was setting aside another £2m" in first.quote
    assert "Hale" in first.attribution.text


def test_raising_a_thing_is_its_increase_not_money_raised(engine):
    first = first_excerpt(engine, "how much would the harbour board's proposal raise the port budget")
    assert "a 12% rise in the port budget" in first.quote
    assert "Okafor" in first.attribution.text


def test_a_verb_and_its_object_are_no_part_of_the_thing_owned(engine):
    # "drop" is what the committee did, not a word an answer must hold: the reason is told as "deselected"
    first = first_excerpt(engine, "why did danby's elmfield branch committee drop her")
    assert "deselected her as a result of that revolt" in first.quote
    assert first.attribution is None


def test_on_account_of_gives_a_reason(engine):
    first = first_excerpt(engine, "why was the kelport swing bridge called the iron harp")
    assert "on account of its sixty steel cables" in first.quote
    assert first.attribution is None
