"""Round 24 (helper N): quotes and pronouns whose speaker a careful reader finds without a cue naming them."""

from __future__ import annotations

from extract_helpers import first_sources
from extract_helpers import invented_extract as _extract


def _said(ex) -> dict[int, tuple[str, str | None]]:
    """Each sentence's first attribution, by sentence index: (source, actor key)."""
    return {k: (source, key) for k, (source, _, key) in first_sources(ex).items()}


def _index(ex, words: str) -> int:
    return next(k for k, s in enumerate(ex.sentences) if words in s.text)


def test_a_profile_keeps_its_subject_over_quotes_far_from_the_naming_sentence(nlp):
    # the quote given to the profile's subject keeps the story on him: a later quote with no
    # speaker, more than a few sentences after he was last named, is still his
    ex = _extract(
        nlp,
        "By any measure, retired diplomat Paul Dorrance is a survivor.",
        "So why the treaty and why now? On this subject, Dorrance appears almost evangelical.",
        "\"I was in Rome when the treaty was signed and it went from there, really. \"I had just "
        "written a piece about the summit which the minister liked\". But what is it about the "
        "treaty that attracts him? Many might think it is simply vanity. \"I think the greatest "
        "threat to peace in the world is not war but boredom with diplomacy\". A great soundbite, "
        "but a surprise from a diplomat. \"It is the growth of committees of experts who know better "
        "than the voters and never have to face them\".")
    said = _said(ex)
    k = _index(ex, "It is the growth of committees")
    assert said.get(k) == ("Paul Dorrance", "paul dorrance")


def test_a_post_the_story_titled_its_holder_with_is_whom_the_next_he_means(nlp):
    # "the prime minister" as a main clause's subject is the man titled so, not the party chairman
    # who spoke last: "he said" two sentences on is the prime minister's
    ex = _extract(
        nlp,
        "Prime Minister Tom Harwood will face questions from voters on Sunday. Mr Harwood has done so "
        "twice before.",
        "Party chairman Peter Lyle said the campaign would start soon. He said: \"I am the man running "
        "the campaign and I do not know the date.\" On Friday, the prime minister finished a tour of the "
        "north, during which he launched his party's five promises. Starting in Leeds, he visited "
        "marginal seats pledging to build on what he said were the government's achievements on schools.")
    said = _said(ex)
    k = _index(ex, "Starting in Leeds")
    assert said.get(k) == ("Tom Harwood", "tom harwood")
