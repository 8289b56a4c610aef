"""`briefbot console`: a local chat REPL. Reads a line, asks the engine, prints the rendering."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Callable, TextIO

from bot.model import Answer

PROMPT = "you> "
BANNER = "briefbot console: ask about the articles in the pack. 'help' for examples, 'quit' or Ctrl-D to leave."
QUIT = {"quit", "exit", ":q", "/quit", "/exit"}


def _enable_history() -> None:
    """readline history across sessions, when the platform has readline."""
    try:
        import atexit
        import readline
    except ImportError:
        return
    path = Path(os.path.expanduser("~/.briefbot_history"))
    try:
        readline.read_history_file(path)
    except (FileNotFoundError, OSError):
        pass
    readline.set_history_length(1000)
    atexit.register(lambda: _save_history(readline, path))


def _save_history(readline, path: Path) -> None:
    try:
        readline.write_history_file(path)
    except OSError:
        pass


def run_console(engine, render: Callable[[Answer], str], stdin: TextIO | None = None,
                stdout: TextIO | None = None) -> int:
    """The loop. With a non-tty stdin it reads lines without prompts (scripts, tests)."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    interactive = stdin.isatty()
    if interactive:
        _enable_history()
        print(BANNER, file=stdout)
    while True:
        try:
            line = input(PROMPT) if interactive and stdin is sys.stdin else stdin.readline()
        except (EOFError, KeyboardInterrupt):
            print(file=stdout)
            return 0
        if not interactive and line == "":
            return 0
        question = line.strip()
        if question.lower() in QUIT:
            return 0
        if not question and not interactive:
            continue
        answer = engine.ask(question)
        print(render(answer), file=stdout)
        print(file=stdout, flush=True)
