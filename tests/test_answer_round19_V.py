"""Round 19 V (events over all tuned files): a "when" answer gives a calendar date before a time
told only against the story's own day ("on Friday", "next month"); what happened, or how
someone did something, is told by the story before a speaker's words that cover the question as
well, and a story that opens on a speaker's words does not displace its own full telling of the
event. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "smoking.txt": """Pub smoking ban starts

The ban on smoking in Welsh pubs and clubs comes into effect from 0600 GMT on Friday.

Landlords in Cardiff said trade would fall in the first weeks.

The smoking ban comes into force on 2 April.
""",
    "escape.txt": """Patient escapes from hospital

A patient has escaped from the secure Ravenhill unit in Perthshire.

Councillor Moira Dunn said: "We need to know how the escape of Mr Corrie from Ravenhill was allowed to happen."

Alan Corrie, 41, escaped from Ravenhill after being allowed out on an escorted walk.
""",
    "quiz1.txt": """Lowe apologises on radio

Health minister Peter Lowe has apologised to a nurse over his hospital plans.

Mr Lowe told the Morning Line show: "I am sorry, let us move on."

Opposition parties said the minister had been rattled.
""",
    "quiz2.txt": """Minister heckled by nurse

A health minister has been heckled by a nurse live on air.

The trouble began on the Morning Line show, with nurse Jean Pratt marching up to Peter Lowe to complain about his hospital plans.

Mr Lowe later met the nurse.
""",
    "greens.txt": """Greens unveil manifesto

The Green Party will present itself as the only party serious about wind farms, leader Anna Kerr has said.

Ms Kerr has been criticised for missing last week's Holyrood vote on the wind farm bill.

Ms Kerr said the manifesto would be costed in full.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("r19v"), settings)


def test_when_a_calendar_date_comes_before_a_weekday_told_against_the_storys_own_day(engine):
    first = first_excerpt(engine, "when does the pub smoking ban kick in")
    assert first.quote == "The smoking ban comes into force on 2 April."
    assert first.attribution is None


def test_how_someone_did_something_is_told_before_a_speakers_words_on_it(engine):
    first = first_excerpt(engine, "how did alan corrie escape from ravenhill")
    assert "escaped from Ravenhill after being allowed out on an escorted walk" in first.quote
    assert first.attribution is None


def test_what_happened_to_someone_is_told_before_their_own_words_that_cover_it_as_well(engine):
    first = first_excerpt(engine, "what happened to lowe on the morning line show")
    assert first.quote.startswith("The trouble began on the Morning Line show")
    assert first.attribution is None


def test_a_speakers_words_opening_the_story_do_not_displace_its_telling_of_the_event(engine):
    first = first_excerpt(engine, "what happened with anna kerr and the wind farm vote")
    assert "missing last week's Holyrood vote on the wind farm bill" in first.quote
    assert first.attribution is None
