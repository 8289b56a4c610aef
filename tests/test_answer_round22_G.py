"""Round 22 G (who said): a claim's idle words, the particle of a phrasal verb ("locking
protesters up", "swept aside") and an adverb of time ("usually", "soon"), need not be in a named
speaker's quote that makes the claim in its own words; they are let go only when nothing answers
with them, and then only for such a quote. "pre-1987" is "before 1987". A small invented pack, so
every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "detention.txt": """Detention plan attacked by Vance

Ministers in Dunmere have defended plans to hold protesters without charge during the summit.

Shadow interior minister Petra Vance attacked the plan on Tuesday.

She warned: "Throughout history, detaining protesters without charge has generally backfired because of the bitterness it breeds."

Ministers said the powers would be used sparingly.
""",
    "mayor.txt": """Mayor defends record on the town

Mayor Tomas Brell defended his record at a meeting on Monday.

"Few people talk about the years before 1987 as a golden age for this town," Mr Brell said.

The town's population has doubled since 1987.
""",
    "harbour.txt": """Harbour inquiry row continues

The Glenmore harbour inquiry will report in the spring.

Councillor Oswin Tarr said: "The findings of the harbour inquiry cannot simply be brushed under the carpet."

The harbour repairs will be finished by the autumn.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round22g"), settings)


def test_a_quote_need_not_say_when_or_the_particle(engine):
    first = first_excerpt(engine, "who warned that keeping protesters locked up usually backfires")
    assert "generally backfired" in first.quote
    assert first.attribution is not None and "Vance" in first.attribution.text


def test_swept_aside_is_brushed_under_the_carpet(engine):
    first = first_excerpt(engine, "who said the harbour inquiry findings couldn't just be swept aside")
    assert "brushed under the carpet" in first.quote
    assert first.attribution is not None and "Tarr" in first.attribution.text


def test_the_story_s_own_telling_is_no_one_s_claim(engine):
    # the fallback takes only a named speaker's quote: the story's "will be finished by the autumn" is no answer
    assert not engine.ask("who said the harbour repairs will soon be finished").found


def test_pre_a_year_is_before_it(engine):
    first = first_excerpt(engine, "who said few people remember pre-1987 as a golden age")
    assert "before 1987" in first.quote
    assert first.attribution is not None and "Brell" in first.attribution.text
