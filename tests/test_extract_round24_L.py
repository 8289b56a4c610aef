"""Round 24 (helper L): who says each sentence."""

from __future__ import annotations

from extract_helpers import first_sources as _said
from extract_helpers import invented_extract as _extract


def test_words_a_thing_reveals_are_their_speakers(nlp):
    # "a new documentary" says nothing itself: the words it reveals are the MEP's, and the lead's
    # MEP is the one named next
    ex = _extract(
        nlp,
        "A Green Party MEP suggested Norway saw the treaty as a 'trap' and was wiser to stay out, "
        "a new documentary has revealed. Tomas Brandt, the party's deputy leader, made the comments "
        "at a meeting in Leeds.")
    assert _said(ex)[0] == ("Tomas Brandt", "person", "tomas brandt")


def test_a_party_the_ner_calls_a_person_is_a_body_that_they_can_mean(nlp):
    # "Labour" spoken of as a person by the tagger is still the party: "They say" goes back to it
    ex = _extract(
        nlp,
        "The Audit Commission found the rates system was flawed.",
        "Labour says it wants to keep the tax but reform it. They say they are already helping "
        "pensioners with their bills.")
    said = _said(ex)
    assert said[1][1:] == ("organization", "labour")
    assert said[2][2] == "labour"


def test_the_party_is_the_party_that_last_spoke_in_the_paragraph(nlp):
    ex = _extract(
        nlp,
        "The Tories have promised a cut in bills. The Tories say they can save £4bn on waste. "
        "The Tories also say they would not means test the rebate.",
        "The Liberal Democrats want to scrap the tax altogether. They say the tax is unfair. "
        "The party says it would raise the personal allowance.")
    assert _said(ex)[5][2] == "liberal democrats"


def test_some_such_as_a_named_person_is_that_person(nlp):
    ex = _extract(
        nlp,
        "Pensioners protested across the county.",
        "Some, such as 83-year-old Margaret Hill, said they would rather go to jail.")
    assert _said(ex)[1] == ("Margaret Hill", "person", "margaret hill")


def test_keen_to_know_if_asks_the_question(nlp):
    ex = _extract(
        nlp,
        "The Tory leader, David Marsh, questioned what would be exempted from the ban.",
        "He was keen to know if inmates in county prisons would continue to be allowed to smoke.")
    assert _said(ex)[1][2] == "david marsh"
    assert next(a.cue for a in ex.attributions if a.sentence == 1) == "keen to know"


def test_a_participle_after_writing_to_someone_is_the_writers(nlp):
    ex = _extract(
        nlp,
        "Realising his error, Mr Grant then e-mailed Mr Hollis pointing out the mistake, but "
        "suggesting the editor would have seen the funny side.")
    assert _said(ex)[0][2] == "grant"



def test_a_closing_said_or_told_frames_the_whole_sentence(nlp):
    # the parse hangs the closing "Mr Thomas said" under "guidance said", and gives "told" the
    # quoted words as a second subject or no clause at all
    ex = _extract(
        nlp,
        "Officials gave the figures on Monday.",
        "Government guidance said e-mails should only be deleted if they served \"no current purpose\", "
        "Mr Thomas said.",
        "He understood that \"the best hope of peace lies in the spread of democracy and human rights\", "
        "Mr Blair told the Guardian newspaper.",
        "Since 1997, the reported average take-home income had \"risen by 20% in real terms\" if you took out the "
        "self-employed, Mr Milburn told BBC Radio 4's Today programme.")
    said = _said(ex)
    assert said[1][2] == "thomas"
    assert said[2][2] == "blair"
    assert said[3][2] == "milburn"
