"""Round 22 R (sources): "what is the story on X based on", "what research does the X article
draw on" ask what work a story rests on, not who speaks in it: the sentence that names who did
the work ("researchers from Harwick University were told", "The report, carried out by
consultants ...") comes first, before the voices the story quotes; a speaker's sentence that
names no work ("Harbour Trust has provided ...") is no such sentence; "what research is the story
on X based on" asks the same, not where one claim comes from. "Pupils questioned for a survey"
names those polled, not who polled them ("The Norcott survey interviewed 400 pupils"). A small invented pack, so
every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "nurses.txt": """Nurses describe night shift strain

Hospital nurses face "exhausting" night shifts with too few staff, a new study shows.

Wards were left with a single nurse for hours at a time, researchers from Harwick University were told.

Nurse Olive Danbury said: "Some nights I never sat down once."

Ward sister Ruth Pellow said the shifts had become harder every year.
""",
    "pupils.txt": """Pupils know little of council work

Pupils questioned for a survey knew almost nothing about how their council spends its money.

The Norcott survey interviewed 400 pupils for the schools inspectorate.

Head teacher Alma Ruddick said lessons on local government would start next year.
""",
    "ferries.txt": """Island ferry fares to be cut

Ferry fares to the northern islands will be cut by a fifth, transport minister Colin Marbeck says.

The report, carried out independently by consultants Tarrant Hale, found fares were twice those on the mainland.

Mr Marbeck said: "Islanders have paid too much for too long."

A spokesman for the ferry operator said: "Harbour Trust has provided strong support."
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round22r"), settings)


def test_story_based_on_names_who_did_the_research(engine: Engine) -> None:
    x = first_excerpt(engine, "what is the story on nurses night shift strain based on")
    assert "researchers from Harwick University were told" in x.quote


def test_research_drawn_on_is_the_work_not_a_speaker(engine: Engine) -> None:
    x = first_excerpt(engine, "what research does the article on island ferry fares draw on")
    assert "carried out independently by consultants Tarrant Hale" in x.quote
    assert x.attribution is not None and "Tarrant Hale" in x.attribution.source


def test_who_is_quoted_is_unchanged(engine: Engine) -> None:
    x = first_excerpt(engine, "who is quoted in the story on nurses night shift strain")
    assert "Olive Danbury" in x.quote or "Ruth Pellow" in x.quote


def test_research_the_story_is_based_on_asks_its_sources(engine: Engine) -> None:
    x = first_excerpt(engine, "what research is the story on island ferry fares based on")
    assert "carried out independently by consultants Tarrant Hale" in x.quote


def test_those_questioned_for_a_survey_did_not_run_it(engine: Engine) -> None:
    x = first_excerpt(engine, "what polls does the story on pupils knowing little of council work cite")
    assert x.quote.startswith("The Norcott survey interviewed 400 pupils")
