"""Round 23, helper D (stance): "X said ... and urged Y to ..." makes X the subject of "urged" (the
same tense, no other's clause between), and asked what X wants Y to do, "Y wants to ..." in X's
own words is Y's want, not X's ("Y should ..." stays X's want of Y). A sentence opening on "He" /
"She" that the index tied to X is X's own ("He plans to axe 4,000 posts"), and "overall" is no
word of a topic. A speaker's name cut at a small word inside it ("The Save [the Coast Campaign]
said") is shown whole. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "ruling.txt": """Pollard demands action on detention ruling

The home ministry has been told to review its detention powers after the highest court ruled against it.

Shadow home secretary Ann Pollard said it was not possible to overstate the importance of the ruling and urged the ministry to act as fast as possible to sort the problem out.

Ministers said they would study the ruling with care.
""",
    "wardens.txt": """Row over wardens' powers

Shadow home secretary Ann Pollard attacked plans for new street wardens on Monday.

"While the answer is more real police, the ministry wants to hire 9,000 wardens who cannot arrest anyone after the detention ruling," Ms Pollard said.

The ministry said wardens were a useful extra presence on the streets.
""",
    "posts.txt": """Whitehall cuts ahead of target

Chancellor Tom Reeve said 900 civil service posts had gone in the last year.

He plans to axe 4,000 posts to free up money for schools and hospitals.

Unions oppose the cuts and say services will suffer.

Mr Reeve also announced plans to move 300 posts out of London.
""",
    "coast.txt": """Campaign welcomes coast bill

The Save the Coast Campaign said the draft bill was an important step for the shoreline.

Ministers published the draft bill on Tuesday after two years of talks.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round23d"), settings)


def test_said_and_urged_is_the_speakers_want_not_the_others_want_in_their_words(engine):
    x = first_excerpt(engine, "what does ann pollard want the ministry to do after the detention ruling")
    assert x.quote.startswith("Shadow home secretary Ann Pollard said it was not possible"), x.quote
    assert x.attribution is not None and "Pollard" in x.attribution.source


def test_a_pronoun_tied_to_the_asked_opening_the_sentence_states_the_plan(engine):
    x = first_excerpt(engine, "what is reeve planning for posts")
    assert x.quote.startswith("He plans to axe 4,000 posts"), x.quote
    assert x.attribution is not None and "Reeve" in x.attribution.source


def test_overall_is_no_word_of_the_topic(engine):
    x = first_excerpt(engine, "what is reeve planning for the posts overall")
    assert "posts" in x.quote and x.attribution is not None and "Reeve" in x.attribution.source, x.quote


def test_a_speakers_name_cut_at_a_small_word_is_shown_whole(engine):
    x = first_excerpt(engine, "what's the save the coast campaign's view of the draft bill")
    assert x.quote.startswith("The Save the Coast Campaign said the draft bill"), x.quote
    assert x.attribution is not None and "Save the Coast Campaign" in x.attribution.source, x.attribution
