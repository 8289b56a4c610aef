"""`briefbot`: parses arguments and wires the parts together; no logic of its own.

Heavy imports (spaCy, trafilatura, slack_bolt, discord) happen inside the command that
needs them, so `briefbot ask` starts fast.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from bot.settings import Settings

log = logging.getLogger("briefbot")

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    pass


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="briefbot", description="Answer briefing questions with attributed quotes from news articles.")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def with_db(sp: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sp.add_argument("--db", type=Path, help="the index file (default: $BRIEFBOT_DB or ./briefbot.db)")
        return sp

    sp = with_db(sub.add_parser("ingest", help="add articles (files, folders, URLs) to the index"))
    sp.add_argument("inputs", nargs="+", metavar="PATH_OR_URL")

    sp = with_db(sub.add_parser("ask", help="answer a question ('-' reads one question per line from stdin)"))
    sp.add_argument("question", nargs="+", metavar="QUESTION")
    sp.add_argument("--json", action="store_true", help="print one JSON object per question (see CONTRACT)")

    sp = with_db(sub.add_parser("console", help="a local chat REPL"))
    sp.add_argument("--render", choices=["text", "slack", "discord"], default="text",
                    help="show answers as the console does, or print the exact Slack/Discord payload")

    sp = with_db(sub.add_parser("slack", help="run the Slack bot"))
    mode = sp.add_mutually_exclusive_group()
    mode.add_argument("--http", action="store_true", help="serve Slack's HTTP requests (default)")
    mode.add_argument("--socket", action="store_true", help="connect in Socket Mode (needs SLACK_APP_TOKEN)")
    sp.add_argument("--port", type=int, help="HTTP port (default: $BRIEFBOT_SLACK_PORT or 3000)")
    sp.add_argument("--in-channel", action="store_true", help="post /brief answers in the channel, not only to the asker")

    with_db(sub.add_parser("discord", help="run the Discord bot"))

    sp = with_db(sub.add_parser("actors", help="list the actors the index knows"))
    sp.add_argument("name", nargs="?", help="show one actor (fuzzy)")
    sp.add_argument("--limit", type=int, default=50)

    sp = with_db(sub.add_parser("articles", help="list the articles in the index"))
    sp.add_argument("--limit", type=int, default=1000)

    sp = with_db(sub.add_parser("sources", help="list the sources (attributions) in the index"))
    sp.add_argument("--limit", type=int, default=100)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    settings = Settings.load()
    logging.basicConfig(level=getattr(logging, settings.log_level, logging.INFO),
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    db_path: Path = args.db or settings.db
    try:
        return COMMANDS[args.command](args, settings, db_path)
    except UsageError as exc:
        print(f"briefbot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("briefbot: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `briefbot ask - | head`: the reader left; not an error of ours
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:
        log.debug("failure", exc_info=True)
        print(f"briefbot: {exc}", file=sys.stderr)
        return EXIT_FAIL


def _notify(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _engine(db_path: Path, settings: Settings):
    """Open the index, first building it from the bundled seeds when it does not exist yet."""
    if not db_path.exists():
        from bot.pipeline import ensure_index
        ensure_index(db_path, settings, _notify)
    from bot.answer import Engine
    return Engine(db_path, settings).freeze()


def cmd_ingest(args, settings: Settings, db_path: Path) -> int:
    from bot.pipeline import ingest

    def show(o) -> None:
        if o.status == "failed":
            print(f"failed: {o.label}: {o.error}", flush=True)
        else:
            print(f"{o.status}: {o.label}" + (f" ({o.title})" if o.title else ""), flush=True)

    outcomes = ingest(args.inputs, db_path, settings, on_outcome=show)
    counts = {s: sum(o.status == s for o in outcomes) for s in ("added", "updated", "unchanged", "failed")}
    print(f"{len(outcomes)} input(s): " + ", ".join(f"{n} {s}" for s, n in counts.items()) + f" -> {db_path}")
    if not outcomes:
        print("briefbot: no articles found in the inputs", file=sys.stderr)
        return EXIT_FAIL
    return EXIT_FAIL if counts["failed"] else EXIT_OK


def cmd_ask(args, settings: Settings, db_path: Path) -> int:
    from bot.render import render_json, render_text
    engine = _engine(db_path, settings)
    render = render_json if args.json else render_text
    if args.question == ["-"]:
        questions = (line.rstrip("\r\n") for line in sys.stdin)
    else:
        questions = iter([" ".join(args.question)])
    for q in questions:
        answer = engine.ask(q)
        print(render(answer), flush=True)
        if not args.json:
            print(flush=True) if args.question == ["-"] else None
    return EXIT_OK


def cmd_console(args, settings: Settings, db_path: Path) -> int:
    from adapters.console import run_console
    engine = _engine(db_path, settings)
    if args.render == "slack":
        from adapters.slack_bot import render_preview
    elif args.render == "discord":
        from adapters.discord_bot import render_preview
    else:
        from bot.render import render_text as render_preview
    return run_console(engine, render_preview)


def cmd_slack(args, settings: Settings, db_path: Path) -> int:
    from adapters.slack_bot import run
    import dataclasses
    if args.in_channel:
        settings = dataclasses.replace(settings, slack_in_channel=True)
    engine = _engine(db_path, settings)
    run(settings, engine, mode="socket" if args.socket else "http", port=args.port or settings.slack_port)
    return EXIT_OK


def cmd_discord(args, settings: Settings, db_path: Path) -> int:
    from adapters.discord_bot import run
    engine = _engine(db_path, settings)
    run(settings, engine)
    return EXIT_OK


def cmd_actors(args, settings: Settings, db_path: Path) -> int:
    from bot.index.read import list_actors
    engine = _engine(db_path, settings)
    for row in list_actors(engine.reader, name=args.name, limit=args.limit):
        desc = f" — {row['description']}" if row.get("description") else ""
        aliases = f"  [{', '.join(row['aliases'])}]" if args.name else ""
        print(f"{row['name']} ({row['kind']}, {row['mentions']} mentions){desc}{aliases}")
    return EXIT_OK


def cmd_sources(args, settings: Settings, db_path: Path) -> int:
    from bot.index.read import list_sources
    engine = _engine(db_path, settings)
    for row in list_sources(engine.reader, limit=args.limit):
        cited = f", citing {row['cited']}" if row["cited"] else ""
        print(f"{row['source']}{cited} ({row['kind']}, {row['cue'] or '-'}): {row['sentences']} sentence(s) in {row['articles']} article(s)")
    return EXIT_OK


def cmd_articles(args, settings: Settings, db_path: Path) -> int:
    from bot.index.read import list_articles
    engine = _engine(db_path, settings)
    for row in list_articles(engine.reader, limit=args.limit):
        meta = ", ".join(x for x in (row["outlet"], row["published"]) if x)
        print(f"{row['id']}  {row['title']}" + (f" ({meta})" if meta else "") +
              f"  [{row['sentences']} sentences, {row['attributed']} attributed]  {row['source']}")
    return EXIT_OK


COMMANDS = {
    "ingest": cmd_ingest, "ask": cmd_ask, "console": cmd_console, "slack": cmd_slack,
    "discord": cmd_discord, "actors": cmd_actors, "sources": cmd_sources, "articles": cmd_articles,
}
