"""Round 14, helper D: how a question names what it asks (a hedge on a figure, a concern
under a condition, a name typed with two letters swapped, a post, an unnamed holder) and
why someone went somewhere. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "flood.txt": """Charity helps Marden flood victims

A charity is to give a £2m grant to help women and girls hurt in the Marden flood who lost their homes.

An estimated 4,000 girls and women were hurt during the flood.

The grant will pay for shelters and clinics.
""",
    "dairy.txt": """Dairy giant buys cheese maker

Creamfield has bought the cheese maker Wolds Farm for £40m.

"The worry with that is that it puts the squeeze on the farmers upstream," said Jana Kowal, a professor at Leeds University whose research includes food supply chains.

Creamfield said prices in its shops would fall.
""",
    "tague.txt": """Tague rules out return

Former Liberal leader Colin Tague says he will not stand for the leadership again, having given up his ambition to be prime minister.

Asked if he would ever lead the party again, Mr Tague replied: "No. Definitely not."

Mr Tague became an MP at 29 and leader of the opposition at 41. He said: "By the age of 45, I had done it all."

Colin Tague has written six books on naval history.
""",
    "taughey.txt": """Shipyard sold

The shipyard owner Colin Taughey has sold the yard to a Korean group.
""",
    "tidal.txt": """Fell backs tidal power

Ann Fell has backed tidal power, saying it is important people are not frightened of new energy.

She spoke in Bristol.
""",
    "hull.txt": """Tories gather in Hull

Tory leader Ann Fell opened the party conference in Hull on Friday.
""",
    "greens.txt": """Tory row over tidal barrage

Tory councillor Bob Lyle opposes tidal power, saying the barrage would harm birds.

The Tories will meet on Friday.
""",
    "marsh.txt": """Ex-minister Lord Marsh dies aged 90

Former foreign minister Lord Marsh has died at the age of 90.

He once travelled to Harbin in 1978 to plead for the life of a jailed engineer, Tom Hale, who was under a death sentence for treason.

His career was often marked by battles with his own party.
""",
    "ferry.txt": """Ministers meet over ferry link

The transport minister has met council leaders to talk about bringing the ferry link into the port.

Some are worried that the link's high running costs and low passenger numbers might make the port plan unaffordable.

The Port Authority has also said it will start talks with the ferry firms in April.
""",
    "gazettepage.html": """<html><head><title>Quay bridge to close for repairs</title>
<meta property="og:site_name" content="Wendham Gazette"><meta name="author" content="Ada Quill">
<link rel="canonical" href="https://www.wendhamgazette.example/news/quay-bridge"></head>
<body><article><h1>Quay bridge to close for repairs</h1>
<p>The quay bridge will close for a month of repairs in the spring.</p>
<p>But, as ever, it will be the weather that will almost certainly decide the outcome of the repairs.</p>
</article></body></html>
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round14d"), settings)


def test_a_hedge_before_how_many_asks_the_count_not_a_pair_of_people(engine):
    # "roughly how many women and girls ...": a count asked, not how women relate to girls
    answer = engine.ask("roughly how many women and girls were hurt in the marden flood")
    assert answer.intent == "search"
    assert "An estimated 4,000 girls and women were hurt" in answer.excerpts[0].quote
    assert answer.excerpts[0].attribution is None


def test_a_concern_asked_under_a_condition_is_a_fear_of_what_may_happen(engine):
    first = first_excerpt(engine, "what is jana kowal's concern if creamfield squeezes its suppliers on price")
    assert "puts the squeeze on the farmers upstream" in first.quote
    assert "Kowal" in first.attribution.text


def test_a_name_typed_with_two_letters_swapped_is_the_name_one_slip_away(engine):
    # "tauge" is Tague with two letters the wrong way round, not Taughey, two letters more
    first = first_excerpt(engine, "does colin tauge want to be liberal leader again")
    assert "will not stand for the leadership again" in first.quote or "Definitely not" in first.quote
    assert "Tague" in first.attribution.text


def test_an_age_told_as_at_n_after_a_step_in_a_life(engine):
    # "became ... leader of the opposition at 41": the story's own words, not the quote after it
    first = first_excerpt(engine, "how old was tague when he became leader of the opposition")
    assert first.quote == "Mr Tague became an MP at 29 and leader of the opposition at 41."
    assert first.attribution is None


def test_a_post_asked_by_name_is_its_holder_not_the_body_it_names(engine):
    # "the tory leader" is Ann Fell, not any Tory (a councillor who opposes it)
    first = first_excerpt(engine, "where does the tory leader stand on tidal power")
    assert "Ann Fell has backed tidal power" in first.quote
    assert "Ann Fell" in first.attribution.text


def test_a_journey_to_do_something_gives_the_reason_for_going(engine):
    first = first_excerpt(engine, "why did lord marsh go to harbin in 1978")
    assert "to plead for the life of a jailed engineer" in first.quote
    assert first.attribution is None


def test_a_fear_of_some_people_is_told_of_some_in_the_story(engine):
    # "why are some people worried": the story's "Some are worried that ...", not the reason of
    # the first body the question happens to name
    first = first_excerpt(engine, "why are some people worried about bringing the ferry link into the port")
    assert "Some are worried that the link's high running costs" in first.quote
    assert first.attribution is None


def test_according_to_an_outlet_names_its_pages_not_words_an_answer_holds(engine):
    first = first_excerpt(engine, "according to the wendham gazette what will decide the outcome of the bridge repairs")
    assert "it will be the weather that will almost certainly decide the outcome" in first.quote
    assert first.attribution is None
