"""URLs against servers on 127.0.0.1: success, redirects and every way a fetch can fail."""

from __future__ import annotations

import time

import pytest

from bot.ingest import iter_articles
from bot.settings import Settings
from ingest_helpers import ARTICLE_HTML, Route, refused_port, serve, silent_server

PLAIN = ("Bridge reopens after repairs\n\n"
         "The old bridge reopened to traffic on Saturday after six months of repairs, the county "
         "highways department said.\n").encode("utf-8")
TITLE = "Harbour council approves £40m sea wall"


@pytest.fixture(scope="module")
def server():
    routes = {
        "/story": Route(ARTICLE_HTML.encode("utf-8")),
        "/plain.txt": Route(PLAIN, "text/plain; charset=utf-8"),
        "/old-story": Route(b"", status=301, headers={"Location": "/story"}),
        "/loop": Route(b"", status=302, headers={"Location": "/loop"}),
        "/logo.png": Route(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png"),
        "/big": Route(ARTICLE_HTML.encode("utf-8") + b" " * 200_000),
        "/big-unannounced": Route(ARTICLE_HTML.encode("utf-8") + b" " * 200_000, send_length=False),
        "/menu": Route(b"<html><body><nav><a href='/'>Home</a></nav></body></html>"),
    }
    with serve(routes) as srv:
        yield srv


def ingest(inputs, settings=Settings()):
    return list(iter_articles(inputs, settings))


def test_article_url(server):
    url = server.base + "/story"
    [res] = ingest([url])
    assert res.error is None, res.error
    art = res.article
    assert res.label == url and art.source == url
    assert art.title == TITLE
    assert art.outlet == "The Coastal Courier"
    assert art.url == "https://courier.example.com/news/harbour-sea-wall"   # canonical
    assert art.paragraphs[0].startswith("The harbour council voted on Monday")
    agent = server.agents[-1]
    assert "briefbot" in agent and agent.startswith("Mozilla/5.0")


def test_plain_text_url(server):
    url = server.base + "/plain.txt"
    [res] = ingest([url])
    assert res.article.title == "Bridge reopens after repairs"
    assert res.article.url == url
    assert res.article.paragraphs[0].startswith("The old bridge reopened")


def test_redirect_is_followed(server):
    url = server.base + "/old-story"
    [res] = ingest([url])
    assert res.article.title == TITLE
    assert res.article.source == url
    assert res.article.meta["fetched_url"] == server.base + "/story"


def test_redirect_loop_is_bounded(server):
    [res] = ingest([server.base + "/loop"])
    assert res.error == "too many redirects (more than 5)"


def test_http_404(server):
    [res] = ingest([server.base + "/missing"])
    assert res.article is None and res.error == "HTTP 404 Not Found"


def test_wrong_content_type(server):
    [res] = ingest([server.base + "/logo.png"])
    assert res.error == "not an article (content-type image/png)"


def test_size_cap_from_content_length(server):
    [res] = ingest([server.base + "/big"], Settings(fetch_max_bytes=50_000))
    size = len(ARTICLE_HTML.encode("utf-8")) + 200_000
    assert res.error == f"page too large ({size / 1000:.0f} KB > 50 KB)"


def test_size_cap_while_streaming(server):
    [res] = ingest([server.base + "/big-unannounced"], Settings(fetch_max_bytes=50_000))
    assert res.error == "page too large (over 50 KB)"


def test_page_without_article(server):
    [res] = ingest([server.base + "/menu"])
    assert res.error == "no article text found in HTML"


def test_connection_refused_does_not_stop_the_batch(server):
    bad = f"http://127.0.0.1:{refused_port()}/story"
    good = server.base + "/story"
    results = ingest([bad, good])
    assert [r.label for r in results] == [bad, good]
    assert results[0].article is None and results[0].error == "connection refused"
    assert results[1].article.title == TITLE


def test_timeout_does_not_stop_the_batch(server):
    good = server.base + "/plain.txt"
    with silent_server() as slow:
        started = time.monotonic()
        results = ingest([slow, good], Settings(fetch_timeout=0.5))
        elapsed = time.monotonic() - started
    assert results[0].article is None and results[0].error == "timed out after 0.5s"
    assert results[1].article.title == "Bridge reopens after repairs"
    assert elapsed < 5


def test_invalid_url():
    [res] = ingest(["http://"])
    assert res.article is None and res.error == "invalid URL"
