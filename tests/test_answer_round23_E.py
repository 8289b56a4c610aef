"""Round 23 E (other: why, how many): a reason a story gives of a person under the post it calls
them by ("the prime minister favours ... in order to ..."), an early poll told as a snap one, and
the dead of a bombing counted without the word "people" ("The attack, which killed three"), and
"what's the max X" asking for a figure. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "visit.txt": """Vane visits Wexmouth

Harriet Vane, the prime minister, visited the Wexmouth shipyard on Monday.

She told workers the yard had a bright future.
""",
    "ferrytax.txt": """Vane defends ferry tax

Prime Minister Harriet Vane has defended the ferry tax, saying it is wrong to spare islanders because of a handful of bad operators.

The tax is due to rise in April.
""",
    "snappoll.txt": """March poll claim 'gossip'

Reports that Harriet Vane is planning a snap election for March have been called "idle gossip" by her office.

A spokesman said he had no idea where the reports had come from.

The reports suggest the prime minister favours a March poll in order to exploit her lead over opposition leader Tom Grady.

Most commentators expect an election in June.
""",
    "fines.txt": """Parking fine discount rethink

Parking fines should not be reduced automatically simply because of a guilty plea, says a new council report.

The council first suggested courts should cut fines by a half for drivers who admitted the offence.

Where it is right to reduce the penalty having regard to a plea of guilty, the maximum reduction would be one quarter, and should never exceed £200, the council said.
""",
    "harbour.txt": """Harbour bombers hunted

Police in Wexmouth are hunting the organisers of last Friday's harbour bombing.

The attack, which killed three, was the first in the town for a decade.

The mayor said the town would not be cowed.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round23e"), settings)


def test_a_reason_told_of_a_person_under_their_post_answers_why(engine):
    # the story never names Vane in the sentence that gives her reason, only "the prime minister";
    # her own reason for the ferry tax is about something else, and "early" is the story's "snap"
    first = first_excerpt(engine, "why would vane want an early poll in march")
    assert "in order to exploit her lead" in first.quote


def test_the_dead_of_a_bombing_are_counted_without_the_word_people(engine):
    first = first_excerpt(engine, "how many people were killed in the wexmouth harbour bombing")
    assert first.quote.startswith("The attack, which killed three")


def test_what_is_the_maximum_asks_for_a_figure(engine):
    # "the max cut" asks how much: the sentence that gives the figure, not the one on cuts in general
    first = first_excerpt(engine, "whats the max cut in a parking fine for a guilty plea now")
    assert "the maximum reduction would be one quarter" in first.quote
