"""Round 30 D. Stance: "what are the greens offering pensioners on heating" asks what the Greens
offer them, a pledge (it was read as "who is the greens offering ..."); an offer told in the
passive of those it is made to ("Under the scheme, new mothers would be offered ..."), in a story
that names the party, is the party's. "What is the X expected to demand": X, not "X expected to",
holds the want. "What has X proposed" asks X's plan, and a sentence with X its subject after a
phrase of time ("In March last year, Mr Dalby announced proposals ...") is told of X. Sources: one
the story names ("Norwegian newspaper Dagposten") comes before one it calls only by a nationality
and a kind ("a Norwegian news outlet"); the story on "the new rail safety strategy" is the one
story that prints those words as one phrase. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine
from bot.answer.question import parse

ARTICLES = {
    "a_heating.txt": """Parties set out heating plans

The parties have set out their plans for household heating bills.

The Greens have promised a cut in heating bills for pensioners, who they say are hardest hit by rising energy prices.

Mr Stone's heating rebate for pensioners was £50 less than what the Greens were offering, Mr Reed said.
""",
    "b_mothers.txt": """Greens unveil family manifesto

The Green Party has unveiled a manifesto aimed at young families.

Under the scheme, new mothers would be offered a weekly grant of £100 for the first year after the birth of a child.

The party says the plans are fully costed.
""",
    "c_panel.txt": """Panel to report on river pollution

A panel of scientists will publish its report on river pollution next month.

As well as more testing, the panel is likely to demand fines for firms that dump waste in rivers.

Its members visited twelve rivers last year.
""",
    "d_ports.txt": """Norway seeks Danish help on ports

Norway has sent a senior official to Copenhagen for talks on shared ports, a Norwegian news outlet reported on Friday.

Norway has asked Denmark to delay new port fees, Norwegian newspaper Dagposten reported, citing anonymous sources.

According to Norwegian sources, the talks will go on next week.
""",
    "e_fees.txt": """Fee plan played down

Ministers have played down fears of a rush of students from the south.

In March last year, Mr Dalby announced proposals to raise fees for southern students studying in the north by £500.

No figure has yet been agreed.
""",
    "f_firm.txt": """Rail firm reveals its safety strategies

A rail firm has set out the strategies behind its new safety drive, its chief executive Tom Hale said.

"We want every train to be safer," Mr Hale said.
""",
    "g_roads.txt": """Young drivers to get lessons in school

Pupils will be offered driving theory lessons under plans set out by ministers on Tuesday.

The lessons are part of the government's new rail safety strategy, which also covers level crossings, said a Transport Department spokesman.

Road charity Brake said the plans were welcome.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round30d"), settings)


def test_what_one_is_offering_others_is_a_pledge():
    p = parse("what are the greens offering pensioners on heating bills")
    assert (p.intent, p.who, p.topic, p.stance) == ("stance", "the greens", "pensioners on heating bills", "plan")
    # ... not a thing called an offering
    assert parse("what is the share offering").intent != "stance"


def test_the_offer_is_what_the_party_pledged(engine):
    x = first_excerpt(engine, "what are the greens offering pensioners on heating bills")
    assert x.quote.startswith("The Greens have promised a cut in heating bills for pensioners")
    assert x.attribution is not None and x.attribution.source == "The Greens"


def test_an_offer_told_of_those_it_is_made_to_is_the_partys(engine):
    x = first_excerpt(engine, "what are the greens offering new mothers")
    assert x.quote.startswith("Under the scheme, new mothers would be offered a weekly grant")
    assert x.attribution is not None and "Green" in x.attribution.source


def test_what_one_is_expected_to_demand_is_their_want(engine):
    p = parse("what is the panel expected to demand")
    assert (p.intent, p.who, p.stance) == ("stance", "the panel", "want")
    x = first_excerpt(engine, "what is the panel expected to demand")
    assert "the panel is likely to demand fines" in x.quote


def test_a_named_source_comes_before_one_called_only_by_its_nationality(engine):
    x = first_excerpt(engine, "what sources does the story on norway seeking danish help on ports cite")
    assert x.quote.startswith("Norway has asked Denmark to delay new port fees")
    assert x.attribution is not None and "Dagposten" in x.attribution.source


def test_what_one_has_proposed_is_a_plan_told_of_them(engine):
    p = parse("what has dalby proposed on fees for southern students")
    assert (p.intent, p.who, p.stance) == ("stance", "dalby", "plan")
    x = first_excerpt(engine, "what has dalby proposed on fees for southern students")
    assert x.quote.startswith("In March last year, Mr Dalby announced proposals")
    assert x.attribution is not None and "Dalby" in x.attribution.source


def test_the_story_that_prints_the_topic_as_one_phrase_is_the_one_asked(engine):
    x = first_excerpt(engine, "what sources does the story on the new rail safety strategy cite")
    assert x.article.title == "Young drivers to get lessons in school"
