"""Round 22 B (event): "when was the poll carried out", "when did the checks take place": the verb
only says the event asked about happened, so the event is the noun and a sentence dating it
answers ("Veritas polled ... on 3-5 March"). And a body called by the seat it sits in is the same
body under either name: "the Holyrood vote" is the Scottish Parliament's. A small invented pack,
so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "poll.txt": """Voters back Tom Dorran return

Most voters think Tom Dorran should return to the cabinet after the election, a poll suggests.

Some 58% of respondents in the Weekly Courier poll said Mr Dorran had been right to resign. Veritas polled a weighted sample of 1,200 voters online on 3-5 March. Mr Dorran resigned as transport secretary last week.
""",
    "quotas.txt": """Crucial decision on fishing quotas

A decision on whether to allow Westminster to set fishing quotas is set to be made by the Scottish Parliament.

Ministers insist they will keep the final say on the fleet. The vote is due to be taken on Thursday and is expected to be close.

Opposition parties say the issue should be decided in Scotland.
""",
    "budget.txt": """Holyrood budget row

Holyrood has approved the budget for schools after a long debate.

Teachers' leaders welcomed the extra money.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round22b"), settings)


def test_carried_out_only_says_the_poll_happened(engine):
    first = first_excerpt(engine, "when was the veritas poll on tom dorran carried out")
    assert first.quote.startswith("Veritas polled a weighted sample")


def test_holyrood_is_the_scottish_parliament(engine):
    first = first_excerpt(engine, "when is the holyrood vote on fishing quotas")
    assert first.quote.startswith("The vote is due to be taken on Thursday")
