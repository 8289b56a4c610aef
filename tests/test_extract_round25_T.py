"""Round 25 (helper T): the spokesman, official or source of a body the phrase names speaks
as that body's voice ("a Home Office spokesman said" is the Home Office's)."""

from __future__ import annotations

from extract_helpers import first_sources as _said
from extract_helpers import invented_extract as _extract


def test_a_spokesman_of_a_body_named_before_the_noun_is_its_voice(nlp):
    ex = _extract(
        nlp,
        "The Ministry of Transport has published plans for a new rail line to the north of Brinford.",
        "A Ministry of Transport spokeswoman said the line would open in 2012.",
        "Critics at the Brinford Rail Users Association said the plans were too late.")
    said = _said(ex)
    assert said[1][0] == "A Ministry of Transport spokeswoman"     # as written
    assert said[1][2] == "ministry of transport"


def test_a_spokesman_for_a_body_named_after_the_noun_is_its_voice(nlp):
    ex = _extract(
        nlp,
        "The Coastal Trust has called for a ban on drilling near the Harwick cliffs.",
        "A spokesman for the Coastal Trust said the cliffs were already crumbling.")
    assert _said(ex)[1][2] == "coastal trust"


def test_officials_of_a_party_named_before_the_noun_are_its_voice(nlp):
    ex = _extract(
        nlp,
        "The Green Alliance Party will stand candidates in every seat in Wessex, its leader Jane Orme announced.",
        "Green Alliance Party officials said they hoped to win three seats.")
    assert _said(ex)[1][2] == "green alliance party"


def test_a_spokesman_for_a_person_or_an_unnamed_body_is_not_linked(nlp):
    ex = _extract(
        nlp,
        "Home Secretary Tom Wade visited the Harwick detention centre on Monday.",
        "A spokesman for Mr Wade said he had been impressed by the staff.",
        "Party sources said the visit had been planned for months.")
    said = _said(ex)
    assert said[1][2] is None
    assert said[2][2] is None
