"""Round 19 S: what a speaker said about a topic. A small invented pack, so every expectation
is exact.

- A speaker's sentence is ranked by the scene that leads up to it (the story's own sentences
  before it, the speaker's own words around it), not by another speaker's sentence beside it:
  Ms Ruddock's remark about parking spaces is not about the levy because the councillor
  defends the levy in the next sentence.
- A reply is on the topic the sentences it answers name together: "Ms Colby also plans ...
  changes to council pension schemes. These would raise the age ... Ms Colby insisted the
  changes were modest. But union leader Rob Tarrant said the plans were unfair."
"""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "levy.txt": """Council parking levy divides city traders

The city council will introduce a parking levy on workplace car parks from April.

Officials expect the scheme to raise £9m a year for buses.

Retailer Jane Ruddock runs a shoe shop in Market Street.

"My customers already struggle to find anywhere to stop," Ms Ruddock said.

Councillor Tom Baines defended the parking levy, saying drivers would benefit from better buses.

He said the council had consulted widely.

Trade in the town centre has fallen by a fifth since 2010.

The chamber of commerce will meet next week.

Ms Ruddock said the levy was unfair to small firms.

The first payments fall due in May.
""",
    "housing.txt": """Ministers row over housing cash

Ministers are split over plans to spend more on social housing, the housing minister Ann Colby has admitted.

Ms Colby said talks with colleagues had been frank.

The Treasury has set aside £300m for the housing scheme.

Ms Colby also plans to save £40m by making changes to council pension schemes.

These would raise the age at which council staff could draw their pensions.

Ms Colby insisted the changes were "very modest".

But union leader Rob Tarrant said the plans were unfair.

"You do not get good services by hitting people as they near retirement," he said.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round19s"), settings)


def test_another_speakers_sentence_beside_a_quote_is_not_its_scene(engine):
    first = first_excerpt(engine, "what did jane ruddock say about the parking levy")
    assert first.quote.startswith("Ms Ruddock said the levy was unfair to small firms.")
    assert "Jane Ruddock" in first.attribution.text


def test_a_reply_is_on_what_the_sentences_it_answers_name_together(engine):
    first = first_excerpt(engine, "what did rob tarrant say about colby's council pension changes")
    assert "Rob Tarrant said the plans were unfair" in first.quote
    assert first.attribution.text == "Rob Tarrant"
    # ... and a topic those sentences never name is still declined
    assert not engine.ask("what did rob tarrant say about the housing minister's rail fares").found
