"""Round 20 G: of two named together, a clause on one that names the other ("Mr Vane, who was
instrumental in returning Mr Kettering to the Labour Party") tells how they are tied, as a
description of one by the other does, before a sentence where one only acts on the other. And a
verb of a stance in its -ing form asks that stance ("what is X seeking", "what is X hoping the
government does" ask a want), while "what is X hoping to do" asks what X sets out to do, a plan.
A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "mayor.txt": """Vane urges mayor to say sorry

Prime Minister Ellis Vane has urged city mayor Rob Kettering to apologise for his remarks to a reporter.

Mr Vane, who was instrumental in returning Mr Kettering to the Labour Party, insisted on Wednesday it was time for the mayor to say sorry.

Mr Kettering said he would not apologise.
""",
    "harbour.txt": """Harbour bill heads for vote

Ministers are to bring the harbour bill back to the Commons next week.

Shipping union leader Alan Dunmore said he expected the harbour bill to pass in the spring.

Mr Dunmore urged ministers to give the harbour bill more time in the Commons.

Mr Dunmore also plans to hold a rally of dock workers in Hull before the vote.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round20g"), settings)


def test_a_clause_on_one_naming_the_other_tells_the_tie(engine):
    for q in ("relationship between ellis vane and rob kettering", "how are vane and kettering connected"):
        first = first_excerpt(engine, q)
        assert "who was instrumental in returning Mr Kettering to the Labour Party" in first.quote, q
        assert first.attribution is None, q


def test_hoping_another_does_something_asks_a_want(engine):
    first = first_excerpt(engine, "what is alan dunmore hoping the government does with the harbour bill")
    assert first.quote.startswith("Mr Dunmore urged ministers to give the harbour bill more time")
    assert "Dunmore" in first.attribution.text


def test_seeking_asks_a_want(engine):
    first = first_excerpt(engine, "what is dunmore seeking from ministers on the harbour bill")
    assert first.quote.startswith("Mr Dunmore urged ministers to give the harbour bill more time")
    assert "Dunmore" in first.attribution.text


def test_hoping_to_do_something_still_asks_a_plan(engine):
    # (passes before and after: "hoping to" + a verb is what X sets out to do)
    first = first_excerpt(engine, "what is alan dunmore hoping to do before the vote on the harbour bill")
    assert first.quote.startswith("Mr Dunmore also plans to hold a rally of dock workers")
    assert "Dunmore" in first.attribution.text
