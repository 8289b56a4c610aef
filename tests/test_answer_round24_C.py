"""Round 24 C (event): "what did X do with his pager" asks X's deed. X's own quoted words that
name the pager ("He said: "I am hopeless with this pager ..."") say something; the story's
sentence where X does something ("Mr Thorne sent the memo by mistake ...") tells what he did.
"When is the ferry strike planned" asks the time of the thing a story headlined "... ferry
strike" is about: its sentence with a time beside "strike" ("a strike already set for 12 April"),
not another story's "Next Tuesday's strike action ... hitting ferry terminals", which holds the
words apart.
"How did X and Y hook up" asks how two people came together, as "how did X hook up with Y" does.
A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "memo.txt": """Thorne: memo row 'a storm in a teacup'

Former party adviser Desmond Thorne is at the centre of a row over a rude memo sent to a radio station.

Mr Thorne sent the memo by mistake to the Morning Desk programme after it questioned his role in the party's advertising.

He later called the station to apologise.

He said: "I am hopeless with this pager gadget and pressed the wrong button."

Party officials said the row would soon be forgotten.
""",
    "adviser.txt": """Pollster joins minor party campaign

An American pollster is to advise the Rural Alliance in the coming election.

Harold Vance, who worked for two US governors, said he would help the party for free.

"I was on a train in the Alps and, by chance, so was Rural Alliance leader Gwen Ashdown. We talked for hours," he said.

Ms Ashdown said the party was lucky to have him.
""",
    "ferry.txt": """Talks fail to avert ferry strike

Talks between ministers and the seafarers' union have failed to end the dispute over ferry crews' pay.

Union leaders will meet ministers on Thursday to discuss the dispute and the threatened strike.

Up to 4,000 crew members could take part in a strike already set for 12 April.

The union said its members were angry.
""",
    "docks.txt": """Dockers walk out over jobs

Dockers at six ports have voted to walk out over plans to cut 900 jobs.

Next Tuesday's strike action by the dockers' union is the biggest in the ports for a decade, hitting ferry terminals, warehouses and container yards.

The employers said the cuts were needed.
""",
    "sport.txt": """Club unveils new stadium plan

The football club has unveiled plans for a new stadium on the edge of the town.

The chairman said the ground would hold 30,000 fans.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round24c"), settings)


def test_his_deed_before_his_own_quote(engine):
    x = first_excerpt(engine, "what did desmond thorne do with his pager")
    assert x.quote.startswith("Mr Thorne sent the memo by mistake")


def test_his_words_asked_are_still_his_quote(engine):
    x = first_excerpt(engine, "what did desmond thorne say about his pager")
    assert "hopeless with this pager" in x.quote


def test_two_people_hooking_up_is_a_tie_between_them(engine):
    x = first_excerpt(engine, "how did harold vance and gwen ashdown hook up")
    assert x.quote.startswith('"I was on a train in the Alps')
    assert x.attribution is not None and "Vance" in x.attribution.text


def test_the_time_of_the_thing_the_headline_names(engine):
    x = first_excerpt(engine, "when is the ferry strike planned")
    assert x.quote == "Up to 4,000 crew members could take part in a strike already set for 12 April."
