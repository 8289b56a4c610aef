"""Round 23 (helper L): a news lead's post is the person the story names next."""

from __future__ import annotations

from extract_helpers import invented_extract as _extract


def test_a_lead_post_skips_a_name_given_in_passing_deep_in_a_sentence(nlp):
    # the person named in passing inside the second sentence is not the lead's MP; the one
    # named at the start of the third is
    ex = _extract(
        nlp,
        "A Green Party MP believes the council ignored warnings about the flood defences.",
        "It is ten years since the flood that was blamed on a dam designed by engineer Tomas Brandt.",
        "The Green Party's Sarah Quinlan has suggested the council could have acted sooner.")
    assert (ex.attributions[0].sentence, ex.attributions[0].source, ex.attributions[0].kind) == \
        (0, "Sarah Quinlan", "person")
    assert [(m.sentence, m.text) for m in ex.mentions if m.actor_key == "sarah quinlan"][0] == (0, "A Green Party MP")
    assert not any(m.sentence == 0 and m.actor_key == "tomas brandt" for m in ex.mentions)


def test_a_lead_post_in_words_the_lead_reports_is_the_person_named_next(nlp):
    # the post is the subject of the reported words, which come before "it is reported"
    ex = _extract(
        nlp,
        "A Scottish prison officer sacked over a leaked memo plans to sue the government, it is reported.",
        "Callum Ferrie claimed in the Herald that his managers had leaked the memo themselves.")
    assert [(m.sentence, m.text) for m in ex.mentions if m.actor_key == "callum ferrie"][0] == \
        (0, "A Scottish prison officer")
