"""The plain-text and JSON renderers, alone: answer in, text out."""

from __future__ import annotations

import json

from bot.model import ActorCard, Answer, ArticleRef, Attribution, Excerpt
from bot.render import render_json, render_text

ART = ArticleRef("abc123", "A title", outlet="The Paper", url="https://example.com/a", published="2025-01-01")


def make(found=True, attribution=Attribution("Reuters", "outlet", "reported", "four sources familiar with the matter")):
    ex = [Excerpt("Israel is pressuring the US.", attribution, ART, 12, 1, 0.9)] if found else []
    return Answer("What did Reuters report?", "statements_by", found, ex, [ActorCard("Reuters", "organization", "news agency")],
                  note="" if found else "Nothing in the briefing pack answers that.",
                  suggestions=[] if found else ["Reuters"])


def test_text_shows_quote_then_attribution_and_article():
    text = render_text(make())
    quote_line = text.index("“Israel is pressuring the US.”")
    attr_line = text.index("— Reuters, citing four sources familiar with the matter · A title (The Paper), ¶12")
    assert quote_line < attr_line


def test_text_own_voice():
    assert "— the article itself · A title" in render_text(make(attribution=None))


def test_text_nothing_found_says_so_and_suggests():
    text = render_text(make(found=False))
    assert text.startswith("Nothing in the briefing pack answers that.")
    assert "Did you mean: Reuters?" in text


def test_json_contract_fields():
    obj = json.loads(render_json(make()))
    assert obj["question"] == "What did Reuters report?"
    assert obj["intent"] == "statements_by" and obj["found"] is True
    assert obj["answer"] == render_text(make())
    ex = obj["excerpts"][0]
    assert ex["quote"] == "Israel is pressuring the US."
    assert ex["attribution"] == "Reuters, citing four sources familiar with the matter"
    assert ex["article"] == {"id": "abc123", "title": "A title", "outlet": "The Paper",
                             "url": "https://example.com/a", "published": "2025-01-01"}
    assert (ex["paragraph"], ex["sentence"]) == (12, 1)
    assert obj["actors"] == [{"name": "Reuters", "kind": "organization", "description": "news agency"}]


def test_json_attribution_null_for_own_voice():
    obj = json.loads(render_json(make(attribution=None)))
    assert obj["excerpts"][0]["attribution"] is None


def test_attribution_text_does_not_repeat_cited():
    a = Attribution("HaYom, citing anonymous sources", "outlet", "reported", "anonymous sources")
    assert a.text == "HaYom, citing anonymous sources"
