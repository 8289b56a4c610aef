"""Round 19 B (event, relation): "when would the first permits be issued" is answered by the
sentence that tells the issuing, not by one on the permits whose only time is that of another
event; "why did X quit as Y" is not answered by a sentence that tells the quitting only after
"following" (what it led to); "what's X's family link to Y" and "the financial relationship
between X and Y" ask how the two are tied; to own up to something is to admit it; and "what have
wardens done about X under the Y scheme" is told by the one story that opens on the scheme and
says later what the wardens did. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine
from bot.answer.question import parse

ARTICLES = {
    "permits.txt": """Ferris faces permit revolt

Transport Secretary Alan Ferris faces his first real test on Monday with a rebellion over the fishing permits bill.

Mr Ferris has said the bill will protect stocks.

The first permits would be issued in 2009, and Mr Ferris said Parliament could decide later whether to charge for them.
""",
    "court.txt": """Court rules against the Home Office

The ruling came on Lionel Marsh's first day as environment secretary following Rupert Kell's resignation.

Campaigners welcomed the ruling.
""",
    "kell.txt": """Kell row should end, says premier

Mr Kell quit as environment secretary last week after an inquiry found he had misled MPs over a grant to Rupert Kell's old firm.

The premier said the row should now end.
""",
    "dorran.txt": """Dorran urges asylum rethink

Opposition leader Peter Dorran, whose grandfather died in Treblinka, called for a rethink of asylum rules.

He spoke to party members in Leeds on Friday.
""",
    "truant.txt": """Dorran 'skipped school for chess'

Opposition leader Peter Dorran has admitted he used to play truant to spend afternoons at a chess club.

Mr Dorran said he was not proud of it.
""",
    "litter.txt": """New litter targets to be unveiled

Twenty new towns getting special help to fight litter and fly-tipping in Wales will be named on Thursday.

Ten towns have already had extra money and the government is now expanding the crackdown to more areas.

Councils will say that more than 900 fines were issued last year.

Wardens have also cleared 80 dumping sites and issued more than 300 warnings to shops.

The new towns will also receive extra funding.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round19b"), settings)


def test_when_it_will_be_done_is_the_time_of_the_deed_not_of_another_event(engine):
    # "faces his first real test on Monday ... over the fishing permits bill" covers more of the
    # question, but Monday is when Mr Ferris faces his test, not when the permits are issued
    a = engine.ask("when would the first fishing permits be issued")
    assert a.found and a.intent == "when"
    first = a.excerpts[0]
    assert first.quote.startswith("The first permits would be issued in 2009")
    assert first.attribution is None  # (the issuing is the story's telling)


def test_a_resignation_told_after_following_is_no_reason_for_it(engine):
    # "following Rupert Kell's resignation" tells what the resignation led to; the post
    # ("as environment secretary") is no part of the deed whose cause is asked
    a = engine.ask("why did rupert kell quit as environment secretary")
    assert a.found and a.intent == "why"
    first = a.excerpts[0]
    assert first.quote.startswith("Mr Kell quit as environment secretary last week after an inquiry found")
    assert first.attribution is None


def test_a_family_link_and_a_financial_relationship_ask_how_two_are_tied():
    assert parse("what's peter dorran's family link to treblinka").intent == "relation"
    p = parse("what's the financial relationship between hereford hospital and the powys health board")
    assert (p.intent, p.who, p.other) == ("relation", "hereford hospital", "the powys health board")


def test_a_family_link_is_answered_by_the_sentence_naming_both(engine):
    first = first_excerpt(engine, "what's peter dorran's family link to treblinka")
    assert first.quote.startswith("Opposition leader Peter Dorran, whose grandfather died in Treblinka")
    assert first.attribution is None


def test_to_own_up_to_something_is_to_admit_it(engine):
    first = first_excerpt(engine, "what did peter dorran own up to about skipping school as a boy")
    assert first.quote.startswith("Opposition leader Peter Dorran has admitted he used to play truant")
    assert first.attribution is None


def test_a_deed_under_a_scheme_is_told_by_the_story_that_opens_on_the_scheme(engine):
    # no sentence names wardens, dumping sites and the litter crackdown together: the one story
    # on it opens on the crackdown, and says later what the wardens did
    a = engine.ask("what have wardens done about dumping sites under the litter and fly-tipping crackdown")
    assert a.found
    first = a.excerpts[0]
    assert first.quote.startswith("Wardens have also cleared 80 dumping sites")
    assert first.attribution is None
