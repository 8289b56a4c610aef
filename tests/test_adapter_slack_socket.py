"""Socket Mode: the real slack_sdk aiohttp client connects to a local websocket playing Slack.

The fake Web API's apps.connections.open hands out a ws:// URL on 127.0.0.1; the fake sends
`hello`, then envelopes as Slack would, and records the acks and whatever the bot posts.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any, AsyncIterator
from urllib.parse import parse_qsl

import pytest

from adapters.slack_bot import SlackConfigError, serve
from bot.settings import Settings
from fake_slack import FakeEngine, FakeSlack, event_body, mention_event, slash_command_body, texts

APP_TOKEN = "xapp-1-A0001-test"


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    f = await FakeSlack().start()
    yield f
    await f.close()


@pytest.fixture
async def socket_bot(fake: FakeSlack) -> AsyncIterator[FakeEngine]:
    engine = FakeEngine()
    settings = Settings(slack_bot_token="xoxb-test-token", slack_app_token=APP_TOKEN, slack_api_url=fake.api_url)
    stop = asyncio.Event()
    task = asyncio.create_task(serve(settings, engine, mode="socket", stop=stop))
    await fake.socket_connected()
    yield engine
    stop.set()
    await asyncio.wait_for(task, 10)


def acked(fake: FakeSlack, envelope_id: str) -> list[dict[str, Any]]:
    return [a for a in fake.socket_acks if a.get("envelope_id") == envelope_id]


def events_envelope(envelope_id: str, event_id: str, retry: int = 0) -> dict[str, Any]:
    return {"envelope_id": envelope_id, "type": "events_api", "accepts_response_payload": False,
            "retry_attempt": retry, "retry_reason": "timeout" if retry else "",
            "payload": json.loads(event_body(mention_event("when did the port reopen?"), event_id))}


async def test_socket_mode_connects_with_the_app_token_and_answers_a_mention_once(fake, socket_bot):
    (opened,) = fake.of("apps.connections.open")
    assert opened.headers["Authorization"] == f"Bearer {APP_TOKEN}"     # the xapp token, not the bot's

    await fake.socket_send(events_envelope("env-1", "EvS1"))
    await fake.wait_for(lambda f: acked(f, "env-1") and f.of("reactions.remove"))
    (post,) = [c.payload for c in fake.of("chat.postMessage")]
    assert post["thread_ts"] == "1700000000.000100"
    assert "The port reopened on Monday." in texts(post)
    assert fake.of("chat.postMessage")[0].headers["Authorization"] == "Bearer xoxb-test-token"

    # Slack redelivers the same event (its retry): acknowledged again, answered never again
    await fake.socket_send(events_envelope("env-2", "EvS1", retry=1))
    await fake.wait_for(lambda f: acked(f, "env-2"))
    await asyncio.sleep(0.3)
    assert len(fake.of("chat.postMessage")) == 1 and socket_bot.questions == ["when did the port reopen?"]


async def test_socket_mode_slash_command_is_acked_on_the_socket_and_answered_at_response_url(fake, socket_bot):
    url = fake.response_url("sock")
    payload = dict(parse_qsl(slash_command_body("--channel when did the port reopen?", url)))
    await fake.socket_send({"envelope_id": "env-3", "type": "slash_commands",
                            "accepts_response_payload": True, "payload": payload})
    await fake.wait_for(lambda f: acked(f, "env-3") and f.of("response_url"))
    assert "payload" not in acked(fake, "env-3")[0]      # an empty ack, sent before the answer
    reply = fake.of("response_url")[0].payload
    assert reply["response_type"] == "in_channel"
    assert "> The port reopened on Monday." in texts(reply)
    assert socket_bot.questions == ["when did the port reopen?"]


async def test_socket_mode_needs_an_app_token_that_slack_accepts(fake):
    with pytest.raises(SlackConfigError, match="SLACK_APP_TOKEN is not set"):
        await serve(Settings(slack_bot_token="xoxb-t"), FakeEngine(), mode="socket")
    refused = Settings(slack_bot_token="xoxb-t", slack_app_token="xapp-revoked", slack_api_url=fake.api_url)
    with pytest.raises(SlackConfigError, match="Slack refused SLACK_APP_TOKEN: invalid_auth"):
        await asyncio.wait_for(serve(refused, FakeEngine(), mode="socket"), 10)


async def test_a_refused_bot_token_or_unreachable_api_stops_start_up_with_one_clear_line(fake):
    refused = Settings(slack_bot_token="xoxb-revoked", slack_app_token=APP_TOKEN, slack_api_url=fake.api_url)
    with pytest.raises(SlackConfigError, match="Slack refused SLACK_BOT_TOKEN: invalid_auth"):
        await asyncio.wait_for(serve(refused, FakeEngine(), mode="socket"), 10)
    port = fake.port
    await fake.close()                                  # nothing listens there any more
    gone = Settings(slack_bot_token="xoxb-t", slack_signing_secret="s", slack_api_url=f"http://127.0.0.1:{port}/api/")
    with pytest.raises(SlackConfigError, match="cannot reach the Slack Web API at http://127.0.0.1"):
        await asyncio.wait_for(serve(gone, FakeEngine(), mode="http", port=0, host="127.0.0.1"), 20)
