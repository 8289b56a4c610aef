"""Round 13 (who said): a body or a thing named after a person ("the Ann Vale Party") is not that
person, though its name holds all of theirs. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over
from bot.answer import Engine

ARTICLES = {
    "coast.txt": """Vale quits coastal party

Ann Vale has quit the UK Coastal Party after a row over its leadership.

Party chairman Rob Dunn said Ms Vale was "more interested in the Ann Vale Party than the UK Coastal Party".

Ms Vale said she would stand as an independent at the election.
""",
    "coast2.txt": """UKCP picks new leader

The UKCP has elected Rob Dunn as its leader after a ballot of members.

Mr Dunn said the UKCP would fight every seat on the coast.

Ms Vale said the UKCP had lost its way.

The Ann Vale Party said fishing quotas should be scrapped within a year.

Mr Dunn said Ms Vale had always wanted the fishing quotas scrapped.
""",
    "bridge.txt": """Bridge plan delayed

The mayor wanted a new bridge over the river, but the plan has been delayed by a year.

Residents wanted the work to start before the summer, and made their views known at a meeting.

The contractor said it would make a statement once the survey was finished.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round13a"), settings)


def test_a_party_named_after_a_person_is_not_that_person(engine):
    vale = engine.actors.find_in("Ann Vale")[0].actor
    assert vale.kind == "person"
    assert all(v.name != "Ann Vale Party" for v in engine.actors.variants(vale))
    party = engine.actors.find_in("the Ann Vale Party")[0].actor
    assert party.name == "Ann Vale Party"
    assert all(v.name != "Ann Vale" for v in engine.actors.variants(party))


def test_what_a_party_named_after_her_said_is_not_what_she_said(engine):
    # "The Ann Vale Party said fishing quotas should be scrapped" is the party's, not Ms Vale's
    answer = engine.ask("what did ann vale say about fishing quotas")
    assert not answer.found
    assert all("Ann Vale Party said" not in x.quote for x in answer.excerpts)
    # ... and what she said herself is still hers
    answer = engine.ask("what did ann vale say about the ukcp")
    assert answer.found
    assert answer.excerpts[0].quote == "Ms Vale said the UKCP had lost its way."
    assert answer.excerpts[0].attribution is not None and "Vale" in answer.excerpts[0].attribution.text
