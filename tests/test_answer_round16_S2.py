"""Round 16, helper S2: a named subject that takes a stand by what it does, not by a verb of
saying ("unveiled proposals", "refused to back", "ruled out", "wrote ... urging"), is whom the
excerpt is told of. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "ferry.txt": """Ferry fares row in Wexmouth

The Green Party unveiled its own proposals to cap ferry fares on the Wexmouth crossing at £5.

Harbour traders said the crossing was already too dear for families.
""",
    "tolls.txt": """Bridge toll evidence

There have been calls for toll camera evidence to be used in traffic courts but Mr Halvorsen refused to back that change.

Transport Minister Erik Halvorsen said the cameras were not yet reliable.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round16s2"), settings)


def test_a_party_that_unveils_proposals_holds_them(engine):
    first = first_excerpt(engine, "green party plans for ferry fares")
    assert "unveiled its own proposals to cap ferry fares" in first.quote
    assert first.attribution is not None and "Green Party" in first.attribution.text


def test_one_who_refuses_to_back_a_change_takes_that_stand(engine):
    first = first_excerpt(engine, "what is halvorsen's position on toll camera evidence in traffic courts")
    assert "refused to back that change" in first.quote
    assert first.attribution is not None and "Halvorsen" in first.attribution.text
