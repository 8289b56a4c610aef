"""Round 22 C (stance): a threat asked, a problem asked without the apostrophe, what X backs,
what X plans next, and a want others press on X. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine
from bot.answer.question import parse

ARTICLES = {
    "ferry.txt": """Islanders fight ferry cuts

The Harbour Ferry Campaign was so angered by the cuts that it threatened to blockade the harbour at Kelport.

The ferry company plans to cut the winter timetable to two sailings a day.

Campaign chairman Ross Dunn said islanders depended on the ferry for hospital visits.

The Harbour Ferry Campaign held a public meeting on the quay last week.
""",
    "depot.txt": """Drivers lose depot appeal

Three judges rejected an appeal by bus drivers against the closure of the Elmford depot on Monday.

The judges ruled that the company had acted lawfully when it closed the depot.

The Elmford Drivers Group, representing more than 60 drivers, say they are prepared to take their case to the supreme court.

The company said the depot had been losing money for years.
""",
    "rivers.txt": """Holt arrives for river talks

Environment minister Anna Holt arrived in Moravia for two days of talks on Monday.

Even before the talks began, Ms Holt was being urged to push for action on river pollution by campaigners.

The talks will resume in June.
""",
    "treaty.txt": """Minister seeks river treaty

Environment minister Anna Holt flew to Moravia on Monday.

According to the Courier, the minister wants to end Moravian dumping with a river pollution treaty.

Officials in Moravia declined to comment.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round22c"), settings)


def test_what_they_are_threatening_to_do_is_their_threat(engine):
    # "threatening to do" asks a plan held over others: "threatened to blockade the harbour"
    p = parse("what is the harbour ferry campaign threatening to do")
    assert (p.intent, p.stance) == ("stance", "plan")
    first = first_excerpt(engine, "what is the harbour ferry campaign threatening to do")
    assert "threatened to blockade the harbour" in first.quote


def test_a_problem_asked_without_the_apostrophe_is_a_view():
    # "whats the unions problem with ...": the plural's apostrophe left out, as people type
    p = parse("whats the unions problem with the new rota")
    assert (p.intent, p.who, p.topic, p.stance) == ("stance", "the unions", "the new rota", "view")


def test_what_x_backs_is_where_x_stands():
    p = parse("what does gordon reid back on fuel duty")
    assert (p.intent, p.who, p.topic, p.stance) == ("stance", "gordon reid", "fuel duty", "view")
    # ... but "what did X do to push back on" asks a deed, and "what did X say about going back" words
    assert parse("what did reid do to push back on the fuel duty rise").intent != "stance"
    assert parse("what did reid say about going back to the front bench").intent == "statements_by"


def test_what_they_are_planning_next_is_any_plan_they_are_prepared_to_carry_out(engine):
    # "next" is when, not a word the plan holds; "prepared to take their case" is a plan
    first = first_excerpt(engine, "what is the elmford drivers group planning next")
    assert "prepared to take their case to the supreme court" in first.quote


def test_a_want_others_press_on_x_is_not_xs_want(engine):
    # "was being urged to push for action": what campaigners want of Mr Holt, not what she wants
    first = first_excerpt(engine, "what is anna holt pushing for on river pollution")
    assert "wants to end Moravian dumping" in first.quote
