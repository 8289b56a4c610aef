"""Round 18 U (unanswerable): a body the topic names must be printed in the speaker's story; a
speaker's remarks in a story that never names it are not on it, however much of the rest of the
topic the story covers. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "wardens.txt": """Wardens to get powers to detain in Dunmore

Community wardens in Dunmore will be given powers to detain suspects for up to half an hour, the town council has announced.

The council said the scheme would start in the spring and would cost £40,000 a year.

Chief Constable Ruth Pallister said the debate over the scheme was one for councillors, not the police.

"Officers will work with whatever the town decides," she said.
""",
    "trust.txt": """Harbour Trust buys old quay

The Kelsey Harbour Trust has bought the old quay at Marrow for £2m.

The Kelsey Harbour Trust said it would open a museum there.

Trust chairman Nell Varley said the quay had been empty for years.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round18u"), settings)


def test_a_body_the_topic_names_must_be_in_the_speakers_story(engine):
    # the Kelsey Harbour Trust is named only in another story: Pallister never spoke of its scheme
    assert not engine.ask("what did ruth pallister say about the kelsey harbour trust's scheme").found
    # ... while on the scheme of her own story, she answers
    first = first_excerpt(engine, "what did ruth pallister say about the debate over the scheme")
    assert "debate over the scheme was one for councillors" in first.quote
    assert first.attribution.text == "Ruth Pallister"
