"""Round 12 (E): asked whom a story rests on, the voices it names come before the ones it
leaves unnamed and does not cite ("critics claim ...", "The document said ..."). A small
invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "curfew.txt": """Teen curfew zones extended to 40 towns

Curfew zones for teenagers are to be extended to 40 more towns, ministers have announced.

The scheme has been hailed as a success but critics claim the results are at best mixed.

But researchers from Harwell University warned that curfews could push young people into other areas.

Police minister Joan Aldridge said the zones had cut vandalism by a third.
""",
    "candidate.txt": """Party suspends Dunmore candidate

The Reform Alliance has suspended its candidate in Dunmore over a leaked campaign paper.

The document reportedly said: "We want the old county boundaries back, every one of them."

Mr Keane was quoted in the Dunmore Herald saying: "I have been treated unfairly by the party."

Party spokesman Neil Royce said: "We are looking into what was written."
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round12e"), settings)


def test_a_named_source_comes_before_unnamed_critics(engine):
    first = first_excerpt(engine, "what sources does the story on the curfew zones cite")
    assert "critics claim" not in first.quote
    assert "researchers from Harwell University warned" in first.quote
    assert "Harwell" in first.attribution.text


def test_who_is_quoted_puts_a_named_person_before_the_document(engine):
    answer = engine.ask("who does the story on the dunmore candidate being suspended quote")
    quotes = [x.quote for x in answer.excerpts]
    assert answer.found and quotes[0].startswith("Mr Keane was quoted in the Dunmore Herald")
    assert answer.excerpts[0].attribution is not None and "Keane" in answer.excerpts[0].attribution.text
    # the unnamed voice is still listed, after the named ones
    assert any(q.startswith("The document reportedly said") for q in quotes[1:])


NAMES = {
    "gibraltar.txt": """Talks on the future of the Rock

Britain's Europe Director Dominick Chilcott will lead the UK side at the talks in Malaga.

Spain will be represented by its Europe minister.
""",
    "quangos.txt": """Lib Dems attack quango growth

Lib Dem spokesman Ed Davey said the number of quangos had grown by a third since 1997.

The Cabinet Office said many bodies had been merged.
""",
    "grieve.txt": """Tories attack ID cards bill

Shadow attorney general Dominic Grieve said the ID cards bill was badly drafted.

Dominic Grieve also said the Home Office had not counted the cost.
""",
}


@pytest.fixture(scope="module")
def names_engine(tmp_path_factory, settings) -> Engine:
    return engine_over(NAMES, tmp_path_factory.mktemp("round12e_names"), settings)


@pytest.mark.parametrize("question, quote, name", [
    ("who is dominic chilcott", "Europe Director Dominick Chilcott will lead", "Dominick Chilcott"),
    ("who is ed davy", "Lib Dem spokesman Ed Davey said", "Ed Davey"),
])
def test_a_name_typed_one_letter_off_in_lower_case_finds_the_person(names_engine, question, quote, name):
    answer = names_engine.ask(question)
    assert answer.found and quote in answer.excerpts[0].quote
    assert name in [a.name for a in answer.actors]


def test_another_given_name_is_someone_else(names_engine):
    answer = names_engine.ask("who is michael chilcott")
    assert "Dominick Chilcott" not in [a.name for a in answer.actors]
