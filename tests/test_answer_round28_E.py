"""Round 28 E. Sources: "who's the source for the X story" asks whom the story rests on (its
sources), as "what's the source for the X story" does, not the source of a claim "the X story";
and a bare "Officials believe ...", after a body the story named has spoken, are that body's own
people, listed after the named sources, not first as a source the story cites apart from them.
A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over
from bot.answer import Engine

ARTICLES = {
    "merger.txt": """'Mega guild' merger mooted

Two big craft guilds could join to form a "mega guild" of half a million members.

The move by the Weavers Guild and the Potters Guild would give them more weight with councils. Both guilds are keeping quiet about the rumours, but one insider told the Kelby Gazette that "nobody is ruling out a merger" when the two executives meet on Friday.
""",
    "regiment.txt": """Colonels attack regiment shake-up

Plans to fold the county regiments into one mega regiment were attacked on Monday.

A spokesman for the colonels said: "A single mega regiment will hurt recruitment and cut local ties."
""",
    "flood.txt": """Councillors hear flood warning

River flooding could double within two decades, the Kelby Rivers Agency is warning a panel of councillors.

Experts are giving evidence to the council's planning panel. Officials believe raised banks may be a better option than new reservoirs.

Farmers are warning councillors that some fields may have to be given back to the river.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("r28e"), settings)


def test_whos_the_source_for_the_story_asks_the_storys_sources(engine):
    a = engine.ask("whos the source for the mega guild merger story")
    assert a.found and a.intent == "sources"
    assert "one insider told the Kelby Gazette" in a.excerpts[0].quote


def test_bare_officials_after_a_named_body_come_after_the_named(engine):
    a = engine.ask("what sources does the councillors flood warning story cite")
    assert a.found and a.intent == "sources"
    assert "the Kelby Rivers Agency is warning" in a.excerpts[0].quote
    assert any(x.quote.startswith("Officials believe") for x in a.excerpts[1:])
