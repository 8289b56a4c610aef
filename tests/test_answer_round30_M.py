"""Round 30 M (said): a speaker a story gives only by the post it gave one person earlier in it
("The Bishop of Wexford said: ...", after "the Bishop of Wexford, Dr Aldous Penry, will
preside") is that person, however many lines back the name was. A small invented pack, so every
expectation is exact. And a "flop" is told as a failure ("the Kestrel flop": the venture
"failed")."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "wedding.txt": """Mayor to marry in cathedral

The mayor of Wexford, Conal Brady, is to marry his long-time partner next month.

The wedding will be a civil ceremony followed by a blessing in the cathedral at which the Bishop of Wexford, Dr Aldous Penry, will preside.

The marriage is likely to be a sensitive issue because the mayor is divorced.

Some parishioners remain opposed to the remarriage of divorcees.

"It has divided the town," said Nuala Finn, who runs the parish newsletter.

The Bishop of Wexford said: "I am delighted that the couple have decided to take this important step."
""",
    "college.txt": """Online college closes

The Kestrel online college has closed after attracting only 900 students.

A Ministry of Learning spokeswoman said the Kestrel buildings would be kept as a public library.

The Ministry of Learning also said the Kestrel venture had failed because take-up was too low.

Critics said the money should have gone to schools.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round30m"), settings)


def test_a_speaker_given_by_the_post_the_story_gave_a_person_is_that_person(engine):
    x = first_excerpt(engine, "what did aldous penry say about the wedding")
    assert "I am delighted that the couple" in x.quote
    # the index ties the office to the person the story gave it (round 30 N); the credit is as worded
    assert x.attribution is not None and x.attribution.source == "The Bishop of Wexford"
    assert x.attribution.kind == "person"


def test_a_flop_is_told_as_a_failure(engine):
    x = first_excerpt(engine, "what did the ministry of learning say about the kestrel flop")
    assert "the Kestrel venture had failed" in x.quote
    assert x.attribution is not None and "Ministry of Learning" in x.attribution.source
