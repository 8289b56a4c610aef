"""Round 25 (helper L): who says each sentence."""

from __future__ import annotations

from extract_helpers import first_sources as _said
from extract_helpers import invented_extract as _extract


def test_a_clause_said_without_that_read_as_an_object_is_said(nlp):
    # the parser reads "the public needed reassurance" as the object of "said" with a participle
    ex = _extract(
        nlp,
        "Ministers have promised to keep free bus passes for pensioners.",
        "SNP transport spokeswoman Morag Keir said the public needed reassurance that the scheme was safe.")
    assert _said(ex)[1][2] == "morag keir"


def test_a_clause_said_without_that_after_a_phrase_of_time_is_said(nlp):
    # "after seven years" made the clause one of time under "said"
    ex = _extract(
        nlp,
        "Chancellor Tom Rigby gave a rallying speech to party members in Leeds.",
        "He said after seven years Labour had transformed from a party not trusted with the economy "
        "to \"the only party trusted with the economy\".")
    assert _said(ex)[1][2] == "tom rigby"


def test_a_post_of_a_named_body_is_not_the_man_just_named_with_another(nlp):
    ex = _extract(
        nlp,
        "Ashok Patel of Fair Seats Now said the result again showed the need for change. "
        "\"I think open shortlists are the only way forward,\" Mr Patel said.",
        "Last month the chairman of the Commission for Rural Affairs (CRA) also called for "
        "rural shortlists in certain circumstances.")
    said = _said(ex)
    assert said[1][2] == "ashok patel"
    assert said[2][2] != "ashok patel"
    assert "Commission for Rural Affairs" in said[2][0]


def test_paying_tribute_to_something_is_a_stance(nlp):
    ex = _extract(
        nlp,
        "The Tory leader, Martin Hale, gave his New Year message on Sunday.",
        "Mr Hale also paid tribute to the nation's character for its generous response to the floods.")
    assert _said(ex)[1][2] == "martin hale"


def test_the_report_is_the_report_named_before_not_other_figures(nlp):
    ex = _extract(
        nlp,
        "A report by two committees of MPs called for urgent changes to voter registration.",
        "The report said individual registration should be brought in quickly.",
        "Figures for the 2001 general election suggest 29% of young people were not on the roll.",
        "The report said the government should consider fines for unregistered voters.")
    said = _said(ex)
    assert said[3][0] == said[1][0]


def test_a_post_before_a_name_with_letters_after_it_is_that_person(nlp):
    # "MP" after the name heads the phrase; the post before it kept the name from being found
    ex = _extract(
        nlp,
        "The prime minister faced fresh questions over the feud on Sunday.",
        "Former welfare minister Frank Dale MP said the prime minister should sack his chancellor.")
    assert _said(ex)[1][:2] == ("Frank Dale", "person")
