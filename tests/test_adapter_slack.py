"""The Slack adapter over real HTTP on 127.0.0.1, with a fake Slack Web API beside it.

Requests are signed with the signing secret exactly as Slack signs them; the fake records
everything the bot sends (Web API calls and response_url posts) so the tests assert on the
payloads Slack would receive.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from dataclasses import dataclass, replace
from typing import Any, AsyncIterator, Callable

import aiohttp
import pytest

from adapters.slack_bot import build_app, render_preview
from adapters.slack_bot.render import ERROR_TEXT, MAX_BLOCKS, SECTION_LIMIT, check_limits
from adapters.slack_bot.server import start_http
from bot.model import Answer
from bot.settings import Settings
from fake_slack import (
    BOT_USER_ID,
    FakeEngine,
    FakeSlack,
    event_body,
    excerpt,
    mention_event,
    sign,
    slash_command_body,
    texts,
)

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
FORM = "application/x-www-form-urlencoded"


# --------------------------------------------------------------------------- engines

# `seed_engine` (the real index of the bundled seed article, built once) comes from conftest.py.


# --------------------------------------------------------------------------- serving

@dataclass
class Served:
    url: str
    fake: FakeSlack
    session: aiohttp.ClientSession
    hooks: int = 0

    def hook(self) -> str:
        self.hooks += 1
        return self.fake.response_url(f"h{self.hooks}")

    async def post(self, body: str, content_type: str = FORM, *, secret: str = SECRET,
                   timestamp: int | None = None, headers: dict[str, str] | None = None) -> aiohttp.ClientResponse:
        h = {"Content-Type": content_type, **sign(secret, body, timestamp), **(headers or {})}
        async with self.session.post(self.url, data=body.encode(), headers=h) as resp:
            await resp.read()
            return resp

    async def command(self, text: str, **kw: Any) -> tuple[aiohttp.ClientResponse, str, str]:
        """Post `/brief text`; returns the HTTP response, its body and the response_url used."""
        url = self.hook()
        body = slash_command_body(text, url)
        h = {"Content-Type": FORM, **sign(SECRET, body)}
        async with self.session.post(self.url, data=body.encode(), headers=h) as resp:
            return resp, await resp.text(), url

    async def event(self, event: dict[str, Any], event_id: str, headers: dict[str, str] | None = None) -> aiohttp.ClientResponse:
        return await self.post(event_body(event, event_id), "application/json", headers=headers)


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    f = await FakeSlack().start()
    yield f
    await f.close()


@pytest.fixture
async def serve(fake: FakeSlack) -> AsyncIterator[Callable[..., Any]]:
    """`await serve(engine, **settings)` -> a Served bot on 127.0.0.1 talking to `fake`."""
    runners = []
    session = aiohttp.ClientSession()

    async def _serve(engine: Any, answer_timeout: float = 60.0, **overrides: Any) -> Served:
        settings = replace(Settings(slack_bot_token="xoxb-test-token", slack_signing_secret=SECRET,
                                    slack_api_url=fake.api_url), **overrides)
        runner, port = await start_http(build_app(settings, engine, answer_timeout=answer_timeout), "127.0.0.1", 0)
        runners.append(runner)
        return Served(f"http://127.0.0.1:{port}/slack/events", fake, session)

    yield _serve
    await session.close()
    for r in runners:
        await r.cleanup()


def hook_posts(fake: FakeSlack, url: str) -> list[dict[str, Any]]:
    return [c.payload for c in fake.of("response_url") if url.endswith(c.path)]


# --------------------------------------------------------------------------- slash command

async def test_slash_command_is_acked_then_answered_from_the_seed_index(serve, fake, seed_engine):
    bot = await serve(seed_engine)
    resp, body, url = await bot.command("What did Reuters report?")
    assert resp.status == 200 and body == ""        # an empty ack: the answer follows separately
    await fake.wait_for(lambda f: hook_posts(f, url))
    (reply,) = hook_posts(fake, url)
    assert reply["response_type"] == "ephemeral"
    assert "link_names" not in reply and "parse" not in reply
    blocks = reply["blocks"]
    assert blocks[0]["text"]["text"] == "*Q:* What did Reuters report?"
    quotes = [b["text"]["text"] for b in blocks if b["type"] == "section" and b["text"]["text"].startswith("> ")]
    contexts = [b["elements"][0]["text"] for b in blocks if b["type"] == "context"]
    hit = next(i for i, q in enumerate(quotes) if "Reuters, citing four sources familiar with the matter" in q)
    assert "reported that Israel is pressuring the US to keep Syria weak" in quotes[hit]
    assert "Reuters" in contexts[hit]
    assert "Israel seeks Russian cooperation to counter Turkish influence in Syria" in contexts[hit]
    assert blocks[-1]["type"] == "actions" and blocks[-1]["elements"][0]["value"] == "What did Reuters report?"
    assert reply["text"]                               # the notification fallback is never empty


async def test_channel_flag_and_setting_choose_where_the_answer_goes(serve, fake):
    engine = FakeEngine()
    bot = await serve(engine)
    _, _, url = await bot.command("--channel when did the port reopen?")
    await fake.wait_for(lambda f: hook_posts(f, url))
    (reply,) = hook_posts(fake, url)
    assert reply["response_type"] == "in_channel"
    assert all(b["type"] != "actions" for b in reply["blocks"])    # nothing to share: it is shared
    assert engine.questions == ["when did the port reopen?"]

    loud = await serve(engine, slack_in_channel=True)
    _, _, url = await loud.command("when did the port reopen?")
    _, _, private_url = await loud.command("--private when did the port reopen?")
    await fake.wait_for(lambda f: hook_posts(f, url) and hook_posts(f, private_url))
    assert hook_posts(fake, url)[0]["response_type"] == "in_channel"
    assert hook_posts(fake, private_url)[0]["response_type"] == "ephemeral"


async def test_bare_command_asks_for_the_briefing_and_help_is_answered_in_the_ack(serve, fake):
    engine = FakeEngine(lambda q: Answer(q, "briefing", True, [excerpt("Ships are moving again.", None)],
                                         note="The pack holds 1 article."))
    bot = await serve(engine)
    _, _, url = await bot.command("")
    await fake.wait_for(lambda f: hook_posts(f, url))
    assert engine.questions == [""]
    reply = hook_posts(fake, url)[0]
    assert reply["blocks"][0]["text"]["text"] == "*Briefing*"
    assert "The pack holds 1 article." in texts(reply)
    assert "— the article itself" in texts(reply)     # no attribution: the article's own voice

    resp, body, help_url = await bot.command("help")
    assert resp.status == 200
    ack = json.loads(body)
    assert ack["response_type"] == "ephemeral" and "/brief <question>" in texts(ack)
    await asyncio.sleep(0.2)
    assert engine.questions == [""] and not hook_posts(fake, help_url)


async def test_share_button_posts_the_answer_in_the_channel(serve, fake):
    engine = FakeEngine()
    bot = await serve(engine)
    url = bot.hook()
    payload = {"type": "block_actions", "team": {"id": "T0001"}, "user": {"id": "U777"},
               "api_app_id": "A0001", "token": "legacy-unused", "trigger_id": "1.2",
               "container": {"type": "message", "is_ephemeral": True}, "channel": {"id": "C0001"},
               "response_url": url,
               "actions": [{"type": "button", "action_id": "brief_share", "block_id": "b1",
                            "value": "when did the port reopen?", "action_ts": "1700000000.1"}]}
    from urllib.parse import urlencode
    resp = await bot.post(urlencode({"payload": json.dumps(payload)}))
    assert resp.status == 200
    await fake.wait_for(lambda f: hook_posts(f, url))
    reply = hook_posts(fake, url)[0]
    assert reply["response_type"] == "in_channel" and reply["replace_original"] is False
    assert "> The port reopened on Monday." in texts(reply)
    assert engine.questions == ["when did the port reopen?"]


async def test_too_long_question_gets_a_clear_message_without_asking_the_engine(serve, fake):
    engine = FakeEngine()
    bot = await serve(engine, max_question_chars=50)
    _, _, url = await bot.command("why " * 30)
    await fake.wait_for(lambda f: hook_posts(f, url))
    assert "at most 50" in texts(hook_posts(fake, url)[0]) and engine.questions == []


# --------------------------------------------------------------------------- mentions and DMs

async def test_mention_is_answered_in_its_thread_with_a_working_reaction(serve, fake, seed_engine):
    bot = await serve(seed_engine)
    resp = await bot.event(mention_event("What did Reuters report?", ts="1700000000.000100"), "Ev1")
    assert resp.status == 200
    await fake.wait_for(lambda f: f.of("chat.postMessage") and f.of("reactions.remove"))
    (post,) = [c.payload for c in fake.of("chat.postMessage")]
    assert post["channel"] == "C0001" and post["thread_ts"] == "1700000000.000100"
    assert "Reuters, citing four sources familiar with the matter" in texts(post)
    assert "Israel seeks Russian cooperation" in texts(post)
    assert f"<@{BOT_USER_ID}>" not in post["blocks"][0]["text"]["text"]
    assert "link_names" not in post and "parse" not in post
    added, removed = fake.of("reactions.add")[0].payload, fake.of("reactions.remove")[0].payload
    assert added["timestamp"] == removed["timestamp"] == "1700000000.000100"
    assert fake.calls.index(fake.of("reactions.add")[0]) < fake.calls.index(fake.of("chat.postMessage")[0])


async def test_a_mention_is_answered_even_when_the_reaction_is_refused(serve, fake, caplog):
    fake.errors = {"reactions.add": "missing_scope", "reactions.remove": "missing_scope"}
    bot = await serve(FakeEngine())
    with caplog.at_level(logging.WARNING, logger="briefbot.slack"):
        await bot.event(mention_event("when did the port reopen?"), "EvR")
        await fake.wait_for(lambda f: f.of("chat.postMessage"))
    assert "The port reopened on Monday." in texts(fake.of("chat.postMessage")[0].payload)
    assert any("missing_scope" in r.getMessage() for r in caplog.records)


async def test_mention_inside_a_thread_answers_in_that_thread(serve, fake):
    bot = await serve(FakeEngine())
    await bot.event(mention_event("port?", ts="1700000009.000200", thread_ts="1700000000.000001"), "Ev2")
    await fake.wait_for(lambda f: f.of("chat.postMessage"))
    assert fake.of("chat.postMessage")[0].payload["thread_ts"] == "1700000000.000001"


async def test_direct_message_is_answered_in_the_dm_and_other_messages_are_ignored(serve, fake):
    engine = FakeEngine()
    bot = await serve(engine)
    dm = {"type": "message", "channel_type": "im", "channel": "D0001", "user": "U777",
          "text": "when did the port reopen?", "ts": "1700000000.000300"}
    await bot.event({**dm, "channel_type": "channel", "channel": "C0001"}, "Ev3a")   # channel chatter
    await bot.event({**dm, "bot_id": "BOTHER", "ts": "1700000000.000301"}, "Ev3b")   # another bot
    await bot.event({**dm, "subtype": "message_changed", "ts": "1700000000.000302"}, "Ev3c")
    await bot.event(dm, "Ev3")
    await fake.wait_for(lambda f: f.of("chat.postMessage"))
    await asyncio.sleep(0.2)
    (post,) = [c.payload for c in fake.of("chat.postMessage")]
    assert post["channel"] == "D0001" and "thread_ts" not in post
    assert "The port reopened on Monday." in texts(post)
    assert engine.questions == ["when did the port reopen?"]


# --------------------------------------------------------------------------- security

async def test_bad_signature_and_stale_timestamp_are_rejected_and_nothing_is_sent(serve, fake):
    engine = FakeEngine()
    bot = await serve(engine)
    body = slash_command_body("What did Reuters report?", bot.hook())
    assert (await bot.post(body, secret="not-the-secret")).status == 401
    assert (await bot.post(body, timestamp=int(time.time()) - 10 * 60)).status == 401
    async with bot.session.post(bot.url, data=body, headers={"Content-Type": FORM}) as unsigned:
        assert unsigned.status == 401
    tampered = {"Content-Type": FORM, **sign(SECRET, body)}
    async with bot.session.post(bot.url, data=body.replace("Reuters", "Reuter5"), headers=tampered) as r:
        assert r.status == 401
    await asyncio.sleep(0.3)
    assert engine.questions == [] and fake.calls == []


PING_QUESTION = "<!channel> <!here> @here <@U123> <@U124|bob> <!subteam^S1|@team> @everyone &lt;b&gt;&amp;"
ALL_PINGS = ["<!", "<@", "<#", "@here", "@channel", "@everyone"]


def _assert_pings_no_one(payload: dict[str, Any]) -> None:
    assert "link_names" not in payload and "parse" not in payload
    blob = texts(payload)
    for ping in ALL_PINGS:
        assert ping not in blob, (ping, blob)
    for b in payload["blocks"]:
        for t in ([b["text"]] if b["type"] == "section" else b.get("elements", []) if b["type"] == "context" else []):
            assert t["type"] != "mrkdwn" or t.get("verbatim") is True


async def test_pings_in_questions_and_articles_ping_no_one(serve, fake):
    hostile = excerpt("Call <!everyone> and @channel now, said <@U999> & co.", source="<!here> desk")
    engine = FakeEngine(lambda q: Answer(q, "search", True, [hostile], note=f"About {q}"))
    bot = await serve(engine)
    _, _, url = await bot.command(PING_QUESTION)
    await bot.event(mention_event(PING_QUESTION), "Ev4")
    await fake.wait_for(lambda f: hook_posts(f, url) and f.of("chat.postMessage"))
    # the engine saw what the user typed, in plain text
    assert engine.questions[0] == "@channel @here @here @U123 @bob @team @everyone <b>&"
    for payload in [hook_posts(fake, url)[0], fake.of("chat.postMessage")[0].payload]:
        _assert_pings_no_one(payload)
        assert "&lt;b&gt;&amp;" in payload["blocks"][0]["text"]["text"]   # shown, escaped, harmless
        assert "Call &lt;!everyone&gt; and @\u200bchannel now" in texts(payload)


# --------------------------------------------------------------------------- failures

async def test_engine_error_is_a_polite_reply_and_a_logged_error_and_the_bot_goes_on(serve, fake, caplog):
    def flaky(q: str) -> Answer:
        if "explode" in q:
            raise RuntimeError("index is corrupt: secret detail")
        return Answer(q, "search", True, [excerpt("The port reopened on Monday.")])

    bot = await serve(FakeEngine(flaky))
    with caplog.at_level(logging.ERROR, logger="briefbot.slack"):
        _, _, url = await bot.command("please explode")
        await fake.wait_for(lambda f: hook_posts(f, url))
    reply = hook_posts(fake, url)[0]
    assert ERROR_TEXT in texts(reply)
    assert "secret detail" not in json.dumps(reply) and "Traceback" not in json.dumps(reply)
    assert reply["response_type"] == "ephemeral"
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR and r.name == "briefbot.slack"]
    assert errors and errors[0].exc_info and "secret detail" in str(errors[0].exc_info[1])

    _, _, url2 = await bot.command("when did the port reopen?")
    await fake.wait_for(lambda f: hook_posts(f, url2))
    assert "The port reopened on Monday." in texts(hook_posts(fake, url2)[0])


async def test_nothing_found_is_a_short_polite_reply_with_suggestions(serve, fake):
    engine = FakeEngine(lambda q: Answer(q, "who_is", False, note="Nothing in the pack mentions Gofmann.",
                                         suggestions=["Roman Gofman"]))
    bot = await serve(engine)
    await bot.event(mention_event("who is Gofmann?"), "Ev5")
    await fake.wait_for(lambda f: f.of("chat.postMessage"))
    post = fake.of("chat.postMessage")[0].payload
    assert post["text"] == "Nothing in the pack mentions Gofmann."
    assert "Did you mean: *Roman Gofman*?" in texts(post)
    assert not any(b["text"]["text"].startswith("> ") for b in post["blocks"] if b["type"] == "section")


async def test_the_same_event_delivered_twice_is_answered_once(serve, fake):
    engine = FakeEngine()
    bot = await serve(engine)
    ev = mention_event("when did the port reopen?")
    first = await bot.event(ev, "EvDup")
    again = await bot.event(ev, "EvDup", headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
    assert first.status == again.status == 200
    await fake.wait_for(lambda f: f.of("reactions.remove"))
    await asyncio.sleep(0.3)
    assert len(fake.of("chat.postMessage")) == 1 and engine.questions == ["when did the port reopen?"]


async def test_an_answer_beyond_slack_limits_is_split_within_them(serve, fake):
    giant = " ".join(f"Sentence {i} says the harbour & the <docks> reopened." for i in range(400))   # ~20k chars
    many = [excerpt(f"Excerpt number {i} is short.") for i in range(60)]
    engine = FakeEngine(lambda q: Answer(q, "search", True, [excerpt(giant), *many] if "all" in q else [excerpt(giant)]))
    bot = await serve(engine)
    _, _, url = await bot.command("giant")
    await bot.event(mention_event("all of it"), "Ev6")
    await fake.wait_for(lambda f: hook_posts(f, url) and len(f.of("chat.postMessage")) >= 2)
    await asyncio.sleep(0.3)
    replies = hook_posts(fake, url)
    posts = [c.payload for c in fake.of("chat.postMessage")]
    for m in replies + posts:
        assert check_limits(m) == [], check_limits(m)
        assert len(m["blocks"]) <= MAX_BLOCKS
        assert all(len(b["text"]["text"]) <= SECTION_LIMIT for b in m["blocks"] if b["type"] == "section")
    # the whole giant quote arrives, in order, across sections (escaped, never cut inside an entity)
    body = " ".join(b["text"]["text"][2:] for m in replies for b in m["blocks"]
                    if b["type"] == "section" and b["text"]["text"].startswith("> "))
    assert " ".join(body.split()) == giant.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert len(posts) >= 2 and all(p["thread_ts"] == "1700000000.000100" for p in posts)
    assert "Excerpt number 0 is short." in "".join(texts(p) for p in posts)


async def test_rate_limited_web_api_and_response_url_calls_are_retried(serve, fake):
    fake.rate_limit_once = {"chat.postMessage", "response_url"}
    bot = await serve(FakeEngine())
    _, _, url = await bot.command("when did the port reopen?")
    await bot.event(mention_event("when did the port reopen?"), "Ev7")
    await fake.wait_for(lambda f: f.of("chat.postMessage") and hook_posts(f, url), timeout=15)
    assert [c.status for c in fake.of("chat.postMessage", delivered=False)] == [429, 200]
    assert [c.status for c in fake.of("response_url", delivered=False)] == [429, 200]
    assert "The port reopened on Monday." in texts(fake.of("chat.postMessage")[0].payload)


async def test_a_slow_answer_does_not_hold_up_other_requests(serve, fake):
    release = threading.Event()

    def slow_then_fast(q: str) -> Answer:
        if "slow" in q:
            release.wait(10)
        return Answer(q, "search", True, [excerpt(f"Answer to {q}.")])

    bot = await serve(FakeEngine(slow_then_fast))
    _, _, slow_url = await bot.command("slow one")      # its engine call blocks until released
    resp, _, fast_url = await bot.command("fast one")
    assert resp.status == 200
    await fake.wait_for(lambda f: hook_posts(f, fast_url))
    assert not hook_posts(fake, slow_url)          # still thinking, yet the other was answered
    release.set()
    await fake.wait_for(lambda f: hook_posts(f, slow_url))


async def test_an_answer_that_never_comes_gets_a_polite_timeout_reply(serve, fake):
    release = threading.Event()
    bot = await serve(FakeEngine(lambda q: release.wait(10) and None), answer_timeout=0.3)
    _, _, url = await bot.command("anything")
    await fake.wait_for(lambda f: hook_posts(f, url))
    release.set()
    assert "took too long" in texts(hook_posts(fake, url)[0])


async def test_events_url_verification_is_answered_for_app_setup(serve):
    bot = await serve(FakeEngine())
    body = json.dumps({"token": "legacy-unused", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
                       "type": "url_verification"})
    h = {"Content-Type": "application/json", **sign(SECRET, body)}
    async with bot.session.post(bot.url, data=body, headers=h) as resp:
        assert resp.status == 200
        assert (await resp.json())["challenge"].startswith("3eZbrw1aBm2rZgRNFdxV2595E9CY")


def test_render_preview_prints_the_exact_response_url_payload():
    answer = Answer("What did the Harbour Authority say?", "statements_by", True, [excerpt("The port reopened on Monday.")])
    (payload,) = json.loads(render_preview(answer))
    assert payload["response_type"] == "ephemeral" and payload["replace_original"] is False
    assert payload["blocks"][1]["text"]["text"] == "> The port reopened on Monday."
    assert payload["blocks"][2]["elements"][0]["text"] == (
        "— Harbour Authority · <https://example.com/ports?id=1&amp;x=2|Ports &amp; &lt;Harbours&gt; weekly>"
        " (Example News, 2024-12-10)")
    assert check_limits(payload) == []


def test_http_mode_refuses_to_start_without_a_signing_secret():
    from adapters.slack_bot import SlackConfigError
    with pytest.raises(SlackConfigError, match="SLACK_SIGNING_SECRET"):
        build_app(Settings(slack_bot_token="xoxb-t"), FakeEngine())
    with pytest.raises(SlackConfigError, match="SLACK_BOT_TOKEN"):
        build_app(Settings(slack_signing_secret=SECRET), FakeEngine(), socket_mode=True)


# --------------------------------------------------------------------------- input parsing (pure)

def test_slack_wire_text_becomes_what_the_user_typed():
    from adapters.slack_bot.app import from_slack, strip_bot_mention
    assert from_slack("Is <https://ex.com/a|this> by <@U1|ann> in <#C1|general> &lt;ok&gt; &amp;amp;?") == (
        "Is this by @ann in #general <ok> &amp;?")
    assert from_slack("<!here> <!channel> <!subteam^S1|@ops> <!date^1392734382^{date}|Feb 18>") == (
        "@here @channel @ops Feb 18")
    assert strip_bot_mention("<@UBOT> what did <@UBOT|briefbot>\n Reuters say?", "UBOT") == "what did Reuters say?"
    assert strip_bot_mention("<@UOTHER> hi", "UBOT") == "@UOTHER hi"


def test_command_flags_and_help():
    from adapters.slack_bot.app import CommandArgs, parse_command
    assert parse_command("What did Reuters report?", False) == CommandArgs("What did Reuters report?", False)
    assert parse_command("--channel  What did Reuters report?", False) == CommandArgs("What did Reuters report?", True)
    assert parse_command("--private What?", True) == CommandArgs("What?", False)
    assert parse_command("help", False).help and parse_command("--channel HELP", False).help
    assert not parse_command("help me understand Syria", False).help
    assert parse_command("", True) == CommandArgs("", True)
    assert parse_command("what about --channel?", False) == CommandArgs("what about --channel?", False)


def test_manifests_declare_what_the_adapter_handles():
    """Creating the app by pasting a manifest must give it the command, events and scopes it uses."""
    import re
    from pathlib import Path

    from adapters.slack_bot.app import COMMAND
    here = Path(__file__).resolve().parents[1] / "adapters" / "slack_bot"
    for name, socket in (("manifest.yaml", "true"), ("manifest-http.yaml", "false")):
        text = (here / name).read_text()
        assert re.search(rf"^\s*- command: {re.escape(COMMAND)}\s*$", text, re.M)
        for item in ("app_mention", "message.im", "commands", "app_mentions:read", "chat:write",
                     "im:history", "reactions:write"):
            assert re.search(rf"^\s*- {re.escape(item)}\b", text, re.M), (name, item)
        assert re.search(rf"^\s*socket_mode_enabled: {socket}\s*$", text, re.M)
        assert "link_names" not in text
    http = (here / "manifest-http.yaml").read_text()
    assert len(re.findall(r"^\s*(?:url|request_url): https://\S+/slack/events$", http, re.M)) == 3   # command, events, interactivity
