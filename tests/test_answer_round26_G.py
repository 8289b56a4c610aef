"""Round 26 G (abstention): what a story tells a speaker said is on what it names.

"Mr Hollis has not set out his views yet, but has said he intends to put patients first" is
the story's own report of what he said, and it names what it is about: health policy, not gene
therapy, whatever the headline ("Gene therapy fears over Hollis's views"). So is "Tom Reddy said
in a memo that the "gap between the two store brands has become less important"", a phrase of his
quoted inside the story's clause, under "Cheap trout shows grocer's plans". When such a sentence
names none of the topic, nor do the sentences beside it, the question is declined. A quotation
under the same headline ("We are deeply worried") is still read as on the headline's topic.
"Who won the mock vote in schools" asks for the winner of that contest: "a role he
won in May 2002", a win of something else beside a schools minister, does not answer it.
A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "hollis.txt": """Gene therapy fears over Hollis's views

Scientists have raised concerns about the religious beliefs of the new health secretary, Mark Hollis.

Mr Hollis belongs to a church group which opposes gene therapy on embryos.

Campaigners fear his faith could shape government policy on gene therapy.

The group has spoken out against the work of several university laboratories.

Its leaders met ministers twice last year.

The new secretary was appointed on Monday after a cabinet reshuffle.

Mr Hollis has not set out his detailed views yet, but has said he intends to put patients first in health policy.

This would include shorter waiting lists and cleaner hospitals, he said.

Opposition parties said the appointment was a mistake.

Several charities asked to meet him before the summer.

Professor Ruth Adler, who runs a laboratory in Leeds, said: "We are deeply worried and we will ask to see him."
""",
    "trout.txt": """Cheap trout shows grocer's plans

A rainbow trout promotion at Brookfield Foods has caught the eye of anglers across the region.

The chain was bought by an online retailer last year.

Its shops have lowered the price of eggs, beef and bread since then.

Analysts expect more shops to open next year.

Brookfield Foods chief executive Tom Reddy said in a memo that the "gap between the two store brands has become less important" as the chain cut prices.

Shares in the retailer rose on Monday.

Farmers said they were worried about what they would be paid next year.
""",
    "mock.txt": """Pupils to take part in mock poll

Thousands of pupils will take part in the Young Voice mock election in schools this spring.

The scheme is run by a charity which promotes citizenship lessons.

Schools will hold hustings and pupils will cast their votes on the same day as the general election.
""",
    "profile.txt": """Profile: Daniel Frost

Daniel Frost is one of the rising stars of the government.

Elected in a safe seat in 2001, his previous job was schools minister - a role he won in May 2002.

He is close to the prime minister.
""",
    "byelection.txt": """Lib Dems look to hold Dunmore

The Liberal Democrats hope to keep the Dunmore seat at the general election.

Lib Dem MP Sarah Quill overturned a big Labour majority to win the seat in last year's Dunmore by-election.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round26g"), settings)


def test_a_reported_remark_on_something_else_is_not_on_the_headlines_topic(engine):
    a = engine.ask("what did mark hollis say about gene therapy")
    assert not a.found, [x.quote for x in a.excerpts]


def test_a_quotation_under_the_headline_still_answers(engine):
    x = first_excerpt(engine, "what did ruth adler say about gene therapy")
    assert "deeply worried" in x.quote


def test_the_reported_remark_answers_what_it_names(engine):
    x = first_excerpt(engine, "what did mark hollis say about health policy")
    assert "put patients first" in x.quote


def test_a_phrase_quoted_inside_the_storys_clause_is_still_the_storys_report(engine):
    a = engine.ask("what did tom reddy say about the trout promotion")
    assert not a.found, [x.quote for x in a.excerpts]


def test_the_report_with_a_quoted_phrase_answers_what_it_names(engine):
    x = first_excerpt(engine, "what did tom reddy say about the two store brands")
    assert "less important" in x.quote


def test_a_win_of_something_else_is_not_the_contest_asked(engine):
    a = engine.ask("who won the mock vote in schools")
    assert not a.found, [x.quote for x in a.excerpts]


def test_the_contest_named_as_asked_answers_who_won(engine):
    x = first_excerpt(engine, "who won the dunmore by-election")
    assert "Sarah Quill overturned a big Labour majority" in x.quote
