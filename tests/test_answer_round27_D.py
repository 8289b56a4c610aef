"""Round 27 D. Stance: in the one story that covers all the topic, X the subject of its own word
of wanting ("But the Greens want the ombudsman to investigate") is X's stance on that topic,
though the sentence leaves the topic to the story, and it outranks their want in a story on another
matter that only shares a word of the topic; and "at the heart of" the manifesto is what a
story calls its "centrepiece". Sources: "who does the X story quote apart from Y" asks for
those it quotes besides Y, and "what sources does the X story cite on Y" names the story
before its word. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "dredging.txt": """Harbour dredging doubled - Greens

Dredging in Kelby harbour has doubled in a year, figures obtained by the Green Party show.

The port authority said the extra dredging of the harbour was needed after winter storms.

But the Greens want the ombudsman to investigate.
""",
    "river.txt": """Greens launch river campaign

The Green Party has launched a campaign to clean up the River Tay.

The Greens want all dredging on the river to stop by next summer.

Local angler Tom Vale said the water had never been so murky.
""",
    "paint.txt": """Mayor hit by paint at harbour fete

Kelby mayor Jean Marsh was hit by red paint as she opened the harbour fete on Saturday.

Ms Marsh said: "I will not be intimidated by this sort of thing."

A council spokesman said the fete had been halted for an hour while the stage was cleaned.

Kelby Police said a man had been arrested at the scene.
""",
    "vision.txt": """Drury outlines third term vision

Prime Minister Alan Drury has set out his vision for a third term in office.

He said the economy would stay stable and public services would improve.

And he pledged rail investment would be a "centrepiece" of the Unity Party's manifesto.
""",
    "tax.txt": """Tax rise row grows

Alan Drury has said he does not want higher tax rates but on Wednesday said other tax promises would be left to the Unity Party's manifesto.

Opposition leader Ruth Kemp said voters deserved to know now.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round27d"), settings)


def test_a_want_in_the_story_on_the_topic_is_on_that_topic(engine):
    x = first_excerpt(engine, "what do the greens want done about harbour dredging")
    assert x.quote.startswith("But the Greens want the ombudsman to investigate")


def test_at_the_heart_of_is_a_centrepiece(engine):
    x = first_excerpt(engine, "what has drury promised will be at the heart of the unity party's manifesto")
    assert x.quote.startswith("And he pledged rail investment would be a")
    assert "Drury" in x.attribution.text


def test_whom_a_story_quotes_apart_from_one_named(engine):
    a = engine.ask("who does the paint attack story quote apart from marsh")
    assert a.found and a.intent == "sources"
    assert "Marsh" not in a.excerpts[0].attribution.text


def test_sources_a_story_named_before_its_word_cites_on_a_matter(engine):
    a = engine.ask("what sources does the mayor paint attack story cite on the arrest")
    assert a.found and a.intent == "sources"
    assert a.excerpts[0].attribution is not None
