"""Round 24 D. Sources: "which labour mp does the story quote" asks for the source the story
calls a Labour MP, not the first one it quotes; a source worded only as one of a kind ("says a
reform group") comes after those the story names, whatever kind the index gave it. Facts: "how big are the fines under the ban" asks for a figure of the fines, not any figure
of the ban; a judge who "dissented" opposed the ruling; MPs who "crossed over" defected. Stance: a campaign asked by another word for its kind ("the Ballot at 17 campaign") is the
story's "Ballot at 17 alliance"; a body's stance is told in its own words, not in the "he said" of a
person the index credits to the body ("Edward Leigh, chairman of ..., said ... 'The
government must ...,' he said" after the watchdog's report). A small invented pack, so every
expectation is exact."""

from __future__ import annotations

import sqlite3

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "leaflet.txt": """Party criticised over cartoon leaflet

A cartoon in a party leaflet has drawn complaints from church leaders.

Parish Gazette editor Hubert Crane said readers had written in to complain about the drawing. "It is a clumsy image," he told local radio.

Labour MP Rosalind Ashdown said the cartoon was unwise but urged people not to read too much into it.

A party spokesman said the leaflet would not be reprinted.
""",
    "ferries.txt": """Ferry smoking ban details set out

Smoking will be banned on all island ferries from next spring, the transport minister has announced.

Mr Oswin Threlkeld told the assembly the ban would cover decks as well as cabins. He said fines of up to £900 would be levied on operators who failed to enforce it.

"There is evidence a smoking ban on ferries would please the 60% of passengers who complain about smoke," said islands spokeswoman Greta Lumb.
""",
    "appeal.txt": """Harbour dues appeal succeeds

Five senior judges have upheld an appeal by fishermen against new harbour dues.

The judges ruled by four to one that the dues were unlawful. But Lord Ashby of Fenwick, the one judge to oppose the appeal, said the council had acted within its powers.

The council said it would study the ruling.
""",
    "defection.txt": """Liberal MP joins the Greens

A Liberal MP has left her party to join the Greens. Three Liberal MPs have stood down since 2001.

Margery Quell, MP for Eastholme, said the Liberals had lost their way on the environment. She is the fourth Liberal MP to defect to the Greens since 2001.

The Liberals said they were sorry to see her go.
""",
    "shortlist.txt": """Party in shortlist row

The party's choice of a local businessman for one of the most diverse seats shows the need for open primaries, says a reform group.

A Fair Primaries spokesman said they now wanted to meet the party chairman for talks.

The party said its members had chosen the best candidate.
""",
    "candidacy.txt": """Teenagers may stand for council

Teenagers aged 18 will be allowed to stand for the county council, the minister has said.

The Ballot at 17 alliance said the change was welcome but argued lowering the voting age would do far more. "Standing affects only candidates," said spokesman Owen Trask.

The council's campaign for new members begins next month.
""",
}


# The watchdog's story, and the index error the stance rule is for: the chairman's quotation
# after "Walter Pengelly, chairman of ..., said ..." credited to the board, as the index does where
# the sentence that names him runs on from the figures before it (its "he said" unread).
WATCHDOG = {
    "harbour.txt": """Harbour waste clampdown urged

Port authorities are failing to report waste dumped in harbours on a consistent basis, the national fisheries watchdog has said.

The Marine Standards Board said although the latest figures showed reported dumping was falling, ports still had no common definition of waste. The MSB urged the government to push for better reporting of harbour waste. It said ports needed to be more accountable on how money was spent. The report said: "Ports still do not report waste to the coastguard on a consistent basis.

"As inspectors have now qualified the port accounts for five years, it is essential for every authority to strengthen its reporting." It said there were 640 cases of reported dumping last year. Across Europe, reported dumping fell from 9,100 cases costing £700m to 7,450 cases costing £590m. Walter Pengelly, chairman of the Commons fisheries committee, said Britain had to set an example.

"Any dumping in one harbour is potentially a cost to every taxpayer, given that we are the biggest user of the ports," he said. "Harbour masters need to make sure they are doing everything possible to stop dumping. "The government must take the opportunity of the new harbour act to press port authorities to take a robust stance against waste dumping and raise standards of reporting." A spokesman for the coastguard said it agreed with the board's assessment.
""",
}


@pytest.fixture(scope="module")
def watchdog(tmp_path_factory, settings) -> Engine:
    folder = tmp_path_factory.mktemp("round24d_watchdog")
    engine_over(WATCHDOG, folder, settings)
    with sqlite3.connect(folder / "pack.db") as db:
        (board,) = db.execute("SELECT id FROM actors WHERE name = 'Marine Standards Board'").fetchone()
        db.execute("UPDATE attributions SET source = 'The MSB', kind = 'organization', actor_id = ?, cue = NULL,"
                   " continuation = 1 WHERE sentence_id IN (SELECT id FROM sentences WHERE text LIKE '\"Any dumping%'"
                   " OR text LIKE '\"Harbour masters%' OR text LIKE '\"The government must%')", [board])
    return Engine(folder / "pack.db", settings)


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round24d"), settings)


def test_a_bodys_want_is_its_own_not_a_persons_he_said(watchdog):
    x = first_excerpt(watchdog, "what is the marine standards board urging the government to do on harbour waste")
    assert "urged the government to push for better reporting" in x.quote
    assert x.attribution is not None and "Pengelly" not in x.attribution.text


def test_which_kind_of_source_comes_first(engine):
    a = engine.ask("which labour mp does the cartoon leaflet story quote")
    assert a.found and a.intent == "sources"
    assert "Labour MP Rosalind Ashdown said" in a.excerpts[0].quote
    assert a.excerpts[0].attribution is not None and "Ashdown" in a.excerpts[0].attribution.text


def test_which_sources_keeps_the_story_order(engine):
    a = engine.ask("which sources does the cartoon leaflet story quote")
    assert a.found and "Crane" in a.excerpts[0].attribution.text


def test_how_big_are_the_fines_asks_for_the_fines(engine):
    x = first_excerpt(engine, "how big are the fines under the ferry smoking ban")
    assert "fines of up to £900" in x.quote


def test_dissented_is_opposed(engine):
    x = first_excerpt(engine, "which judge dissented on the fishermen's appeal")
    assert "the one judge to oppose the appeal" in x.quote


def test_crossed_over_is_defected(engine):
    x = first_excerpt(engine, "how many liberal mps have crossed over since 2001")
    assert "fourth Liberal MP to defect" in x.quote


def test_a_campaign_by_another_word_for_its_kind(engine):
    x = first_excerpt(engine, "what does the ballot at 17 campaign want")
    assert "argued lowering the voting age would do far more" in x.quote
    assert x.attribution is not None and "Ballot at 17" in x.attribution.text


def test_a_source_worded_as_one_of_a_kind_comes_after_those_named(engine):
    a = engine.ask("what sources does the party shortlist row story use")
    assert a.found and a.intent == "sources"
    assert "A Fair Primaries spokesman said" in a.excerpts[0].quote
