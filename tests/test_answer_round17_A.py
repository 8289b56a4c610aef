"""Round 17 A (who said): a people's name before the noun a claim opens with qualifies it ("the
nazi comment"); words that give offence are one family ("offended" / "offensive"); a sentence
in the story's words that opens on a pronoun goes on telling of whom the sentence before names;
a quotation closed by its own '," he said' is a person's, not the body's whose quote the index
read it as going on with. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "jibe.txt": """Mayor will not retract Nazi jibe

The mayor of Eastbridge, Tom Ravell, compared a local reporter to a Nazi prison guard at a party on Monday.

Opposition councillors said the mayor should apologise at once. At a press conference on Tuesday, Mr Ravell said his remarks may have been offensive but were not racist.

The council's standards panel will meet next week.
""",
    "harlow.txt": """Harlow 'ready for the fight' ahead of poll

Council leader Tom Harlow says he is ready for a hard campaign and will not stand aside.

Mr Harlow's assessment is likely to be seen by a party spokesman as a signal that replacing him would not help the party.

His comments come as the Green leader, Owen Pratt, on Sunday called him "a failure of epic proportions" as a council leader.

The election will be held on 5 May.
""",
    "waste.txt": """Council waste clampdown urged

Councils are failing to report waste in their budgets on a consistent basis, the county's audit office has said.

The Audit Office said the latest figures showed reported waste was falling. The report said: "Councils still do not report waste and other losses on a consistent basis.

"It is essential for all the councils involved to improve the audit of spending." It said there were 90 cases of reported waste in the county in 2003. At the same time, reported waste in the region dropped to £6m. Sam Reed, chairman of the county scrutiny committee, said the county had to set an example.

"Any waste in other councils is potentially waste against the county taxpayer, given that we pay the most," he said.
""",
    "ferry.txt": """Ferry fares to rise

The harbour company said ferry fares would rise by 5% next spring. Passengers said the fares were already too high and services were often late.

Local MP Rita Gale said she would raise the matter in Parliament.
""",
    "school.txt": """School meals row

Parents at Northgate school said the new menu was not healthy enough. The head teacher, Paul Dean, said meals would be reviewed in the summer.

"We listen to parents and we will act," he said.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round17a"), settings)


def test_a_peoples_name_before_the_claims_noun_qualifies_it(engine):
    # "the nazi jibe" is the jibe: the sentence that says it was not racist need not name the Nazis
    first = first_excerpt(engine, "who insisted the nazi jibe was not racist")
    assert "his remarks may have been offensive but were not racist" in first.quote
    assert first.attribution.text == "Tom Ravell"


def test_offended_and_offensive_are_one_family(engine):
    first = first_excerpt(engine, "who said the remarks may have offended")
    assert "his remarks may have been offensive" in first.quote
    assert first.attribution.text == "Tom Ravell"
    first = first_excerpt(engine, "who insisted the nazi comment may have offended but wasn't racist")
    assert "may have been offensive but were not racist" in first.quote
    assert first.attribution.text == "Tom Ravell"


def test_a_sentence_opening_on_a_pronoun_tells_of_whom_the_sentence_before_names(engine):
    first = first_excerpt(engine, "who said harlow was an epic failure as council leader")
    assert first.quote.startswith('His comments come as the Green leader, Owen Pratt')
    assert "a failure of epic proportions" in first.quote
    assert first.attribution.text == "Owen Pratt"


def test_he_said_closing_a_quote_is_a_persons_not_the_bodys(engine):
    first = first_excerpt(engine, "who said waste in other councils is potentially waste against county taxpayers")
    assert first.quote.startswith('"Any waste in other councils is potentially waste against the county taxpayer')
    assert first.attribution.text == "Sam Reed"


def test_a_made_up_claim_stays_declined(engine):
    assert not engine.ask("who said the nazi jibe was a joke about ferry fares").found
    assert not engine.ask("who said harlow was a hero of the fight against waste").found
