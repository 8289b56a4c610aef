"""Round 26 (helper S): a sentence ending on a sum ("£64m.") ends there, so the next sentence's
speaker is not read as a continuation of the one before."""

from __future__ import annotations

from bot.article import Article
from bot.extract.sentences import _after_amounts, paragraph_spans
from extract_helpers import first_sources, invented_extract


def test_a_sentence_ending_on_a_sum_ends_there(nlp):
    # "£64m." is no abbreviation: the next sentence is the chairman's, and so is his quote after it
    ex = invented_extract(
        nlp,
        "The Audit Commission said councils were failing to report waste on a consistent basis.",
        "Reported waste dropped from 1,200 cases worth £80m to 950 cases worth £64m. Edward Thorne, chairman of "
        "the Commons budget committee, said Britain had to set an example.",
        '"Any waste in one council is potentially waste against every taxpayer," he said.')
    texts = [s.text for s in ex.sentences]
    assert texts[1].endswith("worth £64m.")
    assert texts[2].startswith("Edward Thorne, chairman")
    sources = first_sources(ex)
    assert sources[2][2] == "edward thorne"
    assert sources[3][2] == "edward thorne"


def test_a_sum_inside_a_sentence_is_no_end():
    # only a period right after the unit ends a sentence: "£5m a year", "3.5bn euros" run on
    art = Article(title="T", source="/tmp/t.txt", paragraphs=[
        "The scheme costs £5m a year and 3.5bn euros in all, ministers said. It starts in May."])
    [para] = list(paragraph_spans(art))
    assert _after_amounts(art.text, para) == []
