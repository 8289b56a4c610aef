"""HTTP mode on aiohttp's production server (not bolt's development `app.start()`).

Slack posts slash commands, events and interactions to /slack/events; bolt verifies the
signature and timestamp before anything else runs. /healthz answers load balancers.
"""

from __future__ import annotations

import logging

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.app.async_app import AsyncApp

log = logging.getLogger("briefbot.slack")

EVENTS_PATH = "/slack/events"
MAX_BODY = 1 << 20          # Slack's payloads are a few kilobytes; refuse anything absurd


def make_web_app(bolt_app: AsyncApp, path: str = EVENTS_PATH) -> web.Application:
    async def slack_events(request: web.Request) -> web.Response:
        bolt_resp = await bolt_app.async_dispatch(await to_bolt_request(request))
        return await to_aiohttp_response(bolt_resp)

    async def healthz(_: web.Request) -> web.Response:
        return web.Response(text="ok")

    web_app = web.Application(client_max_size=MAX_BODY)
    web_app.router.add_post(path, slack_events)
    web_app.router.add_get("/healthz", healthz)
    return web_app


async def start_http(bolt_app: AsyncApp, host: str, port: int) -> tuple[web.AppRunner, int]:
    """Serve until the runner is cleaned up; returns it and the bound port (port 0 picks one)."""
    runner = web.AppRunner(make_web_app(bolt_app), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    bound = runner.addresses[0][1] if runner.addresses else port
    log.info("Slack HTTP mode listening on http://%s:%s%s", host, bound, EVENTS_PATH)
    return runner, bound
