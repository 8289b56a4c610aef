"""Round 28 C (event, relation): a head that only introduces what a story opened on need not be
said again. "When does the assembly vote on the ferry franchise issue" is answered, in the one
story on the ferry franchise, by "The vote is due to be taken on Thursday", which names the
vote but not "the issue" (the franchise is the issue).

And "how are X and Y linked" is not told by a sentence that offers the two as alternatives ("a
body such as the Rowan Trust or the Civic Forum could ..."): one where the two do something
together ("The Rowan Trust, the Civic Forum and ... are running the scheme") comes first.

And "how did the Tories hit back at the Lib Dems" is not told by words the two said together
("The Tories and the Lib Dems have called for ..."): the Tories' own words on the Lib Dems ("The
Tories criticised the Lib Dem stance") come first.

And "which constituency is X going to fight" asks which one: a passage that calls it only "a Kent
constituency" says no more than that it is one, and one that names it ("the Kentish seat of
Brayford") comes first of near equals. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "ferries.txt": """Crucial decision on ferry franchises

A decision on whether to let Whitehall run island ferry franchises is set to be made by the Welsh Assembly.

The government wants to sell up to six island routes, one of which is likely to be from Holyhead. Welsh ministers insist they will keep the final say on any route sold. Opposition members say that will not happen in practice. The vote is due to be taken on Thursday and is expected to be close.

The Welsh Executive believes the routes should be handled by Whitehall. The new law will cap fares for the first time. Plaid Cymru says the issue of ferry franchises should be decided in Cardiff.
""",
    "debates.txt": """Televised debates urged

Party leaders should face each other in televised debates before the election, Lord Ambry has said.

An independent body such as the Rowan Trust or the Civic Forum could set the ground rules so the debates were fair, he said.
""",
    "schools.txt": """Pupils to vote in mock poll

Thousands of pupils are to take part in a mock general election.

The Rowan Trust, the Civic Forum and the Arts Council are running the scheme.
""",
    "harbour.txt": """Harbour sale row should end - Dunmore

Prime Minister Alan Dunmore has said the row over the sale of Portwen harbour should now be over.

The Tories and the Lib Dems have called for a public inquiry into the sale of the harbour to a private buyer.

Mr Dunmore said the sale had been examined twice already.
""",
    "inquiry.txt": """Lib Dems demand harbour inquiry

The Lib Dems want a judge to look into the sale of Portwen harbour.

Lib Dem spokesman Ian Pryor said questions about the sale remained unanswered.

The Tories criticised the Lib Dem stance, saying Mr Pryor had first backed the sale when it was announced.
""",
    "hollis_quits.txt": """Hollis quits 'shameful' party

Former footballer Dan Hollis has quit the Forward party, calling it a shameful shambles.

Mr Hollis said the party had lost its way on immigration. He would carry on that fight outside the party when he contested the general election in a Kent constituency.
""",
    "hollis_seat.txt": """Hollis names his election target

Former footballer Dan Hollis is to contest the Kentish seat of Brayford at the next general election.

He said the town had been ignored by the main parties for too long.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round28c"), settings)


def test_the_vote_of_the_story_opened_on_says_when_without_its_issue_word(engine):
    x = first_excerpt(engine, "when does the welsh assembly vote on the ferry franchise issue")
    assert x.quote.startswith("The vote is due to be taken on Thursday")


def test_two_offered_as_alternatives_are_not_tied(engine):
    x = first_excerpt(engine, "rowan trust and civic forum - how are they linked")
    assert x.quote.startswith("The Rowan Trust, the Civic Forum and the Arts Council are running the scheme")


def test_words_said_together_are_not_said_by_one_to_the_other(engine):
    x = first_excerpt(engine, "how did the tories hit back at the lib dems over the harbour inquiry call")
    assert x.quote.startswith("The Tories criticised the Lib Dem stance")


def test_which_one_is_not_told_by_calling_it_a_one(engine):
    x = first_excerpt(engine, "which constituency is dan hollis going to fight")
    assert x.quote.startswith("Former footballer Dan Hollis is to contest the Kentish seat of Brayford")
