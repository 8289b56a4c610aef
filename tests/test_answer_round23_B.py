"""Round 23 B (who said): a body named in full and by its initials is one speaker and one
subject, and a word printed in capitals gives all its letters to the initials ("UK Reform
Alliance" is UKRA); of two voices read as one passage, the one that says more of the claim
besides its own name says it; and a speaker the story names by a post ("the prime minister
said") is the person the claim names who holds that post there, spoken of, not the one asked
for. (And "how much did X give Y" is not told by a sum Y took in, in a sentence that names X
only in a clause describing Y.) A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "ukra.txt": """Dorran quits UKRA to start his own party

Nigel Dorran has left UKRA to start a party of his own, the party has confirmed.

UKRA leader Roger Kember said he was glad to see Mr Dorran go. "He has remarkable ability but, sadly, after the election it became clear that he was more interested in the Nigel Dorran Party than the UK Reform Alliance," he said. UKRA officials also argue Mr Dorran has not been "straightforward" in attacking the party he once wanted to lead.
""",
    "ukra2.txt": """UKRA picks new treasurer

UKRA has chosen a new treasurer after a row over funding at UKRA headquarters in London.

A spokesman for UKRA said the choice was unanimous. UKRA won two seats at the last election.
""",
    "fees.txt": """Greens court the cyclist vote

The Greens are targeting cyclists in 20 seats at the coming poll.

The party says the votes of cyclists can win it ten new seats. The Greens say scrapping road tolls wins them cyclist support. But the Tories would also end tolls and Labour says both would cap people's ambitions.
""",
    "roads.txt": """Council backs green road scheme

The council plans to hold a vote on a green road scheme for cyclists.

Local shops support the scheme.
""",
    "funds.txt": """Parties build up war chests

The parties have raised millions for the coming election, new figures show.

The Green Alliance, which lost its main donor Peter Loft amid a row over its leader last autumn, took in £40,000.
""",
    "quit.txt": """Hale dismisses quit claim report

Tom Hale has dismissed reports he told Peter Garvey he would stand down.

There has been fresh speculation of a rift recently. These rumours were fuelled by Mr Hale's decision to hold his monthly media conference at the same time as a speech by Mr Garvey. But the prime minister said he had discussed these claims with the chancellor and dismissed them as "nonsense". Former transport minister Jane Pike said the prime minister should sack Mr Garvey, but did not believe Mr Hale was strong enough to do so.
""",
    "hospital.txt": """Hale opens Leeds hospital

Prime Minister Tom Hale opened a new hospital in Leeds on Monday.

Peter Garvey, the chancellor, said the money for it had been found in last year's budget. His allies call Peter Garvey, a prime minister in waiting, the best chancellor in a century.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round23b"), settings)


def test_a_capital_word_gives_all_its_letters_to_the_initials(engine):
    first = first_excerpt(engine, "who said dorran cared more about his own party than about ukra")
    assert "more interested in the Nigel Dorran Party" in first.quote
    assert "Kember" in first.attribution.source


def test_of_two_voices_the_one_that_says_more_besides_its_own_name_says_it(engine):
    first = first_excerpt(engine, "who said the greens and tory plans would hold back ambitions on the road")
    assert first.quote.startswith("But the Tories would also end tolls and Labour says")
    assert first.attribution.source == "Labour"


def test_a_speaker_named_by_a_post_the_claim_names_is_spoken_of(engine):
    first = first_excerpt(engine, "who said hale should fire garvey")
    assert first.quote.startswith("Former transport minister Jane Pike said")



def test_a_payer_named_only_in_a_clause_describing_another_gave_no_sum(engine):
    answer = engine.ask("how much money did peter loft give the green alliance")
    assert not answer.found
