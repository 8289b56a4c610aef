"""A fake Slack on 127.0.0.1: the Web API, response_url endpoints and a Socket Mode websocket.

It records everything the bot sends so tests can assert on the exact payloads, can answer
a method with HTTP 429 + Retry-After once (to prove the retry), and plays Slack's side of
Socket Mode (hello, envelopes, acks). Also: request signing, as Slack signs its requests.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable
from urllib.parse import urlencode

from aiohttp import WSMsgType, web

from bot.model import Answer, ArticleRef, Attribution, Excerpt

BOT_USER_ID = "UBOT"
BOT_ID = "BBOT"
TEAM_ID = "T0001"


def sign(secret: str, body: str, timestamp: int | None = None) -> dict[str, str]:
    """Slack's v0 request signature headers for `body`."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def slash_command_body(text: str, response_url: str, *, command: str = "/brief", user: str = "U777") -> str:
    """A form-encoded slash command as Slack posts it (`text` in Slack's escaped wire format)."""
    return urlencode({
        "token": "legacy-unused", "team_id": TEAM_ID, "team_domain": "example",
        "channel_id": "C0001", "channel_name": "general", "user_id": user, "user_name": "ann",
        "command": command, "text": text, "api_app_id": "A0001", "is_enterprise_install": "false",
        "response_url": response_url, "trigger_id": "1.2.3",
    })


def event_body(event: dict[str, Any], event_id: str) -> str:
    """An Events API `event_callback` JSON body."""
    return json.dumps({
        "token": "legacy-unused", "team_id": TEAM_ID, "api_app_id": "A0001", "type": "event_callback",
        "event_id": event_id, "event_time": int(time.time()), "event": event,
        "authorizations": [{"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True}],
    })


def mention_event(text: str, *, ts: str = "1700000000.000100", channel: str = "C0001",
                  thread_ts: str | None = None) -> dict[str, Any]:
    ev = {"type": "app_mention", "user": "U777", "text": f"<@{BOT_USER_ID}> {text}", "ts": ts,
          "channel": channel, "event_ts": ts}
    if thread_ts:
        ev["thread_ts"] = thread_ts
    return ev


@dataclass
class Call:
    method: str                     # "chat.postMessage", or "response_url" for webhook posts
    payload: dict[str, Any]
    headers: dict[str, str]
    status: int = 200
    path: str = ""


@dataclass
class FakeSlack:
    """Start with `await fake.start()`; `fake.api_url` goes into Settings.slack_api_url."""

    calls: list[Call] = field(default_factory=list)
    socket_acks: list[dict[str, Any]] = field(default_factory=list)
    rate_limit_once: set[str] = field(default_factory=set)   # methods (or "response_url") to 429 once
    retry_after: int = 0
    errors: dict[str, str] = field(default_factory=dict)      # method -> Slack error code to answer with
    _changed: asyncio.Condition = field(default_factory=asyncio.Condition)
    _ws: web.WebSocketResponse | None = None
    _ws_ready: asyncio.Event = field(default_factory=asyncio.Event)
    _runner: web.AppRunner | None = None
    _ts: Any = field(default_factory=lambda: itertools.count(1))
    port: int = 0

    # -- lifecycle -------------------------------------------------------------------
    async def start(self) -> "FakeSlack":
        app = web.Application()
        app.router.add_post("/api/{method}", self._api)
        app.router.add_post("/response/{hook}", self._response_url)
        app.router.add_get("/socket", self._socket)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def close(self) -> None:
        if self._ws is not None and not self._ws.closed:
            await self._ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        return f"{self.base}/api/"

    def response_url(self, hook: str) -> str:
        return f"{self.base}/response/{hook}"

    # -- queries ---------------------------------------------------------------------
    def of(self, method: str, *, delivered: bool = True) -> list[Call]:
        """Calls to `method`; by default only those answered with 200 (not the 429s)."""
        return [c for c in self.calls if c.method == method and (c.status == 200 or not delivered)]

    async def wait_for(self, predicate: Callable[["FakeSlack"], bool], timeout: float = 10.0) -> None:
        async def _wait() -> None:
            async with self._changed:
                await self._changed.wait_for(lambda: predicate(self))
        await asyncio.wait_for(_wait(), timeout)

    async def _record(self, call: Call) -> None:
        async with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    def _throttle(self, method: str) -> bool:
        if method in self.rate_limit_once:
            self.rate_limit_once.discard(method)
            return True
        return False

    # -- Web API ---------------------------------------------------------------------
    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        payload = await _payload(request)
        headers = dict(request.headers)
        if self._throttle(method):
            await self._record(Call(method, payload, headers, 429, request.path))
            return web.json_response({"ok": False, "error": "ratelimited"}, status=429,
                                     headers={"Retry-After": str(self.retry_after)})
        await self._record(Call(method, payload, headers, 200, request.path))
        if "revoked" in headers.get("Authorization", ""):
            return web.json_response({"ok": False, "error": "invalid_auth"})
        if method in self.errors:
            return web.json_response({"ok": False, "error": self.errors[method]})
        if method == "auth.test":
            return web.json_response({"ok": True, "url": "https://example.slack.com/", "team": "Example",
                                      "user": "briefbot", "team_id": TEAM_ID, "user_id": BOT_USER_ID,
                                      "bot_id": BOT_ID, "is_enterprise_install": False})
        if method == "apps.connections.open":
            return web.json_response({"ok": True, "url": f"ws://127.0.0.1:{self.port}/socket"})
        if method == "chat.postMessage":
            return web.json_response({"ok": True, "channel": payload.get("channel"),
                                      "ts": f"1700000001.{next(self._ts):06d}", "message": {}})
        return web.json_response({"ok": True})

    async def _response_url(self, request: web.Request) -> web.Response:
        payload = await request.json()
        headers = dict(request.headers)
        if self._throttle("response_url"):
            await self._record(Call("response_url", payload, headers, 429, request.path))
            return web.Response(status=429, text="rate_limited", headers={"Retry-After": str(self.retry_after)})
        await self._record(Call("response_url", payload, headers, 200, request.path))
        return web.Response(text="ok")

    # -- Socket Mode -----------------------------------------------------------------
    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self._ws = ws
        await ws.send_str(json.dumps({"type": "hello", "num_connections": 1,
                                      "connection_info": {"app_id": "A0001"}}))
        self._ws_ready.set()
        async for msg in ws:
            if msg.type == WSMsgType.TEXT:
                async with self._changed:
                    self.socket_acks.append(json.loads(msg.data))
                    self._changed.notify_all()
        return ws

    async def socket_connected(self, timeout: float = 10.0) -> None:
        await asyncio.wait_for(self._ws_ready.wait(), timeout)

    async def socket_send(self, envelope: dict[str, Any]) -> None:
        assert self._ws is not None, "no Socket Mode client connected"
        await self._ws.send_str(json.dumps(envelope))


async def _payload(request: web.Request) -> dict[str, Any]:
    """JSON body, or form fields plus query parameters (slack_sdk sends some methods' args as params)."""
    if request.content_type == "application/json":
        return {**request.query, **await request.json()}
    form = await request.post()
    out: dict[str, Any] = dict(request.query)
    for k, v in form.items():
        out[k] = json.loads(v) if k in ("blocks", "attachments") and isinstance(v, str) else v
    return out


# --------------------------------------------------------------------------- engine fakes and helpers

ARTICLE = ArticleRef("a1", "Ports & <Harbours> weekly", "Example News", "https://example.com/ports?id=1&x=2", "2024-12-10")

class FakeEngine:
    """Hand-made answers for the cases the seed article cannot stage (limits, pings, errors)."""

    def __init__(self, answer: Callable[[str], Answer] | None = None):
        self.questions: list[str] = []
        self._answer = answer or (lambda q: Answer(q, "search", True, [excerpt("The port reopened on Monday.")]))
        self.lock = threading.Lock()

    def ask(self, question: str) -> Answer:
        with self.lock:
            self.questions.append(question)
        return self._answer(question)


def excerpt(quote: str, source: str | None = "Harbour Authority", cited: str | None = None) -> Excerpt:
    attribution = Attribution(source, "organization", "said", cited) if source else None
    return Excerpt(quote, attribution, ARTICLE, 3, 1)


def texts(payload: dict[str, Any]) -> str:
    """Every piece of text in a message payload, for 'is it in there' assertions."""
    out = [payload.get("text", "")]
    for b in payload.get("blocks", []):
        if b["type"] == "section":
            out.append(b["text"]["text"])
        elif b["type"] in ("context", "actions"):
            out.extend(el["text"] if isinstance(el["text"], str) else el["text"]["text"] for el in b["elements"])
    return "\n".join(out)
