"""Round 25 (helper S): a body named by its initials and by its full name is one actor."""

from __future__ import annotations

from extract_helpers import invented_actors as _actors


def test_initials_written_before_the_full_name_are_that_body(nlp):
    # the initials come first; the full name, spelt out later, is the same body
    _, actors, mentions = _actors(
        nlp,
        "The NFU has warned that farm incomes will fall again this year.",
        "Ministers met the National Farmers Union in London on Tuesday to discuss subsidies.",
        "The NFU said the talks had been constructive.")
    assert "nfu" not in actors
    body = actors["national farmers union"]
    assert "NFU" in body.aliases
    assert [m.actor_key for m in mentions if m.text == "NFU"] == ["national farmers union"] * 2
