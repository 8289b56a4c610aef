"""Round 15, helper F: whose stance a sentence tells. A sentence naming X and voicing X's stance,
in the story that covers the whole topic, is on the topic though it names only part of it; the
post's holder is the one described as holding the post itself, not a deputy; "back then" is a
time, not support. A guard: a body's sentence opening "X said ..." is its view, before its
chairman's quote. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "pensions.txt": """Strike threat over pension plans

Public sector unions have threatened to strike over changes to their pensions.

The Cabinet Office said the public sector pension changes would be published on Thursday.

Jo Bland, from the Public and Clerical Workers union, said there should be a one day strike unless ministers think again.
""",
    "pensiontalks.txt": """Talks on pension strike

Union leaders met ministers on Monday over the pension row.

"Sector workers face pension changes," said Jo Bland.
""",
    "temple.txt": """Fell to address temple

Liberal Democrat leader Anna Fell is to address 500 people at a temple in Leeds.

Ms Fell will call for a "fair approach" to tackling knife crime.
""",
    "deputy.txt": """Rudd on crime

Liberal Democrat deputy leader Tom Rudd spoke about knife crime in Hull on Friday.

Mr Rudd said his approach to policing had been tested over ten years of tackling crime.

The Lib Dems want a tougher approach to tackling knife crime, with more police on the streets.
""",
    "airport.txt": """Campaign group in court over runway

Residents' groups will challenge the government's White Paper on airports in the High Court.

Stop Gatwick Expansion said the White Paper, published in December 2003, was "fundamentally flawed" and did not follow the proper consultation process.

"We know the challenge is large because the courts have never overturned a government White Paper," said Stop Gatwick Expansion chairman Ned Parr.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round15f"), settings)


def test_own_stance_sentence_in_the_story_of_the_whole_topic_is_on_it(engine):
    # "there should be a strike" names only "public" of the topic, in the story on the pension
    # changes: what she calls for, before a quote of hers on the topic that calls for nothing
    # (old: that quote)
    first = first_excerpt(engine, "what is jo bland calling for over the public sector pension changes")
    assert "there should be a one day strike" in first.quote
    assert first.attribution.text == "Jo Bland"


def test_the_party_leader_is_the_one_described_as_leader_not_the_deputy(engine):
    # both leader and deputy leader have stories on knife crime: "the lib dem leader" is Fell,
    # not the party (old: "The Lib Dems want a tougher approach ...")
    first = first_excerpt(engine, "what approach does the lib dem leader want to tackling knife crime")
    assert '"fair approach" to tackling knife crime' in first.quote
    assert first.attribution.text == "Anna Fell"


def test_a_body_opening_a_sentence_with_said_speaks_its_view(engine):
    # a guard (passes on 36b17d2 too): the body's own words, before its chairman's
    first = first_excerpt(engine, "what's stop gatwick expansion's view of the government's airports white paper")
    assert "was \"fundamentally flawed\"" in first.quote
    assert "Gatwick Expansion" in first.attribution.text


# "back when" / "back then" is a time, not support: no sentence of backing is asked for
ARTICLES_BACK = {
    "crane.txt": """Crane rebuts critics

Peter Crane has defended his record on prisons.

TV presenter Jan Mott said Mr Crane gave the impression as a minister that he would "lock up the whole town".
""",
    "dover.txt": """Presenter backs Crane

Jan Mott said she would back Peter Crane when he stands in Dover in May.
""",
}


@pytest.fixture(scope="module")
def engine_back(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES_BACK, tmp_path_factory.mktemp("round15f_back"), settings)


def test_back_then_is_a_time_not_backing(engine_back):
    # (old: "Jan Mott said she would back Peter Crane ...")
    first = first_excerpt(engine_back, "what did jan mott say about crane back then")
    assert "lock up the whole town" in first.quote
    assert first.attribution.text == "Jan Mott"
