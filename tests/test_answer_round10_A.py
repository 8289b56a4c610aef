"""Round 10 (A): a count answers "how many" only when it names what is counted; a year a topic
names dates what is asked of a speaker. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "voters.txt": """Watchdog urges register shake-up

The risk of pets being given votes could be cut by changing how people register to vote, the Electoral Commission has said.

Currently, voters in Wexmouth have to register to vote every year or face being struck off if they fail to do so two years running.

The commission said 14 councils had already changed their forms.
""",
    "harbour.txt": """Harbour board cuts staff

The Wexmouth harbour board has cut 40 staff from its payroll, its chairman said.
""",
    "landing.txt": """Landing fees row

Dock union leader Mary Hollis said it was "absurd" to charge fishermen £3 a tonne for landing fish.
""",
    "duty.txt": """Fuel duty frozen

Chancellor Tom Bright has announced a freeze on fuel duty in his autumn statement.

He said the duty would be frozen this year because of volatile oil prices.

The Drivers Club welcomed the news, calling it "an early present" for motorists.

Environmental groups said the freeze sent the wrong message.

Green campaigners said pollution would rise.

"The 1999 fuel duty rise punished rural motorists," the Drivers Club said.

Despite protests in 2003, the chancellor added 2p per litre to fuel duty.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round10a"), settings)


def test_a_count_of_something_else_does_not_answer_how_many(engine):
    # "two years running" counts years, and the sentence never names pets
    answer = engine.ask("how many pets have actually been registered to vote")
    assert not answer.found
    # ... nor is "£3 a tonne" a count of the union's staff
    assert not engine.ask("how many staff does the dock union have").found
    # ... while a count that names what was asked still answers
    first = first_excerpt(engine, "how many staff did the harbour board cut")
    assert "40 staff" in first.quote
    assert first.attribution is None or "chairman" in first.attribution.text


def test_a_year_in_the_topic_must_be_near_the_quote(engine):
    # the club's words on this year's freeze are not on the 2003 rise, named only further on
    answer = engine.ask("what did the drivers club say about the 2003 fuel duty rise")
    assert not answer.found or all("early present" not in x.quote for x in answer.excerpts)
    # ... while a year named in the quote answers
    first = first_excerpt(engine, "what did the drivers club say about the 1999 fuel duty rise")
    assert "punished rural motorists" in first.quote
    assert "Drivers Club" in first.attribution.text
