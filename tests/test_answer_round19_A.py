"""Round 19 A (who_said): whom "who accused X of ..." acts on is the one named right after the
verb, and a voice that does it may be told in a relative clause ("Jack Straw, who accused the
Tories of ..."); a speaker's words that hold the claim's rarest word in quotation marks answer
before sentences that only share the claim's subject, in any story that says the rest; "who
invoked the old saying ..." asks who said it; "who called X a Y" is answered by a speaker's
words in quotation marks that hold Y, without a verb of naming. Sources: a body a story names again by the end of
its name ("the Northern Regional Council" ... "said the regional council") is one source. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "treaty.txt": """Straw launches treaty paper

Foreign Secretary Jack Straw launched the government's paper on the European treaty on Thursday.

Shadow foreign secretary Michael Ancram said: "This is a cheap gesture from a prime minister who runs scared of a debate on Europe he knows he cannot win."

His claims were denied by Jack Straw, who accused the Tories of "running scared" of debate.
""",
    "spend.txt": """Tory leader unveils spending plan

The Conservatives have set out plans for tax cuts worth £4bn.

However, Chief Treasury Secretary Paul Boateng said: "None of the Tories' sums add up so they can't pay for any tax cuts, which means the only cut is to frontline services."
""",
    "fears.txt": """Howard dismisses tax fears

Michael Howard has dismissed fears from some Conservatives about his plans.

Labour says the Tories' tax sums do not add up and would do economic damage.

The Liberal Democrats launched their election platform on Monday, with leader Charles Kennedy attacking the Iraq war.

Lib Dem Treasury spokesman Vince Cable branded the Tory plans as "fantasy economics".
""",
    "royal.txt": """Royal couple watch nation's mood

Prince Charles and Camilla Parker Bowles are to marry in April at Windsor.

The Archbishop of Canterbury said he was satisfied the arrangements were consistent with church guidelines. Australia's Prime Minister John Howard also offered his congratulations, adding that their decision to marry was a "sensible and a good thing".
""",
    "round.txt": """Week in brief

Economic growth slowed in the autumn. Economic forecasts were revised. Tax receipts rose. The sums were checked twice.

A Tory MP resigned. The economic picture is mixed. The council's decision was final. A decision on the road is due. Fewer couples marry in winter. Many marry young. The decision to close the school angered parents. Ministers made the decision on Monday. A sensible diet helps. Sensible shoes sell well. The decision was delayed.
""",
    "burglar.txt": """Burglar defence guidelines issued

Householders who use reasonable force against burglars will not be prosecuted, new guidelines say.

Home Secretary Charles Clarke said: "I believe in that old adage 'an Englishman's home is his castle'."

The Tories want the law changed so that only grossly disproportionate force is a crime.
""",
}

SOURCES_ARTICLES = {
    "clinic.txt": """Clinic drops out-of-county plan

A hospital has dropped plans to stop treating patients from outside the county who have waited more than three months.

Dr Jane Morton, chief executive of Fenwick Health Board, had said it was "a totally unacceptable way to behave".

The contract was worth £7m a year to the hospital. In a statement, the Northern Regional Council said the situation was "unacceptable". "But Fenwick Health Board is committed to ensuring our patients receive the care that is appropriate," said the regional council. Earlier, Paul Hale, chief executive of Arden Hospital Trust, had said: "It is with real regret that we have taken this step."
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round19a"), settings)


def test_the_one_accused_is_named_after_the_verb_and_the_accuser_may_be_told_in_a_relative_clause(engine):
    # not Mr Ancram's quote on Europe: he accuses the prime minister, not the Tories
    first = first_excerpt(engine, "who accused the tories of being too scared to debate europe")
    assert "accused the Tories of" in first.quote
    assert "Straw" in first.attribution.text


def test_the_claims_word_in_a_speakers_quoted_words_answers_before_sentences_that_lack_it(engine):
    # "fantasy economics" is what was said of the Tory sums; the sums that "do not add up" are not it
    first = first_excerpt(engine, "who said the tory tax cut sums were economic fantasy")
    assert "fantasy economics" in first.quote
    assert first.attribution.text == "Vince Cable"


def test_who_invoked_an_old_saying_asks_who_said_it(engine):
    answer = engine.ask("who invoked the old saying about an englishman's home being his castle in the burglar debate")
    assert answer.intent == "who_said" and answer.found
    assert "an Englishman's home is his castle" in answer.excerpts[0].quote
    assert answer.excerpts[0].attribution.text == "Charles Clarke"


def test_who_called_x_a_y_is_answered_by_a_speakers_quoted_words_that_hold_y(engine):
    first = first_excerpt(engine, "who called charles and camilla's decision to wed a sensible move")
    assert '"sensible and a good thing"' in first.quote
    assert first.attribution.text == "John Howard"


@pytest.fixture(scope="module")
def sources_engine(tmp_path_factory, settings) -> Engine:
    return engine_over(SOURCES_ARTICLES, tmp_path_factory.mktemp("round19a_sources"), settings)


def test_a_body_named_again_by_the_end_of_its_name_is_one_source(sources_engine):
    answer = sources_engine.ask("who is quoted in the story about the clinic's out-of-county plan")
    assert answer.found
    council = [x for x in answer.excerpts if "council" in x.attribution.text.lower()]
    assert len(council) == 1
    # ... introduced where it first speaks, so a voice the story first quotes in its own words comes first
    assert answer.excerpts[0].attribution.text == "Paul Hale"
    assert "with real regret" in answer.excerpts[0].quote
