"""Round 18 D: of two sentences that hold a figure, the one that says what the question asks of
it (the thing that fell, not a count beside it) gives the excerpt its voice; "due to" before a
verb ("is due to speak later") tells a schedule, not a reason; and a sentence that goes on about
the person just named as "his" or "he" is one of theirs when their reasons are sought; and the age
a person tells of themself ("the 71 years that I have been alive") answers how old they are; what a poll "found"
is what it is reported to say, when no sentence covers the question. A small
invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "voters.txt": """Register warning for voters

Voters across the county have been told to check the register before the new year.

Last week Bristol City Council reported that more than 3,000 of its voters were not registered.
Its electoral roll fell by 12% in a year - the biggest fall in the county.

In Bristol, canvassers will visit every estate in January.
""",
    "fair.txt": """Book fair opens in Leeds

Ann Cole, who had been due to open the Leeds book fair on Friday, will give her speech at lunchtime instead.

Ms Cole's opening was put back because she stayed in London for a late Commons vote.

Organisers said more than 40,000 visitors were expected over the weekend.
""",
    "harbour.txt": """Harbour dinner moved to Sunday

Harbour master Ben Akers will now speak at the harbour dinner on Sunday.

His welcome address had to be postponed after he stayed in Dover to handle a ferry strike.

The dinner raises money for the lifeboat station.
""",
    "novelist.txt": """Novelist attacks curfew plan

Novelist Ruth Pell has attacked the county's plan for a night curfew in the town centre.

"In the 71 years that I have been alive, no council has asked so much of its people," Ms Pell said.

The council will vote on the plan in May.
""",
    "curfew.txt": """Curfew plan for vandals defended

Ministers have defended plans for night curfews on young people in city centres.

A Populus poll in the Evening Post suggested 60% of respondents thought curfews were sometimes necessary for teenagers found damaging property.

The plans will be debated in the Commons next week.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round18d"), settings)


def test_the_sentence_that_measures_what_was_asked_gives_the_voice(engine):
    # the council reported the unregistered voters; the fall of the roll is told in the story's own voice
    first = first_excerpt(engine, "how much did bristol's electoral roll drop by")
    assert "fell by 12%" in first.quote
    assert first.attribution is None


def test_due_to_before_a_verb_is_a_schedule_not_a_reason(engine):
    first = first_excerpt(engine, "why was ann cole's book fair speech delayed")
    assert first.quote.startswith("Ms Cole's opening was put back because she stayed in London")


def test_a_sentence_going_on_as_his_gives_the_named_persons_reason(engine):
    first = first_excerpt(engine, "why was ben akers' welcome address postponed")
    assert first.quote.startswith("His welcome address had to be postponed after he stayed in Dover")
    assert first.attribution is None


def test_an_age_a_person_tells_of_themself_answers_how_old_they_are(engine):
    first = first_excerpt(engine, "how old is ruth pell")
    assert "the 71 years that I have been alive" in first.quote
    assert "Ruth Pell" in first.attribution.text


def test_what_a_poll_found_is_what_it_is_reported_to_say(engine):
    first = first_excerpt(engine, "what did the populus poll find about curfews for young vandals")
    assert first.quote.startswith("A Populus poll in the Evening Post suggested 60% of respondents")
    assert "Populus" in first.attribution.text
