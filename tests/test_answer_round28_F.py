"""Round 28 F (event): a work the question names as the doer is no speaker. "What did the North
Sea tide gauge research forecast" asks what a study found: the pack quotes nobody by that name,
but the story on the study tells its forecast in a sentence that holds the verb asked ("Experts
... have already forecast ..."). A study the pack has no story on ("the Baltic tide gauge
research") is still declined, and "what did the X poll say" is left to the ordinary reading.
And "what did the council tell Reddy and Ojo about their homes" is answered by "The council has
written to two of the tenants ... telling them ...": words sent to listeners the sentence names
only as "them", in a story that names both; words that never say to whom they went are not.
A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "floods.txt": """Councillors hear renewed flood warning

Coastal towns could face regular flooding within two decades, the Harbour Authority is warning councillors.

Experts are giving evidence on the subject to the council's planning committee. Officials believe sea walls may be better value than moving homes inland.

Experts studying the waters off the Norfolk coast have already forecast more damaging surges of the kind which flooded the seafront last winter.

They expect the worst storms to arrive earlier each year. Scientists from the University of Eastmouth have been looking at tide gauge readings in the North Sea over the last twelve years. The research was carried out jointly with the Marine Survey Office.
""",
    "tenants.txt": """Evicted tenants refused new homes

The city council has written to two of the tenants evicted from Brook Street telling them they will not be offered new homes.

A letter sent to Tom Reddy said his application would not be accepted in the light of complaints from neighbours. An identical letter has been sent to Sam Ojo, the tenants' solicitor says.

The city council said it could not comment on individual cases. Mr Reddy, 41, has lived in the city for twenty years.
""",
    "budget.txt": """Council sets its budget

The council has agreed a budget for the coming year, with a rise in parking charges.

The leader of the council, Ann Rowley, said the rise was needed to pay for road repairs.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round28f"), settings)


def test_what_a_study_forecast_is_told_by_the_story_on_it(engine):
    x = first_excerpt(engine, "what did the north sea tide gauge research forecast")
    assert x.quote.startswith("Experts studying the waters off the Norfolk coast have already forecast")


def test_a_study_the_pack_has_no_story_on_is_declined(engine):
    assert not engine.ask("what did the baltic tide gauge research forecast").found


def test_words_sent_to_them_are_told_to_the_listeners_the_story_names(engine):
    x = first_excerpt(engine, "what did the city council tell reddy and ojo about their homes")
    assert x.quote.startswith("The city council has written to two of the tenants evicted from Brook Street")
