"""Round 24 A (who_said): "who called X a Y" is answered by the voice whose words put Y on X,
not by the voice beside it that told of X; a speaker's quote is read under its story's
headline, which names what the quote speaks of. A small invented pack, so every expectation
is exact; a claim the pack does not make is still declined."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "beer.txt": """Beer duty frozen, minister says

The finance minister has announced a freeze on beer duty in his spring statement to parliament.

"Because of the hard times in the pub trade I propose to match the freeze in wine duty with a freeze on beer duty," Finance Minister Arthur Penrose said.

The Brewers Guild welcomed the news, calling it an "early birthday present" for drinkers.

Health campaigners said cheaper drink would cost lives.

Many old pubs have closed in the past year.
""",
    "pets.txt": """Pet licence shake-up planned

Dog owners will need a licence under proposals unveiled by ministers on Monday.

The scheme would be run by councils and cost owners £20 a year.

Owners Alliance chairman Derek Hollis said: "Nobody has asked for this.

"What we have got is a tired case of recycling existing rules."

Ministers said dog attacks would fall.
""",
    "anglers.txt": """Anglers angry at fee

Anglers said the old licence fee was far too high for pensioners.

The fee rises next month.
""",
    "gallery.txt": """Protest in the public gallery

Two protesters disrupted a debate in the assembly on Wednesday.

Presiding officer Glenys Marwick later said the pair had used a forged pass to get into the building.

The assembly will review its security.
""",
    "secrecy.txt": """Council accused over secrecy

The council has been criticised for holding meetings away from the public.

Opposition leader Tom Brennan said the council's immediate instinct was secrecy.

"It would clearly be prudent to publish the minutes before the budget vote," said councillor Ada Quinlan.
""",
    "vets.txt": """Vets warn on pet diets

Vets say too many pet owners overfeed their animals.

A survey found one pet in three was overweight, and old pets were most at risk.

Pet food makers said their labels were clear.

Pet insurers said claims for pet obesity had doubled, and pet shops sold more diet food.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round24a"), settings)


def test_the_voice_that_puts_the_name_on_it_answers(engine):
    x = first_excerpt(engine, "who called the beer and wine duty freeze a birthday gift for drinkers")
    assert "early birthday present" in x.quote
    assert "I propose" not in x.quote
    assert x.attribution is not None and "Brewers Guild" in x.attribution.text


def test_a_quote_is_read_under_its_headline(engine):
    x = first_excerpt(engine, "who said the pet licence plans just rehash old rules")
    assert "recycling existing rules" in x.quote
    assert x.attribution is not None and "Hollis" in x.attribution.text


def test_the_headline_does_not_say_what_the_quote_does_not(engine):
    # the headline names the plans; no quote under it says they would be scrapped
    assert not engine.ask("who said the pet licence plans would be scrapped after the election").found
