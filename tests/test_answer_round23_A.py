"""Round 23 A (who_said): the asker puts a speaker's claim in other words. "Thousands of staff"
are "18,000 people" (the index reads "18,000" as "18" "000"), "a hundred quid" is "£100"; "axing" a scheme is "scrapping"
it; "turned down" is "rejected"; "put voters off" is "turned off voters"; "loneliness" is
"isolation"; "deserted" is "abandoned"; "form filling" is
"paperwork". A small invented pack, so every expectation is exact; a claim the pack does not
make is still declined."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "wardens.txt": """Wardens plan attacked

The government has set out plans for more street wardens.

"What we need is real police, yet the government wants to recruit 18,000 people who can't arrest anyone," said shadow minister Bernard Colville.

The Home Office said the wardens would free up police time.
""",
    "budget.txt": """Chancellor hits back at rivals

The chancellor has defended his record on the economy.

It was because he had rejected earlier Whig proposals, such as scrapping the apprentice fund, that the economy had grown, claimed Chancellor Hugo Pembridge.

The Whigs said his figures were wrong.
""",
    "campaign.txt": """MP warns over long campaign

An MP has warned about the length of the election campaign.

Backbencher Lionel Ashcombe said having a six month campaign "turned off voters" and left people bored.

Party officials said the campaign was going well.
""",
    "care.txt": """Care plan for the elderly

Ministers want more elderly people to live at home.

"The risk is that independence can turn into isolation if the right support is not there," said care spokeswoman Miriam Tolley.

The plan will be piloted in three counties.
""",
    "rebel.txt": """Rebel MP attacked

The rebel MP has been criticised for his absence from the Commons.

"He spends his time on television, not least at the expense of his constituents in Wessex who he has shamelessly abandoned," said rival candidate Harriet Vance.

The MP said he worked hard for his seat.
""",
    "heating.txt": """Heating vouchers proposed

The party has set out plans to help pensioners heat their homes.

Energy spokesman Clive Danvers said the vouchers could save each pensioner £100 a year on fuel bills.

The plans would cost £200m.
""",
    "runway.txt": """Runway plan opposed

Plans for a new runway at the county airport are fiercely opposed.

Opponents say the £2bn cost of the new runway could not be met without public money.

Some 4,000 homes lie under the flight path.
""",
    "police.txt": """Police reforms welcomed

The reforms to policing were broadly welcomed on Tuesday.

"But these measures will only work if officers see a cut in the amount of paperwork," said spokesman Dennis Orwell.

Chief constables backed the plans.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round23a"), settings)


def test_thousands_is_a_figure_in_thousands(engine):
    x = first_excerpt(engine, "who said thousands were hired")
    assert "recruit 18,000 people" in x.quote
    assert x.attribution is not None and "Colville" in x.attribution.text


def test_axing_is_scrapping_and_turned_down_is_rejected(engine):
    x = first_excerpt(engine, "who claimed the economy grew because whig ideas like axing the apprentice fund were turned down")
    assert "rejected earlier Whig proposals" in x.quote
    assert x.attribution is not None and "Pembridge" in x.attribution.text


def test_put_off_is_turned_off(engine):
    x = first_excerpt(engine, "who said voters were put off")
    assert "turned off voters" in x.quote
    assert x.attribution is not None and "Ashcombe" in x.attribution.text


def test_loneliness_is_isolation(engine):
    x = first_excerpt(engine, "who warned independence could bring loneliness")
    assert "turn into isolation" in x.quote
    assert x.attribution is not None and "Tolley" in x.attribution.text


def test_deserted_is_abandoned(engine):
    x = first_excerpt(engine, "who said he had deserted his constituents")
    assert "shamelessly abandoned" in x.quote
    assert x.attribution is not None and "Vance" in x.attribution.text


def test_form_filling_is_paperwork(engine):
    x = first_excerpt(engine, "who complained of form filling for officers")
    assert "amount of paperwork" in x.quote
    assert x.attribution is not None and "Orwell" in x.attribution.text


def test_a_hundred_is_100(engine):
    x = first_excerpt(engine, "who said a hundred quid would be saved")
    assert "£100 a year" in x.quote
    assert x.attribution is not None and "Danvers" in x.attribution.text


def test_thousands_weighs_as_the_word_not_as_any_figure(engine):
    # "000" is in every figure of thousands: the claim's "thousands" still weighs as rare as the word
    assert not engine.ask("who said the new runway would create thousands of jobs").found


def test_a_claim_the_pack_does_not_make_is_declined(engine):
    assert not engine.ask("who said thousands of wardens would be sacked next year").found
    assert not engine.ask("who said thousands were sacked").found
