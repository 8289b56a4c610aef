"""Round 15, helper B (event, relation): "what happened to <a thing> after <an event>" is answered
by the sentence on the thing, in the story that tells the event, not by the one that restates
the event; "what did X confirm (admit, deny) about T" by X's sentence that tells it by that verb; "when were
X's Ns Ved" asks when they were Ved (the participle is the deed, the noun before it what it was done to); "what did X do after <an
event>" by X's deed the story tells just after the event; "according to X('s book) <question>" is
the question, from that source. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "ferries.txt": """Minister caps ferry routes

Transport minister Alan Brisk has announced plans to limit the number of new ferry routes to the islands to six, in a move criticised by operators.

The plan ends hopes for up to 20 new crossings. Island councils welcomed the decision.

Shares in the island ferry operators Kelp Lines and Tern Shipping dropped sharply following the announcement.
""",
    "brewery.txt": """Brewery sale to go ahead

The Harwick brewery is to be sold to a Belgian group, Dumont, in a deal worth £40m.

At that point, Harwick will drop its name from the beers it sells abroad.

Dumont said the deal should close in the spring.
""",
    "dredging.txt": """Strike threat over dredging plans

The Harbour Board has confirmed it is reviewing the dredging contract for the river, prompting unions to threaten a strike.

"Dredging of the river needs to remain affordable and safe," the Harbour Board said in a statement.

Union leader Ray Collis said the river dredging crews would not accept lower pay.
""",
    "tarvin.txt": """Judge apologises to Tarvin Six

The Tarvin Six received their convictions for the warehouse fire in 1975.

In October 1998 the Court of Appeal quashed the sentences of the Tarvin Six after new evidence emerged.
""",
    "karsk.txt": """Karsk sanctions to be lifted

In 2000 General Olan Vesk visited the bridge at Karsk to meet rebel leaders.

In 2001, rebels blew up the bridge at Karsk, killing ten people.

In retaliation, General Vesk ordered an air strike on a rebel camp in the hills.
""",
    "harbourbook.txt": """Book tells of harbour board pact

Journalist Anna Keller's new book, Harbour Wars, was serialised in a Sunday paper.

The new book claims the harbour board chairman hosted a dinner in May 2003 where he told his deputy he would stand down within a year.
""",
    "beers.txt": """Beer names row

Drinkers in the town have campaigned to keep the Harwick name on local pubs.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round15b"), settings)


def test_what_happened_to_a_thing_after_an_event_is_the_sentence_on_the_thing(engine):
    first = first_excerpt(engine, "what happened to shares in ferry operators after brisk announced the limit on new routes")
    assert first.quote.startswith("Shares in the island ferry operators")
    assert first.attribution is None  # the story's own voice


def test_what_happens_to_a_name_once_a_deal_closes_points_back_to_the_deal(engine):
    first = first_excerpt(engine, "what happens to harwick's name once the dumont deal closes")
    assert first.quote == "At that point, Harwick will drop its name from the beers it sells abroad."
    assert first.attribution is None


def test_what_someone_confirmed_is_told_by_the_verb_asked(engine):
    first = first_excerpt(engine, "what did the harbour board confirm about river dredging")
    assert first.quote.startswith("The Harbour Board has confirmed it is reviewing the dredging contract")
    assert "Harbour Board" in first.attribution.text


def test_when_asked_in_the_passive_the_deed_is_the_participle(engine):
    first = first_excerpt(engine, "when were the tarvin six's convictions overturned")
    assert first.quote.startswith("In October 1998 the Court of Appeal quashed the sentences of the Tarvin Six")
    assert first.attribution is None


def test_what_someone_did_after_an_event_is_their_deed_told_after_it(engine):
    first = first_excerpt(engine, "what did olan vesk do after the rebels blew up the bridge at karsk")
    assert first.quote == "In retaliation, General Vesk ordered an air strike on a rebel camp in the hills."
    assert first.attribution is None


def test_a_source_named_before_the_question_is_read_as_named_after_it(engine):
    first = first_excerpt(engine, "according to anna keller's book what happened at the dinner the harbour board chairman hosted in may 2003")
    # (with the sentence before it, which names the book's author)
    assert "The new book claims the harbour board chairman hosted a dinner in May 2003" in first.quote
    assert first.attribution is None or first.attribution.text == "The new book"
