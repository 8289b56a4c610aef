"""Round 18, helper O (other questions): a figure asked of a named person is given where that
person is named; a share counts nothing a "how many" asks, and two sentences that count it answer. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "pupils.txt": """Pupils 'know little' of town hall

Pupils in Dorset know little about who runs their council, a survey for the county suggests.

Only a quarter of Dorset pupils knew that the Greens ran the council and the Liberals were the opposition.

Almost all could name the mayor, but only one in eight knew who Ruth Penhale was, and just one in 20 recognised Owen Tregear.

The survey of 900 pupils was carried out in March.
""",
    "penhale.txt": """Penhale defends council record

Council leader Ruth Penhale has defended her record after ten years in charge of Dorset's council.

"Over nearly a quarter of a century in local politics I have seen a lot change," Ms Penhale said.

"In 1985 I was first elected - and in the nearly quarter of a century since, pupils have recognised me in every school," said Owen Tregear, the opposition leader.
""",
    "board.txt": """Councillors tout harbour board plan

A group of councillors has published a draft plan for a smaller harbour board in which 60% of members would be elected.

The board has argued over reform since 1998.

Their plan would see the harbour trust renamed the Kelmouth Harbour Board, and its members would be known as wardens.

There would be 45 wardens, including 27 elected members and 18 appointed members.

They would serve for four years.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round18o"), settings)


def test_a_share_asked_of_those_who_knew_a_person_is_where_the_person_is_named(engine):
    first = first_excerpt(engine, "what share of dorset pupils knew who ruth penhale was")
    assert "one in eight knew who Ruth Penhale was" in first.quote
    assert first.attribution is None


def test_a_count_of_those_who_recognised_a_person_is_not_in_that_persons_own_words(engine):
    # "a quarter of a century" in Mr Tregear's own remark counts no pupils who recognise him
    first = first_excerpt(engine, "how many pupils recognised owen tregear")
    assert "one in 20 recognised Owen Tregear" in first.quote
    assert first.attribution is None


def test_a_share_is_no_count_and_two_sentences_that_count_the_thing_answer(engine):
    # "60% of members would be elected" does not say how many members; "27 elected members" counts them
    first = first_excerpt(engine, "how many members would the elected harbour board have")
    assert "There would be 45 wardens" in first.quote
    assert first.attribution is None
