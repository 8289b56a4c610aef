"""Round 20 A (who_said, sources): a range's unit is its lower end's too ("8 or 9 billion" is
"£8bn or £9bn"); to rejoin a campaign is to return to it; a preview, a column or a feature is
the kind of story asked about, not its topic; the bare "a report" a story's lead tells of is
what "the story on the X report" is on, its subject, not a source it cites (unless its sentence
says whom it was done for); to be advised that ... is to have received the advice that ...;
"..., in the truancy crackdown story" says where to look, not words the answer must hold. A
small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "taxes.txt": """Pre-poll clash on tax and spend

The Conservatives and Labour clashed over tax on Monday as both parties prepared for the election.

Shadow chancellor Peter Dalton predicted Mr Grant would have to raise taxes by £8bn or £9bn if Labour was re-elected.

Labour said the Tories would have to raise taxes to pay for their own plans, which it said cost 8 times what they claimed.

Treasury minister Ann Cole said taxes would not have to rise after the election if Labour won, and that growth would be 9% over the parliament.
""",
    "return.txt": """Selby returns to election team

Former press chief Alan Selby will return to the fold to strengthen Labour's general election campaign, the party has confirmed.

"He is a strong Labour Party member," deputy leader John Platt told the BBC.

Tory co-chairman Liam Ford said: "Labour's campaign is now being run by the spin doctors again."
""",
    "battle.txt": """Labour battle plan unveiled

Labour's election campaign will focus on the economy and on rejoining voters who felt let down, Labour campaign chief Ian Mills said.

Alan Selby, the former press chief, attended the Labour campaign meeting, Labour officials said.

Mr Mills said the Labour campaign would be "positive".
""",
    "budget.txt": """Budget to set scene for election

Chancellor Mark Grant will seek to put the economy at the centre of Labour's bid for a third term when he delivers his tenth Budget on Wednesday.

Shadow chancellor Peter Dalton said: "Everyone who looks at the economy says there has been a sharp deterioration."

For the Liberal Democrats, Sarah Lane said: "The chancellor will no doubt tell us how wonderfully the economy is doing."
""",
    "date.txt": """Grant names date for Budget

Chancellor Mark Grant will deliver his Budget to the Commons on 16 March, the Treasury has announced.

The Budget follows the spending review and the pre-Budget review of the autumn.

Tax adviser Colin Webb said: "Taxes were cut by the chancellor before the last six elections."
""",
    "agencies.txt": """UK's 'wasteful' agencies under fire

The UK has 400 agencies financed with billions of pounds of taxpayers' money - many of which are wasteful or duplicate each other's work, a report claims.

Guide to British Agencies author Tom Hale said at least 90 of the bodies had been set up since 1997.

Tory spokesman John Reed said: "The research endorses our policy of cutting unwanted agencies."

Lib Dem spokesman Ed Dale said there had been an "explosion" of agencies.
""",
    "trust.txt": """Voters 'do not trust politicians'

Eight out of 10 voters do not trust politicians to tell the truth, a new poll conducted for the BBC suggests.

Former minister Joan Hart told BBC News that there was a "real problem of trust".
""",
}

SAID_ARTICLES = {
    "truants.txt": """Ministers launch truancy crackdown

Ministers have launched a crackdown on truancy in schools in England.

"It is clear from these figures that schools are now seizing the tools we have given them to improve school attendance and crack down hard on truancy," schools minister Ann Bell said.

Ms Bell said: "Every day in school counts."
""",
    "heads.txt": """Heads warn on exam stress

Head teachers have warned about exam stress among pupils.

Head teacher Tom Cole said: "Every day at school matters for a child who is falling behind."
""",
    "calls.txt": """Campaign calls questioned

The parties are still telephoning people who signed up to avoid marketing calls.

Lib Dem chairman Mark Tyler wrote to the watchdog saying: "The advice we have received on several occasions is that such phone calls are illegal."

Labour says these phone calls to voters are not illegal because they are not marketing.

The watchdog, the information commissioner, is to look into the complaint.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round20a"), settings)


def test_a_ranges_unit_is_its_lower_ends_too(engine):
    # "8 or 9 billion" is "£8bn or £9bn": not a sentence that only shares the bare 8 or 9
    first = first_excerpt(engine, "who predicted grant would need to raise taxes by 8 or 9 billion if labour gets back in")
    assert "£8bn or £9bn" in first.quote
    assert first.attribution.text == "Peter Dalton"


def test_rejoining_a_campaign_is_returning_to_it(engine):
    answer = engine.ask("who does the story on alan selby rejoining labour's campaign quote")
    assert answer.intent == "sources" and answer.found
    assert answer.excerpts[0].article.title == "Selby returns to election team"
    assert {x.attribution.text for x in answer.excerpts} >= {"John Platt", "Liam Ford"}


def test_a_preview_is_the_kind_of_story_not_its_topic(engine):
    answer = engine.ask("who is quoted in the preview of grant's tenth budget")
    assert answer.intent == "sources" and answer.found
    assert answer.excerpts[0].article.title == "Budget to set scene for election"
    assert answer.excerpts[0].attribution.text == "Peter Dalton"


def test_the_report_a_story_is_on_is_its_subject_not_a_source_it_cites(engine):
    answer = engine.ask("what sources does the story on the 'wasteful' agencies report cite")
    assert answer.intent == "sources" and answer.found
    assert answer.excerpts[0].attribution.text != "a report"
    assert answer.excerpts[0].attribution.text in ("Guide to British Agencies author Tom Hale", "Tom Hale", "John Reed")
    # ... still listed, after the sources it cites
    assert answer.excerpts[-1].attribution.text == "a report"
    # ... but a poll its sentence says was done for someone is a source the story rests on
    answer = engine.ask("what sources does the article on the bbc poll about trust in politicians use")
    assert answer.intent == "sources" and answer.found
    assert answer.excerpts[0].attribution.text == "a new poll"


@pytest.fixture(scope="module")
def said_engine(tmp_path_factory, settings) -> Engine:
    return engine_over(SAID_ARTICLES, tmp_path_factory.mktemp("round20a_said"), settings)


def test_being_advised_is_having_received_advice(said_engine):
    first = first_excerpt(said_engine, "who told the information commissioner they'd been advised that these phone calls are illegal")
    assert "The advice we have received" in first.quote
    assert first.attribution.text == "Mark Tyler"


def test_the_story_named_after_the_claim_says_where_to_look(said_engine):
    # not the minister's words on the crackdown: the question's last words name the story, not the claim
    first = first_excerpt(said_engine, "who said every day at school counts, in the truancy crackdown story")
    assert "Every day in school counts" in first.quote and "crack down" not in first.quote
    assert first.attribution.text == "Ann Bell"
