"""Round 16 (F), stance: how a question asks a stance (a readiness to act, "after" inside the
topic), what states a plan (a threat to act), who voices a body's stance (one who speaks for
it), and which sentence answers first (X voicing the stance on the topic, before a fact on it).
A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "deal.txt": """Hale on coalition talk

Northern Party leader Dan Hale has been touring marginal seats ahead of the general election.

He said he would be doing no deals to "prop up" either of the big parties after the election.

Mr Hale said his party's candidates had raised more money than ever before.

Whether any party is willing to do a deal to prop up one of the big parties after the election is the talk of the campaign in the north, where Dan Hale's party is strong.
""",
    "pier.txt": """Pier repairs row

The Harbour Trust will monitor the council's pier works and report any damage.

Jo Fenn, of the Harbour Trust, told reporters: "We've long urged the council to rebuild the old pier in stone."

The council said the pier would stay closed until the summer.
""",
    "bakers.txt": """Bakers union on night work

The Bakers Union has called on the government to ban night shifts longer than ten hours.

It said figures from employment tribunals suggested 900 bakers had suffered "night shift injuries" at bakeries since 2001.

Ministers said they would study the report.
""",
    "clubs.txt": """Greens promise school clubs

Every child would be offered two hours of free after-school sport clubs a week by a Green government, the Greens have said.

The Greens say the council's plans for sport clubs have failed.

Parents want the council to keep its school sport clubs for children open in the holidays, the Greens say.
""",
    "curfew.txt": """Curfew orders bill

The Northern Party will vote against the curfew orders bill in the Commons on Tuesday night.

Northern Party home affairs spokesman Tom Reed said: "We believe a judge should decide on all curfew orders, not ministers."
""",
    "regiments.txt": """Army regiments campaign

Military chiefs will meet to decide the future of the county regiments.

The Save the Kestrel Regiment campaigners were so angered they threatened to stand against the government at the next general election.

A spokesman for the defence ministry said no decision had been taken.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round16f"), settings)


def test_whether_one_is_willing_to_do_a_thing_asks_a_plan(engine):
    first = first_excerpt(engine, "is dan hale willing to do a deal to prop up one of the big parties after the election")
    assert "doing no deals" in first.quote
    assert "Hale" in first.attribution.text


def test_one_speaking_for_a_body_voices_its_stance(engine):
    # "Jo Fenn, of the Harbour Trust" speaks for the trust ...
    first = first_excerpt(engine, "what does the harbour trust want the council to do with the pier")
    assert "long urged the council to rebuild the old pier" in first.quote
    assert "Fenn" in first.attribution.text
    # ... as its spokesman does
    first = first_excerpt(engine, "what does the northern party want on curfew orders")
    assert "a judge should decide on all curfew orders" in first.quote
    assert "Tom Reed" in first.attribution.text


def test_the_one_voicing_the_want_on_the_topic_comes_before_a_fact_on_it(engine):
    first = first_excerpt(engine, "what is the bakers union calling for on night shift injuries at bakeries")
    assert first.quote.startswith("The Bakers Union has called on the government to ban night shifts")
    assert "Bakers Union" in first.attribution.text


def test_after_inside_the_topic_is_no_part_of_who_is_asked(engine):
    # "what are the greens promising on after school sport": what the Greens promise, a plan
    # (not what "the greens promising on" are after, a want)
    first = first_excerpt(engine, "what are the greens promising on after school sport clubs for children")
    assert first.quote.startswith("Every child would be offered two hours of free after-school sport clubs")
    assert "Greens" in first.attribution.text


def test_a_threat_to_act_states_a_plan(engine):
    first = first_excerpt(engine, "what are the save the kestrel regiment campaigners planning to do at the election")
    assert "threatened to stand against the government" in first.quote
    assert "Save the Kestrel Regiment" in first.attribution.text
