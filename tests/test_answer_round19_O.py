"""Round 19, helper O (other questions): a story's news and the figure told in its next
sentence answer together; a number counts the words right after it, not across a comma; a
'why' is answered by a sentence that gives a reason before one that gives none; 'how long did
it go on' asks how long it lasted. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "fares.txt": """Ferry fees to rise in June

The Kelmouth ferry fee will rise in June, the harbour board said.

Adults must pay at least £7.40 a crossing, up from £6.90, while pupils will pay £3.10.

The board said the number of crossings had grown since the fare was introduced in 1999.

A £3 ferry fee was introduced last June for pensioners, but carers are exempt.

A further increase in the rate to £7.90 is provisionally scheduled for 2027.
""",
    "views.txt": """Ferry fees: your views

As the owner of a shop on the island, I found the last rise in the ferry fee in June cost my shop an extra £500 a year.

I take the ferry every day and I am happy to pay a fair price.
""",
    "repairs.txt": """Harbour repairs pile up

The harbour board began its inquiry into the boatyard after it became clear that, despite a simpler system for new repairs in 2003, a backlog of repairs was building up.

The board's chairman, Tom Ellery, said the yard would be given a year to improve.
""",
    "holt.txt": """Holt rejects call for bigger fee cuts

Mayor Jane Holt has dismissed fears from some councillors that her plans for £2m harbour fee cuts are too modest.

She defended the package, saying it was a plan for the council's first budget and she hoped to be able to go further.

Interviewed on Kelmouth Radio, Ms Holt said: "I am being attacked on one side by people who think the harbour fee cuts should be bigger and on the other by people who want none."
""",
    "siege.txt": """Author recalls the long siege

Writer Alan Pryor says the town has lived through worse than the new curfew.

The siege of Kelmouth lasted 43 days, but the town remained free.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round19o"), settings)


def test_the_news_and_the_figure_told_next_answer_together(engine):
    # not a reader's "last rise ... cost my shop an extra £500", which covers as much but says
    # nothing of the adult fee; the story's news and its next sentence say all of it
    first = first_excerpt(engine, "what will the adult ferry fee rise to in june")
    assert "The Kelmouth ferry fee will rise in June" in first.quote
    assert "Adults must pay at least £7.40 a crossing" in first.quote
    assert first.attribution is None


def test_a_year_before_a_comma_counts_nothing(engine):
    # "new repairs in 2003, a backlog of repairs" is no size of the backlog
    answer = engine.ask("how big is the boatyard repairs backlog")
    assert not answer.found
    assert all("2003" not in x.quote for x in answer.excerpts)


def test_why_a_sentence_that_gives_a_reason_comes_first(engine):
    # not her radio words, which say she is attacked from both sides and give no reason
    first = first_excerpt(engine, "why won't jane holt promise bigger harbour fee cuts")
    assert first.quote.startswith("She defended the package, saying it was a plan for the council's first budget")
    assert first.attribution.text == "Jane Holt"


def test_how_long_did_it_go_on_asks_how_long_it_lasted(engine):
    first = first_excerpt(engine, "how long did the kelmouth siege go on for, says pryor")
    assert first.quote == "The siege of Kelmouth lasted 43 days, but the town remained free."
    assert first.attribution is None
