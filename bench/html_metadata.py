"""How well HTML ingest recovers metadata on the shared HTML corpus.

    /tmp/venv/bin/python bench/html_metadata.py [CORPUS_HTML_DIR]

For each ../shared/corpus/html/NAME/source.html, compares what ingest found with
expected-metadata.json: title (exact), publication date (the date part, where the
file gives one), byline and site name (case-insensitive, where given). Prints one
line per page and the totals, plus the ingest time per page.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from bot.ingest import iter_articles
from bot.settings import Settings

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "html"


def same(a: str | None, b: str | None) -> bool:
    fold = lambda s: " ".join((s or "").replace(".", "").split()).casefold()
    return fold(a) == fold(b)


def main(root: Path) -> int:
    pages = sorted(root.glob("*/source.html"))
    if not pages:
        print(f"no pages under {root}", file=sys.stderr)
        return 1
    totals = {"pages": 0, "ingested": 0, "title": 0, "date": 0, "date_expected": 0,
              "byline": 0, "byline_expected": 0, "site": 0, "site_expected": 0}
    started = time.perf_counter()
    for page in pages:
        expected = json.loads((page.parent / "expected-metadata.json").read_text(encoding="utf-8"))
        [res] = iter_articles([str(page)], Settings())
        totals["pages"] += 1
        art = res.article
        if art is None:
            print(f"{page.parent.name:28} FAILED: {res.error}")
            continue
        totals["ingested"] += 1
        title_ok = art.title == expected["title"]
        totals["title"] += title_ok
        marks = [f"title {'ok' if title_ok else 'MISS'}"]
        if expected.get("publishedTime"):
            totals["date_expected"] += 1
            ok = (art.published or "")[:10] == expected["publishedTime"][:10]
            totals["date"] += ok
            marks.append(f"date {'ok' if ok else 'MISS'}")
        for key, field, value in (("byline", "byline", art.author), ("site", "siteName", art.outlet)):
            if expected.get(field):
                totals[f"{key}_expected"] += 1
                ok = same(value, expected[field])
                totals[key] += ok
                marks.append(f"{key} {'ok' if ok else 'MISS'}")
        print(f"{page.parent.name:28} {len(art.paragraphs):3} paras  " + ", ".join(marks))
    elapsed = time.perf_counter() - started
    print()
    print(f"ingested     {totals['ingested']}/{totals['pages']}")
    print(f"titles       {totals['title']}/{totals['ingested']} exact")
    print(f"dates        {totals['date']}/{totals['date_expected']} (date part, pages that give one)")
    print(f"bylines      {totals['byline']}/{totals['byline_expected']} (pages that give one)")
    print(f"site names   {totals['site']}/{totals['site_expected']} (pages that give one)")
    print(f"time         {elapsed / totals['pages'] * 1000:.0f} ms per page")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
