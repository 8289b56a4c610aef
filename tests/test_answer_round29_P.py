"""Round 29 P (abstention): "what did X agree" asks an agreement made, and round 29 G keeps only
passages telling one. A story's lead gives the news its story tells first: when the story tells an
agreement ("Mr Rask said Norland had agreed to free the three after long talks"), its lead ("All
three Caldish sailors held by Norland at Kesport will be sent home within weeks") gives what was
agreed, in words of the deed, not of the agreeing, and still answers. Talks told only as due still
answer nothing. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "sailors.txt": """Kesport three home in weeks

All three Caldish sailors held by Norland at Kesport will be sent home within weeks, Foreign Minister Ivo Rask told parliament on Tuesday.

Pell Haddon, Jory Marr and Tam Wick have been held at the Kesport naval base for almost two years.

They were seized when their trawler strayed into Norland waters.

Their families have been told of their return and have been kept informed throughout, officials said.

Mr Rask said Norland had agreed to free the three after long and difficult talks over fishing rights.
""",
    "visit.txt": """Kesport three to see family

The three Caldish sailors freed from Norland custody at Kesport are expected to be allowed a visit by one relative.

Officials said the visit would take place next month.
""",
    "talks.txt": """Envoy praises harbour moves

Envoy Mara Thale has praised steps by the Ostravan government to reopen the northern harbour.

She is due to take part in talks with the Ostravan government on Friday.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round29p"), settings)


def test_the_lead_of_a_story_telling_an_agreement_gives_what_was_agreed(engine):
    x = first_excerpt(engine, "what did norland agree over the three caldish sailors held at kesport")
    assert "will be sent home within weeks" in x.quote


def test_talks_only_due_still_tell_no_agreement(engine):
    assert not engine.ask("what did thale and the ostravan government agree in fridays talks").found
