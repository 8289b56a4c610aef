"""HTML -> Article: trafilatura finds the main text and metadata; page <meta> fills gaps.

trafilatura's XML body keeps the structure (<head>, <p>, <list><item>, <quote>),
so paragraphs come from elements, never from guessing at line breaks. The same
layout rules as for plain text then drop leftover furniture at the edges
(BBC's "24 July 2015" / "941 comments" list items before the first paragraph).
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any, Iterator

import lxml.html
import trafilatura
from lxml import etree

from bot.article import Article
from bot.ingest.errors import IngestError
from bot.ingest.layout import HEADING, PARA, Unit, clean, derived_title, lay_out

log = logging.getLogger(__name__)

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_DATE_KEYS = ("article:published_time", "og:published_time", "datepublished",
              "publishdate", "pubdate", "date", "dc.date.issued", "dc.date")
_SKIPPED = {"table", "code", "graphic", "figure", "ref"}


def _element_text(el: etree._Element) -> str:
    """All text below `el`; a line break (<lb/>) or nested block counts as a space."""
    parts: list[str] = [el.text or ""]
    for child in el:
        if child.tag in _SKIPPED:
            pass
        elif child.tag == "lb":
            parts.append(" ")
        else:
            parts.append(" " + _element_text(child) + " ")
        parts.append(child.tail or "")
    return "".join(parts)


def body_units(body: etree._Element) -> list[Unit]:
    """trafilatura's XML body -> units in document order."""
    units: list[Unit] = []
    for el in body:
        if el.tag in _SKIPPED:
            continue
        if el.tag == "head":
            rend = el.get("rend") or "h2"
            level = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
            units.append(Unit(clean(_element_text(el)), HEADING, level))
        elif el.tag == "list":
            units.extend(Unit(clean(_element_text(item)), PARA) for item in el.iter("item")
                         if not item.findall(".//item"))
        elif el.tag == "quote" and el.find("p") is not None:
            units.extend(Unit(clean(_element_text(p)), PARA) for p in el.iter("p"))
        else:
            units.append(Unit(clean(_element_text(el)), PARA))
    return [u for u in units if u.text]


def _json_ld(root: lxml.html.HtmlElement) -> Iterator[dict[str, Any]]:
    for script in root.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except (ValueError, TypeError):
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                stack.extend(v for k, v in item.items() if k == "@graph")


def _name(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return _name(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) or None
    return None


def page_meta(html: str) -> dict[str, str]:
    """<meta>, <title>, canonical link and JSON-LD fields, keys lower-cased.

    Only a fallback for what trafilatura leaves empty, and the source of a full
    publication timestamp when trafilatura only gives the day.
    """
    try:
        parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
        root = lxml.html.fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError):
        return {}
    meta: dict[str, str] = {}

    def put(key: str, value: str | None) -> None:
        value = clean(value or "")
        if value and key not in meta:
            meta[key] = value

    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        put(key, el.get("content"))
    for el in root.iter("link"):
        if (el.get("rel") or "").lower() == "canonical":
            put("canonical", el.get("href"))
    put("<title>", root.findtext(".//title"))
    for item in _json_ld(root):
        put("ld:headline", item.get("headline") if isinstance(item.get("headline"), str) else None)
        put("ld:datepublished", item.get("datePublished") if isinstance(item.get("datePublished"), str) else None)
        put("ld:author", _name(item.get("author")))
        put("ld:publisher", _name(item.get("publisher")))
    return meta


def _first(meta: dict[str, str], *keys: str) -> str | None:
    return next((meta[k] for k in keys if meta.get(k)), None)


def _authors(value: str | None) -> str | None:
    """'Jeffrey Gettleman; JEFFREY GETTLEMAN' -> 'Jeffrey Gettleman'."""
    if not value:
        return None
    seen: dict[str, str] = {}
    for name in re.split(r"\s*;\s*", value):
        name = clean(name)
        if name and not name.lower().startswith(("http://", "https://")):
            seen.setdefault(name.casefold(), name)
    return ", ".join(seen.values()) or None


def _published(day: str | None, meta: dict[str, str]) -> str | None:
    """trafilatura's day, widened to the page's own timestamp when that is the same day."""
    stamps = [meta[k] for k in ("ld:datepublished", *_DATE_KEYS) if _ISO_DATE.match(meta.get(k, ""))]
    if day:
        return next((s for s in stamps if s[:10] == day[:10]), day)
    return stamps[0] if stamps else None


def _http_url(value: str | None) -> str | None:
    return value if value and value.startswith(("http://", "https://")) else None


def _strip_site(title: str, outlet: str | None) -> str:
    """'Headline | Site' or 'Headline - Site' from a <title>, when Site is the outlet."""
    if outlet:
        for sep in (" | ", " - ", " – ", " — "):
            head, found, tail = title.rpartition(sep)
            if found and tail.casefold() == outlet.casefold():
                return head
    return title


def _extract(html: str, url: str | None, recall: bool) -> Any:
    try:
        return trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, favor_recall=recall, deduplicate=False)
    except Exception as exc:  # a parser bug on a hostile page must not stop the batch
        log.warning("trafilatura failed on %s: %s", url or "page", exc)
        return None


def html_article(html: str, source: str, url: str | None = None) -> Article:
    """Main text and metadata of a page; IngestError when there is no article in it."""
    if not html.strip():
        raise IngestError("empty file")
    meta = page_meta(html)
    doc = None
    paragraphs: list[str] = []
    layout = None
    for recall in (False, True):   # a second, more generous pass before giving up
        doc = _extract(html, url, recall)
        if doc is None or doc.body is None:
            continue
        layout = lay_out(body_units(doc.body), title=clean(doc.title or "") or None)
        paragraphs = layout.paragraphs
        if paragraphs:
            break
    if not paragraphs or doc is None:
        raise IngestError("no article text found in HTML")

    outlet = clean(doc.sitename or "") or _first(meta, "og:site_name", "ld:publisher", "application-name")
    title = (clean(doc.title or "")
             or _first(meta, "og:title", "twitter:title", "ld:headline")
             or _strip_site(meta.get("<title>", ""), outlet)
             or (layout.title if layout else None))
    if not title:
        title = derived_title(paragraphs)
    author = _authors(doc.author) or _authors(_first(meta, "author", "article:author", "ld:author"))
    if not author and layout is not None:
        author = layout.author
    extra = {k: clean(v) for k, v in (("description", doc.description), ("language", doc.language),
                                      ("hostname", doc.hostname)) if v}
    extra["format"] = "html"
    return Article(
        title=title,
        paragraphs=paragraphs,
        outlet=outlet,
        author=author,
        url=_http_url(doc.url) or _http_url(meta.get("canonical")) or _http_url(meta.get("og:url")) or url,
        published=_published(doc.date, meta),
        source=source,
        meta=extra,
    )
