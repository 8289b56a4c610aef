"""Round 28 (helper L): who says each sentence.

- A piece the story hands to someone ("X tells BBC News of his personal response to the
  move") is theirs in every sentence of a paragraph it writes in the first person ("I", "we"),
  not only in its "I" lines, where the sentence names no other voice.
- A body whose name begins with a verb ("Stop Heathrow Expansion said ..."), parsed as a clause
  subject, is the speaker.
- "dub" names something as something, as "label" and "brand" do: "X dubbed the plans a
  'recipe for injustice'" is X's stance.
- "assure" reports words as "tell" does: "The prime minister assured MPs that ..." is his.
- In a report with no writer's voice, an unquoted "I" sentence is the journalist the story named by a
  desk post ("the BBC's North America editor X said ... when I asked him ..."), if only one.
"""

from __future__ import annotations

from extract_helpers import first_sources as _said
from extract_helpers import invented_extract as _extract


def test_a_piece_handed_to_a_writer_is_his_in_every_sentence(nlp):
    ex = _extract(
        nlp,
        "The justice secretary has defended plans to hold suspects without trial.",
        "But crime novelist Robert Harlow tells BBC News of his personal response to the move.",
        "I was a boy when the last war began. The country kept its courts open through all of it.",
        "Now judges are told to stand aside. That is how we lose our freedom.",
        "The court sat for nine days.",
        "Mr Bell, a minister, said the plans were needed.")
    said = _said(ex)
    texts = [s.text for s in ex.sentences]
    own = texts.index("The country kept its courts open through all of it.")
    assert said[own][0] == "Robert Harlow"
    assert said[texts.index("Now judges are told to stand aside.")][0] == "Robert Harlow"
    assert texts.index("The court sat for nine days.") not in said     # no first person: the story's own


def test_a_body_named_with_a_verb_speaks(nlp):
    ex = _extract(
        nlp,
        "Campaigners have gone to court over a third runway at Heathrow.",
        "Stop Heathrow Expansion said the White Paper, published in May, was \"deeply flawed\" and did not follow the law.")
    said = _said(ex)
    assert said[1][0] == "Stop Heathrow Expansion"


def test_dubbed_is_a_stance_of_its_subject(nlp):
    ex = _extract(
        nlp,
        "Ministers have set out new powers to tag suspects.",
        "The Bar Council dubbed the minister's new plans a \"recipe for injustice\".")
    said = _said(ex)
    assert said[1][:2] == ("The Bar Council", "organization")


def test_assured_reports_what_was_said(nlp):
    ex = _extract(
        nlp,
        "The betting bill has been attacked by church leaders.",
        "In questions last week Tony Blair assured MPs that most of the bill was about protecting children.")
    said = _said(ex)
    assert said[1][0] == "Tony Blair"


def test_a_first_person_line_of_a_report_is_its_named_journalists(nlp):
    ex = _extract(
        nlp,
        "The president has said the trade deal will survive a vote in Congress.",
        "In an interview with the BBC, the president said he was confident of winning.",
        "But the BBC's Washington correspondent Anna Reed said he did not sound convinced.",
        "The president's party has lost three votes on trade this year.",
        "When I asked him how many senators he had won over, he changed the subject.")
    said = _said(ex)
    texts = [s.text for s in ex.sentences]
    assert said[texts.index("When I asked him how many senators he had won over, he changed the subject.")][0] \
        == "Anna Reed"
