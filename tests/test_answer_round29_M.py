"""Round 29 M (said): a quotation opened in one sentence and left open goes on in the next, the
one that names its speaker ("“These days it is like a fairground. People just want to stare,”
says X."), so the two are one quote, read from where it opens; MPs asked of are the members of an
"all-party group" (one way: not every body of MPs is all-party); and a bare "A spokesman" whose words the index ties to a body is credited
with the body it speaks for ("A spokesman (Association of ...)"), as a careful reader of
"The association has issued guidance ... A spokesman said: ..." would name it. A small invented
pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "ferries.txt": """Ferry strike guidance issued

Ferry crews across Calderby will walk out on Friday in a row over pay.

The Association of Calderby Harbour Masters has issued guidance to ports on how to deal with the strike. A spokesman said: "Basically, it is not going to be harbour masters rowing boats across the bay, it will be based on the tides and the timetables."

Passengers have been told to check before they travel.
""",
    "harbour.txt": """Harbour crowds anger boat crews

Crowds are flocking to Calderby harbour to watch the new fishing fleet come in.

Ann Tull has worked on the quay for thirty years.

“These days the quay is like a fairground. People just want to come and stare at the boats, without asking what the crews need,” says Tull, who chairs the crews' committee.

“We’re having to put up with a lot of noise. Nobody asks the crews.”

The council said it had made no decision on parking at the quay, and would make one soon.
""",
    "rowing.txt": """Call to tighten rules on rowing wagers

A committee has called for a tightening of the rules on wagers placed on rowing races.

The Rowing and Sculling Group held a long inquiry into wagers last year.

It followed fears that a rise in wagers on races, placed by telephone and online, had led to more cheating.

The all-party group recommended 12 ways to protect punters and improve the integrity of rowing wagers.

They include a proposal for longer bans for crews found to have cheated.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round29m"), settings)


def test_a_bare_spokesman_is_credited_with_the_body_he_speaks_for(engine):
    x = first_excerpt(engine, "what did the association of calderby harbour masters say about the ferry strike")
    assert "harbour masters rowing boats" in x.quote
    assert "Association of Calderby Harbour Masters" in x.attribution.source
    assert x.attribution.source.startswith("A spokesman")


def test_a_quotation_left_open_is_read_from_where_it_opens(engine):
    x = first_excerpt(engine, "what did ann tull say about people coming to stare at the boats")
    assert x.quote.startswith("“These days the quay is like a fairground.")
    assert "Tull" in x.attribution.source


def test_mps_asked_of_are_an_all_party_group(engine):
    x = first_excerpt(engine, "how many recommendations did the mps make on wagers")
    assert "recommended 12 ways" in x.quote
