"""Round 21 B (event): "when did X do Y", asked in the past, is answered by a sentence that dates
the deed done: not one whose every time lies ahead ("... likely to be lifted in the next six
months"), nor one dated by the deed itself ("..., following his arrest in Malta"); and, where no
sentence gives a time, by the story's opening sentence telling the deed as its news ("X has become
..."), done on the story's day. A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "embargo1.txt": """EU arms ban on Veldoria 'to end'

The EU embargo on arms exports to Veldoria is likely to be lifted in the next six months despite American objections, Foreign Secretary Anna Kell has said.

Ms Kell was speaking on a visit to the Veldorian capital.
""",
    "embargo2.txt": """Kell backs ending Veldoria embargo

Foreign Secretary Anna Kell has defended plans to end the embargo, despite opposition from Washington.

The EU imposed its arms ban on Veldoria in 1991 after troops opened fire on protesters in the capital.

Ms Kell also signed a deal on tourism.
""",
    "ostria.txt": """Ostria embargo to stay

The trade embargo on Ostria will stay in place, officials said.

Business groups want the embargo eased, and exporters say the embargo costs them dearly.
""",
    "detainee.txt": """Detainee 'to sue government'

Tom Pryce claimed in the Herald that a British agent played a key role in sending him to the army camp in Spain, following his arrest in Malta.

He said he was sent there after being questioned by a British officer, shortly after his arrest in Malta in March 2002.

His lawyers are preparing the case.
""",
    "harcourt.txt": """Harcourt longest-serving minister

Paul Harcourt has become the country's longest-serving finance minister.

The 58-year-old has marked his 3,000th day in the post, overtaking the record of his predecessor.

He is expected to stand again at the next election.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round21b"), settings)


def test_a_time_ahead_does_not_date_a_deed_done(engine):
    first = first_excerpt(engine, "when did the eu put its arms embargo on veldoria")
    assert first.quote.startswith("The EU imposed its arms ban on Veldoria in 1991")
    assert first.attribution is None


def test_a_time_told_by_the_deed_does_not_date_it(engine):
    first = first_excerpt(engine, "when was tom pryce arrested in malta")
    assert first.quote.startswith("He said he was sent there after being questioned by a British officer")


def test_the_news_a_story_opens_on_was_done_on_its_day(engine):
    answer = engine.ask("when did harcourt become the longest serving finance minister")
    assert answer.found, answer.note
    assert answer.excerpts[0].quote.startswith("Paul Harcourt has become the country's longest-serving finance minister")
    assert "day of the story" in answer.note
