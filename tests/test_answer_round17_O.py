"""Round 17, helper O (other questions): a sum the question names is the question's own, whole
("£40bn" is not "£4" and "0bn"), so the sentence that only repeats it is no answer; and a
share asked for ("what share of ...") is answered by a share, not by a count or a sum. A small
invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "harbour.txt": """Council unveils harbour savings plan

The Kelmouth council says it can save £40bn over ten years by cutting waste in its harbour budget.

Council leader Ann Pryce said the plan was the boldest in the region.

Ms Pryce said £25 billion of it would go on new roads and the rest on schools.

Opposition councillors said the harbour savings plan did not add up.
""",
    "nurses.txt": """Nurses back strike in union poll

Nurses in Dorset have voted in a union poll on a strike over pay.

The union asked 3,400 nurses in Dorset whether they backed the strike.

In the poll, 62% of those who voted said they backed a walkout, the union said.

Hospital managers said patient care would not suffer.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round17o"), settings)


def test_a_sum_the_question_names_is_no_answer_to_how_much_of_it(engine):
    # "£40bn" is the question's own sum, whole: the sentence that only repeats it answers nothing
    first = first_excerpt(engine, "how much of the kelmouth council's £40bn harbour savings would go on roads")
    assert "£25 billion of it would go on new roads" in first.quote
    assert "Pryce" in first.attribution.text


def test_the_same_sum_in_the_other_spelling_of_its_unit_is_the_questions_own(engine):
    answer = engine.ask("how much of the £40 billion harbour savings would go on roads")
    assert answer.found
    assert "£25 billion of it would go on new roads" in answer.excerpts[0].quote
    assert all("can save £40bn" not in x.quote for x in answer.excerpts)


def test_a_share_asked_is_answered_by_a_share_not_a_count(engine):
    first = first_excerpt(engine, "what share of dorset nurses backed the strike in the union poll")
    assert "62% of those who voted" in first.quote
    assert "union" in first.attribution.text
    first = first_excerpt(engine, "what percentage of nurses backed the strike")
    assert "62% of those who voted" in first.quote
