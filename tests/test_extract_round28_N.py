"""Round 28 (helper N): who says each sentence.

- A reporting clause set off by commas mid-sentence, its verb before the name ("The tone, said
  Mr X, would be ...", "What this is about, believes Mr Y, is ..."): the name is the speaker.
- "X went so far as to suggest ...": the parse hangs "suggest" on the adverb "far"; X says it.
- "challenge" someone to do something is a stance, as "urge" is ("He challenged the Treasury to
  open its books"); "challenged the ruling" is not.
- "the Tory spokesman" is a front-bench post, a person the story names, not the party: the one it
  calls that party's spokesman ("Lib Dem spokesman X said ... the Lib Dem spokesman questioned"),
  else the person who just spoke when the story gives them an opposition post ("Shadow health
  secretary X told MPs ... The Tory spokesman also attacked ...").
"""

from __future__ import annotations

from extract_helpers import first_sources as _said
from extract_helpers import invented_extract as _extract


def _sentence(ex, start: str) -> int:
    return next(i for i, s in enumerate(ex.sentences) if s.text.startswith(start))


def test_the_party_spokesman_is_the_shadow_minister_who_just_spoke(nlp):
    ex = _extract(
        nlp,
        "A leaflet on hospital waiting lists is a waste of public money, say the Tories.",
        "Shadow health secretary Peter Dunmore told MPs the leaflet was a stunt. "
        "He said it had cost more than £4,000 to print.",
        "The Tory spokesman also criticised the government for its claims about cancer care.",
        "Health Secretary Anna Reed said the leaflet was good value.")
    said = _said(ex)
    assert said[_sentence(ex, "The Tory spokesman")][1:] == ("person", "peter dunmore")


def test_the_party_spokesman_is_the_person_the_story_calls_so(nlp):
    ex = _extract(
        nlp,
        "Lib Dem spokesman Colin Hartley said the tax was unfair.",
        "Mr Hartley said pensioners paid too much. Chancellor Tom Hale said the figures were wrong.",
        "The council tax would rise again next year.",
        "But the Lib Dem spokesman questioned whether the money was being found from cuts.")
    said = _said(ex)
    assert said[_sentence(ex, "But the Lib Dem")][1:] == ("person", "colin hartley")


def test_the_party_spokesman_is_not_a_minister_who_just_spoke(nlp):
    ex = _extract(
        nlp,
        "A leaflet on hospital waiting lists is a waste of public money, say the Tories.",
        "Health Secretary Anna Reed said the leaflet was good value.",
        "The Tory spokesman criticised the government for its claims about cancer care.")
    said = _said(ex)
    src = said.get(_sentence(ex, "The Tory spokesman"))
    assert src is None or src[2] != "anna reed"


def test_a_speaker_set_off_by_commas_mid_sentence_speaks(nlp):
    ex = _extract(
        nlp,
        "Labour will fight a clean campaign, the party's election chief Alan Milburn has promised.",
        "The tone of the campaign, said Mr Milburn, would be positive. "
        "What this is really about, believes Mr Blair, is trust.")
    said = _said(ex)
    assert said[_sentence(ex, "The tone of")][1:] == ("person", "alan milburn")
    assert said[_sentence(ex, "What this is")][1] == "person"
    assert "blair" in said[_sentence(ex, "What this is")][0].lower()


def test_went_so_far_as_to_suggest_is_the_subjects_word(nlp):
    ex = _extract(
        nlp,
        "Labour MP Sion Hale spoke in the debate on Tuesday.",
        "Later Mr Hale even went so far as to suggest the Tories were such a shower that we should "
        "have the general election now.")
    said = _said(ex)
    assert said[_sentence(ex, "Later Mr Hale")][1:] == ("person", "sion hale")


def test_challenging_someone_to_act_is_a_stance(nlp):
    ex = _extract(
        nlp,
        'Liberal Democrat leader Colin Hartley said: "Budgets have to add up."',
        "He challenged the Treasury to open up its books to the auditors.",
        "The council challenged the ruling in the High Court.")
    said = _said(ex)
    assert said[_sentence(ex, "He challenged")][1:] == ("person", "colin hartley")
    assert _sentence(ex, "The council") not in said
