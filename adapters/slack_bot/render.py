"""Answer -> Slack messages (Block Kit). Pure functions: no I/O, no Slack client, tested alone.

Every string that comes from an article or a user goes through `safe()`, so a reply can
never ping `<!channel>`, `<!here>`, `<!everyone>`, a user group or a user, and every
mrkdwn text object is `verbatim` (Slack then does not auto-parse names or links in it).
Each message respects Slack's limits: 3,000 characters per section text, 50 blocks, and a
plain-text `text` fallback for notifications and screen readers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from bot.model import Answer, Excerpt
from bot.render.text import OWN_VOICE

SECTION_LIMIT = 3000        # characters in one section's text object
CONTEXT_LIMIT = 3000        # characters in one context element
MAX_BLOCKS = 50             # blocks in one message
BUTTON_VALUE_LIMIT = 2000   # characters in a button's value
FALLBACK_LIMIT = 3000       # our own cap for the notification text (Slack's hard cap is 40,000)
RESPONSE_URL_MAX_MESSAGES = 5  # Slack accepts at most 5 posts to one response_url

SHARE_ACTION_ID = "brief_share"
NOTHING_FOUND = "I couldn't find anything in the article pack that answers that."
ERROR_TEXT = ("Sorry, something went wrong while I was looking that up. "
              "The problem has been logged; please try again in a moment.")

Message = dict[str, Any]    # {"text": fallback, "blocks": [...]}, ready for chat.postMessage / response_url

_SPECIAL = re.compile(r"@(?=(channel|here|everyone)\b)", re.IGNORECASE)


def escape(text: str) -> str:
    """Slack's escaping rule: only &, < and > (in that order, so entities are not doubled)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def safe(text: str) -> str:
    """Escaped, and a bare @channel/@here/@everyone broken with a zero-width space.

    Without `<...>` Slack does not notify, but an invisible break keeps it so even if a
    client or a future API default parses bare names (as `link_names` once did)."""
    return escape(_SPECIAL.sub("@\u200b", text))


def _mrkdwn(text: str) -> dict[str, Any]:
    return {"type": "mrkdwn", "text": text, "verbatim": True}


def _section(text: str) -> dict[str, Any]:
    assert len(text) <= SECTION_LIMIT, len(text)
    return {"type": "section", "text": _mrkdwn(text)}


def _context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [_mrkdwn(_clip(text, CONTEXT_LIMIT))]}


def _clip(text: str, limit: int) -> str:
    """Cut escaped/mrkdwn text to `limit` without breaking an entity like `&amp;`."""
    if len(text) <= limit:
        return text
    cut = _safe_cut(text, limit - 1)
    return text[:cut].rstrip() + "…"


def _safe_cut(text: str, limit: int) -> int:
    """The largest index <= limit that does not fall inside an `&...;` entity."""
    cut = min(limit, len(text))
    amp = text.rfind("&", max(0, cut - 6), cut)
    if amp != -1 and ";" not in text[amp:cut]:
        cut = amp
    return cut


def split_text(text: str, limit: int) -> list[str]:
    """Split (already escaped) text into pieces of at most `limit` characters, at a space
    when there is one in the last third of the window, never inside an entity."""
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = _safe_cut(rest, limit)
        space = rest.rfind(" ", (2 * cut) // 3, cut + 1)
        if space > 0:
            cut = space
        if cut <= 0:  # pathological: an entity at position 0 cannot happen, but never loop forever
            cut = limit
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip(" ")
    if rest or not pieces:
        pieces.append(rest)
    return pieces


def quote_blocks(quote: str) -> list[dict[str, Any]]:
    """A verbatim quote as one or more blockquote sections of at most SECTION_LIMIT each."""
    body = safe(" ".join(quote.split()))      # one line: Slack's ">" quotes a line
    prefix = "> "
    return [_section(prefix + piece) for piece in split_text(body, SECTION_LIMIT - len(prefix))]


def article_link(e: Excerpt) -> str:
    """The article title, a link when the article has an http(s) URL."""
    title = safe(e.article.title or "untitled article")
    url = e.article.url
    if url and urlsplit(url).scheme in ("http", "https") and not re.search(r"[\s<>|]", url):
        return f"<{escape(url)}|{title}>"
    return f"_{title}_" if "_" not in title else title


def context_line(e: Excerpt) -> str:
    """'— Reuters, citing four sources … · <url|Title> (Outlet, 2024-12-10)'."""
    who = safe(e.attribution.text) if e.attribution else OWN_VOICE
    extra = [safe(x) for x in (e.article.outlet, (e.article.published or "")[:10]) if x]
    where = article_link(e) + (f" ({', '.join(extra)})" if extra else "")
    return f"— {who} · {where}"


def excerpt_blocks(e: Excerpt) -> list[dict[str, Any]]:
    return [*quote_blocks(e.quote), _context(context_line(e))]


def question_block(question: str) -> dict[str, Any]:
    """The question heads the reply: a slash command's text is invisible to everyone else."""
    if not question.strip():
        return _section("*Briefing*")
    return _section(_clip("*Q:* " + safe(" ".join(question.split())), SECTION_LIMIT))


def _text_blocks(text: str) -> list[dict[str, Any]]:
    return [_section(p) for p in split_text(safe(text), SECTION_LIMIT)]


def share_block(question: str) -> dict[str, Any] | None:
    """The 'Share in channel' button; its value carries the question (Slack caps it at 2,000)."""
    if len(question) > BUTTON_VALUE_LIMIT:
        return None
    return {"type": "actions", "elements": [{
        "type": "button", "action_id": SHARE_ACTION_ID, "value": question,
        "text": {"type": "plain_text", "text": "Share in channel"},
    }]}


def fallback_text(answer: Answer) -> str:
    """The plain `text` shown in notifications: the lead line, else the first quote."""
    if not answer.found:
        lead = answer.note or NOTHING_FOUND
    elif answer.note:
        lead = answer.note
    elif answer.excerpts:
        e = answer.excerpts[0]
        who = e.attribution.text if e.attribution else OWN_VOICE
        lead = f"“{e.quote}” — {who}"
    else:
        lead = "Answer"
    return _clip(safe(" ".join(lead.split())), FALLBACK_LIMIT)


@dataclass(frozen=True)
class _Unit:
    """Blocks that belong together (a quote and its attribution) and never straddle two messages."""
    blocks: list[dict[str, Any]]


def render_answer(answer: Answer, *, share: bool = False,
                  max_messages: int | None = None) -> list[Message]:
    """An Answer as one or more messages, each within Slack's limits.

    `share` adds the 'Share in channel' button (for ephemeral replies) to the last message
    of an answer that found something.
    `max_messages` caps how many messages are produced (a response_url takes at most 5);
    excerpts that do not fit are counted in a closing note instead of being cut mid-quote.
    """
    units: list[_Unit] = [_Unit([question_block(answer.question)])]
    if answer.found:
        if answer.note:
            units.append(_Unit(_text_blocks(answer.note)))
        units.extend(_Unit(excerpt_blocks(e)) for e in answer.excerpts)
    else:
        units.append(_Unit(_text_blocks(answer.note or NOTHING_FOUND)))
        if answer.suggestions:
            names = ", ".join(f"*{safe(s)}*" for s in answer.suggestions)
            units.append(_Unit([_context(f"Did you mean: {names}?")]))
    tail: list[dict[str, Any]] = []
    button = share_block(answer.question) if share and answer.found else None   # "nothing found" stays private
    if button:
        tail.append(button)

    messages: list[list[dict[str, Any]]] = [[]]
    room = MAX_BLOCKS - len(tail) - 1   # keep space for the button and a "left out" note
    left_out = 0
    for unit in units:
        if left_out:
            left_out += 1
            continue
        # a unit that fits in one message is kept whole; a huge quote flows block by block
        pieces = [unit.blocks] if len(unit.blocks) <= room else [[b] for b in unit.blocks]
        for piece in pieces:
            if len(messages[-1]) + len(piece) > room:
                if max_messages is not None and len(messages) >= max_messages:
                    left_out = 1
                    break
                messages.append([])
            messages[-1].extend(piece)
    if left_out:
        messages[-1].append(_context(
            f"Slack's message limits cut the rest of this answer ({left_out} more part"
            f"{'s' if left_out > 1 else ''}): ask a narrower question to see it."))
    messages[-1].extend(tail)

    first_text = fallback_text(answer)
    out: list[Message] = []
    for i, blocks in enumerate(messages):
        text = first_text if i == 0 else _clip(f"(continued {i + 1}/{len(messages)}) " + first_text, FALLBACK_LIMIT)
        out.append({"text": text, "blocks": blocks})
    return out


def render_notice(text: str) -> Message:
    """A short message of our own (help, errors, input problems)."""
    return {"text": _clip(safe(text), FALLBACK_LIMIT), "blocks": _text_blocks(text)}


def render_error() -> Message:
    """What the user sees when answering failed: polite, no detail (that goes to the log)."""
    return render_notice(ERROR_TEXT)


def render_help(command: str = "/brief") -> Message:
    """Usage for `/brief help`, `@briefbot help` and a DM 'help'."""
    text = (
        "*briefbot* answers questions about the article pack with verbatim, attributed quotes.\n"
        f"• `{command} <question>`: answer just for you, e.g. `{command} What did Reuters report?`\n"
        f"• `{command} --channel <question>`: post the answer in the channel for everyone "
        f"(`--private` for just you, when the workspace default is the channel)\n"
        f"• `{command}` alone: a briefing on the pack\n"
        "• mention me in a channel to get the answer in a thread, or send me a direct message"
    )
    # our own text: no escaping of the mrkdwn we wrote, but nothing user-provided in it either
    return {"text": "briefbot help: ask a question about the article pack.",
            "blocks": [_section(text)]}


def check_limits(message: Message) -> list[str]:
    """Every Slack limit a message breaks (empty when it is fine); used by tests and the preview."""
    problems: list[str] = []
    blocks = message.get("blocks", [])
    if not message.get("text"):
        problems.append("no fallback text")
    if len(blocks) > MAX_BLOCKS:
        problems.append(f"{len(blocks)} blocks > {MAX_BLOCKS}")
    for i, b in enumerate(blocks):
        if b["type"] == "section" and len(b["text"]["text"]) > SECTION_LIMIT:
            problems.append(f"block {i}: section of {len(b['text']['text'])} characters")
        if b["type"] == "context":
            for el in b["elements"]:
                if len(el["text"]) > CONTEXT_LIMIT:
                    problems.append(f"block {i}: context element of {len(el['text'])} characters")
    for key in ("link_names", "parse"):
        if key in message:
            problems.append(f"{key} is set")
    return problems
