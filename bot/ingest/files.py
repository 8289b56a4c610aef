"""Paths: which files a folder holds, and reading one within the size cap."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Iterator

from bot.ingest.errors import IngestError, size_text

KINDS = {".txt": "text", ".md": "markdown", ".html": "html", ".htm": "html"}
SUPPORTED = ", ".join(KINDS)


def kind_of(path: Path) -> str | None:
    return KINDS.get(path.suffix.lower())


def walk(folder: Path) -> Iterator[Path | tuple[Path, str]]:
    """Supported files below `folder`, in sorted path order, one directory listing at a time.

    Yields a (directory, reason) pair for a directory that cannot be listed, so the
    caller can report it and go on. Hidden entries (".git", macOS "._x.txt") are
    skipped; a symlink loop is entered once.
    """
    seen: set[str] = set()

    def visit(d: Path) -> Iterator[Path | tuple[Path, str]]:
        real = os.path.realpath(d)
        if real in seen:
            return
        seen.add(real)
        try:
            with os.scandir(d) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield d, os_error_text(exc)
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = d / entry.name
            try:
                if entry.is_dir():
                    yield from visit(path)
                elif entry.is_file() and kind_of(path):
                    yield path
            except OSError as exc:
                yield path, os_error_text(exc)

    yield from visit(folder)


def os_error_text(exc: OSError) -> str:
    """OSError -> 'permission denied', 'no such file or directory', ..."""
    if exc.errno is not None:
        return os.strerror(exc.errno).lower() if exc.errno != errno.ENOENT else "no such file or directory"
    return " ".join(str(exc).split()) or type(exc).__name__


def read_capped(path: Path, cap: int) -> bytes:
    """The file's bytes; IngestError before reading anything if it is over `cap`."""
    size = path.stat().st_size
    if size > cap:
        raise IngestError(f"file too large ({size_text(size)} > {size_text(cap)})")
    with path.open("rb") as f:
        data = f.read(cap + 1)
    if len(data) > cap:   # grew since stat, or a special file that reports size 0
        raise IngestError(f"file too large (over {size_text(cap)})")
    return data
