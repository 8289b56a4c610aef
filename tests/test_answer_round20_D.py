"""Round 20, helper D (other questions): a sentence whose only figures are spans of time or
sums counts nothing, whatever it names; a sentence that opens on "It" (after "But" or "And")
goes on about the thing the sentence before opened on, a common noun too, and one it called by
the head noun of its full name ("The Act", after "the Harbour Safety Act"); "which bylaws" is
answered by a sentence that names a bylaw, in the singular too. A small invented pack, so
every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "clerks.txt": """Ferry ticket sale 'every 40 seconds'

Ferry ticket staff are sometimes expected to sell a ticket every 40 seconds, islanders have said.

Union official Ann Vale said: "Ticket clerks are expected to deal with a ferry ticket sale in about 40 seconds, which is surely too little time to check the passes."

The harbour board said it would review the rules.
""",
    "bylaws.txt": """Council rushes to beat the recess

The town council is likely to name 9 June as the start of its summer recess, the Kelmouth Echo has learned.

Reporter Tom Ellery says the mayor will ask councillors on 2 June to adjourn the chamber at the end of that week.

A council spokeswoman would only say: "The mayor will adjourn the chamber when she wants to adjourn it."

The council needs its rates bylaw, covering the budget plans, to be passed before the chamber closes for the summer.

But it will also seek to push through its Harbour Parking Bylaw and Dog Licence Bylaw.

"As soon as the chamber is back, the mayor asks councillors to adjourn the chamber and we're off," Mr Ellery said.
""",
    "wall.txt": """Harbour wall repairs approved

The harbour wall has needed repairs since the storms of 1990, engineers say.

Spending on the harbour wall repairs reached £1m in 1995, the engineers added.

The town council met on Monday to set its budget.

But it will also spend £2m on the harbour wall repairs next year, the mayor said.
""",
    "safety.txt": """'Few ready' for boat safety law

Hundreds of fishing boats are ill-prepared for the Harbour Safety Act, due to come into force next month, say skippers.

From next month any inspector will have the power to board a boat in the harbour.

The Act comes into effect in Kelmouth and Portwenn on 1 May.

It gives inspectors a right of entry to about 300 fishing boats, subject to some exemptions.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round20d"), settings)


def test_a_span_of_time_counts_nothing_whatever_it_names(engine):
    # "deal with a ferry ticket sale in about 40 seconds" names a ticket, but counts seconds
    answer = engine.ask("how many ferry tickets is each ticket clerk supposed to sell")
    assert not answer.found
    assert all("40 seconds" not in x.quote for x in answer.excerpts)


def test_it_after_but_goes_on_about_the_thing_the_sentence_before_opened_on(engine):
    # "The town council met on Monday ... But it will also spend £2m": the council spends it,
    # not the engineers' 1995 figure, which covers less of the question
    first = first_excerpt(engine, "how much will the council spend on harbour wall repairs")
    assert first.quote == "But it will also spend £2m on the harbour wall repairs next year, the mayor said."
    assert first.attribution.text == "the mayor"


def test_which_bylaws_is_answered_by_a_sentence_that_names_a_bylaw(engine):
    # not the spokeswoman's words on adjourning, which name no bylaw
    first = first_excerpt(engine, "which bylaws does the council want to push through before the chamber is adjourned")
    assert first.quote == "But it will also seek to push through its Harbour Parking Bylaw and Dog Licence Bylaw."
    assert first.attribution is None


def test_it_goes_on_about_the_thing_named_in_full_before_by_its_head_noun(engine):
    # "The Act comes into effect ... It gives inspectors a right of entry to about 300 fishing
    # boats": "It" is the Harbour Safety Act; the skippers' "Hundreds of fishing boats are
    # ill-prepared" counts the boats not ready, not those the Act covers
    first = first_excerpt(engine, "how many fishing boats does the harbour safety act cover")
    assert first.quote == "It gives inspectors a right of entry to about 300 fishing boats, subject to some exemptions."
    assert first.attribution is None
