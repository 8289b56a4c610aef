"""The console adapter through a fake engine that records what it was asked."""

from __future__ import annotations

import io

from adapters.console import run_console
from bot.model import Answer
from bot.render import render_text


class RecordingEngine:
    def __init__(self):
        self.asked: list[str] = []

    def ask(self, question: str, **_) -> Answer:
        self.asked.append(question)
        return Answer(question, "search", False, note=f"no answer to {question!r}")


def test_console_asks_each_line_and_stops_at_quit():
    engine = RecordingEngine()
    out = io.StringIO()
    code = run_console(engine, render_text, stdin=io.StringIO("who is X?\n  brief me  \nquit\nnever asked\n"), stdout=out)
    assert code == 0
    assert engine.asked == ["who is X?", "brief me"]
    assert "no answer to 'who is X?'" in out.getvalue()


def test_console_ends_at_eof_and_skips_blank_lines_when_piped():
    engine = RecordingEngine()
    assert run_console(engine, render_text, stdin=io.StringIO("\n\nhello\n"), stdout=io.StringIO()) == 0
    assert engine.asked == ["hello"]
