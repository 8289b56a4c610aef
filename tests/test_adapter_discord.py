"""The Discord adapter against a fake Discord that records every request the bot would send.

Gateway side: dpytest 0.7 (needs the members intent; plus two fixes for discord.py 2.7,
see `discord_fake`). Every outgoing message payload is recorded as discord.py built it, so
the tests see `message_reference` and `allowed_mentions` exactly as Discord would.
Slash command side: a real `discord.Interaction` from a gateway INTERACTION_CREATE payload,
run through the bot's real command tree, with the webhook HTTP adapter replaced by a recorder.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import threading
from dataclasses import dataclass, field
from typing import Any, Callable

import discord
import discord.ext.test as dpytest
import discord.ext.test.backend as back
import discord.ext.test.callbacks as dpy_callbacks
import discord.ext.test.factories as facts
import pytest
from discord.ext import commands
from discord.webhook.async_ import AsyncWebhookAdapter, async_context

from adapters.discord_bot import build_bot, default_intents, run
from adapters.discord_bot.render import ERROR_REPLY, HELP_REPLY, MAX_MESSAGE_CHARS, NOTHING_FOUND
from bot.model import Answer, ArticleRef, Attribution, Excerpt
from bot.settings import Settings

TITLE = "Israel seeks Russian cooperation to counter Turkish influence in Syria: reports"
QUOTE = ("Reuters, citing four sources familiar with the matter, reported that Israel is pressuring the US "
         "to keep Syria weak and fragmented.")
NOTHING_ALLOWED = {"parse": [], "replied_user": False}


class FakeEngine:
    """Stands in for bot.answer.Engine: returns what a test sets, records what it was asked and where."""

    def __init__(self) -> None:
        self.questions: list[str] = []
        self.threads: list[int] = []
        self.reply: Callable[[str], Answer] = lambda q: Answer(q, "search", True, [
            Excerpt(QUOTE, Attribution("Reuters", "organization", "reported", "four sources familiar with the matter"),
                    ArticleRef("a1", TITLE), 12, 1)])

    def ask(self, question: str) -> Answer:
        self.questions.append(question)
        self.threads.append(threading.get_ident())
        return self.reply(question)


@dataclass
class FakeDiscord:
    bot: commands.Bot
    engine: FakeEngine
    sent: list[dict[str, Any]] = field(default_factory=list)      # message payloads, in order
    events: list[tuple[str, int]] = field(default_factory=list)   # ("typing"|"send", channel id)
    refuse_sends: int = 0                                          # answer the next N sends with 403

    @property
    def guild(self) -> discord.Guild:
        return dpytest.get_config().guilds[0]

    @property
    def channel(self) -> discord.TextChannel:
        return dpytest.get_config().channels[0]

    @property
    def member(self) -> discord.Member:
        return dpytest.get_config().members[0]

    async def say(self, content: str, channel: Any = None, author: Any = None, **extra: Any) -> discord.Message:
        """A message arriving from the gateway; returns once the bot has handled it."""
        channel = channel or self.channel
        author = author or self.member
        guild = getattr(channel, "guild", None)
        extra.setdefault("mentions", back.find_user_mentions(content, guild))
        extra.setdefault("mention_roles", back.find_role_mentions(content, guild))
        data = facts.make_message_dict(channel, author, content=content, **extra)
        back.get_state().parse_message_create(data)
        await dpytest.run_all_events()
        return back.get_state()._get_message(data["id"])


@pytest.fixture
async def discord_fake():
    engine = FakeEngine()
    intents = default_intents()
    intents.members = True                      # dpytest needs it; production does not ask for it
    bot = build_bot(Settings(), engine, intents=intents)
    await bot._async_setup_hook()               # what login() would do: bind the running loop
    client_defaults = bot._connection.allowed_mentions
    dpytest.configure(bot)                      # swaps in dpytest's state, which drops two things:
    bot._connection.loop = asyncio.get_running_loop()    # the loop (dpy 2.7 binds it late)
    bot._connection.allowed_mentions = client_defaults   # the client-wide AllowedMentions
    fake = FakeDiscord(bot, engine)
    real_send = bot.http.send_message

    async def recording_send(channel_id: int, *, params: Any) -> Any:
        if fake.refuse_sends:
            fake.refuse_sends -= 1
            raise discord.Forbidden(back.FakeRequest(403, "Forbidden"), "Missing Permissions")
        fake.sent.append(params.payload)
        fake.events.append(("send", channel_id))
        channel = bot.get_channel(channel_id)  # noqa: F841  dpytest looks up its caller's `channel`
        return await real_send(channel_id, params=params)

    async def on_typing(channel: Any) -> None:
        fake.events.append(("typing", channel.id))

    bot.http.send_message = recording_send
    dpy_callbacks.set_callback(on_typing, "send_typing")
    yield fake
    await dpytest.empty_queue()
    dpy_callbacks.remove_callback("send_typing")


def mention(bot: discord.Client, bang: bool = False) -> str:
    return f"<@{'!' if bang else ''}{bot.user.id}>"


# -- mentions ---------------------------------------------------------------------------

async def test_mention_is_answered_as_a_reply_with_quote_attribution_and_article(discord_fake):
    d = discord_fake
    question = await d.say(f"{mention(d.bot)} What did Reuters report?")
    assert d.engine.questions == ["What did Reuters report?"]
    assert [e[0] for e in d.events] == ["typing", "send"]          # typing shown while it works
    (payload,) = d.sent
    assert payload["content"] == (f"> {QUOTE}\n"
                                  f"— Reuters, citing four sources familiar with the matter · *{TITLE}*")
    ref = payload["message_reference"]
    assert ref["message_id"] == question.id and ref["channel_id"] == d.channel.id
    assert ref["fail_if_not_exists"] is False                       # survives the question's deletion
    assert payload["allowed_mentions"] == NOTHING_ALLOWED           # no ping, not even the asker
    assert payload["flags"] & 4                                      # SUPPRESS_EMBEDS


async def test_both_mention_forms_are_stripped(discord_fake):
    d = discord_fake
    await d.say(f"{mention(d.bot, bang=True)}   who is   Roman Gofman? {mention(d.bot)}")
    assert d.engine.questions == ["who is Roman Gofman?"]


async def test_dm_without_mention_is_answered(discord_fake):
    d = discord_fake
    dm = await d.member.create_dm()
    await d.say("What did Reuters report?", channel=dm)
    assert d.engine.questions == ["What did Reuters report?"]
    (payload,) = d.sent
    assert payload["message_reference"]["channel_id"] == dm.id and QUOTE in payload["content"]


async def test_messages_not_for_the_bot_are_ignored(discord_fake):
    d = discord_fake
    await d.say("What did Reuters report?")                                 # no mention
    await d.say(f"<@{d.member.id}> what did Reuters report?")               # someone else
    await d.say("@everyone what did Reuters report?", mention_everyone=True)
    await d.say("@here what did Reuters report?", mention_everyone=True)
    role = back.make_role("briefers", d.guild)
    back.update_member(d.guild.me, roles=[role])
    await d.say(f"<@&{role.id}> what did Reuters report?")                 # a role the bot has
    await d.say(f"{mention(d.bot)} ping", type=discord.MessageType.pins_add.value)  # system message
    await d.say("and what about Turkey?", mentions=[d.guild.me])            # a reply that only pings it
    assert d.engine.questions == [] and d.sent == []


async def test_bots_and_own_messages_are_ignored(discord_fake):
    d = discord_fake
    other = back.get_state().store_user(facts.make_user_dict("otherbot", 1, None, bot=True))
    other_member = back.make_member(other, d.guild)
    await d.say(f"{mention(d.bot)} What did Reuters report?", author=other_member)
    await d.say(f"{mention(d.bot)} What did Reuters report?", author=d.guild.me)
    assert d.engine.questions == [] and d.sent == []


async def test_bare_mention_gets_help_without_asking_the_engine(discord_fake):
    d = discord_fake
    await d.say(mention(d.bot))
    assert d.engine.questions == []
    assert d.sent[0]["content"] == HELP_REPLY


async def test_overlong_question_is_refused_politely(discord_fake):
    d = discord_fake
    await d.say(f"{mention(d.bot)} " + "why " * 600)
    assert d.engine.questions == []
    assert "too long" in d.sent[0]["content"] and d.sent[0]["allowed_mentions"] == NOTHING_ALLOWED


# -- safety ------------------------------------------------------------------------------

async def test_article_text_with_everyone_pings_nobody(discord_fake):
    d = discord_fake
    hostile = f"Hey @everyone and @here, <@{d.member.id}> and <@&{d.guild.id}> said the memo."
    d.engine.reply = lambda q: Answer(q, "search", True, [Excerpt(hostile, None, ArticleRef("a", "@everyone news"), 1, 1)])
    await d.say(f"{mention(d.bot)} memo?")
    (payload,) = d.sent
    assert payload["allowed_mentions"] == NOTHING_ALLOWED
    for token in ("@everyone", "@here", f"<@{d.member.id}>", f"<@&{d.guild.id}>"):
        assert token not in payload["content"]


# -- long answers ------------------------------------------------------------------------

async def test_long_answer_arrives_as_several_wellformed_replies(discord_fake):
    d = discord_fake
    quote = " ".join(f"Minister {i} said the talks would resume next week." for i in range(120))  # ~6,000 chars
    d.engine.reply = lambda q: Answer(q, "search", True, [
        Excerpt(quote, Attribution("Minister", "person", "said"), ArticleRef("a", TITLE), 1, 1)])
    question = await d.say(f"{mention(d.bot)} what did the ministers say?")
    assert len(d.sent) >= 3
    for payload in d.sent:
        text = payload["content"]
        assert len(text) <= MAX_MESSAGE_CHARS
        assert all(line.startswith("> ") for line in text.split("\n")[:-1])
        assert text.split("\n")[0].startswith("> Minister")          # starts on a sentence
        assert payload["message_reference"]["message_id"] == question.id
        assert payload["allowed_mentions"] == NOTHING_ALLOWED
    assert d.sent[-1]["content"].endswith(f"— Minister · *{TITLE}*")
    sent_quote = " ".join(line[2:] for p in d.sent for line in p["content"].split("\n") if line.startswith("> "))
    assert sent_quote == quote


# -- failures and the event loop ---------------------------------------------------------

async def test_engine_exception_gives_polite_reply_and_bot_keeps_answering(discord_fake, caplog):
    d = discord_fake
    d.engine.reply = lambda q: (_ for _ in ()).throw(RuntimeError("index is corrupt: secret detail"))
    with caplog.at_level(logging.ERROR, logger="adapters.discord_bot"):
        await d.say(f"{mention(d.bot)} What did Reuters report?")
    assert d.sent[0]["content"] == ERROR_REPLY
    assert "secret detail" not in d.sent[0]["content"]
    assert any("index is corrupt" in (r.exc_text or "") or (r.exc_info and "index is corrupt" in str(r.exc_info[1]))
               for r in caplog.records)                              # the detail goes to the log
    d.engine.reply = FakeEngine().reply
    await d.say(f"{mention(d.bot)} What did Reuters report?")
    assert QUOTE in d.sent[1]["content"]


async def test_engine_runs_off_the_event_loop(discord_fake):
    d = discord_fake
    released = threading.Event()
    outcome: list[bool] = []

    def slow(q: str) -> Answer:
        outcome.append(released.wait(5))        # only the still-running loop can release it
        return FakeEngine().reply(q)

    d.engine.reply = slow
    handling = asyncio.create_task(d.say(f"{mention(d.bot)} slow question"))

    async def engine_started() -> None:
        while not d.engine.questions:
            await asyncio.sleep(0.01)           # the loop keeps turning while the engine works

    await asyncio.wait_for(engine_started(), timeout=5)
    released.set()
    await handling
    assert outcome == [True]
    assert d.engine.threads[0] != threading.get_ident()
    assert QUOTE in d.sent[0]["content"]


async def test_forbidden_send_is_logged_not_raised(discord_fake, caplog):
    d = discord_fake
    d.refuse_sends = 1
    with caplog.at_level(logging.WARNING, logger="adapters.discord_bot"):
        await d.say(f"{mention(d.bot)} What did Reuters report?")
    assert d.sent == []
    assert any("could not reply" in r.getMessage() and "403" in r.getMessage() for r in caplog.records)
    await d.say(f"{mention(d.bot)} What did Reuters report?")
    assert QUOTE in d.sent[-1]["content"]


# -- the /brief application command ------------------------------------------------------

_ids = itertools.count(1_300_000_000_000_000_000)


class RecordingWebhookAPI(AsyncWebhookAdapter):
    """Replaces discord.py's interaction/webhook HTTP layer; records each request in order."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, dict[str, Any]]] = []

    async def request(self, route: Any, session: Any = None, *, payload: Any = None, **_: Any) -> Any:
        kind = "defer" if route.path.endswith("/callback") else "followup"
        self.calls.append((kind, payload or {}))
        if kind == "defer":
            return {"interaction": {"id": "1", "type": 5, "response_message_loading": True,
                                    "response_message_ephemeral": bool((payload or {}).get("data", {}).get("flags"))}}
        return {"id": str(next(_ids)), "channel_id": "5", "type": 0, "content": payload.get("content", ""),
                "author": {"id": "9", "username": "briefbot", "discriminator": "0", "avatar": None, "bot": True},
                "attachments": [], "embeds": [], "mentions": [], "mention_roles": [], "pinned": False,
                "mention_everyone": False, "tts": False, "timestamp": "2025-01-01T00:00:00+00:00",
                "edited_timestamp": None, "flags": payload.get("flags", 0), "components": []}


@pytest.fixture
async def slash():
    engine = FakeEngine()
    bot = build_bot(Settings(), engine)
    await bot._async_setup_hook()
    api = RecordingWebhookAPI()
    token = async_context.set(api)

    async def invoke(question: str, private: bool | None = None) -> None:
        options: list[dict[str, Any]] = [{"name": "question", "type": 3, "value": question}]
        if private is not None:
            options.append({"name": "private", "type": 5, "value": private})
        asker = {"id": "7", "username": "asker", "discriminator": "0", "avatar": None}
        bot._connection.parse_interaction_create({       # the gateway's INTERACTION_CREATE
            "id": str(next(_ids)), "application_id": "42", "type": 2, "token": "tok", "version": 1,
            "attachment_size_limit": 8_000_000, "locale": "en-US", "app_permissions": "0", "context": 1,
            "channel": {"id": "5", "type": 1, "recipients": [asker]}, "channel_id": "5", "user": asker,
            "data": {"id": "77", "name": "brief", "type": 1, "options": options},
        })
        running = [t for t in asyncio.all_tasks() if t.get_name() == "CommandTree-invoker"]
        assert running, "the command tree did not pick up /brief"
        await asyncio.gather(*running)

    yield bot, engine, api, invoke
    async_context.reset(token)


async def test_slash_command_defers_then_answers(slash):
    bot, engine, api, invoke = slash
    calls_when_asked: list[list[str]] = []
    engine.reply = lambda q: (calls_when_asked.append([k for k, _ in api.calls]), FakeEngine().reply(q))[1]
    await invoke("  What did   Reuters report? ")
    assert engine.questions == ["What did Reuters report?"]
    assert calls_when_asked == [["defer"]]                   # deferred before the engine started
    (defer, _), (kind, followup) = api.calls
    assert (defer, kind) == ("defer", "followup")
    assert api.calls[0][1]["type"] == 5                       # DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
    assert not api.calls[0][1].get("data", {}).get("flags", 0) & 64   # public by default
    assert followup["content"] == (f"> {QUOTE}\n— Reuters, citing four sources familiar with the matter · *{TITLE}*")
    assert followup["allowed_mentions"] == {"parse": []}      # webhooks take no replied_user
    assert not followup["flags"] & 64


async def test_slash_command_private_option_is_ephemeral(slash):
    bot, engine, api, invoke = slash
    await invoke("What did Reuters report?", private=True)
    assert api.calls[0][1]["data"]["flags"] & 64
    assert api.calls[1][1]["flags"] & 64 and QUOTE in api.calls[1][1]["content"]


async def test_slash_command_engine_error_and_nothing_found_are_polite(slash):
    bot, engine, api, invoke = slash
    engine.reply = lambda q: (_ for _ in ()).throw(ValueError("boom"))
    await invoke("What did Reuters report?")
    assert api.calls[1][1]["content"] == ERROR_REPLY
    engine.reply = lambda q: Answer(q, "search", False, suggestions=["Reuters"])
    await invoke("What did Reuter report?")
    assert api.calls[3][1]["content"] == f"{NOTHING_FOUND}\n\nDid you mean **Reuters**?"


def test_brief_command_schema():
    bot = build_bot(Settings(), FakeEngine())
    cmd = bot.tree.get_command("brief")
    params = {p.name: p for p in cmd.parameters}
    assert params["question"].required and not params["private"].required
    assert params["private"].type is discord.AppCommandOptionType.boolean


# -- configuration -----------------------------------------------------------------------

def test_intents_are_minimal_and_sharding_is_a_setting():
    intents = default_intents()
    assert intents.guilds and intents.guild_messages and intents.dm_messages
    assert not intents.message_content and not intents.members and not intents.presences
    plain = build_bot(Settings(), FakeEngine())
    assert not isinstance(plain, commands.AutoShardedBot)
    am = plain.allowed_mentions                                      # the client-wide default
    assert (am.everyone, am.users, am.roles, am.replied_user) == (False, False, False, False)
    sharded = build_bot(Settings(discord_sharded=True), FakeEngine())
    assert isinstance(sharded, commands.AutoShardedBot)
    assert sharded.tree.get_command("brief") is not None
    assert sharded.allowed_mentions.to_dict() == {"parse": []}


def test_settings_from_env_switch_sharding():
    s = Settings.load(env={"DISCORD_TOKEN": "x.y.z", "BRIEFBOT_DISCORD_SHARDED": "true"}, dotenv=None)
    assert isinstance(build_bot(s, FakeEngine()), commands.AutoShardedBot)
    assert "x.y.z" not in repr(s)


def test_run_without_token_is_a_one_line_error():
    with pytest.raises(SystemExit) as exc:
        run(Settings(discord_token=None), FakeEngine())
    assert "DISCORD_TOKEN" in str(exc.value) and "\n" not in str(exc.value)


# -- with the real engine on the bundled seed --------------------------------------------

async def test_seed_engine_answer_through_discord(discord_fake, seed_engine):
    d = discord_fake
    d.bot.engine = seed_engine                  # conftest's session-wide engine on the bundled seed
    await d.say(f"{mention(d.bot)} What did Reuters report?")
    text = "\n".join(p["content"] for p in d.sent)
    assert "> Reuters, citing four sources familiar with the matter, reported that Israel is pressuring" in text
    assert "\n— Reuters" in text and f"*{TITLE}*" in text
    assert all(p["allowed_mentions"] == NOTHING_ALLOWED for p in d.sent)


async def test_setup_registers_brief_in_the_configured_guild_and_survives_refusal(caplog):
    bot = build_bot(Settings(discord_guild_id=1234), FakeEngine())
    bot._connection.application_id = 42
    uploads: list[tuple[int, int, list[dict[str, Any]]]] = []

    async def upsert(app_id: int, guild_id: int, payload: list[dict[str, Any]]) -> list[dict[str, Any]]:
        uploads.append((app_id, guild_id, payload))
        return []

    bot.http.bulk_upsert_guild_commands = upsert
    await bot.setup_hook()
    ((app_id, guild_id, payload),) = uploads
    assert (app_id, guild_id) == (42, 1234)
    assert [c["name"] for c in payload] == ["brief"]
    assert [o["name"] for o in payload[0]["options"]] == ["question", "private"]

    async def refuse(*_: Any, **__: Any) -> None:
        raise discord.Forbidden(back.FakeRequest(403, "Forbidden"), "Missing Access")

    bot.http.bulk_upsert_guild_commands = refuse
    with caplog.at_level(logging.ERROR, logger="adapters.discord_bot"):
        await bot.setup_hook()                  # mentions and DMs keep working without /brief
    assert any("could not register" in r.getMessage() for r in caplog.records)


async def test_seed_engine_abstention_through_discord(discord_fake, seed_engine):
    d = discord_fake
    d.bot.engine = seed_engine
    question = await d.say(f"{mention(d.bot)} What did Angela Merkel say about bananas?")
    (payload,) = d.sent
    assert payload["message_reference"]["message_id"] == question.id
    assert payload["content"].strip() and "> " not in payload["content"] and "— " not in payload["content"]
