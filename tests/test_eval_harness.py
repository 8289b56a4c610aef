"""The evaluation harness's own scoring rules (bench/eval/scoring.py): no corpus, no engine.

A harness that scores wrongly would hide regressions or invent them, so its judge is
tested like product code.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

EVAL_DIR = Path(__file__).resolve().parents[1] / "bench" / "eval"


def _load_scoring():
    spec = importlib.util.spec_from_file_location("briefbot_eval_scoring", EVAL_DIR / "scoring.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(module)
    return module


sc = _load_scoring()


def make(**kw):
    base = {"id": "q1", "corpus": "seed", "article": "seeds/x.txt", "kind": "said",
            "question": "What did Reuters report?", "answerable": True,
            "expect_any": ["keep Syria weak and fragmented"]}
    base.update(kw)
    return sc.parse_question(base)


QUOTE = ("Reuters, citing four sources familiar with the matter, reported that Israel is pressuring "
         "the US to keep Syria weak   and fragmented.")


def test_first_quote_match_ignores_case_curly_quotes_and_whitespace():
    q = make(expect_any=["Israel\u2019s biggest FEAR is"])
    v = sc.judge(q, True, "\u201cIsrael's biggest fear is\nthat Turkey will intervene\u201d", None)
    assert v.quote_ok
    assert not sc.judge(q, True, "Israel fears Turkey.", None).quote_ok


def test_quote_spread_over_whitespace_still_matches_and_wrong_quote_fails():
    q = make()
    assert sc.judge(q, True, QUOTE, "Reuters").quote_ok
    assert not sc.judge(q, True, "Israel favors a Russian presence.", "Reuters").quote_ok


def test_answerable_question_answered_not_found_is_a_false_abstention():
    q = make(attribution_any=["Reuters"])
    v = sc.judge(q, False, None, None)
    assert not v.quote_ok and not v.passed
    _, overall = sc.tally([v])
    assert overall.false_abstentions == 1
    assert overall.attr_judged == 1 and overall.attr_ok_strict == 0


def test_unanswerable_passes_only_when_found_is_false():
    q = make(answerable=False, expect_any=None, kind="unanswerable", question="What is the weather in Frankfurt?")
    assert sc.judge(q, False, None, None).passed
    leaked = sc.judge(q, True, "8.9 C Frankfurt am Main", None)
    assert not leaked.passed
    _, overall = sc.tally([leaked, sc.judge(q, False, None, None)])
    assert (overall.abstained, overall.unanswerable) == (1, 2)


def test_attribution_any_is_a_case_insensitive_substring_of_the_attribution():
    q = make(attribution_any=["reuters"])
    assert sc.judge(q, True, QUOTE, "Reuters, citing four sources familiar with the matter").attribution_ok
    assert sc.judge(q, True, QUOTE, "Aron Lund").attribution_ok is False
    assert sc.judge(q, True, QUOTE, None).attribution_ok is False


def test_null_attribution_expectation_wants_the_article_own_voice():
    q = make(attribution=None)
    assert q.judges_attribution
    assert sc.judge(q, True, QUOTE, None).attribution_ok is True
    assert sc.judge(q, True, QUOTE, "Reuters").attribution_ok is False


def test_attribution_not_judged_when_the_question_omits_it():
    q = make()
    v = sc.judge(q, True, QUOTE, "anyone at all")
    assert v.attribution_ok is None and v.passed
    _, overall = sc.tally([v])
    assert overall.attr_judged == 0


def test_strict_attribution_needs_the_right_quote_too():
    q = make(attribution_any=["Reuters"])
    wrong_quote = sc.judge(q, True, "Reuters said something else entirely.", "Reuters")
    right = sc.judge(q, True, QUOTE, "Reuters")
    right_quote_wrong_attr = sc.judge(q, True, QUOTE, "Israeli media")
    _, overall = sc.tally([wrong_quote, right, right_quote_wrong_attr])
    assert (overall.attr_ok_strict, overall.attr_judged) == (1, 3)
    assert (overall.attr_ok_on_right_quote, overall.attr_on_right_quote) == (1, 2)
    assert not right_quote_wrong_attr.passed


def test_tally_groups_by_kind():
    a = sc.judge(make(id="a", kind="who"), True, QUOTE, None)
    b = sc.judge(make(id="b", kind="who"), True, "nothing relevant", None)
    c = sc.judge(make(id="c", kind="said"), True, QUOTE, None)
    by_kind, overall = sc.tally([a, b, c])
    assert (by_kind["who"].quote_ok, by_kind["who"].answerable) == (1, 2)
    assert (by_kind["said"].quote_ok, by_kind["said"].answerable) == (1, 1)
    assert overall.quote_ok == 2
    assert "OVERALL" in sc.format_table(by_kind, overall)


@pytest.mark.parametrize("bad, message", [
    ({"expect_any": []}, "non-empty expect_any"),
    ({"attribution": "Reuters"}, "may only be null"),
    ({"attribution": None, "attribution_any": ["Reuters"]}, "not both"),
    ({"attribution_any": []}, "non-empty list"),
    ({"corpus": "web"}, "corpus must be one of"),
    ({"answerable": "yes"}, "true or false"),
])
def test_malformed_questions_are_rejected_with_a_reason(bad, message):
    with pytest.raises(ValueError, match=message):
        make(**bad)


def test_load_questions_reports_duplicate_ids_and_bad_json_with_line_numbers(tmp_path):
    line = json.dumps({"id": "x", "corpus": "bbc", "kind": "who", "question": "Who?", "answerable": True,
                       "expect_any": ["a"]})
    dup = tmp_path / "dup.jsonl"
    dup.write_text(line + "\n\n" + line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"dup.jsonl:3: duplicate id 'x'"):
        sc.load_questions(dup)
    broken = tmp_path / "broken.jsonl"
    broken.write_text(line + "\n{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken.jsonl:2: not JSON"):
        sc.load_questions(broken)


def test_shipped_question_file_is_well_formed_and_covers_every_kind():
    questions = sc.load_questions(EVAL_DIR / "questions.jsonl")
    kinds = {q.kind for q in questions}
    assert {"who", "said", "who_said", "sources", "stance", "event", "relation", "briefing",
            "unanswerable"} <= kinds
    assert sum(not q.answerable for q in questions) >= 15
    assert all(q.kind == "unanswerable" for q in questions if not q.answerable)
    assert len({q.article for q in questions if q.corpus == "bbc"}) >= 40
