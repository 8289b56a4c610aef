"""Round 26 C (event): "What happened hours after X's interview" asks what the story dates by
that event ("Hours after the interview, a fire broke out ..."), not the sentence telling the
interview itself; "what did X do once the talks failed" likewise is the sentence dated "within
hours of his final talks", where X is the subject. "Hours", "just", "shortly" before "after" keep
a "what happened ..." question a question of when.
"What is X doing this week" is dated by the week it names, as by a weekday: "... preparations this
week as she visits ..." comes before "a week-long tour" or a sentence on campaigning "ahead of" it.
"What has X decided to do" asks X's deed to come ("X is to stand down"): "decided to" is the
question's frame, not part of the name asked about.
"What was X supposed to have told Y" (or "what did X allegedly tell Y") asks a telling only
reported: the report of it answers ("The Herald said Garnet told the party leader ...", "denied a
report claiming he warned Fenwick ..."), as "who reported that X told Y" asks; not X's own words.
A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "interview.txt": """Mayor regrets slow progress on housing

Mayor Delia Varcoe has said her failure to build more homes is her biggest regret.

In an interview with the Courier, Ms Varcoe said it was "painful" not to have met her housing target.

She said she would keep trying to reach it.

Hours after the interview, a fire broke out at a tower block in the east of the city, injuring four people.

Ms Varcoe visited the scene later that evening.
""",
    "talks.txt": """Coalition bid collapses over Pendry role

The Greens refused to back Premier Rufus Pendry in return for support in the new parliament.

Mr Pendry held two rounds of talks with the Greens leader, Ada Moll, after the election produced no majority.

The Greens said they could not serve under Mr Pendry as premier.

Within hours of his final talks with Ms Moll, Mr Pendry told the nation he was resigning.
""",
    "pendry.txt": """Pendry's record recalled

In that election, Rufus Pendry lost and failed to form a coalition with the Greens.
""",
    "mp.txt": """Quarry to stand down as MP

Green MP Bernard Quarry is to stand down on the grounds of ill health.

The decision comes after Mr Quarry survived a vote of his local party over his expenses.
""",
    "strategist.txt": """Strategist denies defeatism

The party's campaign director has denied a report claiming he warned Joan Fenwick the party could not win the next election.

The Herald on Monday said strategist Lyle Garnet told the party leader to focus on holding 20 seats.

But Mr Garnet said in a statement: "I have never had any such conversation and I do not hold that view."

Ms Fenwick later added there was no truth in the report.
""",
    "marsh.txt": """Marsh begins pre-election tour

Green leader Tilda Marsh has begun a week-long tour to win over voters.

Ms Marsh's tour comes as she and the other party leaders all step up campaigning ahead of the general election.

Ms Marsh is stepping up Green election preparations this week as she visits Hull, York and Leeds.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round26c"), settings)


def test_what_happened_hours_after_an_event_is_dated_by_it(engine):
    x = first_excerpt(engine, "what happened hours after varcoe's courier interview")
    assert x.quote.startswith("Hours after the interview, a fire broke out")


def test_what_he_did_once_talks_failed_is_dated_by_the_talks(engine):
    x = first_excerpt(engine, "what did pendry do once the talks with the greens failed")
    assert x.quote.startswith("Within hours of his final talks with Ms Moll, Mr Pendry told the nation")


def test_what_has_he_decided_to_do(engine):
    x = first_excerpt(engine, "what has bernard quarry decided to do")
    assert x.quote.startswith("Green MP Bernard Quarry is to stand down")


def test_what_he_was_supposed_to_have_told_is_the_report(engine):
    x = first_excerpt(engine, "what was garnet supposed to have told fenwick about the election")
    assert x.quote.startswith(("The Herald on Monday said strategist Lyle Garnet told the party leader",
                               "The party's campaign director has denied a report claiming he warned Joan Fenwick"))


def test_what_she_is_doing_this_week(engine):
    x = first_excerpt(engine, "what is tilda marsh doing this week ahead of the election")
    assert x.quote.startswith("Ms Marsh is stepping up Green election preparations this week")
