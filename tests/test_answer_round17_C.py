"""Round 17, helper C (said, who): where the words were said (a statement to a programme, a
news conference), a post held for someone ("the solicitor for the protesters"), Mc and Mac as
one prefix of a surname, a choice as what is chosen. A small invented pack, so every
expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine
from bot.answer.statements import told_them
from bot.answer.question import parse, told_to

ARTICLES = {
    "portsreport.txt": """Ports report date set

The Commission for Scotland's report will be released on 9 June, Transport Secretary Alan Reeve has said.

The commission has met in Perth, Ayr and Oban since the spring.

In a statement to Newsnight, Mr Reeve said: "The commission will be frank about our harbours."
""",
    "walesreport.txt": """Wales report date set

The Commission for Wales's report will be released on 3 May, Prime Minister Ruth Calloway has said.

The commission has met in Cardiff, Swansea and Bangor since the spring.

Mrs Calloway told a news conference: "The commission will be frank about our towns."

The commission was set up last year.
""",
    "pierprotest.txt": """Pier protesters charged

Six protesters who occupied the Brighton pier office during a council debate have been charged with obstruction.

The men's solicitor Joanna Orme said that none of the men had believed they were breaking the law.

"There is no offence of standing on a pier," she said.

Police said the six would appear in court in March.
""",
    "burglary.txt": """Householders and burglars

The director of public prosecutions, Ken Macbride, said only a handful of householders had been prosecuted for tackling burglars.

Police asked anyone with information to contact Sergeant Keith McBride at Leith station.
""",
    "mayor.txt": """Mayor backs tram plan

London mayor Ken Dorset said the tram plan would be good for the city.

"This is a blot on the landscape," said local councillor Ian McBride.

Ken told the council the trams would run by 2008.
""",
    "taxpledge.txt": """Tory tax pledge

Tory leader Anne Ferris set out her plans for tax cuts on Sunday.

"At this election, people will have a clear choice between a government that wastes money and a party that will give value for money," Mrs Ferris said.

Mrs Ferris said voters would vote at the election for the party that cut taxes, and voters would punish waste.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round17c"), settings)


def test_words_told_in_a_statement_to_whom_the_question_names_are_told_them(engine):
    # "tell newsnight about ...": "In a statement to Newsnight, Mr Reeve said" is what he told Newsnight
    answer = engine.ask("what did alan reeve tell newsnight about the scotland commission report")
    assert answer.found
    heard = told_them("newsnight", answer.excerpts)
    assert heard is not None and "In a statement to Newsnight" in heard.quote
    assert "Alan Reeve" in heard.attribution.text
    assert answer.excerpts[0] is heard


def test_words_said_at_the_occasion_the_question_names_come_first(engine):
    # "say at the news conference about ...": said to those at it, and what she told it comes first
    question = "what did calloway say at the news conference about the wales commission report"
    assert told_to(parse(question)) == "the news conference"
    first = first_excerpt(engine, question)
    assert "told a news conference" in first.quote
    assert "Calloway" in first.attribution.text


def test_a_post_held_for_those_the_question_names_is_its_one_holder_in_their_story(engine):
    first = first_excerpt(engine, "what did the solicitor for the pier protesters say after they were charged")
    assert "Joanna Orme" in first.attribution.text
    assert "offence of standing on a pier" in first.quote or "breaking the law" in first.quote


def test_mc_and_mac_are_one_prefix_of_a_surname(engine):
    first = first_excerpt(engine, "who is ken mcbride")
    assert "director of public prosecutions, Ken Macbride" in first.quote
    assert first.attribution is not None and "Ken Macbride" in first.attribution.text


def test_a_choice_is_what_voters_choose_between(engine):
    # "choosing" is a choice: without it she is quoted, but "not about" choosing
    first = first_excerpt(engine, "what did ferris say about what voters will choose")
    assert "clear choice between" in first.quote
    assert "Ferris" in first.attribution.text
