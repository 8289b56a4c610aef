"""Round 29 S. Who is X: a relative clause that gives the post the person held by an active verb
"as" it ("Martin Holt - who has resigned as transport secretary - built ...") says who they are,
as "who was transport secretary" does, whether set off by commas or dashes; it comes before a
sentence that names the post only in passing beside the name ("... first day as transport
secretary following Martin Holt's resignation"). Sources: "what paper is the X story based on"
asks the story's sources, as "which paper does the X story cite" does, so the paper a speaker's
words were given to ("Ms Ford told the Herald newspaper") answers it. A small invented pack, so
every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "a_ruling.txt": """Judges rule against rail plan

Judges have ruled that the new rail franchise rules were unlawful.

The ruling came on Anne Price's first day as transport secretary following Martin Holt's resignation.

Ms Price said she would study the judgment.
""",
    "b_quotes.txt": """Martin Holt in quotes

Martin Holt - who has resigned as transport secretary - built his reputation as a blunt speaker.

Here are some of his best known remarks.
""",
    "d_rail.txt": """Ford backs faster rail plan

Rail minister Jane Ford has said the new timetable will cut journey times across the north.

The change would be "the biggest shake-up of the railways in a generation", Ms Ford told the Herald newspaper.

Critics say the cost is too high.
""",
    "c_walk.txt": """Holt goes walking

Martin Holt spent the weekend walking in the Dales.

Mr Holt walked twenty miles on Saturday.

Mr Holt walked ten miles on Sunday with his dog.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round29s"), settings)


def test_a_clause_giving_the_post_held_says_who_one_is(engine):
    x = first_excerpt(engine, "who is martin holt")
    assert x.quote.startswith("Martin Holt - who has resigned as transport secretary")


def test_what_paper_is_the_story_based_on_asks_its_sources(engine):
    x = first_excerpt(engine, "what paper is the ford rail plan story based on")
    assert "Ms Ford told the Herald newspaper" in x.quote
