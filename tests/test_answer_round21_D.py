"""Round 21, helper D (other questions): asked "how many" of a thing, a sentence that counts the
thing named right after "how many" comes before a better-covering one that counts other things
and never names it; a number right after the verb of the noun asked counts it ("recommended
12 changes" for "how many recommendations"); "going to" before a verb's plain form is a future
("going to overtake" is "will overtake"), no journey a sentence must tell. A small invented pack, so every expectation
is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "rye.txt": """Rye bread makes a comeback in Thornby

The guild said demand had doubled in two years.

Just 9 bakers in Thornby village sell the bread they bake themselves.
""",
    "shops.txt": """Shops pass rye taste test

Some 40 shops sell rye bread loaves in Thornby village, and 12 of them passed the guild's taste tests.
""",
    "parking.txt": """Parking rules to be eased

A review of Thornby's parking rules has reported to the council.

The review panel recommended 12 changes to the rules, including free parking on Sundays.
""",
    "fares.txt": """Ferry fares to climb again

Ferry fares on the island route are set to rise for a fifth year running, the operator has said.

Island fares will overtake the mainland rail fare in 2027, the operator's figures show.

Islanders heading to the mainland by ferry already pay more than walkers on the coast path.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round21d"), settings)


def test_a_count_of_the_thing_asked_comes_before_counts_of_other_things(engine):
    # "Some 40 shops sell ..." covers more of the question but counts shops (and "12 of them");
    # "9 bakers" counts what was asked, in a story the first one never names bakers in
    first = first_excerpt(engine, "how many village bakers sell rye bread loaves in thornby")
    assert first.quote == "Just 9 bakers in Thornby village sell the bread they bake themselves."


def test_going_to_before_a_verb_is_a_future_not_a_journey(engine):
    # the sentence alone, not joined to the islanders "heading to the mainland": "going" asks
    # for no journey
    first = first_excerpt(engine, "when are ferry fares on the island coast route going to overtake the mainland rail fare")
    assert first.quote == "Island fares will overtake the mainland rail fare in 2027, the operator's figures show."


def test_a_number_after_the_verb_of_the_noun_asked_counts_it(engine):
    # "recommended 12 changes" counts the recommendations; a bare number is no amount otherwise
    first = first_excerpt(engine, "how many recommendations did the parking review panel make")
    assert first.quote == "The review panel recommended 12 changes to the rules, including free parking on Sundays."
