"""The one exception ingest raises internally; its message is what the user reads."""

from __future__ import annotations


class IngestError(Exception):
    """A bad input. The message is one human-readable line (no traceback, no repr).

    Raised deep inside a reader and turned into an `IngestResult.error` by
    `iter_articles`, so one bad input never stops the others.
    """

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))

    @property
    def message(self) -> str:
        return str(self)


def size_text(n_bytes: float) -> str:
    """5_000_000 -> '5 MB', 5_242_880 -> '5.2 MB', 50_000 -> '50 KB' (decimal units, as disks count)."""
    if n_bytes < 1_000_000:
        return f"{n_bytes / 1000:.0f} KB"
    text = f"{n_bytes / 1_000_000:.1f}".rstrip("0").rstrip(".")
    return f"{text} MB"


def seconds_text(seconds: float) -> str:
    """15.0 -> '15s', 0.5 -> '0.5s'."""
    return f"{seconds:g}s"
