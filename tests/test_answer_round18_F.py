"""Round 18 (F), stance: whose want a sentence voices when the index missed the name it opens on
("The Liberal Democrats have ... called for"), a want the sentence denies ("she does not want"),
X's spokesman ("Mr Reed's official spokesman") voicing X's want, and "what did X urge Y to do"
asked as X's want. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "ferries.txt": """Ferries to be election issue

Ferry fares are set to be a key issue at the island election, with the parties setting out rival plans.

The Harbour Party has pledged to cut fares for islanders by a fifth.

The Liberal Democrats have not been drawn too deeply into the argument but have called for a single fare for all the islands.

In the United States, the Democrats have long backed subsidies for ferries.
""",
    "liberal.txt": """Liberal Democrats' island plans

Similarly there is a different tone to the Lib Dem approach to ferries and fares, with Mr Kennedy stressing politicians should not "fight over pennies" on fares.

The Liberal Democrats said the island needed more buses.
""",
    "budget.txt": """Cole on parking charges

Ann Cole has said she does not want higher parking charges for shoppers but on Friday said other charges would be left to the council's budget.

Ms Cole says the council's next budget will be "unremittingly green" and aimed at producing "clean air for all".

The council's budget will be published in March.
""",
    "letter.txt": """Fear warning for parties

Mayor Tom Reed said the island's economy would be at the heart of the campaign.

Earlier the Bishop of Wells wrote to all three parties urging them not to fight the election by exploiting people's fears.

Mr Reed said the parties should talk about jobs.

The Bishop of Wells told reporters the parties had run a long and costly election campaign.
""",
    "mayor.txt": """Harbour sale row

Mayor Tom Reed has been criticised over the sale of the harbour.

Mr Reed said the harbour had lost money for ten years.

Mr Reed's official spokesman said the mayor now wanted a trust to run it.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round18f"), settings)


def test_a_sentence_opening_on_the_name_as_printed_is_theirs(engine):
    # the index reads "The Liberal Democrats" as the US "Democrats": the sentence still opens on
    # the party the question names, so its call is theirs, not a passing mention of the party
    first = first_excerpt(engine, "what are the lib dems calling for on ferry fares")
    assert "have called for a single fare for all the islands" in first.quote
    assert "Lib Dem" in first.attribution.text


def test_a_denied_want_is_no_want(engine):
    # "she does not want higher parking charges" says what she does not want
    first = first_excerpt(engine, "what kind of budget does ann cole want the council to pass")
    assert "unremittingly green" in first.quote
    assert "Cole" in first.attribution.text


def test_what_one_urged_others_to_do_is_a_want(engine):
    # not what the bishop said (to reporters, on the campaign): what he urged the parties to do
    answer = engine.ask("what did the bishop of wells urge the parties to do in the election campaign")
    assert answer.intent == "stance"
    first = answer.excerpts[0]
    assert "urging them not to fight the election by exploiting people's fears" in first.quote
    assert "Wells" in first.attribution.text


def test_a_spokesman_named_for_them_voices_their_want(engine):
    # "Mr Reed's official spokesman" speaks for Mr Reed, though the index links the source to no one
    first = first_excerpt(engine, "what does tom reed want done about the harbour sale")
    assert "now wanted a trust to run it" in first.quote
    assert "Reed" in first.attribution.text
