"""Round 30 G (abstention): "what did X say about T" where T is another story's topic.

An examiner's unanswerable question often takes its speaker from one story and its topic from
another: "what did Peter Vance say about the Liberal Democrat mutual homes plan", when Mr Vance
is quoted only on house arrest plans (a story that prints "plans" and "Home Secretary", never
"mutual"), and another story, where he is not quoted, is headlined on the mutual homes plan.
A rare word of the topic that the speaker's story never prints, while another story opens on
the topic with it, says the speaker did not speak on it. His story on the topic in other words
still answers. And "andrew parker bowles" is not Camilla Parker Bowles: a given name before the
surname of someone the pack knows by another names someone else, whatever kind of actor the
pack took her for. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine
from bot.answer.actors import Actor, ActorHit
from bot.answer.roles import _two_people_one_name

ARTICLES = {
    "arrest.txt": """Vance attacks house arrest plans

Tory leader Peter Vance has attacked the government's plans to hold terror suspects under house arrest.

Mr Vance said he would not back the Home Secretary's plans for control orders, which include home detention.

"I do not believe that anyone should be deprived of their liberty on the say so of a politician," he said.

The Liberal Democrats have also said they will oppose the plans in the Commons.

The Home Secretary is due to publish the bill next week.
""",
    "homes.txt": """Liberal Democrats unveil mutual homes plan

The Liberal Democrats have unveiled a plan for mutual homes to help first time buyers on to the housing ladder.

Under the scheme, tenants would buy a share of a mutual housing body rather than a home of their own.

Lib Dem housing spokesman Ed Morley said: "This is a new way to own a stake in your home."
""",
    "schools.txt": """Councils warn over school budgets

Council leaders have warned that school budgets in the north will fall short next year.

Councillor Ann Booth said: "Heads will have to make hard choices about staff."
""",
    "rail.txt": """Rail fares to rise in January

Rail fares will rise by an average of 4% in January, the train companies have said.

Passenger groups said the rise was unfair on commuters.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round30g"), settings)


def test_a_topic_another_story_opens_on_is_not_the_speakers(engine):
    a = engine.ask("what did peter vance say about the lib dem mutual homes plan")
    assert not a.found


def test_the_speakers_own_topic_still_answers(engine):
    x = first_excerpt(engine, "what did peter vance say about the house arrest plans")
    assert "control orders" in x.quote or "house arrest" in x.quote
    assert x.attribution is not None and "Vance" in x.attribution.text


def test_the_topic_told_in_other_words_in_his_story_still_answers(engine):
    x = first_excerpt(engine, "what did peter vance say about home detention")
    assert "home detention" in x.quote
    assert x.attribution is not None and "Vance" in x.attribution.text


def test_the_speaker_of_the_other_story_answers_on_it(engine):
    x = first_excerpt(engine, "what did ed morley say about the mutual homes plan")
    assert "own a stake in your home" in x.quote
    assert x.attribution is not None and "Morley" in x.attribution.text


def _hit(actor: Actor, span: str, start: int, end: int) -> ActorHit:
    return ActorHit(actor, span, start, end, 100.0)


def test_a_given_name_before_anothers_surname_names_someone_else():
    andrew = Actor(1, "andrew", "Andrew", "person", 3)
    camilla = Actor(2, "camilla parker bowles", "Camilla Parker Bowles", "organization", 9, aliases={"parker bowles"})
    assert _two_people_one_name([_hit(andrew, "andrew", 0, 1), _hit(camilla, "parker bowles", 1, 3)])
    assert not _two_people_one_name([_hit(camilla, "parker bowles", 0, 2)])
    assert not _two_people_one_name([_hit(Actor(3, "camilla", "Camilla", "person", 2), "camilla", 0, 1),
                                     _hit(camilla, "parker bowles", 1, 3)])
