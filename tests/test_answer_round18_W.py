"""Round 18 W (who said): a speaker's sentence says the claim by what they say, not by the
clause after their name that tells who they are ("X, whose first husband was killed under
apartheid, said ..."). A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "lighthouse.txt": """Skerry lighthouse to close

Councillor Mary Dunn, whose grandfather kept the Skerry lighthouse through the wartime blackout, confirmed she would vote against the council budget on Tuesday.

"Closing the lighthouse would be like going back to the blackout," said coastguard officer Tom Reid.
""",
    "ferrylink.txt": """Island ferry timetable cut

The Island Trust, which runs the night ferry museum at Kirkwall harbour, said it would meet ministers on Friday.

Harbour master Colin Bray said losing the crossings would be a disaster for Kirkwall.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round18w"), settings)


def test_words_that_describe_the_speaker_are_not_what_they_said(engine):
    # Ms Dunn's "whose grandfather kept the Skerry lighthouse through the wartime blackout" tells
    # who she is; Mr Reid likens the closure to the blackout
    first = first_excerpt(engine, "who compared closing the skerry lighthouse to the wartime blackout")
    assert "going back to the blackout" in first.quote
    assert "Tom Reid" in first.attribution.text


def test_a_clause_describing_a_speaking_body_is_not_what_it_said(engine):
    # "The Island Trust, which runs the night ferry museum at Kirkwall harbour" tells what the
    # trust is; Mr Bray says what losing the ferry would do
    first = first_excerpt(engine, "who said losing the night ferry would be a disaster for kirkwall")
    assert "a disaster for Kirkwall" in first.quote
    assert "Colin Bray" in first.attribution.text
