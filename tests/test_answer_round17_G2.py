"""Round 17, G2 (stance): in X's own words, what X says ought to be done ("broadcasters should
fix a date", "questions must be answered") is X's want as directly as "X wants" is. A small
invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "debate.txt": """Peer presses for televised leaders debate

Lord Fenwick, who has campaigned for televised debates at past elections, said broadcasters were ready to stage a leaders debate before the election.

If the prime minister did not want to take part, the broadcasters could still hold the debate with an empty chair, Lord Fenwick said.

Lord Fenwick argued that broadcasters "should fix a date for the debate" as soon as the election is called.
""",
    "escape.txt": """Questions over patient escape

Harriet Lomond has written to the first minister about the escape of a patient from Dunmore.

She said: "The health board seemed to indicate yesterday that the escape from Dunmore hospital was a matter for the hospital itself and for nobody else."

She said questions must be answered about the escape, if the public is to be reassured.
""",
    "nuisance.txt": """Regulator asked to act on nuisance calls

Jane Pryce, the consumer group's director, has written to the regulator saying: "Such nuisance calls to pensioners and hospital patients are unlawful and distressing."

Ms Pryce urged the regulator to fine the firms responsible.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round17g2"), settings)


def test_what_x_says_others_should_do_is_x_want_not_another_s_want_x_reports(engine):
    # "did not want" is the prime minister's want, which Lord Fenwick reports; his own is the "should"
    first = first_excerpt(engine, "what does lord fenwick want broadcasters to do about the debate")
    assert "should fix a date for the debate" in first.quote
    assert "Fenwick" in first.attribution.text


def test_what_x_says_must_be_done_is_x_demand(engine):
    first = first_excerpt(engine, "what is harriet lomond demanding over the hospital escape")
    assert "questions must be answered about the escape" in first.quote
    assert "Lomond" in first.attribution.text


def test_a_call_that_is_no_call_for_anything_voices_no_want(engine):
    # "nuisance calls" name the thing asked about, not a call for something
    first = first_excerpt(engine, "what does jane pryce want the regulator to do about the calls")
    assert "urged the regulator to fine the firms" in first.quote
    assert "Pryce" in first.attribution.text
