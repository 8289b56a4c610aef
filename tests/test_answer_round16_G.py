"""Round 16, helper G (stance): the sentence in which X is the subject of the word of the stance
("She urged ...", "Mr Tolland wants ...") answers what X wants or plans before X's other
sentences on the topic; what X wants to do is what X plans; "going to" a place plans nothing.
A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "dues.txt": """Harbour dues row at Kilbrennan

Fishing leader Morag Blyth met port officials on Monday.

Ms Blyth said harbour dues for small trawlers at Kilbrennan had doubled in two years and were driving young crews out of the trade.

She urged the port board to freeze the dues for trawlers until the new season.

The port board said harbour dues paid for the new pier. Harbour dues at Oban rose too.
""",
    "bins.txt": """Bin collections in Dunmore

Council leader Ewan Tolland said fortnightly bin collections in Dunmore were going to the full council on Friday.

Mr Tolland wants fortnightly bin collections in Dunmore to start in May, with a weekly food waste round.

Residents said bins in Dunmore already overflowed. Bins in Carrick were emptied weekly.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round16g"), settings)


def test_the_sentence_where_x_urges_answers_what_x_wants(engine):
    # "Ms Blyth said harbour dues ... had doubled" is on more of the topic, but says no want
    first = first_excerpt(engine, "what does morag blyth want done about harbour dues for small trawlers")
    assert first.quote.startswith("She urged the port board to freeze the dues for trawlers")
    assert first.attribution.text == "Morag Blyth"


def test_what_x_wants_to_do_answers_what_x_plans_and_going_to_a_meeting_plans_nothing(engine):
    # "were going to the full council" is a journey, not a plan
    first = first_excerpt(engine, "what is ewan tolland planning for bin collections in dunmore")
    assert first.quote.startswith("Mr Tolland wants fortnightly bin collections in Dunmore to start in May")
    assert first.attribution.text == "Ewan Tolland"
