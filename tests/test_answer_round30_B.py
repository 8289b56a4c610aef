"""Round 30 B: two words analysts use that the engine read wrongly. "list" after a word of its
phrase is a thing ("on a waiting list", "the TPS list"), not the imperative "list the sources":
the figure for those "on a waiting list" is the one told of the list, before one of people
"waiting for treatment" that names the place. And what a body is "aiming for" is its aim, told
as its "aspiration", "ambition" or "goal". A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine
from bot.answer.words import content_words

ARTICLES = {
    "clinics.txt": """Clinic waiting time target is cut

Clinic waiting times for patients in Lanmark are to be cut, the health minister said.

Ms Orla Venn said no patient would wait more than a year by March.

The latest monthly figures showed the number waiting more than 18 months in Lanmark has fallen.

There are 38,650 people on a waiting list of some kind, down from 39,100 last month.
""",
    "lessons.txt": """Lanmark 'must learn health lessons'

Lanmark must learn from the way Ostrava has cut delays at its clinics, a report says.

In March doctors said staff were "in despair" as figures showed 41,200 people were waiting for treatment in Lanmark, up by 900 on February.
""",
    "vote.txt": """Lanmark parties gear up for vote

People in Lanmark go to the polls in May, and the parties of Lanmark have begun their campaigns.

Lanmark's first minister said people wanted stable government.

Turnout in Lanmark was low at the last vote, when few people took part.
""",
    "work.txt": """Labour office sets out plans

Work Secretary Tom Ellery has set out plans to help more people into work.

Mr Ellery said his office had a long-term aspiration of moving towards a 75% employment rate.

He said the plans would be paid for by savings elsewhere.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round30b"), settings)


def test_list_after_a_word_of_its_phrase_is_a_thing():
    assert "list" in content_words("how many people are on a waiting list in lanmark")
    assert "list" not in content_words("list the sources") and "list" not in content_words("please list the people")


def test_a_waiting_list_count_before_people_waiting_for_treatment(engine):
    x = first_excerpt(engine, "how many people are on a waiting list in lanmark")
    assert "38,650 people on a waiting list" in x.quote


def test_what_a_body_is_aiming_for_is_its_aspiration(engine):
    x = first_excerpt(engine, "what employment rate is the work office aiming for")
    assert "aspiration of moving towards a 75% employment rate" in x.quote
    assert x.attribution is not None and "Ellery" in x.attribution.text
