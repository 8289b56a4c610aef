"""Round 19 D: what a poll "found on" a topic is told in the story of that poll on that topic, not
by a sentence on another poll of the same pollster; "why did X get thrown out of" a party asks
the reason for what was done to X (the name is X, not "X get"), and "thrown out of" a party is
being expelled from it; whom a speaker will tell, and where, is the story's word, not the
speaker's; and a thing the story set in a year ("the White Paper on ... in 2006") is of that year
where the story goes on about it as "the document". A small invented pack, so every expectation
is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "curfew.txt": """Curfew plan for vandals defended

Ministers have defended plans for night curfews on young people in city centres.

A Populus poll in the Evening Post suggested 60% of people would vote for curfews on teenagers found damaging property.

The plans will be debated in the Commons next week.
""",
    "bypass.txt": """Voters 'reject bypass by two to one'

Voters would reject the proposed Fordham bypass by two to one, according to a poll posing the question the council will put to the town.

The Evening Post poll suggests that 45% of people would vote against the road and 24% in favour.

However the Populus poll, which questioned 912 adults online, found 20% did not know how they would vote.

The council will hold its ballot on the road in the spring.
""",
    "expelled.txt": """Tarrant plea for lifeboat station

Former Labour councillor Dennis Tarrant has appealed for the Fenwick lifeboat station to stay open.

Mr Tarrant was expelled from the Labour party because of his staunch opposition to the harbour sell-off.

He said he would do anything he could to keep the station open.
""",
    "minster.txt": """Bishop attacks arms spending

Bishop Alan Marwood has said money spent on arms should go to the poor.

The bishop will return to the theme on Sunday when he will tell the congregation of 3,000 at York Minster that hope is "worth keeping, always".

"We have to choose," he said.
""",
    "whitepaper.txt": """Tories attack 'rail propaganda'

Shadow transport secretary Helen Brice told MPs a new White Paper was an attempt to soften up opinion before the rail vote.

Mr Cobb used Thursday's Commons debate to launch the new White Paper on the prospects for the railways in 2006.

He said passengers deserved to know what lay ahead.

Mrs Brice condemned the document, which the Transport Office says has cost about £4,800 to design, print and deliver.

The vote on the rail plan is expected in the autumn.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round19d"), settings)


def test_what_a_poll_found_on_a_topic_is_told_of_that_topic(engine):
    # the curfew poll is by the same pollster, in the same paper, and finds nothing on the bypass
    first = first_excerpt(engine, "what did the evening post populus poll find on the bypass")
    assert first.quote.startswith("Voters would reject the proposed Fordham bypass by two to one")
    assert first.attribution is not None and "poll" in first.attribution.text
    # ... and the curfew poll, asked on its own topic, keeps its answer
    first = first_excerpt(engine, "what did the populus poll find about curfews for young vandals")
    assert first.quote.startswith("A Populus poll in the Evening Post suggested 60% of people")
    assert "Populus" in first.attribution.text


def test_why_someone_got_thrown_out_of_a_party_is_why_they_were_expelled(engine):
    first = first_excerpt(engine, "why did tarrant get thrown out of labour")
    assert first.quote.startswith("Mr Tarrant was expelled from the Labour party because of his staunch opposition")
    assert first.attribution is None


def test_whom_a_speaker_will_tell_and_where_is_the_storys_word(engine):
    first = first_excerpt(engine, "how big is the congregation the bishop will address at york minster")
    assert "the congregation of 3,000 at York Minster" in first.quote
    assert first.attribution is None


def test_a_thing_the_story_set_in_a_year_is_of_that_year_when_called_the_document(engine):
    first = first_excerpt(engine, "how much did the transport office white paper on the railways in 2006 cost to produce")
    assert first.quote.startswith("Mrs Brice condemned the document, which the Transport Office says has cost about £4,800")
    assert "Transport Office" in first.attribution.text
