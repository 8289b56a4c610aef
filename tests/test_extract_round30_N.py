"""Round 30 (helper N): who says each sentence, actors and their kinds.

- "The Bishop of Durham said": an office written in capitals, as the subject of a cue, is the
  person the story gave that office ("the Bishop of Durham, Dr Alan Hartley"), not a body; the
  source stays as worded.
- A constituency writes its compass word after the town ("Leicester South", "Bristol West"): a
  place, never a person.
- A full name one story's NER typed an organisation is a person once another story calls them
  Mr / Mrs / Ms ("Mrs Parker Bowles"): the index's actor row is settled as a person.
"""

from __future__ import annotations

from extract_helpers import first_sources as _said
from extract_helpers import invented_extract as _extract

from bot.extract.records import ActorRec
from bot.index.store import _addressed
from bot.places import is_place_name


def test_an_office_in_capitals_is_the_person_given_it(nlp):
    ex = _extract(
        nlp,
        "The service will be held in the cathedral, where the Bishop of Durham, Dr Alan Hartley, will preside.",
        'The Bishop of Durham said: "I am glad the town has chosen to mark the day together."')
    said = _said(ex)
    assert said[1] == ("The Bishop of Durham", "person", "alan hartley")


def test_an_office_nobody_was_given_stays_as_worded(nlp):
    ex = _extract(
        nlp,
        "The service will be held in the cathedral on Sunday.",
        'The Bishop of Durham said: "I am glad the town has chosen to mark the day together."')
    source, _kind, key = _said(ex)[1]
    assert source == "The Bishop of Durham" and key is None


def test_a_town_and_a_compass_word_after_it_is_a_seat():
    assert is_place_name("Leicester South")
    assert is_place_name("Bristol West")
    assert is_place_name("Leeds North East")
    assert not is_place_name("Kanye West")
    assert not is_place_name("Leicester Tigers")


def test_a_name_addressed_as_mrs_is_a_person_in_the_index():
    assert _addressed(ActorRec(key="k", name="Camilla Parker Bowles", kind="person",
                               aliases={"Camilla Parker Bowles", "Mrs Parker Bowles"}))
    assert not _addressed(ActorRec(key="k", name="Parker Bowles Group", kind="organization",
                                   aliases={"Parker Bowles Group"}))


def test_a_place_before_a_local_bodys_noun_names_that_body():
    # a seat is now a place; "why did X's Clwyd North West constituency party drop him" asks of
    # the party, which gives its own reasons, not of a state acting through its government
    from bot.answer.actors import Actor
    from bot.answer.reasons import _place_names_a_body
    seat = Actor(id=1, key="bristol west", name="Bristol West", kind="place")
    assert _place_names_a_body("why did forbes's bristol west constituency party drop him", seat)
    assert not _place_names_a_body("why is bristol west a marginal seat", seat)
