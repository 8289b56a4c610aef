"""Round 22 S (relation): two never named in one sentence are tied by one that names one of them
beside "he", "his", "she" or "her" going back to the other, the last person the story named
("the new Lord Penhallow ... From there he went to Exeter, where he met his future wife Morwenna");
"the royals" are the members of a royal family, named by their titles ("a close friend of princes
Albert and Rupert").
A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "peer.txt": """Baron Penhallow takes his seat

Former party leader Arthur Penhallow has taken his seat in the House of Lords.

It has been a long journey for the new Lord Penhallow from his early days in a Cornish fishing village. Born in 1950 to a fisherman father, he attended the village school. From there he went to Exeter University, where he met his future wife Morwenna, now a county councillor.

The Lords leader welcomed the new peer.
""",
    "chancellor.txt": """Profile: Walter Quibell

Walter Quibell is the longest serving finance minister of modern times.

Walter Quibell was born in Leeds in 1951, the son of a teacher. He studied history at York University.

His first attempt to enter parliament, for Leeds West in 1979, was thwarted by the present opposition spokesman on trade, Frank Ollerton. But in 1983, he won a new seat in the city.
""",
    "trip.txt": """Minister ends Gulf tour

Trade minister Edwin Marrack has visited three Gulf states this week.

The tour took in talks on oil, shipping and banking. At the end of his trip, Mr Hugo Bellamy said he had been glad to meet banker Felix Quint.
""",
    "hunt.txt": """Protesters charged after Commons invasion

Five men have been charged after bursting into the Commons chamber during a debate on hunting.

Those charged included Jasper Trelawny, 27, a close friend of princes Albert and Rupert.

The men will appear in court next month.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round22s"), settings)


@pytest.mark.parametrize("question, expected", [
    ("relationship between arthur penhallow and morwenna", "he met his future wife Morwenna"),
    ("walter quibell and frank ollerton - any connection?", "was thwarted by the present opposition spokesman"),
])
def test_pronoun_of_the_other_ties_the_two(engine, question, expected):
    assert expected in first_excerpt(engine, question).quote


def test_no_pronoun_no_tie(engine):
    """Two people of different stories, never tied, are still not connected."""
    assert not engine.ask("how are morwenna and frank ollerton connected").found

    # "his" before "Mr Bellamy" may be Bellamy's: no tie of Marrack, named before, to Quint, named after
    assert not engine.ask("edwin marrack and felix quint - what's the connection").found


def test_the_royals_are_its_princes(engine):
    assert "close friend of princes Albert" in first_excerpt(engine, "What's Jasper Trelawny's link to the royals?").quote
