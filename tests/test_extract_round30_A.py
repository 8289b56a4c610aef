"""Round 30 A: a subject 'he' in brackets after a sentence's named subject is that person ("How
much longer Mr Brown will continue is not clear (he once said ...)"), whoever the sentence
before also named; and the quote he gives there is his."""

from __future__ import annotations

from extract_helpers import first_sources, invented_extract


def _article(nlp, before: str):
    return invented_extract(
        nlp,
        "The top job may yet elude him but, as he prepares his tenth budget, Alan Grieve can at least "
        "console himself that he is the longest serving treasurer the city has had.",
        f"{before} How long Mr Grieve will stay in the post is not clear (he once said there are two kinds "
        "of treasurer: \"those who fail and those who get out in time.\") There are rumours he will move on.")


def test_a_bracketed_he_means_the_subject_before_it(nlp):
    ex = _article(nlp, "He passed that mark in June, when he overtook Peter Lyle, who served for nine years.")
    sources = first_sources(ex)
    k = next(i for i, s in enumerate(ex.sentences) if "two kinds" in s.text)
    assert sources.get(k, (None,))[0] == "Alan Grieve"
    assert sources[k][2] == "alan grieve"
    assert not any("Lyle" in s for s, _, _ in sources.values())


def test_two_people_before_it_in_its_sentence_leave_it_open(nlp):
    ex = invented_extract(
        nlp,
        "Alan Grieve took over from Peter Lyle in June.",
        "Whether Mr Grieve or Mr Lyle will chair the board is not clear (he once said there are two kinds "
        "of treasurer: \"those who fail and those who get out in time.\")")
    k = next(i for i, s in enumerate(ex.sentences) if "two kinds" in s.text)
    assert not [m for m in ex.mentions if m.sentence == k and m.text == "he" and m.actor_key]
