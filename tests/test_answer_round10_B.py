"""Round 10 (B): what a body is doing, asked with "what's"; "take" before the deed it takes; the
next election as a time; a legal challenge is legal action; "who <did> ..." by a sentence saying
the deed. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "voss.txt": """Mayor Voss faces ethics inquiry

Council leader Tom Brack has urged harbour mayor Lena Voss to apologise for her remarks about fishermen.

An investigation by the Ethics Panel is under way following claims that Lena Voss misused council funds.

Ms Voss says she is standing by her remarks. She took office in 2000.
""",
    "pryce.txt": """Farmer wins flood claim

Dairy farmer Owen Pryce has won £9,000 from Fenmoor council over flooding of his land.

Pryce began legal action against the council in 2003 under the Land Drainage Act, in which he sought £20,000.

The council said it would study the ruling. The case took three years to be heard.
""",
    "dockers.txt": """Dockers vote on pay

Members of the Tidewater Dockers Union will vote on a pay offer next week.

The union staged industrial action at Grimsby docks in May 2001 over shift patterns.

Its general secretary Ken Oduya said members were angry. The vote will take place on Monday.
""",
    "marsh.txt": """Veteran MP to retire

Labour MP Dora Marsh has said she will stand down at the next election.

She quit the government in 1999 and has since chaired the all-party fisheries group. She has taken a keen interest in trawler safety.

Ms Marsh, 68, was first elected for Saltby in 1983.
""",
    "hale.txt": """Quarry row

Villagers in Brindle oppose a new quarry on the common. Its owners took the plan to the council in March.

Farmer Gwen Hale raised a legal challenge against the quarry's licence, backed by the parish council.

The council said it would study the ruling.
""",
    "harbour.txt": """Ships diverted from Saltby

Ships have been diverted to Grimsby since the spring.

The dredging affair prompted the resignation of harbour chairman Rolf Amis and his deputy.
""",
    "birch.txt": """Saltby hearing

On Monday Lib Dem MP Alan Birch chaired a hearing of the Saltby harbour board on the dredging affair.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round10b"), settings)


def test_whats_a_body_doing_about_someone_is_its_own_deed(engine):
    # "what's X doing about Y" is "what is X doing about Y": X's deed, not someone called
    # "the ethics panel doing about lena voss"
    for q in ("whats the ethics panel doing about lena voss", "what's the ethics panel doing about lena voss"):
        first = first_excerpt(engine, q)
        assert "investigation by the Ethics Panel is under way" in first.quote
        assert first.attribution is None


def test_take_before_its_object_is_no_deed_of_its_own(engine):
    # "take legal action" is the action taken: "began legal action ... in 2003"
    first = first_excerpt(engine, "when did owen pryce take legal action")
    assert "began legal action against the council in 2003" in first.quote
    assert first.attribution is None


def test_a_legal_challenge_is_legal_action(engine):
    first = first_excerpt(engine, "what legal action did gwen hale take")
    assert "raised a legal challenge against the quarry" in first.quote
    assert first.attribution is None


def test_the_next_election_tells_when(engine):
    # asked when she is stepping down: "at the next election", not when she quit the government
    first = first_excerpt(engine, "when is dora marsh stepping down")
    assert "will stand down at the next election" in first.quote
    assert "Dora Marsh" in first.attribution.text


def test_who_did_it_is_told_by_a_sentence_holding_the_deed(engine):
    # "who quit ...": of the sentences that name someone, one that says the quitting comes first
    first = first_excerpt(engine, "who quit the harbour board over the dredging affair")
    assert "affair prompted the resignation of harbour chairman Rolf Amis" in first.quote
    assert first.attribution is None
