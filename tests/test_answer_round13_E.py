"""Counting questions (round 13, helper E): a year the question names may be set by the story
that tells the figure; "the <outlet> piece on X" is the pack's story on X when the outlet's own
page is on something else. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "harbourvote.txt": """Harbour board deal faltered in 1987

The Dockers failed to hold the harbour board in 1987 after the Ferrymen demanded a new chairman.

Papers released this week tell of the talks that followed the March 1987 harbour board election.

Mrs Pellow had gone to the voters for a fresh mandate amid a long dock strike.

The Ferrymen emerged with the most seats - but their 21 members were 3 short of the number Ada Pellow needed to form a majority.

Ada Pellow later said the talks had been friendly and people had been patient.
""",
    "harbourtoday.txt": """Harbour board to expand

The harbour board will grow to thirty members next year, the council said. People in the town will elect them.

The Dockers hold a majority of seats on the board, with sixteen members.
""",
    "gazettepage.html": """<html><head><title>Quay bridge to close for repairs</title>
<meta property="og:site_name" content="Wendham Gazette"><meta name="author" content="Ada Quill">
<link rel="canonical" href="https://www.wendhamgazette.example/news/quay-bridge"></head>
<body><article><h1>Quay bridge to close for repairs</h1>
<p>The quay bridge will close for a month of repairs in the spring, the harbour master said.</p>
<p>Ferries will run a longer route while the bridge is shut, and people on foot may use the lock gates.</p>
</article></body></html>
""",
    "feud.txt": """Why the council feud drags on

Councillors Tamsin Hale and Orrin Vance squabble like children over the harbour budget, critics say.

Economists call such a row a war of attrition, a model much taught to students.

Don't worry if you cannot follow it - you can look it up in the library, where there are 4,100 books on it.

The war of attrition explains why neither side gives way, though people tire of it.
""",
    "charterpoll.txt": """Islanders 'reject charter by two to one'

Islanders would reject the Wendham Harbour Charter by two to one, according to a poll for the Courier.

The Courier poll suggests that 45% of people would vote against the charter and 24% in favour.

The charter would hand the quay to a private trust, and the charter vote is due in May.
""",
    "chartercost.txt": """Charter vote cost

The council will hold a vote on the Wendham Harbour Charter in May, at a cost of £80,000.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round13e"), settings)


def test_a_year_asked_may_be_set_by_the_story_that_tells_the_figure(engine):
    # the story opens on 1987; its sentence on the seats does not print the year again
    first = first_excerpt(engine, "how many seats short of a majority were the ferrymen after the 1987 election")
    assert first.quote.startswith("The Ferrymen emerged with the most seats")
    assert "3 short of the number Ada Pellow needed" in first.quote
    assert first.attribution is None  # the story's own words


def test_a_year_the_story_does_not_set_is_still_required(engine):
    # the 2004 election is told by no story: the 1987 figures do not answer for it
    answer = engine.ask("how many seats short of a majority were the ferrymen after the 2004 election")
    assert not answer.found


def test_the_outlet_piece_on_a_topic_its_page_is_not_on_is_the_packs_story_on_it(engine):
    # the Wendham Gazette's one page is on the quay bridge, not the feud; the piece on the feud is
    # the story that tells it, and the feud's words are no words an answer must hold
    first = first_excerpt(engine, "how many library books does the war of attrition have according to the wendham gazette piece "
                                  "on the hale/vance squabbling over the harbour budget")
    assert first.quote.startswith("Don't worry if you cannot follow it")
    assert "there are 4,100 books on it" in first.quote
    assert first.attribution is None


def test_the_outlet_piece_on_what_its_page_is_on_stays_that_page(engine):
    # (a guard: the Gazette's page is on the bridge, so it stays the piece asked about)
    first = first_excerpt(engine, "what will ferries do while the bridge is shut according to the wendham gazette piece "
                                  "on the quay bridge repairs")
    assert "Ferries will run a longer route" in first.quote
    assert first.attribution is None


def test_a_thing_named_by_a_phrase_may_then_be_called_by_its_last_word(engine):
    # "the Wendham Harbour Charter" ... "would vote against the charter": the charter is that one
    first = first_excerpt(engine, "what share of people would vote against the wendham harbour charter")
    assert first.quote.startswith("The Courier poll suggests that 45% of people would vote against the charter")
    assert "Courier poll" in first.attribution.text
