"""Round 21 F (stance): in "what does X want instead of Y", "instead of" marks Y, the thing X
would have replaced, so Y is the question's premise and not words the answer must hold: X's
sentence of wanting in the story on Y ("X believes ... should ...") tells the alternative, before
X's words restating Y. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "curfew.txt": """Councillor quits over youth curfew

A senior councillor who has resigned in protest over the council's youth curfew says the scheme is unfair.

Alice Fenwick quit when the council voted to keep teenagers off the streets after dark every night.

Ms Fenwick told the Evening Post: "I resigned because I fundamentally disagree with keeping teenagers off the streets after dark for months on end."

But Ms Fenwick believes the council should open youth clubs late on weekdays.

The council leader, Bob Hart, said the curfew had cut vandalism in the town centre.
""",
    "harbour.txt": """Harbour plan approved

The harbour board approved a new marina on Tuesday. Board chairman Ken Lowe said the marina would bring jobs.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round21f"), settings)


def test_what_is_wanted_instead_of_a_thing_need_not_name_it(engine):
    # her sentence restating what she rejects holds the question's words; the one saying what
    # should be done holds none of them, and answers
    first = first_excerpt(engine, "what does fenwick want instead of keeping teenagers off the streets after dark")
    assert "should open youth clubs late on weekdays" in first.quote
    assert first.attribution.text == "Alice Fenwick"


# A second pack: X the subject of its own word of wanting, in the story on the topic.
FLIGHTS = {
    "flights.txt": """Airport night flights questioned

Two airlines are still flying over the city at night, despite the noise rules for the airport.

The airlines say they can stick to the rules by using quieter planes. The Lib Dems are pressing the regulator overseeing the rules to stop the flights. The regulator says quieter planes are allowed but residents had to be told.

Lib Dem chairman Peter Vane wrote to the regulator on Monday. He says evidence from local Lib Dem branches in the city suggests there are large numbers of such calls at night.
""",
    "ferry.txt": """Ferry timetable

The new ferry will run twice a day from June. Buses will run to the quay.
""",
}


@pytest.fixture(scope="module")
def flights(tmp_path_factory, settings) -> Engine:
    return engine_over(FLIGHTS, tmp_path_factory.mktemp("round21f_flights"), settings)


def test_the_holder_asking_in_the_story_on_the_topic_states_the_want(flights):
    # "The Lib Dems are pressing the regulator ... to stop the flights" holds little of the question's words,
    # but says what they want, in the story on all of it; "such calls" is no call for anything
    first = first_excerpt(flights, "what do the lib dems want the noise regulator to do about airlines flying over the city at night")
    assert "are pressing the regulator overseeing the rules to stop the flights" in first.quote
