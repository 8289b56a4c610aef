"""Round 30 W (who_said): "there's space for" is "there's room for" (as a phrase, not a room of a
house); "a bigger slice of their income" is "a proportion of their income" and "low earners" are "the
poorest", one way ("what share of" asks a figure, and a superlative claim keeps its own words);
"who was stunned by ..." asks who voiced the feeling, as "who was shocked by ..." does, and a
"promo" is a promotion; "theres", "there's" typed without its apostrophe, is no topic word;
"push Lyle aside" is the lexicon's "push aside" (a particle after the object, as "turn it down"), which
a story tells as "ousting Lyle"; "rearranging things on a sinking ship" is the idiom's "changing the deckchairs".
A small invented pack, so every expectation is exact; a claim the pack does not make is declined."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine
from bot.answer.lexicon import expand

ARTICLES = {
    "team.txt": """Veteran returns to party campaign

Former minister Ed Varley is to return to the Civic Party's election campaign team.

Party chair Joan Merrick said his return would not upset anyone. "There's room for everybody. We are stronger with all our talent," she said.

The election is expected in May.
""",
    "tax.txt": """Rival leader attacks tax system

Reform Party leader Colin Dray has attacked the fairness of the tax system.

"How can it be right that the poorest 20% pay more in tax, as a proportion of their income, than the rich?" Mr Dray asked.

The Treasury said the system was fair.
""",
    "salmon.txt": """Grocer cuts salmon price

A few days earlier, Harbour Foods touted a rarely seen promotional price for salmon as part of its campaign to look less expensive.

"I was shocked to see that level," said Rick Toller, the largest buyer of wild salmon in the region.

Other grocers matched the price last week.
""",
    "ousting.txt": """Party denies leadership plot

The Civic Party has denied claims of a plot inside its leadership.

"They were wrong when they said Lyle was ousting Grant and they are wrong now if they say Grant is ousting Lyle," said party chair Rhona Baird.

The party conference opens on Friday.
""",
    "reshuffle.txt": """Health post changes hands in reshuffle

The first minister has moved his health minister in a cabinet reshuffle.

Opposition leader Carys Bevan said: "This health reshuffle by the first minister was just changing the deckchairs."

The new minister takes up the post on Monday.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round30w"), settings)


def _said_by(engine: Engine, question: str, words: str, speaker: str) -> None:
    x = first_excerpt(engine, question)
    assert words in x.quote
    assert x.attribution is not None and speaker in x.attribution.text


def test_space_for_everyone_is_room_for_everybody(engine):
    _said_by(engine, "who said there's space for everyone on the civic party's campaign team", "There's room for everybody", "Merrick")


def test_a_slice_of_income_is_a_proportion_and_low_earners_the_poorest(engine):
    _said_by(engine, "who said low earners hand over a bigger slice of their income in tax than the wealthy",
             "the poorest 20% pay more in tax, as a proportion of their income", "Dray")


def test_who_was_stunned_asks_who_voiced_it(engine):
    a = engine.ask("who was stunned by how cheap the harbour foods salmon promo was")
    assert a.intent == "who_said" and a.found
    assert "I was shocked to see that level" in a.excerpts[0].quote
    assert a.excerpts[0].attribution is not None and "Toller" in a.excerpts[0].attribution.text


def test_a_claim_the_pack_does_not_make_is_declined(engine):
    assert not engine.ask("who said there is no room at the hospital for new patients").found


def test_a_contraction_typed_without_its_apostrophe_is_no_topic_word(engine):
    labels = {c.label for c in engine.concepts("he kept still because theres no taking on six attackers")}
    assert "theres" not in labels and "attackers" in labels


def test_a_particle_after_the_object_makes_the_phrase(engine):
    assert "push aside" in {c.label for c in engine.concepts("grant was about to push lyle aside")}
    _said_by(engine, "who denied grant was about to push lyle aside", "Grant is ousting Lyle", "Baird")


def test_a_sinking_ship_is_the_deckchairs(engine):
    _said_by(engine, "who compared the health reshuffle to rearranging things on a sinking ship", "changing the deckchairs", "Bevan")


def test_word_links():
    assert "room for" in expand("space for") and "space for" in expand("room for")
    assert "proportion of" in expand("slice of") and "slice of" not in expand("share of")
    assert "the poorest" in expand("low earners") and "the poorest" not in expand("lowest earners")
    assert "ousting" in expand("push aside") and "push aside" not in expand("oust")
    assert "deckchairs" in expand("sinking ship")
    assert "promotional" in expand("promo") and "promo" not in expand("promotion")
