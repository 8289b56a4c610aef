"""The CONTRACT's JSON answer: one object per question."""

from __future__ import annotations

import json

from bot.model import Answer
from bot.render.text import render_text


def render_json(answer: Answer) -> str:
    return json.dumps(answer.to_dict(render_text(answer)), ensure_ascii=False)
