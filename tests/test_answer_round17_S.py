"""Round 17, helper S: a speaker the story names only by a description of one person ("the
charity's director added", "The former harbour master said") is the person it named just
before whom the pack describes so; a spokesman is never the one he speaks for. A small invented
pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "trust.txt": """Fishing charity launches appeal

The charity's director, Morag Blyth, said the Kilbrennan fleet needed a new slipway.

Harbour traders backed the appeal.
""",
    "crews.txt": """Harbour jobs warning

The Kilbrennan Trust says two hundred fishing jobs could go this winter.

"The slipway is crumbling and the boats cannot land their catch," Morag Blyth said.

"Young crews are leaving the harbour for good," the charity's director added.
""",
    "pier.txt": """Pier repairs delayed

Former harbour master Angus Reid has criticised the delay to the pier repairs.

Council leader Ewan Tolland said the money would be found next year.

Mr Reid was harbour master for twenty years.

The former harbour master said the pier would not survive another winter storm.
""",
    "ferry.txt": """Ferry timetable cut

Prime Minister Alison Crane visited the Wexmouth ferry terminal on Monday.

The prime minister's official spokesman said the winter ferry timetable would be cut by half.
""",
    "quay.txt": """Quay closure row

Mr Tolland has defended the closure of the old quay.

Conservative co-chairman Duncan Fyfe said the closure plans, recently withdrawn from the council's website, showed the council was rattled.

"The government, despite the fact that they would say want to go forward, not back, seem intent on talking about history rather than their own record or even more importantly, about the quay," he said on Sunday.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round17s"), settings)


def test_a_description_of_the_speaker_named_just_before_is_that_speaker(engine):
    first = first_excerpt(engine, "who said young crews are leaving the harbour for good")
    assert "Young crews are leaving the harbour for good" in first.quote
    assert first.attribution is not None and "Morag Blyth" in first.attribution.text


def test_a_description_the_pack_gives_a_person_named_before_is_that_person(engine):
    first = first_excerpt(engine, "who said the pier would not survive another winter storm")
    assert "would not survive another winter storm" in first.quote
    assert first.attribution is not None and "Angus Reid" in first.attribution.text
    # ... but a spokesman is never the one he speaks for, though the pack calls her prime minister
    first = first_excerpt(engine, "who said the winter ferry timetable would be cut by half")
    assert "ferry timetable would be cut by half" in first.quote
    assert first.attribution is not None and "Crane" not in first.attribution.text


def test_he_said_gives_a_persons_words_not_a_bodys(engine):
    first = first_excerpt(engine, "who said the government seems intent on talking about history rather than its own record")
    assert "seem intent on talking about history" in first.quote
    assert first.attribution is not None and "Duncan Fyfe" in first.attribution.text
