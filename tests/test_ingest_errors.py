"""Bad inputs: each gets a one-line error on its own result; the good input beside it survives."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.ingest import iter_articles
from bot.settings import Settings

GOOD = ("Council approves new library\n\n"
        "The city council approved plans for a new central library on Tuesday, the mayor said.\n")
SETTINGS = Settings()


@pytest.fixture
def good(tmp_path: Path) -> Path:
    p = tmp_path / "good.txt"
    p.write_text(GOOD, encoding="utf-8")
    return p


def run_with_good(bad: str, good: Path, settings: Settings = SETTINGS):
    """Ingest [good, bad, good]; return the bad result after checking the good ones."""
    results = list(iter_articles([str(good), bad, str(good)], settings))
    assert [r.label for r in results] == [str(good), bad, str(good)]
    for r in (results[0], results[2]):
        assert r.error is None and r.article.title == "Council approves new library"
    res = results[1]
    assert res.article is None
    assert res.error and "\n" not in res.error and "Traceback" not in res.error
    return res


def test_empty_file(tmp_path, good):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    assert run_with_good(str(p), good).error == "empty file"


def test_whitespace_only_file(tmp_path, good):
    p = tmp_path / "blank.md"
    p.write_text(" \n\t\n\n", encoding="utf-8")
    assert run_with_good(str(p), good).error == "empty file"


def test_binary_file(tmp_path, good):
    p = tmp_path / "photo.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    assert run_with_good(str(p), good).error == "binary file, not text"


def test_binary_html_file(tmp_path, good):
    p = tmp_path / "page.html"
    p.write_bytes(b"PK\x03\x04\x14\x00\x00\x00" + bytes(range(256)) * 8)
    assert run_with_good(str(p), good).error == "binary file, not text"


def test_non_utf8_cyrillic_is_rejected(tmp_path, good):
    # Windows-1251 Russian decodes "cleanly" as 1252 but into mojibake; it must be refused.
    p = tmp_path / "ru.txt"
    p.write_bytes(("Новости дня\n\nПрезидент заявил, что переговоры продолжатся в понедельник "
                   "утром в столице.\n").encode("cp1251"))
    assert run_with_good(str(p), good).error == "not UTF-8 text"


def test_bytes_undefined_in_1252_are_rejected(tmp_path, good):
    p = tmp_path / "odd.txt"
    p.write_bytes(b"Headline here today\n\nSome text \x81\x8d\x8f\x90\x9d that is not valid anything.\n")
    assert run_with_good(str(p), good).error == "not UTF-8 text"


def test_windows_1252_text_is_decoded_verbatim(tmp_path):
    p = tmp_path / "win.txt"
    p.write_bytes(("Café prices rise by £1\n\n“It’s the cost of beans,” said the owner of the "
                   "café in the market square.\n").encode("cp1252"))
    [res] = iter_articles([str(p)], SETTINGS)
    assert res.error is None
    assert res.article.title == "Café prices rise by £1"
    assert res.article.paragraphs == ["“It’s the cost of beans,” said the owner of the café in the "
                                      "market square."]
    assert res.article.meta["encoding"] == "cp1252"


def test_utf8_with_bom_is_fine(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + GOOD.encode("utf-8"))
    [res] = iter_articles([str(p)], SETTINGS)
    assert res.article.title == "Council approves new library"


def test_file_over_the_size_cap_is_refused_unread(tmp_path, good):
    p = tmp_path / "huge.txt"
    with p.open("wb") as f:                       # sparse: 5.2 MB on paper, nothing written
        f.truncate(5_200_000)
    assert run_with_good(str(p), good).error == "file too large (5.2 MB > 5 MB)"


def test_real_text_just_over_the_cap(tmp_path, good):
    p = tmp_path / "long.txt"
    para = "The committee met again and the minutes were read aloud to the members present.\n\n"
    p.write_text("Long minutes\n\n" + para * (5_000_001 // len(para) + 1), encoding="utf-8")
    assert run_with_good(str(p), good).error.startswith("file too large (5")


def test_no_article_text(tmp_path, good):
    p = tmp_path / "menu.txt"
    p.write_text("Home\nNews\nSport\n\nWeather\nContact us\n", encoding="utf-8")
    assert run_with_good(str(p), good).error == "no article text found"


def test_missing_path(tmp_path, good):
    missing = str(tmp_path / "nope.txt")
    assert run_with_good(missing, good).error == "no such file or directory"


def test_unsupported_extension(tmp_path, good):
    p = tmp_path / "report.pdf"
    p.write_bytes(b"%PDF-1.7")
    err = run_with_good(str(p), good).error
    assert err.startswith("unsupported file type '.pdf'")


def test_unsupported_url_scheme(good):
    assert run_with_good("ftp://example.com/a.txt", good).error == \
        "unsupported URL scheme 'ftp' (use http or https)"


def test_folder_is_walked_in_sorted_order_and_other_files_ignored(tmp_path):
    root = tmp_path / "pack"
    (root / "b").mkdir(parents=True)
    (root / "a.txt").write_text(GOOD, encoding="utf-8")
    (root / "b" / "c.md").write_text("# Markdown story here\n\n" + GOOD.split("\n\n")[1], encoding="utf-8")
    (root / "b" / "notes.pdf").write_bytes(b"%PDF")
    (root / "c.txt").write_bytes(b"")
    (root / ".hidden.txt").write_text(GOOD, encoding="utf-8")
    results = list(iter_articles([str(root)], SETTINGS))
    assert [Path(r.label).relative_to(root).as_posix() for r in results] == ["a.txt", "b/c.md", "c.txt"]
    assert [r.error for r in results] == [None, None, "empty file"]
    assert results[1].article.title == "Markdown story here"
    assert results[0].label == str(root / "a.txt")


def test_folder_streams_lazily(tmp_path):
    root = tmp_path / "many"
    root.mkdir()
    for i in range(3):
        (root / f"{i:03}.txt").write_text(GOOD, encoding="utf-8")
    stream = iter_articles([str(root)], SETTINGS)
    first = next(stream)
    assert first.error is None
    # Files not yet reached are read only when asked for: an edit now is what gets ingested.
    (root / "002.txt").write_text("", encoding="utf-8")
    rest = list(stream)
    assert [r.error for r in rest] == [None, "empty file"]


def test_inputs_are_consumed_lazily(good):
    pulled: list[str] = []

    def inputs():
        for item in (str(good), str(good)):
            pulled.append(item)
            yield item

    stream = iter_articles(inputs(), SETTINGS)
    next(stream)
    assert len(pulled) == 1


def test_empty_folder(tmp_path):
    (tmp_path / "empty").mkdir()
    [res] = iter_articles([str(tmp_path / "empty")], SETTINGS)
    assert res.article is None and res.error.startswith("no .txt, .md, .html, .htm files")
