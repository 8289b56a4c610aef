"""Round 17 B (event, relation): a when-question's schedule words ("planned for", "supposed to")
and "become the first ..." are no words of the answer; "what else ... apart from X" asks for
something beyond X; in a story about X, "He" doing something is X. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "ferry.txt": """Ferry crews to walk out over pay

Ferry crews on the Clyde routes will stage a walkout over pay, the seafarers' union has said.

Union leaders said members were angry at a two-year pay freeze. Up to 900 crew members could take part in a stoppage already earmarked for 14 June.

The operator said it was disappointed and urged the union to return to talks.
""",
    "records.txt": """Old court records go online

Court records from the 19th century have been put online by the national archive.

Among the papers is the story of Mary Kerr, the first woman ever to sail across the Minch alone. That happened in 1911 after she had bought a small boat from a Stornoway fisherman.

Archivists said the records would help family historians.
""",
    "kerr.txt": """Former schools minister Kerr dies

Former schools minister Sir Angus Kerr has died at his home in Perth, his family has announced.

The former Conservative MP for Perth died after a long illness. The 80-year-old served at the Scottish Office from 1979 to 1986 under Margaret Thatcher.

In education, he faced criticism over rural school closures. He also merged the Dundee College of Art and the Perth Technical Institute to create the Tay College. Sir Angus was later knighted for his work.
""",
    "harbour.txt": """Skippers face fines for sailing in fog

Skippers will be fined if they take their boats out of Oban harbour in thick fog, harbour master Ian Dow has ruled.

Mr Dow said some skippers had been sailing in fog at night and he also cautioned skippers against using old charts.

The harbour board backed the ruling.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round17b"), settings)


def test_when_a_thing_is_planned_for_is_its_date_not_a_word_planned(engine):
    # "planned for" asks the schedule: "a stoppage already earmarked for 14 June"
    first = first_excerpt(engine, "when is the ferry crews' stoppage planned for")
    assert "earmarked for 14 June" in first.quote
    assert first.attribution is None


def test_when_someone_became_the_first_to_do_something_is_told_where_they_are_called_that(engine):
    # "Mary Kerr, the first woman ever to sail ... That happened in 1911": no "became" needed
    first = first_excerpt(engine, "when did mary kerr become the first woman to sail across the minch alone")
    assert "the first woman ever to sail across the Minch alone" in first.quote
    assert "That happened in 1911" in first.quote
    assert first.attribution is None


def test_what_else_apart_from_x_is_what_the_story_also_tells(engine):
    # "else" and "besides" are no words of the answer; "he also cautioned" is the something else
    for q in ("what else did ian dow warn skippers about besides fog",
              "what else did mr dow warn skippers about apart from fog"):
        first = first_excerpt(engine, q)
        assert "he also cautioned skippers against using old charts" in first.quote
        assert first.attribution is not None and "Dow" in first.attribution.text


def test_in_a_story_about_someone_he_doing_something_is_their_deed(engine):
    # the headline names Kerr, the story names no one as often: "He also merged ..." is his deed
    first = first_excerpt(engine, "what did angus kerr do with the dundee college of art")
    assert first.quote.startswith("He also merged the Dundee College of Art")
    assert first.attribution is None
