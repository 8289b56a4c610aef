"""Round 20 B (event, relation): "the relationship between X and Y after the Z sale" asks how X
and Y are tied, the time or event after the pair being no part of the second's name; and "...,
according to the ITN political editor" names a source the story calls by name ("Fiona Drake says
..."), whose post is no word the answer must hold; and "what happened at the talks with X in Y"
is how the talks ended, which their story opens on, not the sentence that tells who met where;
"what debt deal did X sign" is answered by a sentence that names a deal or tells the signing,
before one on the trip and the debt that does neither. A small invented pack, so every expectation is
exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine
from bot.answer.question import parse

ARTICLES = {
    "harlow.txt": """Verdane buys Harlow search arm

Verdane has agreed to buy the search business of Harlow Corp for $4bn, in a sale announced on Monday.

Harlow Corp will keep its stake in Quenby Group, which is worth about $20bn.

Harlow Corp shareholders will vote on the sale in June.
""",
    "poll.txt": """Pryce set to name poll date

ITN political editor Fiona Drake has been briefed by ministers on the timing of the poll.

Fiona Drake says Mr Pryce will ask the King on 9 May to dissolve Parliament.

Opposition parties have already begun their campaigns.
""",
    "railtalks.txt": """Stalemate in rail pay talks

Talks aimed at averting a national rail strike have ended without agreement after two hours.

Three rail unions met Transport Secretary Jane Holt at the party conference in Harrogate.

They want the government to drop plans to close ticket offices.

Discussions will resume next week.
""",
    "pryce.txt": """Pryce visits hospital

Prime Minister Tom Pryce visited a hospital in Leeds on Tuesday.

He said the King had opened the new wing.
""",
}

# (a pack of its own, so its words weigh nothing in the other tests)
DEAL_ARTICLES = {
    "harcourt1.txt": """Profile: Paul Harcourt

Paul Harcourt has been finance minister since 2001.

A trip to the Commonwealth summit earlier this year, to publicise his scheme to cancel the debt of poor nations, also gave Mr Harcourt a chance to show his softer side.
""",
    "pay.txt": """Nurses accept pay deal

Nurses have accepted a pay deal worth 3% after a union ballot.
""",
    "harcourt2.txt": """No apology for the past, says Harcourt

Finance minister Paul Harcourt has said the country should stop apologising for its colonial past.

Mr Harcourt has signed a debt relief deal with Malawi this year which could cost the country £1bn.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round20b"), settings)


def test_a_time_after_the_pair_is_no_part_of_the_second_name():
    p = parse("what's the relationship between yahoo and alibaba after the verizon sale")
    assert (p.intent, p.who, p.other) == ("relation", "yahoo", "alibaba")
    p = parse("what was the relationship between ted heath and jeremy thorpe in 1974")
    assert (p.who, p.other) == ("ted heath", "jeremy thorpe")
    # ... but a name that holds no such time is kept whole
    assert parse("relationship between lord drayson and the party in government").other == "the party in government"


def test_the_tie_after_an_event_is_told_by_the_sentence_naming_both(engine):
    first = first_excerpt(engine, "what's the relationship between harlow corp and quenby group after the verdane sale")
    assert first.quote.startswith("Harlow Corp will keep its stake in Quenby Group")
    assert first.attribution is None


def test_a_source_asked_by_post_is_the_one_the_story_names(engine):
    for q in ("according to the itn political editor, when will pryce go to the king to dissolve parliament",
              "when will pryce go to the king to dissolve parliament, according to the itn's political editor"):
        first = first_excerpt(engine, q)
        assert first.quote.startswith("Fiona Drake says Mr Pryce will ask the King on 9 May")
        assert first.attribution.text == "Fiona Drake"
    # ... and a post no one in the pack holds answers nothing
    answer = engine.ask("when will pryce go to the king to dissolve parliament, according to the bbc political editor")
    assert not answer.found


def test_what_happened_at_talks_is_how_they_ended(engine):
    first = first_excerpt(engine, "what happened at the rail strike talks with holt in harrogate")
    assert first.quote.startswith("Talks aimed at averting a national rail strike have ended without agreement")
    assert first.attribution is None


@pytest.fixture(scope="module")
def deal_engine(tmp_path_factory, settings) -> Engine:
    return engine_over(DEAL_ARTICLES, tmp_path_factory.mktemp("round20b_deal"), settings)


def test_what_kind_of_thing_was_done_names_the_kind_or_the_deed(deal_engine):
    first = first_excerpt(deal_engine, "what debt deal did harcourt sign on his commonwealth trip this year")
    assert first.quote.startswith("Mr Harcourt has signed a debt relief deal with Malawi")
    assert first.attribution is None
