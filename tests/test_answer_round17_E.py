"""Round 17, helper E: a speaker's words are on a topic only if they, or the words beside them,
are on it; a story on the topic's setting is not enough. A small invented pack, so every
expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "bigots.txt": """Munro issues warning to bigots

Scotland's justice minister has warned bigoted football fans that she wants to ban them from matches.

Ailsa Munro said banning orders were one of a series of measures being considered by the Scottish Executive.

"We will consider the introduction of banning orders for those who go over the top," she said.

Police in Glasgow made twelve arrests after the last derby match.
""",
    "smoking.txt": """Pubs ready for smoking ban

Publicans in Scotland are preparing for the ban on smoking in enclosed public places next spring.

Hugh Gorrie, of the Scottish Licensed Trade Association, said the smoking ban would cost bar jobs in the first year.

The ban was passed by MSPs last year.
""",
    "congrats.txt": """Blair congratulates Bush on win

Tony Blair has congratulated George W Bush on his victory in the US presidential election.

Mr Blair said he looked forward to working with the president on the Middle East.

Ann Keel, a former diplomat, said Mr Blair had been "a loyal friend" to the White House.

Campaigners want the president to act on climate change in his second term.

Environmental groups in Europe have long asked Washington to sign the Kyoto treaty.

Dale Ferrow, an adviser on climate change to the White House, said there would be no change in the US stance.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round17e"), settings)


def test_a_story_on_another_ban_in_the_same_place_is_not_on_the_ban_asked(engine):
    # "the scottish smoking ban": a story on banning orders for bigots in Scotland never names
    # smoking; Scotland is where, not which ban
    answer = engine.ask("what did ailsa munro say about the scottish smoking ban")
    assert not answer.found, [x.quote for x in answer.excerpts]


def test_a_speaker_on_the_ban_asked_in_that_place_still_answers(engine):
    first = first_excerpt(engine, "what did hugh gorrie say about the scottish smoking ban")
    assert "the smoking ban would cost bar jobs" in first.quote
    assert "Gorrie" in first.attribution.text


def test_a_quote_in_a_story_headlined_on_a_person_is_not_about_them_unless_named_near_it(engine):
    # the headline names Blair; the adviser's words, four sentences on, are on the US stance
    answer = engine.ask("what did dale ferrow say about tony blair")
    assert not answer.found, [x.quote for x in answer.excerpts]


def test_a_quote_that_names_the_person_asked_about_answers(engine):
    first = first_excerpt(engine, "what did ann keel say about tony blair")
    assert "a loyal friend" in first.quote
    assert "Keel" in first.attribution.text
