"""Round 25 (helper R): a post kept for the next pronoun, and a pronoun of the other sex."""

from __future__ import annotations

from extract_helpers import first_sources as _said
from extract_helpers import invented_extract


def test_a_post_never_heard_and_of_no_known_sex_takes_no_later_she(nlp):
    # "the minister" is kept for the next pronoun; two sentences on, after a woman is named,
    # "she" is not the minister (round 24's post rule gave it to the minister; HEAD kept no post)
    ex = invented_extract(
        nlp,
        "The minister still recalls the perils of a walkabout in a marginal seat.",
        "He cannot forget his clash with Linda Marsh, the Dunmore woman who berated him over "
        "the closure of her village library during the last campaign.",
        '"You have never once set foot in our village," she told Mr Orrin as the cameras rolled.',
        "Mr Orrin later said that he still liked meeting voters.")
    said = _said(ex)
    assert 2 not in said or "minister" not in said[2][0].lower()


def test_a_post_spoken_of_by_the_person_just_named_is_not_theirs(nlp):
    # Ms Hollis spoke of the chancellor as of someone else; "the chancellor" just after her is not her
    ex = invented_extract(
        nlp,
        "The council's budget passed on Tuesday after a long debate.",
        "For the Greens, Fiona Hollis said the chancellor had ignored the rise in rents across the city. "
        "Ms Hollis said fees would rise under every plan on the table.",
        'The chancellor meanwhile insisted his sums were "sound".')
    said = _said(ex)
    assert said[3][0] == "The chancellor"
    assert said[3][2] != "fiona hollis"


def test_a_post_whose_own_clause_says_his_is_a_man_and_keeps_the_next_he(nlp):
    # "The premier used his speech": the premier is a man, so a man named since ("his rift with
    # Treasurer Ivo Gantry") does not take the "he declared" that follows; the premier does
    ex = invented_extract(
        nlp,
        "Tomas Varga's big speech will be seen as the start of the campaign.",
        "The premier used his speech to a small audience in the north to set out his plans. "
        "There was an attempt to end the gossip about his rift with Treasurer Ivo Gantry.",
        'In a key section, he declared: "In our next term we will widen opportunity for every family."',
        "Mr Gantry was not in the hall.")
    said = _said(ex)
    assert said[3][0] == "The premier"
    assert said[3][2] != "ivo gantry"
