"""Round 23 F (relations, sources): the sides of a relation as a reader takes them, "us" beside
another side being the US and "X's ouster" being X (the ouster then the tie asked about); and
"who does the X article cite on Y / as Y" asks the story's sources, those who speak on Y (or in
that part) first. A small invented pack, so every expectation is exact; a pair the pack never
ties is still declined. And "which paper reported / ran the story that X" asks for the paper: a
story that tells X in a sentence naming none answers with its sentence that names the paper. A story is named
by the words its headline quotes ("the marsh up for it article"), common words though they are."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "ruritania.txt": """US to ease Ruritania sanctions

The United States plans to lift trade sanctions on Ruritania, officials in Washington said on Friday.

After nearly 15 years of hostile relations, the US and Ruritania have held talks on trade.

Ruritania's president, Anton Vessel, welcomed the move.
""",
    "graustark.txt": """Graustark vice-president sacked

Graustark's president, Otto Krall, has sacked his deputy, Emil Varga.

Varga's removal was widely seen as clearing the way for Krall's wife, Helga Krall, to succeed her husband.

Helga Krall has built a powerful faction in the ruling party.

Varga fled the country on Tuesday.
""",
    "diploma.txt": """Doubts over college diploma plan

Ministers are expected to decide next week on a new diploma for colleges.

"It would be a great shame if the plan were watered down," said the chairman of the skills committee, Harold Pennick.

The Skills Council said the diploma had to be adopted in full.

Another dissenter is the former schools inspector, Professor Walter Quill, who has said there is no need for such an upheaval.

The plan was drawn up by Dame Agnes Thorne.
""",
    "canals.txt": """Canal trust plans towpath repairs

The canal trust has set out plans to repair towpaths across the north.

"The towpaths are a national treasure," said the trust's chairman, Rupert Gale.

Boaters say the repairs are long overdue, according to Edna Moss of the Boaters Guild.

Walkers' groups have complained about muddy paths for years, said Frank Hollis of the Ramblers Circle.
""",
    "strategist.txt": """Campaign chief denies poll warning

The Whigs' campaign director has denied a report claiming he warned Ronald Ashby the party would lose the election.

The Northern Gazette on Monday said strategist Milo Fenwick told the party leader to aim for a handful of seats.

But Mr Fenwick said in a statement: "I have never had any such conversation."
""",
    "marsh_unit.txt": """Marsh sets up delivery unit

Premier Ivo Marsh has set up a new unit to speed up the delivery of public services.

"We will keep up the pressure," said the unit's new head, Clara Dunmore.

Mr Marsh said the unit would report to him every month.
""",
    "marsh_ready.txt": """Marsh 'up for it' ahead of vote

Premier Ivo Marsh says he is "up for it" as the country waits for the election to be called.

He told the Evening Clarion that government life was a constant barrage of attack.

Opposition leader Hugo Brandt called him "a disappointment".
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round23f"), settings)


def test_us_beside_another_side_is_the_united_states(engine):
    x = first_excerpt(engine, "us and ruritania - what's the relationship been like")
    assert "hostile relations" in x.quote


def test_a_thing_of_one_named_is_that_one_and_the_tie_asked(engine):
    x = first_excerpt(engine, "how is helga krall tied to varga's ouster")
    assert "clearing the way for Krall's wife" in x.quote


def test_a_pair_the_pack_never_ties_is_still_declined(engine):
    assert not engine.ask("how is rupert gale tied to varga's ouster").found


def test_cite_as_a_part_puts_first_those_who_speak_in_it(engine):
    x = first_excerpt(engine, "who does the college diploma article cite as dissenters")
    assert "Another dissenter" in x.quote and "Quill" in x.attribution.text


def test_cite_on_a_matter_puts_first_those_who_speak_on_it(engine):
    a = engine.ask("who does the canal trust towpath repairs story cite on muddy paths")
    assert a.intent == "sources" and a.found
    assert "Hollis" in a.excerpts[0].attribution.text


def test_which_paper_ran_the_story_is_the_sentence_naming_the_paper(engine):
    x = first_excerpt(engine, "which paper ran the story that fenwick warned ashby about defeat")
    assert "Northern Gazette" in x.quote


def test_which_paper_reported_is_the_sentence_naming_the_paper(engine):
    x = first_excerpt(engine, "which paper reported that fenwick warned ashby the party would lose")
    assert "Northern Gazette" in x.quote


def test_a_story_named_by_the_words_its_headline_quotes(engine):
    a = engine.ask("who does the marsh up for it article quote")
    assert a.found and a.excerpts[0].article.title == "Marsh 'up for it' ahead of vote"
