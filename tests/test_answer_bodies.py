"""A body is one speaker under its full name and its initials, and a short name matches a
speaker only as a whole word. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "eufine.txt": """Brussels fines harbour firm

The European Union (EU) has fined the harbour firm Calder Lines £2m for breaking competition rules.

Calder Lines said it would appeal against the fine.
""",
    "eucod.txt": """Cod quota cut for trawlers

The EU said the cod quota for the Dogger Bank would be cut by a third next year.

Trawler owners in Grimsby said the cut would cost two hundred jobs.
""",
    "wexport.txt": """Port sale talks

Unnamed reports said the port of Wexmouth had been sold to a Norwegian shipping group.

The harbour board declined to comment. Wexmouth has sent blankets to a UN camp in the east.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("bodies"), settings)


def test_a_body_asked_by_its_full_name_speaks_where_stories_use_its_initials(engine):
    first = first_excerpt(engine, "what did the european union say about cod quotas")
    assert "cod quota for the Dogger Bank" in first.quote
    assert "EU" in first.attribution.text
    # ... and the other way round
    first = first_excerpt(engine, "what did the eu say about cod")
    assert "cod quota for the Dogger Bank" in first.quote


def test_initials_are_not_the_start_of_another_speakers_name(engine):
    # "the UN" is no part of "unnamed reports"
    answer = engine.ask("what did the un say about the port")
    assert all("sold to a Norwegian" not in x.quote for x in answer.excerpts)
