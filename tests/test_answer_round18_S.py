"""Round 18, helper S (speaker): "According to the Herald, the first minister wants ..." is the
Herald's report, not the first minister's word; a passage of two sentences that two speakers
say speaks in the voice of the one that says more of what was asked; a speaker's name the
index cut at its "and" ("A Department for Work [and Pensions spokeswoman] said") is given
whole; what a piece its author writes in the first person says is the author's word. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "ferries.txt": """Crane pressing for ferry deal

Prime Minister Alison Crane is pressing the islands to sign a new ferry deal, Downing Street has indicated.

According to the Herald, the prime minister wants to end the islands' isolation with a "ferry-lite" agreement on winter sailings.

Island councillors said they would study any offer.
""",
    "storm.txt": """Storm losses counted

Prime Minister Alison Crane said the storm relief fund would not be cut.

She added she would give new figures on storm-related losses to Parliament on Monday. Fisheries Secretary Jane Moss said on Friday that about 300 trawlers were either sunk or missing.

Harbour traders have started a collection for the crews.
""",
    "grant.txt": """Harbour grant delayed

The Wexmouth harbour grant has been delayed by a year.

A Department for Work and Pensions spokeswoman said the harbour grant would be paid to the crews next March.
""",
    "ferryapp.txt": """Why I stopped using the ferry app

By Morag Lindsay

I don't use the Wexmouth ferry app any more. I've read its privacy terms three times.

Nearly every ferry ticket you buy through the app tells the Calder Lines office where you live.

I'd much prefer a paper ticket bought at the harbour kiosk.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round18s"), settings)


def test_according_to_a_paper_is_the_papers_report_not_the_subjects_word(engine):
    first = first_excerpt(engine, "who reported that crane wants a ferry-lite deal with the islands")
    assert "ferry-lite" in first.quote
    assert first.attribution is not None and first.attribution.text == "the Herald"


def test_a_two_voice_passage_speaks_in_the_voice_that_gives_the_figure(engine):
    first = first_excerpt(engine, "who gave the figure of roughly 300 trawlers sunk or missing after the storm")
    assert "about 300 trawlers" in first.quote
    assert first.attribution is not None and "Jane Moss" in first.attribution.text


def test_a_name_cut_at_its_and_is_given_whole(engine):
    first = first_excerpt(engine, "who is quoted on when the harbour grant will be paid")
    assert "paid to the crews next March" in first.quote
    assert first.attribution is not None and first.attribution.text == "A Department for Work and Pensions spokeswoman"


def test_what_a_first_person_piece_says_is_its_authors_word(engine):
    first = first_excerpt(engine, "what does morag lindsay's blog post say about the calder lines office")
    assert "Nearly every ferry ticket" in first.quote
    assert first.attribution is not None and first.attribution.text == "Morag Lindsay"
