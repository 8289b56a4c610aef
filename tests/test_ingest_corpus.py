"""The shared corpora (../shared/corpus): BBC plain text and real news pages. Skipped when absent."""

from __future__ import annotations

import json

import pytest

from bot.ingest import iter_articles
from bot.ingest.plaintext import decode_entities
from bot.settings import Settings
from ingest_helpers import CORPUS

BBC = CORPUS / "bbc"
HTML = CORPUS / "html"


@pytest.fixture(scope="module")
def politics():
    if not (BBC / "politics").is_dir():
        pytest.skip(f"BBC corpus not found at {BBC} (../shared beside the checkout)")
    return list(iter_articles([str(BBC / "politics")], Settings()))


def test_bbc_first_article(politics):
    first = politics[0]
    assert first.label.endswith("001.txt")
    assert first.article.title == "Labour plans maternity pay rise"
    assert first.article.paragraphs[0].startswith(
        "Maternity pay for new mothers is to rise by £1,400 as part of new proposals")
    assert "Labour plans maternity pay rise" not in first.article.text


def test_every_bbc_politics_file_yields_an_article(politics):
    assert len(politics) == 417
    failed = [(r.label, r.error) for r in politics if r.article is None]
    assert failed == []
    for r in politics:
        with open(r.label, encoding="utf-8") as f:
            headline = " ".join(decode_entities(f.readline()).split())   # "&#163;8m" is "£8m"
        assert r.article.title == headline, r.label      # line 1 is always the title
        assert r.article.paragraphs and r.article.title not in r.article.paragraphs


def test_every_bbc_headline_is_found_in_all_sections():
    if not BBC.is_dir():
        pytest.skip(f"BBC corpus not found at {BBC}")
    wrong = []
    for r in iter_articles([str(BBC)], Settings()):
        with open(r.label, encoding="utf-8") as f:
            headline = " ".join(decode_entities(f.readline()).split())   # "&#163;8m" is "£8m"
        if r.article is None or r.article.title != headline:
            wrong.append((r.label, r.error or r.article.title))
    assert wrong == []


def test_bbc_duplicates_hash_alike(politics):
    # The archive holds exact duplicates; ingest must give them the same content hash.
    hashes = [r.article.content_hash for r in politics]
    assert len(set(hashes)) == 417 - 14


@pytest.fixture(scope="module")
def html_pages():
    pages = sorted(HTML.glob("*/source.html"))
    if not pages:
        pytest.skip(f"HTML corpus not found at {HTML} (../shared beside the checkout)")
    results = list(iter_articles([str(p) for p in pages], Settings()))
    expected = [json.loads((p.parent / "expected-metadata.json").read_text(encoding="utf-8"))
                for p in pages]
    return list(zip(results, expected))


def test_every_html_page_ingests(html_pages):
    assert len(html_pages) == 12
    for res, _ in html_pages:
        assert res.error is None, (res.label, res.error)
        assert len(res.article.paragraphs) >= 10, res.label


def test_html_titles_and_dates_match_expected_metadata(html_pages):
    titles = sum(res.article.title == exp["title"] for res, exp in html_pages)
    with_date = [(res, exp) for res, exp in html_pages if exp["publishedTime"]]
    dates = sum((res.article.published or "")[:10] == exp["publishedTime"][:10] for res, exp in with_date)
    # Measured with bench/html_metadata.py: 12/12 titles, 5/5 dates.
    assert titles >= 12
    assert len(with_date) == 5 and dates >= 5


def test_html_body_starts_at_the_article_not_the_page_furniture(html_pages):
    by_name = {res.label.split("/")[-2]: res.article for res, _ in html_pages}
    bbc = by_name["bbc-1"]
    assert bbc.paragraphs[0].startswith("President Barack Obama has admitted that his failure")
    assert not any(p in ("24 July 2015", "941 comments") for p in bbc.paragraphs)
    assert by_name["nytimes-1"].author == "Jeffrey Gettleman"       # de-duplicated byline
    assert by_name["guardian-1"].published == "2019-01-03T07:00:02.000Z"
