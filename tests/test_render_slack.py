"""Block Kit rendering, alone: escaping, layout, Slack's limits, splitting."""

from __future__ import annotations

import re

from adapters.slack_bot.render import (
    MAX_BLOCKS,
    NOTHING_FOUND,
    SECTION_LIMIT,
    SHARE_ACTION_ID,
    check_limits,
    escape,
    render_answer,
    render_error,
    render_help,
    safe,
    split_text,
)
from bot.model import Answer, ArticleRef, Attribution, Excerpt

REUTERS = Attribution("Reuters", "outlet", "reported", "four sources familiar with the matter")
ARTICLE = ArticleRef("abc", "Israel seeks Russian cooperation", None, None, None)


def ex(quote: str, attribution: Attribution | None = REUTERS, article: ArticleRef = ARTICLE) -> Excerpt:
    return Excerpt(quote, attribution, article, 12, 1)


def mrkdwn_objects(message):
    for b in message["blocks"]:
        if b["type"] == "section":
            yield b["text"]
        elif b["type"] == "context":
            yield from b["elements"]


def test_escape_follows_slacks_rule_and_never_double_escapes_in_the_wrong_order():
    assert escape("AT&T <b> a>b") == "AT&amp;T &lt;b&gt; a&gt;b"
    assert escape("&lt;") == "&amp;lt;"          # a literal "&lt;" typed by someone stays literal
    assert safe("<!here> @here @Channel @everyone @hereford") == (
        "&lt;!here&gt; @\u200bhere @\u200bChannel @\u200beveryone @hereford")


def test_a_found_answer_lays_out_question_lead_quote_and_attribution():
    answer = Answer("What did Reuters report?", "statements_by", True,
                    [ex("Reuters reported that Israel is pressuring the US.")], note="Reuters reported one thing.")
    (msg,) = render_answer(answer, share=True)
    kinds = [b["type"] for b in msg["blocks"]]
    assert kinds == ["section", "section", "section", "context", "actions"]
    assert msg["blocks"][0]["text"]["text"] == "*Q:* What did Reuters report?"
    assert msg["blocks"][1]["text"]["text"] == "Reuters reported one thing."
    assert msg["blocks"][2]["text"]["text"] == "> Reuters reported that Israel is pressuring the US."
    assert msg["blocks"][3]["elements"][0]["text"] == (
        "— Reuters, citing four sources familiar with the matter · _Israel seeks Russian cooperation_")
    button = msg["blocks"][4]["elements"][0]
    assert button["action_id"] == SHARE_ACTION_ID and button["value"] == "What did Reuters report?"
    assert msg["text"] == "Reuters reported one thing."
    assert all(o["verbatim"] is True for o in mrkdwn_objects(msg))
    assert check_limits(msg) == []


def test_fallback_text_without_a_note_is_the_first_quote_and_its_source():
    (msg,) = render_answer(Answer("q", "search", True, [ex("Ships sail & <dock>.", None)]))
    assert msg["text"] == "“Ships sail &amp; &lt;dock&gt;.” — the article itself"
    assert msg["blocks"][-1]["elements"][0]["text"].startswith("— the article itself · ")


def test_article_title_is_a_link_only_for_a_clean_http_url():
    linked = ArticleRef("a", "Ports & <Docks>", "Example News", "https://ex.com/a?b=1&c=2", "2024-12-10T08:00:00Z")
    (msg,) = render_answer(Answer("q", "search", True, [ex("x.", article=linked)]))
    assert msg["blocks"][-1]["elements"][0]["text"].endswith(
        "<https://ex.com/a?b=1&amp;c=2|Ports &amp; &lt;Docks&gt;> (Example News, 2024-12-10)")
    for bad in ("javascript:alert(1)", "https://ex.com/a|<!channel>", "ftp://ex.com/x"):
        art = ArticleRef("a", "T", None, bad, None)
        (msg,) = render_answer(Answer("q", "search", True, [ex("x.", article=art)]))
        ctx = msg["blocks"][-1]["elements"][0]["text"]
        assert "<" not in ctx and ctx.endswith("_T_"), ctx


def test_nothing_found_is_polite_and_offers_escaped_suggestions():
    (msg,) = render_answer(Answer("Who is Gofmann?", "who_is", False, suggestions=["Roman Gofman", "<@U1>"]), share=True)
    assert [b["type"] for b in msg["blocks"]] == ["section", "section", "context"]    # nothing worth sharing
    assert msg["blocks"][1]["text"]["text"] == NOTHING_FOUND
    assert msg["blocks"][2]["elements"][0]["text"] == "Did you mean: *Roman Gofman*, *&lt;@U1&gt;*?"
    assert msg["text"] == NOTHING_FOUND
    (noted,) = render_answer(Answer("q", "who_is", False, note="Nothing in the pack mentions Gofmann."))
    assert noted["blocks"][1]["text"]["text"] == "Nothing in the pack mentions Gofmann."


def test_split_text_respects_the_limit_and_never_cuts_an_entity():
    text = escape(("a&b <c> " * 900) + "x" * 7000)      # entities everywhere, then one unbreakable run
    pieces = split_text(text, SECTION_LIMIT)
    assert all(0 < len(p) <= SECTION_LIMIT for p in pieces)
    assert "".join(pieces).replace(" ", "") == text.replace(" ", "")
    for p in pieces:
        assert not re.search(r"&[a-z]*$", p), p[-8:]    # no piece ends inside "&amp;"


def test_a_huge_quote_is_split_into_sections_and_messages_within_limits():
    quote = " ".join(f"Word{i} & more" for i in range(40_000))           # ~550k characters
    messages = render_answer(Answer("q", "search", True, [ex(quote)]))
    assert len(messages) > 1
    for m in messages:
        assert check_limits(m) == [] and len(m["blocks"]) <= MAX_BLOCKS
    sections = [b["text"]["text"] for m in messages for b in m["blocks"]
                if b["type"] == "section" and b["text"]["text"].startswith("> ")]
    assert " ".join(s[2:] for s in sections) == escape(quote)
    assert messages[1]["text"].startswith("(continued 2/")


def test_many_excerpts_spread_over_messages_keep_each_quote_with_its_attribution():
    excerpts = [ex(f"Quote number {i}.") for i in range(70)]
    messages = render_answer(Answer("q", "search", True, excerpts), share=True)
    assert len(messages) == 3                       # 1 + 140 blocks, 48 usable per message
    seen: list[str] = []
    for m in messages:
        assert check_limits(m) == []
        blocks = m["blocks"]
        for i, b in enumerate(blocks):
            if b["type"] == "section" and b["text"]["text"].startswith("> "):
                assert blocks[i + 1]["type"] == "context"       # never separated from its source
                seen.append(b["text"]["text"])
    assert seen == [f"> Quote number {i}." for i in range(70)]
    assert [b["type"] for m in messages for b in m["blocks"]].count("actions") == 1
    assert messages[-1]["blocks"][-1]["type"] == "actions"


def test_max_messages_cuts_whole_excerpts_and_says_so():
    excerpts = [ex(f"Quote number {i}.") for i in range(70)]
    (only,) = render_answer(Answer("q", "search", True, excerpts), share=True, max_messages=1)
    assert check_limits(only) == [] and len(only["blocks"]) <= MAX_BLOCKS
    assert only["blocks"][-1]["type"] == "actions"
    note = only["blocks"][-2]["elements"][0]["text"]
    shown = sum(b["type"] == "context" for b in only["blocks"]) - 1
    assert f"({70 - shown} more parts)" in note


def test_share_button_is_left_out_when_the_question_would_not_fit_its_value():
    (msg,) = render_answer(Answer("why " * 600, "search", True, [ex("x.")]), share=True)
    assert all(b["type"] != "actions" for b in msg["blocks"])
    assert len(msg["blocks"][0]["text"]["text"]) <= SECTION_LIMIT


def test_briefing_help_and_error_messages_are_within_limits():
    (brief,) = render_answer(Answer("", "briefing", True, [ex("x.")]))
    assert brief["blocks"][0]["text"]["text"] == "*Briefing*"
    for m in (render_help(), render_error()):
        assert check_limits(m) == [] and m["text"]
    assert "Traceback" not in render_error()["text"]


def test_check_limits_catches_what_slack_would_refuse():
    bad = {"text": "", "link_names": True, "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "x" * 3001}}] * 51}
    problems = check_limits(bad)
    assert "no fallback text" in problems and "link_names is set" in problems
    assert "51 blocks > 50" in problems and any("3001 characters" in p for p in problems)


def test_a_huge_quote_starts_right_under_the_question():
    quote = " ".join(f"Word{i} & more" for i in range(20_000))
    messages = render_answer(Answer("q", "search", True, [ex(quote), ex("Short one.")]))
    first = messages[0]["blocks"]
    assert first[0]["text"]["text"] == "*Q:* q" and first[1]["text"]["text"].startswith("> Word0 ")
    assert all(len(m["blocks"]) == MAX_BLOCKS - 1 for m in messages[:-1])   # full, but for the reserve
    last = [b for b in messages[-1]["blocks"]]
    assert last[-2]["text"]["text"] == "> Short one." and last[-1]["type"] == "context"
