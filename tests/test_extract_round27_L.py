"""Round 27 (helper L): who says each sentence.

A name set off "for" a named body between commas is a person speaking for it ("Menzies
Campbell, for the Liberal Democrats, accused ...", so the "He said:" after it is his), and so is a
name with a person's post between commas, read on the words when the parse hangs the post
elsewhere; "our correspondent" as a speaker is the newsroom's reporter the story has named by that
post (not "according to our correspondent", which takes no later "he")."""

from __future__ import annotations

from extract_helpers import first_sources as _said
from extract_helpers import invented_extract as _extract


def test_a_name_speaking_for_a_party_is_a_person(nlp):
    ex = _extract(
        nlp,
        "Ministers will publish the figures next week, the Home Office said.",
        "Menzies Campbell, for the Liberal Democrats, accused Mr Brown of ducking tough choices.",
        "He said: \"This week the chancellor has offered the economics of complacency.\"")
    said = _said(ex)
    assert said[1][:2] == ("Menzies Campbell", "person")
    assert said[2][0] == "Menzies Campbell"


def test_our_correspondent_is_the_named_correspondent(nlp):
    ex = _extract(
        nlp,
        "Union leaders will meet ministers on Thursday to discuss the pension plans.",
        "BBC labour affairs correspondent Simon Harte said the unions were a formidable force.",
        "Ministers held a private meeting with senior union figures on Thursday night.",
        "Our correspondent said that no deal had been offered in that meeting.",
        "The unions want the regulations withdrawn, our correspondent added.")
    said = _said(ex)
    assert said[3][2] == "simon harte"
    assert said[4][2] == "simon harte"


def test_according_to_our_correspondent_takes_no_later_he(nlp):
    ex = _extract(
        nlp,
        "Lord Gray, the defence minister, said he was disappointed with the delays.",
        "The findings follow a string of critical reports and, according to our correspondent, contain few surprises.",
        "Turning the agency around \"was like trying to turn around a super tanker\", he said.")
    assert _said(ex)[2][0] == "Lord Gray"


def test_a_name_with_a_post_between_commas_is_a_person(nlp):
    # the parse may hang the post elsewhere (and "May" is read as a month): the words tell
    ex = _extract(
        nlp,
        "Michelle, a mother of twins, said she had not received a penny of the £40 a week she is owed and had "
        "faced an \"endless battle\" with the agency. Her forms have twice been lost, she said. \"I don't get "
        "letters, I don't get phone calls, I have to chase them all the time,\" she said. Theresa May, Tory "
        "shadow work and pensions secretary, said: \"We have got to find a way that's going to get those "
        "payments to the families.\"")
    assert _said(ex)[3][:2] == ("Theresa May", "person")
