"""Bytes -> text for files and fetched pages.

The rule for text (also summarised in bot/ingest/__init__.py, tested in
tests/test_ingest_errors.py):

1. A UTF-8 BOM or UTF-16 BOM decides the encoding.
2. NUL bytes or many control bytes in the first 8 KB -> "binary file, not text".
3. Valid UTF-8 -> UTF-8.
4. Otherwise Windows-1252 (what "Latin-1" text from Windows really is: curly
   quotes 0x93/0x94, pound sign 0xA3) is accepted only when every byte is defined
   in it AND the result reads like Western text: at most 1 in 10 letters outside
   ASCII. Cyrillic, Greek or random bytes decoded as 1252 come out as runs of
   accented letters ("Ïðåçèäåíò"), fail that test and are rejected with
   "not UTF-8 text" rather than indexed as mojibake: a wrong quote is worse
   than none.
"""

from __future__ import annotations

import codecs
import re

from bot.ingest.errors import IngestError

SNIFF_BYTES = 8192
# Control bytes that never occur in text (tab, LF, VT, FF, CR and ESC excluded).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
_MAX_NON_ASCII_LETTER_SHARE = 0.10


def is_binary(data: bytes) -> bool:
    """NUL bytes or >10% control bytes near the start: an image, archive, PDF, ..."""
    head = data[:SNIFF_BYTES]
    if not head:
        return False
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    controls = sum(head.count(bytes([c])) for c in _CONTROL)
    return controls / len(head) > 0.10


def _looks_western(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return True
    foreign = sum(1 for c in letters if ord(c) > 127)
    return foreign / len(letters) <= _MAX_NON_ASCII_LETTER_SHARE


def decode_text(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) or raise IngestError; see the module docstring."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8):].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            raise IngestError("not UTF-8 text (invalid bytes after a UTF-8 byte-order mark)") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise IngestError("not UTF-16 text (invalid bytes after a UTF-16 byte-order mark)") from None
    if is_binary(data):
        raise IngestError("binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise IngestError("not UTF-8 text") from None
    if not _looks_western(text):
        raise IngestError("not UTF-8 text")
    return text, "cp1252"


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None
    # WHATWG: pages labelled Latin-1/ASCII are decoded as windows-1252 by every browser.
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Decode a page the way a browser would: BOM, HTTP charset, <meta charset>, UTF-8, 1252.

    Unlike plain text, an HTML page with a few bad bytes is still decoded (with
    U+FFFD for them), because browsers do the same and the article is usually fine.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    candidates: list[str] = []
    for name in (_codec(declared), _meta_codec(data)):
        if name and name not in candidates:
            candidates.append(name)
    for name in ("utf-8", "cp1252"):
        if name not in candidates:
            candidates.append(name)
    for name in candidates:
        try:
            return data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode(candidates[0], errors="replace")


def _meta_codec(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return _codec(m.group(1).decode("ascii", "replace")) if m else None
