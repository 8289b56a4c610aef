"""Round 24 (helper P): posts and the pronouns that follow them."""

from __future__ import annotations

from extract_helpers import first_sources as _said
from extract_helpers import invented_extract as _extract


def test_he_after_a_post_subject_is_that_post_not_an_older_speaker(nlp):
    # the premier, subject of the sentence before, is who "he" means; the mayor spoke earlier
    ex = _extract(
        nlp,
        "Harold Penbury warned that the harbour scheme would cost jobs. Port mayor Ivo Gantry "
        "accused the council of a cover-up and said the plans were a sign of panic.",
        "Opening a new depot in the town, the premier thanked his transport secretary for her work. "
        "And he claimed the opposition would cut £2bn from local roads.")
    said = _said(ex)
    assert said[3][0] == "the premier"
    assert said[3][2] != "ivo gantry"


def test_a_post_right_before_a_name_without_a_comma_is_no_description(nlp):
    # "how good a premier Ada Lorne will make": the post is what she may become, not what she is;
    # so "the premier" later is the man the story titles so
    ex = _extract(
        nlp,
        "Premier Tomas Varga opened the new bridge on Monday. Critics argued over just how good "
        "a premier Ada Lorne will make at some point after the election.",
        "Opening a new depot in the town, the premier thanked his transport secretary for her work. "
        "And he claimed the opposition would cut £2bn from local roads.")
    lorne = next(a for a in ex.actors if a.key == "ada lorne")
    assert not any("premier" in d.lower() for d in lorne.descriptions)
    assert _said(ex)[3][2] == "tomas varga"
