"""Round 25 B (facts): where someone will be may be told as their parliamentary seat ("in his
Northam seat this weekend"), which is a place as a town or a hospital is; and what a post pays
may be told by the sentence after the one that names it, which calls it by its pay ("will take
up the £85,000-a-year post"); and a story calls the person it is about by their age ("The
42-year-old was educated at ..."), after naming them. A small invented pack, so every
expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "hint.txt": """Tarrant hints at early poll

Former minister Owen Tarrant has dropped fresh hints that an early general election is coming.

Speaking on local radio, Mr Tarrant said he was getting ready for an announcement soon. He explained that he would be in his Northam seat this weekend, not that he expected the poll to be called then. The prime minister is expected to visit the palace next week.
""",
    "ombudsman.txt": """Wales names rivers ombudsman

The first rivers ombudsman for Wales has been appointed.

Former water engineer Megan Rhys was chosen by ministers and will take up the £85,000-a-year post next month. She will run an office of twelve staff and can look into any complaint about river pollution. Campaigners welcomed the choice.
""",
    "venn.txt": """Profile: Carla Venn

Carla Venn's swift rise through the government continues with her promotion to transport minister.

Ms Venn is seen as a loyal ally of the prime minister, Tom Reed. Before entering politics, Carla Venn worked for the Harbour Trust with Mr Reed. She then ran a small charity. The 42-year-old was educated at Millbrook Grammar before going on to Durham to study law. Carla Venn is married with two sons.
""",
    "toll.txt": """Minister gives wave death toll

Minister Ann Cole has told MPs that four people from the region died in the tsunami.

Ms Cole said families had been told. Ms Cole praised the response of local charities. Ms Cole said more help would follow. Teacher Paul Grey was among the dead. The 31-year-old was holidaying in Phuket with friends.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round25b"), settings)


def test_a_seat_is_where_someone_will_be(engine):
    first = first_excerpt(engine, "where was tarrant going to be at the weekend")
    assert "in his Northam seat this weekend" in first.quote


def test_a_post_named_then_called_by_its_pay(engine):
    first = first_excerpt(engine, "whats the salary for the rivers ombudsman for wales")
    assert "£85,000-a-year post" in first.quote


def test_the_pay_of_a_post_told_as_a_yearly_sum(engine):
    first = first_excerpt(engine, "how much does the rivers ombudsman for wales get paid")
    assert "£85,000-a-year post" in first.quote


def test_a_person_called_by_their_age(engine):
    first = first_excerpt(engine, "where was carla venn educated")
    assert "educated at Millbrook Grammar" in first.quote


def test_an_age_after_another_person_is_not_the_story_subject(engine):
    a = engine.ask("where was ann cole holidaying")
    assert not a.found or "Phuket" not in a.excerpts[0].quote
