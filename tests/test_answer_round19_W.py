"""Round 19 W (who said): whom the claim names by name is spoken of, not the one asked for:
"who likened Anna Kell to a pirate queen" is not answered by Ms Kell's own words about the
jibe, however many of the asker's words they hold. A small invented pack, so every
expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "harbourtax.txt": """Kell hits back at pirate jibe

Governor Anna Kell has said a claim by Tom Vance that the governor is acting like a "pirate queen" shows her rivals are rattled.

The harbour tax would have charged cruise ships to dock at Port Alder.

Mr Vance, the opposition leader, had accused the governor of behaving like a "pirate" over the tax.
""",
    "bridge.txt": """Bridge tolls row

Mayor Rhys Lloyd said the bridge tolls were a tax on the poor.

Councillor Jane Hart said the bridge tolls were a fair price for a new road.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round19w"), settings)


@pytest.mark.parametrize("question", ["who likened anna kell to a pirate queen", "who called kell a pirate"])
def test_a_person_the_claim_names_is_not_who_said_it(engine, question):
    # Ms Kell's sentence holds "pirate queen" and her name, but she answers the jibe; Mr Vance made it
    first = first_excerpt(engine, question)
    assert 'behaving like a "pirate"' in first.quote
    assert "Tom Vance" in first.attribution.text
    # ... and her own words are still shown, after his
    assert any("Anna Kell" in (x.attribution.text if x.attribution else "") for x in engine.ask(question).excerpts[1:])
    # a speaker the claim does not name answers as before
    first = first_excerpt(engine, "who said the bridge tolls were a tax on the poor")
    assert "a tax on the poor" in first.quote
    assert "Rhys Lloyd" in first.attribution.text
