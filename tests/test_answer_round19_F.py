"""Round 19 (F), stance: a premise set after what is asked ("... after putting savings into
schools", "once the ban kicks in") is not what is asked; a spokesman's "we" is the body's, as
its own; a plural possessive ("the greens' position") keeps its "s"; "what's X's worry about Y"
asks X's fear; where no sentence of X's names the fear, X's reservation ("But ...") tells it. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "savings.txt": """Mayor sets out savings plan

Mayor Ann Cole has set out plans to find £20m of savings by cutting waste at the town hall.

The bulk of the £20m saved by cutting waste will go back into riverside schools and libraries, Ms Cole said.

But Ms Cole announced that, of the £20m she has found from savings, £5m will be used to cut the council's debt, with any left over going on lower rents.
""",
    "badgers.txt": """Badger cull begins

The badger cull begins on Monday.

The Badger Trust says it will watch farms and help police bring prosecutions.

Jane Rowe, of the Badger Trust, told BBC News: "We've long urged them to vaccinate badgers on farms - and that is what we want them to do."

Vets say the cull will go ahead.
""",
    "greens.txt": """Greens on tolls

The Greens oppose road tolls on the coast road.

Ann Cole said tolls would cost jobs.
""",
    "bridge.txt": """Bridge plan for Wexmouth

The new bridge over the Wex will open in 2009.

Mayor Tom Reed said the new bridge would bring visitors to the old town.

But Mr Reed fears that the town's roads were not built to take the traffic of a new bridge.
""",
    "town.txt": """Town news

The union wants higher pay for porters. The council urged calm over the strike. Residents called for a new road.

Shopkeepers want more parking in the old town. The vicar hopes to raise funds for the roof. Parents urged the school to stay open.

The harbour board wants a new crane. The rowing club is seeking a new coach. Bus drivers called for more breaks.

The weather was fine on Sunday. The fair drew large crowds. The river was high after the rain. The mayor wants a new park. The police urged drivers to slow down.
""",
    "harbour.txt": """Harbour deal for Wexmouth

A deal bringing a cruise line to the harbour was struck on Friday.

Councillor Ann Price said the cruise line would bring jobs to the harbour.

But Ms Price said the harbour was not built to take ships as large as those of the cruise line.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round19f"), settings)


def test_a_premise_after_what_is_asked_is_not_what_is_asked(engine):
    # "after putting savings into riverside schools and libraries" is what has happened; what Cole
    # plans for the £5m left is the answer, not the sentence that restates the premise
    first = first_excerpt(engine, "what does cole plan to do with the £5m left after putting savings into riverside "
                                  "schools and libraries")
    assert "£5m will be used to cut the council's debt" in first.quote
    assert first.attribution.text == "Ann Cole"


def test_a_spokesmans_we_is_the_bodys_own_word_of_wanting(engine):
    # Jane Rowe speaks for the Badger Trust: "We've ... urged them ..., that is what we want" is
    # the trust's own want, as the trust's subject sentence on what it will do is not
    first = first_excerpt(engine, "what does the badger trust want farms to do")
    assert "urged them to vaccinate badgers" in first.quote
    assert first.attribution.text == "Jane Rowe"


def test_a_plural_possessive_keeps_its_s(engine):
    # "the greens' position": the Greens, not "the green"
    first = first_excerpt(engine, "what is the greens' position on road tolls")
    assert first.quote == "The Greens oppose road tolls on the coast road."
    assert first.attribution.text == "Greens"


def test_someones_worry_about_a_thing_is_their_fear(engine):
    answer = engine.ask("what's tom reed's worry about the new bridge")
    assert answer.intent == "stance"
    first = answer.excerpts[0]
    assert "Mr Reed fears that the town's roads" in first.quote
    assert first.attribution.text == "Tom Reed"


def test_a_fear_no_sentence_names_is_the_reservation_set_against_the_rest(engine):
    # Ms Price praises the cruise line, then sets a reservation against it: that is her worry
    first = first_excerpt(engine, "what are ann price's worries about the cruise line coming to the harbour")
    assert first.quote.startswith("But Ms Price said the harbour was not built")
    assert first.attribution.text == "Ann Price"
