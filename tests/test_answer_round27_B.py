"""Round 27 B (said, other): a body's possessive typed without its apostrophe before a person's
name ("the nrts jane moss") still names that person, as "NRT's Jane Moss" does; a span
of time counted in minutes or seconds ("given 90 seconds") answers "how long"; a span spent doing
something the question does not ask ("speaking for almost two hours") is not how long the thing
asked lasted; and a span of years cut short ("2011-13") asks those years, not a word "13"; and "what exactly are X" is answered by the sentence that
opens on X and says what it is ("X are ..."), before those that only name it; "what was the X election turnout" asks a figure; "usage" is told as "use". A small
invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "ferry.txt": """Ferry strike threat grows

Ferry crews on the northern routes have voted to strike next month.

NRT transport correspondent Jane Moss said the walkout could cut off the islands for a week. NRT has covered the dispute since the summer.

Union leader Colin Dray said his members had been patient for too long.
""",
    "show.txt": """Talent show hopefuls pitch their plans

A television talent show for would-be councillors was broadcast on Friday night.

The hopefuls were given 90 seconds to pitch their plans to the studio audience.

The winner will stand in next year's local elections.
""",
    "curfew.txt": """Porthaven curfew ends

The night curfew in Porthaven was lifted on Sunday.

"The Porthaven curfew has done its job," the mayor said, speaking for almost two hours before leaving the stage.

Residents described a tense nine days from the time the Porthaven curfew began to the moment it was lifted.
""",
    "reef.txt": """Minister backs coral reef research

Environment minister Alan Crewe has backed coral polyp research, saying the country must not fall behind.

Mr Crewe acknowledged there were genuine worries about coral polyp research.

Coral polyps are tiny soft-bodied animals that build reefs from the lime they secrete.

The minister said funding for coral polyp work would double next year.
""",
    "ward.txt": """Booth joins Riverside ward battle

Council leader Ann Booth has been drafted in to boost turnout in the Riverside ward election as the campaign enters its final week.

Some 4,120 Riverside voters had returned their postal ballots by Friday - a turnout of 31.2%.

Polls close next Thursday.
""",
    "broadband.txt": """Study ranks Norland high on broadband

A government-commissioned study ranked Norland fifth in its world index of use of broadband by small firms.

The minister said the country was sprinting forward, but that challenges remained.

The study was based on 6,000 telephone interviews with businesses.
""",
    "gifts.txt": """Charity gifts rise

Donations to the town's charities rose sharply over three years.

There were almost £4m in recorded gifts to local charities in 2011, 2012 and 2013, the county council said.

Most of the money came from small monthly gifts.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round27b"), settings)


def test_a_possessive_without_its_apostrophe_names_the_person(engine):
    x = first_excerpt(engine, "what did the nrts jane moss say about the ferry strike")
    assert "could cut off the islands" in x.quote
    assert x.attribution is not None and "Moss" in x.attribution.text


def test_a_span_in_seconds_answers_how_long(engine):
    x = first_excerpt(engine, "how long did the talent show hopefuls get to pitch their plans")
    assert "90 seconds" in x.quote


def test_a_span_spent_doing_something_else_is_not_the_span_asked(engine):
    x = first_excerpt(engine, "how long did the porthaven curfew last")
    assert "nine days" in x.quote


def test_a_span_of_years_cut_short_asks_those_years(engine):
    x = first_excerpt(engine, "how much did local charities get in donations 2011-13")
    assert "£4m" in x.quote


def test_a_definition_answers_what_a_thing_is(engine):
    x = first_excerpt(engine, "what exactly are coral polyps")
    assert x.quote.startswith("Coral polyps are tiny soft-bodied animals")


def test_a_turnout_with_words_before_it_asks_a_figure(engine):
    x = first_excerpt(engine, "what was the riverside ward election turnout by friday")
    assert "31.2%" in x.quote


def test_usage_is_told_as_use(engine):
    x = first_excerpt(engine, "where did norland come in the usage ranking")
    assert "ranked Norland fifth" in x.quote
