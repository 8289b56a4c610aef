"""Round 17 W (sources): where a claim comes from. A speaker who answers reports of a claim
did not make it, and a claim credited to the informant that learned it is sourced by that
informant. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "ferry.txt": """Ferry sale claim 'nonsense'

Reports that the Orkney ferry company is to be sold to a Danish shipping group have been described as "nonsense" by the Scottish Executive.

A spokeswoman said she had no idea where the reports in the Sunday Herald had come from. The paper says talks have been held in Copenhagen. Ferry fares rose by 4% last year.
""",
    "stadium.txt": """Mayor to open new stadium

The mayor of Tarnhill is expected to open the new harbour stadium on 12 June, the Gazette's sports editor has learned.

The stadium has cost £40m. Fans have been invited to a free match on the opening day.

In a further sign that the stadium is nearly finished, club officials have told staff their offices will move next week. The mayor has yet to name the opening day but it is widely expected to be 12 June.
""",
    "harbourdeny.txt": """Minister denies harbour plan claim

The planning minister has denied that the Tarnhill harbour plan was drawn up by property developers.

He said the plan had been written by council officers.
""",
    "harbourbook.txt": """Harbour plan row grows

In her new report, the architect Jane Moss suggests the harbour plan was drawn up by developers. The council has promised to publish its papers.
""",
    "bridge.txt": """Bridge contract row

The Liberal Democrats say ministers must respond to claims that the Calder bridge contract was given to a party donor.

In a radio interview, the engineer Tom Reid suggested the bridge contract was given to a party donor. The contract is worth £30m.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round17w"), settings)


def test_a_speaker_who_answers_reports_of_a_claim_is_not_its_source(engine):
    # not the Scottish Executive, who dismissed the reports: where they came from is told apart
    first = first_excerpt(engine, "where do the reports that the orkney ferry company will be sold come from")
    assert "reports in the Sunday Herald" in first.quote
    assert "Sunday Herald" in first.attribution.text


def test_a_claim_credited_to_the_informant_that_learned_it_is_sourced_by_it(engine):
    # not the club officials of another sentence, nor the story's voice
    first = first_excerpt(engine, "where does the story that the mayor will open the stadium on 12 june come from")
    assert "the Gazette's sports editor has learned" in first.quote
    assert "Gazette" in first.attribution.text


def test_a_speaker_who_denies_a_claim_is_not_its_source(engine):
    # the minister answers the claim; the architect's report makes it
    first = first_excerpt(engine, "what's the source of the claim that the harbour plan was drawn up by property developers")
    assert "Jane Moss suggests the harbour plan was drawn up by developers" in first.quote
    assert "Jane Moss" in first.attribution.text


def test_a_speaker_who_only_speaks_of_claims_is_not_their_source(engine):
    # the Liberal Democrats want the claims answered; the engineer made them
    first = first_excerpt(engine, "where do the claims that the calder bridge contract was given to a party donor come from")
    assert "Tom Reid suggested the bridge contract was given to a party donor" in first.quote
    assert "Tom Reid" in first.attribution.text
