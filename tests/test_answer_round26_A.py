"""Round 26 A (who_said): a speaker may make a claim over a quotation of three sentences, its
matter in the first and what is to be done with it in the last ("There is a waiting list ... In
the next parliament we must get rid of it."); the quotation is read as one. A small invented pack,
so every expectation is exact; words scattered over a long quotation that say less than the
claim still do not answer. And a speaker may call the thing a question names "it" ('said it was
"a wonderful boost"') once the story has named it a sentence or two before ("a £5m grant")."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "nursery.txt": """Minister sets out nursery pledge

Education minister Helen Carver set out her plans on Monday.

Ms Carver said: "Families have been let down for too long. There is a waiting list for nursery places in every county. Parents have told us so again and again. In the next parliament we must get rid of it."

Opposition spokesman Tom Reddy said the minister had made promises on nursery places before.
""",
    "harbour.txt": """Harbour repairs delayed

Repairs to the harbour wall have been put off until the spring.

Harbour master Owen Pike said: "The storms did more damage than anyone feared. The county council has the plans. We are still waiting for the money. The fishermen are patient, but the wall is not safe."
""",
    "grant.txt": """Museum wins lottery grant

The city museum has been awarded a £5m grant from the heritage lottery fund.

It is the largest award the fund has made in the region this year.

Museum director Priya Nandi said it was "a wonderful boost" that would help the museum reopen its east wing.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round26a"), settings)


def test_a_claim_made_over_a_three_sentence_quotation(engine):
    x = first_excerpt(engine, "who said the nursery waiting list would be abolished in the next parliament")
    assert "There is a waiting list for nursery places" in x.quote and "we must get rid of it" in x.quote
    assert x.attribution is not None and "Carver" in x.attribution.text


def test_words_scattered_over_a_quotation_are_no_claim(engine):
    # "county", "waiting" and "safe" are all in Owen Pike's quotation, far from saying this
    assert not engine.ask("who said the county would keep fishermen waiting until the harbour is safe to reopen next year").found


def test_a_speaker_calls_the_thing_named_before_it(engine):
    x = first_excerpt(engine, "who called the 5m grant a terrific boost that would help the museum reopen")
    assert "a wonderful boost" in x.quote
    assert x.attribution is not None and "Nandi" in x.attribution.text


def test_the_figure_of_the_thing_named_before_must_be_its_own(engine):
    # the story names a £5m grant, not a £2m one
    assert not engine.ask("who called the 2m grant a terrific boost that would help the museum reopen").found
