"""Round 11, helper O: a finding already made ("what did the inquest conclude") is not told
by a sentence that says it is still awaited (adjourned, due, to report). A small invented pack."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "inquest.txt": """Walker dies after fall on fell

A walker has died after falling on Scafell Pike in the Lake District.

Tom Harrow, 44, from Kendal, fell about 60 metres on Saturday afternoon.

An inquest into Tom Harrow's death has been adjourned until June.
""",
    "ferry.txt": """Ferry inquest verdict

An inquest has concluded that the ferry deckhand Ann Rook died by accident.

The coroner said Ann Rook's death on the Wexmouth ferry was a tragic accident.
""",
    "watchdog.txt": """Watchdog to look at councillor's expenses

A standards watchdog has begun an inquiry into a councillor's claims.

After his inquiry, Sir Alan Pike will report to the council's standards committee on Rhys Dunmore's travel expenses.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round11O"), settings)


def test_an_adjourned_inquest_concluded_nothing(engine):
    assert engine.ask("what did the inquest conclude about tom harrow's death").found is False


def test_a_report_still_to_come_is_no_conclusion(engine):
    assert engine.ask("what did sir alan pike conclude about rhys dunmore's travel expenses").found is False


def test_a_conclusion_made_is_still_given(engine):
    first = first_excerpt(engine, "what did the inquest conclude about ann rook's death")
    assert "died by accident" in first.quote or "tragic accident" in first.quote
