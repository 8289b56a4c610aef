"""Round 28 M (said / stance / who_said): the right sentence has the right speaker, but the answer
side lost it. "Tory activist Mary Dunn" is the Mary Dunn "of Kelsey Conservatives" (a party's
other name; "activist" a generic word for what someone is); "Harbourton hoteliers" speak through
the Harbourton Hotel Association; a body's own words naming the thing asked about ("the White
Paper"), in a story covering the rest of the topic ("the aviation white paper"), give its view;
an interviewer's "I asked him ..." tells the question, their later "... that question, which
leaves me with the impression ..." what they make of it. A small invented pack, so every
expectation is exact; what the pack does not tell is still declined."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "faithful.txt": """Party faithful sense a change

Conservative activists in the Midlands say the mood on the doorstep has changed since the last campaign.

"We thought last time we were going to win the seat but it just didn't happen," said Mary Dunn, of Kelsey Conservatives. "This time it really is different."

Labour says it is confident of holding the seat.
""",
    "resort.txt": """Resort loses party conference

The seaside town of Harbourton has lost the party's autumn conference to a rival city.

Ted Vane, Harbourton Hotel Association said: "We worked very hard to keep the delegates coming back to the seafront."

The cost to the town in lost trade is not yet known.
""",
    "runway.txt": """Airport operator backs expansion plans

The airport operator has restated its support for the government's aviation expansion plans for regional airports.

A court challenge by residents' groups to the government's White Paper begins on Monday.

Stop Fenby Expansion said the White Paper was "deeply flawed" and had ignored local people.

"We know the scale of the task, because no court has ever overturned a government White Paper," said Stop Fenby Expansion chairman Ann Kerr.

The operator said it was consulting with residents.
""",
    "interview.txt": """President says jobs plan is his biggest regret

The president has said his failure to pass a jobs plan is the greatest regret of his time in office.

He vowed to keep trying, but the Herald's Washington editor Tom Reeve said the president did not sound very confident.

The president I met today was relaxed and cheerful.

The only moment he hesitated was when I asked him how many senators he had won over on the trade treaty.

He smiled and talked about how the Senate would come round.

But he did not give a straight answer to that question, which leaves me with the impression that he has persuaded precisely none.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round28m"), settings)


def _said_by(engine: Engine, question: str, words: str, speaker: str) -> None:
    x = first_excerpt(engine, question)
    assert words in x.quote
    assert x.attribution is not None and speaker in x.attribution.text


def test_tory_activist_is_one_of_the_local_conservatives(engine):
    _said_by(engine, "what did tory activist mary dunn say about the last campaign", "going to win the seat", "Dunn")


def test_an_epithet_the_pack_does_not_give_her_is_not_her(engine):
    assert not engine.ask("what did labour activist mary dunn say about the last campaign").found


def test_hoteliers_speak_through_their_hotel_association(engine):
    _said_by(engine, "what did harbourton hoteliers say about losing the conference", "keep the delegates coming back", "Vane")


def test_a_body_names_the_thing_its_story_qualifies(engine):
    _said_by(engine, "what is stop fenby expansion's view of the aviation white paper", "deeply flawed", "Stop Fenby Expansion")


def test_the_interviewers_impression_after_the_question_put(engine):
    _said_by(engine, "who reckons the president has not won over a single senator on the trade treaty",
             "persuaded precisely none", "Reeve")
