"""HTML files: main text and metadata via trafilatura, fallbacks, broken and empty pages."""

from __future__ import annotations

from pathlib import Path

from bot.ingest import iter_articles
from bot.settings import Settings
from ingest_helpers import ARTICLE_HTML

SETTINGS = Settings()


def one(path: Path):
    [res] = iter_articles([str(path)], SETTINGS)
    return res


def test_article_page_text_and_metadata(tmp_path):
    p = tmp_path / "story.html"
    p.write_text(ARTICLE_HTML, encoding="utf-8")
    res = one(p)
    assert res.error is None, res.error
    art = res.article
    assert art.title == "Harbour council approves £40m sea wall"
    assert art.author == "Mara Lindqvist"
    assert art.outlet == "The Coastal Courier"
    # trafilatura finds the day; the page's own timestamp for that day is kept in full.
    assert art.published == "2024-03-18T09:30:00+00:00"
    assert art.url == "https://courier.example.com/news/harbour-sea-wall"
    assert art.source == str(p.resolve())
    assert art.paragraphs[0].startswith("The harbour council voted on Monday")
    assert art.paragraphs[-1].startswith("Engineers expect construction")
    assert len(art.paragraphs) == 4
    assert ("“We have waited long enough, and the sea will not wait for us,” said the council "
            "leader, Tomas Berg") in art.text
    for junk in ("Home", "Most read", "Ferry timetable", "Privacy", "All rights reserved", "By Mara"):
        assert junk not in art.text


def test_htm_extension_and_latin1_meta_charset(tmp_path):
    page = ARTICLE_HTML.replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
    p = tmp_path / "story.HTM"
    p.write_bytes(page.replace("“", '"').replace("”", '"').replace("’", "'").encode("cp1252"))
    art = one(p).article
    assert art.title == "Harbour council approves £40m sea wall"
    assert "£40m sea wall along the eastern quay" in art.text


def test_metadata_falls_back_to_meta_tags(tmp_path):
    # No <title>, no <h1>: the headline is only in og:title, the date only in JSON-LD.
    body = "".join(
        f"<p>{s}</p>" for s in (
            "Volunteers planted four thousand trees along the river bank over the weekend, the "
            "county trust said on Sunday.",
            "The trust said the new woodland would shade the water and help trout return to the "
            "upper reaches of the river within a decade.",
            "Local schools are due to plant a further thousand saplings in the spring, according "
            "to the trust's annual plan.",
        ))
    page = ("<html><head><meta property=\"og:title\" content=\"Volunteers plant 4,000 trees\">"
            "<meta property=\"og:site_name\" content=\"Valley News\">"
            "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", "
            "\"@type\": \"NewsArticle\", \"datePublished\": \"2023-11-05T08:00:00Z\", "
            "\"author\": {\"@type\": \"Person\", \"name\": \"Sam Okafor\"}}</script>"
            f"</head><body><article>{body}</article></body></html>")
    p = tmp_path / "trees.html"
    p.write_text(page, encoding="utf-8")
    art = one(p).article
    assert art.title == "Volunteers plant 4,000 trees"
    assert art.outlet == "Valley News"
    assert art.published.startswith("2023-11-05")
    assert art.author == "Sam Okafor"
    assert len(art.paragraphs) == 3


def test_page_without_any_metadata_gets_a_derived_title(tmp_path):
    p = tmp_path / "bare.html"
    p.write_text("<html><body><div><p>The ferry service to the island will resume on Friday after "
                 "repairs to the pier were finished ahead of schedule. The operator apologised.</p>"
                 "<p>Tickets bought for cancelled sailings will be refunded in full, a spokesperson "
                 "confirmed on Thursday.</p></div></body></html>", encoding="utf-8")
    art = one(p).article
    assert art.title == ("The ferry service to the island will resume on Friday after repairs to "
                         "the pier were finished ahead…")
    assert art.outlet is None and art.published is None and art.url is None
    assert art.paragraphs[1].startswith("Tickets bought")


def test_page_without_article(tmp_path):
    p = tmp_path / "login.html"
    p.write_text("<html><head><title>Sign in</title></head><body><nav><a href='/'>Home</a>"
                 "<a href='/news'>News</a></nav><form><input name='user'><input name='pw' "
                 "type='password'><button>Sign in</button></form></body></html>", encoding="utf-8")
    good = tmp_path / "story.html"
    good.write_text(ARTICLE_HTML, encoding="utf-8")
    results = list(iter_articles([str(p), str(good)], SETTINGS))
    assert results[0].article is None
    assert results[0].error == "no article text found in HTML"
    assert results[1].article.title == "Harbour council approves £40m sea wall"


def test_broken_html_does_not_crash(tmp_path):
    p = tmp_path / "broken.html"
    p.write_text("<html><body><div><p>The ferry service to the island will resume on Friday after "
                 "repairs to the pier were finished ahead of schedule, the operator said.<p>Tickets "
                 "bought for cancelled sailings will be refunded in full, a spokesperson confirmed."
                 "<div></span></td><b><i>unclosed", encoding="utf-8")
    res = one(p)
    assert res.error is None, res.error
    assert any("ferry service to the island will resume on Friday" in para
               for para in res.article.paragraphs)


def test_garbage_in_html_file_is_a_clean_error(tmp_path):
    p = tmp_path / "junk.html"
    p.write_text("<<<>>> &&& <!-- unterminated", encoding="utf-8")
    res = one(p)
    assert res.article is None and res.error == "no article text found in HTML"


def test_html_saved_as_txt_is_read_as_html(tmp_path):
    p = tmp_path / "saved.txt"
    p.write_text(ARTICLE_HTML, encoding="utf-8")
    art = one(p).article
    assert art.title == "Harbour council approves £40m sea wall"
    assert "<p>" not in art.text and "Most read" not in art.text


def test_a_body_heading_that_is_a_sentence_of_the_story_is_kept(tmp_path):
    p = tmp_path / "headed.html"
    p.write_text("<html><head><title>Pier reopens</title></head><body><article><h1>Pier reopens</h1>"
                 "<p>The pier at Morrow Bay reopened on Saturday after two years of repairs costing four million pounds.</p>"
                 "<h2>Background</h2>"
                 "<p>Storms in 2022 tore away the end of the pier and its cafe, and the council closed it at once.</p>"
                 "<h2>The harbour master asked visitors to keep off the new timber until it has weathered.</h2>"
                 "<p>Fishing from the pier will be allowed again from June, the council said in a statement.</p>"
                 "</article></body></html>", encoding="utf-8")
    art = one(p).article
    assert "The harbour master asked visitors to keep off the new timber until it has weathered." in art.paragraphs
    assert "Background" not in art.paragraphs  # a section label is not a sentence
