"""Round 10 (D): "how many more" counts the thing named after "more"; "where" is answered by
a place, not by a body the question itself names; "the 71 year-old" later in a sentence is the
age of the person the sentence opens on. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "docks.txt": """Ministers lose dock lockout case

The Harbour Executive has lost an appeal against a docker's compensation for a lockout.

Docker Alan Pryce, 34, won £1,200 from the executive after he claimed he lost a month of wages in the dock lockout at Wexmouth. The executive now has more than 400 similar claims for damages from dockers and former staff. Mr Pryce said he was pleased.
""",
    "grange.txt": """Grange quits the Rural Party

Farmer and broadcaster Peter Grange has quit the Rural Party after a row over its leadership.

Mr Grange will quit the Rural Party and carry on the fight outside the Rural Party. Mr Grange will quit the Rural Party at a public meeting in Dunmore, Fenshire on Friday.
""",
    "palace.txt": """Palace standoff in Veloria

Veloria President Marcus Odenda, his wife Lena and two aides are under guard at the palace and are insisting the 71 year-old completes his term, a source said.

Crowds gathered outside the palace on Sunday. The executive of the ruling party met on Monday. The executive said it was facing questions.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round10d"), settings)


def test_how_many_more_counts_the_thing_named_after_more(engine):
    # "how many more dock lockout claims": a count of claims (not of "more"), not the sum one claimant won
    first = first_excerpt(engine, "how many more dock lockout claims does the executive have")
    assert first.quote == "The executive now has more than 400 similar claims for damages from dockers and former staff."
    assert first.attribution is None


def test_where_is_answered_by_a_place_not_a_body_asked_nor_an_event(engine):
    # not "outside the Rural Party": the question's own party is no place it is quit
    first = first_excerpt(engine, "where will grange quit the rural party")
    assert first.quote == "Mr Grange will quit the Rural Party at a public meeting in Dunmore, Fenshire on Friday."
    assert first.attribution is None


def test_the_age_epithet_later_in_a_sentence_is_the_age_of_its_first_person(engine):
    first = first_excerpt(engine, "how old is odenda")
    assert "insisting the 71 year-old completes his term" in first.quote
    assert first.attribution is not None and first.attribution.text == "a source"
