"""Discord rendering alone: layout, escaping, mention safety and the 2,000-character split."""

from __future__ import annotations

import re

import pytest

from adapters.discord_bot.render import (
    MAX_MESSAGE_CHARS, NO_ATTRIBUTION, NOTHING_FOUND, render_messages, render_preview, size,
)
from bot.model import ActorCard, Answer, ArticleRef, Attribution, Excerpt

TITLE = "Israel seeks Russian cooperation to counter Turkish influence in Syria: reports"
REUTERS = Attribution("Reuters", "organization", "reported", "four sources familiar with the matter")
ARTICLE = ArticleRef("a1", TITLE, None, None)
QUOTE = ("Reuters, citing four sources familiar with the matter, reported that Israel is pressuring the US "
         "to keep Syria weak and fragmented, in part by permitting Russia to maintain its military bases in "
         "the country as a counterbalance to Turkey.")


def answer(*excerpts: Excerpt, note: str = "", found: bool = True, suggestions: list[str] | None = None) -> Answer:
    return Answer("q", "search", found, list(excerpts), note=note, suggestions=suggestions or [])


def excerpt(quote: str, attribution: Attribution | None = REUTERS, article: ArticleRef = ARTICLE) -> Excerpt:
    return Excerpt(quote, attribution, article, paragraph=3, sentence=1)


def unescape(text: str) -> str:
    """What a Discord reader sees of escaped text: escapes and zero-width spaces gone, <links> bare."""
    text = text.replace("\u200b", "")
    text = re.sub(r"<(https?://[^\s<>]+)>", r"\1", text)
    return re.sub(r"\\(.)", r"\1", text)


def quoted_text(messages: list[str]) -> str:
    """Every `> ` line of the messages, markup removed, joined: the quote as the reader sees it."""
    lines = [line[2:] for m in messages for line in m.split("\n") if line.startswith("> ")]
    return unescape(" ".join(lines))


def test_excerpt_is_a_quote_then_attribution_and_title():
    (message,) = render_messages(answer(excerpt(QUOTE)))
    lines = message.split("\n")
    assert lines[0] == "> " + QUOTE
    assert lines[1] == f"— Reuters, citing four sources familiar with the matter · *{TITLE}*"


def test_note_leads_and_each_excerpt_is_its_own_block():
    other = ArticleRef("b2", "Second piece", "The Outlet", "https://example.com/news/b2_x")
    (message,) = render_messages(answer(excerpt(QUOTE), excerpt("It rained.", None, other),
                                        note="Reuters is a news agency."))
    blocks = message.split("\n\n")
    assert blocks[0] == "Reuters is a news agency."
    assert blocks[1].startswith("> Reuters, citing")
    # no attribution -> the article's own voice; link wrapped in <> so Discord does not unfurl it
    assert blocks[2] == f"> It rained.\n— {NO_ATTRIBUTION} · *Second piece* · The Outlet <https://example.com/news/b2_x>"


def test_markup_in_article_text_is_shown_literally():
    nasty = "# Breaking\n- not a list\n> not a quote\n1. not numbered\nA *bold* _claim_ with `code`, ||spoiler|| and [a](b) link \\o/"
    title = "A *starred* title_with_underscores"
    (message,) = render_messages(answer(excerpt(nasty, article=ArticleRef("x", title))))
    lines = message.split("\n")
    quote_lines = lines[:-1]
    assert all(line.startswith("> ") for line in quote_lines)
    bodies = [line[2:] for line in quote_lines]
    assert bodies[:4] == ["\\# Breaking", "\\- not a list", "\\> not a quote", "1\\. not numbered"]
    assert "\\*bold\\*" in bodies[4] and "\\_claim\\_" in bodies[4] and "\\`code\\`" in bodies[4]
    assert "\\|\\|spoiler\\|\\|" in bodies[4] and "\\[a\\](b)" in bodies[4] and "\\\\o/" in bodies[4]
    assert unescape("\n".join(bodies)) == nasty
    # the title's own markup is escaped inside the italics, so the italics still close
    assert lines[-1].endswith("*A \\*starred\\* title\\_with\\_underscores*")


@pytest.mark.parametrize("hostile", ["@everyone", "@here", "@Everyone", "<@123456789012345678>",
                                     "<@!123456789012345678>", "<@&123456789012345678>", "<#123456789012345678>"])
def test_quoted_text_cannot_mention_anyone(hostile):
    messages = render_messages(answer(excerpt(f"The memo said {hostile} must read this."),
                                      note=f"About {hostile}.", found=True))
    text = "\n".join(messages)
    assert hostile not in text
    assert hostile.lower() in unescape(text).lower()   # still readable, just inert


def test_bare_links_in_article_text_do_not_unfurl():
    (message,) = render_messages(answer(excerpt("Full report at https://example.org/a_b/c.html. Read it.")))
    assert "<https://example.org/a_b/c.html>." in message


def test_not_found_is_polite_and_offers_suggestions():
    (message,) = render_messages(answer(found=False, note="", suggestions=["Roman Gofman", "Ro_man"]))
    assert message == f"{NOTHING_FOUND}\n\nDid you mean **Roman Gofman** or **Ro\\_man**?"
    (message,) = render_messages(answer(found=False, note="Nothing in the pack answers that."))
    assert message == "Nothing in the pack answers that."


def test_found_with_only_actors_lists_them():
    a = Answer("who is X", "who_is", True, actors=[ActorCard("Roman Gofman", "person", "Israeli military secretary")])
    assert render_messages(a) == ["**Roman Gofman** — Israeli military secretary"]


def _well_formed(message: str) -> None:
    assert 0 < size(message) <= MAX_MESSAGE_CHARS
    for line in message.split("\n"):
        if line.startswith(">"):
            assert line.startswith("> ") and len(line) > 2
        if line.startswith("— "):
            assert line.count("*") - line.count("\\*") == 2   # the title's italics open and close
    assert not re.search(r"(?<!\\)(\\\\)*\\$", message)      # never ends inside an escape


def test_many_excerpts_split_between_blocks_never_inside_one():
    sentences = [f"Sentence {i} of the report says that talks went on for hours." for i in range(6)]
    excerpts = [excerpt(" ".join(sentences), article=ArticleRef(f"id{i}", f"Article {i}")) for i in range(8)]
    messages = render_messages(answer(*excerpts, note="Eight reports."))
    assert len(messages) > 1
    for m in messages:
        _well_formed(m)
        # each excerpt fits a message, so no excerpt is cut: every quote arrives with its attribution
        blocks = m.split("\n\n")
        for block in blocks:
            if block.startswith("> "):
                assert block.split("\n")[-1].startswith("— ")
    titles = [t for m in messages for t in re.findall(r"\*(Article \d)\*", m)]
    assert titles == [f"Article {i}" for i in range(8)]


def test_long_quote_splits_on_sentence_boundaries_as_quote_lines():
    sentences = [f"Official number {i} said the plan (worth *millions*) would go ahead." for i in range(80)]
    quote = " ".join(sentences)
    messages = render_messages(answer(excerpt(quote)))
    assert len(messages) >= 3
    for m in messages:
        _well_formed(m)
        quote_lines = [line for line in m.split("\n") if line.startswith("> ")]
        assert quote_lines, "every message carries part of the quote"
        assert unescape(quote_lines[-1]).endswith("ahead.")  # cut after a sentence, not inside one
    assert quoted_text(messages) == quote                       # nothing lost, nothing reordered
    assert messages[-1].split("\n")[-1].startswith("— Reuters, citing four sources")


def test_long_note_splits_on_paragraphs_first():
    para = " ".join(["This paragraph explains the background in detail."] * 30)   # ~1,500 chars
    messages = render_messages(answer(note=f"{para}\n\n{para}", found=False))
    assert messages == [para, para]


def test_unbroken_text_is_cut_but_never_between_escape_and_character():
    blob = "x" + "*_" * 1500          # 3,001 chars, ~6,000 once escaped, no spaces; odd offset
    messages = render_messages(answer(excerpt(blob, None)))
    assert len(messages) >= 4
    for m in messages:
        _well_formed(m)
    assert quoted_text(messages).replace(" ", "") == blob


def test_limit_counts_utf16_units_like_discord():
    quote = " ".join(["Emoji 🇸🇾 flags count double."] * 200)
    for m in render_messages(answer(excerpt(quote))):
        assert len(m.encode("utf-16-le")) // 2 <= MAX_MESSAGE_CHARS


def test_preview_shows_each_exact_message_between_rules():
    long_answer = answer(*[excerpt(QUOTE, article=ArticleRef(f"id{i}", f"Article {i}")) for i in range(12)])
    messages = render_messages(long_answer)
    preview = render_preview(long_answer)
    assert len(messages) == 2
    for n, m in enumerate(messages, 1):
        assert f"message {n} of 2 ({size(m)} chars)" in preview
        assert f") {'-' * 24}\n{m}\n{'-' * 24}" in preview
