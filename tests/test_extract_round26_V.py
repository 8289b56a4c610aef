"""Round 26 (helper V): right speakers that cost an answer, made a gain.

Extraction: a participle of saying hung on a passive, an aim or a complement is the main
subject's ("The council would not be drawn on it, saying ..."; "The board refuses to release the
figures - saying ..."; "Mr Dale also quit the club saying ..."; "She was heard saying ..."); a
party's one-word name the tagger reads as a common noun is the party ("Labour later dropped the
advert, saying ..."); ", Radio Kent has learned." closing a sentence is its source; a subject the
parser hangs on "did" speaks ("But he did, for the first time, say ...").
Answers: "what does X mean" asks what the name stands for; a newsroom's own finding is not a
source the story cites."""

from __future__ import annotations

import pytest

from answer_helpers import engine_over
from bot.answer import Engine
from bot.answer.question import parse
from extract_helpers import first_sources as _said
from extract_helpers import invented_extract as _extract


def test_a_participle_after_a_passive_is_its_subjects(nlp):
    ex = _extract(
        nlp,
        "Councillors are to vote on the harbour plan next month.",
        "Maidstone Borough Council would not be drawn on the row, saying the timing was a matter for the mayor.")
    assert _said(ex)[1][0] == "Maidstone Borough Council"


def test_a_participle_after_an_aim_is_the_main_subjects(nlp):
    ex = _extract(
        nlp,
        "The trust has been asked for its safety figures for months.",
        "The hospital board refuses to release the figures - saying such papers have always been kept private.")
    assert _said(ex)[1][0] == "The hospital board"


def test_a_participle_after_a_complement_is_the_subjects(nlp):
    ex = _extract(
        nlp,
        "Two members of the rowing club resigned on Tuesday, Peter Dale and Sue Amis.",
        "Mr Dale also quit the club saying Ms Amis would make a better captain of a new crew.",
        "Later, off camera, Ms Amis was heard saying she was tired of the committee's rules.")
    said = _said(ex)
    assert said[1][2] == "peter dale"
    assert said[2][2] == "sue amis"


def test_a_newsroom_that_has_learned_is_the_source(nlp):
    ex = _extract(
        nlp,
        "Bus fares in Kent are set to rise by about 5% in the spring, Radio Kent has learned.",
        "The county council will confirm the rise next week.")
    assert _said(ex)[0][0] == "Radio Kent"


def test_a_subject_hung_on_did_speaks(nlp):
    ex = _extract(
        nlp,
        "Shadow minister Alan Marsh set out his party's plans on Tuesday.",
        "But he did, for the first time, say there would be cuts in fuel duty.")
    assert _said(ex)[1][2] == "alan marsh"


def test_what_does_a_name_mean_asks_what_it_stands_for():
    assert parse("what does ventura mean").intent == "search"
    assert parse("what does the name ventura mean").intent == "search"
    p = parse("what does kennedy mean by a balanced approach")
    assert p.intent == "statements_by" and p.who == "kennedy"


ARTICLES = {
    "fares.txt": """Kent bus fares to rise

Bus fares in Kent are set to rise by about 5% in the spring, Radio Kent has learned.

Transport chief Martin Cole said: "We have held fares for three years and the costs of fuel have gone up."
""",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory, settings) -> Engine:
    return engine_over(ARTICLES, tmp_path_factory.mktemp("round26v"), settings)


def test_a_newsrooms_own_finding_is_not_a_cited_source(engine):
    a = engine.ask("what sources does the kent bus fares story cite")
    assert a.found and a.excerpts[0].attribution.source == "Martin Cole"
    # (the newsroom is credited with its finding, after those the story cites)
    assert any(x.attribution and x.attribution.source == "Radio Kent" for x in a.excerpts[1:])
