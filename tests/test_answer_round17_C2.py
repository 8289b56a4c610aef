"""Round 17 C2 (said): "what did the paper quote X as saying" asks X's words, and the sentence that
tells the paper carried them comes first; words that describe a person before their full name
("PSA union leader Ann Talbot", when the story tells her so) leave the name to say who is asked.
A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "candidate.txt": """Tory candidate quits over cuts remark

A Conservative candidate has stood down after a remark about public services.

Peter Vance said his words had been misrepresented and he would not contest the seat.

Mr Vance was quoted in the Chronicle newspaper saying: "We plan a period of deep cuts in the public services."

Labour said the remark showed the party's true intentions.
""",
    "union.txt": """Union warns over civil service jobs

A union leader has warned that the civil service job cuts will be felt far from London.

Ann Talbot, of the Public Services Association, said the job cuts would hit services in the regions.

"The problem is that ministers do not talk to each other about the cuts," Ms Talbot said.

The Treasury said the cuts were needed.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round17c2"), settings)


def test_what_a_paper_quoted_someone_as_saying_is_their_words_in_the_paper(engine):
    first = first_excerpt(engine, "what did the chronicle quote peter vance as saying about public services")
    assert "quoted in the Chronicle newspaper saying" in first.quote
    assert first.attribution.text == "Peter Vance"
    # ... with no topic, the words the paper carried come before what else he said
    first = first_excerpt(engine, "what did the chronicle report vance saying")
    assert "deep cuts in the public services" in first.quote
    assert first.attribution.text == "Peter Vance"


def test_a_description_before_a_full_name_leaves_the_name_to_say_who(engine):
    first = first_excerpt(engine, "what did psa union leader ann talbot say about the job cuts")
    assert "job cuts would hit services in the regions" in first.quote
    assert first.attribution.text == "Ann Talbot"
    # ... but a name the words before tie to another is not who is asked: "the deputy to ann talbot"
    answer = engine.ask("what did the deputy to ann talbot say about the job cuts")
    assert not any(x.attribution and x.attribution.text == "Ann Talbot" for x in answer.excerpts)
