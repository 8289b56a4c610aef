"""http(s) URL -> bytes, politely and within limits.

Limits come from Settings: `fetch_timeout` bounds every network wait AND the
whole download (a server trickling bytes cannot hold a batch hostage), and
`fetch_max_bytes` bounds what is read (the body is streamed; reading stops at
the cap). Only pages that can hold an article are read: HTML, XHTML, plain
text and Markdown.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from bot import __version__
from bot.ingest.errors import IngestError, seconds_text, size_text
from bot.settings import Settings

MAX_REDIRECTS = 5
HTML_TYPES = {"text/html", "application/xhtml+xml"}
TEXT_TYPES = {"text/plain", "text/markdown", "text/x-markdown"}
# Browser-like so that sites serve the normal page, and naming briefbot so site owners
# can see who fetched it.
USER_AGENT = ("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
              f"Chrome/124.0 Safari/537.36 briefbot/{__version__}")


@dataclass
class Page:
    data: bytes
    media_type: str            # "text/html", ... lower-case, without parameters
    charset: str | None        # from the Content-Type header
    final_url: str             # after redirects


def make_client(settings: Settings) -> httpx.Client:
    return httpx.Client(
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        timeout=httpx.Timeout(settings.fetch_timeout),
        headers={"User-Agent": USER_AGENT,
                 "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"},
    )


def _connect_error(exc: Exception) -> str:
    text = str(exc)
    low = text.lower()
    if "refused" in low:
        return "connection refused"
    if "name or service not known" in low or "nodename nor servname" in low \
            or "getaddrinfo" in low or "name resolution" in low or "no address associated" in low:
        return "host not found"
    if "certificate" in low or "ssl" in low:
        return "TLS error (certificate not trusted or handshake failed)"
    if "unreachable" in low:
        return "network unreachable"
    return f"could not connect ({' '.join(text.split())[:120] or type(exc).__name__})"


def fetch(url: str, settings: Settings, client: httpx.Client) -> Page:
    """GET `url`; IngestError with a one-line reason for anything but a readable page."""
    cap = settings.fetch_max_bytes
    timeout = settings.fetch_timeout
    deadline = time.monotonic() + timeout
    try:
        with client.stream("GET", url) as resp:
            if resp.status_code >= 400:
                reason = f" {resp.reason_phrase}" if resp.reason_phrase else ""
                raise IngestError(f"HTTP {resp.status_code}{reason}")
            content_type = resp.headers.get("content-type", "")
            media_type = content_type.split(";")[0].strip().lower()
            if media_type and media_type not in HTML_TYPES | TEXT_TYPES:
                raise IngestError(f"not an article (content-type {media_type})")
            declared = resp.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > cap:
                raise IngestError(f"page too large ({size_text(int(declared))} > {size_text(cap)})")
            data = bytearray()
            for chunk in resp.iter_bytes():
                data += chunk
                if len(data) > cap:
                    raise IngestError(f"page too large (over {size_text(cap)})")
                if time.monotonic() > deadline:
                    raise IngestError(f"timed out after {seconds_text(timeout)}")
            charset = resp.charset_encoding
            final_url = str(resp.url)
    except httpx.TimeoutException:
        raise IngestError(f"timed out after {seconds_text(timeout)}") from None
    except httpx.TooManyRedirects:
        raise IngestError(f"too many redirects (more than {MAX_REDIRECTS})") from None
    except (httpx.UnsupportedProtocol, httpx.InvalidURL):
        raise IngestError("invalid URL") from None
    except httpx.ConnectError as exc:
        raise IngestError(_connect_error(exc)) from None
    except httpx.HTTPError as exc:
        detail = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise IngestError(f"download failed ({detail})") from None
    if not media_type:     # no Content-Type: look at the bytes
        media_type = "text/html" if bytes(data[:512]).lstrip().startswith(b"<") else "text/plain"
    return Page(bytes(data), media_type, charset, final_url)
