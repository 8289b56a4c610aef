"""Evaluation harness for briefbot's answer engine: a measurement, not a test.

Question sets
    questions.jsonl  the development set: the engine has been tuned against it, so its
                     figures are optimistic.
    holdout*.jsonl   sets written later by examiners who did not read or run the engine
                     (holdout, then holdout2 ... holdout66, each over articles the earlier
                     sets use least). Each was scored once before any tuning on it; those
                     blind first runs are in docs/evaluation.md and are the fair estimate for
                     questions nobody has seen. Run one with --questions
                     bench/eval/holdout30.jsonl. calib_whosaid.jsonl holds only unanswerable
                     "who said" claims (near misses of real ones), for calibrating abstention.

What it measures
    bench/eval/questions.jsonl holds ~180 analyst questions over the seed article
    (seeds/), the BBC politics folder (../shared/corpus/bbc/politics, 417 files) and the
    12 HTML pages (../shared/corpus/html/*/source.html). Every question is asked through
    ``bot.answer.Engine(db).ask(q)`` and only the public answer is judged, on its FIRST
    excerpt (what a reader sees first):

    * first-excerpt  answerable questions whose first quote contains one of ``expect_any``
                     (case-, quote- and whitespace-insensitive substring match)
    * attribution    of the answerable questions that judge attribution, how many have a
                     right first quote AND its attribution contains one of
                     ``attribution_any`` (or is null when ``"attribution": null``: the
                     article states the fact in its own voice). ``attr|right`` gives the
                     same over right first quotes only.
    * abstained      unanswerable questions answered with found == false
    * false-abst     answerable questions answered with found == false

    The bar the engine is judged against: first-excerpt >= 90%, attribution >= 90%,
    abstained == 100%.

Question file (one JSON object a line)
    {"id", "corpus": "seed"|"bbc"|"html"|"none", "article": path relative to ../shared
    (or "seeds/..." in the repo), "kind", "question", "answerable": bool,
    "expect_any": [verbatim substrings], "attribution_any": [substrings] |
    "attribution": null | (neither: attribution not judged), "note"?}
    Kinds: who, said, who_said, sources, stance (wants/fears/plans), event, relation,
    briefing, other, unanswerable.

Usage
    /tmp/venv/bin/python bench/eval/run.py [--db /tmp/eval.db] [--verbose] [--kind K]
    --db PATH     reuse the index at PATH when it exists, else build it there
                  (default: a fresh index in a temporary directory)
    --rebuild     delete PATH first and build afresh
    --verbose     list every failure: question, expected, first quote + attribution got
    --kind K      only questions of kind K (repeatable)
    --check       only verify the question file: every answerable question has an
                  expected substring verbatim in its article (raw file) and in the
                  cleaned text bot.ingest makes of the pack (no engine, no index)
    --out FILE    write one JSON line per question with the verdict, for diffing runs

    Writing questions: read the article, phrase the question as an analyst would
    (paraphrase, typos, no diacritics), keep expect_any short and verbatim, list every
    sentence that rightly answers, then run --check. Unanswerable questions name
    people/facts absent from the pack (grep ../shared first) or present but silent.

    Skips with a message (exit 0) when ../shared is absent. Always exits 0 after a
    measurement; 2 on a usage error or a malformed question file.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from scoring import Question, Verdict, format_failure, format_table, judge, load_questions, normalise, tally

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = REPO.parent / "shared"
QUESTIONS = HERE / "questions.jsonl"


def pack_inputs(shared: Path) -> list[str]:
    """The evaluation pack: bundled seeds, the BBC politics folder, the 12 HTML pages."""
    inputs = [str(REPO / "seeds"), str(shared / "corpus" / "bbc" / "politics")]
    inputs += [str(p) for p in sorted((shared / "corpus" / "html").glob("*/source.html"))]
    return inputs


def build_index(db_path: Path, shared: Path) -> None:
    from bot.pipeline import ingest
    from bot.settings import Settings

    t0 = time.perf_counter()
    outcomes = ingest(pack_inputs(shared), db_path, Settings())
    took = time.perf_counter() - t0
    counts: dict[str, int] = {}
    for o in outcomes:
        counts[o.status] = counts.get(o.status, 0) + 1
    summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    print(f"index: {len(outcomes)} inputs ({summary}) in {took:.1f}s -> {db_path}")
    for o in outcomes:
        if o.status == "failed":
            print(f"  failed: {o.label}: {o.error}")


def index_size(db_path: Path) -> tuple[int, int]:
    """(articles, sentences) in the index, read-only: a reused empty index must not be scored."""
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            return (conn.execute("SELECT count(*) FROM articles").fetchone()[0],
                    conn.execute("SELECT count(*) FROM sentences").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return (0, 0)


def remove_index(db_path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)


# ---------------------------------------------------------------- --check

_DROP = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")


def _read_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        raw = _TAG.sub(" ", _DROP.sub(" ", raw))
    return html.unescape(raw)  # a few BBC files carry entities such as &#244;


def article_path(q: Question, shared: Path) -> Path | None:
    if not q.article:
        return None
    return REPO / q.article if q.article.startswith("seeds/") else shared / q.article


def check_questions(questions: list[Question], shared: Path) -> int:
    """Report expected substrings found neither in the named article nor anywhere in the pack.

    A substring missing from its own article but present elsewhere in the pack is only a
    note: some questions (roles, duplicated stories) are rightly answered by another file.
    """
    pack: dict[Path, str] = {}
    for item in pack_inputs(shared):
        p = Path(item)
        for f in (sorted(p.rglob("*")) if p.is_dir() else [p]):
            if f.is_file() and f.suffix.lower() in (".txt", ".md", ".html", ".htm"):
                pack[f] = normalise(_read_text(f))
    problems = 0
    for q in questions:
        if not q.answerable:
            continue
        path = article_path(q, shared)
        if path is None or not path.is_file():
            print(f"[{q.id}] article not found: {q.article}")
            problems += 1
            continue
        body = pack.get(path) or normalise(_read_text(path))
        for e in q.expect_any:
            ne = normalise(e)
            if ne in body:
                continue
            elsewhere = [f.name if f.name != "source.html" else f.parent.name for f, t in pack.items() if ne in t]
            if elsewhere:
                print(f"[{q.id}] note: {e!r} is not in {q.article} but in {elsewhere[:5]}")
            else:
                print(f"[{q.id}] PROBLEM: {e!r} is nowhere in the pack")
                problems += 1
    answerable = sum(q.answerable for q in questions)
    print(f"checked {answerable} answerable questions against {len(pack)} pack files: {problems} problem(s)")
    return problems + check_ingested(questions, shared)


def check_ingested(questions: list[Question], shared: Path) -> int:
    """Same check against the cleaned text bot.ingest produces: what a quote can be cut from.

    A substring in the raw file but not in the cleaned text means either the question
    leans on page furniture or ingest drops article text; both need a look.
    """
    try:
        from bot.ingest import iter_articles
        from bot.settings import Settings
    except ImportError as exc:
        print(f"cleaned-text check skipped: {exc}")
        return 0
    cleaned: list[str] = []
    for res in iter_articles(pack_inputs(shared), Settings()):
        if res.article is None:
            print(f"ingest failed: {res.label}: {res.error}")
            continue
        cleaned.append(normalise(res.article.title + "\n" + res.article.text))
    problems = 0
    for q in questions:
        if q.answerable and not any(normalise(e) in t for e in q.expect_any for t in cleaned):
            print(f"[{q.id}] PROBLEM: no expected substring is in any cleaned article text: {list(q.expect_any)}")
            problems += 1
    print(f"checked against the cleaned text of {len(cleaned)} ingested articles: {problems} problem(s)")
    return problems


# ---------------------------------------------------------------- measurement

def ask_all(questions: list[Question], db_path: Path) -> list[Verdict]:
    from bot.answer import Engine

    engine = Engine(db_path)
    verdicts: list[Verdict] = []
    for q in questions:
        t0 = time.perf_counter()
        try:
            ans = engine.ask(q.question)
        except Exception as exc:  # a crash is a wrong answer, and the run goes on
            verdicts.append(judge(q, False, None, None, error=f"{type(exc).__name__}: {exc}",
                                  seconds=time.perf_counter() - t0))
            continue
        took = time.perf_counter() - t0
        first = ans.excerpts[0] if ans.found and ans.excerpts else None
        attribution = first.attribution.text if first and first.attribution else None
        verdicts.append(judge(q, bool(ans.found), first.quote if first else None, attribution, seconds=took))
    return verdicts


def report(verdicts: list[Verdict], verbose: bool) -> None:
    by_kind, overall = tally(verdicts)
    print()
    print(format_table(by_kind, overall))
    print()
    print(f"first excerpt answers (answerable): {overall.quote_ok}/{overall.answerable}"
          f"  = {100 * overall.quote_ok / max(overall.answerable, 1):.1f}%   (bar 90%)")
    print(f"attribution right, first excerpt:  {overall.attr_ok_strict}/{overall.attr_judged}"
          f"  = {100 * overall.attr_ok_strict / max(overall.attr_judged, 1):.1f}%   (bar 90%;"
          f" on right quotes {overall.attr_ok_on_right_quote}/{overall.attr_on_right_quote})")
    print(f"abstained (unanswerable):          {overall.abstained}/{overall.unanswerable}"
          f"  = {100 * overall.abstained / max(overall.unanswerable, 1):.1f}%   (bar 100%)")
    print(f"false abstentions:                 {overall.false_abstentions}")
    if overall.errors:
        print(f"engine errors:                     {overall.errors}")
    secs = sorted(overall.seconds)
    if secs:
        p95 = secs[min(len(secs) - 1, int(0.95 * len(secs)))]
        print(f"latency per question:              mean {1000 * sum(secs) / len(secs):.0f} ms,"
              f" p95 {1000 * p95:.0f} ms, max {1000 * secs[-1]:.0f} ms")
    failures = [v for v in verdicts if not v.passed]
    print(f"failures: {len(failures)} of {len(verdicts)}" + ("" if verbose else "  (--verbose lists them)"))
    if verbose:
        for v in failures:
            print()
            print(format_failure(v))


def write_out(verdicts: list[Verdict], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for v in verdicts:
            fh.write(json.dumps({
                "id": v.question.id, "kind": v.question.kind, "question": v.question.question,
                "passed": v.passed, "found": v.found, "quote_ok": v.quote_ok, "attribution_ok": v.attribution_ok,
                "first_quote": v.first_quote, "first_attribution": v.first_attribution,
                "error": v.error, "seconds": round(v.seconds, 4),
            }, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Measure briefbot's answers against bench/eval/questions.jsonl.")
    ap.add_argument("--db", type=Path, help="index to reuse (built there when absent)")
    ap.add_argument("--rebuild", action="store_true", help="rebuild the --db index from scratch")
    ap.add_argument("--verbose", action="store_true", help="list every failure")
    ap.add_argument("--kind", action="append", help="only this kind of question (repeatable)")
    ap.add_argument("--questions", type=Path, default=QUESTIONS, help="question file (JSON lines)")
    ap.add_argument("--check", action="store_true", help="only verify the question file against the corpus")
    ap.add_argument("--out", type=Path, help="write per-question verdicts as JSON lines")
    args = ap.parse_args(argv)

    if not SHARED.is_dir() or not (SHARED / "corpus").is_dir():
        print(f"eval: skipped: the shared corpus is not at {SHARED} (it sits beside the checkout)")
        return 0
    try:
        questions = load_questions(args.questions)
    except (OSError, ValueError) as exc:
        print(f"eval: bad question file: {exc}", file=sys.stderr)
        return 2
    if args.kind:
        known = {q.kind for q in questions}
        unknown = sorted(set(args.kind) - known)
        if unknown:
            print(f"eval: unknown kind(s) {unknown}; known: {sorted(known)}", file=sys.stderr)
            return 2
        questions = [q for q in questions if q.kind in set(args.kind)]

    if args.check:
        check_questions(questions, SHARED)
        return 0

    with tempfile.TemporaryDirectory(prefix="briefbot-eval-") as tmp:
        db_path = args.db or Path(tmp) / "eval.db"
        if args.rebuild:
            remove_index(db_path)
        if db_path.exists():
            print(f"index: reusing {db_path}")
        else:
            try:
                build_index(db_path, SHARED)
            except Exception as exc:  # the harness reports; it does not crash on a broken pipeline
                remove_index(db_path)  # never leave a half-built index for the next --db run to reuse
                print(f"eval: could not build the index: {type(exc).__name__}: {exc}")
                return 0
        articles, sentences = index_size(db_path)
        print(f"index holds {articles} articles, {sentences} sentences"
              " (the full pack is about 416 distinct articles)")
        if articles == 0:
            print("eval: the index is empty; nothing to measure (rebuild with --rebuild)")
            return 0
        n_ans = sum(q.answerable for q in questions)
        print(f"asking {len(questions)} questions ({n_ans} answerable, {len(questions) - n_ans} unanswerable) ...")
        try:
            verdicts = ask_all(questions, db_path)
        except Exception as exc:
            print(f"eval: could not open the engine: {type(exc).__name__}: {exc}")
            return 0
    report(verdicts, args.verbose)
    if args.out:
        write_out(verdicts, args.out)
        print(f"verdicts written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
