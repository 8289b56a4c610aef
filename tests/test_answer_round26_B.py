"""Round 26 B (said, other): a question and a story name the same thing in other words. An
"appetite" for a job is the story's "enthusiasm", "hunger" or "passion" for it; to "dodge" a
question is, in a report, to have "declined" or "refused" to say. And the plural of a short
abbreviation is that abbreviation: "hqs" are HQs, a story's "headquarters". A headline that
prints a phrase of the topic ("Top Blues on Green 'hit list'") names it, though one of its
words ("list") is too small to count alone. "Info" is information, and "kinds" of it are its
"types" or "categories". Small invented packs, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "reed.txt": """Reed 'ready for the fight'

Prime Minister Tom Reed will face questions from voters in Northam on Saturday.

Mr Reed is thought to be keen to meet the electorate before the expected spring poll. The prime minister's enthusiasm for the post remains undimmed, party strategist Lena Hart told Radio Northam on Friday. She added that the campaign would open with a rally in the capital. Ms Hart said the party had raised more money than ever before.
""",
    "quiz.txt": """Reed quizzed on leadership pact

Tom Reed has faced questions from MPs over claims in a new book about his deputy.

The book claimed the two men had agreed a pact over the leadership. Mr Reed directly denied one quote on Wednesday. He again insisted there could be no deals over the top job but twice declined to say whether he had promised to stand aside. Opposition leader Dan Marsh said voters deserved a straight answer.
""",
}

OFFICES = {
    "offices.txt": """Parties settle into new homes

The two main parties have finished moving ahead of the spring election.

Staff spent the weekend unpacking boxes and testing phone lines. Both parties have now completed their moves to new headquarters, with the Greens setting up their campaign hub just two streets away from the Reds' new headquarters on Mill Lane. Officials said the press conferences would begin next week.
""",
}


LISTS = {
    "hitlist.txt": """Top Blues on Green 'hit list'

The Green Party is aiming to unseat a string of senior Blue Party MPs at the next election.

The Blue leader's seat is at the top of the Greens' list. Two former ministers are next, the Green campaign chief Ruth Abel said. She said it was nothing personal. A Blue Party spokesman said: "The Greens can talk all they like about strategy. Their voters do not share their policies."
""",
    "students.txt": """Greens target the student vote

The Green Party has promised to scrap university fees if it wins the next election.

The Greens say the plan would cost two billion pounds a year. The Blue Party says the Green policy would leave universities short of money. Students' leaders welcomed the pledge.
""",
}


TRACKING = {
    "tracking.txt": """Snapgram is tracking me even though I'm not on Snapgram

By Ada Quill

I have never signed up to Snapgram, but the company still builds a picture of my life.

Snapgram uses the address books of its users to learn about people, even if those people never agree to take part. There are at least two major categories of information available to Snapgram about non-users like me: what its users upload about us, and what it collects from websites we visit. Neither needs my consent.
""",
}


@pytest.fixture(scope="module")
def tracking(tmp_path_factory, settings) -> Engine:
    return engine_over(TRACKING, tmp_path_factory.mktemp("round26b_tracking"), settings)


@pytest.fixture(scope="module")
def lists(tmp_path_factory, settings) -> Engine:
    return engine_over(LISTS, tmp_path_factory.mktemp("round26b_lists"), settings)


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round26b"), settings)


@pytest.fixture(scope="module")
def offices(tmp_path_factory, settings) -> Engine:
    return engine_over(OFFICES, tmp_path_factory.mktemp("round26b_offices"), settings)


def test_an_appetite_for_a_job_is_enthusiasm_for_it(engine):
    first = first_excerpt(engine, "what did hart say about reed's appetite for the post")
    assert "enthusiasm for the post remains undimmed" in first.quote
    assert "Hart" in first.attribution.source


def test_to_dodge_saying_is_to_decline_to_say(engine):
    first = first_excerpt(engine, "how many times did reed dodge saying whether he'd promised to stand aside")
    assert "twice declined to say" in first.quote


def test_the_plural_of_a_short_abbreviation(offices):
    first = first_excerpt(offices, "how far apart are the green and red hqs now")
    assert "two streets away" in first.quote


def test_a_headline_prints_a_phrase_of_the_topic(lists):
    first = first_excerpt(lists, "what did the blue party say about the green target list")
    assert "can talk all they like about strategy" in first.quote


def test_kinds_of_info_are_categories_of_information(tracking):
    first = first_excerpt(tracking, "what kinds of info does snapgram get about people not on snapgram")
    assert "two major categories of information" in first.quote
