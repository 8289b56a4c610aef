"""Ingest: files, folders and URLs -> clean Articles, one result per article found.

`iter_articles` is a lazy generator: a folder of thousands of files streams one
file at a time, and one bad input becomes an `IngestResult` with a one-line
`error` instead of an exception, so the rest of the batch goes on.

Text decoding rule (see bot/ingest/decoding.py): UTF-8 (BOM allowed) or UTF-16
with a BOM; otherwise Windows-1252 when it decodes cleanly and reads as Western
text; otherwise "not UTF-8 text".
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

import httpx

from bot.article import Article
from bot.ingest.decoding import decode_html, decode_text, is_binary
from bot.ingest.errors import IngestError
from bot.ingest.fetch import HTML_TYPES, fetch, make_client
from bot.ingest.files import SUPPORTED, kind_of, os_error_text, read_capped, walk
from bot.ingest.webpage import html_article
from bot.ingest.text import looks_like_html, text_article
from bot.settings import Settings

__all__ = ["IngestResult", "iter_articles", "read_file", "read_url"]

log = logging.getLogger(__name__)

_SCHEME = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://")


@dataclass
class IngestResult:
    label: str                 # the input as given, or the file path found below a folder
    article: Article | None    # bot.article.Article on success
    error: str | None          # one line, human readable, names no traceback


def read_file(path: Path, settings: Settings) -> Article:
    """One .txt/.md/.html/.htm file -> Article; IngestError says why not."""
    if not path.exists():
        raise IngestError("no such file or directory")
    if not path.is_file():
        raise IngestError("not a regular file")
    kind = kind_of(path)
    if kind is None:
        shown = f"'{path.suffix}'" if path.suffix else "(no extension)"
        raise IngestError(f"unsupported file type {shown} (use {SUPPORTED}, a folder or a URL)")
    data = read_capped(path, settings.fetch_max_bytes)
    if not data.strip():
        raise IngestError("empty file")
    source = str(path.resolve())
    if kind == "html":
        if is_binary(data):
            raise IngestError("binary file, not text")
        return html_article(decode_html(data), source=source)
    text, encoding = decode_text(data)
    if not text.strip():
        raise IngestError("empty file")
    if looks_like_html(text):
        return html_article(text, source=source)
    article = text_article(text, source=source, markdown=kind == "markdown")
    if encoding not in ("utf-8", "utf-8-sig"):
        article.meta["encoding"] = encoding
    return article


def read_url(url: str, settings: Settings, client: httpx.Client) -> Article:
    """One http(s) URL -> Article. `source` is the URL as given, `url` the canonical one."""
    page = fetch(url, settings, client)
    if not page.data.strip():
        raise IngestError("empty page")
    if page.media_type in HTML_TYPES:
        article = html_article(decode_html(page.data, page.charset), source=url, url=page.final_url)
    else:
        if page.charset:
            try:
                text = page.data.decode(page.charset)
            except (LookupError, UnicodeDecodeError):
                text, _ = decode_text(page.data)
        else:
            text, _ = decode_text(page.data)
        if looks_like_html(text):
            article = html_article(text, source=url, url=page.final_url)
        else:
            markdown = page.media_type != "text/plain" or page.final_url.lower().endswith(".md")
            article = text_article(text, source=url, markdown=markdown)
            article.url = page.final_url
    if page.final_url != url:
        article.meta["fetched_url"] = page.final_url
    return article


def _attempt(label: str, make: Callable[[], Article]) -> IngestResult:
    try:
        return IngestResult(label, make(), None)
    except IngestError as exc:
        return IngestResult(label, None, exc.message)
    except OSError as exc:
        return IngestResult(label, None, os_error_text(exc))
    except Exception as exc:  # a bug on one odd input must not lose the rest of the batch
        log.exception("ingest failed on %s", label)
        detail = " ".join(str(exc).split())[:160]
        return IngestResult(label, None, f"could not read ({type(exc).__name__}{': ' + detail if detail else ''})")


def iter_articles(inputs: Iterable[str], settings: Settings) -> Iterator[IngestResult]:
    """Yield one IngestResult per file or URL; never raises for a bad input."""
    if isinstance(inputs, (str, Path)):     # one input given bare, not a list of characters
        inputs = [str(inputs)]
    client: httpx.Client | None = None

    def get_client() -> httpx.Client:
        nonlocal client
        if client is None:
            client = make_client(settings)
        return client

    try:
        for raw in inputs:
            label = str(raw)
            try:
                yield from _dispatch(label, settings, get_client)
            except Exception as exc:  # e.g. a path the OS rejects outright ("name too long")
                log.debug("input %r rejected", label, exc_info=True)
                detail = os_error_text(exc) if isinstance(exc, OSError) else " ".join(str(exc).split())
                yield IngestResult(label, None, f"cannot use this input ({detail or type(exc).__name__})")
    finally:
        if client is not None:
            client.close()


def _dispatch(label: str, settings: Settings,
              get_client: Callable[[], httpx.Client]) -> Iterator[IngestResult]:
    target = label.strip()
    m = _SCHEME.match(target)
    if not target:
        yield IngestResult(label, None, "empty input (expected a file, folder or URL)")
    elif m:
        scheme = m.group("scheme")
        if scheme.lower() not in ("http", "https"):
            yield IngestResult(label, None, f"unsupported URL scheme '{scheme}' (use http or https)")
        else:
            yield _attempt(label, lambda: read_url(target, settings, get_client()))
    else:
        path = Path(target).expanduser()
        if path.is_dir():
            yield from _iter_folder(label, path, settings)
        else:
            yield _attempt(label, lambda: read_file(path, settings))


def _iter_folder(label: str, folder: Path, settings: Settings) -> Iterator[IngestResult]:
    found = False
    for item in walk(folder):
        found = True
        if isinstance(item, tuple):
            yield IngestResult(str(item[0]), None, item[1])
        else:
            yield _attempt(str(item), lambda: read_file(item, settings))
    if not found:
        yield IngestResult(label, None, f"no {SUPPORTED} files in this folder")
