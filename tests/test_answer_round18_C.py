"""Round 18 C (said, who): a name with its description after a comma; a message or remark named
by its occasion ("X's new year message", "the gist of ..."), also as what says something
("what did X's message say about Y"); and where words were said ("in the Fenwick debate", "at
PMQs"), which picks the story that tells of it. A small invented pack, so every expectation is
exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "morrow.txt": """Choose the railways over roads - Morrow

Voters will have a clear choice between a party of railways and a party of roads at the next election, said Jane Morrow.

In her New Year message the Green Alliance leader said both the big parties were united in building new roads. She said her party wanted every town linked to the railways by 2015. Ms Morrow said her thoughts were with the flood victims of the winter.
""",
    "lund1.txt": """Lund attacks bypass plan

Peter Lund has attacked the plan for a Kelsey bypass, saying it would ruin the valley.

Mr Lund said: "The bypass is the wrong answer to the traffic in Kelsey."
""",
    "lund2.txt": """Bypass row at Fenwick debate

The Kelsey bypass dominated the Fenwick debate on Thursday night.

Peter Lund said the bypass plan had been pushed through the council without a proper vote.
""",
    "hartley2.txt": """Hartley backs school plan

Council leader Tom Hartley has backed the plan for a new school in Kelsey.

Mr Hartley said: "Every child in Kelsey deserves a good school."
""",
    "hartley3.txt": """Hartley to stand again

Tom Hartley, the council leader, will stand again in May, he said.

Mr Hartley said he was proud of his record on housing.
""",
    "hartley.txt": """Hartley's new companion

Councillor Tom Hartley has a new companion.

Pip was replaced by her daughter, Sooty, a spaniel, in 2003 after ten years by Mr Hartley's side.

Mr Hartley said Sooty was a great comfort.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round18c"), settings)


def test_a_name_then_its_description_asks_who_the_name_is(engine):
    # "who's sooty, hartley's dog": Sooty, whom the words after the comma describe
    first = first_excerpt(engine, "who's sooty, hartley's dog?")
    assert "her daughter, Sooty, a spaniel" in first.quote
    assert first.attribution is None


def test_the_gist_of_a_message_named_by_its_occasion_is_the_story_lead_in_the_speakers_name(engine):
    first = first_excerpt(engine, "what was the gist of jane morrow's new year message")
    assert first.quote.startswith("Voters will have a clear choice between a party of railways")
    assert "Morrow" in first.attribution.text


def test_what_a_persons_message_says_is_what_they_said_in_it(engine):
    first = first_excerpt(engine, "what did morrow's new year message say about roads")
    assert first.quote.startswith("In her New Year message the Green Alliance leader said both the big parties")
    assert "Morrow" in first.attribution.text


def test_where_the_words_were_said_picks_the_story_that_tells_of_it(engine):
    for question in ("what did peter lund say about the bypass at the fenwick debate",
                     "what was peter lund's complaint at the fenwick debate about the bypass"):
        first = first_excerpt(engine, question)
        assert first.quote == "Peter Lund said the bypass plan had been pushed through the council without a proper vote."
        assert "Lund" in first.attribution.text
    # ... and without a place, the words most on the topic come first, as before
    first = first_excerpt(engine, "what did peter lund say about the bypass")
    assert "wrong answer to the traffic" in first.quote
