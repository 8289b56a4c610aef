"""Plain-text rendering: what the console shows and what the JSON `answer` field holds."""

from __future__ import annotations

import textwrap

from bot.model import Answer, Excerpt

OWN_VOICE = "the article itself"


def attribution_line(e: Excerpt) -> str:
    """'— Reuters, citing four sources familiar with the matter · <title> (¶12)'."""
    who = e.attribution.text if e.attribution else OWN_VOICE
    where = e.article.title
    if e.article.outlet:
        where = f"{where} ({e.article.outlet})"
    return f"— {who} · {where}, ¶{e.paragraph}"


def render_text(answer: Answer, width: int = 100) -> str:
    lines: list[str] = []
    if answer.note:
        lines.append(answer.note)
    if answer.actors and answer.intent in {"who_is"}:
        for card in answer.actors[:1]:
            if card.description and card.description not in (answer.note or ""):
                lines.append(f"{card.name}: {card.description}")
    for e in answer.excerpts:
        if lines:
            lines.append("")
        quote = textwrap.fill(f"“{e.quote}”", width=width, initial_indent="  ", subsequent_indent="   ")
        lines.append(quote)
        lines.append("    " + attribution_line(e))
    if not answer.found and answer.suggestions:
        lines.append("Did you mean: " + ", ".join(answer.suggestions) + "?")
    return "\n".join(lines).rstrip()
