"""Round 20 (F), stance: a verb of the stance in any of its forms ("accusing him ... and calling
for him to apologise", "are promising to") is X saying it directly; a source that is X's name as
printed is X's own, though the index tied that name to another ("The Liberal Democrats", read as
the US "Democrats"); to "run for" a post is to "stand for" it. Small invented packs, so every
expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "drink.txt": """Mayor in drink remark row

Mayor Tom Reed said it was fine for students to get drunk now and then.

Councillor Ann Price said: "It is shocking that any mayor should make a drink remark telling students to get drunk."

"The mayor should withdraw these remarks."
""",
    "drink2.txt": """Drink remark draws fire

The mayor's remark on drink has drawn fire from the council.

Councillor Ann Price wrote to Mr Reed on Tuesday accusing him of poor judgement and calling for him to apologise for his ill-judged remark.

Mr Reed said his words had been twisted.
""",
    "us.txt": """Democrats win Senate vote

The Democrats won a Senate vote on Tuesday. Democrats said the vote was a turning point.
""",
    "stamp.txt": """Lib Dems 'to target stamp duty'

The Liberal Democrats are promising to raise the stamp duty threshold if they win the general election, in a bid to court first-time buyers.

Lib Dem spokesman Ed Vane said the plan would help young families.
""",
    "budget.txt": """Budget to set scene for poll

The chancellor will set out his budget on Wednesday.

The Liberal Democrats unveiled their own proposals to raise the stamp duty threshold to £150,000 in February.

For the Lib Dems Ed Vane said: "The chancellor will tell us how well the economy is doing."
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round20f"), settings)


def test_a_verb_of_wanting_in_its_ing_form_is_said_directly(engine):
    # "accusing him ... and calling for him to apologise": her call, before her quote whose
    # "should" is what she condemns ("that any mayor should make a drink remark")
    first = first_excerpt(engine, "what does ann price want reed to do about his drink remark")
    assert "calling for him to apologise" in first.quote
    assert first.attribution.text == "Ann Price"


def test_a_source_printed_as_the_holders_name_is_the_holders_own(engine):
    # "The Liberal Democrats are promising ...": their own words, though the index read "Democrats"
    # as the US party; before the story's report of their proposals
    first = first_excerpt(engine, "what are the liberal democrats promising on stamp duty")
    assert "are promising to raise the stamp duty threshold" in first.quote
    assert first.attribution.text == "The Liberal Democrats"


# A second pack: a race "stood for" as the question "runs for" it.
RACE = {
    "hale.txt": """Hale 'gives up' his leadership hopes

Former Green leader Tom Hale says he will not stand for the leadership again, having given up his ambition to be mayor.

Mr Hale, 51, told the Wexmouth Gazette he would now write books.
""",
    "race.txt": """Council race opens

Jo Marsh will stand for mayor in May, her party said. The Greens will stand in every seat.
""",
    "ferry.txt": """Ferry timetable

The new ferry will run twice a day from June. Buses will run to the quay.
""",
}


@pytest.fixture(scope="module")
def race(tmp_path_factory, settings) -> Engine:
    return engine_over(RACE, tmp_path_factory.mktemp("round20f_race"), settings)


def test_to_run_for_a_post_is_to_stand_for_it(race):
    # the British story says "stand for the leadership" where the question says "run for"
    first = first_excerpt(race, "would hale run for council leader again")
    assert "he will not stand for the leadership again" in first.quote
    assert first.attribution.text == "Tom Hale"
