"""Round 22 H (abstention, who-said): "who said <subject> <verb> <what is said of it>?" asks for
someone's claim. A passage in the story's own voice, naming no one who says anything, that holds
none of the words of what the claim says of its subject ("... was rigged"), or not its verb
("... must be destroyed"), only shares the subject with it: it is no one's claim, and the
question is declined when nothing else says it.
A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "ballots.txt": """Ballot papers missing in Westmoor vote

Hundreds of ballot papers for the Westmoor tramway referendum have "disappeared".

Postal voters in three wards have complained that their papers never arrived.

Councillor Jane Ellery said the tramway referendum count would be fair and open.
""",
    "trams.txt": """Westmoor tramway plan costs rise

The cost of the Westmoor tramway has risen to £90m, the county council said.

Opponents of the scheme have called for the plan to be scrapped before work begins.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round22h"), settings)


@pytest.mark.parametrize("question", [
    "who said the westmoor tramway referendum ballot papers were rigged",
    "who said the westmoor tramway referendum ballot papers were stolen",
    "who said the westmoor tramway referendum ballot papers were forged",
])
def test_the_story_voice_holding_nothing_the_claim_says_is_declined(engine, question):
    a = engine.ask(question)
    assert not a.found, [(x.quote, x.attribution) for x in a.excerpts[:2]]


def test_the_story_voice_holding_the_claims_other_words_but_not_its_verb_is_declined(engine):
    a = engine.ask("who said the westmoor tramway referendum ballot papers must be destroyed after they disappeared")
    assert not a.found, [(x.quote, x.attribution) for x in a.excerpts[:2]]


def test_a_speaker_saying_it_still_answers(engine):
    ex = first_excerpt(engine, "who said the westmoor tramway referendum count would be fair")
    assert "Jane Ellery" in ex.attribution.text
