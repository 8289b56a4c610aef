"""Round 16 S (attribution): whose word an excerpt is.

- A fact the story tells in the words that introduce a speaker ("Ann Pike, 61, chair of the
  Fenland Anglers Club, said ...": her age, her post) is the story's own: no speaker; what
  follows "said" stays hers.
- A sentence that says who produced the work a figure comes from ("Polling firm Tallyco carried
  out the survey", "a poll conducted for the Courier suggests") is told in the producer's voice.
- Words an unattributed sentence puts in quotation marks, right after a sentence of the same
  paragraph reporting a named speaker, go on reporting that speaker.
- A speaker is named up to the verb: "A Green Party MEP warned" is the MEP's, "Hale & Brook
  urged" the whole firm's.

A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "anglers.txt": """Anglers fight river closure

Ann Pike, 61, chair of the Fenland Anglers Club, said the closure of the river Lark to fishing would ruin the summer for its members.

The river authority wants to close the river for two years to restock it with trout.
""",
    "ferrypoll.txt": """Islanders back new ferry

Most islanders want a second ferry to the mainland, a survey suggests.

Polling firm Tallyco carried out the survey for the island council.

Some 72% of islanders backed a second ferry, while 18% opposed it.
""",
    "tramvote.txt": """Tram line loses support

Seven out of ten residents oppose the new tram line, a poll conducted for the Riverton Courier suggests.

The tram line is due to open in 2027.
""",
    "bypass.txt": """Mayor attacks bypass delay

Mayor Lena Holt spoke at the town hall on Monday.

She said the delay would cost local shops thousands of pounds. The council's promise of a temporary car park was merely a "sticking plaster" for the high street.

The bypass was due to open in May.
""",
    "levy.txt": """Green MEP attacks harbour levy

A Green Party MEP warned the harbour levy would drive the fishing fleet from Kelport.

Accountancy firm Hale & Brook urged the harbour board to drop the levy before the spring.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round16s"), settings)


def test_a_fact_told_in_the_words_introducing_a_speaker_is_the_storys(engine):
    first = first_excerpt(engine, "how old is ann pike the anglers club chair")
    assert "Ann Pike, 61," in first.quote
    assert first.attribution is None
    first = first_excerpt(engine, "ann pike and the fenland anglers club - what's the link")
    assert "chair of the Fenland Anglers Club" in first.quote
    assert first.attribution is None
    # ... what follows the verb of saying stays hers
    first = first_excerpt(engine, "what would closing the river lark to fishing do to the summer")
    assert "would ruin the summer" in first.quote
    assert first.attribution is not None and "Ann Pike" in first.attribution.text
    # ... and a question that asks for her word keeps her, wherever the words fall
    first = first_excerpt(engine, "what did ann pike say about the river lark")
    assert "would ruin the summer" in first.quote
    assert first.attribution is not None and "Ann Pike" in first.attribution.text


def test_who_carried_out_a_survey_is_told_in_the_pollsters_voice(engine):
    first = first_excerpt(engine, "who carried out the survey on the second ferry")
    assert "Tallyco carried out the survey" in first.quote
    assert first.attribution is not None and "Tallyco" in first.attribution.text


def test_a_poll_conducted_for_someone_is_credited_to_them(engine):
    first = first_excerpt(engine, "who carried out the poll showing residents oppose the tram line")
    assert "conducted for the Riverton Courier" in first.quote
    assert first.attribution is not None and "Riverton Courier" in first.attribution.text


def test_a_speaker_is_named_up_to_the_verb(engine):
    first = first_excerpt(engine, "who warned the harbour levy would drive the fishing fleet away")
    assert "would drive the fishing fleet from Kelport" in first.quote
    assert first.attribution is not None and "MEP" in first.attribution.text
    first = first_excerpt(engine, "who urged the harbour board to drop the levy")
    assert "urged the harbour board" in first.quote
    assert first.attribution is not None and "Hale & Brook" in first.attribution.text


def test_quoted_words_right_after_a_reported_speaker_go_on_reporting_them(engine):
    first = first_excerpt(engine, "who called the temporary car park a sticking plaster for the high street")
    assert '"sticking plaster"' in first.quote
    assert first.attribution is not None and "Lena Holt" in first.attribution.text
