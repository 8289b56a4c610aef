"""Round 16, helper B (event, relation): what happens to a thing once an event happens is told
just after the story tells the event, not where it tells the event again; "what happened with
the <description> <Name>" asks after that person, as "what happened to" does; "in case ..." gives
a reason; of two named in equal sentences, the one naming them side by side ("X's Y", "Y - led by
X") says how they are tied; "what did the survey find" is told by the sentence after the one on
the survey, pointing back to it; "the UK's highest court" is the doer of its deeds, not the UK;
"what else ... apart from X" is not answered by X; "what did the leak supposedly say" asks the leak.
A small invented pack, so every expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "ferrysale.txt": """Ferry firm sale agreed

Kelp Lines has agreed the £30m sale of its ferry fleet to Tern Shipping.

The rights of Kelp Lines shareholders in this sale will differ from those in an ordinary sale of a company.

Ferry unions said they feared for jobs on the western routes.

The sale will close in March, when Tern Shipping pays for the fleet.

Kelp Lines will then become a holding company for its port land.
""",
    "escape.txt": """Patient escapes from secure unit

A search is under way in Hexford for a man who walked out of a secure hospital.

Health spokeswoman Mary Quill said: "The escape of Mr Roper from the secure unit is a matter for the hospital."

Dan Roper, 40, escaped after being allowed out of the secure unit for a walk.

Police are still searching for Roper.
""",
    "togo.txt": """Troops ready over Togo unrest

British troops are on standby in case they need to evacuate three hundred UK citizens from Togo.

The unrest in Togo prompted riots against foreign nationals in the capital, Lome.

The Foreign Office said it was watching events closely.
""",
    "penrose.txt": """Sentencing rethink urged

In a statement on Tuesday Lord Penrose said he had no doubt that the members of the Sentencing Review Board had improved the rules.

Lord Penrose's Sentencing Review Board caused a row by suggesting shorter terms for burglars.

The Sentencing Review Board - led by Lord Penrose - published its proposals in May.
""",
    "survey.txt": """Waiting times survey

Using hospital records, I carried out a simple ward survey last month that covered five hospitals in the north.

In that survey, most patients waited over four hours to see a doctor.

Ministers have promised to publish their own figures.
""",
    "charter.txt": """Press charter opt-out ruled unlawful

Detaining reporters without trial breaks press laws, the UK's highest court has ruled.

The government opted out of part of the European Press Charter in order to bring in the reporting law.

Campaigners said the ruling was a victory for a free press.
""",
    "leak.txt": """Fuel duty leak row

The row began at the weekend with claims a Treasury leak suggested Mr Hale would raise fuel duty in the spring.

Mr Hale refused to comment on the claims.
""",
    "border.txt": """Chile and Peru agree border links

Chile and Peru agreed to open a bus link across the border at Tacna.

Chile and Peru also agreed a rail link between Arica and Tacna.

Officials said the links would open next year.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round16b"), settings)


def test_what_happens_to_a_thing_once_an_event_happens_is_told_after_the_event(engine):
    # not the sentence that tells the sale again ("in this sale"), but what follows its closing
    first = first_excerpt(engine, "what happens to the company kelp lines once the tern shipping sale closes")
    assert first.quote.startswith("Kelp Lines will then become a holding company")
    assert first.attribution is None


def test_what_happened_with_a_person_called_by_a_description_first(engine):
    # "the secure unit patient Dan Roper" is Dan Roper: what he underwent, in the story's own voice
    first = first_excerpt(engine, "what happened with the secure unit patient dan roper")
    assert first.quote.startswith("Dan Roper, 40, escaped after being allowed out")
    assert first.attribution is None


def test_in_case_gives_a_reason(engine):
    first = first_excerpt(engine, "why are british troops on standby over togo")
    assert "on standby in case they need to evacuate" in first.quote
    assert first.attribution is None


def test_two_named_side_by_side_say_how_they_are_tied(engine):
    first = first_excerpt(engine, "what's lord penrose's connection to the sentencing review board")
    assert first.quote.startswith("Lord Penrose's Sentencing Review Board caused a row")
    assert first.attribution is None


def test_what_a_survey_found_is_told_after_the_survey(engine):
    first = first_excerpt(engine, "what did the ward survey find")
    assert "I carried out a simple ward survey" in first.quote
    assert "In that survey, most patients waited over four hours" in first.quote


def test_a_deed_of_the_uk_s_court_is_not_the_uk_s(engine):
    first = first_excerpt(engine, "what did the uk government do with the european press charter")
    assert first.quote.startswith("The government opted out of part of the European Press Charter")
    assert first.attribution is None


def test_what_else_asks_for_what_the_question_does_not_set_apart(engine):
    first = first_excerpt(engine, "chile and peru - what else did they agree on apart from the border bus?")
    assert first.quote.startswith("Chile and Peru also agreed a rail link")
    assert first.attribution is None


def test_an_adverb_after_who_is_asked_is_no_part_of_their_name(engine):
    # "the treasury leak supposedly": the leak, what it is said to have said
    first = first_excerpt(engine, "what did the treasury leak supposedly say about fuel duty")
    assert "a Treasury leak suggested Mr Hale would raise fuel duty" in first.quote
