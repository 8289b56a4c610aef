"""Round 16 (C): who a question names when it puts a post before a name. A post and titles
before a person's full name ("the dpp ken hollis", "met commissioner sir alan rourke") name that
person when they agree with how the pack describes them; "the asdet boss" is the body's head,
whatever the story calls the post ("general secretary"); and "the tory spokesman" is also the
party's unnamed spokesman, not only the one person the pack describes so. "The mp who got
mugged in peru" is the one MP whose story (one story, not several) tells it. A small invented pack, so every
expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "pleas.txt": """Guilty plea discounts set out

New guidelines on cutting sentences for offenders who admit their guilt early have been published.

The Director of Public Prosecutions, Ken Hollis, said the discount for an early guilty plea was set down by parliament.

"It represents a tougher regime than before," he said.

Metropolitan Police Commissioner Sir Alan Rourke said the guidelines would help his officers.

Sir Alan added that victims would be spared giving evidence in court.

Critics said offenders would get off lightly.
""",
    "shops.txt": """Shops urged to stay shut on holidays

A bill would keep large shops in Scotland closed on Christmas Day.

The Asdet trade union said shop workers should be able to spend the day with their families.

Asdet general secretary Jane Corrie added: "Christmas Day is a special day for shop workers and their families."

Shop owners said the bill would cost them sales.
""",
    "cards.txt": """Tories to back identity cards

The Tories are to back government plans to introduce identity cards.

Despite giving their backing to the cards, the Conservatives insisted they would hold ministers to account over the cost of the scheme.

They said they would also press Labour over whether the Home Office could deliver it.

"It is important to remember that this bill will take a decade to come into full effect," a spokesman said.

Liberal Democrat home affairs spokesman Tom Ferris said the scheme was a waste of money.
""",
    "budget.txt": """Budget attacked as a con

The chancellor's budget was attacked by the opposition parties.

Tory spokesman Oliver Grant said the budget was a con on working families.
""",
    "mugged.txt": """MP attacked by muggers in Peru

An MP has had his wallet and passport stolen after being mugged by four men in a park in Peru.

Harold Benn, the MP for Easton and Mill, was attacked in a park in the capital, Lima.

He said in a statement: "It was a frightening experience. Four men grabbed me from behind."

Police in Lima are questioning two men over the attack.
""",
    "crime.txt": """Street crime rising

Labour MP Sarah Hale said muggings in her constituency had risen by a third.

She called for more police on the streets.
""",
    "trade.txt": """Trade mission to South America

Labour MP Sarah Hale said the trade mission to Peru had been a success.

British firms signed contracts worth £40m.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round16c"), settings)


def test_a_post_typed_as_initials_before_a_full_name_names_that_person(engine):
    # "the dpp" is the director of public prosecutions the pack describes Ken Hollis as
    first = first_excerpt(engine, "what did the dpp ken hollis say about guilty pleas")
    assert "discount for an early guilty plea was set down by parliament" in first.quote
    assert first.attribution.text == "Ken Hollis"
    # ... but a post that does not describe him names no one: Ken Hollis is no police commissioner
    answer = engine.ask("what did police commissioner ken hollis say about the guidelines")
    assert not answer.found or all(x.attribution is None or x.attribution.text != "Ken Hollis" for x in answer.excerpts)


def test_a_short_post_and_a_title_before_a_full_name_name_that_person(engine):
    # "met commissioner sir ...": "Met" is short for "Metropolitan", "Sir" a form of address
    first = first_excerpt(engine, "what did met commissioner sir alan rourke say about the guidelines")
    assert "the guidelines would help his officers" in first.quote
    assert first.attribution.text == "Alan Rourke"


def test_a_bodys_boss_is_its_head_whatever_the_story_calls_the_post(engine):
    first = first_excerpt(engine, "what did the asdet boss say about christmas day")
    assert "Christmas Day is a special day for shop workers" in first.quote
    assert first.attribution.text == "Jane Corrie"


def test_a_partys_spokesman_is_also_its_unnamed_one(engine):
    # Oliver Grant is described as a "Tory spokesman"; the party's unnamed spokesman speaks for it too
    first = first_excerpt(engine, "what did the tory spokesman say about how long the identity card bill would take")
    assert "this bill will take a decade to come into full effect" in first.quote
    assert first.attribution.text == "a spokesman (Conservatives)"  # round 29 M: the body the index ties it to
    first = first_excerpt(engine, "what did the tory spokesman say about the budget")
    assert "the budget was a con" in first.quote
    assert first.attribution.text == "Oliver Grant"


def test_a_post_and_what_its_holder_did_name_the_one_holder_whose_story_tells_it(engine):
    first = first_excerpt(engine, "what did the mp who got mugged in peru say about the attack")
    assert "It was a frightening experience" in first.quote
    assert first.attribution.text == "Harold Benn"
    # ... told in one story: Sarah Hale's stories name muggings and Peru, each in another one
    answer = engine.ask("who is the mp who got mugged in peru")
    assert answer.found and answer.actors[0].name == "Harold Benn"
