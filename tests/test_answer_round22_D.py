"""Round 22, helper D (relations, who, other): of equal sentences, one whose word of a tie ties others ("between
himself and the prime minister") comes after one that has none, unless one of the two asked
speaks there of the other outside those words: Walsh saying Mr Dorney "was never present at
meetings between himself and the prime minister" speaks of Dorney, and keeps its place. A
speaker's words of a tie held by others ("the squabbles between Mr Rudd and Mr Walsh") or said
of a pair ("Mr Rudd and Mr Walsh could only deal with") still tie others. And "who is X": "Mr X is also looking for ..." tells what X is doing, not who X is
("is also a ..." would). "What does X get instead of Y": the story's sentence that gives X a thing
"instead", wherever the word stands, even when X is a place. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "union.txt": """Walsh hits back at union chief

Mr Walsh also said that as Mr Dorney was never present at meetings between himself and the prime minister, he was not in a position to judge.

It suited the purpose of Mr Dorney's union to speak of splits because it was resisting reforms, Mr Walsh told radio listeners.

Mr Walsh said: "I do not think you can rely on his judgement on this matter."

Treasury chief Martin Walsh was speaking after union leader Paul Dorney wrote to MPs.
""",
    "cabinet.txt": """Hale backs Walsh for top job

Former minister Robin Hale said the recent squabbles between Mr Rudd and Mr Walsh were not a problem for voters.

Mr Hale said Mr Rudd and Mr Walsh could only deal with the row by keeping quiet.

Former minister Robin Hale said he hoped Mr Walsh would be premier one day.
""",
    "councils.txt": """Councils told to save money

Regional Finance Minister, Tom Bannock MSP, said: "I announced extra money for councils last week."

Mr Bannock is also looking for councils to become more efficient in coming years.

Mr Bannock has promised them more next year.
""",
    "conference.txt": """Party picks Dunmouth for conference

The Green Party will hold its autumn conference in Dunmouth and not Kelby, it has been confirmed.

Kelby will get the much smaller spring conference instead in what will be seen as a placatory move.

Party officials said the autumn conference needed a bigger hall.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round22d"), settings)


def test_one_speaking_of_the_other_keeps_its_place_among_equals(engine):
    first = first_excerpt(engine, "martin walsh and paul dorney")
    assert first.quote.startswith("Mr Walsh also said that as Mr Dorney was never present")


def test_a_speakers_words_of_a_tie_held_by_others_still_tie_others(engine):
    # Hale speaks of Walsh only inside "between Mr Rudd and Mr Walsh" and in the pair "Mr Rudd and
    # Mr Walsh": those sentences still come after the one that has no word of a tie
    first = first_excerpt(engine, "robin hale and martin walsh")
    assert first.quote.startswith("Former minister Robin Hale said he hoped Mr Walsh would be premier")


def test_is_also_doing_is_no_description(engine):
    first = first_excerpt(engine, "who is tom bannock")
    assert first.quote.startswith("Regional Finance Minister, Tom Bannock MSP, said")


def test_a_place_gets_something_instead(engine):
    first = first_excerpt(engine, "what does kelby get instead of the green autumn conference")
    assert first.quote.startswith("Kelby will get the much smaller spring conference instead")
