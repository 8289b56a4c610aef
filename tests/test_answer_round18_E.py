"""Round 18, helper E: what the pack does not answer is declined. A count answers "how many"
only when it counts the thing asked, wherever in the story it is found; a sum answers what someone
is paid only when it is paid to them, and for what was asked; and a place doing something to another's
thing ("Scarborough hosting Labour's conference") must be named in the speaker's own words. A
small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "selection.txt": """Labour in constituency race row

A row has broken out over the selection of candidates in two London seats.

Local councillor Mary Tolland was selected for Eastfield, in a contest between three men and four women.

Party officials said the contests had been fair.

Members cast their votes at a meeting last week.
""",
    "northgate.txt": """Parkin wins Northgate race

In Northgate, councillor Jo Parkin won 212 votes in the selection, beating two rivals.
""",
    "takeover.txt": """Halden deal leaves shareholders waiting

Shareholders in Corvex will vote next month on the sale of the firm to Halden.

If shareholders vote down the deal and keep chief executive Dana Pryce, there is a termination fee of $20 million payable to Halden.

Under the terms of the merger, finance chief Ray Stone will be paid $5 million if the deal goes through.

Analysts said the price was fair.
""",
    "earnings.txt": """MPs' outside earnings shown

The rewards of leaving front-bench politics are shown in the latest register of members' interests.

And former Foreign Secretary Peter Quill was paid between £45,001 and £50,000 for the paperback edition of his book about his resignation from government. The declared income of up to £205,000 also includes payments for being a consultant to the Tote and for a regular column in the Guardian newspaper.

The register is published every year.
""",
    "resign.txt": """Quill quits cabinet over war

Peter Quill has resigned from the cabinet in protest at the war, saying he could not support it.

Mr Quill said he would stay on as an MP.
""",
    "columnist.txt": """Vale column deal

Backbencher Ann Vale is paid £20,000 a year for her column in the Guardian.
""",
    "conference.txt": """Labour picks Manchester for conference

Labour will hold its autumn conference in Manchester for the first time.

For years the party rotated between Scarborough, Blackpool and Manchester.

Tom Ridge, of the Blackpool hoteliers' group, said: "We tried very hard to bring them back to Blackpool. We have failed."

Council leader Sue Hale said Scarborough hosting Labour's conference had brought millions to the town.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round18e"), settings)


def test_a_count_found_elsewhere_in_the_story_must_count_what_was_asked(engine):
    # "three men and four women" counts candidates, not votes
    answer = engine.ask("how many votes did mary tolland get in the eastfield selection")
    assert not answer.found, [x.quote for x in answer.excerpts]


def test_a_count_of_what_was_asked_still_answers(engine):
    first = first_excerpt(engine, "how many votes did jo parkin get in the northgate selection")
    assert "won 212 votes" in first.quote
    assert first.attribution is None or "Parkin" not in first.attribution.text


def test_pay_asked_on_a_condition_is_not_a_fee_payable_to_another(engine):
    # the fee is payable to Halden, not paid to Dana Pryce
    answer = engine.ask("how much will dana pryce get paid if the halden deal goes through")
    assert not answer.found, [x.quote for x in answer.excerpts]


def test_pay_asked_on_a_condition_is_answered_by_a_sum_paid_to_them(engine):
    first = first_excerpt(engine, "how much will ray stone get paid if the deal goes through")
    assert "Ray Stone will be paid $5 million" in first.quote


def test_a_sum_paid_for_something_else_does_not_answer_what_a_column_pays(engine):
    # paid for the paperback of his book; the column's pay is not given
    answer = engine.ask("how much is peter quill paid for his guardian column")
    assert not answer.found, [x.quote for x in answer.excerpts]


def test_a_sum_paid_for_the_column_answers(engine):
    first = first_excerpt(engine, "how much is ann vale paid for her guardian column")
    assert "Ann Vale is paid £20,000 a year for her column" in first.quote


def test_a_place_doing_the_thing_asked_must_be_in_the_speakers_words(engine):
    # Ridge speaks of Blackpool losing the conference, never of Scarborough hosting it
    answer = engine.ask("what did tom ridge say about scarborough hosting labour's conference")
    assert not answer.found, [x.quote for x in answer.excerpts]


def test_a_speaker_naming_the_place_doing_it_answers(engine):
    first = first_excerpt(engine, "what did sue hale say about scarborough hosting labour's conference")
    assert "Scarborough hosting Labour's conference" in first.quote
    assert "Hale" in first.attribution.text
