"""Sentences: verbatim offsets, paragraph-bounded, abbreviation and quote repairs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.article import Article
from bot.extract.sentences import ParagraphSpan, repair_boundaries, split_sentences

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "bbc" / "politics"


def bbc_article(path: Path) -> Article:
    """A BBC corpus file as ingest would give it: headline line, then blank-line paragraphs."""
    title, _, body = path.read_text(encoding="utf-8").partition("\n")
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", body) if p.strip()]
    return Article(title=title.strip(), paragraphs=paras)


@pytest.fixture(scope="session")
def seed(nlp, raw_seed_paragraphs):
    art = Article(title="seed", paragraphs=raw_seed_paragraphs)
    return art, split_sentences(art, nlp(art.text))


def assert_well_formed(art: Article, sents) -> None:
    paras = art.paragraphs
    counters: dict[int, int] = {}
    for s in sents:
        assert art.text[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text
        assert any(c.isalnum() for c in s.text) or not any(c.isalnum() for c in paras[s.paragraph - 1]), s.text
        assert s.text in paras[s.paragraph - 1], "a sentence crossed a paragraph boundary"
        counters[s.paragraph] = counters.get(s.paragraph, 0) + 1
        assert s.sentence == counters[s.paragraph]


def test_seed_sentences_are_verbatim_and_paragraph_bounded(seed):
    art, sents = seed
    assert_well_formed(art, sents)
    # spaCy runs the headline into the lead paragraph; the split must not
    lead = next(s for s in sents if s.text.startswith("Israeli Prime Minister Benjamin Netanyahu sent"))
    assert lead.text.endswith("reported on Monday.") and lead.sentence == 1
    gofman = next(s for s in sents if "Roman Gofman" in s.text)
    assert gofman.text.startswith("Israeli military secretary Maj. Gen. Roman Gofman, who returned")
    assert gofman.text.endswith("according to the report.")
    # the two-sentence paragraph keeps both sentences, numbered 1 and 2
    visit = next(s for s in sents if s.text.startswith("This visit would mark"))
    assert visit.sentence == 2


def test_abbreviations_do_not_end_sentences(nlp):
    art = Article(title="t", paragraphs=[
        "Israeli military secretary Maj. Gen. Roman Gofman met Mr. Smith and Dr. Jones in Moscow. "
        "The U.S. military said the talks went well. It was the third such visit."])
    sents = split_sentences(art, nlp(art.text))
    assert [s.text for s in sents] == [
        "Israeli military secretary Maj. Gen. Roman Gofman met Mr. Smith and Dr. Jones in Moscow.",
        "The U.S. military said the talks went well.",
        "It was the third such visit."]


def _cuts_at(text: str, *markers: str) -> list[int]:
    return [text.index(m) for m in markers]


def test_closing_quote_returns_to_its_sentence():
    text = 'He said: "We have doubled it to 26 weeks." The Tories disagreed.'
    para = ParagraphSpan(0, 0, len(text))
    bad_cut = text.index('weeks.') + len('weeks.')           # before the closing mark
    pieces = repair_boundaries(text, para, [0, bad_cut, len(text)])
    assert [text[s:e] for s, e in pieces] == ['He said: "We have doubled it to 26 weeks."', "The Tories disagreed."]


def test_opening_quote_goes_forward_and_lone_quote_is_merged():
    # BBC style: a new quoted sentence reopens the quote without closing the previous one
    text = 'Ms Hewitt said: "We have already taken it up to 26 weeks. "We are going to extend the pay."'
    para = ParagraphSpan(0, 0, len(text))
    after_weeks = text.index('weeks.') + len('weeks. ')      # cut after the opening mark
    pieces = repair_boundaries(text, para, [0, after_weeks + 1, len(text)])
    assert [text[s:e] for s, e in pieces] == [
        'Ms Hewitt said: "We have already taken it up to 26 weeks.', '"We are going to extend the pay."']
    # a cut that leaves the final mark alone is undone: no sentence is only '"'
    last = len(text) - 1
    pieces = repair_boundaries(text, para, [0, after_weeks, last, len(text)])
    assert [text[s:e] for s, e in pieces][-1] == '"We are going to extend the pay."'


def test_bbc_quote_paragraph_splits_where_a_reader_would(nlp):
    path = CORPUS / "001.txt"
    if not path.exists():
        pytest.skip(f"BBC corpus not present at {CORPUS}")
    art = bbc_article(path)
    sents = split_sentences(art, nlp(art.text))
    texts = [s.text for s in sents]
    assert any(t.startswith('Ms Hewitt said: "We have already doubled') and t.endswith("up to 26 weeks.") for t in texts)
    assert any(t.startswith('"We are going to extend the pay') and t.endswith('next Parliament."') for t in texts)


def test_whole_bbc_politics_corpus_offsets_are_verbatim(nlp):
    """All 417 files; sentence boundaries come from the parser alone, so NER etc. are off."""
    files = sorted(CORPUS.glob("*.txt"))
    if not files:
        pytest.skip(f"BBC corpus not present at {CORPUS}")
    arts = [bbc_article(p) for p in files]
    off = [p for p in nlp.pipe_names if p not in ("tok2vec", "parser")]
    total = 0
    for art, doc in zip(arts, nlp.pipe((a.text for a in arts), batch_size=64, disable=off)):
        sents = split_sentences(art, doc)
        assert_well_formed(art, sents)
        total += len(sents)
    assert total > 417 * 5


def test_a_cut_after_a_word_is_undone_whatever_case_follows():
    text = "On Monday, Mr Ortiz told the Today programme Mr Hale had misled voters. He said so twice."
    para = ParagraphSpan(0, 0, len(text))
    bad = text.index("Mr Hale")                                 # the parser's mid-sentence cut
    pieces = repair_boundaries(text, para, [0, bad, text.index("He said"), len(text)])
    assert [text[s:e] for s, e in pieces] == [
        "On Monday, Mr Ortiz told the Today programme Mr Hale had misled voters.", "He said so twice."]


def test_an_all_capitals_byline_keeps_its_cut():
    text = "ANNA REYES The good thing about the plan is that it is cheap."
    para = ParagraphSpan(0, 0, len(text))
    pieces = repair_boundaries(text, para, [0, text.index("The good"), len(text)])
    assert [text[s:e] for s, e in pieces] == ["ANNA REYES", "The good thing about the plan is that it is cheap."]
