"""Round 10 (C): a name with a hint set off by a dash; a role whose deed is a past participle
("the first Welshman crowned ..."); a body's voice named by the last word of its name ("a trust
spokesman" in the story of the Northern Lighthouse Trust). A small invented pack, so every
expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine
from bot.answer.question import parse

ARTICLES = {
    "wards.txt": """Nurses warn over ward closures

Plans to close three wards at Ardmore hospital would put patients at risk, nurses have said.

Senior nurse Alma Brodie said the closures would leave the night shift short of staff.

Health board managers said no decision had been taken.
""",
    "regatta.txt": """Baker wins ice regatta

Cardiff baker, Owen Pryce, became the first Welshman to be crowned champion of the ice regatta.

The regatta was first held on the frozen lake in 1921, when a Dutch skater won it.

Some 40 boats took part this year, the organisers said.
""",
    "lights.txt": """Lighthouse trust loses keepers appeal

The Northern Lighthouse Trust has lost an appeal against a ruling that it owed its former keepers back pay.

Judges at the appeal court said the keepers had been paid less than the law required.

A trust spokesman said: "We will study this judgement in detail before deciding our next step."

The keepers' union said its members were delighted with the ruling.
""",
    "hale.txt": """Hale sees gains for Liberal Democrats

Liberal Democrat leader Rowan Hale has said his party will gain seats across the north.

He would make no predictions other than that he expected the Liberal Democrats to win more seats at the election.

Pollsters predicted the Liberal Democrats would lose seats in the north at the election, the Daily Mail reported.

Labour said the forecast was wishful thinking.
""",
    "bans.txt": """Football banning orders dropped

Scotland's justice minister has dropped plans for new banning orders for football fans.

Justice Minister Moira Baird said the existing orders were working well.

Scottish National Party Justice Minister Ewan Rae said the plans had been a fiasco from start to finish.

Church of Scotland moderator Alan Begg welcomed the decision, saying Scottish football had moved on.

Scottish fans have been banned from grounds in England before.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round10c"), settings)


def test_a_name_with_a_hint_after_a_dash_is_that_person(engine):
    # "alma brodie - the health guy on bed numbers" is Alma Brodie, as "alma brodie, the health guy ..." is,
    # however loosely the hint says who she is
    first = first_excerpt(engine, "who is alma brodie - the health guy on bed numbers")
    assert "Senior nurse Alma Brodie said" in first.quote
    assert first.attribution is not None and first.attribution.text == "Alma Brodie"


def test_a_participle_after_the_post_is_the_deed_that_makes_it(engine):
    # "the first Welshman | crowned ...": the post, then the deed, as "the first Welshman to be crowned"
    first = first_excerpt(engine, "who was the first welshman crowned winner in the regatta on the lake")
    assert "Owen Pryce, became the first Welshman to be crowned champion" in first.quote


def test_a_participle_does_not_make_a_post_of_what_the_story_lacks(engine):
    # the deed must be told: nobody in the pack was the first Welshman "disqualified"
    answer = engine.ask("who was the first welshman disqualified in the regatta on the lake")
    assert not answer.found or "Owen Pryce" not in answer.excerpts[0].quote


def test_a_body_speaks_through_a_voice_named_by_the_last_word_of_its_name(engine):
    first = first_excerpt(engine, "what did the northern lighthouse trust say after losing the keepers appeal")
    assert "We will study this judgement in detail" in first.quote
    assert first.attribution is not None and first.attribution.text == "A trust spokesman"


def test_what_someone_is_predicting_asks_what_they_said(engine):
    # "what is hale predicting ...": words of speech under way, as "what is hale saying ..."
    q = "what is hale predicting for his party at the election"
    p = parse(q)
    assert (p.intent, p.who) == ("statements_by", "hale")
    first = first_excerpt(engine, q)
    assert "Rowan Hale" in first.quote or "he expected the Liberal Democrats" in first.quote
    assert first.attribution is not None and first.attribution.text == "Rowan Hale"


def test_a_post_asked_with_no_party_is_not_a_partys_own(engine):
    # "Scotland's justice minister" is Moira Baird, not the SNP's justice minister
    answer = engine.ask("who is scotland's justice minister")
    assert answer.found
    assert answer.actors and answer.actors[0].name == "Moira Baird"
    assert "Moira Baird" in answer.excerpts[0].quote and answer.excerpts[0].attribution.text == "Moira Baird"
    assert "Ewan Rae" not in answer.excerpts[0].quote
