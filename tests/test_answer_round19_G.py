"""Round 19 G: a word of a tie tells how the two asked are tied only where it ties them, not two
others ("the squabbles between Mr Vane and Mr Harker", asked of Quayle and Harker), and "deal
with" a thing is coping, not a deal. And in a story on the topic asked, X the subject of its own
word of the stance ("the Council of Highland Colonels proposed the merger of ...") tells X's stance
there, though the sentence calls the topic otherwise. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "feud.txt": """Donor attacks Vane-Harker feud

A Labour donor has attacked Prime Minister Ellis Vane and Chancellor Tom Harker over their public feud.

Former foreign secretary Peter Quayle said the recent squabbles between Mr Vane and Mr Harker were not a problem for the voters.

Mr Quayle said he had held talks with Mr Harker last week.

Ex-leader Neil Ormond said Mr Harker could only deal with the rumours by staying silent.

Mr Harker was an adviser to Mr Ormond in the 1980s.
""",
    "army.txt": """Army chiefs in regiments decision

Army chiefs are meeting to decide the future of the Highland regiments.

In October, the Council of Highland Colonels proposed the merger of the Royal Fusiliers and the Border Rifles into a single battalion.

Veterans said the plans were a betrayal.
""",
    "campaign.txt": """Harker joins campaign launch

Chancellor Tom Harker has joined Prime Minister Ellis Vane at a poster launch in Leeds.

Relations between Mr Harker and Mr Dunmore are said to be cool ever since Mr Vane brought Mr Dunmore back to the cabinet.

This time the campaign will be run by Alan Dunmore, a close ally of Ellis Vane.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round19g"), settings)


def test_a_tie_between_two_others_does_not_tie_the_two_asked(engine):
    # "the squabbles between Mr Vane and Mr Harker" ties Vane to Harker, not Quayle to Harker
    first = first_excerpt(engine, "peter quayle and tom harker - what's the link")
    assert "held talks with Mr Harker" in first.quote
    assert first.attribution is not None and "Quayle" in first.attribution.text


def test_relations_between_one_of_the_two_and_another_are_not_theirs(engine):
    # "Relations between Mr Harker and Mr Dunmore" are not Dunmore's relationship with Vane,
    # though the question's own word "relationship" is printed there
    first = first_excerpt(engine, "alan dunmore and ellis vane - what's their relationship")
    assert "a close ally of Ellis Vane" in first.quote
    assert first.attribution is None


def test_dealing_with_a_thing_is_no_deal(engine):
    # "could only deal with the rumours" is coping, not a deal between Ormond and Harker
    first = first_excerpt(engine, "neil ormond and tom harker - what's the connection")
    assert "an adviser to Mr Ormond" in first.quote
    assert first.attribution is None


def test_a_tie_between_the_two_asked_still_answers(engine):
    # guard: the relations Harker and Dunmore hold are theirs
    first = first_excerpt(engine, "tom harker and alan dunmore - what's the relationship")
    assert "Relations between Mr Harker and Mr Dunmore" in first.quote


def test_a_body_the_subject_of_its_own_proposal_in_the_story_on_the_topic(engine):
    first = first_excerpt(engine, "what did the council of highland colonels propose for the regiments?")
    assert "proposed the merger of the Royal Fusiliers" in first.quote
    assert first.attribution is not None and "Council of Highland Colonels" in first.attribution.text


def test_a_body_with_no_word_of_the_stance_is_still_declined(engine):
    # guard: the veterans call the plans a betrayal, but propose nothing
    answer = engine.ask("what did the veterans propose for the regiments?")
    assert not answer.found or all("merger" not in x.quote for x in answer.excerpts)
