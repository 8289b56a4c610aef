"""Round 21 C (said): the answer to a question put to the speaker, a person named with their
body, and how long something lasts. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "clinics.txt": """Clark sets out plan for rural clinics

Health secretary Ruth Clark has promised to open forty new rural clinics across the county.

"Rural clinics are the heart of a fair health service, and the new clinics will be staffed by local nurses," Ms Clark said.

She was speaking at a community hall in Elmford on Tuesday, after a long tour of the county last week.

The plan has drawn doubts from local doctors. Can the clinics really be staffed in time? Ms Clark replies that nobody believed the Elmford bridge would open on schedule either.
""",
    "quarry.txt": """Villagers fight quarry plan

Villagers in West Elmford have campaigned against the Redmoor quarry for two years.

The quarry would remove half of Redmoor hill, the council said.

Jane Moss, of West Elmford, said the quarry would ruin the valley for the next generation.

West Elmford held a long public meeting in the village hall last week.

The last quarry in the county closed long ago.
""",
    "parking.txt": """Traders attack parking ban

A ban on parking in Dunmere high street came into force on Monday, after a long row at the council last year.

Traders' leader Tom Reed said: "The parking ban is unfair, and the parking ban will drive shoppers out of the high street."

Shop owners in the high street have collected 500 names against it.

Mr Reed said: "Believe me, this ban will be gone within two years."
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round21c"), settings)


def test_what_the_speaker_said_when_asked_is_their_sentence_after_the_question_put(engine):
    # "Can the clinics really be staffed in time?" puts the question; her next sentence answers it,
    # though it repeats none of its words
    first = first_excerpt(engine, "what did ruth clark say when asked if the clinics can really be staffed in time")
    assert first.quote.startswith("Ms Clark replies that nobody believed the Elmford bridge")
    assert "Clark" in first.attribution.text


def test_a_person_named_with_their_body_is_who_speaks(engine):
    # "jane moss from west elmford": Jane Moss speaks; where she is from only says which Jane Moss
    first = first_excerpt(engine, "what did jane moss from west elmford say about the quarry")
    assert "would ruin the valley" in first.quote
    assert "Jane Moss" in first.attribution.text


def test_asked_how_long_the_speakers_sentence_giving_a_span_of_time_comes_first(engine):
    first = first_excerpt(engine, "what did tom reed say about how long the parking ban will last")
    assert "within two years" in first.quote
    assert "Tom Reed" in first.attribution.text
