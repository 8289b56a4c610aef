"""Round 17 (F), stance: how a question asks a stance (a setting named before the question, "is X
urging Y to", "what has X promised on"), what its topic is (not "the run-up to", not X's own means), and whose sentence voices those the actor table lacks (a
speaker the story calls by the question's last word). A small invented pack, so every
expectation is exact."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over, first_excerpt
from bot.answer import Engine

ARTICLES = {
    "rates.txt": """Harbour rates reply

Northern Party finance spokesman Tom Reed gave his reply to the council's spending statement on Tuesday.

Mr Reed said the harbour rates were "a tax on fishermen".

Mr Reed wants the harbour rates abolished and replaced with a levy on cruise ships.

The council said the rates raised £2m a year.
""",
    "ferry.txt": """Ferry fares report

The ferry company is being pressed to freeze fares for islanders.

The Island Trust said the ferry company had been urging islanders to do their bit to save fuel.

The Island Trust is urging the ferry company to freeze fares for islanders for two years.

The company said fuel costs had risen by a third, the Island Trust said.
""",
    "floods.txt": """Flood defences pledge

Mayor Ann Cole visited the flooded villages on Monday.

Ms Cole promised that the town would rebuild the sea wall by the spring.

Seven homes were flooded when the sea wall failed, Ms Cole told councillors.
""",
    "docks.txt": """Dock workers talks

Four harbour dock unions will hold talks with the port authority about working hours next week.

Other dock unions have pledged to follow.

The four unions meeting the authority want the employers to drop their plans for night shifts.

The port authority said working hours for dock staff would rise to 48 a week.
""",
    "campaign.txt": """Hale campaign message

Dan Hale has been touring marginal seats in the north.

Some in his party are urging Mr Hale to promise a cut in rail fares before the election.

Mr Hale hopes his message will win over commuters during this long election campaign.

Rail fares rose by 6% last year, the highest rise in the country.
""",
    "newparty.txt": """Hale launches new party

Dan Hale has said he wants to "change the face of northern politics" as he launched his new party.

Mr Hale also told reporters there was "masses of support" for his new party.

Mr Hale promised a "strict but fair" policy on tolls.
""",
    "tolls.txt": """Bridge tolls rise

Tolls on the Tyne bridge will rise by a fifth next year.

Hauliers said the tolls would cost jobs, and tolls on the tunnel were too high already.
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round17f"), settings)


def test_a_setting_named_before_the_question_is_read_after_it(engine):
    # "in his reply what did reed want ..." is "what did reed want ... in his reply"
    first = first_excerpt(engine, "in his reply to the spending statement what did tom reed want done about harbour rates")
    assert "abolished and replaced with a levy" in first.quote
    assert "Reed" in first.attribution.text


def test_what_one_is_urging_another_to_do_is_a_want(engine):
    first = first_excerpt(engine, "what is the island trust urging the ferry company to do")
    assert "urging the ferry company to freeze fares" in first.quote
    assert "Island Trust" in first.attribution.text


def test_what_one_has_promised_on_a_topic_is_a_plan(engine):
    first = first_excerpt(engine, "what has ann cole promised on the flooded villages")
    assert "rebuild the sea wall by the spring" in first.quote
    assert "Cole" in first.attribution.text


def test_a_speaker_called_by_the_questions_last_word_voices_their_want(engine):
    # "the harbour dock unions" are not in the actor table; "The four unions ... want" is theirs
    answer = engine.ask("what do the harbour dock unions want the employers to do about the working hours of port staff")
    assert not answer.note  # their want, stated outright: not "here is what was said" in its place
    first = answer.excerpts[0]
    assert "drop their plans for night shifts" in first.quote
    assert "unions" in first.attribution.text


def test_the_run_up_to_a_time_is_no_topic(engine):
    # "in the run-up to the election" is before it: no running, nothing "up"
    first = first_excerpt(engine, "what does dan hale hope his rail fares message will achieve in the run-up to the election")
    assert "hopes his message will win over commuters" in first.quote
    assert "Hale" in first.attribution.text


def test_ones_own_means_are_whose_stance_not_its_topic(engine):
    first = first_excerpt(engine, "what is dan hale promising on tolls with his new party")
    assert "policy on tolls" in first.quote
    assert "Hale" in first.attribution.text
