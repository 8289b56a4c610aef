"""Round 18 B (event, relation): in a story about X, a sentence that opens on "She" doing something
tells X's deed, and goes before another deed of X's that covers less of the question; a
where-question whose event is told by one story is answered by the sentence of that story that
tells a place and names the person asked or points back to the event ("The event - at ..."). A
"when was X sworn in for his second term" is answered by the story that opens on X's second term
and tells later "X was sworn in ... on Thursday"; "what's the deal (the story) between X and Y" asks how X and Y stand with each other. A
small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "venning.txt": """Venning comes out fighting

Chancellor Mara Venning used her statement to fire a broadside at the opposition parties' plans for the election.

It saw Mrs Venning attack the council tax pledges of her rivals. Even so, she remained calm and confident throughout.

According to the opposition parties, however, it was all one big con trick. As always, they accused her of hiding a gap in the public finances.

She did it most plainly with her rise in fuel duty after the 2003 election campaign, during which she had pledged not to raise income tax.
""",
    "venningcab.txt": """Cabinet split on pensions

Mara Venning and Tom Harrow have clashed over pensions in recent weeks, according to reports.
""",
    "rally.txt": """Minister rallies party workers

Home Secretary Owen Pike has issued a rallying cry to party workers, warning them not to stay at home on polling day.

He told the spring conference that every vote would count. The Greens said voters were tired of warnings.

To a packed hall at Kendal's Lakeside Centre, Mr Pike attacked the opposition's plans for the police.

Responding to the speech, Green spokesman Ivo Marsh said: "This was more talk from Owen Pike."
""",
    "launch.txt": """Party's poster love-in

Party rivals were all smiles on Tuesday morning as they gathered to unveil the Liberal Party's new poster campaign.

The event - at the Old Corn Exchange on the banks of the Tyne - was a careful show of unity.

Then a red double-decker bus rolled into view, covered in slogans about low mortgage rates.
""",
    "rivals.txt": """Minister denies feud with party chief

Home Secretary Ann Dale has denied reports of a feud with party chairman Tom Frost.

Relations between Mrs Dale and Mr Frost are widely reported to be cool since she lost the race for the party leadership to his ally.
""",
    "poster.txt": """Party unveils new poster

Party chairman Tom Frost is due to join Home Secretary Ann Dale for a poster launch in Leeds this week, the party has said.

The poster shows a school, a hospital and a police station.
""",
    "harper.txt": """Deputy sees softer Harper line

Governor Lena Harper will take a softer line on taxes as she begins her second term in office, her deputy Paul Orme has said.

Mr Orme said Mrs Harper had learned that cuts were not the only way to balance the books. Mrs Harper was sworn in at a ceremony in Dunmore on Thursday.

Following her inauguration, Mrs Harper is due in the capital at the end of January.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round18b"), settings)


def test_she_in_a_story_about_her_tells_her_deed(engine):
    first = first_excerpt(engine, "what did venning do to fuel duty after the 2003 election")
    assert first.quote.startswith("She did it most plainly with her rise in fuel duty after the 2003 election campaign")
    assert first.attribution is None


def test_where_is_told_by_the_story_naming_the_person_asked(engine):
    # (not the rival's answer to the speech, which names no place: "to the speech ... said")
    first = first_excerpt(engine, "where did pike give his rallying speech telling party workers not to stay at home")
    assert first.quote.startswith("To a packed hall at Kendal's Lakeside Centre, Mr Pike attacked")
    assert first.attribution is None


@pytest.mark.parametrize("question", [
    "where did the liberal party hold its poster launch with the double-decker bus",
    "where was the liberal party's double-decker bus poster launch held",
])
def test_where_is_told_by_the_story_pointing_back_to_the_event(engine, question):
    first = first_excerpt(engine, question)
    assert first.quote == "The event - at the Old Corn Exchange on the banks of the Tyne - was a careful show of unity."
    assert first.attribution is None


@pytest.mark.parametrize("question", [
    "what's the deal between ann dale and tom frost",
    "what's the story between dale and frost",
])
def test_the_deal_between_two_people_is_how_they_stand(engine, question):
    answer = engine.ask(question)
    assert answer.intent == "relation"
    first = answer.excerpts[0]
    assert first.quote.startswith("Relations between Mrs Dale and Mr Frost are widely reported to be cool")
    assert first.attribution is None


def test_when_the_person_asked_did_it_in_the_story_that_opens_on_the_rest(engine):
    first = first_excerpt(engine, "when was lena harper sworn in for her second term")
    assert first.quote == "Mrs Harper was sworn in at a ceremony in Dunmore on Thursday."
    assert first.attribution is None
