"""The Slack adapter: `briefbot slack` (HTTP or Socket Mode) and the `--render slack` preview."""

from __future__ import annotations

import asyncio
import json
import logging
import signal
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_sdk.errors import SlackApiError

from adapters.slack_bot.app import ENGINE_WORKERS, AnswerEngine, SlackConfigError, build_app
from adapters.slack_bot.render import RESPONSE_URL_MAX_MESSAGES, render_answer
from bot.model import Answer
from bot.settings import Settings

log = logging.getLogger("briefbot.slack")

__all__ = ["run", "serve", "render_preview", "build_app", "SlackConfigError"]


def render_preview(answer: Answer, in_channel: bool = False) -> str:
    """The exact JSON payload(s) `/brief` would post to its response_url for this answer."""
    payloads = [{"response_type": "in_channel" if in_channel else "ephemeral", "replace_original": False, **m}
                for m in render_answer(answer, share=not in_channel, max_messages=RESPONSE_URL_MAX_MESSAGES)]
    return json.dumps(payloads, indent=2, ensure_ascii=False)


async def serve(settings: Settings, engine: AnswerEngine, mode: str = "http", port: int | None = None,
                host: str = "0.0.0.0", stop: asyncio.Event | None = None) -> None:
    """Run until `stop` is set (or SIGINT/SIGTERM). Config problems raise SlackConfigError first."""
    if mode not in ("http", "socket"):
        raise SlackConfigError(f"unknown mode {mode!r}: use 'http' or 'socket'")
    if mode == "socket" and not settings.slack_app_token:
        raise SlackConfigError("SLACK_APP_TOKEN is not set; Socket Mode needs an app-level token (xapp-...)")
    executor = ThreadPoolExecutor(ENGINE_WORKERS, thread_name_prefix="briefbot-engine")
    app = build_app(settings, engine, socket_mode=mode == "socket", executor=executor)
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    installed = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
            installed.append(sig)
        except (NotImplementedError, RuntimeError, ValueError):  # not the main thread, or Windows
            pass
    try:
        await _check_token(app.client, "SLACK_BOT_TOKEN", app.client.auth_test)
        if mode == "http":
            from adapters.slack_bot.server import start_http
            runner, _ = await start_http(app, host, settings.slack_port if port is None else port)
            try:
                await stop.wait()
            finally:
                await runner.cleanup()
        else:
            from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
            handler = AsyncSocketModeHandler(app, settings.slack_app_token)
            # the first websocket URL is fetched here so a bad app token fails fast and clearly
            # (the client would otherwise retry forever); reconnections fetch their own
            opened = await _check_token(app.client, "SLACK_APP_TOKEN", app.client.apps_connections_open,
                                        app_token=settings.slack_app_token)
            handler.client.wss_uri = opened["url"]
            await handler.connect_async()
            log.info("Slack Socket Mode connected")
            try:
                await stop.wait()
            finally:
                await handler.close_async()
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)
        executor.shutdown(wait=False, cancel_futures=True)


async def _check_token(client: Any, name: str, call: Any, **kwargs: Any) -> Any:
    """One Web API call at start-up: a refused token or an unreachable API is a one-line error."""
    try:
        return await call(**kwargs)
    except SlackApiError as e:
        raise SlackConfigError(f"Slack refused {name}: {e.response.get('error')}") from None
    except Exception as e:
        raise SlackConfigError(f"cannot reach the Slack Web API at {client.base_url}: {e}") from None


def run(settings: Settings, engine: AnswerEngine, mode: str = "http", port: int | None = None,
        host: str = "0.0.0.0") -> None:
    """Blocking entry point for `briefbot slack`."""
    asyncio.run(serve(settings, engine, mode, port, host))
