"""Renderers in the core: plain text (console, the JSON `answer` field) and JSON. Pure functions."""

from bot.render.jsonout import render_json
from bot.render.text import render_text

__all__ = ["render_text", "render_json"]
