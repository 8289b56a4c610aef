"""Bolt wiring: a Slack event -> Engine.ask in a worker thread -> render -> send.

One AsyncApp serves both HTTP mode and Socket Mode. Slack needs an acknowledgement within
3 seconds, so every handler acks first and answers afterwards; the engine runs in a thread
pool so one slow answer never holds up the event loop (and with it every other request).
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections import OrderedDict
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol

from slack_bolt.app.async_app import AsyncApp
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from adapters.slack_bot.render import (
    RESPONSE_URL_MAX_MESSAGES,
    SHARE_ACTION_ID,
    Message,
    render_answer,
    render_error,
    render_help,
    render_notice,
)
from bot.model import Answer
from bot.settings import Settings

log = logging.getLogger("briefbot.slack")

COMMAND = "/brief"
WORKING_REACTION = "hourglass_flowing_sand"
THREAD_MAX_MESSAGES = 5          # a thread reply is never a flood, even for a huge answer
ENGINE_WORKERS = 4
RATE_LIMIT_RETRIES = 3
ANSWER_TIMEOUT = 60.0            # seconds before the user is told it took too long (response_url lives 30 min)
HELP_WORDS = {"help", "--help", "-h", "?"}
CHANNEL_FLAGS = {"--channel", "--public", "-c"}
PRIVATE_FLAGS = {"--private", "--me", "-p"}


class SlackConfigError(ValueError):
    """A setting the chosen mode needs is missing; the message names the variable."""


class AnswerEngine(Protocol):
    def ask(self, question: str) -> Answer: ...


# --------------------------------------------------------------------------- input parsing

_TOKEN = re.compile(r"<([^<>]*)>")


def _plain_token(m: re.Match[str]) -> str:
    target, _, label = m.group(1).partition("|")
    if target.startswith(("@", "#")):
        return target[0] + (label.lstrip("@#") or target[1:])
    if target.startswith("!"):            # <!here>, <!channel>, <!subteam^S1|@team>, <!date^...|text>
        return label or "@" + target[1:].split("^")[0]
    return label or target                # a link: keep what the user saw


def from_slack(text: str) -> str:
    """Slack's wire format -> the plain text the user typed: `<@U1|ann>` -> `@ann`, `&lt;` -> `<`.

    The engine sees what a person would read; the reply escapes it again on the way out."""
    text = _TOKEN.sub(_plain_token, text)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return " ".join(text.split())


def strip_bot_mention(text: str, bot_user_id: str | None) -> str:
    """The question in '@briefbot What did Reuters report?', in Slack's wire format."""
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(\|[^>]*)?>", " ", text)
    return from_slack(text)


@dataclass(frozen=True)
class CommandArgs:
    question: str
    in_channel: bool
    help: bool = False


def parse_command(text: str, default_in_channel: bool) -> CommandArgs:
    """`/brief [--channel|--private] [question]`, `/brief help`; flags only at the start."""
    words = from_slack(text).split()
    in_channel = default_in_channel
    while words and words[0].lower() in CHANNEL_FLAGS | PRIVATE_FLAGS:
        in_channel = words.pop(0).lower() in CHANNEL_FLAGS
    if len(words) == 1 and words[0].lower() in HELP_WORDS:
        return CommandArgs("", in_channel, help=True)
    return CommandArgs(" ".join(words), in_channel)


class SeenEvents:
    """A bounded memory of event ids: Slack redelivers an event it thinks went unanswered."""

    def __init__(self, capacity: int = 4096):
        self.capacity = capacity
        self._ids: OrderedDict[str, None] = OrderedDict()

    def first_time(self, event_id: str) -> bool:
        if event_id in self._ids:
            self._ids.move_to_end(event_id)
            return False
        self._ids[event_id] = None
        if len(self._ids) > self.capacity:
            self._ids.popitem(last=False)
        return True


@dataclass
class Reply:
    messages: list[Message]
    ok: bool                      # False for errors and input problems: never shared in a channel


# --------------------------------------------------------------------------- the bot

class SlackBot:
    """The handlers; holds the engine, its thread pool and the event-id memory."""

    def __init__(self, settings: Settings, engine: AnswerEngine, executor: Executor,
                 answer_timeout: float = ANSWER_TIMEOUT):
        self.settings = settings
        self.engine = engine
        self.executor = executor
        self.answer_timeout = answer_timeout
        self.seen = SeenEvents()

    # -- answering ---------------------------------------------------------------------

    async def compose(self, question: str, *, share: bool, max_messages: int) -> Reply:
        """Question -> rendered messages. Never raises: failures become a polite message."""
        q = question.strip()
        if q.lower() in HELP_WORDS:
            return Reply([render_help(COMMAND)], ok=False)
        limit = self.settings.max_question_chars
        if len(q) > limit:
            return Reply([render_notice(
                f"That question is {len(q):,} characters long; I take at most {limit:,}. "
                "Please ask a shorter one.")], ok=False)
        loop = asyncio.get_running_loop()
        started = time.perf_counter()
        try:
            answer = await asyncio.wait_for(loop.run_in_executor(self.executor, self.engine.ask, q),
                                            self.answer_timeout)
            messages = render_answer(answer, share=share, max_messages=max_messages)
            log.info("answered a %d-character question in %.0f ms (found=%s, %d excerpts, %d messages)",
                     len(q), (time.perf_counter() - started) * 1000, answer.found, len(answer.excerpts), len(messages))
            return Reply(messages, ok=True)
        except asyncio.TimeoutError:
            log.error("no answer after %.0f s for a %d-character question", self.answer_timeout, len(q))
            return Reply([render_notice("Sorry, that took too long to answer. Please try again, "
                                        "perhaps with a narrower question.")], ok=False)
        except Exception:
            log.exception("answering failed for a %d-character question", len(q))
            return Reply([render_error()], ok=False)

    async def post_to_response_url(self, url: str, messages: list[Message], *, in_channel: bool) -> None:
        """Deliver through a command's or an action's response_url (retried on 429)."""
        hook = AsyncWebhookClient(url, timeout=15, retry_handlers=_retry_handlers())
        for m in messages:
            payload = {"response_type": "in_channel" if in_channel else "ephemeral",
                       "replace_original": False, **m}
            try:
                resp = await hook.send_dict(payload)
            except Exception:
                log.exception("could not reach the response_url")
                return
            if resp.status_code != 200:
                log.error("response_url refused the reply: HTTP %s %s", resp.status_code, resp.body[:200])
                return

    async def post_in_conversation(self, client: AsyncWebClient, channel: str, thread_ts: str | None,
                                   messages: list[Message]) -> None:
        for m in messages:
            kwargs: dict[str, Any] = {"channel": channel, "text": m["text"], "blocks": m["blocks"],
                                      "unfurl_links": False, "unfurl_media": False}
            if thread_ts:
                kwargs["thread_ts"] = thread_ts
            try:
                await client.chat_postMessage(**kwargs)
            except SlackApiError as e:
                log.error("chat.postMessage failed in %s: %s", channel, e.response.get("error"))
                return
            except Exception:
                log.exception("chat.postMessage failed in %s", channel)
                return

    async def _react(self, client: AsyncWebClient, add: bool, channel: str, ts: str) -> None:
        """The 'working on it' reaction is a courtesy: a failure (e.g. no reactions:write) is only logged."""
        try:
            if add:
                await client.reactions_add(channel=channel, timestamp=ts, name=WORKING_REACTION)
            else:
                await client.reactions_remove(channel=channel, timestamp=ts, name=WORKING_REACTION)
        except SlackApiError as e:
            log.warning("reaction %s failed: %s", "add" if add else "remove", e.response.get("error"))
        except Exception as e:  # network trouble: the answer matters more than the emoji
            log.warning("reaction %s failed: %s", "add" if add else "remove", e)

    async def answer_in_conversation(self, client: AsyncWebClient, channel: str, ts: str,
                                     thread_ts: str | None, question: str) -> None:
        await self._react(client, True, channel, ts)
        try:
            reply = await self.compose(question, share=False, max_messages=THREAD_MAX_MESSAGES)
            await self.post_in_conversation(client, channel, thread_ts, reply.messages)
        finally:
            await self._react(client, False, channel, ts)

    # -- Slack handlers ----------------------------------------------------------------

    async def dedupe(self, body: dict[str, Any], request: Any, next: Any) -> BoltResponse | None:
        """Answer each Events API event once, however often Slack delivers it."""
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if event_id and not self.seen.first_time(event_id):
            retry = (request.headers.get("x-slack-retry-num") or ["?"])[0]
            reason = (request.headers.get("x-slack-retry-reason") or ["?"])[0]
            log.info("event %s delivered again (retry %s, %s): already handled", event_id, retry, reason)
            return BoltResponse(status=200, body="")
        return await next()

    async def on_command(self, ack: Any, command: dict[str, Any]) -> None:
        args = parse_command(command.get("text", ""), self.settings.slack_in_channel)
        if args.help:
            await ack(response_type="ephemeral", **render_help(command.get("command", COMMAND)))
            return
        await ack()
        reply = await self.compose(args.question, share=not args.in_channel,
                                   max_messages=RESPONSE_URL_MAX_MESSAGES)
        await self.post_to_response_url(command["response_url"], reply.messages,
                                        in_channel=args.in_channel and reply.ok)

    async def on_share(self, ack: Any, body: dict[str, Any], action: dict[str, Any]) -> None:
        """'Share in channel' on an ephemeral answer: post the same question's answer for all."""
        await ack()
        reply = await self.compose(action.get("value", ""), share=False,
                                   max_messages=RESPONSE_URL_MAX_MESSAGES)
        await self.post_to_response_url(body["response_url"], reply.messages, in_channel=reply.ok)

    async def on_mention(self, event: dict[str, Any], client: AsyncWebClient, context: Any) -> None:
        question = strip_bot_mention(event.get("text", ""), context.bot_user_id)
        await self.answer_in_conversation(client, event["channel"], event["ts"],
                                          event.get("thread_ts") or event["ts"], question)

    async def on_message(self, event: dict[str, Any], client: AsyncWebClient, context: Any) -> None:
        """Direct messages only; edits, joins, bots and channel chatter are ignored."""
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return
        question = strip_bot_mention(event.get("text", ""), context.bot_user_id)
        await self.answer_in_conversation(client, event["channel"], event["ts"], event.get("thread_ts"), question)


def _retry_handlers() -> list:
    """Connection resets and HTTP 429 (after its Retry-After) are retried; nothing else is."""
    return [AsyncConnectionErrorRetryHandler(), AsyncRateLimitErrorRetryHandler(max_retry_count=RATE_LIMIT_RETRIES)]


def build_app(settings: Settings, engine: AnswerEngine, *, socket_mode: bool = False,
              executor: Executor | None = None, answer_timeout: float = ANSWER_TIMEOUT) -> AsyncApp:
    """The bolt app for either mode. HTTP mode refuses to start without a signing secret:
    an unverified endpoint would answer anyone who can reach it."""
    if not settings.slack_bot_token:
        raise SlackConfigError("SLACK_BOT_TOKEN is not set (the bot token, xoxb-...)")
    if not socket_mode and not settings.slack_signing_secret:
        raise SlackConfigError("SLACK_SIGNING_SECRET is not set; HTTP mode cannot verify Slack's requests without it")
    base_url = settings.slack_api_url if settings.slack_api_url.endswith("/") else settings.slack_api_url + "/"
    app = AsyncApp(
        name="briefbot",
        token=settings.slack_bot_token,     # explicit: bolt would otherwise read os.environ itself
        signing_secret=settings.slack_signing_secret or "",
        request_verification_enabled=not socket_mode,
        logger=logging.getLogger("briefbot.slack.bolt"),
    )
    app.client.base_url = base_url          # a staging or fake Web API (SLACK_API_URL)
    app.client.retry_handlers = _retry_handlers()
    bot = SlackBot(settings, engine, executor or ThreadPoolExecutor(ENGINE_WORKERS, thread_name_prefix="briefbot-engine"),
                   answer_timeout)
    app.middleware(bot.dedupe)
    app.command(COMMAND)(bot.on_command)
    app.action(SHARE_ACTION_ID)(bot.on_share)
    app.event("app_mention")(bot.on_mention)
    app.event("message")(bot.on_message)
    return app
