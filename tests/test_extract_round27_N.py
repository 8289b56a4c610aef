"""Round 27 (helper N): who says each sentence.

"<Body> <post> <Name> said", where the parse makes the body the subject and the name its
object ("Association of Chief Police Officers president Ken Harland said"), is the person
speaking, and the post with the body's whole name ("Association of Chief Police Officers
president", not "Chief Police Officers president") stays his description, so a question
naming the post still finds him; and a question that names the body alone ("what did the
chief police officers' association say") asks its voice, its spokesman, before the holder of a
post in it the asker left out."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine
from extract_helpers import first_sources as _said
from extract_helpers import invented_extract as _extract


def test_a_body_post_and_name_in_a_row_is_the_person_described_by_the_whole_post(nlp):
    ex = _extract(
        nlp,
        "Police want new powers to close pubs that sell alcohol to children.",
        "Association of Chief Police Officers president Ken Harland said the current closure power did not "
        "have enough impact on bad landlords.",
        "\"It is less than useless,\" he said.")
    said = _said(ex)
    assert said[1][:3] == ("Ken Harland", "person", "ken harland")
    assert said[2][2] == "ken harland"
    harland = next(a for a in ex.actors if a.key == "ken harland")
    assert "Association of Chief Police Officers president" in harland.descriptions



ARTICLES = {
    "pubs.txt": """Police seek powers over rowdy pubs

Police want new powers to close pubs that sell alcohol to children.

Chief Police Officers Association deputy president Ken Harland said the current closure power did not have enough impact on bad landlords.

Mr Harland said some landlords were making money at the cost of misery. Mr Harland added that the trade was not regulating itself.
""",
    "hunt.txt": """Police ready for hunting ban

Police forces say they are ready to enforce the hunting ban when it comes into force next month.

Police Officers Association spokesman Dan Moss said officers would not be chasing hunts across fields in cars and would act on intelligence.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round27n"), settings)


def test_the_body_asked_alone_is_its_spokesman_not_another_post_holder(engine):
    x = first_excerpt(engine, "what did the chief police officers' association say about policing the hunting ban")
    assert "Moss" in x.attribution.text
