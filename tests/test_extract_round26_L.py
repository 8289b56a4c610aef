"""Round 26 (helper L): who says each sentence."""

from __future__ import annotations

from extract_helpers import first_sources as _said
from extract_helpers import invented_extract as _extract


def test_remembering_how_something_happened_is_said(nlp):
    ex = _extract(
        nlp,
        "Women MPs told researchers of the taunts they faced in the Commons.",
        "And former minister Gillian Marsh remembered how one of her colleagues called every woman \"Sally\".")
    assert _said(ex)[1][2] == "gillian marsh"


def test_a_name_set_off_by_dashes_before_the_verb_is_the_speaker(nlp):
    ex = _extract(
        nlp,
        "Ron Pike spent his youth in the snooker halls of Leeds.",
        "Another player who never won the title - Ron \"the Rocket\" Pike - has previously admitted skipping lessons.")
    assert _said(ex)[1][2] == "ron pike"


def test_he_went_on_closing_a_clause_is_said(nlp):
    ex = _extract(
        nlp,
        "Shadow minister Oliver Marsh attacked the government's record on schools.",
        "Ministers had failed on discipline because they had not given head teachers real powers, he went on.",
        "The list of failures goes on.")
    said = _said(ex)
    assert said[1][2] == "oliver marsh"
    assert 2 not in said


def test_according_to_documents_when_the_verb_says_a_thing_speaks(nlp):
    ex = _extract(
        nlp,
        "Papers released after 30 years show how the talks between the two leaders failed.",
        "According to the papers released at the Public Record Office, the first meeting indicated "
        "that both men thought they had the makings of a deal.")
    assert _said(ex)[1][0] == "the papers"
