"""Answer -> Discord message texts. Pure functions: no discord import, no I/O, tested alone.

Discord shows message content as its own markdown dialect and caps a message at 2,000
characters, so rendering is three jobs: neutralise article text that would be read as
markup (or as a mention, or as a link to unfurl), lay the answer out as `> quote` lines
each followed by an attribution line, and cut long answers into messages that are each
complete markdown on their own.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from bot.model import Answer, Excerpt

MAX_MESSAGE_CHARS = 2000
NOTHING_FOUND = "I couldn't find anything in the briefing pack that answers that."
ERROR_REPLY = "Sorry, something went wrong while answering that. Please try again in a moment."
HELP_REPLY = ("Ask me a question about the news in the briefing pack, for example "
              "`@briefbot What did Reuters report?` or `/brief`.")
NO_ATTRIBUTION = "the article itself"
UNTITLED = "untitled article"
PREVIEW_RULE = "-" * 24

# Inline markup: bold/italic/underline/strike/code/spoiler, masked links, and the escape char.
_INLINE_SPECIALS = re.compile(r"([\\*_~`|\[\]])")
# Markup that only counts at the start of a line: quotes, headings, "-#" subtext, lists.
_LINE_START = re.compile(r"^(\s*)(?:([>#+-])|(\d+)([.)])(?=\s))")
# `<@id>`, `<@&id>`, `<#id>`, `<:emoji:id>`, `<t:123>`, `</cmd:id>`: a zero-width space after
# "<" keeps the text visible but stops Discord from turning it into a mention or widget.
_ANGLE_TOKEN = re.compile(r"<(?=[@#:/]|a:|t:)")
_MASS_MENTION = re.compile(r"@(?=everyone|here)", re.IGNORECASE)
_URL = re.compile(r"<?(https?://[^\s<>]+[^\s<>.,;:!?\"')\]])>?")
_ZWSP = "\u200b"

_PARAGRAPH_BREAK = re.compile(r"(\n\s*\n)")
_LINE_BREAK = re.compile(r"(\n)")
_SENTENCE_BREAK = re.compile(r"((?<=[.!?…])[\"'”’)\]]*\s+)")
_WORD_BREAK = re.compile(r"(\s+)")


def size(text: str) -> int:
    """Characters as Discord counts them, erring long: UTF-16 code units (an emoji counts 2)."""
    return len(text.encode("utf-16-le")) // 2


def escape(text: str) -> str:
    """Article or engine text made inert: markup shown literally, no mentions, links not unfurled.

    Line-start markup (`>`, `#`, lists) is left for `_escape_line_starts`, which runs after
    splitting, because a split can put any word at the start of a line.
    """
    out: list[str] = []
    last = 0
    for m in _URL.finditer(text):
        out.append(_escape_inline(text[last:m.start()]))
        out.append(f"<{m.group(1)}>")
        last = m.end()
    out.append(_escape_inline(text[last:]))
    return "".join(out)


def _escape_inline(text: str) -> str:
    text = _INLINE_SPECIALS.sub(r"\\\1", text)
    text = _MASS_MENTION.sub("@" + _ZWSP, text)
    return _ANGLE_TOKEN.sub("<" + _ZWSP, text)


def _escape_line_starts(text: str) -> str:
    return "\n".join(_LINE_START.sub(_escape_marker, line) for line in text.split("\n"))


def _escape_marker(m: re.Match[str]) -> str:
    indent, marker, number, dot = m.groups()
    return f"{indent}\\{marker}" if marker else f"{indent}{number}\\{dot}"


def _plain(text: str) -> str:
    return _escape_line_starts(text.strip())


def _quoted(text: str) -> str:
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    return "\n".join("> " + _escape_line_starts(line) for line in lines)


def attribution_line(excerpt: Excerpt) -> str:
    """`— who says it · *article title* · outlet <url>` (escaped, link kept from unfurling)."""
    who = excerpt.attribution.text if excerpt.attribution else NO_ATTRIBUTION
    art = excerpt.article
    parts = [f"— {escape(who)}", f"*{escape(art.title.strip() or UNTITLED)}*"]
    if art.outlet:
        parts.append(escape(art.outlet))
    line = " · ".join(parts)
    url = (art.url or "").strip()
    if re.fullmatch(r"https?://[^\s<>]+", url):
        line += f" <{url}>"
    elif url:
        line += f" · {escape(url)}"
    return line


def _split(text: str, render: Callable[[str], str], limit: int) -> list[str]:
    """Render `text` as few pieces as possible, each rendered piece within `limit`.

    Cuts at paragraph, then line, then sentence, then word boundaries; only a single
    word longer than a message is cut mid-word (never between a backslash and the
    character it escapes).
    """
    whole = render(text)
    if size(whole) <= limit:
        return [whole] if whole else []
    for pattern in (_PARAGRAPH_BREAK, _LINE_BREAK, _SENTENCE_BREAK, _WORD_BREAK):
        parts = _keep_separators(pattern.split(text))
        if len(parts) > 1:
            return _pack_parts(parts, render, limit)
    return _hard_cut(text, render, limit)


def _keep_separators(pieces: list[str]) -> list[str]:
    """re.split with a capture group -> text pieces, each carrying the separator after it."""
    out: list[str] = []
    for i in range(0, len(pieces), 2):
        chunk = pieces[i] + (pieces[i + 1] if i + 1 < len(pieces) else "")
        if chunk:
            out.append(chunk)
    return out


def _pack_parts(parts: list[str], render: Callable[[str], str], limit: int) -> list[str]:
    out: list[str] = []
    current = ""
    for part in parts:
        if current and size(render(current + part)) <= limit:
            current += part
            continue
        if current:
            out.append(render(current))
            current = ""
        if size(render(part)) <= limit:
            current = part
        else:
            out.extend(_split(part, render, limit))
    if current.strip():
        out.append(render(current))
    return [piece for piece in out if piece]


def _hard_cut(text: str, render: Callable[[str], str], limit: int) -> list[str]:
    out: list[str] = []
    rest = text
    while rest:
        cut = len(rest)
        while cut > 1 and size(render(rest[:cut])) > limit:
            cut = max(1, cut - max(1, (size(render(rest[:cut])) - limit)))
        if 1 < cut < len(rest) and _ends_inside_escape(rest[:cut]):
            cut -= 1
        out.append(render(rest[:cut]))
        rest = rest[cut:]
    return out


def _ends_inside_escape(text: str) -> bool:
    """True when the text ends in an odd run of backslashes (an escape cut in two)."""
    run = len(text) - len(text.rstrip("\\"))
    return run % 2 == 1


def _blocks(answer: Answer, limit: int) -> list[list[str]]:
    """The reply as blocks (a list of rendered units that belong together), each unit within limit."""
    blocks: list[list[str]] = []
    if answer.found:
        if answer.note.strip():
            blocks.append(_split(escape(answer.note), _plain, limit))
        for excerpt in answer.excerpts:
            blocks.append(_excerpt_units(excerpt, limit))
        if not answer.excerpts and not answer.note.strip():
            for actor in answer.actors:
                text = f"**{escape(actor.name)}**" + (f" — {escape(actor.description)}" if actor.description else "")
                blocks.append(_split(text, _plain, limit))
        if not blocks:
            blocks.append([NOTHING_FOUND])
    else:
        blocks.append(_split(escape(answer.note.strip() or NOTHING_FOUND), _plain, limit))
        if answer.suggestions:
            blocks.append(_split(_suggestion_text(answer.suggestions), _plain, limit))
    return blocks


def _suggestion_text(suggestions: Iterable[str]) -> str:
    names = [f"**{escape(s)}**" for s in suggestions if s.strip()]
    if len(names) > 1:
        return f"Did you mean {', '.join(names[:-1])} or {names[-1]}?"
    return f"Did you mean {names[0]}?" if names else ""


def _excerpt_units(excerpt: Excerpt, limit: int) -> list[str]:
    quote = _split(escape(excerpt.quote), _quoted, limit)
    attribution = attribution_line(excerpt)
    if size(attribution) > limit:
        tail = _split(attribution, _plain, limit)
    else:
        tail = [attribution]
    if quote and size(quote[-1] + "\n" + tail[0]) <= limit:
        quote[-1] = quote[-1] + "\n" + tail[0]
        tail = tail[1:]
    return quote + tail


def render_messages(answer: Answer, limit: int = MAX_MESSAGE_CHARS) -> list[str]:
    """The exact message texts to send for an answer, in order; each is within `limit`.

    Blocks (the lead note, each excerpt with its attribution) are packed greedily into
    messages, a blank line between blocks; a block too long for one message continues
    in the next one, cut at paragraph/sentence boundaries as well-formed quote lines.
    """
    messages: list[str] = []
    current = ""
    for block in _blocks(answer, limit):
        for i, unit in enumerate(block):
            glue = "\n\n" if i == 0 else "\n"
            if current and size(current + glue + unit) <= limit:
                current += glue + unit
            else:
                if current:
                    messages.append(current)
                current = unit
    if current:
        messages.append(current)
    return messages


def render_text_reply(text: str, limit: int = MAX_MESSAGE_CHARS) -> list[str]:
    """A short adapter reply (help, error, too long) as message texts; `text` is trusted markup."""
    return _split(text, _plain, limit)


def too_long_reply(limit_chars: int) -> str:
    return f"That question is too long for me; please keep it under {limit_chars:,} characters."


def render_preview(answer: Answer, limit: int = MAX_MESSAGE_CHARS) -> str:
    """What `briefbot console --render discord` prints: each message exactly, between rules."""
    messages = render_messages(answer, limit)
    out: list[str] = []
    for n, text in enumerate(messages, 1):
        out.append(f"{PREVIEW_RULE} message {n} of {len(messages)} ({size(text)} chars) {PREVIEW_RULE}")
        out.append(text)
    out.append(f"{PREVIEW_RULE} end {PREVIEW_RULE}")
    return "\n".join(out)
